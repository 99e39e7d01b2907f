"""Page registry: every module in this package with a PATH is a page.

A page module defines PATH (route), NAV_KEY (i18n key of its navigation label; None keeps
it out of the navigation), ORDER (position in the navigation) and
`layout(search: str) -> component`, which parses its own state from the query string. Only
pages that exist appear in the navigation. A page with PREFIX also gets every path below it
(its layout is then called as `layout(search, path)`), and may decide per path whether the
shell's navigation shows (`chrome(path) -> bool`, else CHROME, default True).
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


def find(path: str) -> ModuleType | None:
    """The page for a path: an exact PATH, or a page whose PREFIX the path lies below."""
    page = BY_PATH.get(path)
    if page is not None:
        return page
    for candidate in PAGES:
        prefix = getattr(candidate, "PREFIX", None)
        if prefix and path.startswith(prefix + "/"):
            return candidate
    return None


def render(page: ModuleType, search: str, path: str):
    """A page's layout for the URL (prefix pages get the path too)."""
    if getattr(page, "PREFIX", None):
        return page.layout(search, path)
    return page.layout(search)


def has_chrome(page: ModuleType | None, path: str) -> bool:
    """Whether the shell shows navigation and banner around the page."""
    if page is not None and callable(getattr(page, "chrome", None)):
        return bool(page.chrome(path))
    return bool(getattr(page, "CHROME", True))


def in_navigation() -> list[ModuleType]:
    return [p for p in PAGES if getattr(p, "NAV_KEY", None)]
