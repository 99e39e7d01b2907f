"""Presenter mode (/presenteer?stap=N): the storyline full screen, one URL per step.

No navigation, no filters: only the chart, its takeaway and source as a footnote, and a small
bar (previous, step counter, next, full screen, exit). Arrow keys, Page Up/Down (clickers),
space and f work through assets/40-presenter.js; Escape only leaves full screen.

The page's home: state.py (URL state), layout.py, cards.py (the storyline: each step names a
section of another page's card contract; the router provides the pages' card builders),
callbacks.py.
"""

from __future__ import annotations

from pages.presenteer import callbacks  # noqa: F401  (registers the page's callbacks)
from pages.presenteer.cards import provide
from pages.presenteer.layout import bar, layout, step_view, validation_layout
from pages.presenteer.state import PATH, PresenterState, state_for

__all__ = ["PATH", "NAV_KEY", "ORDER", "CACHE_LAYOUT", "CHROME", "PresenterState", "bar",
           "layout", "provide", "state_for", "step_view", "validation_layout"]

NAV_KEY = "nav.present"
ORDER = 90
CACHE_LAYOUT = True  # rendering depends only on the URL and the aggregates (serving/cache.py)
CHROME = False  # the router leaves out navigation and banner; the banner becomes a footnote
