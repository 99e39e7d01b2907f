"""Page registry: every module in this package with a PATH is a page.

A page module defines PATH (route), NAV_KEY (i18n key of its navigation label), ORDER
(position in the navigation) and `layout(search: str) -> component`, which parses its own
state from the query string. Only pages that exist appear in the navigation.
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
