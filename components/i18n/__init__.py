"""One translation catalogue for all user-facing text, Dutch first.

Each area adds its strings in a module of its own (`common`, `labels`, one per page); this
package merges them and refuses duplicate keys. `t(key, lang)` looks a string up;
number formatting lives in components/numbers.py.
"""

from __future__ import annotations

import pkgutil
from importlib import import_module

LANGUAGES: tuple[str, ...] = ("nl", "en")
DEFAULT_LANG = "nl"



def _merge() -> dict[str, dict[str, str]]:
    """Every module of this package defines STRINGS = {key: {"nl": ..., "en": ...}}."""
    merged: dict[str, dict[str, str]] = {}
    for area in sorted(m.name for m in pkgutil.iter_modules(__path__)):
        strings = import_module(f"{__name__}.{area}").STRINGS
        clash = merged.keys() & strings.keys()
        if clash:
            raise ValueError(f"i18n/{area}.py redefines keys: {sorted(clash)}")
        merged.update(strings)
    return merged


CATALOGUE: dict[str, dict[str, str]] = _merge()


def norm_lang(lang: str | None) -> str:
    """A supported language code; the default for anything else."""
    return lang if lang in LANGUAGES else DEFAULT_LANG


def t(key: str, lang: str = DEFAULT_LANG, **values: object) -> str:
    """The text for `key` in `lang`, with {placeholders} filled from `values`."""
    entry = CATALOGUE[key]  # a missing key is a programming error: fail loudly in tests
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
