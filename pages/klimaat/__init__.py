"""Klimaat (/klimaat): the climate explorer — box plots per group, filters, climate groups.

The page's home: state.py (URL state), layout.py (controls and sections), cards.py (the card
contract), figures.py (pure builders), callbacks.py (rebuilds the cards and writes the URL on
every change); its data (loading and selection) is data/klimaat.py.
"""

from __future__ import annotations

from pages.klimaat import callbacks  # noqa: F401  (registers the page's callbacks)
from pages.klimaat.cards import card
from pages.klimaat.layout import layout, validation_layout

__all__ = ["PATH", "NAV_KEY", "ORDER", "CACHE_LAYOUT", "card", "layout",
           "validation_layout"]

PATH = "/klimaat"
NAV_KEY = "nav.klimaat"
ORDER = 1
CACHE_LAYOUT = True  # rendering depends only on the URL and the aggregates (serving/cache.py)
