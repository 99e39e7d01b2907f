"""The benchmark scores an organisation exactly as the pipeline scores the survey's rows.

Every synthetic organisation's answers go through the page's path (encoded in a link, parsed
back, scored) and must give the pipeline's climate_score and climate_group, including rows
with "weet niet" answers on both sides of the minimum.
"""

import importlib.util

import numpy as np
import pandas as pd
import pytest

from pages.benchmark.state import BenchmarkState, encode_answers
from pages.benchmark.figures import score_of
from data import questionnaire as q
from pipeline import synthetic

SCALE_COLUMNS = [q.climate_column(k) for k in q.SCALE_ITEMS]


@pytest.fixture(scope="module")
def rows() -> pd.DataFrame:
    """The synthetic microdata plus a copy with extra "weet niet" (seeded), so that scores
    with 13, 12, ..., 8 answers occur, below and above MIN_SCALE_ITEMS_ANSWERED."""
    base = synthetic.generate(2021)
    extra = base.copy()
    rng = np.random.default_rng(5)
    for i in range(len(extra)):
        drop = rng.choice(len(SCALE_COLUMNS), size=rng.integers(0, 6), replace=False)
        for j in drop:
            extra.loc[extra.index[i], SCALE_COLUMNS[j]] = pd.NA
    both = pd.concat([base, extra], ignore_index=True)
    both["org_id"] = [f"T-{i}" for i in range(len(both))]
    return both


def _page_score(row_answers: list) -> tuple[float | None, str | None]:
    tokens = ["x" if pd.isna(v) else str(int(v)) for v in row_answers]
    link = BenchmarkState(a=encode_answers(tokens)).to_query()
    state, notices = BenchmarkState.from_query(link)
    assert notices == []
    score = score_of(state.tokens)
    return score.value, score.group


def _page_scores(rows: pd.DataFrame) -> tuple[list, list]:
    results = [_page_score(list(r)) for r in rows[SCALE_COLUMNS].itertuples(index=False)]
    return [v for v, _ in results], [g for _, g in results]


def test_missing_answers_cover_both_sides_of_the_minimum(rows):
    answered = rows[SCALE_COLUMNS].notna().sum(axis=1)
    assert (answered < q.MIN_SCALE_ITEMS_ANSWERED).sum() > 20
    assert (answered == q.MIN_SCALE_ITEMS_ANSWERED).sum() > 20


def test_score_and_group_follow_the_scale_rule(rows):
    """Independent reference: mean of the answered items when at least the minimum answered."""
    values = rows[SCALE_COLUMNS].to_numpy(dtype="float64", na_value=np.nan)
    answered = (~np.isnan(values)).sum(axis=1)
    with np.errstate(invalid="ignore"):
        expected = np.where(answered >= q.MIN_SCALE_ITEMS_ANSWERED,
                            np.nansum(values, axis=1) / answered, np.nan)
    got, groups = _page_scores(rows)
    for want, have, group in zip(expected, got, groups):
        if np.isnan(want):
            assert have is None and group is None
        else:
            assert have == pytest.approx(want, abs=1e-12)
            expected_group = ("krachtig" if want > 4.0 else
                              "gemiddeld" if want >= 3.6 else "beperkt")
            assert group == expected_group


@pytest.mark.skipif(importlib.util.find_spec("pipeline.microdata") is None,
                    reason="pipeline/microdata.py not merged yet")
def test_score_and_group_equal_the_pipeline_derivation(rows):
    from pipeline import microdata

    derived = microdata.derive(rows)
    got, groups = _page_scores(rows)
    for want, want_group, have, group in zip(derived["climate_score"], derived["climate_group"],
                                              got, groups):
        if pd.isna(want):
            assert have is None and group is None and pd.isna(want_group)
        else:
            assert have == pytest.approx(float(want), abs=1e-12)
            assert group == want_group


@pytest.mark.parametrize("tokens, expected, group", [
    (["4"] * 13, 4.0, "gemiddeld"),                       # 4,0 itself is gemiddeld
    (["4"] * 12 + ["5"], 53 / 13, "krachtig"),
    (["4"] * 10 + ["x"] * 3, 4.0, "gemiddeld"),           # exactly the minimum answered
    (["4"] * 9 + ["x"] * 4, None, None),                  # one short
    (["3"] * 5 + ["4"] * 5 + [""] * 3, 3.5, "beperkt"),   # unanswered = missing
    (["2"] * 3 + ["4"] * 7 + ["x"] * 3, 3.4, "beperkt"),
    (["3"] * 4 + ["4"] * 7 + ["x", "x"], 40 / 11, "gemiddeld"),
    (["3"] * 5 + ["4"] * 6 + ["x", "x"], 39 / 11, "beperkt"),
])
def test_examples(tokens, expected, group):
    score = score_of(tuple(tokens))
    assert score.group == group
    assert (score.value is None) if expected is None else score.value == pytest.approx(expected)
