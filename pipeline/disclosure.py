"""Statistical disclosure control for the aggregates (design: pipeline/DISCLOSURE.md).

Every published statistic describes a *set* of organisations (a cell of the cube for one
base). Sets are unions of organisation types; identical sets share one index, one cell key
(pipeline/cellkey.py) and therefore one decision and one noise, whatever table shows them.

Rules:

1. Withheld: a set with fewer than `min_cell` organisations (true count; MIN_CELL, never
   below 5) is not published. Its rows stay, with the one label "withheld" and n and every
   statistic null; an empty set is withheld in the same way.
2. Counts are perturbed with the public table of pipeline.cellkey (consistent per set):
   published n' = n + d, never below min_cell, unchanged for public margins; share
   numerators k' = k + d from the counted set's own key (zero counts from the base's key,
   clipped at 0), on the same side of min_cell as k, clipped to 0..n'.
3. Sums and sums of squares of the climate score get bounded keyed noise; means use the true
   n, so a published mean is S' / n.
4. Anything decided from a group's size uses the published n': box statistics only for
   n' >= BOX_MIN (then the true n >= SMALL_GROUP), share bounds for n' < SMALL_GROUP,
   percentile tables for n' >= BOX_MIN.
5. Box statistics: P10, Q1, median, Q3 and P90 each the mean of QUANTILE_WINDOW order
   statistics around the position plus keyed noise, then sorted; whiskers P10-P90; no
   minimum, maximum or outliers.
6. Percentile positions are rounded to a band of at least 4 organisations.
"""

from __future__ import annotations

import numpy as np

from data import schema
from pipeline import cellkey

PUBLISHED, WITHHELD = 0, 1
STATUS_LABEL = {PUBLISHED: "", WITHHELD: schema.WITHHELD}
# Box statistics and percentile tables need a published n' that guarantees a true n of
# SMALL_GROUP or more.
BOX_MIN = schema.BOX_MIN_N
assert BOX_MIN - cellkey.COUNT_BOUND >= schema.SMALL_GROUP
PERCENTILE_BANDS = (5.0, 10.0, 20.0, 25.0, 50.0)
BAND_MIN_ORGANISATIONS = 4
QUANTILES = (("p10", 0.1), ("q1", 0.25), ("median", 0.5), ("q3", 0.75), ("p90", 0.9))


def check_min_cell(min_cell: int) -> int:
    """The minimum cell size to use; refuses values under schema.MIN_CELL_FLOOR."""
    if int(min_cell) != min_cell or min_cell < schema.MIN_CELL_FLOOR:
        raise ValueError(f"min_cell must be an integer >= {schema.MIN_CELL_FLOOR}, "
                         f"got {min_cell!r}")
    return int(min_cell)


def status(n: np.ndarray, min_cell: int = schema.MIN_CELL) -> np.ndarray:
    """PUBLISHED or WITHHELD per set (rule 1)."""
    min_cell = check_min_cell(min_cell)
    return np.where(np.asarray(n) < min_cell, WITHHELD, PUBLISHED)


def perturbed_n(n: np.ndarray, key: np.ndarray, public: np.ndarray,
                min_cell: int = schema.MIN_CELL) -> np.ndarray:
    """Published n' per set (rule 2); meaningful for published sets only."""
    n = np.asarray(n, dtype=np.int64)
    d = cellkey.count_noise(key, "count")
    return np.where(public, n, np.maximum(n + d, min_cell))


def perturbed_numerators(k: np.ndarray, num_key: np.ndarray, base_key: np.ndarray,
                         n_pub: np.ndarray, min_cell: int = schema.MIN_CELL) -> np.ndarray:
    """Published numerators k' (rule 2) for (rows, measures) counts.

    k, num_key: (R, K); base_key, n_pub: (R,) of the base set of each row. A count keeps
    its side of min_cell (k' >= min_cell when k >= min_cell, k' < min_cell when k is
    smaller), as a published n' does: the counted set of a climate-group share is a cell of
    the cube, withheld exactly when it has fewer than min_cell organisations, so a k' on the
    other side would pin it (withheld means at most min_cell - 1; k = 4 with d = +2 would
    give k' - 2 = 4).
    """
    min_cell = check_min_cell(min_cell)
    k = np.asarray(k, dtype=np.int64)
    d = cellkey.count_noise(num_key, "count")
    measure = np.arange(k.shape[1], dtype=np.int64)[None, :]
    zero = cellkey.count_noise((base_key[:, None] * 131 + measure) % cellkey.KEY_MOD, "zero")
    out = np.where(k > 0, k + d, np.maximum(zero, 0))
    out = np.where(k >= min_cell, np.maximum(out, min_cell), np.minimum(out, min_cell - 1))
    return np.clip(out, 0, np.asarray(n_pub, dtype=np.int64)[:, None])


def perturbed_mean_sd(n: np.ndarray, s1: np.ndarray, s2: np.ndarray, key: np.ndarray,
                      n_pub: np.ndarray | None = None) -> tuple[np.ndarray, np.ndarray]:
    """Published mean and sd per set (rule 3), from counts, sums and sums of squares.

    The sum's noise bound is cellkey.sum_bound(n_pub) (n_pub: published n', default n)."""
    n = np.asarray(n, dtype=float)
    with np.errstate(invalid="ignore", divide="ignore"):
        mean_true = s1 / n
        ss = np.maximum(s2 - s1 * mean_true, 0.0)
        bound = cellkey.sum_bound(n if n_pub is None else n_pub)
        mean = np.clip((s1 + bound * cellkey.triangular(key, "sum")) / n,
                       1.0, 5.0)
        ss_pub = np.maximum(ss + cellkey.SS_BOUND * cellkey.triangular(key, "ss"), 0.0)
        sd = np.sqrt(ss_pub / (n - 1))
    return np.where(n > 0, mean, np.nan), np.where(n > 1, sd, np.nan)


def smoothed_quantiles(hist: np.ndarray, values: np.ndarray, key: np.ndarray,
                       ) -> dict[str, np.ndarray]:
    """Rule 5 per histogram row: {name: value} for P10, Q1, median, Q3, P90 (sorted)."""
    n = hist.sum(axis=1)
    cum = np.cumsum(hist, axis=1)
    out = np.full((len(n), len(QUANTILES)), np.nan)
    ok = n > 0
    if ok.any() and len(values):
        c, nn = cum[ok], n[ok]
        for j, (name, p) in enumerate(QUANTILES):
            lo = np.floor((nn - 1) * p).astype(np.int64)
            total = np.zeros(len(nn))
            first = lo - (cellkey.QUANTILE_WINDOW // 2 - 1)
            for w in range(cellkey.QUANTILE_WINDOW):
                idx = np.clip(first + w, 0, nn - 1)
                total += values[np.argmax(c > idx[:, None], axis=1)]
            noise = cellkey.QUANTILE_BOUND * cellkey.triangular(key[ok], name)
            out[ok, j] = np.clip(total / cellkey.QUANTILE_WINDOW + noise, 1.0, 5.0)
        out[ok] = np.sort(out[ok], axis=1)
    return {name: np.round(out[:, j], 2) for j, (name, _) in enumerate(QUANTILES)}


def percentile_band(n_pub: np.ndarray) -> np.ndarray:
    """Band width (percentage points) per group: the smallest of PERCENTILE_BANDS holding
    at least BAND_MIN_ORGANISATIONS of the smallest true n that n' allows."""
    low = np.maximum(np.asarray(n_pub, dtype=float) - cellkey.COUNT_BOUND, 1.0)
    out = np.full(len(low), PERCENTILE_BANDS[-1])
    for band in reversed(PERCENTILE_BANDS):
        out = np.where(band * low / 100.0 >= BAND_MIN_ORGANISATIONS, band, out)
    return out


def to_band(pct: np.ndarray, band: np.ndarray) -> np.ndarray:
    """Percent rounded (half up) to a multiple of its band."""
    return np.minimum(np.floor(np.asarray(pct, dtype=float) / band + 0.5) * band, 100.0)


def share_bounds(share: np.ndarray, n: np.ndarray, small_group: int = schema.SMALL_GROUP,
                 ) -> tuple[np.ndarray, np.ndarray]:
    """Shares (percent) and their bound per row, as codes into schema.SHARE_BOUNDS.

    In groups whose published n is under `small_group` a share below SHARE_BOUND_LOW
    becomes null with bound "below" ("< 10%") and above SHARE_BOUND_HIGH null with "above"
    ("> 90%"). Otherwise the (perturbed) share is given.
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
