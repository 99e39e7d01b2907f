"""Disclosure control: rules on random set families, and attacks on the real aggregates."""

from __future__ import annotations

import itertools

import numpy as np
import pandas as pd
import pytest

from data import questionnaire as q
from data import schema
from pipeline import aggregate, disclosure, microdata
from tests.conftest import make_microdata

MIN = 5


# ------------------------------------------------------------------ set-family rules

def _family(seed: int, n_types: int = 24, n_sets: int = 60):
    rng = np.random.default_rng(seed)
    counts = rng.integers(1, 7, size=n_types)
    members = rng.random((n_sets, n_types)) < rng.uniform(0.1, 0.8, size=(n_sets, 1))
    # add unions and partition parts so containment and margins actually occur
    dims = [rng.integers(0, k, size=n_types) for k in (3, 4)]
    extra = [members[i] & (dims[0] == v) for i in range(10) for v in range(3)]
    members = np.unique(np.vstack([members, extra]), axis=0)
    members = members[members.any(axis=1)]
    partitions = tuple(np.packbits(np.stack([d == v for v in range(d.max() + 1)]), axis=1)
                       for d in dims)
    bits = np.packbits(members, axis=1)
    n = members.astype(int) @ counts
    return members, bits, n, partitions


def _assert_safe(members, n, status, dims_masks):
    pub = status == disclosure.PUBLISHED
    assert (n[pub] >= MIN).all()
    assert (status[n < MIN] == disclosure.PRIMARY).all()
    idx = np.flatnonzero(pub)
    for a, b in itertools.permutations(idx, 2):
        if not (members[b] & ~members[a]).any():  # b inside a
            d = n[a] - n[b]
            assert d == 0 or d >= MIN, (a, b, d)
    for masks in dims_masks:
        for a in idx:
            covered = 0
            for mask in masks:
                part = members[a] & mask
                if not part.any():
                    continue
                hit = np.flatnonzero((members == part).all(axis=1) & pub)
                covered += n[hit[0]] if len(hit) else 0
            residual = n[a] - covered
            assert residual == 0 or residual >= MIN, (a, residual)


@pytest.mark.parametrize("seed", range(8))
def test_protect_random_families_leave_no_small_difference(seed, monkeypatch):
    monkeypatch.setattr(disclosure, "_PAIR_CHUNK", 7)  # exercise the chunked pair search
    members, bits, n, partitions = _family(seed)
    status = disclosure.protect(disclosure.CellSets(bits, n, partitions), MIN)
    dims_masks = [np.unpackbits(p, axis=1, count=members.shape[1]).astype(bool)
                  for p in partitions]
    _assert_safe(members, n, status, dims_masks)
    assert (status == disclosure.PUBLISHED).any()


def test_differencing_suppresses_the_smaller_cell():
    counts = np.array([6, 4, 2])
    members = np.array([[1, 1, 1], [1, 1, 0], [0, 0, 1]], dtype=bool)  # 12, 10, 2
    n = members.astype(int) @ counts
    status = disclosure.protect(disclosure.CellSets(np.packbits(members, axis=1), n, ()), MIN)
    assert status.tolist() == [disclosure.PUBLISHED, disclosure.SECONDARY, disclosure.PRIMARY]


def test_margin_rule_hides_a_part_recoverable_from_the_total():
    # total 20 split by one dimension into 8, 8, 4: the 4 would be total - 8 - 8
    counts = np.array([8, 8, 4])
    members = np.array([[1, 1, 1], [1, 0, 0], [0, 1, 0], [0, 0, 1]], dtype=bool)
    n = members.astype(int) @ counts
    dim = (np.packbits(np.eye(3, dtype=bool), axis=1),)
    status = disclosure.protect(disclosure.CellSets(np.packbits(members, axis=1), n, dim), MIN)
    assert status[0] == disclosure.PUBLISHED and status[3] == disclosure.PRIMARY
    assert sorted(status[1:3].tolist()) == [disclosure.PUBLISHED, disclosure.SECONDARY]


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


def test_box_rules_small_and_large_groups():
    raw = pd.DataFrame({
        "n": [7, 40], "min": [2.04, 1.04], "max": [4.96, 4.96], "q1": [3.0, 3.0],
        "median": [3.5, 3.5], "q3": [4.0, 4.0], "tukey_low": [2.04, 2.04],
        "tukey_high": [4.96, 4.96], "p10": [2.5, 2.5], "p90": [4.5, 4.5],
        "outliers": [[1.04], [1.04, 1.06, 1.26]]})
    out = disclosure.box_small_group_rules(raw)
    small, large = out.iloc[0], out.iloc[1]
    assert small["whisker_rule"] == "p10_p90" and small["outliers"] == []
    assert (small["lower_whisker"], small["upper_whisker"]) == (2.5, 4.5)
    assert np.isnan(small["min"]) and np.isnan(small["max"])
    assert large["whisker_rule"] == "tukey" and large["outliers"] == [1.0, 1.1, 1.3]
    assert (large["min"], large["max"], large["lower_whisker"]) == (1.0, 5.0, 2.0)


# ------------------------------------------------------- attacks on the aggregates

def _synthetic_366() -> pd.DataFrame:
    synthetic = pytest.importorskip("pipeline.synthetic",
                                    reason="pipeline/synthetic.py has not landed yet")
    return synthetic.generate(seed=2021, n=366)


@pytest.fixture(scope="module", params=["fixture", "synthetic"])
def built(request):
    """366 organisations: the random test fixture (with unscored organisations and item
    non-response) and, once it exists, the seeded synthetic set."""
    raw = make_microdata(366) if request.param == "fixture" else _synthetic_366()
    frame = microdata.prepare(raw, source=request.param)
    return frame, aggregate.aggregate(frame, min_cell=MIN)


def _members(frame: pd.DataFrame, row: pd.Series, base: str) -> np.ndarray:
    """Organisations of one published row, computed from the microdata (not from types)."""
    m = np.ones(len(frame), dtype=bool)
    for fkey, col in (("f_sector", "sector"), ("f_cluster", "cluster"), ("f_size", "size_class")):
        if row[fkey] != "all":
            m &= (frame[col] == row[fkey]).to_numpy()
    innovated = frame["innovated"].to_numpy(dtype=bool)
    if row["f_innovated"] != "all":
        m &= innovated == (row["f_innovated"] == "yes")
    if row["grouping"] != "all":
        col = {"size_class": "size_class"}.get(row["grouping"], row["grouping"])
        if row["grouping"] == "innovated":
            m &= innovated == (row["group"] == "yes")
        else:
            m &= (frame[col] == row["group"]).fillna(False).to_numpy(dtype=bool)
    if base == "innovators":
        m &= innovated
    elif base == "scored":
        m &= frame["climate_score"].notna().to_numpy()
    return m


def _published_cells(frame, tables):
    """Membership matrix and n of every distinct published organisation set, all tables."""
    keys = list(schema.CUBE_KEYS)
    box = tables["climate_box"]
    shares = tables["indicator_shares"]
    sources = {
        "scored": box[~box["suppressed"]][keys + ["n"]],
        "all": shares[~shares["suppressed"] & (shares["indicator"] == "covid_homeworking")],
        "innovators": shares[~shares["suppressed"] & (shares["indicator"] == "innovation_type")],
    }
    mats, ns = [], []
    for base, rows in sources.items():
        rows = rows[keys + ["n"]].astype({k: object for k in keys}).drop_duplicates(keys)
        mat = np.array([_members(frame, r, base) for _, r in rows.iterrows()])
        n = rows["n"].to_numpy(dtype=int)
        assert (mat.sum(axis=1) == n).all(), "published n differs from the microdata count"
        mats.append(mat)
        ns.append(n)
    mats, idx = np.unique(np.vstack(mats), axis=0, return_index=True)
    return mats, np.concatenate(ns)[idx]


def _pair_violations(cells) -> list:
    """Published pairs (A contains B) whose difference is 1..MIN-1 organisations."""
    mats, n = cells
    inter = mats.astype(np.int32) @ mats.T.astype(np.int32)
    contains = inter == n[None, :]          # [a, b]: b inside a
    diff = n[:, None] - n[None, :]
    assert contains.sum() > len(n)  # there are containments to check
    return [tuple(p) for p in np.argwhere(contains & (diff > 0) & (diff < MIN))]


def _margin_violations(frame, cells) -> list:
    """Published cells minus their published parts along one dimension = 1..MIN-1."""
    mats, n = cells
    group = frame["climate_group"].astype(object).fillna("none")
    dims = [frame["sector"], frame["cluster"], frame["size_class"], frame["innovated"], group]
    dim_masks = [np.stack([(d.astype(object) == v).to_numpy()
                           for v in pd.unique(d.astype(object))]) for d in dims]
    lookup = {m.tobytes(): k for k, m in enumerate(mats)}
    found = []
    for masks in dim_masks:
        parts = mats[:, None, :] & masks[None, :, :]
        for a in range(len(mats)):
            covered = sum(n[lookup[p.tobytes()]] for p in parts[a]
                          if p.any() and p.tobytes() in lookup)
            if 0 < n[a] - covered < MIN:
                found.append((a, n[a] - covered))
    return found


def test_subtraction_attack_finds_no_small_difference(built):
    frame, result = built
    assert _pair_violations(_published_cells(frame, result.tables)) == []


def test_margin_attack_finds_no_small_residual(built):
    frame, result = built
    assert _margin_violations(frame, _published_cells(frame, result.tables)) == []


def test_attacks_succeed_without_secondary_suppression(built, monkeypatch):
    """Control: with primary suppression only, both attacks do find small groups."""
    frame, _ = built
    monkeypatch.setattr(disclosure, "protect", lambda cells, min_cell: np.where(
        np.asarray(cells.n) < min_cell, disclosure.PRIMARY, disclosure.PUBLISHED))
    cells = _published_cells(frame, aggregate.aggregate(frame, min_cell=MIN).tables)
    assert len(_pair_violations(cells)) > 10
    assert len(_margin_violations(frame, cells)) > 10


def test_no_published_row_below_min_cell_and_suppressed_rows_are_empty(built):
    _, result = built
    for name, table in result.tables.items():
        if "suppressed" in table.columns:
            pub = ~table["suppressed"]
            assert (table.loc[pub, "n"] >= MIN).all(), name
            supp = table[table["suppressed"]]
            stats = [c for c in table.columns if c not in (*schema.CUBE_KEYS, "suppressed",
                                                           "suppression", "indicator",
                                                           "category", "measure")]
            assert supp[stats].isna().all().all(), name
            assert set(supp["suppression"]) <= {"primary", "secondary"}
        else:
            assert (table["n"] >= MIN).all(), name


def _sector_rows(box):
    top = box[(box["f_sector"] == "all") & (box["f_cluster"] == "all") & (box["f_size"] == "all")
              & (box["f_innovated"] == "all") & (box["grouping"] == "sector")]
    return dict(zip(top["group"], top["suppression"]))


def _assert_sector_suppression(box):
    rows = _sector_rows(box)
    assert rows["Hoge Colleges van Staat"] == "primary"
    assert rows["Provincies"] == "primary"
    published = [s for s, v in rows.items() if v == ""]
    assert sorted(published) == sorted(s for s in q.SECTORS
                                       if s not in ("Hoge Colleges van Staat", "Provincies"))


@pytest.mark.parametrize("source", ["fixture", "synthetic"])
def test_sector_grouping_suppression_366(source):
    """HCvS (4) and Provincies (3) primary, the other 7 sectors published.

    The fixture variant has every organisation scored, like the synthetic set: an
    organisation without a score makes its sector's box a subset 1 short of the sector
    (suppressed by rule 2, see test_unscored_organisation_hides_its_groups_box)."""
    raw = make_microdata(366, p_vague=0.0, p_dont_know=0.02) if source == "fixture" \
        else _synthetic_366()
    frame = microdata.prepare(raw, source=source)
    assert frame["climate_score"].notna().all()
    _assert_sector_suppression(aggregate.aggregate(frame, min_cell=MIN).tables["climate_box"])


def _top_rows(table, grouping, indicator=None):
    rows = table[(table["f_sector"] == "all") & (table["f_cluster"] == "all")
                 & (table["f_size"] == "all") & (table["f_innovated"] == "all")
                 & (table["grouping"] == grouping)]
    if indicator is not None:
        rows = rows[rows["indicator"] == indicator]
    return rows.drop_duplicates("group").set_index("group")["suppression"].to_dict()


def test_synthetic_366_publishes_sectors_and_clusters_for_all_bases():
    """The synthetic set is built so that secondary suppression hides (almost) nothing users
    need in population all: every sector with n >= 5, for the climate box and for innovator
    questions. Clusters: all with n >= 5 but one of the two smallest (6): publishing all 16
    next to the total would reveal the 4 Hoge Colleges van Staat (rule 3)."""
    frame = microdata.prepare(_synthetic_366(), source="synthetic")
    tables = aggregate.aggregate(frame, min_cell=MIN).tables
    big_sectors = {s for s, k in q.SECTOR_COUNTS.items() if k >= MIN}
    big_clusters = {c for c, k in q.CLUSTER_COUNTS.items() if k >= MIN}
    assert q.CLUSTER_COUNTS["Hoge Colleges van Staat"] < MIN
    for table, indicator in ((tables["climate_box"], None),
                             (tables["indicator_shares"], "innovation_result"),
                             (tables["indicator_shares"], "covid_homeworking")):
        sectors = _top_rows(table, "sector", indicator)
        assert {s for s, v in sectors.items() if v == ""} == big_sectors, indicator
        clusters = _top_rows(table, "cluster", indicator)
        published = {c for c, v in clusters.items() if v == ""}
        withheld = big_clusters - published
        assert published <= big_clusters and len(withheld) == 1, (indicator, withheld)
        assert q.CLUSTER_COUNTS[withheld.pop()] == min(q.CLUSTER_COUNTS[c] for c in big_clusters)
        assert clusters["Hoge Colleges van Staat"] == "primary"


def test_unscored_organisation_hides_its_groups_box():
    """Rule 2 compares cells across tables: sector (85, shares) vs its scored part (84, box)
    differs by one organisation, so the box is withheld while the shares stay."""
    raw = make_microdata(366, p_vague=0.0, p_dont_know=0.02)
    first = int(np.flatnonzero(raw["sector"] == "Gemeenten")[0])
    for item in q.SCALE_ITEMS[:4]:
        raw.loc[first, q.climate_column(item)] = np.nan
    result = aggregate.aggregate(microdata.prepare(raw, "fixture"), min_cell=MIN)
    box = _sector_rows(result.tables["climate_box"])
    shares = result.tables["indicator_shares"]
    top = shares[(shares["f_sector"] == "all") & (shares["f_cluster"] == "all")
                 & (shares["f_size"] == "all") & (shares["f_innovated"] == "all")
                 & (shares["grouping"] == "sector") & (shares["group"] == "Gemeenten")
                 & (shares["indicator"] == "covid_homeworking")]
    assert box["Gemeenten"] == "secondary"
    assert (top["suppression"] == "").all() and (top["n"] == 85).all()


def test_percentiles_only_for_published_peer_groups(built):
    _, result = built
    box, pct = result.tables["climate_box"], result.tables["climate_percentiles"]
    keys = list(schema.CUBE_KEYS)
    peer = box[(box["f_sector"] == "all") & (box["f_cluster"] == "all") & (box["f_size"] == "all")
               & (box["f_innovated"] == "all") & box["grouping"].isin(schema.PERCENTILE_GROUPINGS)]
    published = set(map(tuple, peer.loc[~peer["suppressed"], keys].astype(str).to_numpy()))
    in_pct = set(map(tuple, pct[keys].astype(str).drop_duplicates().to_numpy()))
    assert in_pct == published


def test_larger_min_cell_is_respected():
    frame = microdata.prepare(make_microdata(366, seed=3), source="fixture")
    result = aggregate.aggregate(frame, min_cell=8)
    for table in result.tables.values():
        if "suppressed" in table.columns:
            assert (table.loc[~table["suppressed"], "n"] >= 8).all()
