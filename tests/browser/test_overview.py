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
    assert dash_duo.find_elements("#shell-nav-bar .nav-link.active") == []  # none highlighted
    dash_duo._wait_for(lambda d: d.title.startswith("Pagina niet gevonden"), timeout=5,
                       msg="browser title of the 404 page")
    # the one console message: Chromium reports the page's real 404 status
    logs = dash_duo.get_logs()
    assert all("404" in entry["message"] for entry in logs) and len(logs) <= 1, logs


def test_every_page_has_its_own_browser_title(dash_duo, app):
    import pages
    from components.i18n import t

    dash_duo.start_server(app)
    for page in pages.in_navigation():
        if not getattr(page, "CHROME", True):
            continue
        for lang in ("nl", "en"):
            dash_duo.driver.get(dash_duo.server_url + page.PATH + ("?lang=en" if lang == "en"
                                                                   else ""))
            want = f"{t(page.NAV_KEY, lang)} – {t('app.title', lang)}"
            dash_duo._wait_for(lambda d: d.title == want, timeout=10,
                               msg=f"{page.PATH} {lang}: title is not {want!r}")
    assert dash_duo.get_logs() == []


def test_tracking_parameters_are_ignored_silently(dash_duo, app):
    dash_duo.start_server(app)
    dash_duo.driver.get(dash_duo.server_url
                        + "/vergelijking?onderwerp=typen&utm_source=nieuwsbrief&utm_medium=mail"
                        "&fbclid=abc&gclid=x")
    dash_duo.wait_for_element("#vergelijking-topic-chart .main-svg", timeout=15)
    assert dash_duo.find_elements(".alert-warning") == []
    assert dash_duo.find_element("#vergelijking-topic-select").get_attribute("value") == "typen"
    assert dash_duo.get_logs() == []
