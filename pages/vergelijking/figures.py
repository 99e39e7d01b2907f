"""The Netherlands against Denmark: pure data shaping and figures for /vergelijking.

Inputs are the published-figures table, the pairing table (data/comparison.py)
and, for the optional NL subgroup, the indicator_shares aggregate. Nothing here reads files.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import pandas as pd

from components.figures import published, theme
from components.export import Columns
from components.figures.published import value_label
from components import provenance
from components.i18n import group_label, t
from components.provenance import figure_label
from components import published as published_facts
from components.published import period_text
from components.numbers import fmt_number, fmt_pp
from data import reference
from data import load, schema
from data.cube import per_frame, whole_population
from data.comparison import Finding
from pages.vergelijking.state import (
    PAIRING, SUBGROUP_GROUPINGS, TOPICS, Category, Pick, Topic, subgroup_value,
)

FINDINGS: tuple[Finding, ...] = PAIRING.findings

SUBGROUP_COLOUR = theme.SYNTHETIC


class PublishedRowMissing(ValueError):
    """The published-figures table lacks a row the pairing table names."""


_KEY_COLUMNS = ("source_id", "country", "edition", "figure", "indicator", "category")


@per_frame
def _rows_by_key(figures: pd.DataFrame) -> dict[str, list[dict]]:
    """The table's rows (as records) per Pick key, worked out once for the published-figures
    table the page keeps."""
    keys = figures[list(_KEY_COLUMNS)].astype(str).agg("|".join, axis=1)
    rows: dict[str, list[dict]] = {}
    for key, row in zip(keys, figures.to_dict("records")):
        rows.setdefault(key, []).append(row)
    return rows


def pick_row(figures: pd.DataFrame, pick: Pick) -> dict:
    """The one published_figures row `pick` names, as a record (shared: do not change it);
    raises naming the pick otherwise."""
    found = _rows_by_key(figures).get(pick.key, [])
    if len(found) != 1:
        raise PublishedRowMissing(
            f"published_figures: expected 1 row for {pick.key}, found {len(found)}")
    return found[0]


# --- NL subgroup from indicator_shares ------------------------------------------------------

@dataclass(frozen=True)
class SubValue:
    """An NL subgroup share as it may be shown: a value or a bound, with its base n."""

    value: float
    exactness: str
    n: int


def _publishable(shares: pd.DataFrame, min_cell: int) -> pd.DataFrame:
    """Rows that may be shown: not suppressed, n known and >= min_cell."""
    ok = (~shares["suppressed"].astype("boolean").fillna(True)
          & shares["n"].notna() & shares["n"].fillna(0).ge(min_cell))
    return shares[ok.astype(bool)]


def _compared_answers() -> pd.DataFrame:
    """(indicator, measure, category) of every answer a topic reads for an NL subgroup."""
    return pd.DataFrame([(tp.sub_indicator, tp.sub_measure, c) for tp in TOPICS
                         if tp.sub_indicator for cat in tp.categories for c in cat.sub],
                        columns=["indicator", "measure", "category"]).drop_duplicates()


# (id(shares), min_cell) -> (shares, options): the page's shares table is one object for
# the life of the process (data/comparison.py), asked on every request.
_OPTIONS: dict[tuple[int, int], tuple[pd.DataFrame, list[str]]] = {}
load.on_clear(_OPTIONS.clear)


def subgroup_options(shares: pd.DataFrame, min_cell: int = schema.MIN_CELL) -> list[str]:
    """URL values of the sectors and clusters with a publishable share on a compared question.

    Only the whole population's split by sector or cluster is used; suppressed cells and
    groups under `min_cell` organisations are never offered, nor groups whose only
    publishable shares are on questions this page does not compare. Codebook order.
    Worked out once per shares table.
    """
    hit = _OPTIONS.get((id(shares), min_cell))
    if hit is None or hit[0] is not shares:
        if len(_OPTIONS) >= 8:
            _OPTIONS.clear()
        hit = _OPTIONS[(id(shares), min_cell)] = (shares, _subgroup_options(shares, min_cell))
    return list(hit[1])


def _subgroup_options(shares: pd.DataFrame, min_cell: int) -> list[str]:
    rows = _publishable(whole_population(shares), min_cell)
    rows = rows[rows["grouping"].isin(SUBGROUP_GROUPINGS)]
    keys = ["indicator", "measure", "category"]
    compared = pd.MultiIndex.from_frame(_compared_answers()[keys])
    rows = rows[pd.MultiIndex.from_frame(rows[keys].astype(str)).isin(compared)]
    offered = set(zip(rows["grouping"], rows["group"]))
    return [subgroup_value(g, v) for g in SUBGROUP_GROUPINGS
            for v in schema.GROUP_VALUES[g] if (g, v) in offered]


def _sub_value(row: dict) -> SubValue | None:
    bound = row["share_bound"]
    if bound == "below":
        return SubValue(schema.SHARE_BOUND_LOW, "upper_bound", int(row["n"]))
    if bound == "above":
        return SubValue(schema.SHARE_BOUND_HIGH, "lower_bound", int(row["n"]))
    if bound == "exact" and pd.notna(row["share"]):
        return SubValue(float(row["share"]), "exact", int(row["n"]))
    return None


def subgroup_values(shares: pd.DataFrame, topic: Topic, grouping: str, group: str,
                    min_cell: int = schema.MIN_CELL) -> dict[str, SubValue]:
    """Per category key of `topic`: the subgroup's share, where it may be shown.

    A category made of two codebook categories (single-choice answers, e.g. small part or
    none) is their sum, and only when both are exact shares.
    """
    if topic.sub_indicator is None:
        return {}
    by_cat = _publishable_by_answer(shares, min_cell).get(
        (grouping, group, topic.sub_indicator, topic.sub_measure), {})
    out: dict[str, SubValue] = {}
    for cat in topic.categories:
        parts = [_sub_value(by_cat[c]) if c in by_cat else None for c in cat.sub]
        if not parts or any(p is None for p in parts):
            continue
        # whole percents, as the report writes them (a decimal would be false precision in
        # groups this small); the table and CSV then hold the number on the bar
        if len(parts) == 1:
            p = parts[0]
            out[cat.key] = SubValue(float(round(p.value)), p.exactness, p.n)
        elif all(p.exactness == "exact" for p in parts):
            out[cat.key] = SubValue(float(round(sum(p.value for p in parts))), "exact",
                                    min(p.n for p in parts))
    return out


@per_frame
def _publishable_by_answer(shares: pd.DataFrame, min_cell: int
                           ) -> dict[tuple, dict[str, dict]]:
    """The whole population's publishable rows (as records) by (grouping, group, indicator,
    measure) and category: worked out once for the shares table the page keeps."""
    out: dict[tuple, dict[str, dict]] = {}
    for r in _publishable(whole_population(shares), min_cell).to_dict("records"):
        key = (r["grouping"], r["group"], r["indicator"], r["measure"])
        out.setdefault(key, {})[r["category"]] = r
    return out


@dataclass(frozen=True)
class Subgroup:
    """An NL subgroup put beside NL and DK: its URL value, values and provenance."""

    value: str
    values: dict[str, SubValue]
    synthetic: bool

    @property
    def grouping(self) -> str:
        return self.value.partition(":")[0]

    @property
    def group(self) -> str:
        return self.value.partition(":")[2]


def subgroup_label(value: str, lang: str) -> str:
    """"Sector: Gemeenten" for a subgroup URL value."""
    grouping, _, group = value.partition(":")
    return f"{t('grouping.' + grouping, lang)}: {group_label(grouping, group, lang)}"


# --- one topic: slots (what is drawn), figure, table -----------------------------------------

def topic_title(topic: Topic, lang: str) -> str:
    """The topic's title, naming the report's figures it pairs."""
    return t(topic.title, lang, figures=provenance.figures_text(topic.figures, lang))


def category_label(cat: Category, lang: str) -> str:
    return t(cat.label, lang)


def _row_label(pick: Pick, lang: str) -> str:
    label = t(f"country.{pick.country}", lang)
    return label + "*" if pick.cited else label


def _provenance(pick: Pick) -> str:
    return "cited" if pick.cited else "published"


def _slot(cat: Category, group: str, series: str, row: str, colour: str, lang: str,
          **values) -> dict:
    base = dict(category=cat.key, group=group, series=series, row=row, colour=colour,
                value=math.nan, exactness="exact", unit="pct", n=pd.NA, period="",
                edition="", figure="", source_id="", provenance="", key="", evidence="",
                empty_text=t("cmp.not_published", lang))
    base.update(values)
    return base


def _pick_slot(figures: pd.DataFrame, topic: Topic, cat: Category, group: str,
               pick: Pick, lang: str) -> dict:
    row = pick_row(figures, pick)
    # n only where the source gives one: the question's base is named in caveat 7
    return _slot(cat, group, pick.country, _row_label(pick, lang),
                 theme.COUNTRY_COLOURS[pick.country], lang,
                 value=float(row["value"]), exactness=row["exactness"], unit=row["unit"],
                 n=row["n"], period=row["period"],
                 edition=pick.shown_edition or row["edition"],
                 figure=row["figure"], source_id=row["source_id"],
                 provenance=_provenance(pick), key=pick.key, evidence=row["evidence"])


def _complement_slot(figures: pd.DataFrame, cat: Category, group: str, lang: str) -> dict:
    """An NL value derived as 100 minus a published share (e.g. collaborated = 100 - 7)."""
    row = pick_row(figures, cat.nl_complement)
    return _slot(cat, group, "NL", t("country.NL", lang), theme.NL, lang,
                 value=100.0 - float(row["value"]), exactness=row["exactness"],
                 unit=row["unit"], n=row["n"], period=row["period"], edition=row["edition"],
                 figure=row["figure"], source_id=row["source_id"], provenance="derived",
                 key=f"derived|{cat.nl_complement.key}", evidence=row["evidence"])


def topic_slots(figures: pd.DataFrame, topic: Topic, lang: str,
                subgroup: Subgroup | None = None) -> pd.DataFrame:
    """What the topic's chart shows, one row per slot: category by series, in order.

    Per category: the Netherlands, the NL subgroup (if chosen and the category has one), each
    Danish IB-3 value (cited first), other countries. NL or DK without a published value get
    a slot that says so; a subgroup without a publishable value says "niet beschikbaar".
    slot_records: the same slots as records.
    """
    return slots_frame(slot_records(figures, topic, lang, subgroup))


def slots_frame(slots: list[dict]) -> pd.DataFrame:
    """Slot records (slot_records) as the frame topic_slots gives."""
    frame = pd.DataFrame(slots)
    frame["n"] = frame["n"].astype("Int64")
    return frame


def slot_records(figures: pd.DataFrame, topic: Topic, lang: str,
                 subgroup: Subgroup | None = None) -> list[dict]:
    """topic_slots as records (n an int or None, as the frame's to_dict gives it)."""
    slots: list[dict] = []
    for cat in topic.categories:
        group = category_label(cat, lang)
        if cat.nl is not None:
            slots.append(_pick_slot(figures, topic, cat, group, cat.nl, lang))
        elif cat.nl_complement is not None:
            slots.append(_complement_slot(figures, cat, group, lang))
        else:
            slots.append(_slot(cat, group, "NL", t("country.NL", lang), theme.NL, lang,
                               key=f"missing|NL|{topic.key}|{cat.key}"))
        if subgroup is not None and cat.sub:
            label = _subgroup_row_label(subgroup, lang)
            sub = subgroup.values.get(cat.key)
            extra = dict(period=_nl_period(), edition=PAIRING.nl_edition,
                         provenance="synthetic" if subgroup.synthetic else "microdata",
                         key=f"subgroup|{subgroup.value}|{topic.key}|{cat.key}",
                         empty_text=t("cmp.sub.unavailable", lang))
            if sub is not None:
                extra.update(value=sub.value, exactness=sub.exactness, n=sub.n)
            slots.append(_slot(cat, group, "NL_SUB", label, SUBGROUP_COLOUR, lang, **extra))
        if cat.dk:
            slots += [_pick_slot(figures, topic, cat, group, p, lang) for p in cat.dk]
        else:
            slots.append(_slot(cat, group, "DK", t("country.DK", lang), theme.DK, lang,
                               key=f"missing|DK|{topic.key}|{cat.key}"))
        slots += [_pick_slot(figures, topic, cat, group, p, lang) for p in cat.others]
    for slot in slots:
        slot["n"] = None if pd.isna(slot["n"]) else int(slot["n"])
    return slots


def _nl_period() -> str:
    """The survey period of the Dutch edition the page compares (from the editions table)."""
    return reference.edition(PAIRING.nl_edition).period


def _subgroup_row_label(subgroup: Subgroup, lang: str) -> str:
    name = group_label(subgroup.grouping, subgroup.group, lang)
    tag = t("label.synthetic", lang) if subgroup.synthetic else t("cmp.label.microdata", lang)
    return f"{name} ({tag})"


def topic_figure(slots: pd.DataFrame | list[dict], lang: str) -> dict:
    """Grouped horizontal bars: NL blue, DK red, subgroup ochre; bounds hatched."""
    return published.grouped_hbar(slots, lang)


def value_text(slot, lang: str) -> str:
    """What a slot (a row of topic_slots: Series or dict) shows: its value label, or the text
    written instead of a bar."""
    if pd.isna(slot["value"]):
        return slot["empty_text"]
    return value_label(slot["value"], slot["exactness"], slot["unit"], lang)


def table(slots: pd.DataFrame | list[dict], lang: str) -> pd.DataFrame:
    """Exactly what the chart shows, with exactness, provenance, edition, period, n, source.

    Headers in the page language. The number column holds the plotted number (NaN where
    nothing is published); "Waarde" holds the label as drawn. `slots`: topic_slots, or its
    records (slot_records).
    """
    frame = pd.DataFrame(table_columns(slots, lang))
    n_col = t("table.col.n", lang)
    frame[n_col] = frame[n_col].astype("Int64")
    return frame


def table_columns(slots: pd.DataFrame | list[dict], lang: str) -> dict[str, list]:
    """`table` as a dict of column lists (what a chart card's table takes)."""
    def exactness(e: str, v: float, p: str) -> str:
        return "" if pd.isna(v) else provenance.label(provenance.kind(e, p), lang, e)

    col = Columns(slots)
    value, exact, origin = col["value"], col["exactness"], col["provenance"]
    return {
        t("table.col.category", lang): col["group"],
        t("cmp.col.series", lang): col["row"],
        t("table.col.value", lang): [
            empty if pd.isna(v) else value_label(v, e, u, lang) for v, e, u, empty in
            zip(value, exact, col["unit"], col["empty_text"])],
        t("cmp.col.number", lang): [float(v) for v in value],
        t("table.col.exactness", lang): [exactness(e, v, p) for e, v, p in
                                         zip(exact, value, origin)],
        t("cmp.col.provenance", lang): [t(f"cmp.provenance.{p}", lang) if p else ""
                                        for p in origin],
        t("cmp.col.edition", lang): col["edition"],
        t("table.col.period", lang): [period_text(p, lang) for p in col["period"]],
        t("table.col.n", lang): [None if pd.isna(n) else int(n) for n in col["n"]],
        t("table.col.figure", lang): [figure_label(f, lang) for f in col["figure"]],
        t("table.col.quote", lang): ["" if pd.isna(q) else q for q in col["evidence"]],
        t("table.col.source", lang): [s if s else (t("cmp.source.microdata", lang)
                                                   if p in ("synthetic", "microdata") else "")
                                      for s, p in zip(col["source_id"], origin)],
    }


def display_table(columns: dict[str, list], lang: str) -> dict[str, list]:
    """`table_columns` with numbers written in the page language (for the HTML table)."""
    number, n_col = t("cmp.col.number", lang), t("table.col.n", lang)
    return {**columns,
            number: [fmt_number(v, lang, 0 if float(v).is_integer() else 1)
                     if pd.notna(v) else "–" for v in columns[number]],
            n_col: [fmt_number(int(v), lang) if pd.notna(v) else "–" for v in columns[n_col]]}


def shown_rows(figures: pd.DataFrame, topic: Topic) -> pd.DataFrame:
    """Every published row the topic's card shows: bars, then context lines."""
    return pd.DataFrame([pick_row(figures, p) for p in (*topic.picks(), *topic.context)])


def topic_caveats(figures: pd.DataFrame, topic: Topic) -> dict[int, bool]:
    """Which of the data-dependent caveats (8 bounds, 9 other editions, 10 cited) apply."""
    rows = shown_rows(figures, topic)
    dk = rows[rows["country"].eq("DK")]
    return {8: bool(rows["exactness"].ne("exact").any()),
            9: bool(dk["edition"].ne(PAIRING.dk_edition).any()),
            10: bool(dk["source_id"].eq(PAIRING.cited_source).any())}


# --- the overview: NL-DK gaps in percentage points --------------------------------------------

def _interval(value: float, exactness: str) -> tuple[float, float] | None:
    """The range a published value allows; None for approximations (no usable range)."""
    if exactness == "exact":
        return value, value
    if exactness == "lower_bound":
        return value, 100.0
    if exactness == "upper_bound":
        return 0.0, value
    return None


def gaps(figures: pd.DataFrame) -> pd.DataFrame:
    """NL minus DK (IB-3, the cited value where the report cites one) per paired category.

    kind "exact": both values exact, gap in percentage points. kind "minimum": a bound
    leaves only a minimum gap (`gap` is then that minimum, signed). Pairs whose values allow
    either country to be higher are left out. Sorted by size of the gap, exact ones first.
    """
    out = []
    for order, (topic, cat) in enumerate((tp, c) for tp in TOPICS for c in tp.categories):
        if cat.nl is None or not cat.dk:
            continue
        nl, dk = pick_row(figures, cat.nl), pick_row(figures, cat.dk[0])
        if nl["unit"] != "pct" or dk["unit"] != "pct":
            continue
        a, b = _interval(nl["value"], nl["exactness"]), _interval(dk["value"], dk["exactness"])
        if a is None or b is None:
            continue
        low, high = a[0] - b[1], a[1] - b[0]
        if low == high:
            kind, gap = "exact", round(low, 1)
        elif low > 0:
            kind, gap = "minimum", round(low, 1)
        elif high < 0:
            kind, gap = "minimum", round(high, 1)
        else:
            continue
        out.append(dict(topic=topic.key, figure=topic.figure, category=cat.key,
                        label=cat.label, nl_key=cat.nl.key, dk_key=cat.dk[0].key,
                        nl_value=nl["value"], nl_exactness=nl["exactness"],
                        dk_value=dk["value"], dk_exactness=dk["exactness"],
                        dk_cited=cat.dk[0].cited, nl_source=nl["source_id"],
                        dk_source=dk["source_id"], gap=gap, kind=kind, order=order))
    frame = pd.DataFrame(out)
    frame["rank_exact"] = frame["kind"].ne("exact")
    frame["abs_gap"] = frame["gap"].abs()
    return (frame.sort_values(["rank_exact", "abs_gap", "order"], ascending=[True, False, True],
                              kind="stable")
            .drop(columns=["rank_exact", "abs_gap"]).reset_index(drop=True))


def gap_label(row: pd.Series, lang: str) -> str:
    """"Samenwerking: private bedrijven" (topic and category)."""
    label = t(row["label"], lang)
    return f"{t('cmp.topic_short.' + row['topic'], lang)}: {label[:1].lower()}{label[1:]}"


def gap_figure(gap_rows: pd.DataFrame, lang: str) -> dict:
    """Exact NL-DK gaps, largest first: blue where NL is higher, red where DK is higher."""
    exact = gap_rows[gap_rows["kind"].eq("exact")]
    if exact.empty:
        return theme.empty_figure(lang)
    records = exact.to_dict("records")
    labels = [gap_label(r, lang) for r in records]
    data = []
    for higher, colour in (("NL", theme.NL), ("DK", theme.DK)):
        part = [(r, lab) for r, lab in zip(records, labels)
                if (r["gap"] > 0 if higher == "NL" else r["gap"] <= 0)]
        data.append(dict(
            type="bar", x=[r["gap"] for r, _ in part], y=[lab for _, lab in part],
            orientation="h", name=t(f"cmp.gap.higher.{higher}", lang),
            marker=dict(color=colour), text=[fmt_pp(r["gap"], lang) for r, _ in part],
            textposition="outside", cliponaxis=False,
            customdata=[f"{r['nl_key']}~{r['dk_key']}" for r, _ in part],
            hovertext=[f"{lab}: {fmt_pp(r['gap'], lang)}" for r, lab in part],
            hoverinfo="text"))
    span = max(abs(float(r["gap"])) for r in records)
    directions = add_direction_rows(data, span, lang)
    return theme.figure(data, theme.base_layout(
        lang, barmode="relative", showlegend=True,
        height=max(260, 90 + 30 * (len(records) + len(directions))),
        margin=dict(l=10, r=40, t=60, b=40),
        yaxis=dict(categoryorder="array", categoryarray=labels + directions,
                   autorange="reversed"),
        xaxis=dict(range=[-span * 1.35, span * 1.35], title=dict(text=t("cmp.gap.axis", lang)),
                   zeroline=True, zerolinecolor="#52606D", zerolinewidth=2)))


def gap_value_text(value: float, exactness: str, cited: bool, lang: str) -> str:
    text = value_label(value, exactness, "pct", lang)
    return text + "*" if cited else text


def gap_table(gap_rows: pd.DataFrame, lang: str, display: bool = False) -> pd.DataFrame:
    """The gap ranking as shown: exact gaps and minimum gaps, with both values and sources.

    display: write the gap as text in the page language (HTML table) instead of a number.
    """
    return pd.DataFrame({
        t("table.col.figure", lang): [figure_label(f, lang) for f in gap_rows["figure"]],
        t("table.col.category", lang): [t(lab, lang) for lab in gap_rows["label"]],
        t("country.NL", lang): [gap_value_text(v, e, False, lang) for v, e in
                                zip(gap_rows["nl_value"], gap_rows["nl_exactness"])],
        t("country.DK", lang): [gap_value_text(v, e, c, lang) for v, e, c in
                                zip(gap_rows["dk_value"], gap_rows["dk_exactness"],
                                    gap_rows["dk_cited"])],
        t("cmp.col.gap", lang): ([fmt_pp(g, lang) for g in gap_rows["gap"]] if display
                                 else gap_rows["gap"].tolist()),
        t("cmp.col.gap_kind", lang): [t(f"cmp.gap.kind.{k}", lang) for k in gap_rows["kind"]],
        t("cmp.col.source_nl", lang): gap_rows["nl_source"].tolist(),
        t("cmp.col.source_dk", lang): gap_rows["dk_source"].tolist(),
    })


def minimum_gap_text(row: pd.Series, lang: str) -> str:
    """"Technologie: klein of geen onderdeel (<figure label>): Denemarken minimaal 30 ... hoger"."""
    higher = "NL" if row["gap"] > 0 else "DK"
    return t("cmp.gap.minimum_line", lang, label=gap_label(row, lang),
             figure=figure_label(row["figure"], lang), country=t(f"country.{higher}", lang),
             gap=fmt_number(abs(row["gap"]), lang),
             nl=gap_value_text(row["nl_value"], row["nl_exactness"], False, lang),
             dk=gap_value_text(row["dk_value"], row["dk_exactness"], row["dk_cited"], lang))


# --- findings in words: direction only, never a value -----------------------------------------

def finding_line(finding: Finding, lang: str) -> str:
    """"<figure label> – Nederland hoger: ... (citaat: ‘veel lager’)"; a summary says so."""
    source = (t("finding.quote", lang, quote=finding.quote) if finding.quote
              else t("finding.summary_only", lang))
    return t("finding.line", lang, figure=figure_label(finding.figure, lang),
             higher=t(f"finding.higher.{finding.higher}", lang),
             text=finding_text(finding, lang), source=source)


def finding_text(finding: Finding, lang: str) -> str:
    """A finding in words; the published numbers it cites filled from published_figures."""
    return t(f"finding.{finding.key}", lang, **published_facts.report_values(lang))


def finding_lines(topic: str | None, lang: str) -> list[str]:
    """The heading and one line per finding of a topic (None: every finding)."""
    chosen = FINDINGS if topic is None else tuple(f for f in FINDINGS if f.topic == topic)
    return [t("finding.heading", lang), *(finding_line(f, lang) for f in chosen)] \
        if chosen else []


DIRECTION_MARK = {"NL": "NL ▶", "DK": "◀ DK", "same": "≈"}


def add_direction_rows(data: list[dict], span: float, lang: str) -> list[str]:
    """Direction-only rows under the exact gaps (a trace appended to `data`): a text mark on
    the side of the higher country, no bar and no value. Returns the rows' labels (for the
    y-axis order)."""
    labels = [f"{t('finding.short.' + f.key, lang)} ({figure_label(f.figure, lang)})"
              for f in FINDINGS]
    side = {"NL": 0.08, "DK": -0.08, "same": 0.0}
    data.append(dict(
        type="scatter", x=[side[f.higher] * span for f in FINDINGS], y=labels, mode="text",
        text=[DIRECTION_MARK[f.higher] if f.higher != "same"
              else t("finding.higher.same", lang) for f in FINDINGS],
        textposition=["middle right" if f.higher == "NL" else "middle left"
                      if f.higher == "DK" else "middle center" for f in FINDINGS],
        textfont=dict(color=[theme.NL if f.higher == "NL" else theme.DK if f.higher == "DK"
                             else "#52606D" for f in FINDINGS], size=14),
        hovertext=[f"{lab}: {t('finding.higher.' + f.higher, lang)}. "
                   f"{t('finding.direction_hover', lang)}" for lab, f in zip(labels, FINDINGS)],
        hoverinfo="text", name=t("finding.heading", lang), showlegend=False,
        customdata=[f"finding|{f.key}" for f in FINDINGS]))
    return labels
