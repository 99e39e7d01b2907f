"""/verantwoording: the methods page (sources, kinds of values, synthetic data, disclosure,
definitions, NL-DK comparability, loading the real file). Badges link to its sections."""

from __future__ import annotations

from pages.verantwoording.layout import layout  # noqa: F401  (the page's entry point)

PATH = "/verantwoording"
NAV_KEY = "nav.methods"
ORDER = 80
