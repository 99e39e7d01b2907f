"""Attack 2: order statistics in the published box statistics.

q1, median and q3 (type-7 quantiles) and P10/P90 whiskers are order statistics or
interpolations between two of them; min, max, Tukey whiskers and outliers are single
organisations' scores. For every published box the members' true scores (ground truth)
are compared with every published statistic:
- a box for a group under BOX_MIN_N organisations is a finding (with n and its quantiles
  every member's score can be rebuilt: P10/P90 interpolation can be inverted);
- a statistic equal to a member's exact score (or to it rounded at the published precision,
  when the statistic is an extreme, a whisker or an outlier) is a finding;
- the linear system of the published quantiles (type-7 positions, the mean as the sum)
  over the sorted scores is solved: any order statistic it determines is a finding.
"""

from __future__ import annotations

import time

import numpy as np
import pandas as pd

from pipeline.audit import findings as goals
from pipeline.audit.findings import AttackResult
from pipeline.audit.linear import in_rowspace, rowspace
from pipeline.audit.model import Universe
from pipeline.audit.statements import cell_label, precision_of, precisions

QUANTILES = {"q1": 0.25, "median": 0.5, "q3": 0.75}
SCORE_TOL = 1e-9


def _round(value: float, step: float) -> float:
    return float(np.floor(value / step + 0.5) * step) if step > 0 else value


def box_attack(uni: Universe, box: pd.DataFrame, meta: dict[str, str]) -> AttackResult:
    started = time.perf_counter()
    res = AttackResult("box", "Order statistics of box plots")
    prec = precisions(meta)
    rows = box[~box["suppressed"].astype(bool)]
    best = None
    for row in rows.to_dict("records"):
        mask = uni.mask(**{k: str(row[k]) for k in ("f_sector", "f_cluster", "f_size",
                                                     "f_innovated", "grouping", "group")},
                        base="scored")
        scores = np.sort(uni.scores[mask[uni.org_atom] & ~np.isnan(uni.scores)])
        n = len(scores)
        if n == 0:
            continue
        res.attacked += 1
        cell = f"climate_box[{cell_label(row)}]"
        has_box = any(not pd.isna(row[c]) for c in QUANTILES)
        if has_box and n < goals.BOX_MIN_N:
            res.add(cell, f"box for a group of {n} (under {goals.BOX_MIN_N}): "
                    "its order statistics give every member's score")
            best = 0.0
            continue
        hits = []
        stats = [(c, row.get(c)) for c in ("q1", "median", "q3", "lower_whisker",
                                           "upper_whisker", "min", "max")]
        outliers = row.get("outliers")
        stats += [("outlier", v) for v in ([] if outliers is None else list(outliers))]
        for name, value in stats:
            if value is None or pd.isna(value):
                continue
            value = float(value)
            col = "outliers" if name == "outlier" else name
            p = precision_of(prec, f"climate_box.{col}")
            if p.perturb > 0:
                continue  # noisy: equal to a score only by chance, and not known to be one
            step = p.round
            if name in ("lower_whisker", "upper_whisker") and \
                    row.get("whisker_rule") != "tukey" and col not in dict(prec):
                step = 0.0
            exact = np.abs(scores - value) <= SCORE_TOL
            rounded = np.zeros(n, dtype=bool)
            if step > 0 and name not in QUANTILES:
                rounded = np.array([abs(_round(x, step) - value) <= SCORE_TOL for x in scores])
            if exact.any():
                hits.append(f"{name} {value:g} is a member's exact score")
            elif rounded.any() and _is_extreme(name, value, scores, step):
                hits.append(f"{name} {value:g} is one member's score rounded to {step:g}")
        exact_cols = {c for c in ("q1", "median", "q3", "lower_whisker", "upper_whisker")
                      if precision_of(prec, f"climate_box.{c}").perturb == 0}
        solved = _order_system(row, scores, exact_cols)
        if solved:
            hits.append(f"order statistics {solved} determined by the published quantiles")
        for h in hits:
            res.add(cell, h)
        if hits:
            best = 0.0
    res.best = "an organisation's exact score" if best == 0.0 else \
        "no organisation's score from a box"
    res.seconds = time.perf_counter() - started
    return res


def _is_extreme(name: str, value: float, scores: np.ndarray, step: float) -> bool:
    """The statistic is the rounded score of one organisation (min, max, whisker, outlier)."""
    r = np.array([_round(x, step) for x in scores])
    if name == "min":
        return abs(r[0] - value) <= SCORE_TOL
    if name == "max":
        return abs(r[-1] - value) <= SCORE_TOL
    return bool((np.abs(r - value) <= SCORE_TOL).any())


def _order_system(row: dict, scores: np.ndarray,
                  columns: set[str] | None = None) -> list[int]:
    """Ranks (1-based) of order statistics the published type-7 quantiles determine
    (only `columns`, the ones published without perturbation; default all)."""
    n = len(scores)
    eqs = []
    probs = dict(QUANTILES)
    if row.get("whisker_rule") == "p10_p90":
        probs.update({"lower_whisker": 0.1, "upper_whisker": 0.9})
    for col, p in probs.items():
        if columns is not None and col not in columns:
            continue
        value = row.get(col)
        if value is None or pd.isna(value):
            continue
        h = (n - 1) * p
        lo = int(np.floor(h))
        frac = h - lo
        hi = min(lo + 1, n - 1)
        coef = np.zeros(n)
        coef[lo] += 1 - frac
        coef[hi] += frac
        if abs(coef @ scores - float(value)) <= 1e-7:  # published as the type-7 value
            eqs.append(coef)
    if not eqs:
        return []
    basis = rowspace(np.array(eqs))
    determined = in_rowspace(basis, np.eye(n))
    return [int(i) + 1 for i in np.flatnonzero(determined)]
