"""Published aggregates -> linear statements over atom unknowns.

Every published n, score mean, sd, share and percentile position is turned into an
interval statement over per-atom unknowns (pipeline/audit/model.py):

  n   organisations per atom             published n, class shares, percentiles, margins
  s   score sum per atom                 published means (s = mean x n)
  q   sum of squared scores per atom     published sd (q = (n - 1) sd^2 + n mean^2)
  d   organisations counted by measure k per atom (one LP per measure)

A value published exactly gives an equality (within FLOAT_TOL). A value published rounded
or perturbed gives the interval its precision allows. The precision of every column is
read from the aggregates' meta table (keys "precision:<table>.<column>", value
"exact", "round=<step>", "perturb=<bound>" or both "round=<step> perturb=<bound>"); a column
without such a key falls back to DEFAULT_PRECISION, which describes how the pipeline has
published it so far.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np
import pandas as pd

from data import questionnaire as q
from data import schema
from pipeline import aggregate
from pipeline.audit.model import CLASSES, Universe

FLOAT_TOL = 1e-6   # exact values: published floats are rounded to double precision
KEYS = list(schema.CUBE_KEYS)


@dataclass(frozen=True)
class Precision:
    """What a published value can differ from the truth: rounding step and perturbation."""

    round: float = 0.0     # published value = truth rounded to this step (0: not rounded)
    perturb: float = 0.0   # |published - truth| <= perturb (before rounding)
    side: float = 0.0      # counts: published and true value on the same side of this
                           # (both below it or both at least it); 0: no such rule

    @property
    def half_width(self) -> float:
        return self.round / 2 + self.perturb

    @property
    def exact(self) -> bool:
        return self.half_width == 0


# How the pipeline publishes columns when meta says nothing (pipeline/aggregate.py and
# pipeline/disclosure.py before issue 10's protection): everything exact except these.
DEFAULT_PRECISION: dict[str, Precision] = {
    "climate_percentiles.pct_below": Precision(round=1.0),
    "climate_percentiles.pct_at_or_below": Precision(round=1.0),
    "climate_box.min": Precision(round=0.1),
    "climate_box.max": Precision(round=0.1),
    "climate_box.outliers": Precision(round=0.1),
    "climate_box.lower_whisker": Precision(round=0.1),   # tukey whiskers only
    "climate_box.upper_whisker": Precision(round=0.1),
}
META_PREFIX = "precision:"


def parse_precision(text: str) -> Precision:
    """"exact", "round=0.1", "perturb=2", "round=1 perturb=2 side=5" -> Precision."""
    values = {"round": 0.0, "perturb": 0.0, "side": 0.0}
    for part in str(text).replace(",", " ").split():
        if part == "exact":
            continue
        key, _, value = part.partition("=")
        if key not in values:
            raise ValueError(f"meta precision {text!r}: unknown part {part!r}")
        values[key] = float(value)
    return Precision(**values)


def precisions(meta: dict[str, str]) -> dict[str, Precision]:
    """Column -> Precision: meta's precision keys over DEFAULT_PRECISION."""
    out = dict(DEFAULT_PRECISION)
    for key, value in meta.items():
        if key.startswith(META_PREFIX):
            out[key[len(META_PREFIX):]] = parse_precision(value)
    return out


def precision_of(prec: dict[str, Precision], column: str) -> Precision:
    return prec.get(column, Precision())


_ALLOWED = {"min": min, "max": max}


def bound_formula(text: str):
    """A published noise bound such as "min(3.0, 0.6 + 0.1 n')" -> function of n'.

    Only numbers, + - * /, min, max and the published count n' are allowed.
    """
    import ast

    source = str(text).replace("n'", "n_pub").strip()
    source = source.replace("0.1 n_pub", "0.1 * n_pub")
    import re

    source = re.sub(r"(\d)\s+n_pub", r"\1 * n_pub", source)
    tree = ast.parse(source, mode="eval")
    for node in ast.walk(tree):
        if isinstance(node, ast.Name) and node.id not in ("n_pub", *_ALLOWED):
            raise ValueError(f"meta bound {text!r}: unknown name {node.id!r}")
        if not isinstance(node, (ast.Expression, ast.BinOp, ast.Call, ast.Name, ast.Load,
                                 ast.Constant, ast.Add, ast.Sub, ast.Mult, ast.Div,
                                 ast.UnaryOp, ast.USub)):
            raise ValueError(f"meta bound {text!r}: {type(node).__name__} not allowed")  # noqa: TRY004
    code = compile(tree, "<meta bound>", "eval")
    return lambda n_pub: float(eval(code, {"__builtins__": {}}, {**_ALLOWED,
                                                                  "n_pub": n_pub}))


# --------------------------------------------------------------------------- statements

class MaskBank:
    """Distinct atom masks, each with an integer id (statements refer to masks by id)."""

    def __init__(self) -> None:
        self.ids: dict[bytes, int] = {}
        self.masks: list[np.ndarray] = []
        self._matrix = None

    def matrix(self):
        """(masks, atoms) sparse 0/1 matrix of every mask so far (cached)."""
        import scipy.sparse as sp

        if self._matrix is None or self._matrix.shape[0] != len(self.masks):
            stack = np.array(self.masks, dtype=bool)
            r, c = np.nonzero(stack)
            self._matrix = sp.csr_matrix((np.ones(len(r)), (r, c)), shape=stack.shape)
        return self._matrix

    def id(self, mask: np.ndarray) -> int:
        key = np.packbits(mask).tobytes()
        i = self.ids.get(key)
        if i is None:
            i = self.ids[key] = len(self.masks)
            self.masks.append(mask)
        return i


@dataclass
class Rows:
    """Linear rows lo <= sum(coef * var(mask)) <= hi over named blocks of atom variables."""

    bank: MaskBank
    terms: list[tuple[tuple[str, int, float], ...]] = field(default_factory=list)
    lo: list[float] = field(default_factory=list)
    hi: list[float] = field(default_factory=list)
    label: list[str] = field(default_factory=list)
    _seen: dict = field(default_factory=dict)

    def add(self, terms: list[tuple[str, np.ndarray, float]], lo: float, hi: float,
            label: str) -> None:
        terms = tuple((b, m if isinstance(m, (int, np.integer)) else self.bank.id(m), float(c))
                      for b, m, c in terms)
        key = tuple((b, i, round(c, 12)) for b, i, c in terms)
        if key in self._seen:  # the same set published twice: intersect the intervals
            i = self._seen[key]
            self.lo[i] = max(self.lo[i], lo)
            self.hi[i] = min(self.hi[i], hi)
            return
        self._seen[key] = len(self.lo)
        self.terms.append(terms)
        self.lo.append(lo)
        self.hi.append(hi)
        self.label.append(label)

    def __len__(self) -> int:
        return len(self.lo)


def cell_label(row: dict) -> str:
    """"f_sector=X f_size=Y grouping=cluster group=Z" (only the set keys)."""
    parts = [f"{k}={row[k]}" for k in ("f_sector", "f_cluster", "f_size", "f_innovated")
             if row[k] != schema.ALL]
    if row["grouping"] != "all":
        parts.append(f"{row['grouping']}={row['group']}")
    return " ".join(parts) or "all"


INDICATOR_BASE = {m.indicator: m.base for m in aggregate.MEASURE_LIST}
MEASURE_INDEX = {(m.indicator, m.category, m.measure): i
                 for i, m in enumerate(aggregate.MEASURE_LIST)}


@dataclass
class Published:
    """Everything the attacker reads, as statements and the cells they are about."""

    bank: MaskBank
    n_rows: Rows                 # count statements (block n)
    sum_rows: Rows               # score sums / squares (blocks n, s, q)
    measure_rows: dict[int, Rows]  # per measure index: category counts (block d)
    complement_rows: dict[int, Rows]  # per measure index: base minus category (block d)
    withheld: dict[int, tuple[str, str]]  # mask id -> (base, label) of withheld cells
    published_sets: dict[int, str]        # mask id -> label of published cells


def _interval(value: float, prec: Precision, scale: float = 1.0) -> tuple[float, float]:
    half = prec.half_width * scale
    tol = FLOAT_TOL * max(1.0, abs(value))
    return value - half - tol, value + half + tol


def side_bounds(published, lo, hi, side: float):
    """Count bounds narrowed by the side rule: a published count of `side` or more comes
    from a true count of `side` or more, a smaller one from a smaller one (elementwise)."""
    if not side:
        return lo, hi
    published = np.asarray(published, dtype=float)
    # with the float tolerance of every statement (an interval that shrinks to one value
    # keeps that value as its middle: the support LP reads it as an equality)
    at, under = side - _tol(side), side - 1 + _tol(side - 1)
    return (np.where(published >= side - FLOAT_TOL, np.maximum(lo, at), lo),
            np.where(published < side - FLOAT_TOL, np.minimum(hi, under), hi))


def _tol(value: float) -> float:
    """The float tolerance of a statement about `value` (as _interval gives it)."""
    return FLOAT_TOL * max(1.0, abs(value))


# Tables whose withheld rows mean "fewer than min_cell organisations" (climate_variance
# withholds rows for other reasons too).
WITHHELD_MEANS_SMALL = ("climate_box", "indicator_shares")


class _Reader:
    def __init__(self, uni: Universe, meta: dict[str, str]):
        self.uni = uni
        self.meta = meta
        self.prec = precisions(meta)
        self.bank = MaskBank()
        self.n_rows, self.sum_rows = Rows(self.bank), Rows(self.bank)
        self.measure_rows: dict[int, Rows] = {}
        self.complement_rows: dict[int, Rows] = {}
        self.withheld: dict[int, tuple[str, str]] = {}
        self.published: dict[int, str] = {}
        self.cache: dict[tuple, int] = {}
        bound = str(meta.get("sum_bound", "")).strip()
        self.sum_bound = bound_formula(bound) if bound else (lambda n_pub: 0.0)
        # the house rule, when meta states it: a withheld cell has fewer organisations,
        # a published one at least as many
        min_cell = str(meta.get("min_cell", "")).strip()
        self.min_cell = float(min_cell) if min_cell else 0.0

    def mask_id(self, row: dict, base: str) -> int:
        key = (*(str(row[k]) for k in KEYS), base)
        hit = self.cache.get(key)
        if hit is None:
            hit = self.cache[key] = self.bank.id(
                self.uni.mask(**{k: str(row[k]) for k in KEYS}, base=base))
        return hit

    def n_interval(self, table: str, n: float) -> tuple[float, float]:
        prec = precision_of(self.prec, f"{table}.n")
        lo, hi = _interval(n, prec)
        lo, hi = side_bounds(n, max(lo, 0.0), hi, prec.side)
        if table in WITHHELD_MEANS_SMALL and self.min_cell:
            lo = max(float(lo), self.min_cell - _tol(self.min_cell))
        return float(lo), float(hi)

    def cell(self, table: str, row: dict, base: str, n_value) -> int:
        """Register a cell (published with its n, or withheld); returns its mask id."""
        i = self.mask_id(row, base)
        label = f"{table}[{cell_label(row)}]" + ("" if base == "all" else f" ({base})")
        if n_value is None or pd.isna(n_value):
            self.withheld.setdefault(i, (base, label))
            if self.min_cell and table in WITHHELD_MEANS_SMALL:
                self.n_rows.add([("n", i, 1.0)], 0.0,
                                self.min_cell - 1 + _tol(self.min_cell - 1),
                                f"withheld {label}: fewer than {self.min_cell:g}")
            return i
        self.published.setdefault(i, label)
        lo, hi = self.n_interval(table, float(n_value))
        self.n_rows.add([("n", i, 1.0)], lo, hi, f"n of {label}")
        return i

    def ratio(self, rows: Rows, sub, cell, p_lo: float, p_hi: float, n: float,
              label: str) -> None:
        """p_lo% <= n(sub) / n(cell) <= p_hi% as two homogeneous rows."""
        rows.add([("n", sub, 1.0), ("n", cell, -max(p_lo, 0.0) / 100)], -FLOAT_TOL * n,
                 np.inf, label)
        rows.add([("n", sub, 1.0), ("n", cell, -min(p_hi, 100.0) / 100)], -np.inf,
                 FLOAT_TOL * n, label)

    # ---------------------------------------------------------------------- tables
    def box(self, box: pd.DataFrame) -> None:
        mean_p = precision_of(self.prec, "climate_box.mean")
        sd_p = precision_of(self.prec, "climate_box.sd")
        exact_n = precision_of(self.prec, "climate_box.n").exact
        for row in box.to_dict("records"):
            published = not row["suppressed"]
            i = self.cell("climate_box", row, "scored", row["n"] if published else None)
            if not published or pd.isna(row["mean"]):
                continue
            label = f"mean of climate_box[{cell_label(row)}]"
            lo, hi = _interval(float(row["mean"]), mean_p)
            # S = mean x n (true n) within the published sum bound B(n')
            b = self.sum_bound(float(row["n"])) + FLOAT_TOL * float(row["n"])
            self.sum_rows.add([("s", i, 1.0), ("n", i, -lo)], -b, np.inf, label)
            self.sum_rows.add([("s", i, 1.0), ("n", i, -hi)], -np.inf, b, label)
            if exact_n and mean_p.exact and sd_p.exact and not pd.isna(row["sd"]):
                n = float(row["n"])
                value = (n - 1) * float(row["sd"]) ** 2 + n * float(row["mean"]) ** 2
                tol = 1e-6 * max(value, 1.0)
                self.sum_rows.add([("q", i, 1.0)], value - tol, value + tol,
                                  f"sd of climate_box[{cell_label(row)}]")

    def shares(self, shares: pd.DataFrame) -> None:
        share_p = precision_of(self.prec, "indicator_shares.share")
        n_exact = precision_of(self.prec, "indicator_shares.n").exact
        cols = KEYS + ["n", "suppressed", "indicator", "category", "measure", "share",
                       "share_bound"]
        frame = shares[cols].astype({c: object for c in KEYS + [
            "indicator", "category", "measure", "share_bound"]})
        frame = frame.assign(base=frame["indicator"].map(INDICATOR_BASE).fillna("all"))
        attrs = self.uni.attrs
        col = {c: frame[c].to_numpy() for c in ("n", "suppressed", "indicator", "category",
                                                "measure", "share_bound")}
        share_all = frame["share"].to_numpy(dtype=float)
        n_all = frame["n"].to_numpy(dtype="float64", na_value=np.nan)
        seen: dict[int, tuple] = {}
        for key, idx in frame.groupby(KEYS + ["base"], sort=False).indices.items():
            row = dict(zip(KEYS + ["base"], key))
            first = idx[0]
            suppressed = bool(col["suppressed"][first])
            i = self.cell("indicator_shares", row, row["base"],
                          None if suppressed else n_all[first])
            if suppressed:
                continue
            share = share_all[idx]
            bound = col["share_bound"][idx]
            # the same set of organisations under another cell's name: same statements
            fingerprint = (n_all[first], share.tobytes(), bound.tobytes(),
                           col["indicator"][idx].tobytes(), col["category"][idx].tobytes())
            if seen.get(i) == fingerprint:
                continue
            seen[i] = fingerprint
            m = self.bank.masks[i]
            n = float(n_all[first])
            n_lo, n_hi = self.n_interval("indicator_shares", n)
            # published share = 100 k' / n' (n' the published n): k' within the share's
            # rounding; integers; the true count within the perturbation bound of k'
            p_lo = np.where(bound == "below", 0.0, np.where(
                bound == "above", schema.SHARE_BOUND_HIGH, share - share_p.round / 2))
            p_hi = np.where(bound == "below", schema.SHARE_BOUND_LOW, np.where(
                bound == "above", 100.0, share + share_p.round / 2))
            strict_lo = bound == "above"
            strict_hi = bound == "below"
            k_lo = np.ceil(p_lo / 100 * n - FLOAT_TOL * max(n, 1)) + strict_lo * 0
            k_hi = np.floor(p_hi / 100 * n + FLOAT_TOL * max(n, 1))
            k_hi = np.where(strict_hi & (np.abs(p_hi / 100 * n - np.round(p_hi / 100 * n))
                                         < 1e-9), k_hi - 1, k_hi)
            k_lo = np.where(strict_lo & (np.abs(p_lo / 100 * n - np.round(p_lo / 100 * n))
                                         < 1e-9), k_lo + 1, k_lo)
            c_lo = np.maximum(0.0, k_lo - share_p.perturb - FLOAT_TOL)
            c_hi = np.minimum(n_hi, k_hi + share_p.perturb + FLOAT_TOL)
            if share_p.side:  # k' on k's side of the rule (when k' itself is certain)
                side = share_p.side
                above, below = side_bounds(np.full(len(c_lo), side), c_lo, c_hi, side)[0], \
                    side_bounds(np.full(len(c_lo), side - 1), c_lo, c_hi, side)[1]
                c_lo = np.where(k_lo >= side, above, c_lo)  # k' certainly >= side
                c_hi = np.where(k_hi < side, below, c_hi)   # k' certainly below
            where = cell_label(row)
            for r, (ind, cat, meas) in enumerate(zip(col["indicator"][idx],
                                                     col["category"][idx],
                                                     col["measure"][idx])):
                if np.isnan(p_lo[r]) or np.isnan(p_hi[r]):
                    continue
                label = f"{ind}/{cat} share of indicator_shares[{where}]"
                if ind == "climate_group":
                    sub = m & (attrs["climate_group"] == q.CLIMATE_GROUPS.index(cat))
                    if n_exact and share_p.perturb == 0:
                        self.ratio(self.n_rows, sub, i, p_lo[r], p_hi[r], n, label)
                    else:
                        self.n_rows.add([("n", sub, 1.0)], c_lo[r], c_hi[r], label)
                    continue
                k = MEASURE_INDEX[(ind, cat, meas)]
                rows = self.measure_rows.get(k)
                if rows is None:
                    rows = self.measure_rows[k] = Rows(self.bank)
                rows.add([("d", i, 1.0)], c_lo[r], c_hi[r], label)
                rows = self.complement_rows.get(k)
                if rows is None:
                    rows = self.complement_rows[k] = Rows(self.bank)
                rows.add([("d", i, 1.0)], max(0.0, n_lo - c_hi[r]), n_hi - c_lo[r],
                         "not " + label)

    def variance(self, var: pd.DataFrame) -> None:
        for row in var.assign(group=schema.ALL).to_dict("records"):
            row = {**row, "grouping": "all"}
            self.cell("climate_variance", row, "scored",
                      None if row["suppressed"] else row["n"])

    def percentiles(self, pct: pd.DataFrame) -> None:
        cls = self.uni.attrs["class"]
        for col, side in (("pct_below", "below"), ("pct_at_or_below", "at_or_below")):
            p = precision_of(self.prec, f"climate_percentiles.{col}")
            for row in pct.to_dict("records"):
                i = self.cell("climate_percentiles", row, "scored", row["n"])
                g = float(row["score"])
                if side == "below":
                    inside = np.array([c.group >= 0 and c.hi < g - 1e-9 for c in CLASSES])
                    outside = np.array([c.group < 0 or c.lo >= g - 1e-9 for c in CLASSES])
                else:
                    inside = np.array([c.group >= 0 and c.hi <= g + 1e-9 for c in CLASSES])
                    outside = np.array([c.group < 0 or c.lo > g + 1e-9 for c in CLASSES])
                if not (inside | outside).all():
                    continue  # the grid point splits a score class: the percentile probe's
                sub = self.bank.masks[i] & inside[cls]
                value = float(row[col])
                half = p.half_width
                band = row.get("pct_band")
                if band is not None and not pd.isna(band):
                    half = max(half, float(band) / 2)  # rounded to a multiple of the band
                self.ratio(self.n_rows, sub, i, value - half, value + half,
                           1.0, f"{col}({g:g}) of climate_percentiles[{cell_label(row)}]")

    def known(self) -> None:
        """Meta's totals and the report's Tabel 1 / Tabel 2 counts."""
        uni = self.uni
        for key, base in (("organisations", "all"), ("innovators", "innovators"),
                          ("scored", "scored")):
            if str(self.meta.get(key, "")).strip():
                v = float(self.meta[key])
                self.n_rows.add([("n", uni.mask(base=base), 1.0)], v - FLOAT_TOL,
                                v + FLOAT_TOL, f"meta {key}")
        for dim, values, name in (("sector", q.SECTORS, "Tabel 1"),
                                  ("cluster", q.CLUSTERS, "Tabel 2")):
            for j, value in enumerate(values):
                m = uni.attrs[dim] == j
                v = float(uni.true_n[m].sum())
                self.n_rows.add([("n", m, 1.0)], v - FLOAT_TOL, v + FLOAT_TOL,
                                f"{name} {value}")


def read(uni: Universe, tables: dict[str, pd.DataFrame], meta: dict[str, str]) -> Published:
    """Turn the published tables into statements."""
    reader = _Reader(uni, meta)
    reader.box(tables["climate_box"])
    reader.shares(tables["indicator_shares"])
    reader.variance(tables["climate_variance"])
    reader.percentiles(tables["climate_percentiles"])
    reader.known()
    withheld = {i: v for i, v in reader.withheld.items() if i not in reader.published}
    return Published(bank=reader.bank, n_rows=reader.n_rows, sum_rows=reader.sum_rows,
                     measure_rows=reader.measure_rows,
                     complement_rows=reader.complement_rows, withheld=withheld,
                     published_sets=reader.published)
