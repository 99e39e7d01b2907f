"""App-side loader: read the Parquet aggregates, validate them against data/schema.py, cache.

    load_table(name, edition=None)  one aggregate table (cached; do not mutate in place);
                                    group-level tables and meta hold one block of rows per
                                    edition built: load_table gives one edition's rows (the
                                    default: default_edition()), load_all every edition's
    default_edition() -> str        the latest Dutch edition with microdata aggregates
    check_all() -> dict             load and validate every table (call at start-up)
    meta(edition=None) -> dict      an edition's provenance as {key: value}
    clear_cache()                   forget loaded tables (tests, or after a rebuild)

Reads only schema.aggregates_dir() (IBO_AGGREGATES_DIR overrides it). Never reads
microdata and never imports the pipeline. Any problem raises AggregateError naming the file
and the column, so a bad file stops the app at start-up instead of producing wrong charts.
The pipeline uses validate_table() before it writes, so both sides check the same contract.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache
from pathlib import Path
from typing import Any, TypeVar

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq

from data import questionnaire as q
from data import schema


class AggregateError(RuntimeError):
    """An aggregate file is missing or breaks the contract; names the file and column."""


# Parquet (Arrow) type per schema dtype: what the pipeline writes and the loader accepts.
ARROW_TYPES: dict[str, pa.DataType] = {
    "string": pa.large_string(),
    "category": pa.dictionary(pa.int16(), pa.large_string()),
    "Int64": pa.int64(),
    "float64": pa.float64(),
    "bool": pa.bool_(),
}
META_REQUIRED = ("edition", "synthetic", "seed", "organisations", "innovators", "min_cell",
                 "built_at", "pipeline_version", "input_file")
STAT_COLUMNS: dict[str, tuple[str, ...]] = {
    "climate_box": ("mean", "sd", "q1", "median", "q3", "lower_whisker",
                    "upper_whisker", "whisker_rule"),
    "climate_variance": ("n_groups", "ss_between", "ss_within", "eta_squared"),
    "indicator_shares": ("share", "share_bound"),
}
SHARE_INDICATORS = (*q.INDICATOR_BY_KEY, "climate_statement", "climate_group", "climate_bin")
SHARE_MEASURES = ("share", "promoting", "hindering", "agree")
WHISKER_RULES = ("p10_p90",)
BOX_COLUMNS = ("q1", "median", "q3", "lower_whisker", "upper_whisker")


def arrow_schema(table: schema.Table) -> pa.Schema:
    """The Arrow schema a table's Parquet file must have."""
    return pa.schema([(c, ARROW_TYPES[d]) for c, d in table.columns.items()])


def _arrow_matches(actual: pa.DataType, dtype: str) -> bool:
    if dtype == "string":
        return pa.types.is_string(actual) or pa.types.is_large_string(actual)
    if dtype == "category":
        return pa.types.is_dictionary(actual) and (
            pa.types.is_string(actual.value_type) or pa.types.is_large_string(actual.value_type))
    if dtype == "Int64":
        return pa.types.is_integer(actual)
    if dtype == "float64":
        return pa.types.is_floating(actual)
    if dtype == "bool":
        return pa.types.is_boolean(actual)
    return False


# -------------------------------------------------------------------------- validation

def _fail(source: str, column: str, message: str, frame: pd.DataFrame | None = None,
          rows: np.ndarray | None = None) -> None:
    where = ""
    if frame is not None and rows is not None and len(rows):
        r = int(rows[0])
        value = frame[column].iloc[r]
        where = f" (row {r + 1}: {value!r}; {len(rows)} row(s) affected)"
    raise AggregateError(f"{source}: column {column}: {message}{where}")


def _check_in(source: str, frame: pd.DataFrame, column: str, allowed: tuple[str, ...],
              nullable: bool = False) -> None:
    col = frame[column]
    if isinstance(col.dtype, pd.CategoricalDtype):
        extra = [c for c in col.cat.categories if c not in allowed]
        bad = np.flatnonzero(col.isin(extra).to_numpy()) if extra else []
        if len(bad):
            _fail(source, column, "value not allowed", frame, bad)
        missing = np.flatnonzero(col.isna().to_numpy())
    else:
        ok = col.isin(allowed).to_numpy() | col.isna().to_numpy()
        bad = np.flatnonzero(~ok)
        if len(bad):
            _fail(source, column, "value not allowed", frame, bad)
        missing = np.flatnonzero(col.isna().to_numpy())
    if not nullable and len(missing):
        _fail(source, column, "missing value", frame, missing)


def _check_range(source: str, frame: pd.DataFrame, column: str, lo: float, hi: float) -> None:
    values = frame[column].to_numpy(dtype="float64", na_value=np.nan)
    bad = np.flatnonzero(~np.isnan(values) & ((values < lo - 1e-9) | (values > hi + 1e-9)))
    if len(bad):
        _fail(source, column, f"value outside {lo:g}..{hi:g}", frame, bad)


def _check_cube(source: str, frame: pd.DataFrame, with_group: bool = True) -> None:
    for col, allowed in schema.FILTER_VALUES.items():
        _check_in(source, frame, col, allowed)
    both = ((frame["f_sector"] != schema.ALL) & (frame["f_cluster"] != schema.ALL)).to_numpy()
    if both.any():
        _fail(source, "f_cluster", "f_sector and f_cluster both set (at most one may be)",
              frame, np.flatnonzero(both))
    _check_in(source, frame, "grouping", schema.GROUPINGS)
    if with_group:
        _check_in(source, frame, "group", schema.ALL_GROUP_VALUES)
        _check_group_pairs(source, frame)


def _codes(column: pd.Series) -> tuple[np.ndarray, pd.Index]:
    """The column as integer codes (-1 where missing) and the values they stand for."""
    if isinstance(column.dtype, pd.CategoricalDtype):
        return column.cat.codes.to_numpy(), column.cat.categories
    codes, uniques = pd.factorize(column)
    return codes, pd.Index(uniques)


def _check_group_pairs(source: str, frame: pd.DataFrame) -> None:
    """Every row's group is a group of its grouping; the first row that breaks this names its
    pair (all rows of that pair counted). One pass over integer codes: the distinct pairs of
    indicator_shares' 830,000 rows cost 25 ms with drop_duplicates."""
    grouping_codes, groupings = _codes(frame["grouping"])
    group_codes, groups = _codes(frame["group"])
    width = len(groups) + 1
    pair = (grouping_codes.astype(np.int64) + 1) * width + group_codes.astype(np.int64) + 1
    bad = []
    for key in np.flatnonzero(np.bincount(pair)):
        grouping, group = divmod(int(key), width)
        # a missing grouping or group (code -1) is reported by _check_in before this
        if grouping and group and groups[group - 1] not in \
                schema.GROUP_VALUES[groupings[grouping - 1]]:
            bad.append(key)
    if bad:
        first = pair[int(np.argmax(np.isin(pair, bad)))]
        _fail(source, "group", f"not a group of grouping {groupings[first // width - 1]!r}",
              frame, np.flatnonzero(pair == first))


def _check_disclosure(source: str, frame: pd.DataFrame, stats: tuple[str, ...]) -> None:
    _check_in(source, frame, "suppression", schema.SUPPRESSION_VALUES)
    suppressed = frame["suppressed"].to_numpy(dtype=bool)
    marked = (frame["suppression"] != "").to_numpy()
    if (suppressed != marked).any():
        _fail(source, "suppression", "must be '' exactly when suppressed is False", frame,
              np.flatnonzero(suppressed != marked))
    n = frame["n"]
    _check_small_n(source, frame, ~suppressed)
    leaked = np.flatnonzero(suppressed & n.notna().to_numpy())
    if len(leaked):
        _fail(source, "n", "suppressed row publishes n", frame, leaked)
    for col in stats:
        values = frame[col]
        present = values.notna().to_numpy()
        leaked = np.flatnonzero(suppressed & present)
        if len(leaked):
            _fail(source, col, "suppressed row publishes a statistic", frame, leaked)


def _check_small_n(source: str, frame: pd.DataFrame, published: np.ndarray) -> None:
    """Published rows need n >= MIN_CELL."""
    n = frame["n"].to_numpy(dtype="float64", na_value=np.nan)
    bad = np.flatnonzero(published & (np.isnan(n) | (n < schema.MIN_CELL)))
    if len(bad):
        _fail(source, "n", f"published group with fewer than {schema.MIN_CELL} "
              "organisations (or no n)", frame, bad)


def validate_table(name: str, frame: pd.DataFrame, source: str | None = None) -> None:
    """Check one table's columns, dtypes and values against data/schema.py.

    Raises AggregateError naming `source` (default: the table's file name) and the column.
    """
    if name not in schema.TABLE_BY_NAME:
        raise AggregateError(f"{name}: not a table of data/schema.py")
    table = schema.TABLE_BY_NAME[name]
    source = source or table.filename
    for col in table.columns:
        if col not in frame.columns:
            _fail(source, col, "missing")
    for col in frame.columns:
        if col not in table.columns:
            _fail(source, str(col), "not in the contract (data/schema.py); organisation-level "
                  "or unknown columns are never allowed")
    for col, dtype in table.columns.items():
        if str(frame[col].dtype) != dtype:
            _fail(source, col, f"dtype {frame[col].dtype} where the contract says {dtype}")
    _check_values(name, frame, source)


def _check_values(name: str, frame: pd.DataFrame, source: str) -> None:
    if name in schema.EDITION_TABLES:
        missing = np.flatnonzero(frame[schema.EDITION_COLUMN].isna().to_numpy())
        if len(missing):
            _fail(source, schema.EDITION_COLUMN, "missing value", frame, missing)
    if name in ("climate_box", "indicator_shares"):
        _check_cube(source, frame)
        _check_disclosure(source, frame, STAT_COLUMNS[name])
    if name == "climate_box":
        published = ~frame["suppressed"].to_numpy(dtype=bool)
        for col in ("mean", *BOX_COLUMNS):
            _check_range(source, frame, col, q.LIKERT_MIN, q.LIKERT_MAX)
        for col in ("mean", "sd"):
            gap = np.flatnonzero(published & frame[col].isna().to_numpy())
            if len(gap):
                _fail(source, col, "missing for a published group", frame, gap)
        _check_in(source, frame, "whisker_rule", WHISKER_RULES, nullable=True)
        n = frame["n"].to_numpy(dtype="float64", na_value=np.nan)
        boxed = published & (n >= schema.BOX_MIN_N)
        for col in (*BOX_COLUMNS, "whisker_rule"):
            present = frame[col].notna().to_numpy()
            bad = np.flatnonzero(present != boxed)
            if len(bad):
                _fail(source, col, f"box statistics must be given exactly for published "
                      f"groups with n >= {schema.BOX_MIN_N}", frame, bad)
        order = ("lower_whisker", "q1", "median", "q3", "upper_whisker")
        for lo, hi in zip(order[:-1], order[1:]):
            bad = np.flatnonzero(boxed & (frame[lo] > frame[hi] + 1e-9).to_numpy())
            if len(bad):
                _fail(source, hi, f"smaller than {lo}", frame, bad)
    elif name == "indicator_shares":
        _check_in(source, frame, "indicator", SHARE_INDICATORS)
        _check_in(source, frame, "measure", SHARE_MEASURES)
        _check_in(source, frame, "share_bound", schema.SHARE_BOUNDS, nullable=True)
        _check_range(source, frame, "share", 0.0, 100.0)
        published = ~frame["suppressed"].to_numpy(dtype=bool)
        exact = (frame["share_bound"] == "exact").fillna(False).to_numpy(dtype=bool)
        has_share = frame["share"].notna().to_numpy()
        bad = np.flatnonzero(published & (exact != has_share))
        if len(bad):
            _fail(source, "share", "must be present exactly when share_bound is 'exact'",
                  frame, bad)
        small = published & (frame["n"].to_numpy(dtype="float64", na_value=np.nan)
                             < schema.SMALL_GROUP)
        share = frame["share"].to_numpy(dtype="float64", na_value=np.nan)
        bad = np.flatnonzero(small & ((share < schema.SHARE_BOUND_LOW)
                                      | (share > schema.SHARE_BOUND_HIGH)))
        if len(bad):
            _fail(source, "share", f"exact share under {schema.SHARE_BOUND_LOW:g}% or over "
                  f"{schema.SHARE_BOUND_HIGH:g}% in a group under {schema.SMALL_GROUP}",
                  frame, bad)
    elif name == "climate_variance":
        _check_cube(source, frame, with_group=False)
        _check_disclosure(source, frame, STAT_COLUMNS[name])
        _check_range(source, frame, "eta_squared", 0.0, 1.0)
    elif name == "climate_percentiles":
        _check_cube(source, frame)
        _check_in(source, frame, "grouping", schema.PERCENTILE_GROUPINGS)
        _check_small_n(source, frame, np.ones(len(frame), dtype=bool))
        small = np.flatnonzero(frame["n"].to_numpy(dtype="float64", na_value=np.nan)
                               < schema.BOX_MIN_N)
        if len(small):
            _fail(source, "n", f"percentiles of a group with n < {schema.BOX_MIN_N}", frame,
                  small)
        for col in ("pct_below", "pct_at_or_below"):
            _check_range(source, frame, col, 0.0, 100.0)
            band = frame["pct_band"].to_numpy(dtype=float)
            values = frame[col].to_numpy(dtype=float)
            bad = np.flatnonzero(~(band > 0) | (np.abs(values / band - np.round(values / band))
                                                > 1e-9))
            if len(bad):
                _fail(source, col, "not a multiple of pct_band", frame, bad)
        _check_range(source, frame, "score", q.LIKERT_MIN, q.LIKERT_MAX)
    elif name == "published_figures":
        _check_in(source, frame, "exactness", schema.EXACTNESS_VALUES)
        for col in ("source_id", "country", "edition", "indicator", "category", "unit",
                    "value"):
            missing = np.flatnonzero(frame[col].isna().to_numpy())
            if len(missing):
                _fail(source, col, "missing value", frame, missing)
    elif name == "sources":
        dup = np.flatnonzero(frame["source_id"].duplicated().to_numpy())
        if len(dup):
            _fail(source, "source_id", "listed twice", frame, dup)
    elif name == "editions":
        dup = np.flatnonzero(frame["edition"].duplicated().to_numpy())
        if len(dup):
            _fail(source, "edition", "listed twice", frame, dup)
        for col in ("edition", "country", "label", "position", "period", "organisations",
                    "source_ids", "primary_source", "sector_scheme"):
            missing = np.flatnonzero(frame[col].isna().to_numpy())
            if len(missing):
                _fail(source, col, "missing value", frame, missing)
    elif name == "meta":
        dup = np.flatnonzero(frame[["edition", "key"]].duplicated().to_numpy())
        if len(dup):
            _fail(source, "key", "listed twice for one edition", frame, dup)
        for edition in dict.fromkeys(frame["edition"]):
            keys = set(frame.loc[frame["edition"].eq(edition), "key"])
            missing = [k for k in META_REQUIRED if k not in keys]
            if missing:
                _fail(source, "key", f"required key {missing[0]!r} missing for edition "
                      f"{edition}")


# ------------------------------------------------------------------------------ loading

def read_file(path: Path, table: schema.Table) -> pd.DataFrame:
    """One aggregate file, read and validated (no cache; the pipeline reads its own output
    folder with it to keep the editions it does not rebuild)."""
    return _read(path, table)


def _read(path: Path, table: schema.Table) -> pd.DataFrame:
    source = path.name
    if not path.is_file():
        raise AggregateError(f"{source}: column (all): file missing in {path.parent} "
                             "(build it with: python -m pipeline.build)")
    try:
        pf = pq.ParquetFile(path)
        arrow_fields = {f.name: f.type for f in pf.schema_arrow}
    except Exception as exc:  # truncated or not Parquet
        raise AggregateError(f"{source}: column (all): unreadable Parquet file, truncated or "
                             f"corrupt ({type(exc).__name__}: {exc})") from exc
    for col, dtype in table.columns.items():
        if col not in arrow_fields:
            _fail(source, col, "missing")
        if not _arrow_matches(arrow_fields[col], dtype):
            _fail(source, col, f"stored as {arrow_fields[col]} where the contract says {dtype}")
    for col in arrow_fields:
        if col not in table.columns:
            _fail(source, col, "not in the contract (data/schema.py); organisation-level or "
                  "unknown columns are never allowed")
    try:
        # One thread (no per-thread allocator arenas for files this small); each Arrow column
        # is freed as soon as it is converted and no consolidated copy is made: a smaller
        # peak, and less heap left behind in the app process (bench/memory.py).
        arrow = pf.read(use_threads=False)
        frame = arrow.to_pandas(self_destruct=True, split_blocks=True)
        del arrow
    except Exception as exc:
        raise AggregateError(f"{source}: column (all): cannot read the data, truncated or "
                             f"corrupt ({type(exc).__name__}: {exc})") from exc
    for col, dtype in table.columns.items():
        if dtype == "category":
            if not isinstance(frame[col].dtype, pd.CategoricalDtype):
                frame[col] = frame[col].astype("category")
        elif str(frame[col].dtype) != dtype:
            try:
                frame[col] = frame[col].astype(dtype)
            except (TypeError, ValueError) as exc:
                _fail(source, col, f"cannot convert to {dtype} ({exc})")
    frame = frame[list(table.columns)]
    validate_table(table.name, frame, source)
    return frame


# Every cache of data derived from the aggregates registers its clear here, so that one call
# (clear_cache) forgets them all: the loaded tables, each page's prepared frames (data/*.py,
# `memoised`), the cube's row indexes and the kept callback responses (serving/cache.py).
_CLEARERS: list[Callable[[], None]] = []
F = TypeVar("F", bound=Callable[..., Any])


def on_clear(clear: Callable[[], None]) -> Callable[[], None]:
    """Register a cache's clear function with clear_cache(); returns it."""
    _CLEARERS.append(clear)
    return clear


def memoised(maxsize: int | None = None) -> Callable[[F], F]:
    """functools.lru_cache whose cache clear_cache() also clears."""
    def wrap(func: F) -> F:
        cached = lru_cache(maxsize=maxsize)(func)
        on_clear(cached.cache_clear)
        return cached  # type: ignore[return-value]
    return wrap


@memoised()
def _cached(name: str, folder: str) -> pd.DataFrame:
    if name not in schema.TABLE_BY_NAME:
        raise AggregateError(f"{name}: unknown table; tables are "
                             + ", ".join(schema.TABLE_BY_NAME))
    table = schema.TABLE_BY_NAME[name]
    return _read(Path(folder) / table.filename, table)


@memoised()
def _cached_edition(name: str, folder: str, edition: str) -> pd.DataFrame:
    frame = _cached(name, folder)
    mask = (frame[schema.EDITION_COLUMN] == edition).to_numpy(dtype=bool, na_value=False)
    if mask.all():
        return frame
    if not mask.any():
        raise AggregateError(f"{schema.TABLE_BY_NAME[name].filename}: column edition: no rows "
                             f"of edition {edition!r} in {folder}")
    return frame[mask].reset_index(drop=True)


def load_table(name: str, edition: str | None = None) -> pd.DataFrame:
    """One validated aggregate table from schema.aggregates_dir() (cached per folder).

    Group-level tables and meta: the rows of one edition (default: default_edition()).
    """
    folder = str(schema.aggregates_dir())
    if name in schema.EDITION_TABLES:
        frame = _cached_edition(name, folder, edition or default_edition())
    else:
        frame = _cached(name, folder)
    return frame.copy(deep=False)


def kept_table(name: str) -> pd.DataFrame:
    """The cached table itself (every edition's rows), the same object for the life of the
    process: per-frame indexes and results (data/cube.py) then hold. Do not change it."""
    return _cached(name, str(schema.aggregates_dir()))


def load_all(name: str) -> pd.DataFrame:
    """Every edition's rows of a table (cached; do not mutate in place)."""
    return _cached(name, str(schema.aggregates_dir())).copy(deep=False)


def editions_with_aggregates(country: str = "NL") -> tuple[str, ...]:
    """The editions whose microdata aggregates this set of files holds, first to latest."""
    return _editions_with_aggregates(str(schema.aggregates_dir()), country)


@memoised()
def _editions_with_aggregates(folder: str, country: str) -> tuple[str, ...]:
    # read once per folder: every page callback asks (several times per /klimaat update)
    frame = _cached("editions", folder)
    mine = frame[frame["aggregates"] & frame["country"].eq(country)].sort_values("position")
    return tuple(mine["edition"])


def edition_or_default(edition: object) -> str:
    """`edition` when this set of files holds its microdata aggregates, else the default
    (any other value, of any type, falls back quietly: callers pass URL or control values)."""
    return edition if isinstance(edition, str) and edition in editions_with_aggregates() \
        else default_edition()


def default_edition() -> str:
    """The latest Dutch edition with microdata aggregates (what the pages show by default)."""
    built = editions_with_aggregates("NL")
    if not built:
        raise AggregateError("editions.parquet: column aggregates: no edition with microdata "
                             "aggregates (build one with: python -m pipeline.build)")
    return built[-1]


def clear_cache() -> None:
    """Forget every loaded table and everything derived from them (see _CLEARERS)."""
    for clear in list(_CLEARERS):
        clear()


def meta(edition: str | None = None) -> dict[str, str]:
    """An edition's provenance as a dict (values are strings; "" when not set)."""
    frame = load_table("meta", edition)
    return {str(k): "" if pd.isna(v) else str(v) for k, v in zip(frame["key"], frame["value"])}


# The contract's minimum content: without these rows the pages cannot draw anything, so an
# empty (0-row) table stops start-up instead of starting an empty dashboard that says healthy.
MIN_ROWS = {"climate_box": 1, "climate_variance": 1, "climate_percentiles": 1,
            "indicator_shares": 1, "published_figures": 1, "sources": 1, "meta": 1}
CUBE_COUNTS = ("climate_box", "climate_variance", "climate_percentiles", "indicator_shares")


def _whole_population(frame: pd.DataFrame, grouping: str | None = None) -> pd.DataFrame:
    mask = np.ones(len(frame), dtype=bool)
    for key in ("f_sector", "f_cluster", "f_size", "f_innovated"):
        mask &= (frame[key] == schema.ALL).fillna(False).to_numpy(dtype=bool)
    if grouping is not None:
        mask &= (frame["grouping"] == grouping).fillna(False).to_numpy(dtype=bool)
    return frame[mask]


def check_consistency(rows: dict[str, int], info: dict[str, str],
                      edition: str | None = None) -> None:
    """Minimum rows and cross-table rules: an edition's tables describe one set of
    organisations."""
    check_min_rows(rows)
    _check_cross_tables(info, edition)


def check_min_rows(rows: dict[str, int]) -> None:
    for name, minimum in MIN_ROWS.items():
        if rows.get(name, 0) < minimum:
            raise AggregateError(f"{name}.parquet: column (all): {rows.get(name, 0)} rows, the "
                                 f"contract needs at least {minimum} (rebuild with: python -m "
                                 "pipeline.build)")


def _check_cross_tables(info: dict[str, str], edition: str | None = None) -> None:
    box = load_table("climate_box", edition)
    whole = _whole_population(box, schema.ALL)
    whole = whole[~whole["suppressed"].to_numpy(dtype=bool)]
    if whole.empty:
        raise AggregateError("climate_box.parquet: column grouping: no published row for all "
                             "organisations (population all, grouping all)")
    n_all = int(whole["n"].iloc[0])
    try:
        organisations = int(info.get("organisations", ""))
    except ValueError:
        organisations = None
    if organisations is not None:
        for name in CUBE_COUNTS:
            frame = load_table(name, edition)
            n = frame["n"].to_numpy(dtype="float64", na_value=np.nan)
            bad = np.flatnonzero(n > organisations)
            if len(bad):
                _fail(f"{name}.parquet", "n", f"more organisations than meta.parquet's "
                      f"organisations ({organisations})", frame, bad)
    scored = info.get("scored", "")
    if scored.isdigit() and int(scored) != n_all:
        raise AggregateError(f"climate_box.parquet: column n: {n_all} organisations in the "
                             f"whole population, meta.parquet says scored = {scored}")
    variance = _whole_population(load_table("climate_variance", edition))
    variance = variance[~variance["suppressed"].to_numpy(dtype=bool)]
    bad = np.flatnonzero(variance["n"].to_numpy(dtype="float64", na_value=np.nan) != n_all)
    if len(bad):
        _fail("climate_variance.parquet", "n", f"differs from climate_box.parquet's whole "
              f"population ({n_all})", variance, bad)


def check_all() -> dict[str, int]:
    """Load and validate every table plus cross-table rules; returns rows per table.

    Checked once per aggregates folder (the tables are cached per folder, and never change):
    /healthz asks on every probe, and the full check takes seconds (the edition columns)."""
    return dict(_checked_all(str(schema.aggregates_dir())))


def check_all_started() -> Callable[[], dict[str, int]]:
    """Start check_all on a thread of its own; returns the function that waits for its result
    (raising its AggregateError). Decoding the Parquet files releases the GIL, the pandas
    checks hold it: app.py imports Dash, Flask and the pages meanwhile, which took 0.2-0.4 s
    off the cold start on 2 CPUs (BENCHMARKS.md, section 4). Nothing imported meanwhile reads
    the aggregates (a table read twice at once would only be read twice). The thread has
    ended when the function returns: gunicorn forks its workers after that."""
    from concurrent.futures import ThreadPoolExecutor

    pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="check-aggregates")
    future = pool.submit(check_all)

    def wait() -> dict[str, int]:
        pool.shutdown(wait=True)
        return future.result()

    return wait


@memoised(maxsize=4)
def _checked_all(folder: str) -> tuple[tuple[str, int], ...]:
    return tuple(_check_all().items())


def _check_all() -> dict[str, int]:
    rows = {t.name: len(load_all(t.name)) for t in schema.TABLES}
    check_min_rows(rows)
    figures, sources = load_table("published_figures"), load_table("sources")
    editions = load_table("editions")
    built = set(editions.loc[editions["aggregates"], "edition"])
    for name in schema.EDITION_TABLES:
        present = set(load_all(name)[schema.EDITION_COLUMN].unique().astype("string"))
        if present != built:
            odd = sorted(present ^ built)[0]
            what = ("has rows but editions.parquet says it has no aggregates" if odd in present
                    else "has no rows but editions.parquet says it has aggregates")
            raise AggregateError(f"{schema.TABLE_BY_NAME[name].filename}: column edition: "
                                 f"{odd} {what}")
    unknown = np.flatnonzero(~figures["source_id"].isin(sources["source_id"]).to_numpy())
    if len(unknown):
        _fail("published_figures.parquet", "source_id", "not listed in sources.parquet",
              figures, unknown)
    unknown = np.flatnonzero(~editions["primary_source"].isin(sources["source_id"]).to_numpy())
    if len(unknown):
        _fail("editions.parquet", "primary_source", "not listed in sources.parquet", editions,
              unknown)
    for edition in sorted(built):
        _check_min_cell(meta(edition))
        _checked_consistency(str(schema.aggregates_dir()), tuple(sorted(rows.items())), edition)
    return rows


def _check_min_cell(info: dict[str, str]) -> None:
    try:
        built_with = int(info["min_cell"])
    except ValueError:
        raise AggregateError(f"meta.parquet: column value: min_cell {info['min_cell']!r} is "
                             "not a number") from None
    if built_with < schema.MIN_CELL_FLOOR:
        raise AggregateError(f"meta.parquet: column value: min_cell {built_with} is below "
                             f"the floor {schema.MIN_CELL_FLOOR}")


@memoised(maxsize=8)
def _checked_consistency(folder: str, rows: tuple, edition: str) -> None:
    """check_consistency once per folder and edition (the tables are cached per folder too)."""
    check_consistency(dict(rows), meta(edition), edition)
