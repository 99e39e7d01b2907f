"""The app under its Content-Security-Policy in headless Chromium: no violations, no errors."""

import pytest

pytestmark = pytest.mark.browser

# Collects CSP violations the browser reports (console logs miss some, e.g. in workers).
WATCH = """
window.__cspViolations = [];
document.addEventListener('securitypolicyviolation', e =>
    window.__cspViolations.push(e.violatedDirective + ' ' + e.blockedURI));
"""


@pytest.fixture
def app(dash_app):
    return dash_app


def test_overview_renders_under_the_csp(dash_duo, app):
    dash_duo.start_server(app)
    dash_duo.driver.execute_cdp_cmd("Page.addScriptToEvaluateOnNewDocument", {"source": WATCH})
    dash_duo.driver.get(dash_duo.server_url + "/")
    dash_duo.wait_for_element("#overview-innovation-share-chart .main-svg", timeout=10)
    dash_duo.wait_for_element("#overview-innovation-types-chart .main-svg", timeout=10)
    # Hovering a bar exercises plotly's hover layer (inline styles).
    bar = dash_duo.find_element("#overview-innovation-share-chart .point path")
    dash_duo.driver.execute_script(
        "arguments[0].dispatchEvent(new MouseEvent('mousemove', {bubbles: true}))", bar)
    assert dash_duo.driver.execute_script("return window.__cspViolations") == []
    assert dash_duo.get_logs() == []


def test_script_in_path_and_query_is_never_markup(dash_duo, app):
    """Notices echo the (decoded) query as text; the 404 page echoes the path as text."""
    dash_duo.start_server(app)
    driver = dash_duo.driver
    driver.execute_cdp_cmd("Page.addScriptToEvaluateOnNewDocument", {"source": WATCH})
    img, script = "<img src=x onerror=__xss=1>", "<script>alert(1)</script>"
    for url, shown in [(f"/?lang={img}&{script}=1", [img, script]),
                       (f"/x{script}{img}?{script}", ["/x%3Cscript%3E"])]:
        driver.get(dash_duo.server_url + url)
        dash_duo.wait_for_element(".alert-warning" if url.startswith("/?") else "h1", timeout=10)
        text = dash_duo.find_element("main").text
        assert all(s in text for s in shown), text
        assert driver.execute_script(
            "return document.querySelectorAll('main script, main img, main iframe').length") == 0
        assert driver.execute_script("return window.__xss") is None
        assert driver.execute_script("return window.__cspViolations") == []
