"""Selecting rows of the aggregate cube (data/schema.py): pure functions, no I/O."""

from __future__ import annotations

import functools
import threading
from collections import OrderedDict
from collections.abc import Callable
from typing import TypeVar

import numpy as np
import pandas as pd

from data import load, schema

POPULATION_KEYS = ("f_sector", "f_cluster", "f_size", "f_innovated")
WHOLE_POPULATION = {key: schema.ALL for key in POPULATION_KEYS}


# Frames this large get a population index (below); smaller ones are simply masked.
INDEX_MIN_ROWS = 20_000
INDEX_FRAMES = 8  # frames indexed at once (least recently used out)
_INDEX: OrderedDict[int, tuple[pd.DataFrame, dict[tuple, np.ndarray]]] = OrderedDict()
# (id(frame), key columns) -> (frame, positions per key); see kept_rows_where
_KEYED: OrderedDict[tuple, tuple[pd.DataFrame, dict[tuple, np.ndarray]]] = OrderedDict()
KEYED_INDEXES = 16  # (frame, key columns) pairs indexed at once (least recently used out)
# id(frame) -> (frame, {column: how to take its values}); see take_columns
_TAKERS: OrderedDict[int, tuple[pd.DataFrame, dict[str, tuple[str, object, object]]]] = \
    OrderedDict()
_LOCK = threading.Lock()
# (function, args with frames by id) -> (the frames, result); see per_frame
_RESULTS: OrderedDict[tuple, tuple[tuple[pd.DataFrame, ...], object]] = OrderedDict()
RESULTS_KEPT = 2048
R = TypeVar("R")


@load.on_clear
def _clear_index() -> None:
    with _LOCK:
        _INDEX.clear()
        _KEYED.clear()
        _TAKERS.clear()
        _RESULTS.clear()


def _kept(cache: OrderedDict, key, frame: pd.DataFrame, limit: int,
          build: Callable[[], R]) -> R:
    """`build()` worked out once per frame object (and key): the least recently used of
    `limit` entries are dropped. The entry holds the frame itself, so that its id is not
    reused while the entry lives, and is used only for that very object."""
    with _LOCK:
        hit = cache.get(key)
        if hit is not None and hit[0] is frame:
            cache.move_to_end(key)
            return hit[1]
    value = build()
    with _LOCK:
        cache[key] = (frame, value)
        while len(cache) > limit:
            cache.popitem(last=False)
    return value


def _population_index(frame: pd.DataFrame) -> dict[tuple, np.ndarray]:
    """Row positions per population (POPULATION_KEYS values), built once per frame object.

    Kept for the very object: the tables the pages hold for the life of the process (loaded
    once, never mutated, as data/load.py asks) are indexed once; a masked selection of
    indicator_shares (330,000 rows) costs several ms per call, an indexed one a fraction of
    that.
    """
    return _kept(_INDEX, id(frame), frame, INDEX_FRAMES, lambda: frame.groupby(
        list(POPULATION_KEYS), observed=True, sort=False).indices)


def rows_where(frame: pd.DataFrame, **criteria: str) -> pd.DataFrame:
    """Rows of `frame` with column == value for every criterion (one combined mask)."""
    if len(frame) >= INDEX_MIN_ROWS and all(k in criteria for k in POPULATION_KEYS):
        key = tuple(criteria[k] for k in POPULATION_KEYS)
        positions = _population_index(frame).get(key, np.empty(0, dtype=np.intp))
        frame = frame.iloc[positions]
        criteria = {k: v for k, v in criteria.items() if k not in POPULATION_KEYS}
    return _masked(frame, criteria)


def _masked(frame: pd.DataFrame, criteria: dict[str, str]) -> pd.DataFrame:
    mask = np.ones(len(frame), dtype=bool)
    for column, value in criteria.items():
        mask &= (frame[column] == value).to_numpy(dtype=bool, na_value=False)
    return frame[mask]


def whole_population(frame: pd.DataFrame) -> pd.DataFrame:
    """Rows of the population without filters (every f_* column "all"), as rows_where gives
    them. Always one mask: its callers select it once per frame (data/comparison.py and
    data/benchmark.py keep the result), and building the population index first took 25
    times as long (60 ms against 2.5 ms on indicator_shares, at start-up)."""
    return _masked(frame, WHOLE_POPULATION)


def _keyed_index(frame: pd.DataFrame, columns: tuple[str, ...]) -> dict[tuple, np.ndarray]:
    """Row positions per combination of `columns`' values, built once per frame object."""
    def build() -> dict[tuple, np.ndarray]:
        groups = frame.groupby(list(columns), observed=True, sort=False).indices
        return {(k if isinstance(k, tuple) else (k,)): v for k, v in groups.items()}

    return _kept(_KEYED, (id(frame), columns), frame, KEYED_INDEXES, build)


def kept_rows_where(frame: pd.DataFrame, **criteria: str) -> pd.DataFrame:
    """rows_where for a frame the caller keeps for the life of the process (a page's
    memoised frames): the rows are found in an index of every criterion column, built on
    the first call per frame object and set of columns, so that a selection costs one take
    instead of a mask per column (several per request on /klimaat). Same rows, same order.
    """
    columns = tuple(sorted(criteria))
    if not columns:
        return frame
    positions = _keyed_index(frame, columns).get(tuple(criteria[c] for c in columns))
    return frame.iloc[positions if positions is not None else np.empty(0, dtype=np.intp)]


def _taker(column: pd.Series) -> tuple[str, object, object]:
    """How to take a column's values at positions, as take_columns returns them."""
    dtype = column.dtype
    if isinstance(dtype, pd.CategoricalDtype):
        # the codes the column holds already, and its categories as Python str (None for -1)
        lookup = np.array([*map(str, dtype.categories), None], dtype=object)
        return "codes", column.cat.codes.to_numpy(), lookup
    if pd.api.types.is_string_dtype(dtype):
        return "numpy", column.to_numpy(dtype=object, na_value=None), None
    if isinstance(column.array, pd.api.extensions.ExtensionArray) \
            and not isinstance(column.array, pd.arrays.NumpyExtensionArray):
        # masked Int64 / boolean: their own take, and their numpy values and mask (no copy)
        # for take_records, where pandas' take cost 10% of a loaded worker's time
        return "array", column.array, _masked_parts(column.array)
    return "numpy", column.to_numpy(), None


def _masked_parts(array) -> tuple[np.ndarray, np.ndarray] | None:
    """A masked array's values and missing-mask as numpy arrays, without copying them
    (BaseMaskedArray keeps both as `_data` and `_mask`); None for any other array."""
    data, mask = getattr(array, "_data", None), getattr(array, "_mask", None)
    if isinstance(data, np.ndarray) and isinstance(mask, np.ndarray) \
            and data.shape == mask.shape == (len(array),) and mask.dtype == bool:
        return data, mask
    return None


def _takers(frame: pd.DataFrame) -> dict[str, tuple[str, object, object]]:
    return _kept(_TAKERS, id(frame), frame, KEYED_INDEXES,
                 lambda: {str(c): _taker(frame[c]) for c in frame.columns})


def kept_positions(frame: pd.DataFrame, **criteria: str) -> np.ndarray:
    """Row positions of kept_rows_where(frame, **criteria), in frame order."""
    columns = tuple(sorted(criteria))
    if not columns:
        return np.arange(len(frame))
    found = _keyed_index(frame, columns).get(tuple(criteria[c] for c in columns))
    return found if found is not None else np.empty(0, dtype=np.intp)


def take_columns(frame: pd.DataFrame, columns: list[str], positions) -> pd.DataFrame:
    """`columns` of the rows at `positions` (in that order), with a fresh index 0..n-1; text
    (string or categorical) as Python str, None where missing, other columns in their dtype.

    For frames kept for the life of the process (as kept_rows_where): the values are taken
    from each column's array, not from a selected copy of the whole frame
    (indicator_shares has 16 columns and 830,000 rows; a request selects a few dozen rows
    of 5-8 columns, several times).
    """
    positions = np.asarray(positions, dtype=np.intp)
    takers = _takers(frame)
    data = {}
    for column in columns:
        taken = _take(takers[column], positions)
        # object stays object (pandas would infer a string dtype from Python str)
        data[column] = pd.Series(taken, dtype=object, copy=False) \
            if taken.dtype == object else taken
    return pd.DataFrame(data, columns=columns, copy=False)


def _take(taker: tuple[str, object, object], positions: np.ndarray):
    kind, values, lookup = taker
    if kind == "codes":
        return lookup[values[positions]]
    if kind == "array":
        return values.take(positions)
    return values[positions]


def take_records(frame: pd.DataFrame, columns: list[str], positions) -> list[dict]:
    """take_columns as records: one dict per row, `columns` as keys, Python values as
    column_values gives them (what `take_columns(...).to_dict("records")` holds, without
    building the frame: the pages' selections are a few dozen rows, converted per request)."""
    positions = np.asarray(positions, dtype=np.intp)
    takers = _takers(frame)
    # a missing nullable number: None, as to_dict has it
    values = [_take_list(takers[column], positions, None) for column in columns]
    return [dict(zip(columns, row)) for row in zip(*values)]


def _take_list(taker: tuple[str, object, object], positions: np.ndarray, missing) -> list:
    """_take's values as a Python list, `missing` where a nullable number is missing."""
    kind, _, parts = taker
    if kind == "array" and parts is not None:
        data, mask = parts
        taken = data[positions].tolist()
        for i in np.flatnonzero(mask[positions]):
            taken[i] = missing
        return taken
    taken = _take(taker, positions).tolist()
    if kind == "array" and missing is not pd.NA:
        taken = [missing if v is pd.NA else v for v in taken]
    return taken


def column_values(frame: pd.DataFrame, column: str, positions) -> list:
    """The column's values at `positions` as Python values (str, float, bool, int; None
    where text is missing, pd.NA where a nullable number is)."""
    return _take_list(_takers(frame)[column], np.asarray(positions, dtype=np.intp), pd.NA)


def per_frame(func: Callable[..., R]) -> Callable[..., R]:
    """`func(*args)` worked out once per set of args: DataFrames by identity, every other
    argument by value (hashable).

    For pure functions of frames the pages keep for the life of the process (as
    kept_rows_where, load.kept_table): the result is shared between calls, so callers must
    not change it. The least recently used of RESULTS_KEPT results are dropped;
    load.clear_cache() drops them all.
    """
    @functools.wraps(func)
    def wrapper(*args):
        frames = tuple(a for a in args if isinstance(a, pd.DataFrame))
        key = (func, *(id(a) if isinstance(a, pd.DataFrame) else a for a in args))
        with _LOCK:
            hit = _RESULTS.get(key)
            if hit is not None and all(a is b for a, b in zip(hit[0], frames)):
                _RESULTS.move_to_end(key)
                return hit[1]
        result = func(*args)
        with _LOCK:
            _RESULTS[key] = (frames, result)
            while len(_RESULTS) > RESULTS_KEPT:
                _RESULTS.popitem(last=False)
        return result
    return wrapper
