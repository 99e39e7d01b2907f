"""Page registry: every package in this folder with a PATH is a page.

pages/<page>/ is the one home of a page: __init__.py (PATH, NAV_KEY, ORDER and the entry
`layout(search: str) -> component`, which parses the page's own state from the query
string; importing it registers the page's callbacks), state.py (URL state), layout.py,
cards.py (the card contract, CARDS, and `card(section, search)` for the presenter),
figures.py (pure builders), callbacks.py (thin). Data access lives in data/. Only the
router (callbacks/router.py) and app.py import this package; pages import no other page.
"""

from __future__ import annotations

import pkgutil
from importlib import import_module
from types import ModuleType


def _discover() -> tuple[ModuleType, ...]:
    modules = [import_module(f"{__name__}.{m.name}") for m in pkgutil.iter_modules(__path__)]
    return tuple(sorted((m for m in modules if hasattr(m, "PATH")), key=lambda m: m.ORDER))


PAGES: tuple[ModuleType, ...] = _discover()
BY_PATH: dict[str, ModuleType] = {p.PATH: p for p in PAGES}
