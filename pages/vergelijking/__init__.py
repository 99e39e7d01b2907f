"""Vergelijking (/vergelijking): the Netherlands against Denmark, topic by topic.

The page's home: state.py (URL state and the topic catalogue: which published numbers each
topic compares), layout.py, cards.py (the card contract), figures.py (slots, gaps and their
figures and tables), callbacks.py; its data loading is data/comparison.py. The topic and
subgroup live in the URL (ComparisonState), so a link reproduces the view.
"""

from __future__ import annotations

from pages.vergelijking import callbacks  # noqa: F401  (registers the page's callbacks)
from pages.vergelijking.cards import card
from pages.vergelijking.layout import layout, validation_layout

__all__ = ["PATH", "NAV_KEY", "ORDER", "CACHE_LAYOUT", "card", "layout", "validation_layout"]

PATH = "/vergelijking"
NAV_KEY = "nav.comparison"
ORDER = 20
CACHE_LAYOUT = True  # rendering depends only on the URL and the aggregates (serving/cache.py)
