"""Data of the climate explorer (/klimaat): the aggregate frames it reads (loaded once per
folder) and the selections (frames, state) -> rows: `select_*` gives a DataFrame (analysis,
tests), the matching `*_records` the same rows as records, which the page reads (a frame per
selection cost more than the few dozen rows it holds).

Every function picks precomputed rows of the cube (data/schema.py) for the state's
population; nothing here computes a statistic from organisations, and nothing draws.
Suppressed rows are kept with `suppressed` True so that the page can say what is withheld.
Works with string and categorical key columns alike.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Protocol

import numpy as np
import pandas as pd

from components.i18n import group_label
from data import editions as ed
from data import load, reference
from data import questionnaire as q
from data import schema
from data.cube import column_values, kept_positions, take_columns, take_records

BOX_STATS = ("mean", "sd", "q1", "median", "q3", "lower_whisker", "upper_whisker")
BREAKDOWN_INDICATOR = {"frequency": "innovated", "spectrum": "innovation_spectrum",
                       "factors": "innovation_factor", "results": "innovation_result"}
BREAKDOWN_MEASURE = {"factors": "promoting"}
ITEM_BY_KEY = {item.key: item for item in q.CLIMATE_ITEMS}
SHARE_COLUMNS = ["category", "share", "share_bound", "n", "suppressed", "suppression"]


class KlimaatState(Protocol):
    """What the selection reads of the page's URL state (pages/klimaat/state.py)."""

    lang: str
    grouping: str
    sort: str
    breakdown: str
    innovated: str
    groups: tuple[str, ...]
    shown_groups: tuple[str, ...]

    def population(self) -> dict[str, str]: ...

    def replace(self, **changes: Any) -> "KlimaatState": ...


@dataclass(frozen=True)
class Frames:
    """The aggregate tables the page reads."""

    box: pd.DataFrame
    variance: pd.DataFrame
    shares: pd.DataFrame
    sources: pd.DataFrame
    meta: dict
    figures: pd.DataFrame | None = None  # published_figures (the report's own numbers)

    @property
    def synthetic(self) -> bool:
        return self.meta.get("synthetic") == "true"

    @property
    def min_cell(self) -> str:
        return self.meta.get("min_cell", str(schema.MIN_CELL))


def edition_record(edition: str | None) -> ed.Edition:
    """The editions-table row of the edition the page shows (`edition` or the default)."""
    return reference.edition(edition_of(edition))


def edition_of(edition: str | None) -> str:
    """`edition` when this set of files holds its microdata aggregates, else the default."""
    return load.edition_or_default(edition)


def load_frames(edition: str | None = None) -> Frames:
    """The aggregates of one edition the page reads (default: the latest; do not mutate)."""
    return _load_frames(str(schema.aggregates_dir()), edition_of(edition))


@load.memoised(maxsize=4)
def _load_frames(folder: str, edition: str) -> Frames:
    # The same frame objects on every call (data.load hands out a new shallow copy per
    # call): data/cube.py then indexes each table's populations once.
    return Frames(load.load_table("climate_box", edition),
                  load.load_table("climate_variance", edition),
                  load.load_table("indicator_shares", edition), load.load_table("sources"),
                  load.meta(edition), load.load_table("published_figures"))


def population_positions(frame: pd.DataFrame, state: KlimaatState, **criteria: str) -> np.ndarray:
    """Positions of the rows of `frame` for the state's population that also match
    `criteria` (an index lookup, data/cube.py)."""
    return kept_positions(frame, **criteria, **state.population())


def _missing(value) -> bool:
    return value is None or value is pd.NA or (isinstance(value, float) and value != value)


# ------------------------------------------------------------------------------ boxes

def never_drawn(box: pd.DataFrame, grouping: str) -> tuple[str, ...]:
    """Groups of `grouping` withheld for all organisations: no filter can show them (a filter
    only makes a group smaller), so the page does not offer them to choose."""
    whole = {"f_sector": schema.ALL, "f_cluster": schema.ALL, "f_size": schema.ALL,
             "f_innovated": schema.ALL}
    positions = kept_positions(box, grouping=grouping, **whole)
    drawn = {g for g, withheld in zip(column_values(box, "group", positions),
                                      column_values(box, "suppressed", positions))
             if not withheld}
    return tuple(g for g in schema.GROUP_VALUES[grouping] if g not in drawn)


BOX_COLUMNS = ["group", "n", "suppressed", "suppression", *BOX_STATS, "whisker_rule"]


def select_boxes(box: pd.DataFrame, state: KlimaatState) -> pd.DataFrame:
    """The reference row (all organisations of the population) and the shown groups.

    Columns: group, label, role ("reference" | "group"), n, suppressed, suppression, the box
    statistics and whisker_rule (box statistics null for small groups: mean and sd only).
    Order: reference, published groups sorted (median, or the mean where a small group has
    no box, highest first; or by name), then withheld groups in codebook order. Hidden
    groups and groups without a row are left out. box_records gives the same rows as
    records (what the page reads).
    """
    positions, labels, roles = _box_rows(box, state)
    out = take_columns(box, BOX_COLUMNS, positions)
    out.insert(1, "label", labels)
    out.insert(2, "role", roles)
    return out


def box_records(box: pd.DataFrame, state: KlimaatState) -> list[dict]:
    """select_boxes as records (`select_boxes(...).to_dict("records")`, without the frame)."""
    positions, labels, roles = _box_rows(box, state)
    return [{**row, "label": label, "role": role} for row, label, role in
            zip(take_records(box, BOX_COLUMNS, positions), labels, roles)]


def _box_rows(box: pd.DataFrame, state: KlimaatState) -> tuple[list, list[str], list[str]]:
    """select_boxes' rows: their positions in `box`, labels and roles, in order."""
    # The order is worked out on plain values at the rows' positions; the rows are then
    # taken once, in that order.
    lang = state.lang
    ref = population_positions(box, state, grouping="all")
    found = population_positions(box, state, grouping=state.grouping)
    shown = set(state.shown_groups)
    code = {g: i for i, g in enumerate(state.groups)}
    rows = [(p, g, w) for p, g, w in zip(found, column_values(box, "group", found),
                                         column_values(box, "suppressed", found))
            if g in shown]
    published = [(p, g) for p, g, withheld in rows if not withheld]
    labels = {g: group_label(state.grouping, g, lang) for _, g, _ in rows}
    if state.sort == "median":
        at = [p for p, _ in published]
        centre = [m if not _missing(m) else mean for m, mean in
                  zip(column_values(box, "median", at), column_values(box, "mean", at))]
        # highest first, ties in codebook order, an unknown centre last
        order = sorted(range(len(published)), key=lambda i: (
            _missing(centre[i]), 0.0 if _missing(centre[i]) else -centre[i],
            code.get(published[i][1], len(code))))
        published = [published[i] for i in order]
    elif state.grouping in ("sector", "cluster"):
        published = sorted(published, key=lambda r: labels[r[1]].casefold())
    else:
        published = sorted(published, key=lambda r: code.get(r[1], len(code)))
    withheld = sorted(((p, g) for p, g, w in rows if w), key=lambda r: code.get(r[1], len(code)))
    ordered = [*published, *withheld]
    all_label = group_label("all", "all", lang)
    return ([*ref, *(p for p, _ in ordered)],
            [all_label] * len(ref) + [labels[g] for _, g in ordered],
            ["reference"] * len(ref) + ["group"] * len(ordered))


def published_n(box: pd.DataFrame, state: KlimaatState) -> dict[str, int]:
    """n per group of the state's grouping that a box plot of its population would draw
    (published, hidden groups included): what select_boxes + drawn_groups give for
    hidden=(), without labels and sorting (asked for several views per /klimaat update)."""
    found = population_positions(box, state, grouping=state.grouping)
    groups = set(schema.GROUP_VALUES[state.grouping])
    return {str(g): int(n) for g, n, withheld in
            zip(column_values(box, "group", found), column_values(box, "n", found),
                column_values(box, "suppressed", found)) if not withheld and g in groups}


def drawn_groups(rows: pd.DataFrame) -> pd.DataFrame:
    """The groups a box plot draws: published, not the reference."""
    return rows[rows["role"].eq("group") & ~rows["suppressed"]]


def suppressed_groups(rows: pd.DataFrame) -> pd.DataFrame:
    return rows[rows["role"].eq("group") & rows["suppressed"]]


# The same three parts of select_boxes' rows as records (rows.to_dict("records")): the page
# works on these, converted once per update (pandas costs more per call than these rows hold).

def drawn_records(records: list[dict]) -> list[dict]:
    """drawn_groups of the rows as records."""
    return [r for r in records if r["role"] == "group" and not r["suppressed"]]


def withheld_records(records: list[dict]) -> list[dict]:
    """suppressed_groups of the rows as records."""
    return [r for r in records if r["role"] == "group" and r["suppressed"]]


def reference_record(records: list[dict]) -> dict | None:
    """The reference row (all organisations of the population), None when there is none."""
    return next((r for r in records if r["role"] == "reference"), None)


# ----------------------------------------------------------------------------- shares

def _share_positions(shares: pd.DataFrame, state: KlimaatState, indicator: str, measure: str,
                     grouping: str = "all") -> np.ndarray:
    return population_positions(shares, state, grouping=grouping, indicator=indicator,
                                measure=measure)


def _share_rows(shares: pd.DataFrame, state: KlimaatState, indicator: str, measure: str,
                grouping: str = "all", extra: tuple[str, ...] = ()) -> pd.DataFrame:
    return take_columns(shares, [*extra, *SHARE_COLUMNS],
                        _share_positions(shares, state, indicator, measure, grouping))


def select_bins(shares: pd.DataFrame, state: KlimaatState) -> pd.DataFrame:
    """Climate score histogram (indicator climate_bin): one row per 0,25 bin, low to high.

    Adds lo and hi, the bin edges parsed from the category ("3.75-4.00"). bin_records: the
    same rows as records.
    """
    positions, edges = _bin_rows(shares, state)
    rows = take_columns(shares, SHARE_COLUMNS, positions)
    rows["lo"] = np.array([lo for lo, _ in edges], dtype=float)
    rows["hi"] = np.array([hi for _, hi in edges], dtype=float)
    return rows


def bin_records(shares: pd.DataFrame, state: KlimaatState) -> list[dict]:
    """select_bins as records."""
    positions, edges = _bin_rows(shares, state)
    return [{**row, "lo": lo, "hi": hi} for row, (lo, hi) in
            zip(take_records(shares, SHARE_COLUMNS, positions), edges)]


def _bin_rows(shares: pd.DataFrame, state: KlimaatState
              ) -> tuple[np.ndarray, list[tuple[float, float]]]:
    found = _share_positions(shares, state, "climate_bin", "share")
    edges = [tuple(float(e) for e in c.split("-", 1))
             for c in column_values(shares, "category", found)]
    order = sorted(range(len(found)), key=lambda i: edges[i][0])
    return found[order], [edges[i] for i in order]


def select_group_shares(shares: pd.DataFrame, state: KlimaatState) -> pd.DataFrame:
    """Share of the population per climate group (krachtig, gemiddeld, beperkt)."""
    return take_columns(shares, SHARE_COLUMNS, _group_share_positions(shares, state))


def group_share_records(shares: pd.DataFrame, state: KlimaatState) -> list[dict]:
    """select_group_shares as records."""
    return take_records(shares, SHARE_COLUMNS, _group_share_positions(shares, state))


def _group_share_positions(shares: pd.DataFrame, state: KlimaatState) -> list:
    found = _share_positions(shares, state, "climate_group", "share")
    order = {g: i for i, g in enumerate(q.CLIMATE_GROUPS)}
    kept = sorted((order[c], p) for c, p in zip(column_values(shares, "category", found), found)
                  if c in order)
    return [p for _, p in kept]


ITEM_ORDER = {key: i for i, key in enumerate(ITEM_BY_KEY)}
BOUND_SORT = {"below": 0.0, "above": 100.0}


def select_statements(shares: pd.DataFrame, state: KlimaatState) -> pd.DataFrame:
    """Share agreeing (4-5) per climate statement, highest first; adds in_scale and
    paraphrase. statement_records: the same rows as records."""
    positions, items = _statement_rows(shares, state)
    rows = take_columns(shares, SHARE_COLUMNS, positions)
    rows["in_scale"] = [item.in_scale for item in items]
    rows["paraphrase"] = [item.paraphrase_source for item in items]
    return rows


def statement_records(shares: pd.DataFrame, state: KlimaatState) -> list[dict]:
    """select_statements as records."""
    positions, items = _statement_rows(shares, state)
    return [{**row, "in_scale": item.in_scale, "paraphrase": item.paraphrase_source}
            for row, item in zip(take_records(shares, SHARE_COLUMNS, positions), items)]


def _statement_rows(shares: pd.DataFrame, state: KlimaatState) -> tuple[list, list]:
    """Positions of the statements' rows, highest share first, and their items."""
    found = _share_positions(shares, state, "climate_statement", "agree")
    items = [(p, c, s, b) for p, c, s, b in zip(
        found, column_values(shares, "category", found), column_values(shares, "share", found),
        column_values(shares, "share_bound", found)) if c in ITEM_BY_KEY]

    def key(item):
        _, category, share, bound = item
        value = BOUND_SORT.get(bound, np.nan) if _missing(share) else share
        # highest share first (a bound sorts as 0 or 100), unknown last, then item order
        return (_missing(value), 0.0 if _missing(value) else -value, ITEM_ORDER[category])

    items.sort(key=key)
    return [p for p, *_ in items], [ITEM_BY_KEY[c] for _, c, _, _ in items]


def _bounded(share: float, n: int) -> tuple[float, str]:
    """The small-group rule of data/schema.py for a share computed here from two counts."""
    if n < schema.SMALL_GROUP and share < schema.SHARE_BOUND_LOW:
        return np.nan, "below"
    if n < schema.SMALL_GROUP and share > schema.SHARE_BOUND_HIGH:
        return np.nan, "above"
    return share, "exact"


def _all_innovated(cells: dict[str, dict[str, tuple]], group: str) -> bool:
    """True when the group's all and innovated cells are published with the same n."""
    try:
        rows = [cells[v][group] for v in (schema.ALL, "yes")]
    except KeyError:
        return False
    if any(bool(suppressed) or _missing(n) for n, suppressed, _ in rows):
        return False
    return int(rows[0][0]) == int(rows[1][0])


def _frequency(box: pd.DataFrame, state: KlimaatState) -> list[dict]:
    """Share that innovated per climate group: n(innovated) / n(all) from climate_box.

    The share also reveals n(not innovated), so it is shown only when the group's cells for
    all, innovated and not innovated are all published (one decision per set of
    organisations); otherwise the first withheld cell's reason is given. Exception (issue
    11, "a zero cell is not a small cell"): when all and innovated are published with the
    same n, they are one set of organisations and the withheld "not innovated" cell is the
    empty one; the group is shown (100%) rather than hidden.
    """
    cells: dict[str, dict[str, tuple]] = {}  # innovated value -> group -> (n, withheld, why)
    for value in (schema.ALL, "yes", "no"):
        found = population_positions(box, state.replace(innovated=value),
                                     grouping="climate_group")
        cells[value] = dict(zip(column_values(box, "group", found), zip(
            column_values(box, "n", found), column_values(box, "suppressed", found),
            column_values(box, "suppression", found))))
    out = []
    for group, (n_all, _, _) in cells[schema.ALL].items():
        reason = ""
        for value, part in cells.items():
            if value == "no" and _all_innovated(cells, group):
                continue
            if group not in part:
                reason = schema.WITHHELD
            elif part[group][1]:
                reason = part[group][2]
            if reason:
                break
        share, bound = (np.nan, None)
        if not reason:
            share, bound = _bounded(100.0 * int(cells["yes"][group][0]) / int(n_all),
                                    int(n_all))
        out.append({"group": group, "category": "innovated", "share": share,
                    "share_bound": bound, "n": None if reason else n_all,
                    "suppressed": bool(reason), "suppression": reason})
    return out


BREAKDOWN_COLUMNS = ["group", *SHARE_COLUMNS]


def select_breakdown(shares: pd.DataFrame, box: pd.DataFrame,
                     state: KlimaatState) -> pd.DataFrame:
    """The chosen indicator per climate group (Figuren 18-21), long format.

    Columns: group (climate group), category, share, share_bound, n, suppressed,
    suppression. Order: category (codebook) then krachtig, gemiddeld, beperkt.
    Empty when the indicator has no rows for the population (innovator questions when
    only non-innovators are selected) or when innovation frequency is asked for a
    population already filtered on innovation. breakdown_records: the same rows as records.
    """
    positions, frequency = _breakdown_rows(shares, box, state)
    if positions is not None:
        return take_columns(shares, BREAKDOWN_COLUMNS, positions)
    rows = pd.DataFrame(frequency, columns=BREAKDOWN_COLUMNS)
    return rows.astype({"suppressed": bool, "share": float, "n": "Int64"})


def breakdown_records(shares: pd.DataFrame, box: pd.DataFrame,
                      state: KlimaatState) -> list[dict]:
    """select_breakdown as records."""
    positions, frequency = _breakdown_rows(shares, box, state)
    if positions is not None:
        return take_records(shares, BREAKDOWN_COLUMNS, positions)
    return [{**row, "share": float(row["share"])} for row in frequency]


def _breakdown_rows(shares: pd.DataFrame, box: pd.DataFrame, state: KlimaatState
                    ) -> tuple[list | None, list[dict]]:
    """The breakdown's rows: their positions in `shares`, or (innovation frequency, worked
    out from climate_box) None and the rows themselves, in order."""
    choice = state.breakdown
    groups = {g: i for i, g in enumerate(q.CLIMATE_GROUPS)}
    if choice != "frequency":
        # the rows' order worked out on plain values, the rows taken once in that order
        indicator = BREAKDOWN_INDICATOR[choice]
        cats = {c: i for i, c in enumerate(q.INDICATOR_BY_KEY[indicator].categories)}
        found = _share_positions(shares, state, indicator,
                                 BREAKDOWN_MEASURE.get(choice, "share"), "climate_group")
        kept = sorted((cats[c] * 10 + groups[g], p) for p, g, c in zip(
            found, column_values(shares, "group", found),
            column_values(shares, "category", found)) if g in groups and c in cats)
        return [p for _, p in kept], []
    rows = [] if state.innovated != "all" else _frequency(box, state)
    rows = [r for r in rows if r["group"] in groups and r["category"] == "innovated"]
    return None, sorted(rows, key=lambda r: groups[r["group"]])


def breakdown_gaps(rows: pd.DataFrame) -> pd.DataFrame:
    """Per category the gap krachtig minus beperkt in percentage points (NaN if unknown)."""
    return pd.DataFrame(gap_pairs(rows.to_dict("records")), columns=["category", "gap"])


def gap_pairs(records: list[dict]) -> list[tuple[str, float]]:
    """breakdown_gaps of select_breakdown's rows as records: (category, gap), in order."""
    by_category: dict[str, dict[str, float]] = {}
    for r in records:
        by_category.setdefault(r["category"], {})[r["group"]] = r["share"]
    out = []
    for category, by_group in by_category.items():
        strong, weak = by_group.get("krachtig", np.nan), by_group.get("beperkt", np.nan)
        out.append((category, float(strong) - float(weak)
                    if not _missing(strong) and not _missing(weak) else np.nan))
    return out


# --------------------------------------------------------------------------- variance

VARIANCE_COLUMNS = ["grouping", "n", "n_groups", "ss_between", "ss_within", "eta_squared",
                    "suppressed", "suppression"]


def select_variance(variance: pd.DataFrame, state: KlimaatState) -> pd.DataFrame:
    """The within/between row for the population and grouping (zero or one row)."""
    return take_columns(variance, VARIANCE_COLUMNS,
                        population_positions(variance, state, grouping=state.grouping))


def variance_records(variance: pd.DataFrame, state: KlimaatState) -> list[dict]:
    """select_variance as records."""
    return take_records(variance, VARIANCE_COLUMNS,
                        population_positions(variance, state, grouping=state.grouping))
