"""Browser-test fixtures shared by the sharing, language and accessibility tests."""

from __future__ import annotations

import pytest


@pytest.fixture
def duo(dash_duo, dash_app):
    """dash_duo serving the session's app, in a browser that prefers reduced motion: Bootstrap
    then scrolls instantly, so Selenium's scroll-then-click lands on the element."""
    dash_duo.start_server(dash_app)
    dash_duo.driver.execute_cdp_cmd("Emulation.setEmulatedMedia", {
        "features": [{"name": "prefers-reduced-motion", "value": "reduce"}]})
    return dash_duo


# True once the router has drawn the page and every graph on it has been plotted.
RENDERED = """
const main = document.getElementById('main-content');
const graphs = main ? main.querySelectorAll('.dash-graph') : [];
return !!(main && main.querySelector('h1')) && !document.querySelector('._dash-loading')
    && !document.querySelector('[data-dash-is-loading="true"]')
    && Array.from(graphs).every(g => g.querySelector('.main-svg'));
"""


def open_drawn(duo, url: str) -> None:
    """Open `url` (path and query) and wait until the page and every graph on it are drawn."""
    duo.driver.get(duo.server_url + url)
    duo.wait_for_element("#main-content h1", timeout=15)
    duo._wait_for(lambda driver: driver.execute_script(RENDERED), timeout=20,
                  msg=f"{url}: page or graphs not rendered")


@pytest.fixture
def open_page(duo):
    """open_page(path, lang): open a page and wait until it, its graphs and the document
    language are rendered."""
    def open_rendered(path: str, lang: str = "nl") -> None:
        url = path + ("?lang=en" if lang == "en" else "")
        open_drawn(duo, url)
        duo._wait_for(
            lambda driver: driver.execute_script("return document.documentElement.lang") == lang,
            timeout=5, msg=f"{url}: html lang is not {lang}")

    return open_rendered


def show_view(duo, chart_id: str, view: str) -> None:
    """Choose a chart card's view (chart, table, sources, download) as a user would: click its
    label in the card's view switch, then wait until that panel shows."""
    from components import ids

    label = duo.driver.find_element("css selector",
                                    f'label[for="{ids.view_option(chart_id, view)}"]')
    duo.driver.execute_script(
        "arguments[0].scrollIntoView({block: 'center', behavior: 'instant'});", label)
    label.click()
    panel = (f'//*[@id="{chart_id}"]/ancestor::*[contains(@class, "chart-card")]'
             f'//*[contains(@class, "card-panel-{view}")]')
    duo._wait_for(lambda driver: driver.find_element("xpath", panel).is_displayed(), timeout=5,
                  msg=f"{chart_id}: the {view} view does not show")
