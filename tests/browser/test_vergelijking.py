"""The comparison page in a real browser: topics, a subgroup, sources, URL, no console errors."""

from __future__ import annotations

import time
from pathlib import Path
from urllib.parse import parse_qs, urlparse

import pandas as pd
import pytest
from selenium.webdriver.support.ui import Select

from tests.browser.conftest import show_view

from data import schema

pytestmark = pytest.mark.browser

TOPIC = "#vergelijking-topic-select"
SUBGROUP = "#vergelijking-subgroup-select"
CHART = "#vergelijking-topic-chart"
AREA = "#vergelijking-topic-container"


@pytest.fixture
def app(dash_app):
    return dash_app


def query(dash_duo) -> dict:
    return parse_qs(urlparse(dash_duo.driver.current_url).query)


def open_page(dash_duo, app, search: str = ""):
    dash_duo.start_server(app)
    dash_duo.wait_for_element("h1", timeout=10)
    dash_duo.driver.get(dash_duo.server_url + "/vergelijking" + search)
    dash_duo.wait_for_element(f"{CHART} .main-svg", timeout=10)


def test_default_view_shows_gaps_share_and_sources(dash_duo, app):
    open_page(dash_duo, app)
    dash_duo.wait_for_text_to_equal("h1", "Nederland en Denemarken vergeleken", timeout=10)
    assert "druk van buitenaf" in dash_duo.find_element("#vergelijking-conclusion-text").text
    gaps = dash_duo.find_element("#vergelijking-gap-chart").text
    assert "+31 procentpunt" in gaps and "−24 procentpunt" in gaps
    chart = dash_duo.find_element(CHART).text
    for label in ("86%", "80%", "81%", "77%", "78%", "Denemarken*", "IJsland"):
        assert label in chart
    show_view(dash_duo, CHART[1:], "sources")
    area = dash_duo.find_element(AREA)
    assert "Periode: Nederland 2019-2020; Denemarken 2018-2019" in area.text
    hrefs = {a.get_attribute("href") for a in area.find_elements("css selector", "a")}
    assert any("kennisvandeoverheid.nl" in h for h in hrefs)
    assert any("co-pi.dk" in h for h in hrefs)
    assert any("difi.no" in h for h in hrefs)
    assert dash_duo.get_logs() == []


def test_switching_topics_updates_chart_sources_and_url(dash_duo, app):
    open_page(dash_duo, app)
    Select(dash_duo.find_element(TOPIC)).select_by_value("aanleiding")
    dash_duo.wait_for_contains_text(CHART, "49%", timeout=10)
    chart = dash_duo.find_element(CHART).text
    for label in ("34%", "> 30%", "< 15%", "~ 11%", "niet gepubliceerd"):
        assert label in chart
    assert query(dash_duo)["onderwerp"] == ["aanleiding"]
    show_view(dash_duo, CHART[1:], "sources")
    area = dash_duo.find_element(AREA).text
    assert "zoals geciteerd in het Nederlandse rapport" in area
    assert "Ledelse af innovation" in area  # source of the Danish question wording
    assert "Deense vierde editie" in area  # other edition: context only, labelled

    Select(dash_duo.find_element(TOPIC)).select_by_value("resultaten")
    # the rebuilt card keeps the chosen view (sources)
    dash_duo.wait_for_contains_text(AREA, "Danmarks Statistik", timeout=10)
    show_view(dash_duo, CHART[1:], "chart")
    dash_duo.wait_for_contains_text(CHART, "68%", timeout=10)
    assert "47%" in dash_duo.find_element(CHART).text
    assert query(dash_duo)["onderwerp"] == ["resultaten"]

    # the CSV download (in the card's download view) holds exactly the rows shown, with
    # Dutch headers
    show_view(dash_duo, CHART[1:], "download")
    button = dash_duo.find_element("#vergelijking-topic-csv-button")
    # Bootstrap scrolls smoothly: jump there at once, or the click lands mid-scroll
    dash_duo.driver.execute_script(
        "arguments[0].scrollIntoView({block: 'center', behavior: 'instant'})", button)
    button.click()
    target = Path(dash_duo.download_path) / "vergelijking-resultaten.csv"
    deadline = time.time() + 10
    while not target.exists() and time.time() < deadline:
        time.sleep(0.2)
    frame = pd.read_csv(target, sep=";", decimal=",", encoding="utf-8-sig")
    assert frame.columns[:3].tolist() == ["Categorie", "Land of groep", "Waarde"]
    assert "68%" in frame["Waarde"].tolist() and "niet gepubliceerd" in frame["Waarde"].tolist()
    assert {"n", "Nauwkeurigheid", "Bron"} <= set(frame.columns)
    assert "DK-DST-2019" in frame["Bron"].tolist()

    # the link reproduces the view
    dash_duo.driver.get(dash_duo.driver.current_url)
    dash_duo.wait_for_contains_text(CHART, "68%", timeout=10)
    assert Select(dash_duo.find_element(TOPIC)).first_selected_option.get_attribute(
        "value") == "resultaten"
    assert dash_duo.get_logs() == []


def _shares() -> pd.DataFrame:
    """A small indicator_shares table per the schema: one sector, one suppressed sector."""
    def row(group, category, share, n, bound="exact", suppressed=False):
        return {"edition": "IBO-2021", "f_sector": "all", "f_cluster": "all", "f_size": "all", "f_innovated": "all",
                "grouping": "sector", "group": group, "n": n, "suppressed": suppressed,
                "suppression": "primary" if suppressed else "",
                "indicator": "innovation_trigger", "category": category, "measure": "share",
                "share": share, "share_bound": bound}
    rows = [row("Gemeenten", "employees", 55.0, 70), row("Gemeenten", "managers", None, 70,
                                                          bound="below"),
            row("Provincies", "employees", None, None, suppressed=True)]
    return pd.DataFrame(rows).astype(schema.INDICATOR_SHARES.columns)


def test_subgroup_beside_nl_and_dk(dash_duo, app, monkeypatch):
    from data import comparison

    real = comparison.load_data
    monkeypatch.setattr(comparison, "load_data", lambda: dict(real(), shares=_shares()))
    open_page(dash_duo, app, "?onderwerp=aanleiding")
    options = [o.get_attribute("value") for o in
               Select(dash_duo.find_element(SUBGROUP)).options if o.get_attribute("value")]
    assert options == ["geen", "sector:Gemeenten"]  # the suppressed sector is not offered
    Select(dash_duo.find_element(SUBGROUP)).select_by_value("sector:Gemeenten")
    dash_duo.wait_for_contains_text(CHART, "Gemeenten (synthetisch)", timeout=10)
    chart = dash_duo.find_element(CHART).text
    assert "55%" in chart and "< 10%" in chart and "niet beschikbaar" in chart
    assert "49%" in chart and "34%" in chart  # NL total and DK stay
    show_view(dash_duo, CHART[1:], "sources")
    assert "SYNTHETISCHE" in dash_duo.find_element(AREA).text
    assert query(dash_duo) == {"onderwerp": ["aanleiding"], "subgroep": ["sector:Gemeenten"]}

    dash_duo.driver.get(dash_duo.server_url + "/vergelijking?subgroep=sector:Provincies")
    dash_duo.wait_for_contains_text("#vergelijking-notice-area", "Provincies", timeout=10)
    assert "niet beschikbaar" in dash_duo.find_element("#vergelijking-notice-area").text
    assert dash_duo.get_logs() == []


def test_invalid_link_and_english(dash_duo, app):
    open_page(dash_duo, app, "?onderwerp=weer")
    assert "weer" in dash_duo.find_element("#vergelijking-notice-area").text
    assert "86%" in dash_duo.find_element(CHART).text  # the default topic

    dash_duo.driver.get(dash_duo.server_url + "/vergelijking?lang=en&onderwerp=typen")
    dash_duo.wait_for_text_to_equal("h1", "The Netherlands and Denmark compared", timeout=10)
    dash_duo.wait_for_contains_text(CHART, "not published", timeout=10)
    chart = dash_duo.find_element(CHART).text
    assert "> 75%" in chart and "81%" in chart and "52%" in chart
    Select(dash_duo.find_element(TOPIC)).select_by_value("financiering")
    dash_duo.wait_for_contains_text(CHART, "85%", timeout=10)
    assert query(dash_duo) == {"lang": ["en"], "onderwerp": ["financiering"]}
    assert "> 50%" in dash_duo.find_element(CHART).text
    assert dash_duo.driver.execute_script("return document.documentElement.lang") == "en"
    assert dash_duo.get_logs() == []
