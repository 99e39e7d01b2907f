"""Issue 11 in a real browser: badges lead to the methods page, the methods page is in the
navigation in both languages, and /klimaat's Figuur 18 card shows krachtig > gemiddeld >
beperkt with all three groups drawn."""

from __future__ import annotations

import re

import pytest

from components import ids
from components.i18n import t

pytestmark = pytest.mark.browser


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_badge_and_navigation_lead_to_the_methods_page(duo, open_page, lang):
    open_page("/klimaat", lang)
    badge = duo.find_element("a.badge-synthetic")
    assert badge.text == t("label.synthetic", lang)
    href = badge.get_attribute("href")
    assert "/verantwoording" in href and href.endswith("#synthetic")
    assert ("lang=en" in href) == (lang == "en")
    duo.driver.get(href)
    duo.wait_for_text_to_equal("#main-content h1", t("methods.title", lang), timeout=15)
    assert duo.find_element("#synthetic h2").text == t("methods.synthetic.title", lang)
    nav = duo.find_element("nav").text
    assert t("nav.methods", lang) in nav
    assert duo.get_logs() == []


def test_klimaat_figuur_18_orders_the_groups(duo, open_page):
    open_page("/klimaat?uitsplitsing=frequency")
    text = duo.find_element(f"#{ids.KLIMAAT_BREAKDOWN_CHART}").text
    shares = [int(v) for v in re.findall(r"(\d+)%", text)]
    assert 100 in shares, text  # krachtig: all innovated, shown (a zero cell is not small)
    labels = duo.find_element(f"#{ids.KLIMAAT_BREAKDOWN_CHART}").text
    for group in ("krachtig", "gemiddeld", "beperkt"):
        assert group in labels.lower()
    assert duo.get_logs() == []
