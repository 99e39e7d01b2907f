"""Sharing in a real browser: PNG, SVG and CSV downloads of a chart, and the copy-link button."""

import csv
import io
import time
from xml.etree import ElementTree

import pytest

import pages
from tests.browser.conftest import show_view

pytestmark = pytest.mark.browser

CHART = "#overview-innovation-types-chart"
SVG_NS = "http://www.w3.org/2000/svg"
TYPES_TITLE = {"nl": "Soorten innovatie", "en": "Types of innovation"}


@pytest.fixture
def downloads(duo, tmp_path):
    """The browser saves downloads in a fresh folder."""
    duo.driver.execute_cdp_cmd(
        "Page.setDownloadBehavior", {"behavior": "allow", "downloadPath": str(tmp_path)})
    return tmp_path


def wait_for_file(folder, name, timeout=15):
    path = folder / name
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if path.exists() and path.stat().st_size > 0 and not any(folder.glob("*.crdownload")):
            return path
        time.sleep(0.2)
    raise AssertionError(f"{name} not downloaded; folder has {sorted(folder.iterdir())}")


def export_button(duo, fmt):
    """A download button of the chart (its card's download view chosen first)."""
    show_view(duo, CHART[1:], "download")
    return duo.find_element(f'[data-graph="{CHART[1:]}"] button[data-export="{fmt}"]')


def test_export_buttons_name_the_chart_for_screen_readers(duo, open_page):
    open_page("/")
    group = duo.find_element(f'[data-graph="{CHART[1:]}"]')
    assert group.get_attribute("role") == "group"
    assert TYPES_TITLE["nl"] in group.get_attribute("aria-label")
    for fmt in ("png", "svg", "csv"):
        button = export_button(duo, fmt)
        assert button.text == fmt.upper()
        label = button.get_attribute("aria-label")
        assert fmt.upper() in label and TYPES_TITLE["nl"] in label  # label in name (2.5.3)


def test_png_is_a_slide_sized_image(duo, open_page, downloads):
    open_page("/")
    export_button(duo, "png").click()
    data = wait_for_file(downloads, "innovatie-typen-nl.png").read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    width, height = int.from_bytes(data[16:20], "big"), int.from_bytes(data[20:24], "big")
    assert (width, height) == (1920, 1080)
    duo.wait_for_contains_text(f'[data-graph="{CHART[1:]}"] [role=status]',
                                    "innovatie-typen-nl.png", timeout=5)
    assert duo.get_logs() == []


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_svg_holds_title_source_and_language_numbers(duo, open_page, downloads, lang):
    open_page("/", lang)
    export_button(duo, "svg").click()
    svg = ElementTree.parse(wait_for_file(downloads, f"innovatie-typen-{lang}.svg")).getroot()
    assert (svg.get("width"), svg.get("height")) == ("1920", "1080")
    texts = [el.text for el in svg.iter(f"{{{SVG_NS}}}tspan")] + [
        el.text for el in svg.iter(f"{{{SVG_NS}}}text")]
    assert TYPES_TITLE[lang] in texts
    source = {"nl": "Bron: Innovatie Barometer Overheid 2021", "en": "Source: Innovatie Barometer"}
    assert any(text and text.startswith(source[lang]) for text in texts)
    assert {"nl": "n = 313 organisaties", "en": "n = 313 organisations"}[lang] in texts
    assert "> 75%" in texts  # the bound is still labelled as a bound
    assert duo.get_logs() == []


@pytest.mark.parametrize("lang, sep, header", [
    ("nl", ";", ["Categorie", "Waarde", "Nauwkeurigheid", "Periode", "n", "Figuur", "Bron"]),
    ("en", ",", ["Category", "Value", "Exactness", "Period", "n", "Figure", "Source"]),
])
def test_csv_has_the_table_n_and_sources(duo, open_page, downloads, lang, sep, header):
    open_page("/", lang)
    export_button(duo, "csv").click()
    raw = wait_for_file(downloads, f"innovatie-typen-{lang}.csv").read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # UTF-8 byte-order mark, for spreadsheets
    rows = list(csv.reader(io.StringIO(raw.decode("utf-8-sig")), delimiter=sep))
    assert rows[0] == header
    table = rows[1:rows.index([])]
    assert len(table) == 4 and all(len(r) == len(header) for r in table)
    assert ["> 75%"] == [r[1] for r in table if r[0] in ("Proces, methode of organisatie",
                                                         "Process, method or organisation")]
    notes = [r[0] for r in rows[rows.index([]) + 1:]]
    assert {"nl": "n = 313 organisaties", "en": "n = 313 organisations"}[lang] in notes
    assert any(n.startswith({"nl": "Bron: ", "en": "Source: "}[lang]) for n in notes)


def test_copy_link_copies_the_current_url_and_says_so(duo, open_page):
    driver = duo.driver
    driver.execute_cdp_cmd("Browser.grantPermissions", {
        "origin": duo.server_url, "permissions": ["clipboardReadWrite", "clipboardSanitizedWrite"]})
    open_page("/", "en")
    status = duo.find_element("#share-copy-link-status")
    assert status.get_attribute("role") == "status" and status.text == ""
    # A page writes its state into the URL without reloading (dcc.Location, refresh=False).
    driver.execute_script("history.pushState(null, '', '/?lang=en&state=changed')")
    duo.find_element("#share-copy-link-button").click()
    duo.wait_for_text_to_equal("#share-copy-link-status", "Link copied", timeout=5)
    copied = driver.execute_async_script(
        "navigator.clipboard.readText().then(arguments[0], e => arguments[0]('error ' + e))")
    assert copied == duo.server_url + "/?lang=en&state=changed"
    assert duo.get_logs() == []


def test_export_reads_the_figure_as_it_is_now(duo, open_page, downloads):
    """A callback that redraws a graph changes what is exported: the figure is read at click
    time (here redrawn with Plotly.restyle, as dcc.Graph does with Plotly.react)."""
    open_page("/")
    duo.driver.execute_script(
        "const gd = document.querySelector(arguments[0] + ' .js-plotly-plot');"
        "return Plotly.restyle(gd, {text: [['11%', '22%', '33%', '44%']]});", CHART)
    export_button(duo, "svg").click()
    svg = ElementTree.parse(wait_for_file(downloads, "innovatie-typen-nl.svg")).getroot()
    texts = {el.text for el in svg.iter(f"{{{SVG_NS}}}text")}
    assert {"11%", "44%"} <= texts and "> 75%" not in texts


# Per graph on the page: its export group's file name and whether the image names a source.
EXPORTS = """
return Array.from(document.querySelectorAll('#main-content .dash-graph'), g => {
    const group = document.querySelector('[data-graph="' + g.id + '"]');
    return {graph: g.id, buttons: group ? group.querySelectorAll('button[data-export]').length : 0,
            file: group && group.dataset.filename,
            source: !!group && group.dataset.footer.split('\\n').some(l => l.startsWith('Bron: '))};
});
"""


def test_every_chart_on_every_page_exports_with_a_source(duo, open_page):
    """New pages get downloads through chart_card; their images must name a source."""
    for page in pages.PAGES:
        open_page(page.PATH)
        for chart in duo.driver.execute_script(EXPORTS):
            # PNG, SVG and CSV; a chart whose page has its own, richer CSV button has no second
            # one here (one CSV per chart)
            own_csv = duo.driver.execute_script(
                "const c = document.getElementById(arguments[0]).closest('.chart-card');"
                "return !!(c && c.querySelector('.card-panel-download button[id$=\"-csv-button\"]'));",
                chart["graph"])
            assert chart["buttons"] == (2 if own_csv else 3), (page.PATH, chart)
            assert chart["file"].endswith("-nl"), (page.PATH, chart)
            assert chart["source"], f"{page.PATH}: the image of {chart['graph']} names no source"
