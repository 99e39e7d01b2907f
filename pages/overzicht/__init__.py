"""Overzicht (/): key figures, innovation share against the Nordic countries, climate, types.

The page's home: state.py (URL state: the language), layout.py, cards.py (the card
contract), figures.py (pure builders from the published-figures table). No callbacks: the
page depends only on its URL.
"""

from __future__ import annotations

from pages.overzicht.cards import card
from pages.overzicht.layout import layout

__all__ = ["PATH", "NAV_KEY", "ORDER", "CACHE_LAYOUT", "card", "layout"]

PATH = "/"
NAV_KEY = "nav.overview"
ORDER = 0
CACHE_LAYOUT = True  # rendering depends only on the URL and the aggregates (serving/cache.py)

