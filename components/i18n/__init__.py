"""One translation catalogue for all user-facing text, Dutch first.

Strings shared by several pages (navigation, shell, labels of the codebook, card and table
texts, ...) live in this package, one module per area; this package merges them at import.
A page's own strings live in its home, pages/<page>/text.py, and are added by
`register(area, STRINGS)` when pages/ is imported (pages/__init__.py): this package never
imports pages/. Every area defines STRINGS = {key: {"nl": ..., "en": ...}}; a key defined
by two areas is refused. `t(key, lang)` looks a string up and fails loudly for a key no area
defines; number formatting lives in components/numbers.py.
"""

from __future__ import annotations

import pkgutil
from collections.abc import Mapping
from importlib import import_module

LANGUAGES: tuple[str, ...] = ("nl", "en")
DEFAULT_LANG = "nl"

CATALOGUE: dict[str, dict[str, str]] = {}
AREAS: dict[str, frozenset[str]] = {}  # area ("common", "pages.klimaat", ...) -> its keys


def register(area: str, strings: Mapping[str, Mapping[str, str]]) -> None:
    """Add an area's strings to the catalogue. A key another area defines is refused; an
    area registered again replaces its own strings (a reloaded module)."""
    own = AREAS.get(area, frozenset())
    clash = sorted(k for k in strings.keys() & CATALOGUE.keys() if k not in own)
    if clash:
        owners = sorted({a for a, keys in AREAS.items() if keys & set(clash)})
        raise ValueError(f"{area} redefines keys of {owners}: {clash}")
    for key in own - strings.keys():
        del CATALOGUE[key]
    CATALOGUE.update({key: dict(entry) for key, entry in strings.items()})
    AREAS[area] = frozenset(strings)


def _register_shared() -> None:
    """Every module of this package is a shared area."""
    for area in sorted(m.name for m in pkgutil.iter_modules(__path__)):
        register(area, import_module(f"{__name__}.{area}").STRINGS)


_register_shared()


def norm_lang(lang: str | None) -> str:
    """A supported language code; the default for anything else."""
    return lang if lang in LANGUAGES else DEFAULT_LANG


def t(key: str, lang: str = DEFAULT_LANG, **values: object) -> str:
    """The text for `key` in `lang`, with {placeholders} filled from `values`."""
    try:
        entry = CATALOGUE[key]
    except KeyError:  # a programming error: fail loudly (in tests first)
        raise KeyError(f"{key!r} is in no catalogue area (a page's strings are registered "
                       f"when pages/ is imported)") from None
    text = entry[norm_lang(lang)]
    return text.format(**values) if values else text


def has(key: str) -> bool:
    """Whether the catalogue holds `key`."""
    return key in CATALOGUE


def group_label(grouping: str, group: str, lang: str = DEFAULT_LANG) -> str:
    """Display label of a group within a grouping (sector, cluster, size class, ...)."""
    return t(f"{grouping}.{group}", lang)


def category_label(indicator: str, category: str, lang: str = DEFAULT_LANG) -> str:
    """Display label of an indicator category."""
    return t(f"cat.{indicator}.{category}", lang)
