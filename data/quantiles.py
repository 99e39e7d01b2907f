"""Quantiles that never equal one contributor's exact value (the product's disclosure rule for
box statistics: a quantile is the mean of neighbouring order statistics, never a single one).

Used by the live-session room view (data/rooms/stats.py); groups under MIN_GROUP get none.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

MIN_GROUP = 5
MIN_WINDOW = 3  # a quantile is the mean of at least this many neighbouring values


def protected_quantile(values: Sequence[float], p: float, decimals: int = 2) -> float | None:
    """The p-quantile (0..1) of `values` as the mean of the order statistics around the type-7
    position, rounded to `decimals`, and never equal (at that rounding) to any value in the
    group. The window starts at MIN_WINDOW values and widens until the result differs from
    every value; None when the group is smaller than MIN_GROUP or no window can (the values
    are all alike)."""
    x = np.sort(np.asarray(values, dtype=float))
    n = len(x)
    if n < MIN_GROUP or not 0.0 <= p <= 1.0 or not np.isfinite(x).all():
        return None
    exact = set(np.round(x, decimals).tolist())
    prefix = np.concatenate([[0.0], np.cumsum(x)])
    pos = p * (n - 1)
    for k in range(MIN_WINDOW, n + 1):
        start = int(min(max(round(pos - (k - 1) / 2), 0), n - k))
        value = round(float((prefix[start + k] - prefix[start]) / k), decimals)
        if value not in exact:
            return value
    return None


def protected_box(values: Sequence[float], decimals: int = 2) -> dict[str, float] | None:
    """p10, q1, median, q3 and p90 by protected_quantile, in ascending order; None when any of
    them cannot be given."""
    probs = {"p10": 0.10, "q1": 0.25, "median": 0.50, "q3": 0.75, "p90": 0.90}
    found = [protected_quantile(values, p, decimals) for p in probs.values()]
    if any(v is None for v in found):
        return None
    # Windows of different widths need not be in order; sorting keeps every value protected.
    return dict(zip(probs, sorted(found)))
