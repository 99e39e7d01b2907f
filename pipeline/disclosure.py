"""Statistical disclosure control for the aggregates.

Every published statistic describes a *cell*: a set of organisations. Cells in this product
are unions of organisation *types* (one type = one combination of sector, cluster, size
class, innovated and climate group), so a cell is represented exactly as a bitset over the
types, with the number of organisations per type. Cells with the same bitset are the same
set of organisations and get one decision.

Rules (the way statistics offices protect frequency and magnitude tables):

1. Primary: a cell with fewer than `min_cell` organisations (MIN_CELL, never below 5) is
   not published: its row stays, marked "primary", with n and all statistics null.
2. Secondary, differencing: if a published cell A contains a published cell B and
   n(A) - n(B) is between 1 and min_cell - 1, B (the smaller) is suppressed ("secondary").
3. Secondary, margins: if a published cell A is split by one dimension (sector, cluster,
   size class, innovated, climate group incl. "no score") and the parts that are published
   add up to n(A) minus 1..min_cell-1, the residual (the withheld parts together) could be
   recovered by subtraction; the smallest published part is suppressed ("secondary").
   Rule 2 alone could let the 4 Hoge Colleges van Staat be read off as "all minus the
   16 published clusters".
   Rules 2 and 3 repeat until no cell changes.
4. Small groups (n < SMALL_GROUP): shares never exactly 0 or 100 (bounds "< 10%" /
   "> 90%" instead of values below 10 or above 90), box whiskers at P10/P90, no outliers,
   no min/max. Groups of SMALL_GROUP or more: min, max, whiskers and outliers rounded
   to 0.1 (outliers as distinct values).

Rules 2 and 3 compare every published cell with every other, whatever table it appears in
(a group, its innovators and its organisations with a climate score are all cells). One
decision per set of organisations: a suppressed set is withheld in every table that uses it.

Limits: rules 2 and 3 cover differences of one cell against another and of a cell against
its parts along one dimension; they are not a full linear audit of all linked tables
(chains through several tables, as tau-ARGUS audits, are not searched).
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pandas as pd

from data import schema

PUBLISHED, PRIMARY, SECONDARY = 0, 1, 2
STATUS_LABEL = {PUBLISHED: "", PRIMARY: "primary", SECONDARY: "secondary"}
_PAIR_CHUNK = 2_000_000


def check_min_cell(min_cell: int) -> int:
    """The minimum cell size to use; refuses values under schema.MIN_CELL_FLOOR."""
    if int(min_cell) != min_cell or min_cell < schema.MIN_CELL_FLOOR:
        raise ValueError(f"min_cell must be an integer >= {schema.MIN_CELL_FLOOR}, "
                         f"got {min_cell!r}")
    return int(min_cell)


@dataclass(frozen=True)
class CellSets:
    """Distinct cells as bitsets over organisation types.

    bits:       (m, W) uint8, np.packbits of each cell's type membership (rows distinct)
    n:          (m,) organisations per cell
    partitions: one (P, W) uint8 array per dimension: the packed type masks of its values,
                which partition the types
    """

    bits: np.ndarray
    n: np.ndarray
    partitions: tuple[np.ndarray, ...]

    def __post_init__(self) -> None:
        if self.bits.ndim != 2 or self.bits.dtype != np.uint8:
            raise ValueError("bits must be a 2-d uint8 array (np.packbits rows)")
        if len(self.n) != len(self.bits):
            raise ValueError("one n per cell")


def _void(bits: np.ndarray) -> np.ndarray:
    bits = np.ascontiguousarray(bits)
    return bits.view(np.dtype((np.void, bits.shape[1]))).ravel()


class _Index:
    """Exact lookup of bitsets among the cells (sorted memcmp order)."""

    def __init__(self, bits: np.ndarray):
        keys = _void(bits)
        self.order = np.argsort(keys, kind="stable")
        self.sorted = keys[self.order]

    def find(self, bits: np.ndarray) -> np.ndarray:
        """Cell index of each row of `bits`, -1 when it is not a cell."""
        if len(bits) == 0 or len(self.sorted) == 0:
            return np.full(len(bits), -1)
        keys = _void(bits)
        pos = np.minimum(np.searchsorted(self.sorted, keys), len(self.sorted) - 1)
        hit = self.sorted[pos] == keys
        return np.where(hit, self.order[pos], -1)


def _differencing_pairs(bits: np.ndarray, n: np.ndarray, cand: np.ndarray, min_cell: int,
                        ) -> tuple[np.ndarray, np.ndarray]:
    """(small, large) index pairs among `cand` with small inside large and
    0 < n(large) - n(small) < min_cell."""
    order = cand[np.argsort(n[cand], kind="stable")]
    ns = n[order]
    start = np.searchsorted(ns, ns, side="right")           # n(large) > n(small)
    stop = np.searchsorted(ns, ns + min_cell, side="left")  # n(large) < n(small) + min_cell
    width = np.maximum(stop - start, 0)
    small_out, large_out = [], []
    total = int(width.sum())
    if total == 0:
        return np.array([], dtype=int), np.array([], dtype=int)
    # enumerate candidate pairs in chunks of rows to bound memory
    cum = np.cumsum(width)
    bounds = np.searchsorted(cum, np.arange(_PAIR_CHUNK, total + _PAIR_CHUNK, _PAIR_CHUNK))
    lo_row = 0
    for hi_row in list(bounds + 1):
        hi_row = min(int(hi_row), len(order))
        rows = np.arange(lo_row, hi_row)
        w = width[rows]
        if w.sum():
            i = np.repeat(rows, w)
            offset = np.arange(int(w.sum())) - np.repeat(np.cumsum(w) - w, w)
            j = start[i] + offset
            small, large = order[i], order[j]
            inside = ~np.any(bits[small] & ~bits[large], axis=1)
            small_out.append(small[inside])
            large_out.append(large[inside])
        lo_row = hi_row
        if lo_row >= len(order):
            break
    return (np.concatenate(small_out) if small_out else np.array([], dtype=int),
            np.concatenate(large_out) if large_out else np.array([], dtype=int))


def protect(cells: CellSets, min_cell: int = schema.MIN_CELL) -> np.ndarray:
    """Status per cell: PUBLISHED, PRIMARY or SECONDARY (rules 1-3 of the module doc)."""
    min_cell = check_min_cell(min_cell)
    bits, n = cells.bits, np.asarray(cells.n, dtype=np.int64)
    status = np.where(n < min_cell, PRIMARY, PUBLISHED)
    index = _Index(bits)
    part_ids = []  # per dimension: (m, P) cell index of each part, -1 when not a cell
    for masks in cells.partitions:
        ids = np.stack([index.find(bits & mask) for mask in masks], axis=1) if len(masks) \
            else np.empty((len(n), 0), dtype=int)
        empty = ~np.stack([np.any(bits & mask, axis=1) for mask in masks], axis=1)
        part_ids.append(np.where(empty, -1, ids))
    while True:
        changed = False
        # Rule 2: one published cell inside another with a small difference.
        pub = np.flatnonzero(status == PUBLISHED)
        small, _ = _differencing_pairs(bits, n, pub, min_cell)
        if len(small):
            status[np.unique(small)] = SECONDARY
            changed = True
        # Rule 3: published parts along one dimension leave a small residual.
        for ids in part_ids:
            valid = ids >= 0
            safe = np.where(valid, ids, 0)
            while True:
                part_pub = valid & (status[safe] == PUBLISHED)
                residual = n - np.where(part_pub, n[safe], 0).sum(axis=1)
                bad = np.flatnonzero((status == PUBLISHED) & (residual > 0)
                                     & (residual < min_cell))
                if len(bad) == 0:
                    break
                a = bad[0]  # one at a time: a suppression may also fix other violations
                parts = ids[a][part_pub[a]]
                parts = parts[n[parts] > 0]
                status[parts[np.lexsort((parts, n[parts]))[0]]] = SECONDARY
                changed = True
        if not changed:
            return status


# ----------------------------------------------------------------- small-group rules

def round_tenth(values: np.ndarray) -> np.ndarray:
    """Round to 0.1, halves up (3.25 -> 3.3)."""
    return np.round(np.floor(np.asarray(values, dtype=float) * 10 + 0.5) / 10, 1)


def share_bounds(share: np.ndarray, n: np.ndarray, small_group: int = schema.SMALL_GROUP,
                 ) -> tuple[np.ndarray, np.ndarray]:
    """Shares (percent) and their bound per row, as codes into schema.SHARE_BOUNDS.

    In groups under `small_group` a share below SHARE_BOUND_LOW becomes null with bound
    "below" ("< 10%") and above SHARE_BOUND_HIGH null with "above" ("> 90%"), so 0% and
    100% are never shown for a small group. Otherwise the share is exact.
    """
    share = np.asarray(share, dtype=float).copy()
    small = np.asarray(n) < small_group
    below = small & (share < schema.SHARE_BOUND_LOW)
    above = small & (share > schema.SHARE_BOUND_HIGH)
    bound = np.where(below, schema.SHARE_BOUNDS.index("below"),
                     np.where(above, schema.SHARE_BOUNDS.index("above"),
                              schema.SHARE_BOUNDS.index("exact")))
    share[below | above] = np.nan
    return share, bound


def box_small_group_rules(box: pd.DataFrame, small_group: int = schema.SMALL_GROUP,
                          ) -> pd.DataFrame:
    """Apply the box-plot rules to raw box statistics.

    Expects columns n, min, max, q1, q3, tukey_low, tukey_high, p10, p90, outliers (lists
    of raw values). Groups under `small_group`: whiskers P10/P90 ("p10_p90"), min/max null,
    no outliers. Larger groups: Tukey whiskers, min/max/whiskers/outliers rounded to 0.1,
    outliers as sorted distinct values; whiskers stay outside the box after rounding.
    """
    out = box.copy()
    small = out["n"].to_numpy(dtype=float, na_value=np.nan) < small_group
    q1, q3 = out["q1"].to_numpy(float), out["q3"].to_numpy(float)
    low = np.minimum(round_tenth(out["tukey_low"].to_numpy(float)), q1)
    high = np.maximum(round_tenth(out["tukey_high"].to_numpy(float)), q3)
    out["lower_whisker"] = np.where(small, out["p10"].to_numpy(float), low)
    out["upper_whisker"] = np.where(small, out["p90"].to_numpy(float), high)
    out["whisker_rule"] = np.where(small, "p10_p90", "tukey")
    out["min"] = np.where(small, np.nan, np.minimum(round_tenth(out["min"].to_numpy(float)),
                                                     low))
    out["max"] = np.where(small, np.nan, np.maximum(round_tenth(out["max"].to_numpy(float)),
                                                     high))
    out["outliers"] = [[] if s else sorted(set(round_tenth(np.asarray(v, float)).tolist()))
                       for s, v in zip(small, out["outliers"])]
    return out.drop(columns=["tukey_low", "tukey_high", "p10", "p90"])
