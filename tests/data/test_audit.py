"""The disclosure auditor (pipeline/audit): every attack detects the leak it is built for.

Small hand-made aggregates reproduce each known attack on the seeded synthetic microdata
(the ground truth): a differencing chain, a box for a group of 5-9, a bound that means 0%,
a percentile step at an exact score, a missing row and telling labels, a variance row with
withheld groups. The same cells published the way the protection publishes them (perturbed
with a bound in meta) are not findings.
"""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from data import questionnaire as q
from data import schema
from pipeline import audit, microdata, synthetic
from pipeline.audit import boxes, linear, percentile, statements, tables
from pipeline.audit.model import universe

KEYS = list(schema.CUBE_KEYS)
ALL_POP = {"f_sector": "all", "f_cluster": "all", "f_size": "all", "f_innovated": "all"}


@pytest.fixture(scope="module")
def frame():
    return microdata.prepare(synthetic.generate(seed=2021, n=366), source="synthetic")


@pytest.fixture(scope="module")
def uni(frame):
    return universe(frame)


def empty(name: str) -> pd.DataFrame:
    cols = schema.TABLE_BY_NAME[name].columns
    return pd.DataFrame({c: pd.Series([], dtype="object" if d in ("category", "object")
                                      else d) for c, d in cols.items()})


def meta_table(**extra: str) -> pd.DataFrame:
    rows = {"organisations": "366", "innovators": "313", "scored": "366", "seed": "2021",
            **extra}
    return pd.DataFrame({"key": list(rows), "value": list(rows.values())})


def base_tables(**extra_meta: str) -> dict[str, pd.DataFrame]:
    return {"climate_box": empty("climate_box"), "indicator_shares": empty("indicator_shares"),
            "climate_variance": empty("climate_variance"),
            "climate_percentiles": empty("climate_percentiles"),
            "meta": meta_table(**extra_meta)}


def members(frame: pd.DataFrame, **cell) -> np.ndarray:
    m = np.ones(len(frame), dtype=bool)
    for key, col in (("f_sector", "sector"), ("f_size", "size_class")):
        if cell.get(key, "all") != "all":
            m &= (frame[col].astype(str) == cell[key]).to_numpy()
    grouping = cell.get("grouping", "all")
    if grouping != "all":
        m &= (frame[grouping].astype(str) == cell["group"]).to_numpy()
    return m


def box_row(frame, suppressed=False, **cell) -> dict:
    row = {**ALL_POP, "grouping": "all", "group": "all", **cell}
    scores = frame["climate_score"].to_numpy(dtype=float)[members(frame, **row)]
    out = {**row, "n": pd.NA if suppressed else len(scores), "suppressed": suppressed,
           "suppression": "withheld" if suppressed else "",
           "mean": np.nan if suppressed else scores.mean(),
           "sd": np.nan if suppressed else scores.std(ddof=1)}
    for c in ("min", "max", "q1", "median", "q3", "lower_whisker", "upper_whisker"):
        out[c] = np.nan
    out["whisker_rule"] = None
    out["outliers"] = None if suppressed else []
    return out


def with_rows(table: pd.DataFrame, rows: list[dict]) -> pd.DataFrame:
    return pd.concat([table, pd.DataFrame(rows)], ignore_index=True)


# ------------------------------------------------------------------ attack 1: linear

def chain_tables(frame, withheld_size: str, **meta):
    """Sector Gemeenten published, and every size class of it but one: that one is the
    sector minus the others (a differencing chain)."""
    t = base_tables(**meta)
    rows = [box_row(frame, f_sector="Gemeenten")]
    for size in q.SIZE_CLASSES:
        rows.append(box_row(frame, suppressed=size == withheld_size, f_sector="Gemeenten",
                            grouping="size_class", group=size))
    t["climate_box"] = with_rows(t["climate_box"], rows)
    return t


def test_linear_attack_rebuilds_a_withheld_cell_from_a_chain(frame, uni):
    t = chain_tables(frame, "500+")
    report = audit.run(frame, t, ("linear-count", "linear-mean"))
    res = report.by_attack()
    hits = [f for f in res["linear-count"].findings if "size_class=500+" in f.cell
            and "Gemeenten" in f.cell]
    n_true = int(members(frame, f_sector="Gemeenten", grouping="size_class",
                         group="500+").sum())
    assert hits and f"{n_true} organisations" in hits[0].detail
    assert any("size_class=500+" in f.cell for f in res["linear-mean"].findings)


def test_linear_attack_respects_the_published_perturbation_bound(frame):
    """The same chain, with n published within +-2 (meta): the withheld count is only known
    within +-10, its mean not to +-0.5."""
    t = chain_tables(frame, "500+", **{"precision:climate_box.n": "perturb=2",
                                       "sum_bound": "3.0"})
    report = audit.run(frame, t, ("linear-count", "linear-mean"))
    for result in report.results:
        assert not [f for f in result.findings if "size_class=500+" in f.cell
                    and "f_sector=Gemeenten" in f.cell], result.findings


def test_linear_category_attack_finds_none_from_a_zero_share(frame, uni):
    """A published 0% for a group determines 'none' for every withheld part of it."""
    t = base_tables()
    ind = q.INDICATOR_BY_KEY["covid_homeworking"]
    cell = {**ALL_POP, "f_sector": "Provincies", "grouping": "all", "group": "all"}
    n = int(members(frame, **cell).sum())
    answers = frame[ind.key].astype(object).to_numpy()[members(frame, **cell)]
    absent = next(c for c in ind.categories if c not in set(answers))
    rows = [{**cell, "n": n, "suppressed": False, "suppression": "", "indicator": ind.key,
             "category": absent, "measure": "share", "share": 0.0, "share_bound": "exact"}]
    t["indicator_shares"] = with_rows(t["indicator_shares"], rows).astype(
        {c: "category" for c in KEYS + ["indicator", "category", "measure", "share_bound",
                                        "suppression"]})
    report = audit.run(frame, t, ("linear-category",))
    assert any(absent in f.detail and f.detail.startswith("none")
               for f in report.findings)


def test_ground_truth_must_satisfy_the_published_statements(frame):
    t = chain_tables(frame, "500+")
    t["climate_box"].loc[0, "n"] = 7  # Gemeenten has 85: a reader bug or a wrong input
    with pytest.raises(Exception, match="ground truth"):
        audit.run(frame, t, ("linear-count",))


@settings(max_examples=30, deadline=None)
@given(st.lists(st.integers(0, 5), min_size=4, max_size=4),
       st.integers(0, 3))
def test_rowspace_determines_exactly_the_spanned_sums(weights, pick):
    """in_rowspace: a sum of published rows is determined, an atom outside them is not."""
    rows = np.array([[1, 1, 0, 0], [0, 0, 1, 1], [1, 0, 1, 0]], dtype=float)
    basis = linear.rowspace(rows)
    combo = np.array(weights[:3], float) @ rows
    assert linear.in_rowspace(basis, combo[None, :])[0]
    # rank 3 of 4: exactly one direction (1, -1, -1, 1) is free
    single = np.eye(4)[pick][None, :]
    assert not linear.in_rowspace(basis, single)[0]


# --------------------------------------------------------------------- attack 2: boxes

def test_box_for_a_group_of_five_to_nine_is_a_finding(frame, uni):
    row = box_row(frame, grouping="cluster", group="GGD")
    scores = np.sort(frame["climate_score"].to_numpy(float)[members(frame, **row)])
    assert 5 <= len(scores) <= 9
    row.update(q1=float(np.quantile(scores, 0.25)), median=float(np.median(scores)),
               q3=float(np.quantile(scores, 0.75)), whisker_rule="p10_p90",
               lower_whisker=float(np.quantile(scores, 0.1)),
               upper_whisker=float(np.quantile(scores, 0.9)))
    res = boxes.box_attack(uni, pd.DataFrame([row]), {})
    assert [f.detail for f in res.findings] == [
        (f"box for a group of {len(scores)} (under 10): its order statistics give every "
         "member's score")]
    # the quantile system alone pins order statistics of this group
    assert boxes._order_system(row, scores)


def test_quartile_equal_to_an_exact_score_is_a_finding_unless_perturbed(frame, uni):
    row = box_row(frame)
    scores = np.sort(frame["climate_score"].to_numpy(float))
    row.update(q1=float(scores[91]), median=3.7, q3=3.9, whisker_rule="tukey",
               lower_whisker=3.0, upper_whisker=4.5)
    res = boxes.box_attack(uni, pd.DataFrame([row]), {})
    assert any("q1" in f.detail and "exact score" in f.detail for f in res.findings)
    res = boxes.box_attack(uni, pd.DataFrame([row]),
                           {"precision:climate_box.q1": "round=0.01 perturb=0.1"})
    assert not any("q1" in f.detail for f in res.findings)


# -------------------------------------------------------------------- attack 3: bounds

def share_row(n: int, share: float, bound: str, **cell) -> dict:
    return {**ALL_POP, "grouping": "all", "group": "all", **cell, "n": n,
            "suppressed": False, "suppression": "", "indicator": "covid_homeworking",
            "category": "improved", "measure": "share", "share": share,
            "share_bound": bound}


@pytest.mark.parametrize("n,share,bound,meta,found", [
    (9, np.nan, "below", {}, "none"),
    (9, np.nan, "above", {}, "all"),
    (15, 0.0, "exact", {}, "none"),
    (15, 100.0, "exact", {}, "all"),
    (12, np.nan, "below", {}, None),          # "< 10%" of 12 can be 1 organisation
    (15, 40.0, "exact", {}, None),
    (9, np.nan, "below", {"precision:indicator_shares.share": "round=0.1 perturb=2"}, None),
    (15, 0.0, "exact", {"precision:indicator_shares.share": "round=0.1 perturb=2"}, None),
])
def test_bounds_and_exact_zero_or_hundred(uni, n, share, bound, meta, found):
    frame = pd.DataFrame([share_row(n, share, bound, f_sector="Waterschappen")])
    res = tables.bound_attack(uni, frame, meta)
    if found is None:
        assert res.findings == []
    else:
        assert len(res.findings) == 1 and f"means {found}" in res.findings[0].detail


# ---------------------------------------------------------------- attack 4: percentile

def percentile_rows(frame, band: float | None, gap_at_exact: bool) -> pd.DataFrame:
    """Population-all grid of the whole group, with or without an at-or-below column that
    tells the share exactly at each grid score."""
    scores = frame["climate_score"].to_numpy(float)
    n = len(scores)
    grid = np.round(np.arange(1.0, 5.0001, 0.1), 2)
    below = np.array([(scores < g - 1e-9).sum() for g in grid]) * 100 / n
    at = np.array([(scores <= g + 1e-9).sum() for g in grid]) * 100 / n
    if not gap_at_exact:
        at = below.copy()  # only the share below each grid score is known
    rows = pd.DataFrame({**{k: ["all"] * len(grid) for k in KEYS}, "n": n, "score": grid,
                         "pct_below": np.round(below), "pct_at_or_below": np.round(at)})
    rows["pct_band"] = 1.0 if band is None else band
    return rows


def _stepping_lookup(grid: pd.DataFrame, score: float):
    """A lookup that answers pct_below at a grid score and brackets the scores above it
    from pct_at_or_below (how /benchmark answered before issue 10)."""
    from types import SimpleNamespace

    scores = grid["score"].to_numpy(float)
    below = grid["pct_below"].to_numpy(float)
    at = grid["pct_at_or_below"].to_numpy(float)
    hit = np.flatnonzero(np.abs(scores - score) <= 1e-9)
    if len(hit):
        v = float(below[hit[0]])
        return SimpleNamespace(value=v, low=v)
    upper = int(np.searchsorted(scores, score, side="right"))
    if upper in (0, len(scores)):
        v = float(below[0] if upper == 0 else at[-1])
        return SimpleNamespace(value=v, low=v)
    g0, g1 = scores[upper - 1], scores[upper]
    lo, hi = float(at[upper - 1]), float(below[upper])
    return SimpleNamespace(value=lo + (hi - lo) * (score - g0) / (g1 - g0), low=lo)


def test_percentile_probe_reads_the_share_at_an_exact_score(frame, uni, monkeypatch):
    real_grid, _, peer = percentile.app_functions()
    monkeypatch.setattr(percentile, "app_functions",
                        lambda: (real_grid, _stepping_lookup, peer))
    res = percentile.percentile_attack(uni, percentile_rows(frame, None, True))
    assert res.attacked == 1
    assert any("score 4.00" in f.detail for f in res.findings)
    exact_at_4 = int((np.abs(frame["climate_score"].to_numpy(float) - 4.0) < 1e-9).sum())
    assert exact_at_4 > 0


def test_the_apps_lookup_reveals_no_exact_score_from_a_stepping_table(frame, uni):
    """Even a table with an at-or-below step: /benchmark's own lookup answers continuously."""
    res = percentile.percentile_attack(uni, percentile_rows(frame, None, True))
    assert res.attacked == 1 and res.findings == []


def test_percentile_probe_passes_without_the_at_or_below_step(frame, uni):
    res = percentile.percentile_attack(uni, percentile_rows(frame, None, False))
    assert res.attacked == 1 and res.findings == []


def test_the_probe_uses_the_apps_own_lookup():
    _, lookup, _ = percentile.app_functions()
    assert lookup.__module__.startswith(("pages.", "components."))


# --------------------------------------------------------------- attack 5 and 6: tables

def test_missing_rows_and_telling_labels_are_findings(frame, uni):
    cells = tables._expected_cells()
    full = cells.assign(n=pd.NA, suppressed=True, suppression="withheld")
    t = {"climate_box": full, "indicator_shares": empty("indicator_shares"),
         "climate_variance": empty("climate_variance")}
    t["indicator_shares"] = t["indicator_shares"].assign(suppression=pd.Series([], dtype=str))
    res = tables.structure_attack(uni, t)
    assert not [f for f in res.findings if f.cell.startswith("climate_box")]
    t["climate_box"] = full.iloc[1:].assign(
        suppression=["primary"] * 10 + ["secondary"] * (len(full) - 11))
    res = tables.structure_attack(uni, t)
    details = " ".join(f.detail for f in res.findings)
    assert "row missing" in details and "different labels" in details


def test_variance_with_withheld_groups_is_a_finding(frame, uni):
    """ss_between of population all by sector including the withheld Provincies and Hoge
    Colleges: differs from what the published sectors give."""
    scores = frame["climate_score"].to_numpy(float)
    sector = frame["sector"].astype(str).to_numpy()
    rows, grand = [], scores.mean()
    ss_all = 0.0
    for s in q.SECTORS:
        x = scores[sector == s]
        ss_all += len(x) * (x.mean() - grand) ** 2
        rows.append(box_row(frame, suppressed=len(x) < 5, grouping="sector", group=s))
    box = pd.DataFrame(rows)
    var = pd.DataFrame([{**ALL_POP, "grouping": "sector", "n": len(scores), "n_groups": 9,
                         "ss_between": ss_all, "ss_within": 1.0, "eta_squared": 0.1,
                         "suppressed": False, "suppression": ""}])
    res = tables.variance_attack(uni, {"climate_variance": var, "climate_box": box})
    assert len(res.findings) == 2  # n_groups and ss_between
    pub = box[~box["suppressed"]]
    n, m = pub["n"].to_numpy(float), pub["mean"].to_numpy(float)
    var["ss_between"] = float((n * (m - (n * m).sum() / n.sum()) ** 2).sum())
    var["n_groups"] = len(pub)
    assert tables.variance_attack(uni, {"climate_variance": var, "climate_box": box}
                                  ).findings == []


# ------------------------------------------------------------------------- precision

def test_precision_from_meta_and_bound_formula():
    prec = statements.precisions({"precision:indicator_shares.share": "round=0.1 perturb=2"})
    assert prec["indicator_shares.share"].half_width == pytest.approx(2.05)
    assert statements.precision_of(prec, "climate_box.mean").exact
    bound = statements.bound_formula("min(3.0, 0.6 + 0.1 n')")
    assert bound(10) == pytest.approx(1.6) and bound(100) == 3.0
    with pytest.raises(ValueError):
        statements.bound_formula("__import__('os')")



def small_model(rows_spec):
    """A solver.Model over 4 atoms from (atoms, lo, hi) rows."""
    from pipeline.audit.solver import Model

    bank = statements.MaskBank()
    rows = statements.Rows(bank)
    for atoms, lo, hi in rows_spec:
        mask = np.zeros(4, dtype=bool)
        mask[list(atoms)] = True
        rows.add([("n", mask, 1.0)], lo, hi, f"n{atoms}")
    return Model(bank, {"n": np.ones(4, dtype=bool)}, [rows], upper={"n": np.full(4, 9.0)})


# x0 + x1 + x2 = 2 and x0 + x1 >= 2: x2 is forced to 0 (zero propagation cannot see it)
SUPPORT_ROWS = [((0, 1, 2), 2.0, 2.0), ((0, 1), 2.0, np.inf), ((3,), 0.0, 5.0)]


def test_support_from_feasible_points_matches_the_support_lp(monkeypatch):
    from pipeline.audit import solver

    expected = [True, True, False, True]
    assert small_model(SUPPORT_ROWS).support().tolist() == expected
    assert small_model(SUPPORT_ROWS).support_by_points().tolist() == expected

    class Failed:
        status, message = 4, "numerical difficulties (test)"

    monkeypatch.setattr(solver, "linprog", lambda *a, **k: Failed())
    model = small_model(SUPPORT_ROWS)
    assert model.support().tolist() == expected
    assert "numerical difficulties" in model.support_failed


def test_a_solver_failure_is_a_finding_never_a_pass(frame, monkeypatch):
    """When no LP can find the forced zeros, the audit reports itself inconclusive."""
    from pipeline.audit import solver

    class Failed:
        status, message = 4, "numerical difficulties (test)"

    def fail(self, max_rounds=200):
        raise solver.SolverFailure("support by feasible points: test failure")

    monkeypatch.setattr(solver, "linprog", lambda *a, **k: Failed())
    monkeypatch.setattr(solver.Model, "support_by_points", fail)
    report = audit.run(frame, chain_tables(frame, "500+", **{
        "precision:climate_box.n": "perturb=2", "sum_bound": "3.0"}),
        ("linear-count", "linear-mean"))
    assert not report.ok
    assert {f.attack for f in report.findings} == {"linear-count", "linear-mean"}
    assert all("inconclusive" in f.detail for f in report.findings)


def pin_tables(frame, k_pub: int, **meta):
    """Cluster GGD (9 organisations, 4 of them beperkt in the seed-2021 set): its climate
    group share published from k' organisations, its beperkt cell withheld."""
    t = base_tables(min_cell="5", **meta)
    cell = {**ALL_POP, "f_cluster": "GGD", "grouping": "all", "group": "all"}
    n = int((frame["cluster"].astype(str) == "GGD").sum())
    rows = [{**cell, "n": n, "suppressed": False, "suppression": "",
             "indicator": "climate_group", "category": "beperkt", "measure": "share",
             "share": round(100.0 * k_pub / n, 1), "share_bound": "exact"}]
    t["indicator_shares"] = with_rows(t["indicator_shares"], rows).astype(
        {c: "category" for c in KEYS + ["indicator", "category", "measure", "share_bound",
                                        "suppression"]})
    box = {**ALL_POP, "f_cluster": "GGD", "grouping": "climate_group", "group": "beperkt"}
    t["climate_box"] = with_rows(t["climate_box"], [box_row(frame, suppressed=True, **box)])
    return t


def test_a_withheld_cell_is_pinned_by_a_count_across_the_minimum(frame):
    """Withheld means fewer than 5: a count of 4 published as 4 + 2 = 6 (+-2) pins it at 4.
    Published on its side of the minimum (k' <= 4, meta side=5) it stays uncertain."""
    truth = int(((frame["cluster"].astype(str) == "GGD")
                 & (frame["climate_group"].astype(str) == "beperkt")).sum())
    assert truth == 4
    pinned = audit.run(frame, pin_tables(frame, truth + 2, **{
        "precision:indicator_shares.share": "round=0.1 perturb=2"}), ("linear-count",))
    assert any("GGD" in f.cell and "beperkt" in f.cell and "4 organisations" in f.detail
               for f in pinned.findings), pinned.findings
    sided = audit.run(frame, pin_tables(frame, truth, **{
        "precision:indicator_shares.share": "round=0.1 perturb=2 side=5"}), ("linear-count",))
    assert not [f for f in sided.findings if "GGD" in f.cell], sided.findings


def test_side_bounds():
    lo, hi = statements.side_bounds(np.array([3.0, 5.0, 9.0]), np.array([1.0, 3.0, 7.0]),
                                    np.array([5.0, 7.0, 11.0]), 5)
    assert np.allclose(lo, [1.0, 5.0, 7.0]) and np.allclose(hi, [4.0, 7.0, 11.0])
    assert statements.parse_precision("round=0.1 perturb=2 side=5").side == 5
