"""Disclosure control (pipeline/DISCLOSURE.md): the perturbation rules, and their effect on
the aggregates of the test fixture and the seeded synthetic set.

The full linear-programming attack is the auditor's (python -m pipeline.audit); here each
rule is checked on its own, with the microdata as ground truth.
"""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from data import questionnaire as q
from data import schema
from pipeline import aggregate, cellkey, disclosure, microdata
from tests.conftest import make_microdata

MIN = 5


# ------------------------------------------------------------------ keys and noise

def test_cell_key_is_the_same_for_the_same_set_in_any_order():
    keys = cellkey.record_keys([f"org{i}" for i in range(50)], b"secret")
    members = np.zeros((3, 50), dtype=bool)
    members[0, [3, 7, 11]] = True
    members[1, [11, 3, 7]] = True
    members[2, [3, 7, 12]] = True
    ck = cellkey.cell_keys(members, keys)
    assert ck[0] == ck[1] != ck[2]
    assert ((ck >= 0) & (ck < cellkey.KEY_MOD)).all()


def test_record_keys_depend_on_the_secret():
    ids = [f"org{i}" for i in range(20)]
    a, b = cellkey.record_keys(ids, b"one"), cellkey.record_keys(ids, b"two")
    assert (a != b).any() and (a == cellkey.record_keys(ids, b"one")).all()
    assert cellkey.synthetic_secret(2021) != cellkey.synthetic_secret(2022)


def test_count_noise_follows_the_published_table():
    u = cellkey.count_noise(np.arange(90_000, dtype=np.int64) * 7919, "count")
    values, counts = np.unique(u, return_counts=True)
    assert values.tolist() == cellkey.COUNT_NOISE.tolist()
    expected = cellkey.COUNT_WEIGHTS / cellkey.COUNT_WEIGHTS.sum()
    assert np.allclose(counts / counts.sum(), expected, atol=0.01)
    t = cellkey.triangular(np.arange(50_000, dtype=np.int64), "sum")
    assert -1 <= t.min() and t.max() <= 1 and abs(t.mean()) < 0.02


@settings(max_examples=60, deadline=None)
@given(n=st.lists(st.integers(0, 400), min_size=1, max_size=40),
       seed=st.integers(0, 2**31), public=st.booleans())
def test_perturbed_n_stays_within_the_bound_and_never_under_min_cell(n, seed, public):
    n = np.array(n)
    key = cellkey.cell_keys(np.eye(len(n), dtype=bool),
                            cellkey.record_keys([f"{seed}-{i}" for i in range(len(n))], b"s"))
    out = disclosure.perturbed_n(n, key, np.full(len(n), public), MIN)
    pub = n >= MIN
    if public:
        assert (out == n).all()
    assert (out[pub] >= MIN).all()
    assert (np.abs(out[pub] - n[pub]) <= cellkey.COUNT_BOUND).all()


@settings(max_examples=60, deadline=None)
@given(data=st.data())
def test_perturbed_numerators_hide_all_and_none(data):
    rows = data.draw(st.integers(1, 20))
    n = np.array(data.draw(st.lists(st.integers(MIN, 60), min_size=rows, max_size=rows)))
    k = np.array([data.draw(st.integers(0, int(v))) for v in n])[:, None]
    keys = np.array(data.draw(st.lists(st.integers(0, cellkey.KEY_MOD - 1), min_size=rows,
                                       max_size=rows)), dtype=np.int64)
    num_key = np.where(k > 0, (keys[:, None] * 3 + 1) % cellkey.KEY_MOD, 0)
    out = disclosure.perturbed_numerators(k, num_key, keys, n)
    assert ((out >= 0) & (out <= n[:, None])).all()
    assert (np.abs(out - k) <= cellkey.COUNT_BOUND).all()
    # a count keeps its side of the minimum cell: a withheld counted set (k < MIN) is
    # never published as MIN or more, a published one never under MIN
    assert ((out >= MIN) == (k >= MIN)).all()


def test_zero_and_full_counts_are_not_always_published_as_zero_and_full():
    n = np.full(400, 20)
    keys = np.arange(400, dtype=np.int64) * 104729
    zero = disclosure.perturbed_numerators(np.zeros((400, 1), dtype=int),
                                           np.zeros((400, 1), dtype=np.int64), keys, n)
    assert set(np.unique(zero)) == {0, 1, 2}  # a published 0% does not prove "none"
    full = disclosure.perturbed_numerators(np.full((400, 1), 20), keys[:, None] + 5, keys, n)
    assert set(np.unique(full)) == {18, 19, 20}  # nor does 100% prove "all"


def test_smoothed_quantiles_never_take_one_organisations_value():
    values = np.round(np.arange(10, 66) / 13, 12)  # 56 distinct possible scores
    rng = np.random.default_rng(5)
    hist = rng.multinomial(30, np.full(len(values), 1 / len(values)), size=200)
    key = np.arange(200, dtype=np.int64) * 7
    box = disclosure.smoothed_quantiles(hist, values, key)
    stacked = np.stack([box[name] for name, _ in disclosure.QUANTILES], axis=1)
    assert (np.diff(stacked, axis=1) >= 0).all()  # P10 <= Q1 <= median <= Q3 <= P90
    present = [set(np.round(values[h > 0], 2)) for h in hist]
    hits = sum(v in p for row, p in zip(stacked, present) for v in row)
    assert hits < 0.1 * stacked.size  # only by the chance of a noisy value landing on one


def test_one_value_group_gets_no_exact_quantiles():
    """A hostile group where everyone has the same score: the quantiles differ from it."""
    values = np.array([3.5])
    hist = np.full((300, 1), 12)
    box = disclosure.smoothed_quantiles(hist, values, np.arange(300, dtype=np.int64) * 31)
    assert (box["median"] != 3.5).mean() > 0.75  # equal only where the noise rounds to 0
    assert (np.abs(box["median"] - 3.5) <= cellkey.QUANTILE_BOUND + 0.005).all()
    mean, sd = disclosure.perturbed_mean_sd(np.full(300, 12), np.full(300, 42.0),
                                            np.full(300, 12 * 3.5 ** 2),
                                            np.arange(300, dtype=np.int64) * 31)
    assert (sd > 0).mean() > 0.4 and (mean != 3.5).mean() > 0.9


@pytest.mark.parametrize("n_pub, band", [(12, 50.0), (18, 25.0), (22, 20.0), (42, 10.0),
                                         (82, 5.0), (366, 5.0)])
def test_percentile_band_holds_at_least_four_organisations(n_pub, band):
    assert disclosure.percentile_band(np.array([n_pub]))[0] == band
    assert band * (n_pub - cellkey.COUNT_BOUND) / 100 >= disclosure.BAND_MIN_ORGANISATIONS


@pytest.mark.parametrize("bad", [4, 0, -1, 4.5])
def test_min_cell_never_below_five(bad):
    with pytest.raises(ValueError, match=">= 5"):
        disclosure.check_min_cell(bad)
    assert disclosure.check_min_cell(7) == 7


def test_share_bounds_in_small_groups():
    share = np.array([0.0, 5.0, 50.0, 95.0, 100.0, 0.0, 100.0])
    n = np.array([5, 9, 9, 9, 5, 10, 10])
    out, bound = disclosure.share_bounds(share, n)
    labels = [schema.SHARE_BOUNDS[b] for b in bound]
    assert labels == ["below", "below", "exact", "above", "above", "exact", "exact"]
    assert np.isnan(out[[0, 1, 3, 4]]).all() and out[2] == 50 and out[5] == 0 and out[6] == 100


# ------------------------------------------------------- the aggregates, ground truth

def _synthetic_366() -> pd.DataFrame:
    from pipeline import synthetic

    return synthetic.generate(seed=2021, n=366)


@pytest.fixture(scope="module", params=["fixture", "synthetic"])
def built(request):
    """366 organisations: the random test fixture (with unscored organisations and item
    non-response) and the seeded synthetic set."""
    raw = make_microdata(366) if request.param == "fixture" else _synthetic_366()
    frame = microdata.prepare(raw, source=request.param)
    return frame, aggregate.aggregate(frame, min_cell=MIN)


def _members(frame: pd.DataFrame, row: pd.Series, base: str) -> np.ndarray:
    """Organisations of one row, computed from the microdata (not from types)."""
    m = np.ones(len(frame), dtype=bool)
    for fkey, col in (("f_sector", "sector"), ("f_cluster", "cluster"), ("f_size", "size_class")):
        if row[fkey] != "all":
            m &= (frame[col] == row[fkey]).to_numpy()
    innovated = frame["innovated"].to_numpy(dtype=bool)
    if row["f_innovated"] != "all":
        m &= innovated == (row["f_innovated"] == "yes")
    if row["grouping"] == "innovated":
        m &= innovated == (row["group"] == "yes")
    elif row["grouping"] != "all":
        m &= (frame[row["grouping"]] == row["group"]).fillna(False).to_numpy(dtype=bool)
    if base == "innovators":
        m &= innovated
    elif base == "scored":
        m &= frame["climate_score"].notna().to_numpy()
    return m


def test_withheld_exactly_when_the_true_group_is_under_five(built):
    frame, result = built
    box = result.tables["climate_box"]
    sample = box.sample(400, random_state=4)
    for _, row in sample.iterrows():
        true_n = int(_members(frame, row, "scored").sum())
        assert row["suppressed"] == (true_n < MIN), (row[list(schema.CUBE_KEYS)].tolist(), true_n)
        if not row["suppressed"]:
            assert abs(int(row["n"]) - true_n) <= cellkey.COUNT_BOUND or int(row["n"]) == MIN


def test_one_label_and_nothing_published_for_withheld_rows(built):
    _, result = built
    for name, table in result.tables.items():
        if "suppressed" not in table.columns:
            assert (table["n"] >= schema.BOX_MIN_N).all(), name
            continue
        pub = ~table["suppressed"]
        assert (table.loc[pub, "n"] >= MIN).all(), name
        withheld = table[table["suppressed"]]
        stats = [c for c in table.columns if c not in (*schema.CUBE_KEYS, "suppressed",
                                                       "suppression", "indicator",
                                                       "category", "measure")]
        assert withheld[stats].isna().all().all(), name
        assert set(withheld["suppression"].astype(str)) <= {schema.WITHHELD}, name


def test_public_margins_are_exact_and_other_counts_perturbed(built):
    frame, result = built
    box = result.tables["climate_box"]
    top = box[(box["f_sector"] == "all") & (box["f_cluster"] == "all") & (box["f_size"] == "all")
              & (box["f_innovated"] == "all") & (box["grouping"] == "sector") & ~box["suppressed"]]
    scored = frame[frame["climate_score"].notna()]
    if len(scored) == len(frame):  # the scored set of a sector is the sector (a margin)
        for _, row in top.iterrows():
            assert int(row["n"]) == int((frame["sector"] == row["group"]).sum())
    shares = result.tables["indicator_shares"]
    pub = shares[~shares["suppressed"] & (shares["indicator"] == "covid_homeworking")]
    pub = pub.drop_duplicates(list(schema.CUBE_KEYS)).sample(200, random_state=6)
    diffs = [int(r["n"]) - int(_members(frame, r, "all").sum()) for _, r in pub.iterrows()]
    assert any(diffs) and max(map(abs, diffs)) <= cellkey.COUNT_BOUND


def test_rows_do_not_depend_on_the_data():
    """Every cell of the cube's structure has its row whatever the data: the row keys of two
    different data sets are identical (a missing row would tell 0 from 1-4)."""
    a = aggregate.aggregate(microdata.prepare(make_microdata(366, seed=1), "a"), min_cell=MIN)
    b = aggregate.aggregate(microdata.prepare(make_microdata(200, seed=9), "b"), min_cell=MIN)
    for name in ("climate_box", "indicator_shares", "climate_variance"):
        keys = [c for c in a.tables[name].columns if c in (*schema.CUBE_KEYS, "indicator",
                                                           "category", "measure")]
        left = a.tables[name][keys].astype(str).reset_index(drop=True)
        right = b.tables[name][keys].astype(str).reset_index(drop=True)
        pd.testing.assert_frame_equal(left, right, obj=name)
    innov = a.tables["indicator_shares"]
    # "not innovated" rows exist for every population, published or not
    no = innov[(innov["grouping"] == "innovated") & (innov["group"] == "no")]
    assert len(no) and (no["indicator"] == "climate_statement").any()


def test_box_statistics_only_for_groups_of_at_least_box_min_n(built):
    _, result = built
    box = result.tables["climate_box"]
    boxed = box["q1"].notna()
    assert (box.loc[boxed, "n"] >= schema.BOX_MIN_N).all()
    assert box.loc[~box["suppressed"] & (box["n"] >= schema.BOX_MIN_N), "q1"].notna().all()
    assert set(box.loc[boxed, "whisker_rule"]) == {"p10_p90"}
    assert not {"min", "max", "outliers"} & set(box.columns)


def test_quartiles_rarely_equal_a_member_score(built):
    """Order statistics are averaged and perturbed: a quartile equal to one member's exact
    score is a coincidence of the noise, not the rule (today's 60% came from order stats)."""
    frame, result = built
    box = result.tables["climate_box"]
    boxed = box[box["q1"].notna()].sample(150, random_state=8)
    hits = total = 0
    for _, row in boxed.iterrows():
        scores = set(np.round(frame.loc[_members(frame, row, "scored"), "climate_score"]
                              .dropna().to_numpy(float), 2))
        for col in ("q1", "median", "q3", "lower_whisker", "upper_whisker"):
            hits += round(row[col], 2) in scores
            total += 1
    assert hits < 0.25 * total


def test_variance_uses_published_groups_only(built):
    _, result = built
    var = result.tables["climate_variance"]
    assert (var.loc[~var["suppressed"], "n_groups"] >= 2).all()


def test_percentiles_only_for_published_peer_groups_of_box_size(built):
    _, result = built
    box, pct = result.tables["climate_box"], result.tables["climate_percentiles"]
    keys = list(schema.CUBE_KEYS)
    peer = box[(box["f_sector"] == "all") & (box["f_cluster"] == "all") & (box["f_size"] == "all")
               & (box["f_innovated"] == "all") & box["grouping"].isin(schema.PERCENTILE_GROUPINGS)]
    eligible = peer[~peer["suppressed"] & (peer["n"] >= schema.BOX_MIN_N)]
    published = set(map(tuple, eligible[keys].astype(str).to_numpy()))
    in_pct = set(map(tuple, pct[keys].astype(str).drop_duplicates().to_numpy()))
    assert in_pct == published


def test_percentile_probe_finds_no_single_organisation(built):
    """Counts at and below a grid score are published in bands of at least four
    organisations: the difference at one score never proves that someone scored exactly it."""
    _, result = built
    pct = result.tables["climate_percentiles"]
    for _, rows in pct.groupby(["grouping", "group"], observed=True):
        band = rows["pct_band"].iloc[0]
        n_low = int(rows["n"].iloc[0]) - cellkey.COUNT_BOUND
        assert band * n_low / 100 >= disclosure.BAND_MIN_ORGANISATIONS
        assert (rows["pct_below"] % band == 0).all() and (rows["pct_at_or_below"] % band == 0).all()


def test_synthetic_366_shows_every_sector_and_cluster_of_five_or_more():
    """No secondary suppression any more: every sector and every cluster with n >= 5 is
    published for the climate box, innovator questions and questions to everyone."""
    frame = microdata.prepare(_synthetic_366(), source="synthetic")
    tables = aggregate.aggregate(frame, min_cell=MIN).tables
    big_sectors = {s for s, k in q.SECTOR_COUNTS.items() if k >= MIN}
    big_clusters = {c for c, k in q.CLUSTER_COUNTS.items() if k >= MIN}
    for table, indicator in ((tables["climate_box"], None),
                             (tables["indicator_shares"], "innovation_result"),
                             (tables["indicator_shares"], "covid_homeworking")):
        rows = table[(table["f_sector"] == "all") & (table["f_cluster"] == "all")
                     & (table["f_size"] == "all") & (table["f_innovated"] == "all")]
        if indicator is not None:
            rows = rows[rows["indicator"] == indicator]
        for grouping, expected in (("sector", big_sectors), ("cluster", big_clusters)):
            part = rows[rows["grouping"] == grouping].drop_duplicates("group")
            shown = set(part.loc[~part["suppressed"], "group"].astype(str))
            if indicator == "innovation_result":  # innovators only: some groups are smaller
                innov = frame[frame["innovated"]]
                col = "sector" if grouping == "sector" else "cluster"
                expected = {g for g, k in innov[col].value_counts().items() if k >= MIN}
            assert shown == expected, (indicator, grouping)


def test_larger_min_cell_is_respected():
    frame = microdata.prepare(make_microdata(366, seed=3), source="fixture")
    result = aggregate.aggregate(frame, min_cell=8)
    for table in result.tables.values():
        if "suppressed" in table.columns:
            assert (table.loc[~table["suppressed"], "n"] >= 8).all()
