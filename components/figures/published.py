"""Bars of published figures that show exactness: bounds and approximations never look exact."""

from __future__ import annotations

import pandas as pd

from components import provenance
from components.export import Columns
from components.figures import theme
from components.numbers import fmt_number, fmt_pp

FRACTIONS = {33.3: "⅓", 66.7: "⅔"}  # fractions the report writes in words
# How a value's exactness is written on a bar label.
EXACTNESS_PREFIX = {"exact": "", "approx": "~ ", "lower_bound": "> ", "upper_bound": "< "}


def value_label(value: float, exactness: str, unit: str, lang: str) -> str:
    """A bar label such as "86%", "> 75%", "~ 25%", "< 60%" or "3,7"."""
    if unit == "pp":
        return EXACTNESS_PREFIX[exactness] + fmt_pp(value, lang)
    if unit == "pct" and exactness != "exact" and round(value, 1) in FRACTIONS:
        # "ruim een derde" is stored as 33.3: written as the fraction, not as "33,3%"
        return EXACTNESS_PREFIX[exactness] + FRACTIONS[round(value, 1)]
    decimals = 0 if float(value).is_integer() else 1
    text = fmt_number(value, lang, decimals)
    if unit == "pct":
        text += "%"
    return EXACTNESS_PREFIX[exactness] + text


def hbar(rows, labels: list[str], colours: list[str], lang: str,
         title: str | None = None, xaxis_title: str | None = None) -> dict:
    """Horizontal bars, one per row of `rows` (value, exactness, unit; optional provenance),
    top to bottom. `rows`: a DataFrame or a dict of equally long column lists.

    Exact values are solid bars; bounds and approximations are drawn hatched with an open
    outline and labelled with >, < or ~, so that no reader takes them for exact numbers.
    """
    values, exactness, units = (list(rows[c]) for c in ("value", "exactness", "unit"))
    if not values:
        return theme.empty_figure(lang)
    texts = [value_label(v, e, u, lang) for v, e, u in zip(values, exactness, units)]
    origin = list(rows["provenance"]) if "provenance" in rows else [""] * len(values)
    hover = [f"{lab}: {txt}<br>{provenance.label(provenance.kind(e, o), lang, e)}"
             for lab, txt, e, o in zip(labels, texts, exactness, origin)]
    bar = dict(
        type="bar", x=values, y=labels, orientation="h",
        text=texts, textposition="outside", cliponaxis=False,
        hovertext=hover, hoverinfo="text",
        marker=dict(color=colours, line=dict(color=colours, width=2),
                    pattern=dict(shape=["" if e == "exact" else "/" for e in exactness],
                                 fillmode="overlay", fgcolor="white", size=8),
                    opacity=1.0),
    )
    max_value = max((float(v) for v in values if v is not None and v == v), default=float("nan"))
    pct = all(u == "pct" for u in units)
    xaxis = dict(range=[0, max(100.0, max_value * 1.15)] if pct else [0, max_value * 1.2],
                 ticksuffix="%" if pct else "")
    if xaxis_title:
        xaxis["title"] = dict(text=xaxis_title)
    return theme.figure([bar], theme.base_layout(
        lang, title, showlegend=False, height=max(220, 60 + 44 * len(values)), bargap=0.35,
        yaxis=dict(autorange="reversed"), xaxis=xaxis))


def grouped_hbar(slots: pd.DataFrame | list[dict], lang: str, title: str | None = None,
                 xaxis_title: str | None = None) -> dict:
    """Horizontal bars grouped by category: one row per slot, groups top to bottom.

    `slots` (a frame, or its records) has one row per (group, row) slot in drawing order, with
    columns group and row
    (the two levels of the y axis, e.g. category and country), value (NaN: nothing to draw),
    exactness, unit, colour, key (carried as customdata, to trace a bar to its source row)
    and empty_text (written in place of a bar when value is NaN, e.g. "niet gepubliceerd":
    a missing value is never drawn as zero). Bounds and approximations are hatched and
    labelled with >, < or ~, exactly as `hbar` does.
    """
    if len(slots) == 0:
        return theme.empty_figure(lang)
    column = Columns(slots)
    columns = ("group", "row", "value", "exactness", "unit", "colour", "key", "empty_text")
    group, row, value, exactness, unit, colours, key, empty_text = (column[c] for c in columns)
    present = [not pd.isna(v) for v in value]
    values = [float(v) if p else None for v, p in zip(value, present)]
    texts = [value_label(v, e, u, lang) if p else ""
             for v, e, u, p in zip(value, exactness, unit, present)]
    origin = column["provenance"] if "provenance" in column else [""] * len(value)
    kinds = [provenance.label(provenance.kind(e, o), lang, e) for e, o in zip(exactness, origin)]
    hover = [f"{g} – {r}: {txt}<br>{k}" if p else f"{g} – {r}: {m}"
             for g, r, txt, k, p, m in zip(group, row, texts, kinds, present, empty_text)]
    data = [dict(
        type="bar", x=values, y=[group, row], orientation="h", text=texts,
        textposition="outside", cliponaxis=False, hovertext=hover, hoverinfo="text",
        customdata=key, showlegend=False,
        marker=dict(color=colours, line=dict(color=colours, width=2),
                    pattern=dict(shape=["" if e == "exact" else "/" for e in exactness],
                                 fillmode="overlay", fgcolor="white", size=8),
                    opacity=1.0),
    )]
    missing = [i for i, p in enumerate(present) if not p]
    if missing:
        data.append(dict(
            type="scatter", x=[0.5] * len(missing),
            y=[[group[i] for i in missing], [row[i] for i in missing]], mode="text",
            text=[empty_text[i] for i in missing], textposition="middle right",
            textfont=dict(color="#52606D", size=14), hoverinfo="skip", showlegend=False,
            customdata=[key[i] for i in missing], name="empty"))
    pct = all(u == "pct" for u in unit)
    max_value = max([v for v in values if v is not None], default=0.0)
    xaxis = dict(range=[0, max(100.0, max_value * 1.15)] if pct else [0, max_value * 1.2],
                 ticksuffix="%" if pct else "")
    if xaxis_title:
        xaxis["title"] = dict(text=xaxis_title)
    return theme.figure(data, theme.base_layout(
        lang, title, showlegend=False, bargap=0.25,
        height=max(220, 70 + 34 * len(value) + 10 * len(set(group))),
        yaxis=dict(autorange="reversed", type="multicategory"), xaxis=xaxis))
