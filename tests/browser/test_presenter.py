"""Presenter mode: the storyline full screen, stepped through with the keyboard."""

import pytest
from selenium.webdriver.common.keys import Keys

from pages.presenteer import cards as storyline
from components.i18n import t

pytestmark = pytest.mark.browser


def _title(dash_duo):
    return dash_duo.find_element(".presenter-title").text


def test_step_through_the_storyline_with_keys(dash_duo, dash_app):
    dash_duo.start_server(dash_app)
    dash_duo.driver.get(dash_duo.server_url + "/presenteer")
    dash_duo.wait_for_text_to_equal(".presenter-title", t(storyline.STEPS[0].title_key), timeout=15)
    assert not dash_duo.driver.find_elements("css selector", ".ibo-navbar")  # no navigation
    total = len(storyline.STEPS)
    body = dash_duo.find_element("body")
    for number in range(2, total + 1):
        body.send_keys(Keys.ARROW_RIGHT if number % 2 else Keys.PAGE_DOWN)
        dash_duo.wait_for_text_to_equal(".presenter-title",
                                        t(storyline.STEPS[number - 1].title_key), timeout=15)
        assert dash_duo.driver.current_url.endswith(f"/presenteer?stap={number}")
        dash_duo.wait_for_element(".presenter-card .main-svg", timeout=15)
    body.send_keys(Keys.PAGE_UP)
    dash_duo.wait_for_text_to_equal(".presenter-title",
                                    t(storyline.STEPS[total - 2].title_key), timeout=15)
    assert f"Stap {total - 1} van {total}" in dash_duo.find_element(".presenter-bar").text
    assert dash_duo.get_logs() == []


def test_step_url_opens_that_step_and_presenteer_param_enters_the_mode(dash_duo, dash_app):
    dash_duo.start_server(dash_app)
    dash_duo.driver.get(dash_duo.server_url + "/presenteer?stap=3&lang=en")
    dash_duo.wait_for_text_to_equal(".presenter-title", t(storyline.STEPS[2].title_key, "en"),
                                    timeout=15)
    assert "Step 3 of" in dash_duo.find_element(".presenter-bar").text
    dash_duo.driver.get(dash_duo.server_url + "/vergelijking?presenteer=1")
    first = storyline.first_step_of("/vergelijking")
    dash_duo.wait_for_text_to_equal(".presenter-title", t(storyline.STEPS[first - 1].title_key),
                                    timeout=15)
    dash_duo.driver.get(dash_duo.server_url + "/presenteer?stap=99")
    dash_duo.wait_for_text_to_equal(".presenter-title", t(storyline.STEPS[0].title_key), timeout=15)
    assert "99" in dash_duo.find_element(".alert-warning").text  # the invalid step is named
    assert dash_duo.get_logs() == []
