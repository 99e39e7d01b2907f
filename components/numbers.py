"""Number formatting per language: decimal comma in Dutch, point in English."""

from __future__ import annotations

import math

from components.i18n import norm_lang
from data import schema

_SEPARATORS = {"nl": (",", "."), "en": (".", ",")}  # (decimal, thousands)


def separators(lang: str) -> str:
    """Plotly's layout.separators string for `lang` (decimal then thousands)."""
    dec, thou = _SEPARATORS[norm_lang(lang)]
    return dec + thou


def fmt_number(value: float | int | None, lang: str, decimals: int = 0) -> str:
    """`value` with the language's separators; an en dash for a missing value."""
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return "–"
    dec, thou = _SEPARATORS[norm_lang(lang)]
    text = f"{value:,.{decimals}f}"
    return text.replace(",", "\0").replace(".", dec).replace("\0", thou)


_ORDINALS = {
    "nl": ("eerste", "tweede", "derde", "vierde", "vijfde", "zesde", "zevende", "achtste",
           "negende", "tiende"),
    "en": ("first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth",
           "ninth", "tenth"),
}


def fmt_ordinal(number: int, lang: str) -> str:
    """An ordinal as running text writes it: a word up to ten ("derde", "third"), then a
    numeral ("11e", "11th")."""
    lang = norm_lang(lang)
    if 1 <= number <= len(_ORDINALS[lang]):
        return _ORDINALS[lang][number - 1]
    if lang == "nl":
        return f"{number}e"
    suffix = "th" if 10 <= number % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(number % 10,
                                                                                   "th")
    return f"{number}{suffix}"


def fmt_pct(value: float | None, lang: str, decimals: int = 0) -> str:
    """A percentage such as "86%" (no space, as the report writes it)."""
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return "–"
    return f"{fmt_number(value, lang, decimals)}%"


def fmt_pp(value: float, lang: str, decimals: int = 0) -> str:
    """A signed gap in percentage points, e.g. "+43 pp" / "−5 pp"."""
    sign = "+" if value > 0 else ("−" if value < 0 else "±")
    return f"{sign}{fmt_number(abs(value), lang, decimals)} {'pp' if lang == 'en' else 'procentpunt'}"


def _missing(value) -> bool:
    """None, NaN or pandas' NA."""
    try:
        return math.isnan(float(value))
    except (TypeError, ValueError):
        return True


def share_text(share: float | None, bound: str | None, lang: str) -> str:
    """A share of an aggregate row: "42%", or "< 10%" / "> 90%" for a small group's bounded
    share (data/schema.py: share_bound), "–" when withheld."""
    if bound == "below":
        return "< " + fmt_pct(schema.SHARE_BOUND_LOW, lang)
    if bound == "above":
        return "> " + fmt_pct(schema.SHARE_BOUND_HIGH, lang)
    if bound != "exact" or _missing(share):
        return "–"
    return fmt_pct(share, lang)
