"""Attack 4: probe the benchmark's percentile function for exact organisation scores.

The app's own lookup (the function /benchmark calls for a visitor's score) is called for
every score on a PROBE_STEP grid over 1-5 for every published peer group. Where the answer
jumps at a score (the share below a score differs from the share just above it), that
jump is the share of the group scoring exactly that score: if a member scores exactly
there, the attacker has read an exact organisation score (and how many share it).
"""

from __future__ import annotations

import importlib
import time

import numpy as np
import pandas as pd

from data import questionnaire as q
from data import schema
from pipeline.audit.findings import AttackResult
from pipeline.audit.model import Universe

PROBE_STEP = 0.01
# Where the app keeps the benchmark's percentile functions (newest layout first).
APP_MODULES = ("pages.benchmark.figures", "components.figures.benchmark")


def app_functions():
    """(percentile_grid, lookup_percentile, Peer) from the app's benchmark code."""
    for name in APP_MODULES:
        try:
            mod = importlib.import_module(name)
        except ModuleNotFoundError:
            continue
        if all(hasattr(mod, f) for f in ("percentile_grid", "lookup_percentile", "Peer")):
            return mod.percentile_grid, mod.lookup_percentile, mod.Peer
    raise ImportError("the app's percentile functions were not found in "
                      + ", ".join(APP_MODULES))


def percentile_attack(uni: Universe, percentiles: pd.DataFrame) -> AttackResult:
    started = time.perf_counter()
    res = AttackResult("percentile", "Percentile probe through the benchmark's lookup")
    grid_of, lookup, peer_cls = app_functions()
    if "pct_band" not in percentiles.columns:  # tables from before banding: whole percents
        percentiles = percentiles.assign(pct_band=1.0)
    top = percentiles
    for col in ("f_sector", "f_cluster", "f_size", "f_innovated"):
        top = top[top[col].astype(str) == schema.ALL]
    probe = np.round(np.arange(q.LIKERT_MIN, q.LIKERT_MAX + PROBE_STEP / 2, PROBE_STEP), 2)
    pairs = top[["grouping", "group", "n"]].astype({"grouping": str, "group": str})
    pairs = pairs.drop_duplicates(["grouping", "group"])
    best = None
    for grouping, group, n in pairs.itertuples(index=False):
        peer = peer_cls(grouping, group, int(n) if not pd.isna(n) else 0)
        grid = grid_of(percentiles, peer)
        if grid.empty:
            continue
        res.attacked += 1
        answers = [lookup(grid, float(s)) for s in probe]
        values = np.array([a.value for a in answers])
        lows = np.array([a.low for a in answers])  # shown as the bracket of the estimate
        mask = uni.mask(grouping=grouping, group=group, base="scored")
        scores = uni.scores[mask[uni.org_atom] & ~np.isnan(uni.scores)]
        # share exactly at a probe score: the answer at the score against the lower end of
        # the answer just above it (the share at or below the score)
        jump = np.zeros(len(probe))
        jump[:-1] = lows[1:] - values[:-1]
        for i in np.flatnonzero(jump > 1e-6):
            s = probe[i]
            at = int(np.sum(np.abs(scores - s) <= 1e-9))
            if at:
                res.add(f"benchmark percentile [{grouping}={group}]",
                        f"score {s:.2f}: the answer jumps by {jump[i]:.1f} points; "
                        f"{at} member(s) score exactly {s:.2f}")
                best = s
    res.best = "an organisation's exact score" if best is not None else \
        "no exact score read off"
    res.seconds = time.perf_counter() - started
    return res
