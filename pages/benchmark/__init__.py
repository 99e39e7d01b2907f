"""Benchmark (/benchmark): answer the climate statements, see score, group and peer position.

The page's address holds the profile and peer group; answers only enter a link the user asks
for. A link with answers (`?a=4,5,x,...`) opens with the form filled and the result shown.

The page's home: state.py (URL state and answer tokens), layout.py (form and result area),
cards.py (the result), figures.py (score, percentiles, position chart), callbacks.py; its
data (the peer groups' aggregates) is data/benchmark.py.
"""

from __future__ import annotations

from pages.benchmark import callbacks  # noqa: F401  (registers the page's callbacks)
from pages.benchmark.layout import PRINT_WIDTH_PX, client_config, layout, validation_layout

__all__ = ["PATH", "NAV_KEY", "ORDER", "PRINT_WIDTH_PX", "client_config", "layout",
           "validation_layout"]

PATH = "/benchmark"
NAV_KEY = "nav.benchmark"
ORDER = 30
