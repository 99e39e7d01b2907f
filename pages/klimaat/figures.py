"""Figures of the climate explorer, drawn from frames selected in data/klimaat.py.

Pure functions of (selected rows, state): no I/O, no data selection, no shared layout
mutated. Every builder returns an explanatory empty figure instead of raising.
"""

from __future__ import annotations

import textwrap

import numpy as np
import pandas as pd
import plotly.graph_objects as go

from components.figures import theme
from components.figures.published import hbar
from components.i18n import category_label, t
from components.published import edition_values
from data.klimaat import BREAKDOWN_INDICATOR, drawn_groups, edition_record
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

def box_hover(row: pd.Series, lang: str) -> str:
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


def tick_label(row: pd.Series, mine: str = "") -> str:
    """"Label (n = 12)"; the user's organisation's group (`mine`) gets a leading ◆."""
    mark = ORG_MARK if mine and row["group"] == mine else ""
    return f"{mark}{wrap(str(row['label']))} (n = {int(row['n'])})"


def org_group(rows: pd.DataFrame, state: KlimaatState) -> str:
    """The user's organisation's group when the box plot draws it, else ""."""
    mine = state.organisation.group(state.grouping)
    return mine if mine and mine in set(drawn_groups(rows)["group"]) else ""


def box_figure(rows: pd.DataFrame, state: KlimaatState) -> go.Figure:
    """Horizontal box plots: reference (all organisations) on top, then the groups.

    Traces in order: groups' boxes, reference box, means (X), and a transparent hover band
    per group that carries the formatted hover text. Small groups (no box statistics) show
    their mean only; their hover band spans the mean +- one sd.
    """
    lang = state.lang
    groups = drawn_groups(rows)
    ref = rows[rows["role"].eq("reference") & ~rows["suppressed"]]
    if groups.empty:
        key = "klimaat.box.none_selected" if not state.shown_groups else "klimaat.box.empty"
        return theme.empty_figure(lang, key)
    shown = pd.concat([ref, groups], ignore_index=True)
    mine = org_group(rows, state)
    labels = [tick_label(r, mine) for _, r in shown.iterrows()]
    hover = [box_hover(r, lang) for _, r in shown.iterrows()]
    n_ref = len(ref)
    is_mine = (shown["group"].eq(mine) & shown.index.to_series().ge(n_ref)).to_numpy() \
        if mine else np.zeros(len(shown), dtype=bool)

    def box(part: slice, name: str, fill: str, line: str, keep=None, width: int = 2,
            **extra) -> go.Box:
        sub = shown.iloc[part]
        boxed = sub["q1"].notna().to_numpy()
        if keep is not None:
            boxed = boxed & keep[part]
        sub = sub[boxed]
        return go.Box(orientation="h", y=[lab for lab, b in zip(labels[part], boxed) if b],
                      q1=sub["q1"].tolist(),
                      median=sub["median"].tolist(), q3=sub["q3"].tolist(),
                      lowerfence=sub["lower_whisker"].tolist(),
                      upperfence=sub["upper_whisker"].tolist(), boxpoints=False,
                      name=name, fillcolor=fill, line=dict(color=line, width=width),
                      whiskerwidth=0.6, width=0.55, hoverinfo="skip", **extra)

    fig = go.Figure()
    fig.add_trace(box(slice(n_ref, None), t("klimaat.box.legend_box", lang), BOX_FILL,
                      theme.PRIMARY, keep=~is_mine))
    if n_ref:
        fig.add_trace(box(slice(0, n_ref), t("klimaat.box.legend_reference", lang), REF_FILL,
                          REF_LINE))
    shapes = []
    if mine:
        org_name = f"{ORG_MARK}{t('org.legend', lang)}: {shown.loc[is_mine, 'label'].iloc[0]}"
        if shown.loc[is_mine, "q1"].notna().any():
            fig.add_trace(box(slice(n_ref, None), org_name, ORG_FILL, ORG_LINE, keep=is_mine,
                              width=3))
        else:  # a small group (mean only): its mean as an orange diamond
            fig.add_trace(go.Scatter(
                x=shown.loc[is_mine, "mean"].tolist(), y=[labels[int(np.argmax(is_mine))]],
                mode="markers", name=org_name, hoverinfo="skip",
                marker=dict(symbol="diamond", size=14, color=ORG_FILL,
                            line=dict(width=2, color=ORG_LINE))))
        row = int(np.argmax(is_mine))  # category position (the axis follows `labels`)
        shapes.append(dict(type="rect", xref="paper", x0=0, x1=1, yref="y", y0=row - 0.5,
                           y1=row + 0.5, fillcolor=ORG_BAND, line=dict(width=0),
                           layer="below"))
    fig.add_trace(go.Scatter(
        x=shown["mean"].tolist(), y=labels, mode="markers", name=t("klimaat.box.legend_mean", lang),
        marker=dict(symbol="x", size=11, color=MEAN_COLOUR, line=dict(width=1, color="white")),
        hovertext=hover, hoverinfo="text"))
    mean = shown["mean"].to_numpy(float)
    spread = np.nan_to_num(shown["sd"].to_numpy(float), nan=0.1)
    low = np.where(shown["q1"].isna(), np.maximum(mean - spread, SCORE_RANGE[0]),
                   shown["lower_whisker"].to_numpy(float))
    high = np.where(shown["q1"].isna(), np.minimum(mean + spread, SCORE_RANGE[1]),
                    shown["upper_whisker"].to_numpy(float))
    fig.add_trace(go.Bar(
        orientation="h", y=labels, base=low.tolist(), x=(high - low).tolist(), width=0.6,
        marker=dict(color="rgba(0,0,0,0)"), hovertext=hover, hoverinfo="text",
        showlegend=False, name=t("klimaat.box.hover_band", lang)))
    ref_centre = ref["median"].fillna(ref["mean"])
    shapes += [vline(float(ref_centre.iloc[0]), REF_LINE, "dot")] if n_ref else []
    fig.update_layout(**theme.base_layout(lang), height=max(300, 110 + 46 * len(shown)),
                      shapes=shapes,
                      hovermode="closest", barmode="overlay", boxmode="overlay",
                      legend=dict(orientation="h", yanchor="bottom", y=1.0, x=0))
    fig.update_yaxes(categoryorder="array", categoryarray=labels, autorange="reversed",
                     title=None)
    fig.update_xaxes(range=SCORE_RANGE, dtick=0.5, title=t("klimaat.axis.score", lang))
    return fig


# ----------------------------------------------------------------- climate groups (17)

def climate_groups_figure(bins: pd.DataFrame, groups: pd.DataFrame,
                          state: KlimaatState) -> go.Figure:
    """Histogram of scores (bins of 0,25), cut-offs 3,6 and 4,0, share per climate group."""
    lang = state.lang
    if bins.empty or bins["suppressed"].all():
        return theme.empty_figure(lang, "klimaat.population.empty")
    values = [_bar_value(s, b) for s, b in zip(bins["share"], bins["share_bound"])]
    exact = [b == "exact" for b in bins["share_bound"]]
    hover = [f"{score(lo, lang)}–{score(hi, lang)}: {share_text(s, b, lang)}"
             for lo, hi, s, b in zip(bins["lo"], bins["hi"], bins["share"], bins["share_bound"])]
    fig = go.Figure(go.Bar(
        x=((bins["lo"] + bins["hi"]) / 2).tolist(), y=values, width=0.23,
        name=t("klimaat.groups.legend_bins", lang), hovertext=hover, hoverinfo="text",
        marker=dict(color=theme.PRIMARY, line=dict(color=theme.PRIMARY, width=1.5),
                    pattern=dict(shape=["" if e else "/" for e in exact], fillmode="overlay",
                                 fgcolor="white", size=6))))
    regions = {"beperkt": (q.LIKERT_MIN, q.CLIMATE_CUT_LOW),
               "gemiddeld": (q.CLIMATE_CUT_LOW, q.CLIMATE_CUT_HIGH),
               "krachtig": (q.CLIMATE_CUT_HIGH, q.LIKERT_MAX)}
    share_of = {r["category"]: share_text(r["share"], r["share_bound"], lang)
                for _, r in groups.iterrows()}
    shapes, legend = [], []
    for group, (lo, hi) in regions.items():
        colour = theme.CLIMATE_GROUP_COLOURS[group]
        shapes.append(dict(type="rect", x0=lo, x1=hi, y0=0, y1=1, xref="x", yref="paper",
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
    fig.update_layout(**theme.base_layout(lang), height=380, showlegend=False,
                      margin=dict(t=70), bargap=0.05, shapes=shapes, annotations=notes)
    fig.update_xaxes(range=SCORE_RANGE, dtick=0.5, title=t("klimaat.axis.score", lang))
    fig.update_yaxes(range=[0, top * 1.15], ticksuffix="%",
                     title=t("klimaat.axis.share_orgs", lang))
    return fig


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


def breakdown_figure(rows: pd.DataFrame, state: KlimaatState) -> go.Figure:
    """Grouped horizontal bars: per category one bar per climate group (krachtig first)."""
    lang = state.lang
    if rows.empty or rows["suppressed"].all():
        return theme.empty_figure(lang, breakdown_empty_key(state))
    categories = list(dict.fromkeys(rows["category"]))
    labels = [wrap(breakdown_label(c, state), 34) for c in categories]
    fig = go.Figure()
    for group in q.CLIMATE_GROUPS:
        part = rows[rows["group"].eq(group)].set_index("category").reindex(categories)
        if part["suppressed"].fillna(True).all():
            continue
        colour = theme.CLIMATE_GROUP_COLOURS[group]
        texts = [share_text(s, b, lang) for s, b in zip(part["share"], part["share_bound"])]
        n = part["n"].dropna()
        name = category_label("climate_group", group, lang)
        fig.add_trace(go.Bar(
            orientation="h", y=labels, name=f"{name} (n = {int(n.iloc[0])})" if len(n) else name,
            x=[_bar_value(s, b) for s, b in zip(part["share"], part["share_bound"])],
            text=texts, textposition="outside", cliponaxis=False,
            hovertext=[f"{name}: {tx}<br>{lab}" for tx, lab in zip(texts, labels)],
            hoverinfo="text",
            marker=dict(color=colour, line=dict(color=colour, width=1.5),
                        pattern=dict(shape=["" if b == "exact" else "/"
                                            for b in part["share_bound"]],
                                     fillmode="overlay", fgcolor="white", size=6))))
    fig.update_layout(**theme.base_layout(lang), barmode="group", bargap=0.25, showlegend=True,
                      height=max(280, 120 + 26 * len(fig.data) * len(categories)),
                      legend=dict(orientation="h", yanchor="bottom", y=1.0, x=0,
                                  traceorder="normal"))
    fig.update_yaxes(autorange="reversed", title=None)
    fig.update_xaxes(range=[0, 110], ticksuffix="%", title=t("klimaat.axis.share_orgs", lang))
    return fig


# ------------------------------------------------------------------- statements (15)

def statement_label(row: pd.Series, lang: str, width: int | None = None) -> str:
    """Statement text marked as paraphrase (report's or by theme) and * when not in scale."""
    text = t(f"item.{row['category']}", lang)
    mark = t(f"klimaat.statements.mark_{row['paraphrase']}", lang)
    label = f"{text} ({mark})"
    return (wrap(label, width) if width else label) + ("" if row["in_scale"] else " *")


def statements_figure(rows: pd.DataFrame, state: KlimaatState) -> go.Figure:
    """Share agreeing per statement; items outside the scale in grey."""
    lang = state.lang
    rows = rows[~rows["suppressed"]]
    if rows.empty:
        return theme.empty_figure(lang, "klimaat.population.empty")
    table = pd.DataFrame({
        "value": [_bar_value(s, b) for s, b in zip(rows["share"], rows["share_bound"])],
        "exactness": [BOUND_EXACTNESS[b] for b in rows["share_bound"]],
        "unit": "pct", "provenance": "synthetic"})
    labels = [statement_label(r, lang, 48) for _, r in rows.iterrows()]
    colours = [theme.PRIMARY if s else theme.MUTED for s in rows["in_scale"]]
    return hbar(table, labels, colours, lang, xaxis_title=t("klimaat.axis.share_agree", lang))


# ----------------------------------------------------------------- within / between

def variance_parts(row: pd.Series) -> tuple[float, float]:
    """(within, between) in percent of the total variance."""
    between = 100.0 * float(row["eta_squared"])
    return 100.0 - between, between


def pct_text(value: float, lang: str) -> str:
    return fmt_number(value, lang, 1 if value < 10 or value > 90 else 0) + "%"


def variance_figure(rows: pd.DataFrame, state: KlimaatState) -> go.Figure:
    """One 100% bar: the share of the variance within versus between the groups."""
    lang = state.lang
    rows = rows[~rows["suppressed"]]
    if rows.empty or np.isnan(float(rows["eta_squared"].iloc[0])):
        return theme.empty_figure(lang, "klimaat.population.empty")
    within, between = variance_parts(rows.iloc[0])
    y = [t(f"klimaat.grouping_plural.{state.grouping}", lang).capitalize()]
    fig = go.Figure()
    for key, value, colour in (("within", within, theme.PRIMARY),
                               ("between", between, "#E69F00")):
        fig.add_trace(go.Bar(
            orientation="h", y=y, x=[value], name=t(f"klimaat.variance.{key}", lang),
            marker=dict(color=colour), text=[pct_text(value, lang)],
            textposition="inside" if value >= 8 else "outside", insidetextanchor="middle",
            hovertext=[f"{t(f'klimaat.variance.{key}', lang)}: {pct_text(value, lang)}"],
            hoverinfo="text", textfont=dict(color="white" if key == "within" else "#1F2933")))
    fig.update_layout(**theme.base_layout(lang), barmode="stack", height=200, bargap=0.35,
                      legend=dict(orientation="h", yanchor="bottom", y=1.02, x=0))
    fig.update_xaxes(range=[0, 100], ticksuffix="%", dtick=10)
    fig.update_yaxes(title=None)
    return fig
