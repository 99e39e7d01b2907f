"""Bars of published figures that show exactness: bounds and approximations never look exact."""

from __future__ import annotations

import pandas as pd
import plotly.graph_objects as go

from components import provenance
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


def hbar(rows: pd.DataFrame, labels: list[str], colours: list[str], lang: str,
         title: str | None = None, xaxis_title: str | None = None) -> go.Figure:
    """Horizontal bars, one per row of `rows` (value, exactness, unit), top to bottom.

    Exact values are solid bars; bounds and approximations are drawn hatched with an open
    outline and labelled with >, < or ~, so that no reader takes them for exact numbers.
    """
    if rows.empty:
        return theme.empty_figure(lang)
    exact = rows["exactness"].eq("exact").tolist()
    texts = [value_label(v, e, u, lang)
             for v, e, u in zip(rows["value"], rows["exactness"], rows["unit"])]
    origin = rows["provenance"] if "provenance" in rows else pd.Series([""] * len(rows))
    hover = [f"{lab}: {txt}<br>{provenance.label(provenance.kind(e, o), lang, e)}"
             for lab, txt, e, o in zip(labels, texts, rows["exactness"], origin)]
    fig = go.Figure(go.Bar(
        x=rows["value"].tolist(), y=labels, orientation="h",
        text=texts, textposition="outside", cliponaxis=False,
        hovertext=hover, hoverinfo="text",
        marker=dict(color=colours, line=dict(color=colours, width=2),
                    pattern=dict(shape=["" if e else "/" for e in exact],
                                 fillmode="overlay", fgcolor="white", size=8),
                    opacity=1.0),
    ))
    max_value = float(rows["value"].max())
    fig.update_layout(**theme.base_layout(lang, title), showlegend=False,
                      height=max(220, 60 + 44 * len(rows)), bargap=0.35)
    fig.update_yaxes(autorange="reversed", title=None)
    fig.update_xaxes(range=[0, max(100.0, max_value * 1.15)] if rows["unit"].eq("pct").all()
                     else [0, max_value * 1.2], title=xaxis_title, ticksuffix="%"
                     if rows["unit"].eq("pct").all() else "")
    return fig


def grouped_hbar(slots: pd.DataFrame, lang: str, title: str | None = None,
                 xaxis_title: str | None = None) -> go.Figure:
    """Horizontal bars grouped by category: one row per slot, groups top to bottom.

    `slots` has one row per (group, row) slot in drawing order, with columns group and row
    (the two levels of the y axis, e.g. category and country), value (NaN: nothing to draw),
    exactness, unit, colour, key (carried as customdata, to trace a bar to its source row)
    and empty_text (written in place of a bar when value is NaN, e.g. "niet gepubliceerd":
    a missing value is never drawn as zero). Bounds and approximations are hatched and
    labelled with >, < or ~, exactly as `hbar` does.
    """
    if slots.empty:
        return theme.empty_figure(lang)
    present = slots["value"].notna().tolist()
    values = [float(v) if p else None for v, p in zip(slots["value"], present)]
    texts = [value_label(v, e, u, lang) if p else ""
             for v, e, u, p in zip(slots["value"], slots["exactness"], slots["unit"], present)]
    origin = slots["provenance"] if "provenance" in slots else pd.Series([""] * len(slots))
    kinds = [provenance.label(provenance.kind(e, o), lang, e)
             for e, o in zip(slots["exactness"], origin)]
    hover = [f"{g} – {r}: {txt}<br>{k}" if p else f"{g} – {r}: {m}"
             for g, r, txt, k, p, m in zip(slots["group"], slots["row"], texts,
                                           kinds, present, slots["empty_text"])]
    y = [slots["group"].tolist(), slots["row"].tolist()]
    colours = slots["colour"].tolist()
    fig = go.Figure(go.Bar(
        x=values, y=y, orientation="h", text=texts, textposition="outside", cliponaxis=False,
        hovertext=hover, hoverinfo="text", customdata=slots["key"].tolist(), showlegend=False,
        marker=dict(color=colours, line=dict(color=colours, width=2),
                    pattern=dict(shape=["" if e == "exact" else "/" for e in slots["exactness"]],
                                 fillmode="overlay", fgcolor="white", size=8),
                    opacity=1.0),
    ))
    missing = slots[[not p for p in present]]
    if not missing.empty:
        fig.add_trace(go.Scatter(
            x=[0.5] * len(missing), y=[missing["group"].tolist(), missing["row"].tolist()],
            mode="text", text=missing["empty_text"].tolist(), textposition="middle right",
            textfont=dict(color="#52606D", size=14), hoverinfo="skip", showlegend=False,
            customdata=missing["key"].tolist(), name="empty"))
    pct = slots["unit"].eq("pct").all()
    max_value = max([v for v in values if v is not None], default=0.0)
    fig.update_layout(**theme.base_layout(lang, title), showlegend=False, bargap=0.25,
                      height=max(220, 70 + 34 * len(slots) + 10 * slots["group"].nunique()))
    fig.update_yaxes(autorange="reversed", title=None, type="multicategory")
    fig.update_xaxes(range=[0, max(100.0, max_value * 1.15)] if pct else [0, max_value * 1.2],
                     title=xaxis_title, ticksuffix="%" if pct else "")
    return fig
