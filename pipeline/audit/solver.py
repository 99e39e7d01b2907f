"""Linear programs over atom variables: the attacker's feasible region and its bounds.

Model(blocks, rows) lays out one column per (block, active atom) and one row per statement.
  support()      atoms that can be non-zero somewhere in the feasible region (one LP,
                 scipy.optimize.linprog method="highs"; when HiGHS fails on it, several LPs
                 over feasible points, support_by_points): all others are forced to 0
  bounds(objs)   min and max of many linear objectives over the same region: one HiGHS
                 model (highspy), only the objective changes between solves, so each solve
                 starts from the previous optimal basis
"""

from __future__ import annotations

import contextlib
import os
import sys

import numpy as np
import scipy.sparse as sp
from scipy.optimize import linprog

from pipeline.audit.statements import MaskBank, Rows

INF = np.inf
EXACT_WIDTH = 1e-3  # a row narrower than this is an equality
POSITIVE_TOL = 1e-6  # a column above this at a feasible point can be positive


@contextlib.contextmanager
def _quiet():
    """Send what C code writes to stdout to /dev/null for a moment."""
    sys.stdout.flush()
    saved = os.dup(1)
    try:
        with open(os.devnull, "w") as null:
            os.dup2(null.fileno(), 1)
            yield
    finally:
        os.dup2(saved, 1)
        os.close(saved)


def _exact_value(lo: np.ndarray, hi: np.ndarray) -> np.ndarray:
    """The value of rows published exactly: the middle of their float tolerance, or the
    integer inside it (counts; intersected tolerances need not be centred on it)."""
    mid = (lo + hi) / 2
    whole = np.round(mid)
    return np.where((whole >= lo) & (whole <= hi), whole, mid)


class Infeasible(RuntimeError):
    """The statements contradict each other (or the ground truth): a bug in the reader."""


class SolverFailure(RuntimeError):
    """An LP could not be solved: the audit is inconclusive (reported as a finding)."""


class Model:
    """Columns: for each block, its active atoms. Rows: the statements over those blocks."""

    def __init__(self, bank: MaskBank, blocks: dict[str, np.ndarray],
                 rows: list[Rows], upper: dict[str, np.ndarray] | None = None,
                 extra: list[tuple[sp.spmatrix, np.ndarray, np.ndarray]] = ()):
        self.blocks = {b: np.flatnonzero(active) for b, active in blocks.items()}
        self.offset, start = {}, 0
        n_atoms = len(next(iter(blocks.values())))
        self.col_of = {}
        for b, atoms in self.blocks.items():
            self.offset[b] = start
            col = np.full(n_atoms, -1)
            col[atoms] = start + np.arange(len(atoms))
            self.col_of[b] = col
            start += len(atoms)
        self.n_cols = start
        # row = sum of coef * (block columns of mask): R (rows x (block, mask)) @ P
        terms_r, terms_c, terms_v, lo, hi, self.labels = [], [], [], [], [], []
        block_names = list(self.blocks)
        n_masks = len(bank.masks)
        r = 0
        for group in rows:
            for terms, l, h, label in zip(group.terms, group.lo, group.hi, group.label):
                if any(b not in self.col_of for b, _, _ in terms):
                    continue
                for b, mask_id, coef in terms:
                    terms_r.append(r)
                    terms_c.append(block_names.index(b) * n_masks + mask_id)
                    terms_v.append(coef)
                lo.append(l)
                hi.append(h)
                self.labels.append(label)
                r += 1
        R = sp.csr_matrix((terms_v, (terms_r, terms_c)),
                          shape=(r, len(block_names) * n_masks))
        masks = bank.matrix().tocsc()
        parts = []
        for b in block_names:
            parts.append(masks[:, self.blocks[b]])
        P = sp.block_diag(parts, format="csr") if parts else sp.csr_matrix((0, 0))
        A = (R @ P).tocsr()
        A.eliminate_zeros()
        keep = np.diff(A.indptr) > 0
        A = A[keep]
        self.labels = [lab for lab, k in zip(self.labels, keep) if k]
        lo, hi = np.array(lo, dtype=float)[keep], np.array(hi, dtype=float)[keep]
        for matrix, l, h in extra:
            A = sp.vstack([A, matrix]).tocsr()
            lo, hi = np.concatenate([lo, l]), np.concatenate([hi, h])
            self.labels += ["(atom bounds)"] * matrix.shape[0]
        self.A, self.lo, self.hi = A, lo, hi
        self.ub = np.full(self.n_cols, INF)
        for b, u in (upper or {}).items():
            if b in self.blocks:
                self.ub[self.offset[b]:self.offset[b] + len(self.blocks[b])] = \
                    u[self.blocks[b]]
        self._highs = None
        self.support_failed = ""

    def vector(self, block: str, atom_values: np.ndarray) -> np.ndarray:
        """A dense objective over the columns of `block` from per-atom coefficients."""
        out = np.zeros(self.n_cols)
        atoms = self.blocks[block]
        out[self.offset[block]:self.offset[block] + len(atoms)] = atom_values[atoms]
        return out

    def point(self, values: dict[str, np.ndarray]) -> np.ndarray:
        """Column vector of a per-atom assignment (e.g. the ground truth)."""
        x = np.zeros(self.n_cols)
        for b, atoms in self.blocks.items():
            if b in values:
                x[self.offset[b]:self.offset[b] + len(atoms)] = values[b][atoms]
        return x

    def violations(self, x: np.ndarray, tol: float = 1e-6) -> list[str]:
        """Rows the point x breaks (the ground truth must break none)."""
        ax = self.A @ x
        bad = np.flatnonzero((ax < self.lo - tol) | (ax > self.hi + tol))
        return [f"{self.labels[i]}: {ax[i]:.6g} not in [{self.lo[i]:.6g}, {self.hi[i]:.6g}]"
                for i in bad]

    # ---------------------------------------------------------------------- support
    def support(self) -> np.ndarray:
        """Per column: True when some feasible point has it > 0 (one LP).

        Homogenised: max sum(y) s.t. lo*t <= A x <= hi*t, x >= y, 0 <= y <= 1, t >= 1;
        x / t is then feasible and x_j >= y_j > 0 wherever y_j > 0; the optimum has y_j = 1
        on every column that can be positive (average of the points that make each one
        positive), 0 on the columns forced to 0.
        """
        n = self.A.shape[1]
        # rows published exactly (within float tolerance) are equalities here: scaled by
        # t, a tolerance would let any column be positive
        exact = (self.hi - self.lo) <= EXACT_WIDTH
        mid = _exact_value(self.lo, self.hi)
        lo = np.where(exact, mid, self.lo)
        hi = np.where(exact, mid, self.hi)
        finite_lo, finite_hi = np.isfinite(lo), np.isfinite(hi)
        blocks_ub = [sp.hstack([-self.A[finite_lo], sp.csr_matrix((finite_lo.sum(), n)),
                                sp.csr_matrix(lo[finite_lo][:, None])]),
                     sp.hstack([self.A[finite_hi], sp.csr_matrix((finite_hi.sum(), n)),
                                sp.csr_matrix(-hi[finite_hi][:, None])]),
                     sp.hstack([-sp.identity(n), sp.identity(n), sp.csr_matrix((n, 1))])]
        a_ub = sp.vstack(blocks_ub).tocsc()
        b_ub = np.zeros(a_ub.shape[0])
        cost = np.concatenate([np.zeros(n), -np.ones(n), [0.0]])
        bounds = [(0, None)] * n + [(0, 1)] * n + [(1, None)]
        for method in ("highs-ds", "highs-ipm"):  # the interior point when simplex stalls
            res = linprog(cost, A_ub=a_ub, b_ub=b_ub, bounds=bounds, method=method)
            if res.status == 0:
                return res.x[n:2 * n] > 0.5
            if res.status == 2:
                raise Infeasible(f"support LP: {res.message}")
        # the homogenised LP is badly scaled on some sets (HiGHS status 4): find the support
        # from feasible points of the original region instead
        self.support_failed = f"homogenised support LP: {res.message}"
        return self.support_by_points()

    def support_by_points(self, max_rounds: int = 200) -> np.ndarray:
        """Per column: True when some feasible point has it > 0 (several LPs).

        Maximise the sum of the columns not yet seen positive; every column positive at the
        optimum can be positive; an optimum of 0 proves the rest forced to 0. Raises
        SolverFailure when the LPs fail or do not finish (the audit is then inconclusive).
        """
        import copy

        # rows published exactly are equalities here too (their float tolerance would let
        # a forced-zero column take a tiny positive value)
        exact = (self.hi - self.lo) <= EXACT_WIDTH
        mid = _exact_value(self.lo, self.hi)
        model = copy.copy(self)
        model._highs = None
        model.lo = np.where(exact, mid, self.lo)
        model.hi = np.where(exact, mid, self.hi)
        can = np.zeros(self.n_cols, dtype=bool)
        for _ in range(max_rounds):
            open_ = ~can
            if not open_.any():
                return can
            try:
                value, x = model.optimise(open_.astype(float), True)
            except Infeasible as exc:
                raise SolverFailure(f"support by feasible points: {exc}") from exc
            if value <= POSITIVE_TOL:
                return can
            new = open_ & (x > POSITIVE_TOL)
            if not new.any():
                raise SolverFailure("support by feasible points: optimum "
                                    f"{value:.3g} without a positive column")
            can |= new
        raise SolverFailure(f"support by feasible points: not done after {max_rounds} LPs")

    # ----------------------------------------------------------------------- bounds
    def _model(self):
        if self._highs is None:
            import highspy

            with _quiet():  # HiGHS prints a banner on stdout when created
                h = highspy.Highs()
                h.setOptionValue("output_flag", False)
            h.setOptionValue("presolve", "off")  # warm starts need the unreduced model
            # only the objective changes between solves: the last basis stays primal
            # feasible, so the primal simplex continues from it
            h.setOptionValue("simplex_strategy", 4)
            lp = highspy.HighsLp()
            lp.num_col_, lp.num_row_ = self.n_cols, self.A.shape[0]
            lp.col_cost_ = np.zeros(self.n_cols)
            lp.col_lower_ = np.zeros(self.n_cols)
            lp.col_upper_ = np.where(np.isfinite(self.ub), self.ub, highspy.kHighsInf)
            lp.row_lower_ = np.where(np.isfinite(self.lo), self.lo, -highspy.kHighsInf)
            lp.row_upper_ = np.where(np.isfinite(self.hi), self.hi, highspy.kHighsInf)
            csc = self.A.tocsc()
            lp.a_matrix_.format_ = highspy.MatrixFormat.kColwise
            lp.a_matrix_.start_ = csc.indptr
            lp.a_matrix_.index_ = csc.indices
            lp.a_matrix_.value_ = csc.data
            h.passModel(lp)
            self._highs = h
        return self._highs

    def optimise(self, cost: np.ndarray, maximise: bool) -> tuple[float, np.ndarray]:
        """Optimal value and point of one objective (warm-started)."""
        import highspy

        h = self._model()
        nz = np.arange(self.n_cols)
        h.changeColsCost(self.n_cols, nz, cost.astype(float))
        h.changeObjectiveSense(highspy.ObjSense.kMaximize if maximise
                               else highspy.ObjSense.kMinimize)
        h.run()
        status = h.getModelStatus()
        if status != highspy.HighsModelStatus.kOptimal:
            h.clearSolver()
            h.run()
            status = h.getModelStatus()
            if status == highspy.HighsModelStatus.kInfeasible:
                raise Infeasible(f"bounds LP: {h.modelStatusToString(status)}")
            if status != highspy.HighsModelStatus.kOptimal:
                raise SolverFailure(f"bounds LP: {h.modelStatusToString(status)}")
        x = np.asarray(h.getSolution().col_value)
        return float(h.getInfo().objective_function_value), x

    def bounds(self, costs: list[np.ndarray]) -> tuple[np.ndarray, np.ndarray]:
        """Min and max of each objective over the feasible region."""
        lo, hi = np.empty(len(costs)), np.empty(len(costs))
        for i, c in enumerate(costs):
            lo[i] = self.optimise(c, False)[0]
            hi[i] = self.optimise(c, True)[0]
        return lo, hi
