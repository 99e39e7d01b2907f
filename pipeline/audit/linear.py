"""Attack 1: linear programming over every published linear statistic.

The attacker's unknowns are per-atom counts n, score sums s and category counts d
(pipeline/audit/model.py, statements.py). For every target (every withheld cell, every
set of 1-4 organisations defined by organisation types, every single organisation type) the
attack bounds its count, its mean score and, per answer category, its category count:

1. Forced zeros: atoms whose count every published statement forces to 0 (propagation of
   zero rows, then one support LP, scipy.optimize.linprog method="highs", or when HiGHS
   fails on it several LPs over feasible points). A solver that fails makes the audit
   inconclusive: a finding (pipeline.audit.run), never a pass.
2. Exact determination: a target whose indicator vector lies in the row space of the exact
   (equality) statements over the remaining atoms is determined exactly, whatever the
   other statements say (numpy: orthonormal row-space basis, one projection per target).
3. Intervals: for targets not determined exactly, min and max over the LP (HiGHS through
   highspy, warm-started: only the objective changes). Mean score: Dinkelbach iterations
   on s(T) - mu n(T).
Category counts: one system per measure over the atoms of its base (decoupled from n;
the published n interval bounds each cell); "none" or "all" is determined when the count
or its complement is forced to 0 or lies exactly in the row space with true value 0.
"""

from __future__ import annotations

import time
from dataclasses import dataclass

import numpy as np
import scipy.sparse as sp

from data import questionnaire as q
from data import schema
from pipeline import aggregate
from pipeline.audit import findings as goals
from pipeline.audit.findings import AttackResult
from pipeline.audit.model import Universe
from pipeline.audit.solver import Infeasible, Model
from pipeline.audit.statements import Published

EXACT_WIDTH = 1e-3   # a statement narrower than this is an equality
PROJ_TOL = 1e-6
# LP intervals are computed for at most this many targets per attack, smallest first
# (deterministic); the others are reported as not bounded.
MAX_LP_TARGETS = 400
# Batch rounds: each solves max and min of the sum of the still-open targets.
BATCH_ROUNDS = 4


@dataclass
class Target:
    label: str
    mask: np.ndarray     # atoms
    kind: str            # "withheld" or "small set"
    base: str            # all / innovators / scored


# ------------------------------------------------------------------------------ targets

def targets(uni: Universe, pub: Published) -> list[Target]:
    """Withheld cells and small sets of organisation types (true size 1..SMALL_SET_MAX)."""
    out: list[Target] = []
    seen: set[bytes] = set()
    for i, (base, label) in pub.withheld.items():
        mask = pub.bank.masks[i]
        key = np.packbits(mask).tobytes()
        if key not in seen:
            seen.add(key)
            out.append(Target(f"withheld {label}", mask, "withheld", base))
    a = uni.attrs
    dims = {"sector": q.SECTORS, "cluster": q.CLUSTERS, "size_class": q.SIZE_CLASSES,
            "innovated": schema.INNOVATED_VALUES}
    true_n = uni.true_n
    # every combination of the frame dimensions (each fixed or free)
    combos = [{}]
    for dim, values in dims.items():
        combos = [{**c, dim: v} for c in combos for v in (None, *range(len(values)))]
    for combo in combos:
        mask = np.ones(uni.n_atoms, dtype=bool)
        for dim, v in combo.items():
            if v is not None:
                mask &= a[dim] == v
        n = true_n[mask].sum()
        if not 1 <= n <= goals.SMALL_SET_MAX:
            continue
        key = np.packbits(mask).tobytes()
        if key in seen:
            continue
        seen.add(key)
        name = " ".join(f"{d}={dims[d][v]}" for d, v in combo.items() if v is not None)
        out.append(Target(f"organisations {name or 'all'}", mask, "small set", "all"))
    return out


# ------------------------------------------------------------------------- linear algebra

def rowspace(matrix: np.ndarray) -> np.ndarray:
    """Orthonormal basis (k, cols) of the row space."""
    if matrix.shape[0] == 0:
        return np.zeros((0, matrix.shape[1]))
    _, s, vt = np.linalg.svd(matrix, full_matrices=False)
    rank = int((s > 1e-9 * max(s[0], 1.0)).sum()) if len(s) else 0
    return vt[:rank]


def in_rowspace(basis: np.ndarray, vectors: np.ndarray) -> np.ndarray:
    """Per row of `vectors`: does it lie in the span of `basis`?"""
    if len(vectors) == 0:
        return np.zeros(0, dtype=bool)
    resid = vectors - (vectors @ basis.T) @ basis
    return np.abs(resid).max(axis=1) <= PROJ_TOL * np.maximum(1, np.abs(vectors).max(axis=1))


def propagate_zeros(A: sp.csr_matrix, lo: np.ndarray, hi: np.ndarray,
                    integer: bool) -> np.ndarray:
    """Columns forced to 0 by rows whose entries are all >= 0 with upper bound 0 (or < 1
    for integer unknowns with 0/1 coefficients), repeated until nothing changes."""
    alive = np.ones(A.shape[1], dtype=bool)
    limit = 1.0 - 1e-6 if integer else 1e-6
    A = A.tocsr()
    pos_rows = (A.multiply(A < 0)).getnnz(axis=1) == 0
    while True:
        sub = A[:, alive]
        nz = sub.getnnz(axis=1) > 0
        rows = np.flatnonzero(pos_rows & nz & (hi < limit))
        if len(rows) == 0:
            return ~alive
        cols = np.unique(sub[rows].nonzero()[1])
        if len(cols) == 0:
            return ~alive
        alive[np.flatnonzero(alive)[cols]] = False


LP_TOL = 1e-4  # LP optima are exact to the solver's tolerances, not to the last digit


def _integers(lo, hi):
    """Integers in [lo, hi] (allowing for the LP's tolerance); elementwise on arrays."""
    out = np.floor(np.asarray(hi) + LP_TOL) - np.ceil(np.asarray(lo) - LP_TOL) + 1
    return out.astype(int) if np.ndim(out) else int(out)


# --------------------------------------------------------------------------------- counts

class CountAttack:
    """Counts of every target over the n-system."""

    def __init__(self, uni: Universe, pub: Published):
        self.uni, self.pub = uni, pub
        full = Model(pub.bank, {"n": np.ones(uni.n_atoms, dtype=bool)}, [pub.n_rows])
        bad = full.violations(full.point({"n": uni.true_n}))
        if bad:
            raise Infeasible("the ground truth breaks a published count statement: "
                             + bad[0])
        zero = propagate_zeros(full.A, full.lo, full.hi, integer=True)
        alive = ~zero
        reduced = Model(pub.bank, {"n": alive}, [pub.n_rows],
                        upper={"n": np.full(uni.n_atoms, float(uni.true_n.sum()))})
        can = reduced.support()
        self.notes = [(f"{reduced.support_failed}: support from feasible points "
                       "instead")] if reduced.support_failed else []
        alive[reduced.blocks["n"][~can]] = False
        self.alive = alive
        self.model = Model(pub.bank, {"n": alive}, [pub.n_rows],
                           upper={"n": np.full(uni.n_atoms, float(uni.true_n.sum()))})
        exact = (self.model.hi - self.model.lo) <= EXACT_WIDTH
        self.basis = rowspace(self.model.A[exact].toarray())
        # what is public anyway (meta totals, Tabel 1/2): counts determined by these alone
        # are no finding
        a = uni.attrs
        public = [a["sector"] == s for s in range(len(q.SECTORS))]
        public += [a["cluster"] == c for c in range(len(q.CLUSTERS))]
        public += [np.ones(uni.n_atoms, dtype=bool), a["innovated"] == 0, a["scored"]]
        self.public_basis = rowspace(self.vectors(public))

    def vectors(self, masks: list[np.ndarray]) -> np.ndarray:
        cols = self.model.blocks["n"]
        return np.array([m[cols] for m in masks], dtype=float).reshape(len(masks), len(cols))


def count_attack(uni: Universe, pub: Published, tgts: list[Target]) -> tuple[
        AttackResult, CountAttack]:
    started = time.perf_counter()
    res = AttackResult("linear-count", "Linear programming: counts of withheld cells and "
                       "small sets of organisation types")
    ca = CountAttack(uni, pub)
    res.notes += ca.notes
    true_n = uni.true_n
    truth = np.array([true_n[t.mask].sum() for t in tgts])
    vec = ca.vectors([t.mask for t in tgts])
    determined = in_rowspace(ca.basis, vec)
    public = in_rowspace(ca.public_basis, vec)
    empty = ~vec.any(axis=1)  # every atom forced to 0: count 0 determined
    lo = np.where(determined | empty, truth, -np.inf)
    hi = np.where(determined | empty, truth, np.inf)
    todo = [j for j in np.argsort(truth, kind="stable")
            if not (determined[j] or empty[j]) and truth[j] >= 1]
    # Batch first: feasible points that move many targets at once prove those targets
    # uncertain once their interval holds MIN_COUNT_CHOICES integers (a width of 1 is not
    # enough: 1.01..2.37 holds only the 2).
    lo[todo], hi[todo] = truth[todo], truth[todo]
    open_ = np.array(todo, dtype=int)
    for _ in range(BATCH_ROUNDS):
        for maximise in (True, False):
            if len(open_) == 0:
                break
            _, x = ca.model.optimise(vec[open_].sum(axis=0), maximise)
            values = vec @ x
            lo, hi = np.minimum(lo, values), np.maximum(hi, values)
            open_ = open_[_integers(lo[open_], hi[open_]) < goals.MIN_COUNT_CHOICES]
    for j in open_[:MAX_LP_TARGETS]:
        c = vec[j]
        lo[j] = ca.model.optimise(c, False)[0]
        hi[j] = ca.model.optimise(c, True)[0]
    if len(open_) > MAX_LP_TARGETS:
        res.notes.append(f"{len(open_) - MAX_LP_TARGETS} targets beyond MAX_LP_TARGETS "
                         "not bounded by LP (exact determination still checked)")
        lo[open_[MAX_LP_TARGETS:]] = -np.inf
    res.attacked = len(tgts)
    best = None
    for j, t in enumerate(tgts):
        if truth[j] < 1 or not np.isfinite(lo[j]) or public[j]:
            continue
        choices = _integers(lo[j], hi[j])
        if best is None or choices < best[0]:
            best = (choices, t.label, lo[j], hi[j])
        if choices < goals.MIN_COUNT_CHOICES:
            res.add(t.label, f"count determined: {truth[j]:g} organisations "
                    f"(interval {lo[j]:.2f}..{hi[j]:.2f})")
    if best:
        res.best = f"{best[0]} possible count(s) for {best[1]}"
    # all / none along the dimensions that are answers (innovated, climate group)
    a = uni.attrs
    splits = [("innovated", "innovated", i, v) for i, v in enumerate(schema.INNOVATED_VALUES)]
    splits += [("climate group", "climate_group", g, v) for g, v in enumerate(q.CLIMATE_GROUPS)]
    for j, t in enumerate(tgts):
        if truth[j] < 1:
            continue
        for name, dim, value, label in splits:
            inside = t.mask & (a[dim] == value)
            outside = t.mask & (a[dim] != value)
            if dim == "climate_group":
                outside &= a["climate_group"] >= 0
            if not inside.any() or not outside.any():
                continue  # the target itself fixes this dimension
            if not (ca.alive & inside).any():
                res.add(t.label, f"none has {name} {label} (determined)")
            elif not (ca.alive & outside).any():
                res.add(t.label, f"all have {name} {label} (determined)")
    res.seconds = time.perf_counter() - started
    return res, ca


# ---------------------------------------------------------------------------------- means

def mean_attack(uni: Universe, pub: Published, tgts: list[Target], ca: CountAttack,
                ) -> AttackResult:
    started = time.perf_counter()
    res = AttackResult("linear-mean", "Linear programming: mean climate score of withheld "
                       "cells and small sets")
    alive = ca.alive
    scored = alive & uni.attrs["scored"]
    lo_c, hi_c = uni.class_lo, uni.class_hi
    idx = np.flatnonzero(scored)
    # class ranges: lo n_a <= s_a <= hi n_a (and envelope rows for q)
    rows = []
    k = len(idx)
    use_q = any(b == "q" for terms in pub.sum_rows.terms for b, _, _ in terms)
    model_cols = {"n": alive, "s": scored, **({"q": scored} if use_q else {})}
    probe = Model(pub.bank, model_cols, [])
    cn = probe.col_of["n"][idx]
    cs = probe.col_of["s"][idx]
    cq = probe.col_of["q"][idx] if use_q else None
    r = np.arange(k)

    def pair(c1, v1, c2, v2, l, h):
        m = sp.csr_matrix((np.concatenate([v1, v2]), (np.concatenate([r, r]),
                                                      np.concatenate([c1, c2]))),
                          shape=(k, probe.n_cols))
        rows.append((m, np.full(k, l), np.full(k, h)))

    pair(cs, np.ones(k), cn, -lo_c[idx], 0.0, np.inf)
    pair(cs, np.ones(k), cn, -hi_c[idx], -np.inf, 0.0)
    for c in ("lo", "mid", "hi") if use_q else ():
        point = {"lo": lo_c, "hi": hi_c, "mid": (lo_c + hi_c) / 2}[c][idx]
        m = sp.csr_matrix((np.concatenate([np.ones(k), -2 * point, point ** 2]),
                           (np.concatenate([r, r, r]), np.concatenate([cq, cs, cn]))),
                          shape=(k, probe.n_cols))
        rows.append((m, np.zeros(k), np.full(k, np.inf)))
    if use_q:
        m = sp.csr_matrix((np.concatenate([np.ones(k), -(lo_c + hi_c)[idx],
                                           (lo_c * hi_c)[idx]]),
                           (np.concatenate([r, r, r]), np.concatenate([cq, cs, cn]))),
                          shape=(k, probe.n_cols))
        rows.append((m, np.full(k, -np.inf), np.zeros(k)))
    model = Model(pub.bank, model_cols, [pub.n_rows, pub.sum_rows],
                  upper={"n": np.full(uni.n_atoms, float(uni.true_n.sum()))}, extra=rows)
    truth = model.point({"n": uni.true_n, "s": uni.true_s, "q": uni.true_q})
    bad = model.violations(truth, tol=1e-5)
    if bad:
        raise Infeasible("the ground truth breaks a published score statement: " + bad[0])
    exact = (model.hi - model.lo) <= EXACT_WIDTH
    basis = rowspace(model.A[exact].toarray())
    chosen = []
    for t in tgts:
        mask = t.mask & uni.attrs["scored"]
        if t.base not in ("scored", "all"):
            mask &= uni.attrs["innovated"] == 0
        n_true = uni.true_n[mask].sum()
        if n_true < 1:
            continue
        # a set inside one climate group has its mean bounded by the group's definition
        groups = np.unique(uni.attrs["climate_group"][mask & (uni.true_n > 0)])
        if len(np.unique(uni.attrs["climate_group"][mask])) == 1:
            continue
        chosen.append((t, mask, n_true, groups))
    res.attacked = len(chosen)
    chosen.sort(key=lambda c: c[2])
    n_vec = np.array([model.vector("n", c[1].astype(float)) for c in chosen]).reshape(
        len(chosen), model.n_cols)
    s_vec = np.array([model.vector("s", c[1].astype(float)) for c in chosen]).reshape(
        len(chosen), model.n_cols)
    true_mean = np.array([uni.true_s[c[1]].sum() / c[2] for c in chosen])
    lo, hi = true_mean.copy(), true_mean.copy()
    det = np.zeros(len(chosen), dtype=bool)
    if len(chosen):
        det = in_rowspace(basis, n_vec) & in_rowspace(basis, s_vec)
    open_ = np.flatnonzero(~det)
    scale = np.array([c[2] for c in chosen], dtype=float)

    def see(x: np.ndarray) -> None:
        nonlocal lo, hi
        nx, sx = n_vec @ x, s_vec @ x
        ok = nx > 1e-6
        means = np.where(ok, sx / np.where(ok, nx, 1), true_mean)
        lo, hi = np.minimum(lo, means), np.maximum(hi, means)

    for _ in range(BATCH_ROUNDS):
        for maximise in (True, False):
            if len(open_) == 0:
                break
            cost = ((s_vec[open_] - true_mean[open_, None] * n_vec[open_])
                    / scale[open_, None]).sum(axis=0)
            see(model.optimise(cost, maximise)[1])
            open_ = open_[(hi[open_] - lo[open_]) < goals.MIN_MEAN_WIDTH - LP_TOL]
    for j in open_[:MAX_LP_TARGETS]:
        lo[j] = _dinkelbach(model, s_vec[j], n_vec[j], true_mean[j], maximise=False)
        hi[j] = _dinkelbach(model, s_vec[j], n_vec[j], true_mean[j], maximise=True)
    if len(open_) > MAX_LP_TARGETS:
        res.notes.append(f"{len(open_) - MAX_LP_TARGETS} targets beyond MAX_LP_TARGETS "
                         "not bounded by LP")
    best = None
    for j, (t, mask, n_true, _) in enumerate(chosen):
        if j in set(open_[MAX_LP_TARGETS:].tolist()):
            continue
        width = hi[j] - lo[j]
        if best is None or width < best[0]:
            best = (width, t.label)
        if width < goals.MIN_MEAN_WIDTH - LP_TOL:
            res.add(t.label, f"mean score within {lo[j]:.3f}..{hi[j]:.3f} (true "
                    f"{true_mean[j]:.3f}, n {n_true:g})")
    if best:
        res.best = f"mean interval {best[0]:.3f} wide for {best[1]}"
    res.seconds = time.perf_counter() - started
    return res


def _dinkelbach(model: Model, s_vec: np.ndarray, n_vec: np.ndarray, start: float,
                maximise: bool, iterations: int = 8) -> float:
    """Min (or max) of s(T) / n(T) over the feasible region with n(T) > 0."""
    mu = start
    for _ in range(iterations):
        value, x = model.optimise(s_vec - mu * n_vec, maximise)
        n_x = float(n_vec @ x)
        if (value <= 1e-7 if maximise else value >= -1e-7) or n_x <= 1e-9:
            return mu
        mu = float(s_vec @ x) / n_x
    return mu


# ----------------------------------------------------------------------------- categories

BASE_OF_MEASURE = [m.base for m in aggregate.MEASURE_LIST]


def category_attack(uni: Universe, pub: Published, tgts: list[Target], ca: CountAttack,
                    ) -> AttackResult:
    started = time.perf_counter()
    res = AttackResult("linear-category", "Linear algebra: all / none of a withheld cell or "
                       "small set in an answer category")
    a = uni.attrs
    bases = {"all": np.ones(uni.n_atoms, dtype=bool), "innovators": a["innovated"] == 0,
             "scored": a["scored"]}
    true_n = uni.true_n
    basis_cache: dict[tuple, np.ndarray] = {}
    attacked = 0
    tmask = np.array([t.mask for t in tgts], dtype=bool).reshape(len(tgts), uni.n_atoms)
    for k, m in enumerate(aggregate.MEASURE_LIST):
        rows_d = pub.measure_rows.get(k)
        rows_e = pub.complement_rows.get(k)
        if rows_d is None:
            continue
        base = m.base
        alive = ca.alive & bases[base]
        d_model = Model(pub.bank, {"d": alive}, [rows_d])
        e_model = Model(pub.bank, {"d": alive}, [rows_e])
        d_zero = propagate_zeros(d_model.A, d_model.lo, d_model.hi, integer=True)
        e_zero = propagate_zeros(e_model.A, e_model.lo, e_model.hi, integer=True)
        cols = d_model.blocks["d"]
        exact = (d_model.hi - d_model.lo) <= EXACT_WIDTH
        key = (tuple(np.flatnonzero(exact)), base, d_model.A.shape)
        basis = basis_cache.get(key)
        if basis is None:
            basis = basis_cache[key] = rowspace(d_model.A[exact].toarray())
        exact_e = (e_model.hi - e_model.lo) <= EXACT_WIDTH
        key_e = ("e", tuple(np.flatnonzero(exact_e)), base, e_model.A.shape)
        basis_e = basis_cache.get(key_e)
        if basis_e is None:
            basis_e = basis_cache[key_e] = rowspace(e_model.A[exact_e].toarray())
        tb = tmask & bases[base][None, :]
        n_t = tb @ true_n
        d_t = tb @ uni.true_d[:, k]
        live = n_t >= 1
        attacked += int(live.sum())
        sub = tb[:, cols]
        none = live & (d_t == 0)
        every = live & (d_t == n_t)
        none_forced = ~(sub & ~d_zero[None, :]).any(axis=1)
        every_forced = ~(sub & ~e_zero[None, :]).any(axis=1)
        check = np.flatnonzero(none & ~none_forced)
        none_det = none & none_forced
        none_det[check] = in_rowspace(basis, sub[check].astype(float))
        check = np.flatnonzero(every & ~every_forced)
        every_det = every & every_forced
        every_det[check] = in_rowspace(basis_e, sub[check].astype(float))
        where = f"{m.indicator}/{m.category}" + ("" if m.measure == "share"
                                                 else f" ({m.measure})")
        for j in np.flatnonzero(none_det | every_det):
            what = "none" if none_det[j] else "all"
            res.add(tgts[j].label, f"{what} of its {n_t[j]:g} in {where} (determined)")
    res.attacked = attacked
    res.best = (f"{len(res.findings)} all/none answers determined" if res.findings
                else "no all/none answer determined")
    res.seconds = time.perf_counter() - started
    return res
