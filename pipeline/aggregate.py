"""Aggregation: validated microdata -> the group-level tables of data/schema.py.

Nothing here loops over organisations. The microdata are first compressed to organisation
*types* (sector, cluster, size class, innovated, climate group or "no score"), with per
type the number of organisations, a histogram over the distinct climate scores (means of at
most 13 integers, so a few hundred values) and the numerators of every indicator measure.
Every cell of the cube is a union of types, so its statistics are sums over its types:
means, standard deviations and quantiles come from weighted histograms.

Cells (schema.CUBE_KEYS): population (f_sector/f_cluster, at most one not "all", x f_size
x f_innovated) x grouping x group. A group that contradicts its own population filter
(grouping "sector" with another f_sector, "size_class" with another f_size, ...) is empty
by definition and has no row; innovator-only indicators have no rows where innovated is
fixed to "no". All other cells have rows, also when empty (then suppressed as primary).

Bases: the organisations a cell's statistic is about.
  all         indicator_shares for indicators with base "all" and climate statements
  innovators  indicator_shares for innovator questions
  scored      organisations with a climate score: climate_box, climate_variance,
              climate_percentiles, climate_group and climate_bin shares

Definitions:
  quartiles, P10/P90: numpy "linear" (Hyndman & Fan type 7) on the organisations' scores
  sd: sample standard deviation (ddof 1)
  Tukey whiskers: most extreme score within q1 - 1.5 IQR and q3 + 1.5 IQR
  climate_statement "agree": answers 4-5 among all organisations of the group
                             ("weet niet" counts in the base)
  climate_bin: [1.00, 1.25), ..., [4.75, 5.00]; category "lo-hi" with two decimals
  climate_percentiles: pct_below / pct_at_or_below rounded half up to whole percents
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field

import numpy as np
import pandas as pd

from data import questionnaire as q
from data import schema
from pipeline import disclosure

ALL = schema.ALL
TYPE_DIMS = ("sector", "cluster", "size_class", "innovated", "climate_group")
NO_SCORE = "no_score"
DIM_VALUES: dict[str, tuple[str, ...]] = {
    "sector": q.SECTORS,
    "cluster": q.CLUSTERS,
    "size_class": q.SIZE_CLASSES,
    "innovated": schema.INNOVATED_VALUES,
    "climate_group": (*q.CLIMATE_GROUPS, NO_SCORE),
}
FILTER_DIM = {"f_sector": "sector", "f_cluster": "cluster", "f_size": "size_class",
              "f_innovated": "innovated"}
KEY_CATEGORIES: dict[str, tuple[str, ...]] = {
    **schema.FILTER_VALUES, "grouping": schema.GROUPINGS, "group": schema.ALL_GROUP_VALUES}
BASES = ("all", "innovators", "scored")
MEASURES = ("share", "promoting", "hindering", "agree")
BIN_WIDTH = schema.CLIMATE_BIN_WIDTH
BIN_LABELS = schema.climate_bin_labels()
GRID_TOL = 1e-9
# lcm(1..13) = 360360: a mean of at most 13 whole answers is exactly k / SCORE_DENOMINATOR
SCORE_DENOMINATOR = math.lcm(*range(1, len(q.SCALE_ITEMS) + 1))


@dataclass(frozen=True)
class Measure:
    """One indicator_shares row per cell: its keys and the base it is computed on."""

    indicator: str
    category: str
    measure: str
    base: str


def measures() -> tuple[Measure, ...]:
    """All indicator_shares measures in output order."""
    out: list[Measure] = []
    for ind in q.INDICATORS:
        base = "innovators" if ind.base == "innovators" else "all"
        if ind.kind == "likert":
            for c in ind.categories:
                out += [Measure(ind.key, c, "promoting", base),
                        Measure(ind.key, c, "hindering", base)]
        else:
            out += [Measure(ind.key, c, "share", base) for c in ind.categories]
    out += [Measure("climate_statement", item.key, "agree", "all") for item in q.CLIMATE_ITEMS]
    out += [Measure("climate_group", g, "share", "scored") for g in q.CLIMATE_GROUPS]
    out += [Measure("climate_bin", b, "share", "scored") for b in BIN_LABELS]
    return tuple(out)


MEASURE_LIST = measures()


# ------------------------------------------------------------------------------ types

@dataclass
class Types:
    """Organisations compressed to types (rows) with everything the cells need."""

    codes: dict[str, np.ndarray]  # per TYPE_DIM: value index into DIM_VALUES[dim]
    count: np.ndarray             # (T,) organisations
    values: np.ndarray            # (U,) distinct climate scores, ascending
    hist: np.ndarray              # (T, U) organisations per score value
    numerators: np.ndarray        # (T, K) organisations counted by each measure
    organisations: int = 0
    innovators: int = 0
    scored: int = 0


def _codes(series: pd.Series, values: tuple[str, ...]) -> np.ndarray:
    cat = pd.Categorical(series, categories=list(values))
    return np.asarray(cat.codes, dtype=np.int64)


def _bool(series: pd.Series) -> np.ndarray:
    return series.to_numpy(dtype="float64", na_value=0.0) > 0


def _likert(series: pd.Series) -> np.ndarray:
    return series.to_numpy(dtype="float64", na_value=np.nan)


def compress(df: pd.DataFrame) -> Types:
    """Group the derived microdata frame (pipeline.microdata.derive) into types."""
    n_org = len(df)
    innovated = df["innovated"].to_numpy(dtype=bool)
    score = df["climate_score"].to_numpy(dtype="float64", na_value=np.nan)
    group = _codes(df["climate_group"], q.CLIMATE_GROUPS)
    group = np.where(group < 0, len(q.CLIMATE_GROUPS), group)
    codes = {"sector": _codes(df["sector"], q.SECTORS),
             "cluster": _codes(df["cluster"], q.CLUSTERS),
             "size_class": _codes(df["size_class"], q.SIZE_CLASSES),
             "innovated": np.where(innovated, 0, 1),
             "climate_group": group}
    key = np.zeros(n_org, dtype=np.int64)
    key_space = 1
    for dim in TYPE_DIMS:
        key = key * len(DIM_VALUES[dim]) + codes[dim]
        key_space *= len(DIM_VALUES[dim])
    # bounded key space: counting instead of sorting (O(n))
    per_key = np.bincount(key, minlength=key_space)
    uniq = np.flatnonzero(per_key)
    count = per_key[uniq]
    type_of = (np.cumsum(per_key > 0) - 1)[key]
    n_types = len(uniq)
    type_codes = {}
    rest = uniq.copy()
    for dim in reversed(TYPE_DIMS):
        type_codes[dim] = rest % len(DIM_VALUES[dim])
        rest //= len(DIM_VALUES[dim])
    type_codes = {d: type_codes[d] for d in TYPE_DIMS}

    has_score = ~np.isnan(score)
    # a score is (sum of answers) / (items answered <= 13): an exact multiple of
    # 1/SCORE_DENOMINATOR, so distinct scores are found by counting, not sorting
    score_code = np.rint(score[has_score] * SCORE_DENOMINATOR).astype(np.int64)
    per_code = np.bincount(score_code, minlength=1)
    present = np.flatnonzero(per_code)
    values = present / SCORE_DENOMINATOR
    value_of = (np.cumsum(per_code > 0) - 1)[score_code]
    hist = np.bincount(type_of[has_score] * len(values) + value_of,
                       minlength=n_types * len(values)).reshape(n_types, len(values))

    def per_type(weights: np.ndarray) -> np.ndarray:
        return np.bincount(type_of, weights=weights.astype(np.float64), minlength=n_types)

    columns: list[np.ndarray] = []
    singles: dict[str, np.ndarray] = {}
    likert_cache: dict[str, np.ndarray] = {}
    bins = np.zeros(n_org, dtype=np.int64)
    bins[has_score] = np.minimum(np.floor((score[has_score] - q.LIKERT_MIN) / BIN_WIDTH),
                                 len(BIN_LABELS) - 1).astype(np.int64)
    bin_counts = np.bincount(type_of[has_score] * len(BIN_LABELS) + bins[has_score],
                             minlength=n_types * len(BIN_LABELS)).reshape(n_types, -1)
    for m in MEASURE_LIST:
        if m.indicator == "climate_group":
            columns.append(np.where(type_codes["climate_group"]
                                    == q.CLIMATE_GROUPS.index(m.category), count, 0))
        elif m.indicator == "climate_bin":
            columns.append(bin_counts[:, BIN_LABELS.index(m.category)])
        elif m.indicator == "climate_statement":
            answers = _likert(df[q.climate_column(m.category)])
            columns.append(per_type(answers >= min(q.LIKERT_AGREE)))
        else:
            ind = q.INDICATOR_BY_KEY[m.indicator]
            if ind.kind == "single":
                if m.indicator not in singles:
                    cat = _codes(df[ind.key], ind.categories)
                    ok = cat >= 0
                    singles[m.indicator] = np.bincount(
                        type_of[ok] * len(ind.categories) + cat[ok],
                        minlength=n_types * len(ind.categories)).reshape(n_types, -1)
                columns.append(singles[m.indicator][:, ind.categories.index(m.category)])
            elif ind.kind == "multi":
                columns.append(per_type(_bool(df[f"{ind.key}__{m.category}"])))
            else:
                col = f"{ind.key}__{m.category}"
                if col not in likert_cache:
                    likert_cache[col] = _likert(df[col])
                answers = likert_cache[col]
                columns.append(per_type(answers >= 4) if m.measure == "promoting"
                               else per_type(answers <= 2))
    numerators = np.column_stack(columns).astype(np.int64)
    return Types(codes=type_codes, count=count.astype(np.int64), values=values,
                 hist=hist.astype(np.int64), numerators=numerators, organisations=n_org,
                 innovators=int(innovated.sum()), scored=int(has_score.sum()))


# ------------------------------------------------------------------------------ cells

def populations() -> list[dict[str, str]]:
    """Every population of the cube in output order."""
    places = [(ALL, ALL)] + [(s, ALL) for s in q.SECTORS] + [(ALL, c) for c in q.CLUSTERS]
    return [{"f_sector": s, "f_cluster": c, "f_size": z, "f_innovated": i}
            for s, c in places
            for z in schema.FILTER_VALUES["f_size"]
            for i in schema.FILTER_VALUES["f_innovated"]]


@dataclass
class Cells:
    """The cube's cells and the distinct organisation sets behind them."""

    keys: pd.DataFrame           # CUBE_KEYS per cell, plus pop (population index)
    key_codes: dict[str, np.ndarray]  # CUBE_KEYS as codes into KEY_CATEGORIES
    set_of: dict[str, np.ndarray]  # base -> (C,) index into sets
    innov_rows: np.ndarray       # (C,) bool: cell can hold innovator rows
    members: np.ndarray          # (m, T) bool type membership per set
    bits: np.ndarray             # (m, W) packed membership
    n: np.ndarray                # (m,) organisations per set
    partitions: tuple[np.ndarray, ...] = field(default_factory=tuple)


def _dim_masks(types: Types) -> dict[str, np.ndarray]:
    """Per dimension a (values, T) membership matrix."""
    return {dim: types.codes[dim][None, :] == np.arange(len(DIM_VALUES[dim]))[:, None]
            for dim in TYPE_DIMS}


def build_cells(types: Types) -> Cells:
    """Enumerate the cube and map every (cell, base) to a distinct set of types."""
    masks = _dim_masks(types)
    n_types = len(types.count)
    every = np.ones(n_types, dtype=bool)
    group_rows: list[tuple[str, str, np.ndarray]] = [("all", ALL, every)]
    for grouping in schema.GROUPINGS[1:]:
        for i, value in enumerate(schema.GROUP_VALUES[grouping]):  # grouping = dimension
            group_rows.append((grouping, value, masks[grouping][i]))
    group_matrix = np.stack([g[2] for g in group_rows])
    key_rows: list[tuple] = []
    cell_masks: list[np.ndarray] = []
    for p, pop in enumerate(populations()):
        pmask = every.copy()
        for fkey, dim in FILTER_DIM.items():
            if pop[fkey] != ALL:
                pmask &= masks[dim][DIM_VALUES[dim].index(pop[fkey])]
        keep = []
        for g, (grouping, value, _) in enumerate(group_rows):
            fkey = next((f for f, d in FILTER_DIM.items() if d == grouping), None)
            if fkey is not None and pop[fkey] != ALL and pop[fkey] != value:
                continue  # contradicts the population: empty by definition, no row
            keep.append(g)
            key_rows.append((p, pop["f_sector"], pop["f_cluster"], pop["f_size"],
                             pop["f_innovated"], grouping, value))
        cell_masks.append(group_matrix[keep] & pmask[None, :])
    keys = pd.DataFrame(key_rows, columns=["pop", *schema.CUBE_KEYS])
    cell_mask = np.concatenate(cell_masks)
    innov_type = types.codes["innovated"] == 0
    scored_type = types.codes["climate_group"] < len(q.CLIMATE_GROUPS)
    innov_rows = ((keys["f_innovated"] != "no")
                  & ~((keys["grouping"] == "innovated") & (keys["group"] == "no"))).to_numpy()
    stacked = np.concatenate([cell_mask, cell_mask & innov_type, cell_mask & scored_type])
    packed = np.packbits(stacked, axis=1)
    # distinct sets in order of first use (deterministic); rows as bytes for hashing
    row_bytes = np.ascontiguousarray(packed).view(np.dtype((np.void, packed.shape[1]))).ravel()
    inverse, first = pd.factorize(pd.Series([r.tobytes() for r in row_bytes], dtype=object))
    inverse = np.asarray(inverse)
    uniq = np.stack([np.frombuffer(b, dtype=np.uint8) for b in first]) if len(first) \
        else np.empty((0, packed.shape[1]), dtype=np.uint8)
    members = np.unpackbits(uniq, axis=1, count=n_types).astype(bool)
    n = members.astype(np.int64) @ types.count
    n_cells = len(keys)
    set_of = {b: inverse[i * n_cells:(i + 1) * n_cells] for i, b in enumerate(BASES)}
    partitions = tuple(np.packbits(masks[dim], axis=1) for dim in TYPE_DIMS)
    key_codes = {col: np.asarray(pd.Categorical(keys[col], categories=list(
        KEY_CATEGORIES[col])).codes, dtype=np.int64) for col in schema.CUBE_KEYS}
    return Cells(keys=keys, key_codes=key_codes, set_of=set_of, innov_rows=innov_rows,
                 members=members, bits=uniq, n=n, partitions=partitions)


# ------------------------------------------------------------------------- statistics

def _quantile(cum: np.ndarray, n: np.ndarray, values: np.ndarray, p: float) -> np.ndarray:
    """Type-7 quantile per row from cumulative counts over sorted values."""
    out = np.full(len(n), np.nan)
    ok = n > 0
    if not ok.any() or len(values) == 0:
        return out
    c, nn = cum[ok], n[ok]
    h = (nn - 1) * p
    lo = np.floor(h).astype(np.int64)
    frac = h - lo
    hi = np.minimum(lo + 1, nn - 1)
    x_lo = values[np.argmax(c > lo[:, None], axis=1)]
    x_hi = values[np.argmax(c > hi[:, None], axis=1)]
    out[ok] = x_lo + frac * (x_hi - x_lo)
    return out


def box_statistics(hist: np.ndarray, values: np.ndarray) -> pd.DataFrame:
    """Raw box statistics per histogram row (before the small-group rules)."""
    n = hist.sum(axis=1)
    cum = np.cumsum(hist, axis=1)
    with np.errstate(invalid="ignore", divide="ignore"):
        s1 = hist @ values
        s2 = hist @ (values ** 2)
        mean = np.where(n > 0, s1 / np.maximum(n, 1), np.nan)
        var = np.where(n > 1, (s2 - s1 * mean) / np.maximum(n - 1, 1), np.nan)
    sd = np.sqrt(np.maximum(var, 0.0))
    quant = {name: _quantile(cum, n, values, p) for name, p in
             (("p10", 0.1), ("q1", 0.25), ("median", 0.5), ("q3", 0.75), ("p90", 0.9))}
    present = hist > 0
    big = np.inf
    vmin = np.where(present, values[None, :], big).min(axis=1, initial=big)
    vmax = np.where(present, values[None, :], -big).max(axis=1, initial=-big)
    iqr = quant["q3"] - quant["q1"]
    fence_lo = quant["q1"] - 1.5 * iqr - GRID_TOL
    fence_hi = quant["q3"] + 1.5 * iqr + GRID_TOL
    inside = present & (values[None, :] >= fence_lo[:, None]) \
        & (values[None, :] <= fence_hi[:, None])
    tukey_low = np.where(inside, values[None, :], big).min(axis=1, initial=big)
    tukey_high = np.where(inside, values[None, :], -big).max(axis=1, initial=-big)
    outside = present & ~inside
    rows_out, cols_out = np.nonzero(outside)
    outliers = [[] for _ in range(len(n))]
    for r, c in zip(rows_out.tolist(), cols_out.tolist()):  # per (group, distinct value)
        outliers[r].append(float(values[c]))
    empty = n == 0
    frame = pd.DataFrame({"n": n, "mean": mean, "sd": sd, "min": vmin, "max": vmax,
                          "q1": quant["q1"], "median": quant["median"], "q3": quant["q3"],
                          "tukey_low": tukey_low, "tukey_high": tukey_high,
                          "p10": quant["p10"], "p90": quant["p90"], "outliers": outliers})
    for col in ("min", "max", "tukey_low", "tukey_high"):
        frame.loc[empty, col] = np.nan
    return frame


def percentile_grid(n: int) -> np.ndarray:
    """Scores at which a peer group's distribution is published."""
    step = 0.1 if n >= schema.SMALL_GROUP else 0.25
    count = int(round((q.LIKERT_MAX - q.LIKERT_MIN) / step)) + 1
    return np.round(q.LIKERT_MIN + step * np.arange(count), 2)


def _whole_percent(x: np.ndarray) -> np.ndarray:
    return np.floor(np.asarray(x, dtype=float) + 0.5)


# ----------------------------------------------------------------------------- tables

def _nullable_int(values: np.ndarray, keep: np.ndarray) -> pd.arrays.IntegerArray:
    return pd.arrays.IntegerArray(np.where(keep, values, 0).astype(np.int64), ~keep)


def _suppression(status: np.ndarray, dtype: str = "string"):
    labels = [disclosure.STATUS_LABEL[s] for s in range(3)]
    assert tuple(labels) == schema.SUPPRESSION_VALUES
    if dtype == "category":
        return pd.Categorical.from_codes(status, categories=labels)
    return pd.array(np.array(labels, dtype=object)[status], dtype="string")


def _key_frame(cells: Cells, rows: np.ndarray, dtype: str) -> dict[str, object]:
    """The CUBE_KEYS columns for the given cell rows."""
    out = {}
    for col in schema.CUBE_KEYS:
        codes = cells.key_codes[col][rows]
        cats = KEY_CATEGORIES[col]
        if dtype == "category":
            out[col] = pd.Categorical.from_codes(codes, categories=list(cats))
        else:
            out[col] = pd.array(np.array(cats, dtype=object)[codes], dtype="string")
    return out


@dataclass
class Result:
    """The group-level tables and the disclosure bookkeeping."""

    tables: dict[str, pd.DataFrame]
    cells: Cells
    status: np.ndarray
    types: Types


def aggregate(df: pd.DataFrame, min_cell: int = schema.MIN_CELL) -> Result:
    """Compute the group-level tables with disclosure control applied."""
    min_cell = disclosure.check_min_cell(min_cell)
    types = compress(df)
    cells = build_cells(types)
    status = disclosure.protect(
        disclosure.CellSets(cells.bits, cells.n, cells.partitions), min_cell)
    members = cells.members.astype(np.float64)
    set_hist = (members @ types.hist).astype(np.int64)
    set_num = (members @ types.numerators).astype(np.int64)
    tables = {
        "climate_box": _climate_box(cells, status, set_hist, types.values),
        "climate_variance": _climate_variance(cells, status, set_hist, types.values),
        "climate_percentiles": _climate_percentiles(cells, status, set_hist, types.values),
        "indicator_shares": _indicator_shares(cells, status, set_num),
    }
    return Result(tables=tables, cells=cells, status=status, types=types)


def _climate_box(cells: Cells, status: np.ndarray, set_hist: np.ndarray,
                 values: np.ndarray) -> pd.DataFrame:
    sets = cells.set_of["scored"]
    raw = box_statistics(set_hist, values)
    box = disclosure.box_small_group_rules(raw.iloc[sets].reset_index(drop=True))
    st = status[sets]
    published = st == disclosure.PUBLISHED
    rows = np.arange(len(sets))
    out = _key_frame(cells, rows, "string")
    out["n"] = _nullable_int(cells.n[sets], published)
    out["suppressed"] = ~published
    out["suppression"] = _suppression(st)
    for col in ("mean", "sd", "min", "max", "q1", "median", "q3", "lower_whisker",
                "upper_whisker"):
        out[col] = np.where(published, box[col].to_numpy(float), np.nan)
    out["whisker_rule"] = pd.array(np.where(published, box["whisker_rule"], None),
                                   dtype="string")
    out["outliers"] = [v if p else None for v, p in zip(box["outliers"], published)]
    return pd.DataFrame(out)


def _climate_variance(cells: Cells, status: np.ndarray, set_hist: np.ndarray,
                      values: np.ndarray) -> pd.DataFrame:
    keys = cells.keys
    sets = cells.set_of["scored"]
    n = set_hist.sum(axis=1).astype(float)
    s1 = set_hist @ values
    s2 = set_hist @ (values ** 2)
    pop_rows = np.flatnonzero((keys["grouping"] == "all").to_numpy())
    pop_set = np.empty(int(keys["pop"].max()) + 1, dtype=np.int64)
    pop_set[keys["pop"].to_numpy()[pop_rows]] = sets[pop_rows]
    group_rows = np.flatnonzero((keys["grouping"] != "all").to_numpy())
    pop_of = keys["pop"].to_numpy()[group_rows]
    gset = sets[group_rows]
    pset = pop_set[pop_of]
    with np.errstate(invalid="ignore", divide="ignore"):
        pmean = s1[pset] / n[pset]
        gmean = s1[gset] / n[gset]
        between = np.where(n[gset] > 0, n[gset] * (gmean - pmean) ** 2, 0.0)
        within = np.where(n[gset] > 0, s2[gset] - s1[gset] * gmean, 0.0)
    grouping = keys["grouping"].to_numpy(dtype=object)[group_rows]
    frame = pd.DataFrame({"pop": pop_of, "grouping": grouping, "between": between,
                          "within": np.maximum(within, 0.0),
                          "nonempty": (n[gset] > 0).astype(int)})
    agg = frame.groupby(["pop", "grouping"], sort=False).sum().reset_index()
    order = {g: i for i, g in enumerate(schema.GROUPINGS)}
    agg = agg.sort_values(["pop", "grouping"], key=lambda s: s.map(order)
                          if s.name == "grouping" else s, kind="stable").reset_index(drop=True)
    pops = populations()
    pset_rows = pop_set[agg["pop"].to_numpy()]
    st = status[pset_rows]
    published = st == disclosure.PUBLISHED
    ss_b, ss_w = agg["between"].to_numpy(), agg["within"].to_numpy()
    total = ss_b + ss_w
    with np.errstate(invalid="ignore", divide="ignore"):
        eta = np.where(total > 0, ss_b / total, np.nan)
    out = {f: pd.array([pops[p][f] for p in agg["pop"]], dtype="string")
           for f in ("f_sector", "f_cluster", "f_size", "f_innovated")}
    out["grouping"] = pd.array(agg["grouping"].to_numpy(dtype=object), dtype="string")
    out["n"] = _nullable_int(cells.n[pset_rows], published)
    out["n_groups"] = _nullable_int(agg["nonempty"].to_numpy(), published)
    out["ss_between"] = np.where(published, ss_b, np.nan)
    out["ss_within"] = np.where(published, ss_w, np.nan)
    out["eta_squared"] = np.where(published, eta, np.nan)
    out["suppressed"] = ~published
    out["suppression"] = _suppression(st)
    return pd.DataFrame(out)


def _climate_percentiles(cells: Cells, status: np.ndarray, set_hist: np.ndarray,
                         values: np.ndarray) -> pd.DataFrame:
    keys = cells.keys
    sets = cells.set_of["scored"]
    rows = np.flatnonzero(((keys["pop"] == 0)
                           & keys["grouping"].isin(schema.PERCENTILE_GROUPINGS)).to_numpy())
    rows = rows[status[sets[rows]] == disclosure.PUBLISHED]
    parts = []
    for r in rows:
        s = sets[r]
        n = int(cells.n[s])
        grid = percentile_grid(n)
        cum = np.concatenate([[0], np.cumsum(set_hist[s])])
        below = cum[np.searchsorted(values, grid - GRID_TOL, side="left")]
        at_or_below = cum[np.searchsorted(values, grid + GRID_TOL, side="right")]
        parts.append(pd.DataFrame({
            "row": r, "n": n, "score": grid,
            "pct_below": _whole_percent(100.0 * below / n),
            "pct_at_or_below": _whole_percent(100.0 * at_or_below / n)}))
    frame = pd.concat(parts, ignore_index=True) if parts else pd.DataFrame(
        {"row": pd.Series([], dtype=int), "n": pd.Series([], dtype=int),
         "score": [], "pct_below": [], "pct_at_or_below": []})
    out = _key_frame(cells, frame["row"].to_numpy(dtype=int), "string")
    out["n"] = pd.array(frame["n"].to_numpy(dtype=np.int64), dtype="Int64")
    for col in ("score", "pct_below", "pct_at_or_below"):
        out[col] = frame[col].to_numpy(dtype=float)
    return pd.DataFrame(out)


def _indicator_shares(cells: Cells, status: np.ndarray, set_num: np.ndarray) -> pd.DataFrame:
    n_cells = len(cells.keys)
    n_meas = len(MEASURE_LIST)
    base_of = np.array([m.base for m in MEASURE_LIST], dtype=object)
    cell_idx, meas_idx = [], []
    for base in BASES:
        mi = np.flatnonzero(base_of == base)
        ci = np.flatnonzero(cells.innov_rows) if base == "innovators" else np.arange(n_cells)
        cell_idx.append(np.repeat(ci, len(mi)))
        meas_idx.append(np.tile(mi, len(ci)))
    cell_idx = np.concatenate(cell_idx)
    meas_idx = np.concatenate(meas_idx)
    order = np.argsort(cell_idx * n_meas + meas_idx, kind="stable")
    cell_idx, meas_idx = cell_idx[order], meas_idx[order]
    set_by_base = np.stack([cells.set_of[b] for b in BASES])  # (3, C)
    base_code = np.array([BASES.index(m.base) for m in MEASURE_LIST])
    sets = set_by_base[base_code[meas_idx], cell_idx]
    # A cell whose base holds no organisation has no share to publish or suppress: no row
    # (most of the cube is such structural zeros; keeping them tripled the app's memory).
    nonempty = cells.n[sets] > 0
    cell_idx, meas_idx, sets = cell_idx[nonempty], meas_idx[nonempty], sets[nonempty]
    n = cells.n[sets]
    st = status[sets]
    published = st == disclosure.PUBLISHED
    with np.errstate(invalid="ignore", divide="ignore"):
        share = 100.0 * set_num[sets, meas_idx] / n
    share, bound_codes = disclosure.share_bounds(share, n)
    out = _key_frame(cells, cell_idx, "category")
    out["n"] = _nullable_int(n, published)
    out["suppressed"] = ~published
    out["suppression"] = _suppression(st, "category")
    ind = np.array([m.indicator for m in MEASURE_LIST], dtype=object)
    cat = np.array([m.category for m in MEASURE_LIST], dtype=object)
    mea = np.array([m.measure for m in MEASURE_LIST], dtype=object)
    out["indicator"] = pd.Categorical.from_codes(
        _codes_of(ind)[meas_idx], categories=list(dict.fromkeys(ind)))
    out["category"] = pd.Categorical.from_codes(
        _codes_of(cat)[meas_idx], categories=list(dict.fromkeys(cat)))
    out["measure"] = pd.Categorical.from_codes(
        np.array([MEASURES.index(x) for x in mea])[meas_idx], categories=list(MEASURES))
    out["share"] = np.where(published, share, np.nan)
    out["share_bound"] = pd.Categorical.from_codes(np.where(published, bound_codes, -1),
                                                   categories=list(schema.SHARE_BOUNDS))
    return pd.DataFrame(out)


def _codes_of(labels: np.ndarray) -> np.ndarray:
    uniq = list(dict.fromkeys(labels.tolist()))
    pos = {v: i for i, v in enumerate(uniq)}
    return np.array([pos[v] for v in labels.tolist()])
