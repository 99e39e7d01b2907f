"""The overview page in a real browser: key figures, banner, charts, no console errors."""

import pytest

pytestmark = pytest.mark.browser


@pytest.fixture
def app(dash_app):
    return dash_app


def test_overview_shows_key_figures_and_banner(dash_duo, app):
    dash_duo.start_server(app)
    dash_duo.wait_for_text_to_equal("h1", "Innovatie bij de Nederlandse overheid", timeout=10)
    kpis = dash_duo.find_element("#overview-kpi-row").text
    for expected in ("366", "313", "86%", "3,7"):
        assert expected in kpis
    assert "synthetisch" in dash_duo.find_element(".synthetic-banner").text
    dash_duo.wait_for_element("#overview-innovation-share-chart .main-svg", timeout=10)
    bars = dash_duo.find_element("#overview-innovation-share-chart").text
    assert "86%" in bars and "80%" in bars
    types = dash_duo.find_element("#overview-innovation-types-chart").text
    assert "> 75%" in types  # a bound is labelled as a bound, never as an exact value
    assert dash_duo.driver.execute_script("return document.documentElement.lang") == "nl"
    assert dash_duo.get_logs() == []


def test_unknown_route_is_a_friendly_404(dash_duo, app):
    dash_duo.start_server(app)
    dash_duo.wait_for_element("h1", timeout=10)
    dash_duo.driver.get(dash_duo.server_url + "/bestaat-niet?x=<b>y</b>")
    dash_duo.wait_for_text_to_equal("h1", "Pagina niet gevonden", timeout=10)
    assert "/bestaat-niet" in dash_duo.find_element("main").text
    assert dash_duo.get_logs() == []
