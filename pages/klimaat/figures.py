"""Figures of the climate explorer, drawn from frames selected in data/klimaat.py.

Pure functions of (selected rows, state): no I/O, no data selection, no shared layout
mutated. Every builder returns an explanatory empty figure instead of raising.
"""

from __future__ import annotations

import textwrap

import numpy as np
import pandas as pd

from components.figures import theme
from components.figures.published import hbar
from components.i18n import category_label, t
from components.published import edition_values
from data.klimaat import BREAKDOWN_INDICATOR, drawn_records, edition_record
from pages.klimaat.state import KlimaatState
from components.numbers import fmt_number, share_text
from data import questionnaire as q
from data import schema

SCORE_RANGE = [q.LIKERT_MIN - 0.05, q.LIKERT_MAX + 0.05]
BOX_FILL, REF_FILL, REF_LINE = "#CFE0F3", "#E4E7EB", "#52606D"
MEAN_COLOUR = "#1F2933"
# "Mijn organisatie": an orange box with a heavy outline, a band behind its row, ◆ in its label
ORG_FILL, ORG_LINE, ORG_BAND = "#FFD8A8", "#A34E00", "rgba(230,159,0,0.16)"
ORG_MARK = "◆ "
BOUND_VALUE = {"below": schema.SHARE_BOUND_LOW, "above": schema.SHARE_BOUND_HIGH}
BOUND_EXACTNESS = {"exact": "exact", "below": "upper_bound", "above": "lower_bound"}


def wrap(label: str, width: int = 38) -> str:
    """A long label broken over lines (plotly <br>) so horizontal charts stay narrow."""
    return "<br>".join(textwrap.wrap(label, width)) or label


def score(value: float, lang: str, decimals: int = 2) -> str:
    return fmt_number(float(value), lang, decimals)


def vline(x: float, colour: str, dash: str) -> dict:
    """A vertical line over the whole plot height (a layout shape)."""
    return dict(type="line", x0=x, x1=x, y0=0, y1=1, xref="x", yref="paper",
                line=dict(color=colour, dash=dash, width=1.5))


def _bar_value(share: float, bound: str | None) -> float | None:
    if bound in BOUND_VALUE:
        return BOUND_VALUE[bound]
    return None if pd.isna(share) else float(share)


# ------------------------------------------------------------------------------ boxes

def box_hover(row: dict, lang: str) -> str:
    """The hover text of one box: n, quartiles, mean and whiskers in the language's format
    (a small group without a box: n, mean and sd), with the perturbation label."""
    head = [f"<b>{row['label']}</b>", f"n = {int(row['n'])}"]
    mean = [f"{t('klimaat.stat.mean', lang)}: {score(row['mean'], lang)}"]
    tail = [f"<i>{t('klimaat.stat.perturbed', lang)}</i>"]
    if pd.isna(row["q1"]):
        return "<br>".join([*head, *mean, f"{t('klimaat.stat.sd', lang)}: "
                            f"{score(row['sd'], lang)}", t("klimaat.stat.no_box", lang), *tail])
    rule = t(f"klimaat.whiskers.{row['whisker_rule']}", lang)
    return "<br>".join([
        *head,
        f"Q1: {score(row['q1'], lang)}",
        f"{t('klimaat.stat.median', lang)}: {score(row['median'], lang)}",
        f"Q3: {score(row['q3'], lang)}",
        *mean,
        f"{t('klimaat.stat.whiskers', lang)}: {score(row['lower_whisker'], lang, 1)} – "
        f"{score(row['upper_whisker'], lang, 1)} ({rule})",
        *tail,
    ])


def tick_label(row, mine: str = "") -> str:
    """"Label (n = 12)"; the user's organisation's group (`mine`) gets a leading ◆."""
    mark = ORG_MARK if mine and row["group"] == mine else ""
    return f"{mark}{wrap(str(row['label']))} (n = {int(row['n'])})"


def org_group(records: list[dict], state: KlimaatState) -> str:
    """The user's organisation's group when the box plot draws it, else "" (`records`:
    data/klimaat.py box_records)."""
    mine = state.organisation.group(state.grouping)
    return mine if mine and any(r["group"] == mine for r in drawn_records(records)) else ""


def box_figure(records: list[dict], state: KlimaatState) -> dict:
    """Horizontal box plots: reference (all organisations) on top, then the groups.

    Traces in order: groups' boxes, reference box, means (X), and a transparent hover band
    per group that carries the formatted hover text. Small groups (no box statistics) show
    their mean only; their hover band spans the mean +- one sd.
    """
    lang = state.lang
    groups = drawn_records(records)
    ref = [r for r in records if r["role"] == "reference" and not r["suppressed"]]
    if not groups:
        key = "klimaat.box.none_selected" if not state.shown_groups else "klimaat.box.empty"
        return theme.empty_figure(lang, key)
    shown = ref + groups
    mine = org_group(records, state)
    labels = [tick_label(r, mine) for r in shown]
    hover = [box_hover(r, lang) for r in shown]
    boxed = [not pd.isna(r["q1"]) for r in shown]
    n_ref = len(ref)
    is_mine = [bool(mine) and i >= n_ref and r["group"] == mine for i, r in enumerate(shown)]

    def box(part: slice, name: str, fill: str, line: str, org: bool | None = None,
            width: int = 2) -> dict:
        sub = [(r, label) for r, label, b, m in zip(shown[part], labels[part], boxed[part],
                                                    is_mine[part])
               if b and (org is None or m == org)]
        return dict(type="box", orientation="h", y=[label for _, label in sub],
                    q1=[r["q1"] for r, _ in sub], median=[r["median"] for r, _ in sub],
                    q3=[r["q3"] for r, _ in sub],
                    lowerfence=[r["lower_whisker"] for r, _ in sub],
                    upperfence=[r["upper_whisker"] for r, _ in sub], boxpoints=False,
                    name=name, fillcolor=fill, line=dict(color=line, width=width),
                    whiskerwidth=0.6, width=0.55, hoverinfo="skip")

    data = [box(slice(n_ref, None), t("klimaat.box.legend_box", lang), BOX_FILL,
                theme.PRIMARY, org=False)]
    if n_ref:
        data.append(box(slice(0, n_ref), t("klimaat.box.legend_reference", lang), REF_FILL,
                        REF_LINE))
    shapes = []
    if mine:  # the user's organisation: an orange box (or diamond) and a band behind its row
        row = is_mine.index(True)  # its category position (the axis follows `labels`)
        org_name = f"{ORG_MARK}{t('org.legend', lang)}: {shown[row]['label']}"
        if boxed[row]:
            data.append(box(slice(n_ref, None), org_name, ORG_FILL, ORG_LINE, org=True,
                            width=3))
        else:  # a small group (mean only): its mean as an orange diamond
            data.append(dict(type="scatter", x=[shown[row]["mean"]], y=[labels[row]],
                             mode="markers", name=org_name, hoverinfo="skip",
                             marker=dict(symbol="diamond", size=14, color=ORG_FILL,
                                         line=dict(width=2, color=ORG_LINE))))
        shapes.append(dict(type="rect", xref="paper", x0=0, x1=1, yref="y", y0=row - 0.5,
                           y1=row + 0.5, fillcolor=ORG_BAND, line=dict(width=0),
                           layer="below"))
    data.append(dict(
        type="scatter", x=[r["mean"] for r in shown], y=labels, mode="markers",
        name=t("klimaat.box.legend_mean", lang),
        marker=dict(symbol="x", size=11, color=MEAN_COLOUR, line=dict(width=1, color="white")),
        hovertext=hover, hoverinfo="text"))
    low, high = [], []
    for r, has_box in zip(shown, boxed):
        if has_box:
            low.append(float(r["lower_whisker"]))
            high.append(float(r["upper_whisker"]))
        else:  # the mean +- one sd (0.1 when unknown), inside the score range
            mean = float(r["mean"])
            spread = 0.1 if pd.isna(r["sd"]) else float(r["sd"])
            low.append(max(mean - spread, SCORE_RANGE[0]))
            high.append(min(mean + spread, SCORE_RANGE[1]))
    data.append(dict(
        type="bar", orientation="h", y=labels, base=low, x=[h - lo for h, lo in zip(high, low)],
        width=0.6, marker=dict(color="rgba(0,0,0,0)"), hovertext=hover, hoverinfo="text",
        showlegend=False, name=t("klimaat.box.hover_band", lang)))
    if n_ref:
        centre = shown[0]["median"]
        shapes.append(vline(float(shown[0]["mean"] if pd.isna(centre) else centre), REF_LINE,
                            "dot"))
    return theme.figure(data, theme.base_layout(
        lang, height=max(300, 110 + 46 * len(shown)), shapes=shapes, hovermode="closest",
        barmode="overlay", boxmode="overlay",
        legend=dict(orientation="h", yanchor="bottom", y=1.0, x=0),
        yaxis=dict(categoryorder="array", categoryarray=labels, autorange="reversed"),
        xaxis=dict(range=SCORE_RANGE, dtick=0.5,
                   title=dict(text=t("klimaat.axis.score", lang)))))


# ----------------------------------------------------------------- climate groups (17)

def climate_groups_figure(bins: list[dict], groups: list[dict], state: KlimaatState) -> dict:
    """Histogram of scores (bins of 0,25), cut-offs 3,6 and 4,0, share per climate group
    (data/klimaat.py bin_records and group_share_records)."""
    lang = state.lang
    if all(r["suppressed"] for r in bins):
        return theme.empty_figure(lang, "klimaat.population.empty")
    lo, hi = [r["lo"] for r in bins], [r["hi"] for r in bins]
    shares, bounds = [r["share"] for r in bins], [r["share_bound"] for r in bins]
    values = [_bar_value(s, b) for s, b in zip(shares, bounds)]
    hover = [f"{score(a, lang)}–{score(b, lang)}: {share_text(s, bound, lang)}"
             for a, b, s, bound in zip(lo, hi, shares, bounds)]
    bars = dict(
        type="bar", x=[(a + b) / 2 for a, b in zip(lo, hi)], y=values, width=0.23,
        name=t("klimaat.groups.legend_bins", lang), hovertext=hover, hoverinfo="text",
        marker=dict(color=theme.PRIMARY, line=dict(color=theme.PRIMARY, width=1.5),
                    pattern=dict(shape=["" if b == "exact" else "/" for b in bounds],
                                 fillmode="overlay", fgcolor="white", size=6)))
    regions = {"beperkt": (q.LIKERT_MIN, q.CLIMATE_CUT_LOW),
               "gemiddeld": (q.CLIMATE_CUT_LOW, q.CLIMATE_CUT_HIGH),
               "krachtig": (q.CLIMATE_CUT_HIGH, q.LIKERT_MAX)}
    share_of = {r["category"]: share_text(r["share"], r["share_bound"], lang) for r in groups}
    shapes, legend = [], []
    for group, (x0, x1) in regions.items():
        colour = theme.CLIMATE_GROUP_COLOURS[group]
        shapes.append(dict(type="rect", x0=x0, x1=x1, y0=0, y1=1, xref="x", yref="paper",
                           fillcolor=colour, opacity=0.10, line=dict(width=0), layer="below"))
        legend.append(f"<span style='color:{colour}'><b>"
                      f"{category_label('climate_group', group, lang)}</b>: "
                      f"{share_of.get(group, '–')}</span>")
    notes = [dict(x=0, y=1.02, xref="paper", yref="paper", xanchor="left", yanchor="bottom",
                  showarrow=False, font=dict(size=14), text="   ".join(legend))]
    for cut in (q.CLIMATE_CUT_LOW, q.CLIMATE_CUT_HIGH):
        shapes.append(vline(cut, "#1F2933", "dash"))
        notes.append(dict(x=cut, y=0.93, xref="x", yref="paper", xanchor="right",
                          showarrow=False, text=score(cut, lang, 1), font=dict(size=12)))
    top = max([v for v in values if v is not None] or [10.0])
    return theme.figure([bars], theme.base_layout(
        lang, height=380, showlegend=False, margin=dict(t=70), bargap=0.05, shapes=shapes,
        annotations=notes,
        xaxis=dict(range=SCORE_RANGE, dtick=0.5, title=dict(text=t("klimaat.axis.score", lang))),
        yaxis=dict(range=[0, top * 1.15], ticksuffix="%",
                   title=dict(text=t("klimaat.axis.share_orgs", lang)))))


# ------------------------------------------------------------------ breakdown (18-21)

def breakdown_empty_key(state: KlimaatState) -> str:
    """Why a breakdown can be empty for this state (the empty figure's message)."""
    if state.breakdown == "frequency" and state.innovated != "all":
        return "klimaat.breakdown.freq_filtered"
    if state.breakdown != "frequency" and state.innovated == "no":
        return "klimaat.breakdown.innovators_only"
    return "klimaat.population.empty"


def breakdown_label(category: str, state: KlimaatState) -> str:
    if state.breakdown == "frequency":
        return t("klimaat.breakdown.innovated", state.lang,
                 **edition_values(edition_record(state.edition or None), state.lang))
    return category_label(BREAKDOWN_INDICATOR[state.breakdown], category, state.lang)


def breakdown_figure(records: list[dict], state: KlimaatState) -> dict:
    """Grouped horizontal bars: per category one bar per climate group (krachtig first;
    `records`: data/klimaat.py breakdown_records)."""
    lang = state.lang
    if all(r["suppressed"] for r in records):
        return theme.empty_figure(lang, breakdown_empty_key(state))
    categories = list(dict.fromkeys(r["category"] for r in records))
    labels = [wrap(breakdown_label(c, state), 34) for c in categories]
    missing = {"share": np.nan, "share_bound": np.nan, "n": None, "suppressed": True}
    data = []
    for group in q.CLIMATE_GROUPS:
        mine = {r["category"]: r for r in records if r["group"] == group}
        part = [mine.get(c, missing) for c in categories]
        if all(r["suppressed"] for r in part):
            continue
        colour = theme.CLIMATE_GROUP_COLOURS[group]
        texts = [share_text(r["share"], r["share_bound"], lang) for r in part]
        n = [r["n"] for r in part if not pd.isna(r["n"])]
        name = category_label("climate_group", group, lang)
        data.append(dict(
            type="bar", orientation="h", y=labels,
            name=f"{name} (n = {int(n[0])})" if n else name,
            x=[_bar_value(r["share"], r["share_bound"]) for r in part],
            text=texts, textposition="outside", cliponaxis=False,
            hovertext=[f"{name}: {tx}<br>{lab}" for tx, lab in zip(texts, labels)],
            hoverinfo="text",
            marker=dict(color=colour, line=dict(color=colour, width=1.5),
                        pattern=dict(shape=["" if r["share_bound"] == "exact" else "/"
                                            for r in part],
                                     fillmode="overlay", fgcolor="white", size=6))))
    return theme.figure(data, theme.base_layout(
        lang, barmode="group", bargap=0.25, showlegend=True,
        height=max(280, 120 + 26 * len(data) * len(categories)),
        legend=dict(orientation="h", yanchor="bottom", y=1.0, x=0, traceorder="normal"),
        yaxis=dict(autorange="reversed"),
        xaxis=dict(range=[0, 110], ticksuffix="%",
                   title=dict(text=t("klimaat.axis.share_orgs", lang)))))


# ------------------------------------------------------------------- statements (15)

def statement_label(row: dict, lang: str, width: int | None = None) -> str:
    """Statement text marked as paraphrase (report's or by theme) and * when not in scale."""
    text = t(f"item.{row['category']}", lang)
    mark = t(f"klimaat.statements.mark_{row['paraphrase']}", lang)
    label = f"{text} ({mark})"
    return (wrap(label, width) if width else label) + ("" if row["in_scale"] else " *")


def statements_figure(records: list[dict], state: KlimaatState) -> dict:
    """Share agreeing per statement; items outside the scale in grey (`records`:
    data/klimaat.py statement_records)."""
    lang = state.lang
    records = [r for r in records if not r["suppressed"]]
    if not records:
        return theme.empty_figure(lang, "klimaat.population.empty")
    table = {
        "value": [_bar_value(r["share"], r["share_bound"]) for r in records],
        "exactness": [BOUND_EXACTNESS[r["share_bound"]] for r in records],
        "unit": ["pct"] * len(records), "provenance": ["synthetic"] * len(records)}
    labels = [statement_label(r, lang, 48) for r in records]
    colours = [theme.PRIMARY if r["in_scale"] else theme.MUTED for r in records]
    return hbar(table, labels, colours, lang, xaxis_title=t("klimaat.axis.share_agree", lang))


# ----------------------------------------------------------------- within / between

def variance_parts(row: dict) -> tuple[float, float]:
    """(within, between) in percent of the total variance."""
    between = 100.0 * float(row["eta_squared"])
    return 100.0 - between, between


def pct_text(value: float, lang: str) -> str:
    return fmt_number(value, lang, 1 if value < 10 or value > 90 else 0) + "%"


def variance_figure(records: list[dict], state: KlimaatState) -> dict:
    """One 100% bar: the share of the variance within versus between the groups (`records`:
    data/klimaat.py variance_records)."""
    lang = state.lang
    published = [r for r in records if not r["suppressed"]]
    if not published or np.isnan(float(published[0]["eta_squared"])):
        return theme.empty_figure(lang, "klimaat.population.empty")
    within, between = variance_parts(published[0])
    y = [t(f"klimaat.grouping_plural.{state.grouping}", lang).capitalize()]
    data = []
    for key, value, colour in (("within", within, theme.PRIMARY),
                               ("between", between, "#E69F00")):
        data.append(dict(
            type="bar", orientation="h", y=y, x=[value], name=t(f"klimaat.variance.{key}", lang),
            marker=dict(color=colour), text=[pct_text(value, lang)],
            textposition="inside" if value >= 8 else "outside", insidetextanchor="middle",
            hovertext=[f"{t(f'klimaat.variance.{key}', lang)}: {pct_text(value, lang)}"],
            hoverinfo="text", textfont=dict(color="white" if key == "within" else "#1F2933")))
    return theme.figure(data, theme.base_layout(
        lang, barmode="stack", height=200, bargap=0.35,
        legend=dict(orientation="h", yanchor="bottom", y=1.02, x=0),
        xaxis=dict(range=[0, 100], ticksuffix="%", dtick=10)))
