"""The trends page (/ontwikkeling) in a real browser: both languages, the 2021 -> 2025 changes
with their noise marker and sources, the Danish editions, a phone without sideways scroll."""

from __future__ import annotations

import pytest

from tests.browser.conftest import show_view

pytestmark = pytest.mark.browser


def _text(duo, chart_id: str) -> str:
    return duo.find_element(f"#{chart_id}").text


@pytest.mark.parametrize("lang,title,secondary,noise", [
    ("nl", "Wat veranderde tussen de edities?", "Secundaire bron", "groter dan de steekproefruis"),
    ("en", "What changed between the editions?", "Secondary source", "larger than sampling noise"),
])
def test_trends_show_both_editions_with_noise_marker_and_sources(duo, open_page, lang, title,
                                                                 secondary, noise):
    open_page("/ontwikkeling", lang)
    assert duo.find_element("#main-content h1").text == title
    innovated = _text(duo, "trend-innovated-chart")
    for expected in ("86%", "76%", "✱", "IBO 2021", "IBO 2025", "2019-2020", "2023-2024",
                     "81%", "83%", "IB 3", "IB 4"):
        assert expected in innovated, expected
    interaction = _text(duo, "trend-interaction-chart")
    assert "62%" in interaction and "37%" in interaction
    main = duo.find_element("#main-content").text
    assert noise in main
    # the card's sources view names the secondary sources
    show_view(duo, "trend-innovated-chart", "sources")
    card = duo.driver.find_element(
        "xpath", '//*[@id="trend-innovated-chart"]/ancestor::*[contains(@class, "chart-card")]')
    assert secondary in card.text
    # the test and its assumptions are stated on the page
    method = duo.find_element("#trend-method-details").text
    assert ("z-toets" if lang == "nl" else "z-test") in method
    assert ("panel" in method) and (("zelf geselecteerd" in method) or ("self-selected" in method))
    # every edition, including the Danish ones, is listed with its period
    editions = _text(duo, "trend-editions-chart")
    for label in ("IB 1", "IB 2", "IB 3", "IB 4", "IBO 2021", "IBO 2025"):
        assert label in editions
    # each chart has its sources, data table and CSV download (components/chart.py)
    cards = duo.driver.find_elements("css selector", "#main-content .card")
    assert len(cards) >= 8
    for card in cards:
        chart = card.find_element("css selector", ".dash-graph").get_attribute("id")
        show_view(duo, chart, "table")  # the table is built when its view opens
        duo._wait_for(lambda _: card.find_elements("css selector", ".card-panel-table table"),
                      timeout=5, msg=f"{chart}: no data table in the table view")
        assert card.find_elements("css selector", "button[data-export='csv']")
        assert ("Bron:" if lang == "nl" else "Source:") in card.text
    assert duo.get_logs() == []


def test_trends_on_a_phone_do_not_scroll_sideways(duo, open_page):
    duo.driver.set_window_size(390, 844)
    inner = duo.driver.execute_script("return [window.innerWidth, window.innerHeight]")
    duo.driver.set_window_size(2 * 390 - inner[0], 2 * 844 - inner[1])
    open_page("/ontwikkeling", "nl")
    assert duo.driver.execute_script("return window.innerWidth") == 390
    overflow = duo.driver.execute_script(
        "return document.documentElement.scrollWidth - document.documentElement.clientWidth")
    assert overflow <= 0
    assert "86%" in _text(duo, "trend-innovated-chart")
    assert duo.get_logs() == []


def test_overview_leads_with_the_latest_edition_and_links_to_the_trends(duo, open_page):
    open_page("/", "nl")
    latest = duo.find_element("#overview-latest-edition-text")
    assert "IBO 2025" in latest.text and "86%" in latest.text and "76%" in latest.text
    assert "secundaire bron" in latest.text
    latest.find_element("css selector", "a").click()
    duo.wait_for_text_to_equal("#main-content h1", "Wat veranderde tussen de edities?",
                               timeout=15)
    assert duo.get_logs() == []
