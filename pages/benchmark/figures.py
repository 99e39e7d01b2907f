"""Benchmark computations and figure: score, peer groups, percentile, box position, statements.

Pure functions of the aggregate frames (data/schema.py) and the page state; nothing here
reads files, logs or keeps the answers. The score is questionnaire.scale_score, the rule the
pipeline applies to every organisation.
"""

from __future__ import annotations

import math
import textwrap
from dataclasses import dataclass

import numpy as np
import pandas as pd

from components.figures import theme
from components.i18n import group_label, t
from components.numbers import fmt_number
from data import questionnaire as q
from data import schema
from data.cube import kept_positions, per_frame, whole_population
from pages.benchmark.state import LIKERT_VALUES, PEER_GROUPINGS, likert_values

GRID_TOL = 1e-9
# Shares published only as a bound ("< 10%", "> 90%") sort as if they were these values.
BOUND_STAND_IN = {"below": schema.SHARE_BOUND_LOW / 2,
                  "above": (100 + schema.SHARE_BOUND_HIGH) / 2}
YOU = "#1F2933"  # the organisation's marker: near-black, distinct from the blue boxes
# Group names as text need 4.5:1 contrast on white: the amber of "gemiddeld" is darkened.
GROUP_TEXT = {**theme.CLIMATE_GROUP_COLOURS, "gemiddeld": "#8A5A00"}


# ------------------------------------------------------------------------------- score

@dataclass(frozen=True)
class Score:
    """The organisation's climate score (None below the minimum) and its climate group."""

    value: float | None
    answered: int             # statements answered 1-5 ("weet niet" is not an answer)
    group: str | None

    @property
    def missing(self) -> int:
        """How many more statements need an answer before there is a score."""
        return max(0, q.MIN_SCALE_ITEMS_ANSWERED - self.answered)


def score_of(tokens: tuple[str, ...]) -> Score:
    """Score and group for the answer tokens (SCALE_ITEMS order), by the pipeline's rule."""
    values = likert_values(tokens)
    value = q.scale_score(values)
    answered = sum(v is not None for v in values)
    return Score(value, answered, None if value is None else q.climate_group(value))


# ------------------------------------------------------------------------- peer groups

@dataclass(frozen=True)
class Peer:
    """A published peer group: grouping, group and the organisations with a score (n)."""

    grouping: str
    group: str
    n: int


@per_frame
def published_peers(percentiles: pd.DataFrame) -> dict[tuple[str, str], int]:
    """(grouping, group) -> n of every peer group with a published percentile grid (once per
    table: do not change it)."""
    rows = whole_population(percentiles)
    rows = rows[rows["n"].notna() & (rows["n"].fillna(0) >= schema.MIN_CELL)]
    first = rows.groupby([rows["grouping"].astype("string"), rows["group"].astype("string")],
                         sort=False)["n"].first()
    return {(str(g), str(v)): int(n) for (g, v), n in first.items()}


def peer_options(percentiles: pd.DataFrame, profile: dict[str, str],
                 ) -> tuple[list[Peer], list[tuple[str, str]]]:
    """Peer groups offered for this profile, and the profile's groups that are withheld."""
    published = published_peers(percentiles)
    offered, withheld = [], []
    for grouping in PEER_GROUPINGS:
        group = profile.get(grouping, "")
        if not group:
            continue
        n = published.get((grouping, group))
        if n is None:
            withheld.append((grouping, group))
        else:
            offered.append(Peer(grouping, group, n))
    return offered, withheld


def resolve_peer(requested: str, offered: list[Peer]) -> Peer | None:
    """The requested peer grouping if offered, else the first offered one (None if none)."""
    for peer in offered:
        if peer.grouping == requested:
            return peer
    return offered[0] if offered else None


# -------------------------------------------------------------------------- percentile

@dataclass(frozen=True)
class Percentile:
    """Share of the peer group scoring below the score: estimate (rounded to the band the
    disclosure control allows) and the grid's bracket."""

    value: float
    low: float
    high: float
    on_grid: bool
    band: float = 1.0

    @property
    def shown(self) -> float:
        """The estimate as the page shows it: rounded to the band (half up)."""
        return min(100.0, float(np.floor(self.value / self.band + 0.5) * self.band))


@per_frame
def percentile_grid(percentiles: pd.DataFrame, peer: Peer) -> pd.DataFrame:
    """The peer group's grid (score, pct_below, pct_at_or_below, pct_band), by score (once
    per table and peer: do not change it)."""
    rows = whole_population(percentiles)
    rows = rows[rows["grouping"].astype("string").eq(peer.grouping).to_numpy(dtype=bool)
                & rows["group"].astype("string").eq(peer.group).to_numpy(dtype=bool)]
    return rows[["score", "pct_below", "pct_at_or_below", "pct_band"]].sort_values(
        "score").reset_index(drop=True)


def lookup_percentile(grid: pd.DataFrame, score: float) -> Percentile:
    """Percent of the group scoring below `score`, interpolated on the coarse grid.

    The estimate is the linear interpolation of pct_below between the grid scores around
    `score` (g0 < score <= g1; at a grid score, that score's pct_below): a continuous
    function of the score that never jumps, so no score can be read off as one where the
    answer changes abruptly. low and high are pct_below at g0 and g1. The grid's values are
    rounded to the group's band (pct_band, disclosure control); `shown` rounds the estimate
    to the same band.
    """
    if grid.empty:
        raise ValueError("empty percentile grid")
    band = float(grid["pct_band"].iloc[0]) if "pct_band" in grid.columns else 1.0
    scores = grid["score"].to_numpy(dtype=float)
    below = grid["pct_below"].to_numpy(dtype=float)
    on_grid = bool((np.abs(scores - score) <= GRID_TOL).any())
    upper = int(np.searchsorted(scores, score - GRID_TOL, side="left"))
    if upper == 0:  # at or below the first grid score: nobody scores lower
        return Percentile(float(below[0]), 0.0, float(below[0]), on_grid, band)
    if upper == len(scores):  # above the grid
        value = float(below[-1])
        return Percentile(value, value, 100.0, False, band)
    g0, g1 = scores[upper - 1], scores[upper]
    lo, hi = float(below[upper - 1]), float(below[upper])
    value = lo + (hi - lo) * (min(score, g1) - g0) / (g1 - g0)
    return Percentile(value, lo, max(lo, hi), on_grid, band)


def grid_step(grid: pd.DataFrame) -> float:
    """The grid's step in score points (schema.PERCENTILE_STEP)."""
    scores = np.sort(grid["score"].to_numpy(dtype=float))
    return float(np.round(np.min(np.diff(scores)), 4)) if len(scores) > 1 else 0.0


# --------------------------------------------------------------------------------- box

@per_frame
def box_row(box: pd.DataFrame, peer: Peer) -> pd.Series | None:
    """The peer group's published box statistics (population all), or None (withheld, or
    a small group without box statistics); once per table and peer: do not change it."""
    rows = whole_population(box)
    rows = rows[rows["grouping"].astype("string").eq(peer.grouping).to_numpy(dtype=bool)
                & rows["group"].astype("string").eq(peer.group).to_numpy(dtype=bool)
                & ~rows["suppressed"].to_numpy(dtype=bool)
                & rows["q1"].notna().to_numpy(dtype=bool)]
    return None if rows.empty else rows.iloc[0]


def peer_label(peer: Peer, lang: str) -> str:
    """A short name of the group, e.g. "Gemeenten" or "Alle organisaties"."""
    return group_label(peer.grouping, peer.group, lang)


def _num(value) -> float | None:
    return None if value is None or pd.isna(value) else float(value)


def axis_label(label: str, width: int = 22) -> str:
    """A group name wrapped onto short lines, so long cluster names leave room for the plot."""
    return "<br>".join(textwrap.wrap(label, width)) or label


def position_figure(boxes: list[tuple[str, pd.Series]], score: float, lang: str) -> dict:
    """One horizontal box per (label, box row), the organisation's score as a marker on each.

    Dashed lines mark the report's climate-group cut-offs (3,6 and 4,0).
    """
    if not boxes:
        return theme.empty_figure(lang)
    # Plain dicts: no plotly validation per request (theme.figure).
    boxes = [(axis_label(label), row) for label, row in boxes]
    labels = [label for label, _ in boxes]
    traces: list[dict] = []
    for label, row in boxes:
        traces.append(dict(
            type="box", y=[label], q1=[_num(row["q1"])], median=[_num(row["median"])],
            q3=[_num(row["q3"])], lowerfence=[_num(row["lower_whisker"])],
            upperfence=[_num(row["upper_whisker"])], mean=[_num(row["mean"])],
            orientation="h", boxpoints=False, name=label, marker=dict(color=theme.MUTED),
            line=dict(color=theme.PRIMARY, width=2), fillcolor="rgba(11, 83, 148, 0.12)",
            showlegend=False, hoverinfo="x", whiskerwidth=0.6))
    traces.append(dict(
        type="scatter", x=[score] * len(labels), y=labels, mode="markers",
        marker=dict(symbol="diamond", size=18, color=YOU, line=dict(color="white", width=2)),
        name=t("benchmark.chart.you_legend", lang), hoverinfo="name+x", showlegend=False))
    text = t("benchmark.chart.you", lang, score=fmt_number(score, lang, 2))
    anchor = "left" if score < 1.5 else ("right" if score > 4.5 else "center")
    # a label on a white ground above each marker, clear of the box lines
    annotations = [dict(x=score, y=label, yshift=26, showarrow=False, xanchor=anchor,
                        text=text, font=dict(size=14, color=YOU),
                        bgcolor="rgba(255,255,255,0.9)") for label in labels]
    for group, x in (("beperkt", (q.LIKERT_MIN + q.CLIMATE_CUT_LOW) / 2),
                     ("gemiddeld", (q.CLIMATE_CUT_LOW + q.CLIMATE_CUT_HIGH) / 2),
                     ("krachtig", (q.CLIMATE_CUT_HIGH + q.LIKERT_MAX) / 2)):
        annotations.append(dict(x=x, y=1.0, yref="paper", yanchor="bottom", showarrow=False,
                                text=group_label("climate_group", group, lang),
                                font=dict(size=13, color=GROUP_TEXT[group])))
    shapes = [dict(type="line", x0=cut, x1=cut, xref="x", y0=0, y1=1, yref="paper",
                   line=dict(color="#52606D", width=1, dash="dash"))
              for cut in (q.CLIMATE_CUT_LOW, q.CLIMATE_CUT_HIGH)]
    layout = dict(
        **theme.base_layout(lang), height=130 + 90 * len(labels),
        margin=dict(l=10, r=20, t=40, b=40), showlegend=False,
        annotations=annotations, shapes=shapes,
        xaxis=dict(range=[q.LIKERT_MIN - 0.1, q.LIKERT_MAX + 0.1], dtick=0.5,
                   title=dict(text=t("benchmark.chart.axis", lang))),
        yaxis=dict(autorange="reversed", categoryorder="array", categoryarray=labels))
    return theme.figure(traces, layout)


def box_table(boxes: list[tuple[str, pd.Series]], score: float, lang: str
              ) -> dict[str, list[str]]:
    """The numbers behind the position chart, one row per box (column lists, as a chart
    card's table)."""
    def fmt(v):
        return fmt_number(_num(v), lang, 2)
    return {
        t("benchmark.table.group", lang): [label for label, _ in boxes],
        "n": [str(int(row["n"])) for _, row in boxes],
        t("benchmark.table.q1", lang): [fmt(row["q1"]) for _, row in boxes],
        t("benchmark.table.median", lang): [fmt(row["median"]) for _, row in boxes],
        t("benchmark.table.q3", lang): [fmt(row["q3"]) for _, row in boxes],
        t("benchmark.table.mean", lang): [fmt(row["mean"]) for _, row in boxes],
        t("benchmark.table.whiskers", lang): [
            f"{fmt(row['lower_whisker'])} – {fmt(row['upper_whisker'])} "
            f"({t('benchmark.whisker.' + str(row['whisker_rule']), lang)})" for _, row in boxes],
        t("benchmark.table.you", lang): [fmt_number(score, lang, 2)] * len(boxes),
    }


# -------------------------------------------------------------------------- statements

def evidence(figures: pd.DataFrame, source_id: str, indicator: str, category: str) -> str | None:
    """The verbatim text of the published row (source, indicator, category), if any."""
    found = kept_positions(figures, source_id=source_id, indicator=indicator,
                           category=category)
    return None if not len(found) else str(figures["evidence"].iloc[found[0]])


@per_frame
def statement_shares(shares: pd.DataFrame, peer: Peer) -> pd.DataFrame:
    """Share agreeing (4-5) per climate statement in the peer group: item, share, bound
    (once per table and peer: do not change it)."""
    rows = whole_population(shares)
    mask = (rows["indicator"].astype("string").eq("climate_statement").to_numpy(dtype=bool)
            & rows["measure"].astype("string").eq("agree").to_numpy(dtype=bool)
            & rows["grouping"].astype("string").eq(peer.grouping).to_numpy(dtype=bool)
            & rows["group"].astype("string").eq(peer.group).to_numpy(dtype=bool)
            & ~rows["suppressed"].to_numpy(dtype=bool))
    rows = rows[mask]
    return pd.DataFrame({"item": rows["category"].astype("string").to_numpy(dtype=object),
                         "share": rows["share"].to_numpy(dtype=float),
                         "bound": rows["share_bound"].astype("string").fillna("exact")
                         .to_numpy(dtype=object)})


def statement_rows(tokens: tuple[str, ...], peer_shares: pd.DataFrame) -> pd.DataFrame:
    """statement_records as a frame."""
    return pd.DataFrame(statement_records(tokens, peer_shares))


def statement_records(tokens: tuple[str, ...], peer_shares: pd.DataFrame) -> list[dict]:
    """One record per scale statement, where the organisation lags its peers most first.

    gap = (100 if the organisation agrees (4-5) else 0) - share of the group agreeing. The
    most negative gap is the statement where most peers agree and the organisation does not.
    Statements without an answer ("weet niet", unanswered) or without a published share
    come last, in questionnaire order.
    """
    by_item = {r.item: (r.share, r.bound) for r in peer_shares.itertuples(index=False)}
    records = []
    for index, (item, token) in enumerate(zip(q.SCALE_ITEMS, tokens)):
        share, bound = by_item.get(item, (math.nan, None))
        comparable_share = BOUND_STAND_IN.get(bound, share) if bound else math.nan
        answered = token in LIKERT_VALUES
        agrees = answered and int(token) in q.LIKERT_AGREE
        gap = ((100.0 if agrees else 0.0) - comparable_share
               if answered and not math.isnan(comparable_share) else math.nan)
        if math.isnan(gap):
            position = "unknown"
        elif not agrees and comparable_share >= 50:
            position = "behind"
        elif agrees and comparable_share < 50:
            position = "ahead"
        else:
            position = "level"
        records.append({"number": index + 1, "item": item, "answer": token,
                        "share": share, "bound": bound, "gap": gap, "position": position,
                        "answer_value": int(token) if answered else math.nan})
    def order(record: dict) -> tuple:
        # known gaps first, smallest (largest lag) first, then the answer, then the number
        gap, value = record["gap"], record["answer_value"]
        return (math.isnan(gap), 0.0 if math.isnan(gap) else gap,
                math.isnan(value), 0.0 if math.isnan(value) else value, record["number"])

    return sorted(records, key=order)
