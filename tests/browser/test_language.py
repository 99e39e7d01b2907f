"""Dutch and English in a real browser: the language switch, labels and number formats in
text, charts and hover labels, and plotly's separators on every graph of every page."""

import pytest
from selenium.webdriver.common.action_chains import ActionChains

import pages

pytestmark = pytest.mark.browser

CLIMATE = "#overview-climate-groups-chart"
EXPECTED = {
    "nl": {"h1": "Innovatie bij de Nederlandse overheid", "kpi": "3,7", "not_kpi": "3.7",
           "nav": "Overzicht", "copy": "Kopieer link", "bar": "Nederland",
           "range": "score hoger dan 4,0", "separators": ",."},
    "en": {"h1": "Innovation in Dutch government", "kpi": "3.7", "not_kpi": "3,7",
           "nav": "Overview", "copy": "Copy link", "bar": "Netherlands",
           "range": "score above 4.0", "separators": ".,"},
}


def hover_text(duo, chart: str) -> str:
    """The hover label of the chart's first bar, as a mouse user sees it."""
    bar = duo.find_element(f"{chart} .point path")
    duo.driver.execute_script("arguments[0].scrollIntoView({block: 'center'})", bar)
    ActionChains(duo.driver).move_to_element(bar).perform()
    duo.wait_for_element(f"{chart} .hoverlayer .hovertext", timeout=5)
    return duo.find_element(f"{chart} .hoverlayer").text


def check_overview(duo, lang: str) -> None:
    want = EXPECTED[lang]
    duo.wait_for_text_to_equal("#main-content h1", want["h1"], timeout=10)
    duo.wait_for_element(f"{CLIMATE} .main-svg", timeout=10)
    kpis = duo.find_element("#overview-kpi-row").text
    assert want["kpi"] in kpis and want["not_kpi"] not in kpis
    assert duo.find_element("#shell-nav-bar .nav-link.active").text == want["nav"]
    assert duo.find_element("#share-copy-link-button").text == want["copy"]
    assert want["bar"] in duo.find_element("#overview-innovation-share-chart").text
    assert want["range"] in duo.find_element(CLIMATE).text
    assert want["range"] in hover_text(duo, CLIMATE)
    assert duo.driver.execute_script("return document.documentElement.lang") == lang


def test_language_switch_changes_labels_and_number_format(duo):
    check_overview(duo, "nl")
    duo.find_element("#shell-lang-link").click()
    duo.wait_for_text_to_equal("#shell-lang-link", "Nederlands", timeout=10)
    assert duo.driver.current_url == duo.server_url + "/?lang=en"
    check_overview(duo, "en")
    duo.find_element("#shell-lang-link").click()
    duo.wait_for_text_to_equal("#shell-lang-link", "English", timeout=10)
    check_overview(duo, "nl")
    assert duo.get_logs() == []


# Plotly formats numbers it writes itself (ticks, hover templates) with layout.separators.
SEPARATORS = """
return Array.from(document.querySelectorAll('#main-content .js-plotly-plot'))
    .map(gd => gd._fullLayout && gd._fullLayout.separators);
"""


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_every_graph_uses_the_language_separators(duo, open_page, lang):
    for page in pages.PAGES:
        open_page(page.PATH, lang)
        found = duo.driver.execute_script(SEPARATORS)
        assert found == [EXPECTED[lang]["separators"]] * len(found), page.PATH
