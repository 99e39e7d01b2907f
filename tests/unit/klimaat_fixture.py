"""A small seeded aggregate cube per data/schema.py, for the climate explorer's tests.

72 fictitious organisations in five sectors (Provincies has 3, so it is always withheld)
are aggregated into climate_box, climate_variance and indicator_shares the way the contract
describes them: every population (f_sector / f_cluster / f_size / f_innovated) x grouping
x group, withheld under MIN_CELL (one label), box statistics with P10/P90 whiskers only
for groups of BOX_MIN_N or more, and share bounds in small groups.
It is a test fixture, not the pipeline: it only has to be shaped like the real tables.
"""

from __future__ import annotations

from functools import lru_cache

import numpy as np
import pandas as pd

from data import questionnaire as q
from data import schema

ALL = schema.ALL
# (sector, cluster, organisations)
MEMBERS = (
    ("Gemeenten", "Gemeenten en onderdelen", 30),
    ("Rijksoverheid (departementen)", "Rijk Beleid", 12),
    ("Rijksoverheid (departementen)", "Rijk Staf", 8),
    ("Zbo's", "Zelfstandige bestuursorganen", 10),
    ("Zbo's", "Cultuur (met name decentraal)", 2),
    ("Provincies", "Overig (decentraal)", 3),
    ("Waterschappen", "Watermanagement (waterschappen en overige water gerelateerde "
                      "organisatie)", 7),
)
FACTORS = q.INDICATOR_BY_KEY["innovation_factor"].categories
RESULTS = q.INDICATOR_BY_KEY["innovation_result"].categories
SPECTRUM = q.INDICATOR_BY_KEY["innovation_spectrum"].categories
BIN_EDGES = np.round(np.arange(q.LIKERT_MIN, q.LIKERT_MAX + 1e-9, 0.25), 2)
BIN_LABELS = tuple(f"{lo:.2f}-{hi:.2f}" for lo, hi in zip(BIN_EDGES[:-1], BIN_EDGES[1:]))
DIM = {"f_sector": "sector", "f_cluster": "cluster", "f_size": "size_class",
       "f_innovated": "innovated"}


def organisations(seed: int = 2021) -> pd.DataFrame:
    """The fictitious organisations with everything the tables summarise."""
    rng = np.random.default_rng(seed)
    rows = []
    for sector, cluster, count in MEMBERS:
        for _ in range(count):
            rows.append({"sector": sector, "cluster": cluster})
    orgs = pd.DataFrame(rows)
    n = len(orgs)
    orgs["size_class"] = rng.choice(q.SIZE_CLASSES, size=n, p=[0.2, 0.25, 0.25, 0.3])
    latent = rng.normal(0, 1, n)
    items = np.clip(np.round(3.7 + 0.6 * latent[:, None] + rng.normal(0, 0.8, (n, 15))), 1, 5)
    orgs["score"] = items[:, :13].mean(axis=1)
    orgs["climate_group"] = [q.climate_group(s) for s in orgs["score"]]
    orgs["innovated"] = np.where(rng.random(n) < 0.55 + 0.25 * (latent > 0), "yes", "no")
    for i, item in enumerate(q.CLIMATE_ITEMS):
        orgs[f"item__{item.key}"] = items[:, i]
    innov = orgs["innovated"].eq("yes").to_numpy()
    orgs["spectrum"] = np.where(innov, rng.choice(SPECTRUM, size=n), None)
    for f in FACTORS:
        orgs[f"factor__{f}"] = np.where(innov, rng.integers(1, 6, n), 0)
    for r in RESULTS:
        orgs[f"result__{r}"] = innov & (rng.random(n) < 0.3 + 0.4 * (latent > 0))
    return orgs


def populations() -> list[dict[str, str]]:
    places = [(ALL, ALL)] + [(s, ALL) for s in q.SECTORS] + [(ALL, c) for c in q.CLUSTERS]
    return [{"f_sector": s, "f_cluster": c, "f_size": z, "f_innovated": i}
            for s, c in places for z in schema.FILTER_VALUES["f_size"]
            for i in schema.FILTER_VALUES["f_innovated"]]


def _cells(orgs: pd.DataFrame):
    """(population, grouping, group, member mask) for every cell of the cube."""
    values = {dim: orgs[dim].to_numpy(dtype=object) for dim in
              ("sector", "cluster", "size_class", "innovated", "climate_group")}
    for pop in populations():
        pmask = np.ones(len(orgs), dtype=bool)
        for key, dim in DIM.items():
            if pop[key] != ALL:
                pmask &= values[dim] == pop[key]
        for grouping in schema.GROUPINGS:
            own = next((k for k, d in DIM.items() if d == grouping), None)
            for group in schema.GROUP_VALUES[grouping]:
                if own and pop[own] != ALL and pop[own] != group:
                    continue
                mask = pmask if grouping == "all" else pmask & (values[grouping] == group)
                yield pop, grouping, group, mask


def _box_stats(scores: np.ndarray) -> dict:
    """Mean and sd; box statistics (P10-P90 whiskers) only for n >= BOX_MIN_N. Unperturbed:
    a fixture shaped like the tables, not the disclosure control."""
    n = len(scores)
    out = dict(mean=scores.mean(), sd=scores.std(ddof=1), q1=np.nan, median=np.nan,
               q3=np.nan, lower_whisker=np.nan, upper_whisker=np.nan, whisker_rule=None)
    if n >= schema.BOX_MIN_N:
        p10, q1, med, q3, p90 = np.percentile(scores, [10, 25, 50, 75, 90])
        out.update(q1=q1, median=med, q3=q3, lower_whisker=p10, upper_whisker=p90,
                   whisker_rule="p10_p90")
    return out


def _finish_disclosure(frame: pd.DataFrame) -> pd.DataFrame:
    frame["suppressed"] = frame["suppression"].ne("")
    frame["n"] = pd.array(np.where(frame["suppressed"], 0, frame["_n"]), dtype="Int64")
    frame.loc[frame["suppressed"], "n"] = pd.NA
    return frame


@lru_cache(maxsize=None)
def tables(seed: int = 2021) -> dict[str, pd.DataFrame]:
    """climate_box, climate_variance and indicator_shares (string key columns)."""
    orgs = organisations(seed)
    scores = orgs["score"].to_numpy()
    box_rows, share_rows, var_rows = [], [], []
    masks = {}
    for pop, grouping, group, mask in _cells(orgs):
        n = int(mask.sum())
        row = {**pop, "grouping": grouping, "group": group, "_n": n,
               "suppression": "" if n >= schema.MIN_CELL else schema.WITHHELD}
        row.update(_box_stats(scores[mask]) if n >= schema.MIN_CELL else {})
        box_rows.append(row)
        masks[(*pop.values(), grouping, group)] = mask
    box = _finish_disclosure(pd.DataFrame(box_rows))
    stats = ["mean", "sd", "q1", "median", "q3", "lower_whisker", "upper_whisker"]
    for col in stats:
        box[col] = box[col].astype(float).where(~box["suppressed"])
    box["whisker_rule"] = box["whisker_rule"].where(~box["suppressed"])
    status = {tuple(r[k] for k in schema.CUBE_KEYS): r["suppression"]
              for r in box[[*schema.CUBE_KEYS, "suppression"]].to_dict("records")}

    innov = orgs["innovated"].eq("yes").to_numpy()
    keys, matrix = measures(orgs)
    for key, mask in masks.items():
        if key[4] in ("all", "climate_group"):
            share_rows += _shares(keys, matrix, key, mask, status[key], innov)
    shares = pd.DataFrame(share_rows)
    shares["suppressed"] = shares["suppression"].ne("")
    shares["n"] = pd.array([None if s else n for s, n in zip(shares["suppressed"],
                                                             shares["_n"])], dtype="Int64")

    for pop in populations():
        key = tuple(pop.values())
        pmask = masks[(*key, "all", ALL)]
        for grouping in schema.GROUPINGS[1:]:
            ss_b = ss_w = 0.0
            groups = 0
            mean = scores[pmask].mean() if pmask.any() else np.nan
            for group in schema.GROUP_VALUES[grouping]:
                m = masks.get((*key, grouping, group))
                if m is None or not m.any():
                    continue
                groups += 1
                ss_b += m.sum() * (scores[m].mean() - mean) ** 2
                ss_w += ((scores[m] - scores[m].mean()) ** 2).sum()
            reason = status[(*key, "all", ALL)]
            var_rows.append({**pop, "grouping": grouping, "_n": int(pmask.sum()),
                             "n_groups": groups, "ss_between": ss_b, "ss_within": ss_w,
                             "eta_squared": ss_b / (ss_b + ss_w) if ss_b + ss_w else np.nan,
                             "suppression": reason})
    variance = _finish_disclosure(pd.DataFrame(var_rows))
    variance["n_groups"] = pd.array(np.where(variance["suppressed"], 0, variance["n_groups"]),
                                    dtype="Int64")
    variance.loc[variance["suppressed"], "n_groups"] = pd.NA
    for col in ("ss_between", "ss_within", "eta_squared"):
        variance[col] = variance[col].where(~variance["suppressed"])
    return {"climate_box": _typed(schema.CLIMATE_BOX, box),
            "climate_variance": _typed(schema.CLIMATE_VARIANCE, variance),
            "indicator_shares": _typed(schema.INDICATOR_SHARES, shares)}


def _share(count: float, n: int) -> tuple[float, str]:
    value = 100.0 * count / n
    if n < schema.SMALL_GROUP and value < schema.SHARE_BOUND_LOW:
        return np.nan, "below"
    if n < schema.SMALL_GROUP and value > schema.SHARE_BOUND_HIGH:
        return np.nan, "above"
    return value, "exact"


def measures(orgs: pd.DataFrame) -> tuple[list[tuple[str, str, str, bool]], np.ndarray]:
    """(indicator, category, measure, innovators_only) per column, and the 0/1 matrix."""
    innov = orgs["innovated"].eq("yes").to_numpy()
    cols, keys = [], []

    def add(indicator, category, measure, hits, innovators=False):
        keys.append((indicator, category, measure, innovators))
        cols.append(np.asarray(hits, dtype=float))

    for item in q.CLIMATE_ITEMS:
        add("climate_statement", item.key, "agree", orgs[f"item__{item.key}"] >= 4)
    for group in q.CLIMATE_GROUPS:
        add("climate_group", group, "share", orgs["climate_group"].eq(group))
    bins = np.minimum(((orgs["score"] - 1) // 0.25).astype(int), len(BIN_LABELS) - 1)
    for i, label in enumerate(BIN_LABELS):
        add("climate_bin", label, "share", bins == i)
    for c in SPECTRUM:
        add("innovation_spectrum", c, "share", orgs["spectrum"].eq(c) & innov, True)
    for f in FACTORS:
        add("innovation_factor", f, "promoting", orgs[f"factor__{f}"] >= 4, True)
        add("innovation_factor", f, "hindering", orgs[f"factor__{f}"].between(1, 2), True)
    for r in RESULTS:
        add("innovation_result", r, "share", orgs[f"result__{r}"], True)
    return keys, np.column_stack(cols)


def _shares(keys: list, matrix: np.ndarray, cell: tuple, mask: np.ndarray, reason: str,
            innov: np.ndarray) -> list[dict]:
    base = dict(zip(schema.CUBE_KEYS, cell))
    counts_all = matrix[mask].sum(axis=0)
    counts_innov = matrix[mask & innov].sum(axis=0)
    n_all, n_innov = int(mask.sum()), int((mask & innov).sum())
    out = []
    for (indicator, category, measure, innovators), c_all, c_innov in zip(
            keys, counts_all, counts_innov):
        if innovators and base["f_innovated"] == "no":
            continue  # innovator questions have no rows for non-innovators
        n, count = (n_innov, c_innov) if innovators else (n_all, c_all)
        why = "" if innovators else reason
        if why == "" and n < schema.MIN_CELL:
            why = schema.WITHHELD
        share, bound = _share(count, n) if why == "" else (np.nan, None)
        out.append({**base, "_n": n, "suppression": why, "indicator": indicator,
                    "category": category, "measure": measure, "share": share,
                    "share_bound": bound})
    return out


def _typed(table: schema.Table, frame: pd.DataFrame) -> pd.DataFrame:
    out = pd.DataFrame(index=frame.index)
    for col, dtype in table.columns.items():
        if col == schema.EDITION_COLUMN and col not in frame.columns:
            out[col] = pd.Series(q.EDITION, index=frame.index).astype(dtype)
            continue
        out[col] = frame[col] if dtype == "object" else frame[col].astype(dtype)
    return out.reset_index(drop=True)


def categorical(frame: pd.DataFrame) -> pd.DataFrame:
    """The frame with its text columns as pandas categoricals (as the pipeline may ship)."""
    out = frame.copy()
    for col in out.columns:
        if str(out[col].dtype) == "string":
            out[col] = out[col].astype("category")
    return out
