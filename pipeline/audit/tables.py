"""Attacks 3, 5 and 6: share bounds and 0/100%, row existence and labels, variance table.

3. Bounds and 0/100%: a published "< L%" in a group of at most 100/L organisations means
   exactly 0 (one organisation is already L% or more), "> H%" with (n-1)/n <= H% exactly
   100%, and an exact 0% or 100% means none or all; unless the published perturbation bound
   (meta) leaves room: the true count is then only known within that bound.
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
from pipeline.audit.findings import AttackResult
from pipeline.audit.model import Universe
from pipeline.audit.statements import INDICATOR_BASE, KEYS, cell_label, precision_of, precisions

# ------------------------------------------------------------------------------ bounds


def bound_attack(uni: Universe, shares: pd.DataFrame, meta: dict[str, str]) -> AttackResult:
    started = time.perf_counter()
    res = AttackResult("bounds", "Share bounds and exact 0% / 100% in small groups")
    prec = precisions(meta)
    n_half = precision_of(prec, "indicator_shares.n").half_width
    pub = shares[~shares["suppressed"].astype(bool)]
    n = pub["n"].to_numpy(dtype="float64", na_value=np.nan)
    bound = pub["share_bound"].astype(object).to_numpy()
    share = pub["share"].to_numpy(dtype=float)
    share_p = precision_of(prec, "indicator_shares.share")
    # the published count k' = share x n' / 100 within the share's rounding (integers),
    # "< L%" means k' < L% of n', "> H%" means k' > H% of n'; the true count is within the
    # perturbation bound of k', the true n within the n bound of n'
    p_lo = np.where(bound == "below", 0.0, np.where(bound == "above", schema.SHARE_BOUND_HIGH,
                                                      share - share_p.round / 2))
    p_hi = np.where(bound == "below", schema.SHARE_BOUND_LOW, np.where(
        bound == "above", 100.0, share + share_p.round / 2))
    k_hi = np.ceil(p_hi / 100 * n - 1e-9) - 1
    k_hi = np.where(bound == "below", k_hi, np.floor(p_hi / 100 * n + 1e-9))
    k_lo = np.floor(p_lo / 100 * n + 1e-9) + 1
    k_lo = np.where(bound == "above", k_lo, np.ceil(p_lo / 100 * n - 1e-9))
    true_hi = k_hi + share_p.perturb
    true_lo = k_lo - share_p.perturb
    n_max = n + n_half
    none = true_hi < 1 - 1e-9
    every = true_lo >= n_max - 1e-9
    res.attacked = len(pub)
    bad = np.flatnonzero(none | every)
    keys = pub[KEYS + ["indicator", "category"]].astype(object).to_numpy()
    for i in bad:
        row = dict(zip(KEYS, keys[i][:6]))
        shown = {"below": f"'< {schema.SHARE_BOUND_LOW:g}%'",
                 "above": f"'> {schema.SHARE_BOUND_HIGH:g}%'"}.get(bound[i],
                                                                   f"{share[i]:g}%")
        what = "none" if none[i] else "all"
        res.add(f"indicator_shares[{cell_label(row)}] {keys[i][6]}/{keys[i][7]}",
                f"{shown} with n {n[i]:g} means {what} of the group")
    res.best = "all / none of a group" if len(bad) else "no bound reveals all or none"
    res.seconds = time.perf_counter() - started
    return res


# ---------------------------------------------------------------------- row existence

def _expected_cells() -> pd.DataFrame:
    """Every cube cell of the structure (schema: populations x groupings x groups, minus
    the groups that contradict their own population filter)."""
    rows = []
    fkey_of = {"sector": "f_sector", "cluster": "f_cluster", "size_class": "f_size",
               "innovated": "f_innovated"}
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
    key = lambda df: set(map(tuple, df[KEYS].astype(str).to_numpy()))
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
