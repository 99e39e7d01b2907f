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
from pipeline import cellkey, disclosure

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
    keysum: np.ndarray            # (T,) sum of the organisations' record keys
    num_keysum: np.ndarray        # (T, K) sum of the record keys of those counted
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


def compress(df: pd.DataFrame, keys: np.ndarray) -> Types:
    """Group the derived microdata frame (pipeline.microdata.derive) into types.

    keys: one record key per organisation (pipeline.cellkey.record_keys).
    """
    n_org = len(df)
    keys = np.asarray(keys, dtype=np.float64)
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

    def counted(flags: np.ndarray) -> None:
        flags = flags.astype(np.float64)
        columns.append(per_type(flags))
        key_columns.append(per_type(flags * keys))

    columns: list[np.ndarray] = []
    key_columns: list[np.ndarray] = []
    singles: dict[str, np.ndarray] = {}
    likert_cache: dict[str, np.ndarray] = {}
    bins = np.zeros(n_org, dtype=np.int64)
    bins[has_score] = np.minimum(np.floor((score[has_score] - q.LIKERT_MIN) / BIN_WIDTH),
                                 len(BIN_LABELS) - 1).astype(np.int64)
    scored_bin = np.where(has_score, bins, -1)
    for m in MEASURE_LIST:
        if m.indicator == "climate_group":
            counted(group == q.CLIMATE_GROUPS.index(m.category))
        elif m.indicator == "climate_bin":
            counted(scored_bin == BIN_LABELS.index(m.category))
        elif m.indicator == "climate_statement":
            answers = _likert(df[q.climate_column(m.category)])
            counted(answers >= min(q.LIKERT_AGREE))
        else:
            ind = q.INDICATOR_BY_KEY[m.indicator]
            if ind.kind == "single":
                if m.indicator not in singles:
                    singles[m.indicator] = _codes(df[ind.key], ind.categories)
                counted(singles[m.indicator] == ind.categories.index(m.category))
            elif ind.kind == "multi":
                counted(_bool(df[f"{ind.key}__{m.category}"]))
            else:
                col = f"{ind.key}__{m.category}"
                if col not in likert_cache:
                    likert_cache[col] = _likert(df[col])
                answers = likert_cache[col]
                counted(answers >= 4 if m.measure == "promoting" else answers <= 2)
    numerators = np.column_stack(columns).astype(np.int64)
    num_keysum = np.column_stack(key_columns).astype(np.int64)
    return Types(codes=type_codes, count=count.astype(np.int64), values=values,
                 hist=hist.astype(np.int64), numerators=numerators,
                 keysum=per_type(keys).astype(np.int64), num_keysum=num_keysum,
                 organisations=n_org,
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


def percentile_grid() -> np.ndarray:
    """Scores at which a peer group's distribution is published: step PERCENTILE_STEP,
    except the climate-group cut-offs (the share below a cut is a climate group's share,
    published with its own noise: a second reading of the same count would narrow it)."""
    step = schema.PERCENTILE_STEP
    count = int(round((q.LIKERT_MAX - q.LIKERT_MIN) / step)) + 1
    grid = np.round(q.LIKERT_MIN + step * np.arange(count), 2)
    cuts = np.array([q.CLIMATE_CUT_LOW, q.CLIMATE_CUT_HIGH])
    return grid[np.abs(grid[:, None] - cuts[None, :]).min(axis=1) > GRID_TOL]


# ----------------------------------------------------------------------------- tables

def _nullable_int(values: np.ndarray, keep: np.ndarray) -> pd.arrays.IntegerArray:
    return pd.arrays.IntegerArray(np.where(keep, values, 0).astype(np.int64), ~keep)


def _suppression(status: np.ndarray, dtype: str = "string"):
    labels = [disclosure.STATUS_LABEL[s] for s in range(len(disclosure.STATUS_LABEL))]
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
class Protected:
    """Per distinct set: the disclosure decision and the published (perturbed) values."""

    status: np.ndarray     # PUBLISHED / WITHHELD
    key: np.ndarray        # cell key
    n_pub: np.ndarray      # published n' (meaningful where published)
    public: np.ndarray     # set is a public margin (n published unperturbed)
    mean: np.ndarray       # published mean climate score (scored sets)
    sd: np.ndarray
    box: dict[str, np.ndarray]  # smoothed, perturbed quantiles


@dataclass
class Result:
    """The group-level tables and the disclosure bookkeeping."""

    tables: dict[str, pd.DataFrame]
    cells: Cells
    status: np.ndarray
    types: Types
    protected: Protected | None = None


def public_margins(cells: Cells) -> np.ndarray:
    """Sets whose size is public knowledge (Tabel 1/2 and meta): all organisations, each
    sector, each cluster (base all), all innovators and all organisations with a score."""
    keys = cells.keys
    whole = (keys["pop"] == 0).to_numpy()
    margin_rows = whole & keys["grouping"].isin(("all", "sector", "cluster")).to_numpy()
    public = np.zeros(len(cells.n), dtype=bool)
    public[cells.set_of["all"][margin_rows]] = True
    top = whole & (keys["grouping"] == "all").to_numpy()
    public[cells.set_of["innovators"][top]] = True
    public[cells.set_of["scored"][top]] = True
    return public


def protect(cells: Cells, types: Types, set_hist: np.ndarray, min_cell: int) -> Protected:
    """The disclosure decision and the perturbed values of every distinct set."""
    members = cells.members
    st = disclosure.status(cells.n, min_cell)
    key = cellkey.cell_keys(members, types.keysum)
    public = public_margins(cells)
    n_pub = np.minimum(disclosure.perturbed_n(cells.n, key, public, min_cell),
                       types.organisations)
    s1 = set_hist @ types.values
    s2 = set_hist @ (types.values ** 2)
    mean, sd = disclosure.perturbed_mean_sd(set_hist.sum(axis=1), s1, s2, key, n_pub)
    box = disclosure.smoothed_quantiles(set_hist, types.values, key)
    return Protected(status=st, key=key, n_pub=n_pub, public=public, mean=mean, sd=sd,
                     box=box)


def aggregate(df: pd.DataFrame, min_cell: int = schema.MIN_CELL,
              secret: bytes | None = None) -> Result:
    """Compute the group-level tables with disclosure control applied.

    secret: the cell-key secret (pipeline.cellkey); the build always passes one. Without it
    a fixed test secret is used (tests and benchmarks only).
    """
    min_cell = disclosure.check_min_cell(min_cell)
    secret = cellkey.synthetic_secret(0) if secret is None else secret
    keys = cellkey.record_keys(df["org_id"].astype(str).tolist(), secret)
    types = compress(df, keys)
    cells = build_cells(types)
    members = cells.members.astype(np.float64)
    set_hist = (members @ types.hist).astype(np.int64)
    set_num = (members @ types.numerators).astype(np.int64)
    prot = protect(cells, types, set_hist, min_cell)
    num_key = cellkey.cell_keys(cells.members, types.num_keysum)
    tables = {
        "climate_box": _climate_box(cells, prot),
        "climate_percentiles": _climate_percentiles(cells, prot, set_hist, types.values),
        "indicator_shares": _indicator_shares(cells, prot, set_num, num_key, min_cell),
    }
    tables["climate_variance"] = _climate_variance(cells, prot, tables["climate_box"])
    tables = {name: tables[name] for name in
              ("climate_box", "climate_variance", "climate_percentiles", "indicator_shares")}
    return Result(tables=tables, cells=cells, status=prot.status, types=types,
                  protected=prot)


def _climate_box(cells: Cells, prot: Protected) -> pd.DataFrame:
    sets = cells.set_of["scored"]
    published = prot.status[sets] == disclosure.PUBLISHED
    n_pub = prot.n_pub[sets]
    has_box = published & (n_pub >= disclosure.BOX_MIN)
    rows = np.arange(len(sets))
    out = _key_frame(cells, rows, "string")
    out["n"] = _nullable_int(n_pub, published)
    out["suppressed"] = ~published
    out["suppression"] = _suppression(prot.status[sets])
    out["mean"] = np.where(published, np.round(prot.mean[sets], 2), np.nan)
    out["sd"] = np.where(published, np.round(prot.sd[sets], 2), np.nan)
    for col, stat in (("q1", "q1"), ("median", "median"), ("q3", "q3"),
                      ("lower_whisker", "p10"), ("upper_whisker", "p90")):
        out[col] = np.where(has_box, prot.box[stat][sets], np.nan)
    out["whisker_rule"] = pd.array(np.where(has_box, "p10_p90", None), dtype="string")
    return pd.DataFrame(out)


def _climate_variance(cells: Cells, prot: Protected, box: pd.DataFrame) -> pd.DataFrame:
    """Within/between decomposition from the published groups' n', mean and sd only."""
    keys = cells.keys
    pops = populations()
    pub = ~box["suppressed"].to_numpy(dtype=bool)
    n = box["n"].to_numpy(dtype="float64", na_value=np.nan)
    mean = box["mean"].to_numpy(dtype=float)
    sd = np.nan_to_num(box["sd"].to_numpy(dtype=float))
    frame = pd.DataFrame({"pop": keys["pop"].to_numpy(), "grouping": keys["grouping"]
                          .to_numpy(dtype=object), "pub": pub, "n": np.where(pub, n, 0.0),
                          "nm": np.where(pub, n * mean, 0.0),
                          "nm2": np.where(pub, n * mean ** 2, 0.0),
                          "within": np.where(pub, np.maximum(n - 1, 0) * sd ** 2, 0.0)})
    top = frame[frame["grouping"] == "all"].set_index("pop")
    groups = frame[frame["grouping"] != "all"]
    agg = groups.groupby(["pop", "grouping"], sort=False).agg(
        n_groups=("pub", "sum"), n=("n", "sum"), nm=("nm", "sum"), nm2=("nm2", "sum"),
        within=("within", "sum")).reset_index()
    order = {g: i for i, g in enumerate(schema.GROUPINGS)}
    agg = agg.sort_values(["pop", "grouping"], key=lambda s: s.map(order)
                          if s.name == "grouping" else s, kind="stable").reset_index(drop=True)
    with np.errstate(invalid="ignore", divide="ignore"):
        between = agg["nm2"] - agg["nm"] ** 2 / agg["n"]
    between = np.maximum(between.to_numpy(dtype=float), 0.0)
    within = agg["within"].to_numpy(dtype=float)
    total = between + within
    pop_pub = top["pub"].reindex(agg["pop"]).to_numpy(dtype=bool)
    published = pop_pub & (agg["n_groups"].to_numpy() >= 2)
    with np.errstate(invalid="ignore", divide="ignore"):
        eta = np.where(total > 0, between / total, np.nan)
    out = {f: pd.array([pops[p][f] for p in agg["pop"]], dtype="string")
           for f in ("f_sector", "f_cluster", "f_size", "f_innovated")}
    out["grouping"] = pd.array(agg["grouping"].to_numpy(dtype=object), dtype="string")
    pop_n = top["n"].reindex(agg["pop"]).to_numpy(dtype=float)
    out["n"] = _nullable_int(np.nan_to_num(pop_n).astype(np.int64), published)
    out["n_groups"] = _nullable_int(agg["n_groups"].to_numpy(dtype=np.int64), published)
    out["ss_between"] = np.where(published, between, np.nan)
    out["ss_within"] = np.where(published, within, np.nan)
    out["eta_squared"] = np.where(published, eta, np.nan)
    out["suppressed"] = ~published
    out["suppression"] = _suppression(np.where(published, disclosure.PUBLISHED,
                                               disclosure.WITHHELD))
    return pd.DataFrame(out)


def _climate_percentiles(cells: Cells, prot: Protected, set_hist: np.ndarray,
                         values: np.ndarray) -> pd.DataFrame:
    keys = cells.keys
    sets = cells.set_of["scored"]
    rows = np.flatnonzero(((keys["pop"] == 0)
                           & keys["grouping"].isin(schema.PERCENTILE_GROUPINGS)).to_numpy())
    rows = rows[(prot.status[sets[rows]] == disclosure.PUBLISHED)
                & (prot.n_pub[sets[rows]] >= disclosure.BOX_MIN)]
    grid = percentile_grid()
    parts = []
    for r in rows:
        s = sets[r]
        n = int(cells.n[s])
        band = float(disclosure.percentile_band(np.array([prot.n_pub[s]]))[0])
        cum = np.concatenate([[0], np.cumsum(set_hist[s])])
        below = cum[np.searchsorted(values, grid - GRID_TOL, side="left")]
        at_or_below = cum[np.searchsorted(values, grid + GRID_TOL, side="right")]
        parts.append(pd.DataFrame({
            "row": r, "n": int(prot.n_pub[s]), "score": grid, "band": band,
            "pct_below": disclosure.to_band(100.0 * below / n, band),
            "pct_at_or_below": disclosure.to_band(100.0 * at_or_below / n, band)}))
    frame = pd.concat(parts, ignore_index=True) if parts else pd.DataFrame(
        {"row": pd.Series([], dtype=int), "n": pd.Series([], dtype=int), "score": [],
         "band": [], "pct_below": [], "pct_at_or_below": []})
    out = _key_frame(cells, frame["row"].to_numpy(dtype=int), "string")
    out["n"] = pd.array(frame["n"].to_numpy(dtype=np.int64), dtype="Int64")
    for col in ("score", "pct_below", "pct_at_or_below"):
        out[col] = frame[col].to_numpy(dtype=float)
    out["pct_band"] = frame["band"].to_numpy(dtype=float)
    return pd.DataFrame(out)


def _indicator_shares(cells: Cells, prot: Protected, set_num: np.ndarray,
                      num_key: np.ndarray, min_cell: int = schema.MIN_CELL) -> pd.DataFrame:
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
    # Every (cell, measure) of the cube's structure has a row, empty or not (a missing row
    # would tell an empty group from a small one).
    st = prot.status[sets]
    published = st == disclosure.PUBLISHED
    n_pub = prot.n_pub
    k_pub = disclosure.perturbed_numerators(set_num, num_key, prot.key, n_pub,
                                            min_cell)
    n = n_pub[sets]
    with np.errstate(invalid="ignore", divide="ignore"):
        share = 100.0 * k_pub[sets, meas_idx] / n
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
    out["share"] = np.where(published, np.round(share, 1), np.nan)
    out["share_bound"] = pd.Categorical.from_codes(np.where(published, bound_codes, -1),
                                                   categories=list(schema.SHARE_BOUNDS))
    return pd.DataFrame(out)


def _codes_of(labels: np.ndarray) -> np.ndarray:
    uniq = list(dict.fromkeys(labels.tolist()))
    pos = {v: i for i, v in enumerate(uniq)}
    return np.array([pos[v] for v in labels.tolist()])
