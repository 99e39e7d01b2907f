"""Data of the climate explorer (/klimaat): the aggregate frames it reads (loaded once per
folder) and the selection (frames, state) -> DataFrame.

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
from data import load
from data import questionnaire as q
from data import schema
from data.cube import kept_rows_where

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
    return _edition_record(str(schema.aggregates_dir()), edition_of(edition))


@load.memoised(maxsize=16)
def _edition_record(folder: str, edition: str) -> ed.Edition:
    # the registry is read from the table once per folder and edition (cards ask per request)
    return ed.by_id(load.load_table("editions"))[edition]


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


def population_rows(frame: pd.DataFrame, state: KlimaatState, **criteria: str) -> pd.DataFrame:
    """Rows of `frame` for the state's population that also match `criteria`."""
    return kept_rows_where(frame, **criteria, **state.population())


def _plain(frame: pd.DataFrame, columns: list[str]) -> pd.DataFrame:
    """Selected columns; text columns (string or categorical) as Python str, None if missing.

    Builders then compare plain values (a missing share_bound is None, never pd.NA).
    """
    # Built column by column from arrays (no copy of the whole selection, no per-column
    # reassignment): a third cheaper than select-copy-convert, several calls per request.
    data = {}
    for col in columns:
        column = frame[col]
        dtype = column.dtype
        if isinstance(dtype, pd.CategoricalDtype) or pd.api.types.is_string_dtype(dtype):
            data[col] = pd.Series(column.to_numpy(dtype=object, na_value=None), dtype=object,
                                  copy=False)
        else:
            data[col] = pd.Series(column.array, copy=False)
    return pd.DataFrame(data, copy=False) if data else frame[columns].reset_index(drop=True)


# ------------------------------------------------------------------------------ boxes

def never_drawn(box: pd.DataFrame, grouping: str) -> tuple[str, ...]:
    """Groups of `grouping` withheld for all organisations: no filter can show them (a filter
    only makes a group smaller), so the page does not offer them to choose."""
    whole = {"f_sector": schema.ALL, "f_cluster": schema.ALL, "f_size": schema.ALL,
             "f_innovated": schema.ALL}
    rows = _plain(kept_rows_where(box, grouping=grouping, **whole), ["group", "suppressed"])
    drawn = set(rows.loc[~rows["suppressed"].astype(bool), "group"])
    return tuple(g for g in schema.GROUP_VALUES[grouping] if g not in drawn)


def select_boxes(box: pd.DataFrame, state: KlimaatState) -> pd.DataFrame:
    """The reference row (all organisations of the population) and the shown groups.

    Columns: group, label, role ("reference" | "group"), n, suppressed, suppression, the box
    statistics and whisker_rule (box statistics null for small groups: mean and sd only).
    Order: reference, published groups sorted (median, or the mean where a small group has
    no box, highest first; or by name), then withheld groups in codebook order. Hidden
    groups and groups without a row are left out.
    """
    lang = state.lang
    columns = ["group", "n", "suppressed", "suppression", *BOX_STATS, "whisker_rule"]
    ref = _plain(population_rows(box, state, grouping="all"), columns)
    ref["role"] = "reference"
    rows = _plain(population_rows(box, state, grouping=state.grouping), columns)
    rows = rows[rows["group"].isin(state.shown_groups)]
    rows["role"] = "group"
    order = {g: i for i, g in enumerate(state.groups)}
    rows["code"] = rows["group"].map(order)
    rows["label"] = [group_label(state.grouping, g, lang) for g in rows["group"]]
    published = rows[~rows["suppressed"]]
    if state.sort == "median":
        published = published.assign(centre=published["median"].fillna(published["mean"]))
        published = published.sort_values(["centre", "code"], ascending=[False, True],
                                           kind="stable").drop(columns="centre")
    elif state.grouping in ("sector", "cluster"):
        # as "string": an empty selection has a float column, which has no .str
        published = published.sort_values(
            "label", key=lambda s: s.astype("string").str.casefold(), kind="stable")
    else:
        published = published.sort_values("code", kind="stable")
    withheld = rows[rows["suppressed"]].sort_values("code", kind="stable")
    ref["label"] = [group_label("all", "all", lang)] * len(ref)
    out = pd.concat([ref, published, withheld], ignore_index=True)
    return out[["group", "label", "role", *columns[1:]]]


def published_n(box: pd.DataFrame, state: KlimaatState) -> dict[str, int]:
    """n per group of the state's grouping that a box plot of its population would draw
    (published, hidden groups included): what select_boxes + drawn_groups give for
    hidden=(), without labels and sorting (asked for several views per /klimaat update)."""
    rows = _plain(population_rows(box, state, grouping=state.grouping),
                  ["group", "n", "suppressed"])
    groups = set(schema.GROUP_VALUES[state.grouping])
    return {str(g): int(n) for g, n, withheld in
            zip(rows["group"], rows["n"], rows["suppressed"]) if not withheld and g in groups}


def drawn_groups(rows: pd.DataFrame) -> pd.DataFrame:
    """The groups a box plot draws: published, not the reference."""
    return rows[rows["role"].eq("group") & ~rows["suppressed"]]


def suppressed_groups(rows: pd.DataFrame) -> pd.DataFrame:
    return rows[rows["role"].eq("group") & rows["suppressed"]]


# ----------------------------------------------------------------------------- shares

def _share_rows(shares: pd.DataFrame, state: KlimaatState, indicator: str, measure: str,
                grouping: str = "all", extra: tuple[str, ...] = ()) -> pd.DataFrame:
    rows = population_rows(shares, state, grouping=grouping, indicator=indicator,
                           measure=measure)
    return _plain(rows, [*extra, *SHARE_COLUMNS])


def select_bins(shares: pd.DataFrame, state: KlimaatState) -> pd.DataFrame:
    """Climate score histogram (indicator climate_bin): one row per 0,25 bin, low to high.

    Adds lo and hi, the bin edges parsed from the category ("3.75-4.00").
    """
    rows = _share_rows(shares, state, "climate_bin", "share")
    edges = rows["category"].str.split("-", n=1, expand=True) if len(rows) else None
    rows["lo"] = edges[0].astype(float) if edges is not None else pd.Series(dtype=float)
    rows["hi"] = edges[1].astype(float) if edges is not None else pd.Series(dtype=float)
    return rows.sort_values("lo", kind="stable").reset_index(drop=True)


def select_group_shares(shares: pd.DataFrame, state: KlimaatState) -> pd.DataFrame:
    """Share of the population per climate group (krachtig, gemiddeld, beperkt)."""
    rows = _share_rows(shares, state, "climate_group", "share")
    order = {g: i for i, g in enumerate(q.CLIMATE_GROUPS)}
    rows = rows[rows["category"].isin(order)]
    return rows.sort_values("category", key=lambda s: s.map(order)).reset_index(drop=True)


def select_statements(shares: pd.DataFrame, state: KlimaatState) -> pd.DataFrame:
    """Share agreeing (4-5) per climate statement, highest first; adds in_scale and paraphrase."""
    rows = _share_rows(shares, state, "climate_statement", "agree")
    rows = rows[rows["category"].isin(ITEM_BY_KEY)].copy()
    rows["in_scale"] = [ITEM_BY_KEY[c].in_scale for c in rows["category"]]
    rows["paraphrase"] = [ITEM_BY_KEY[c].paraphrase_source for c in rows["category"]]
    rows["code"] = [list(ITEM_BY_KEY).index(c) for c in rows["category"]]
    rows["sort_share"] = rows["share"].fillna(
        rows["share_bound"].map({"below": 0.0, "above": 100.0}).astype(float))
    rows = rows.sort_values(["sort_share", "code"], ascending=[False, True],
                            na_position="last", kind="stable")
    return rows.drop(columns=["sort_share", "code"]).reset_index(drop=True)


def _bounded(share: float, n: int) -> tuple[float, str]:
    """The small-group rule of data/schema.py for a share computed here from two counts."""
    if n < schema.SMALL_GROUP and share < schema.SHARE_BOUND_LOW:
        return np.nan, "below"
    if n < schema.SMALL_GROUP and share > schema.SHARE_BOUND_HIGH:
        return np.nan, "above"
    return share, "exact"


def _all_innovated(cells: dict[str, pd.DataFrame], group: str) -> bool:
    """True when the group's all and innovated cells are published with the same n."""
    try:
        rows = [cells[v].loc[group] for v in (schema.ALL, "yes")]
    except KeyError:
        return False
    if any(bool(r["suppressed"]) or pd.isna(r["n"]) for r in rows):
        return False
    return int(rows[0]["n"]) == int(rows[1]["n"])


def _frequency(box: pd.DataFrame, state: KlimaatState) -> pd.DataFrame:
    """Share that innovated per climate group: n(innovated) / n(all) from climate_box.

    The share also reveals n(not innovated), so it is shown only when the group's cells for
    all, innovated and not innovated are all published (one decision per set of
    organisations); otherwise the first withheld cell's reason is given. Exception (issue
    11, "a zero cell is not a small cell"): when all and innovated are published with the
    same n, they are one set of organisations and the withheld "not innovated" cell is the
    empty one; the group is shown (100%) rather than hidden.
    """
    cells = {}
    for value in (schema.ALL, "yes", "no"):
        rows = population_rows(box, state.replace(innovated=value), grouping="climate_group")
        cells[value] = _plain(rows, ["group", "n", "suppressed", "suppression"]) \
            .set_index("group")
    out = []
    for group in cells[schema.ALL].index:
        reason = ""
        for value, part in cells.items():
            if value == "no" and _all_innovated(cells, group):
                continue
            if group not in part.index:
                reason = schema.WITHHELD
            elif part.loc[group, "suppressed"]:
                reason = part.loc[group, "suppression"]
            if reason:
                break
        n_all = cells[schema.ALL].loc[group, "n"]
        share, bound = (np.nan, None)
        if not reason:
            share, bound = _bounded(100.0 * int(cells["yes"].loc[group, "n"]) / int(n_all),
                                    int(n_all))
        out.append({"group": group, "category": "innovated", "share": share,
                    "share_bound": bound, "n": pd.NA if reason else n_all,
                    "suppressed": bool(reason), "suppression": reason})
    return pd.DataFrame(out, columns=["group", *SHARE_COLUMNS])


def select_breakdown(shares: pd.DataFrame, box: pd.DataFrame,
                     state: KlimaatState) -> pd.DataFrame:
    """The chosen indicator per climate group (Figuren 18-21), long format.

    Columns: group (climate group), category, share, share_bound, n, suppressed,
    suppression. Order: category (codebook) then krachtig, gemiddeld, beperkt.
    Empty when the indicator has no rows for the population (innovator questions when
    only non-innovators are selected) or when innovation frequency is asked for a
    population already filtered on innovation.
    """
    choice = state.breakdown
    if choice == "frequency":
        rows = pd.DataFrame(columns=["group", *SHARE_COLUMNS]) if state.innovated != "all" \
            else _frequency(box, state)
        categories: tuple[str, ...] = ("innovated",)
    else:
        indicator = BREAKDOWN_INDICATOR[choice]
        rows = _share_rows(shares, state, indicator, BREAKDOWN_MEASURE.get(choice, "share"),
                           grouping="climate_group", extra=("group",))
        categories = q.INDICATOR_BY_KEY[indicator].categories
    groups = {g: i for i, g in enumerate(q.CLIMATE_GROUPS)}
    cats = {c: i for i, c in enumerate(categories)}
    rows = rows[rows["group"].isin(groups) & rows["category"].isin(cats)].astype(
        {"suppressed": bool, "share": float, "n": "Int64"})
    rows["_k"] = rows["category"].map(cats) * 10 + rows["group"].map(groups)
    return rows.sort_values("_k").drop(columns="_k").reset_index(drop=True)


def breakdown_gaps(rows: pd.DataFrame) -> pd.DataFrame:
    """Per category the gap krachtig minus beperkt in percentage points (NaN if unknown)."""
    out = []
    for category, part in rows.groupby("category", sort=False):
        by_group = part.set_index("group")["share"]
        strong, weak = by_group.get("krachtig", np.nan), by_group.get("beperkt", np.nan)
        out.append({"category": category, "gap": float(strong) - float(weak)
                    if pd.notna(strong) and pd.notna(weak) else np.nan})
    return pd.DataFrame(out, columns=["category", "gap"])


# --------------------------------------------------------------------------- variance

def select_variance(variance: pd.DataFrame, state: KlimaatState) -> pd.DataFrame:
    """The within/between row for the population and grouping (zero or one row)."""
    columns = ["grouping", "n", "n_groups", "ss_between", "ss_within", "eta_squared",
               "suppressed", "suppression"]
    return _plain(population_rows(variance, state, grouping=state.grouping), columns)
