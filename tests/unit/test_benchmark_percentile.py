"""Percentile lookup on the coarse climate_percentiles grid against brute force.

The grid comes from the synthetic microdata (generate(2021)): built here to the contract in
data/schema.py, and, once the pipeline is merged, by pipeline.aggregate itself. The page's
estimate of "share of the peer group scoring below the score" must lie within one grid step
of the brute-force share computed on the organisations' scores, give or take the percentile
band the disclosure control rounds to.
"""

import importlib.util

import numpy as np
import pandas as pd
import pytest

from pages.benchmark.state import PEER_GROUPINGS
from pages.benchmark.figures import (Peer, grid_step, lookup_percentile, percentile_grid,
                                          published_peers)
from data import questionnaire as q
from data import schema
from pipeline import disclosure, synthetic

SCALE_COLUMNS = [q.climate_column(k) for k in q.SCALE_ITEMS]
GROUPING_COLUMN = {"sector": "sector", "cluster": "cluster", "size_class": "size_class"}


@pytest.fixture(scope="module")
def micro() -> pd.DataFrame:
    rows = synthetic.generate(2021)
    values = rows[SCALE_COLUMNS].to_numpy(dtype="float64", na_value=np.nan)
    rows["climate_score"] = [q.scale_score(list(v)) for v in values]
    return rows


def contract_percentiles(micro: pd.DataFrame) -> pd.DataFrame:
    """climate_percentiles per data/schema.py: population all, PERCENTILE_GROUPINGS, groups
    of at least BOX_MIN_N; grid step PERCENTILE_STEP; percents rounded to the group's band
    (here from the true n, unperturbed)."""
    parts = []
    scored = micro[micro["climate_score"].notna()]
    for grouping in schema.PERCENTILE_GROUPINGS:
        groups = ([("all", scored)] if grouping == "all"
                  else list(scored.groupby(GROUPING_COLUMN[grouping], observed=True)))
        for group, frame in groups:
            scores = np.sort(frame["climate_score"].to_numpy(dtype=float))
            n = len(scores)
            if n < schema.BOX_MIN_N:
                continue
            step = schema.PERCENTILE_STEP
            band = float(disclosure.percentile_band(np.array([n]))[0])
            grid = np.round(np.arange(1.0, 5.0 + step / 2, step), 2)
            below = np.searchsorted(scores, grid - 1e-9, side="left")
            at_or_below = np.searchsorted(scores, grid + 1e-9, side="right")
            parts.append(pd.DataFrame({
                "f_sector": "all", "f_cluster": "all", "f_size": "all", "f_innovated": "all",
                "grouping": grouping, "group": str(group), "n": n, "score": grid,
                "pct_below": disclosure.to_band(100 * below / n, band),
                "pct_at_or_below": disclosure.to_band(100 * at_or_below / n, band),
                "pct_band": band}))
    return pd.concat(parts, ignore_index=True)


def pipeline_percentiles(micro: pd.DataFrame) -> pd.DataFrame:
    from pipeline import aggregate, microdata

    return aggregate.aggregate(microdata.derive(micro.drop(columns="climate_score"))
                               ).tables["climate_percentiles"]


SOURCES = [
    pytest.param(contract_percentiles, id="contract"),
    pytest.param(pipeline_percentiles, id="pipeline", marks=pytest.mark.skipif(
        importlib.util.find_spec("pipeline.aggregate") is None,
        reason="pipeline/aggregate.py not merged yet")),
]


def _peer_scores(micro: pd.DataFrame, peer: Peer) -> np.ndarray:
    scored = micro[micro["climate_score"].notna()]
    if peer.grouping != "all":
        scored = scored[scored[GROUPING_COLUMN[peer.grouping]].eq(peer.group)]
    return scored["climate_score"].to_numpy(dtype=float)


def _test_scores(scores: np.ndarray, step: float) -> np.ndarray:
    rng = np.random.default_rng(7)
    grid = np.round(np.arange(1.0, 5.0 + step / 2, step), 2)
    # every score an organisation can have with 10-13 answers, plus random points and the grid
    possible = np.unique(np.concatenate(
        [np.arange(k, 5 * k + 1) / k for k in range(q.MIN_SCALE_ITEMS_ANSWERED, 14)]))
    return np.concatenate([scores, possible, rng.uniform(1, 5, 200), grid])


@pytest.mark.parametrize("build", SOURCES)
def test_lookup_within_one_grid_step_of_brute_force(micro, build):
    table = build(micro)
    peers = published_peers(table)
    assert ("all", "all") in peers and ("sector", "Gemeenten") in peers
    assert ("sector", "Provincies") not in peers  # n = 3: never offered
    checked = 0
    for (grouping, group), n in peers.items():
        peer = Peer(grouping, group, n)
        scores = _peer_scores(micro, peer)
        # the published n is perturbed by at most the count bound
        assert abs(len(scores) - n) <= 2
        grid = percentile_grid(table, peer)
        step = grid_step(grid)
        band = float(grid["pct_band"].iloc[0])
        assert step == schema.PERCENTILE_STEP
        assert band * len(scores) / 100 >= disclosure.BAND_MIN_ORGANISATIONS
        for s in _test_scores(scores, step):
            est = lookup_percentile(grid, float(s))
            true = 100 * np.mean(scores < s - 1e-9)
            # one grid step either way, plus the band: the table's and the estimate's rounding
            lowest = 100 * np.mean(scores < s - step - 1e-9) - band
            highest = 100 * np.mean(scores <= s + step + 1e-9) + band
            assert lowest <= est.value <= highest, (grouping, group, s)
            # and the bracket the grid allows holds the truth, give or take half a band
            assert est.low - band / 2 <= true <= est.high + band / 2, (grouping, group, s)
            assert est.low <= est.value <= est.high
            assert est.shown % band == 0 and est.band == band
            assert abs(est.shown - est.value) <= band / 2
            checked += 1
    assert checked > 5000


def test_on_grid_score_reads_the_table():
    grid = pd.DataFrame({"score": [3.0, 3.1, 3.2], "pct_below": [10.0, 20.0, 40.0],
                         "pct_at_or_below": [15.0, 30.0, 45.0], "pct_band": 5.0})
    assert lookup_percentile(grid, 3.1).value == 20.0
    assert lookup_percentile(grid, 3.1).on_grid


def test_between_grid_scores_interpolates_within_the_bracket():
    grid = pd.DataFrame({"score": [3.0, 3.1], "pct_below": [10.0, 20.0],
                         "pct_at_or_below": [14.0, 26.0], "pct_band": 1.0})
    est = lookup_percentile(grid, 3.05)
    assert (est.low, est.high) == (10.0, 20.0)
    assert est.value == pytest.approx(15.0)


def test_lookup_never_jumps():
    """Continuous in the score: no score can be read off as one where the answer jumps
    (the jump at a grid score would be the share scoring exactly that score)."""
    grid = pd.DataFrame({"score": np.round(np.arange(1.0, 5.05, 0.1), 2),
                         "pct_below": np.linspace(0, 100, 41).round(),
                         "pct_at_or_below": np.minimum(np.linspace(0, 100, 41).round() + 5,
                                                       100), "pct_band": 5.0})
    probe = np.arange(1.0, 5.0001, 0.001)
    values = np.array([lookup_percentile(grid, float(s)).value for s in probe])
    assert np.max(np.abs(np.diff(values))) <= 3.0 * 0.001 / 0.1 + 1e-9


def test_estimate_is_rounded_to_the_band():
    grid = pd.DataFrame({"score": [3.0, 3.1], "pct_below": [20.0, 40.0],
                         "pct_at_or_below": [20.0, 40.0], "pct_band": 20.0})
    assert lookup_percentile(grid, 3.04).shown == 20.0  # 28 -> 20
    assert lookup_percentile(grid, 3.06).shown == 40.0  # 32 -> 40
    assert lookup_percentile(grid, 3.06).band == 20.0


def test_peer_groupings_match_the_percentile_contract():
    assert set(PEER_GROUPINGS) == set(schema.PERCENTILE_GROUPINGS)
