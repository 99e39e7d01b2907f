"""Number formatting per language: decimal comma in Dutch, point in English."""

from __future__ import annotations

import math

from components.i18n import norm_lang

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


def fmt_pct(value: float | None, lang: str, decimals: int = 0) -> str:
    """A percentage such as "86%" (no space, as the report writes it)."""
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return "–"
    return f"{fmt_number(value, lang, decimals)}%"


def fmt_pp(value: float, lang: str, decimals: int = 0) -> str:
    """A signed gap in percentage points, e.g. "+43 pp" / "−5 pp"."""
    sign = "+" if value > 0 else ("−" if value < 0 else "±")
    return f"{sign}{fmt_number(abs(value), lang, decimals)} {'pp' if lang == 'en' else 'procentpunt'}"
