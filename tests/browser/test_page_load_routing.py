"""A page load draws the page from the first layout response, without the router callback;
a layout rendered for another address (a Referer cut to the origin) is routed again."""

from __future__ import annotations

import pytest

from components.i18n import t
from tests.browser.conftest import RENDERED

pytestmark = pytest.mark.browser

ROUTER = ("..shell-page-container.children...shell-nav-bar.children..."
          "shell-synthetic-banner.children...shell-skip-link.children..")


def router_calls(dash_app) -> int:
    cache = dash_app.callback_map[ROUTER]["callback"].response_cache
    return cache.hits + cache.misses


def wait_rendered(duo, lang: str) -> None:
    duo._wait_for(lambda driver: driver.execute_script(RENDERED), timeout=20,
                  msg="page or graphs not rendered")
    duo._wait_for(lambda driver: driver.execute_script(
        "return document.documentElement.lang") == lang, timeout=5, msg=f"html lang not {lang}")


def test_page_load_needs_no_router_call(duo, dash_app, open_page):
    before = router_calls(dash_app)
    open_page("/klimaat", "en")
    assert duo.find_element("#main-content h1").text == "Explore the innovation climate"
    assert router_calls(dash_app) == before
    duo.find_element("#shell-nav-bar a.nav-link[href^='/vergelijking']").click()
    duo.wait_for_contains_text("#main-content h1", "compared", timeout=10)
    assert router_calls(dash_app) == before + 1  # navigation still routes
    duo.driver.back()
    duo.wait_for_text_to_equal("#main-content h1", "Explore the innovation climate", timeout=10)
    assert duo.get_logs() == []


def test_layout_for_another_address_is_routed_again(duo):
    duo.driver.execute_cdp_cmd("Network.enable", {})
    duo.driver.execute_cdp_cmd("Network.setExtraHTTPHeaders",
                               {"headers": {"Referer": duo.server_url + "/"}})
    try:
        duo.driver.get(duo.server_url + "/vergelijking?lang=en")
        duo.wait_for_contains_text("#main-content h1", "compared", timeout=15)
        wait_rendered(duo, "en")
        assert duo.find_element("#shell-nav-bar .nav-link.active").text == \
            t("nav.comparison", "en")
    finally:
        duo.driver.execute_cdp_cmd("Network.setExtraHTTPHeaders", {"headers": {}})
    assert duo.get_logs() == []
