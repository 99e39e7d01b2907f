"""Page registry: every package in this folder with a PATH is a page.

pages/<page>/ is the one home of a page: __init__.py (PATH, NAV_KEY, ORDER and the entry
`layout(search: str) -> component`, which parses the page's own state from the query
string; importing it registers the page's callbacks), state.py (URL state), layout.py,
cards.py (the card contract, CARDS, and `card(section, search)` for the presenter),
figures.py (pure builders), callbacks.py (thin), text.py (the page's own strings, STRINGS
= {key: {"nl": ..., "en": ...}}). Data access lives in data/. Only the router
(callbacks/router.py) and app.py import this package; pages import no other page.
Importing this package registers every page's text.py with the translation catalogue
(components.i18n.register, area "pages.<page>"), so any code that reaches a page (the app,
the router, a test importing one page module) finds every page's strings; strings several
pages use stay in components/i18n/.
NAV_KEY None keeps a page out of the navigation. A page with PREFIX also gets every path
below it (its layout is then called as `layout(search, path)`) and may decide per path
whether the shell's navigation shows (`chrome(path) -> bool`, else CHROME, default True);
`install(app)` adds a page's plain HTTP routes. A page whose callbacks name its components
gives `validation_layout()`: those components (its controls and empty containers, built
cheaply at start-up) for Dash's callback checks; a page without it holds none
(tests/serving/test_shell.py checks both against the full default page).
"""

from __future__ import annotations

import pkgutil
from importlib import import_module
from types import ModuleType

from components import i18n


def _discover() -> tuple[ModuleType, ...]:
    """Every page package, in ORDER; each page's text.py registered with the catalogue."""
    modules = [import_module(f"{__name__}.{m.name}") for m in pkgutil.iter_modules(__path__)]
    for module in modules:
        if any(m.name == "text" for m in pkgutil.iter_modules(module.__path__)):
            i18n.register(module.__name__, import_module(f"{module.__name__}.text").STRINGS)
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
