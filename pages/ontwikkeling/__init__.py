"""Ontwikkeling (/ontwikkeling): per indicator every edition of NL and DK side by side, with
a marker where a change is larger than sampling noise.

The page has no controls and so no callbacks: its downloads run in the browser
(components/export.py). Cards are listed once in cards.TRENDS; figures.py holds the pure
builders, data/editions.py the series and the noise test.
"""

from __future__ import annotations

from pages.ontwikkeling.cards import card
from pages.ontwikkeling.layout import layout

PATH = "/ontwikkeling"
NAV_KEY = "nav.trends"
ORDER = 2
CACHE_LAYOUT = True  # rendering depends only on the URL and the aggregates (serving/cache.py)

__all__ = ["CACHE_LAYOUT", "NAV_KEY", "ORDER", "PATH", "card", "layout"]

