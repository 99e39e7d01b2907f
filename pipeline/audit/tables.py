"""Attacks 3, 5 and 6: share bounds and 0/100%, row existence and labels, variance table.

3. Bounds: a published "< L%" in a group of at most 100/L organisations means exactly 0
   (one organisation is already L% or more); "> H%" with (n-1)/n <= H% means exactly 100.
   Exact 0% or 100% published for a group under SHARE_EXACT_MIN_N is a finding too.
5. Row existence and labels: every cell of the cube's structure must have its row (a
   missing row says the group is empty, a missing "not innovated" twin says all innovated);
   withheld rows must carry one label (labels that differ tell 0 / 1-4 / 5+ apart).
6. Variance: climate_variance must be computable from published groups only: n_groups may
   not count withheld groups, and ss_between must equal the between-group sum of squares of
   the published groups.
"""

from __future__ import annotations

import time

import numpy as np
import pandas as pd

from data import schema
from pipeline import aggregate
from pipeline.audit import findings as goals
from pipeline.audit.findings import AttackResult
from pipeline.audit.model import Universe
from pipeline.audit.statements import INDICATOR_BASE, KEYS, cell_label, precision_of, \
    precisions

# ------------------------------------------------------------------------------ bounds


def bound_attack(uni: Universe, shares: pd.DataFrame, meta: dict[str, str]) -> AttackResult:
    started = time.perf_counter()
    res = AttackResult("bounds", "Share bounds and exact 0% / 100% in small groups")
    prec = precisions(meta)
    n_half = precision_of(prec, "indicator_shares.n").half_width
    pub = shares[~shares["suppressed"].astype(bool)]
    n = pub["n"].to_numpy(dtype="float64", na_value=np.nan)
    n_max = n + n_half
    bound = pub["share_bound"].astype(object).to_numpy()
    share = pub["share"].to_numpy(dtype=float)
    low = (bound == "below") & (100.0 / n_max >= schema.SHARE_BOUND_LOW)
    high = (bound == "above") & (100.0 * (n_max - 1) / n_max <= schema.SHARE_BOUND_HIGH)
    share_p = precision_of(prec, "indicator_shares.share")
    zero_full = (bound == "exact") & ((share <= 0.0) | (share >= 100.0)) & \
        (n < goals.SHARE_EXACT_MIN_N) & (share_p.half_width == 0)
    res.attacked = len(pub)
    bad = np.flatnonzero(low | high | zero_full)
    keys = pub[KEYS + ["indicator", "category"]].astype(object).to_numpy()
    for i in bad:
        row = dict(zip(KEYS, keys[i][:6]))
        what = (f"'< {schema.SHARE_BOUND_LOW:g}%' with n {n[i]:g} means 0%" if low[i] else
                f"'> {schema.SHARE_BOUND_HIGH:g}%' with n {n[i]:g} means 100%" if high[i]
                else f"exact {share[i]:g}% with n {n[i]:g}")
        res.add(f"indicator_shares[{cell_label(row)}] {keys[i][6]}/{keys[i][7]}", what)
    res.best = "all / none of a group" if len(bad) else "no bound reveals all or none"
    res.seconds = time.perf_counter() - started
    return res


# ---------------------------------------------------------------------- row existence

def _expected_cells() -> pd.DataFrame:
    """Every cube cell of the structure (schema: populations x groupings x groups, minus
    the groups that contradict their own population filter)."""
    rows = []
    fkey_of = {"sector": "f_sector", "size_class": "f_size", "innovated": "f_innovated"}
    for pop in aggregate.populations():
        for grouping in schema.GROUPINGS:
            for group in schema.GROUP_VALUES[grouping]:
                fkey = fkey_of.get(grouping)
                if fkey and pop[fkey] != schema.ALL and pop[fkey] != group:
                    continue
                rows.append({**pop, "grouping": grouping, "group": group})
    return pd.DataFrame(rows)


def structure_attack(uni: Universe, tables: dict[str, pd.DataFrame]) -> AttackResult:
    started = time.perf_counter()
    res = AttackResult("rows", "Row existence and withheld labels")
    expected = _expected_cells()
    key = lambda df: set(map(tuple, df[KEYS].astype(str).to_numpy()))  # noqa: E731
    want = key(expected)
    box_keys = key(tables["climate_box"])
    for cell in sorted(want - box_keys)[:50]:
        res.add(f"climate_box[{cell_label(dict(zip(KEYS, cell)))}]",
                "row missing (reveals an empty group)")
    shares = tables["indicator_shares"]
    have = shares.groupby(KEYS + ["indicator"], observed=True).size().reset_index()[
        KEYS + ["indicator"]].astype(str)
    have_set = set(map(tuple, have.to_numpy()))
    indicators = list(dict.fromkeys(m.indicator for m in aggregate.MEASURE_LIST))
    missing = 0
    for cell in expected[KEYS].astype(str).to_numpy():
        c = dict(zip(KEYS, cell))
        structural_no = c["f_innovated"] == "no" or (c["grouping"] == "innovated"
                                                     and c["group"] == "no")
        for ind in indicators:
            if INDICATOR_BASE.get(ind) == "innovators" and structural_no:
                continue
            if (*cell, ind) not in have_set:
                missing += 1
                if missing <= 20:
                    res.add(f"indicator_shares[{cell_label(c)}] {ind}",
                            "row missing (reveals an empty base)")
    if missing > 20:
        res.notes.append(f"{missing} indicator_shares rows missing in all")
    # withheld labels
    for name in ("climate_box", "indicator_shares", "climate_variance"):
        frame = tables[name]
        labels = set(frame.loc[frame["suppressed"].astype(bool), "suppression"].astype(str))
        if len(labels) > 1:
            res.add(f"{name}.suppression", "withheld rows carry different labels "
                    f"({', '.join(sorted(labels))}): the label tells group sizes apart")
    res.attacked = len(want)
    res.best = "presence or label reveals a group's size" if res.findings else \
        "rows and labels reveal nothing"
    res.seconds = time.perf_counter() - started
    return res


# ---------------------------------------------------------------------------- variance

def variance_attack(uni: Universe, tables: dict[str, pd.DataFrame]) -> AttackResult:
    started = time.perf_counter()
    res = AttackResult("variance", "Variance table uses published groups only")
    var, box = tables["climate_variance"], tables["climate_box"]
    pop_keys = ["f_sector", "f_cluster", "f_size", "f_innovated"]
    box = box.astype({k: object for k in KEYS})
    groups = {k: g for k, g in box.groupby(pop_keys + ["grouping"], sort=False)}
    for row in var[~var["suppressed"].astype(bool)].to_dict("records"):
        key = tuple(str(row[k]) for k in pop_keys + ["grouping"])
        part = groups.get(key)
        if part is None or row["grouping"] == "all":
            continue
        res.attacked += 1
        cell = f"climate_variance[{cell_label({**row, 'group': schema.ALL, 'grouping': 'all'})}" \
               f" by {row['grouping']}]"
        published = part[~part["suppressed"].astype(bool)]
        withheld = part[part["suppressed"].astype(bool)]
        hidden_n = sum(uni.true_n[uni.mask(**{k: str(r[k]) for k in KEYS}, base="scored")
                                  ].sum() for r in withheld.to_dict("records"))
        if hidden_n == 0:
            continue  # nothing withheld to leak
        n_pub = published["n"].to_numpy(dtype=float)
        m_pub = published["mean"].to_numpy(dtype=float)
        if not pd.isna(row["n_groups"]) and int(row["n_groups"]) > int((n_pub > 0).sum()):
            res.add(cell, f"n_groups {int(row['n_groups'])} counts withheld groups")
        if len(n_pub) and not pd.isna(row["ss_between"]):
            grand = (n_pub * m_pub).sum() / n_pub.sum()
            ss_b = float((n_pub * (m_pub - grand) ** 2).sum())
            if abs(ss_b - float(row["ss_between"])) > 1e-6 * max(1.0, abs(ss_b)):
                res.add(cell, f"ss_between {float(row['ss_between']):.4f} differs from the "
                        f"published groups' {ss_b:.4f}: includes withheld groups")
    res.best = "withheld groups enter the variance table" if res.findings else \
        "variance from published groups only"
    res.seconds = time.perf_counter() - started
    return res
