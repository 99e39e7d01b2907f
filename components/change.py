"""How a change between two editions and its noise test are written (trends page, overview)."""

from __future__ import annotations

from components.i18n import t
from components.numbers import fmt_number
from data.editions import Change


def diff_text(difference: float, lang: str) -> str:
    sign = "+" if difference > 0 else "−" if difference < 0 else "±"
    return sign + fmt_number(abs(difference), lang, 0 if float(difference).is_integer() else 1)


def marker_text(change: Change, lang: str) -> str:
    """What the noise test says about a change, in words."""
    if change.testable:
        p = (f"= {fmt_number(change.p_value, lang, 3)}" if change.p_value >= 0.001
             else f"< {fmt_number(0.001, lang, 3)}")
        key = "trend.marker.significant" if change.significant else "trend.marker.noise"
        return t(key, lang, p=p)
    if change.reason == "n_unknown" and change.min_base is not None:
        return t("trend.marker.n_unknown_min", lang, min_base=fmt_number(change.min_base, lang))
    return t(f"trend.marker.{change.reason}", lang)
