"""The climate explorer in a real browser: grouping, filters, group choice, URL, disclosure."""

import re
from urllib.parse import parse_qs, urlparse

import pytest
from dash.testing.wait import until
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import Select

from data import load
from data import questionnaire as q
from data import schema
from tests.browser.conftest import show_view

pytestmark = pytest.mark.browser

BOX = "#klimaat-box-chart"
N_LABEL = re.compile(r"\(n = (\d+)\)")


@pytest.fixture
def app(dash_app):
    return dash_app


def box_labels(dash_duo) -> list[str]:
    """Tick labels of the drawn groups as plotly has them in the page (reference excluded):
    every drawn group has a mean marker, groups with box statistics also a box."""
    return dash_duo.driver.execute_script(
        "const g = document.querySelector(arguments[0] + ' .js-plotly-plot');"
        "if (!g || !g.data.length) return [];"
        "const means = g.data.find(t => t.type === 'scatter' && t.marker.symbol === 'x');"
        "const boxes = g.data.filter(t => t.type === 'box');"
        "const ref = boxes.length > 1 ? Array.from(boxes[1].y) : [];"
        "return Array.from(means.y).filter(s => !ref.includes(s))"
        ".map(s => s.replaceAll('<br>', ' '));", BOX)


def wait_for_labels(dash_duo, predicate, timeout=10):
    until(lambda: predicate(box_labels(dash_duo)), timeout=timeout)
    return box_labels(dash_duo)


def query(dash_duo) -> dict[str, list[str]]:
    return parse_qs(urlparse(dash_duo.driver.current_url).query)


def published(grouping: str, **population: str) -> dict[str, int]:
    """Groups the shipped aggregates publish for a population, with their n."""
    box = load.load_table("climate_box")
    keys = {"f_sector": "all", "f_cluster": "all", "f_size": "all", "f_innovated": "all",
            **population}
    mask = box["grouping"].eq(grouping) & ~box["suppressed"]
    for col, value in keys.items():
        mask &= box[col].eq(value)
    return {str(g): int(n) for g, n in zip(box[mask]["group"], box[mask]["n"])}


def names_and_n(labels: list[str]) -> dict[str, int]:
    return {N_LABEL.sub("", label).strip(): int(N_LABEL.search(label).group(1))
            for label in labels}


def click_value(dash_duo, container: str, value: str) -> None:
    """Click the radio button or checkbox with `value` (scrolled into view, as a user would)."""
    element = dash_duo.driver.find_element(By.CSS_SELECTOR,
                                           f'{container} input[value="{value}"]')
    # Bootstrap scrolls smoothly: jump instead, so the click lands where the element is
    dash_duo.driver.execute_script(
        "arguments[0].scrollIntoView({block: 'center', behavior: 'instant'});", element)
    element.click()


def test_grouping_filters_groups_and_url(dash_duo, app):
    dash_duo.start_server(app)
    dash_duo.driver.get(dash_duo.server_url + "/klimaat")
    dash_duo.wait_for_text_to_equal("h1", "Innovatieklimaat verkennen", timeout=10)
    assert "synthetisch" in dash_duo.find_element(".synthetic-banner").text

    # sector view: 7 sectors; Hoge Colleges van Staat and Provincies withheld and named
    sectors = names_and_n(wait_for_labels(dash_duo, lambda labels: len(labels) > 0))
    assert len(sectors) == 7
    assert sectors == published("sector")
    note = dash_duo.find_element("#klimaat-box-suppressed-note").text
    assert "Hoge Colleges van Staat" in note and "Provincies" in note
    assert "niet getoond ter bescherming van de deelnemers" in note
    # hover: n, quartiles, mean and whiskers with a decimal comma
    hover = dash_duo.driver.execute_script(
        "const gd = document.querySelector(arguments[0] + ' .js-plotly-plot');"
        "Plotly.Fx.hover(gd, [{curveNumber: gd.data.length - 1, pointNumber: 1}]);"
        "return Array.from(gd.querySelectorAll('.hovertext')).map(e => e.textContent);", BOX)
    assert len(hover) == 1
    assert re.search(r"n = \d+Q1: \d,\d\dMediaan: \d,\d\dQ3: \d,\d\dGemiddelde: \d,\d\d"
                     r"Snorharen: \d,\d – \d,\d \(P10–P90\)Afgerond/verstoord", hover[0]), hover[0]

    # switch grouping sector -> cluster: every cluster published with n >= 5 is drawn
    click_value(dash_duo, "#klimaat-grouping-radio", "cluster")
    clusters = names_and_n(wait_for_labels(
        dash_duo, lambda labels: any(lab.startswith("Rijk Beleid") for lab in labels)))
    expected = published("cluster")
    assert clusters == expected and all(n >= schema.MIN_CELL for n in clusters.values())
    assert query(dash_duo)["groepering"] == ["cluster"]
    note = dash_duo.find_element("#klimaat-box-suppressed-note").text
    assert "Hoge Colleges van Staat" in note
    # the sector filter appears (grouping by cluster), the cluster filter is hidden
    assert dash_duo.find_element("#klimaat-sector-select").is_displayed()
    assert not dash_duo.find_element("#klimaat-cluster-select").is_displayed()

    # filter a size class: boxes and n follow the precomputed 500+ population
    Select(dash_duo.find_element("#klimaat-size-select")).select_by_value("500+")
    expected = published("cluster", f_size="500+")
    clusters = names_and_n(wait_for_labels(
        dash_duo, lambda labels: names_and_n(labels) == expected))
    assert all(n >= schema.MIN_CELL for n in clusters.values())
    assert query(dash_duo)["omvang"] == ["500+"]
    dash_duo.wait_for_contains_text("#klimaat-population-text", "500+ medewerkers", timeout=5)
    withheld = [c for c in q.CLUSTERS if c not in expected]
    note = dash_duo.find_element("#klimaat-box-suppressed-note").text
    assert all(c in note for c in withheld)

    # deselect a group: it disappears and the URL records it
    gone = max(expected, key=expected.get)
    click_value(dash_duo, "#klimaat-groups-checklist", gone)
    clusters = names_and_n(wait_for_labels(
        dash_duo, lambda labels: gone not in names_and_n(labels)))
    assert set(clusters) == set(expected) - {gone}
    assert query(dash_duo)["verberg"] == [str(q.CLUSTERS.index(gone) + 1)]
    assert gone in dash_duo.find_element(BOX.replace("chart", "card")).text  # "verborgen"

    # the link reproduces the view
    url = dash_duo.driver.current_url
    dash_duo.driver.get(url)
    reloaded = names_and_n(wait_for_labels(dash_duo, lambda labels: len(labels) > 0))
    assert reloaded == clusters
    assert dash_duo.find_element("#klimaat-size-select").get_attribute("value") == "500+"
    assert dash_duo.get_logs() == []


TABLE_ROWS = ("return Array.from(document.querySelectorAll("
              "'#klimaat-box-card .card-panel-table tbody tr'))"
              ".map(r => Array.from(r.cells).map(c => c.textContent));")


def test_table_view_builds_the_table_and_follows_a_new_state(dash_duo, app):
    """The data table is built when the table view opens (callbacks/card_table.py); a rebuilt
    card keeps the view and shows the new state's table."""
    dash_duo.start_server(app)
    dash_duo.driver.get(dash_duo.server_url + "/klimaat")
    dash_duo.wait_for_element(f"{BOX} .main-svg", timeout=10)
    # nothing is built until the view opens
    assert not dash_duo.driver.find_elements(By.CSS_SELECTOR, ".card-panel-table table")
    show_view(dash_duo, BOX[1:], "table")
    dash_duo.wait_for_element("#klimaat-box-card .card-panel-table table", timeout=5)
    table = dash_duo.find_element("#klimaat-box-card .card-panel-table table")
    assert table.find_element(By.TAG_NAME, "caption").text
    headers = [th.text for th in table.find_elements(By.CSS_SELECTOR, "thead th[scope=col]")]
    assert headers[:2] == ["Groep", "n"]
    region = dash_duo.find_element("#klimaat-box-card .table-scroll")
    assert region.get_attribute("role") == "region" and region.get_attribute("tabindex") == "0"
    by_sector = {row[0]: row[1] for row in dash_duo.driver.execute_script(TABLE_ROWS)}
    for group, n in published("sector").items():
        assert by_sector[group] == str(n)
    # another grouping rebuilds the card: the table view stays open, with the new groups
    click_value(dash_duo, "#klimaat-grouping-radio", "cluster")
    clusters = published("cluster")
    until(lambda: {row[0] for row in dash_duo.driver.execute_script(TABLE_ROWS)}
          >= set(clusters), timeout=10)
    assert dash_duo.find_element("#klimaat-box-card .card-panel-table").is_displayed()
    assert not dash_duo.find_element(BOX).is_displayed()
    assert dash_duo.get_logs() == []


def test_bad_link_falls_back_with_notice_and_empty_state(dash_duo, app):
    dash_duo.start_server(app)
    dash_duo.driver.get(dash_duo.server_url + "/klimaat?groepering=land&verberg="
                        + ",".join(str(i) for i in range(1, 10)))
    dash_duo.wait_for_contains_text("#klimaat-notices-container", "ongeldig", timeout=10)
    dash_duo.wait_for_element(f"{BOX} .main-svg", timeout=10)
    assert box_labels(dash_duo) == []
    assert "Geen groepen gekozen" in dash_duo.find_element(BOX).text
    # the breakdown choice still works, without console errors
    dash_duo.wait_for_element("#klimaat-breakdown-chart .main-svg", timeout=10)
    click_value(dash_duo, "#klimaat-breakdown-radio", "factors")
    dash_duo.wait_for_contains_text("#klimaat-breakdown-card",
                                    "Bevorderende factoren per klimaatgroep", timeout=10)
    gaps = dash_duo.find_element("#klimaat-breakdown-gaps-text").text
    assert "procentpunt" in gaps or "niet te berekenen" in gaps  # a withheld group explained
    assert query(dash_duo)["uitsplitsing"] == ["factors"]
    assert dash_duo.get_logs() == []


def test_name_sorting_with_every_group_hidden_renders_and_keeps_the_url(dash_duo, app):
    """Issue 12 item 1: this link gave a blank page; unchecking then sorting left a stale URL."""
    dash_duo.start_server(app)
    every = ",".join(str(i) for i in range(1, len(q.SECTORS) + 1))
    dash_duo.driver.get(dash_duo.server_url + f"/klimaat?verberg={every}&sortering=name")
    dash_duo.wait_for_contains_text(BOX, "Geen groepen gekozen", timeout=15)
    # groups no filter can draw are not offered in the checklist
    options = dash_duo.driver.execute_script(
        "return Array.from(document.querySelectorAll('#klimaat-groups-checklist input'),"
        " i => i.value)")
    assert options == [g for g in q.SECTORS if g in published("sector")]
    click_value(dash_duo, "#klimaat-sort-radio", "median")
    until(lambda: "sortering" not in query(dash_duo), timeout=10)
    assert query(dash_duo)["verberg"] == [every]
    click_value(dash_duo, "#klimaat-groups-checklist", q.SECTORS[0])
    until(lambda: box_labels(dash_duo) != [], timeout=10)
    click_value(dash_duo, "#klimaat-sort-radio", "name")
    until(lambda: query(dash_duo).get("sortering") == ["name"], timeout=10)
    click_value(dash_duo, "#klimaat-groups-checklist", q.SECTORS[0])
    dash_duo.wait_for_contains_text(BOX, "Geen groepen gekozen", timeout=10)
    assert query(dash_duo) == {"verberg": [every], "sortering": ["name"]}
    assert dash_duo.get_logs() == []


SELECTS = """return Array.from(document.querySelectorAll('#main-content select'), s => ({
    id: s.id, blank: Array.from(s.options).filter(o => o.value === '' || !o.text.trim()).length,
    first: s.options[0].value, value: s.value, shown: s.options[s.selectedIndex].text}));"""


@pytest.mark.parametrize("path", ["/klimaat?groepering=cluster&sector=Gemeenten", "/benchmark",
                                  "/vergelijking"])
def test_selects_offer_no_blank_option(duo, path):
    """dbc.Select's hidden placeholder option is removed (iOS lists it as a blank choice)."""
    duo.driver.get(duo.server_url + path)
    duo.wait_for_element("#main-content select", timeout=15)
    until(lambda: all(s["blank"] == 0 for s in duo.driver.execute_script(SELECTS)), timeout=5)
    selects = duo.driver.execute_script(SELECTS)
    assert selects and all(s["shown"].strip() and s["value"] for s in selects), selects
    if path.startswith("/klimaat"):
        assert {s["id"]: s["value"] for s in selects}["klimaat-sector-select"] == "Gemeenten"
        Select(duo.find_element("#klimaat-size-select")).select_by_value("500+")
        until(lambda: query(duo).get("omvang") == ["500+"], timeout=10)
        Select(duo.find_element("#klimaat-size-select")).select_by_index(0)
        until(lambda: "omvang" not in query(duo), timeout=10)
        assert duo.find_element("#klimaat-size-select").get_attribute("value") == "all"
    assert duo.get_logs() == []
