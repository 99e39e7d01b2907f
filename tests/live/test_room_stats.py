"""The room view's disclosure rules: nothing under 5, no exact value, sector splits of 5+."""

from __future__ import annotations

import random

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from data import questionnaire as q
from data.quantiles import protected_box, protected_quantile
from data.rooms import model
from data.rooms.stats import room_stats

N = len(q.SCALE_ITEMS)


def answers_from(rows, sector=""):
    return [model.validate(sector, list(r), q.SECTORS) for r in rows]


@given(st.lists(st.integers(1, 5), min_size=0, max_size=60),
       st.sampled_from([0.1, 0.25, 0.5, 0.75, 0.9]))
@settings(max_examples=300, deadline=None)
def test_a_quantile_is_never_an_exact_value(values, p):
    result = protected_quantile(values, p, decimals=1)
    if len(values) < 5:
        assert result is None
    elif result is not None:
        assert result not in {round(float(v), 1) for v in values}
        assert min(values) <= result <= max(values)


@given(st.lists(st.integers(10, 50).map(lambda v: v / 10), min_size=5, max_size=80))
@settings(max_examples=300, deadline=None)
def test_a_box_never_shows_an_exact_score(scores):
    box = protected_box(scores)
    if box is not None:
        assert list(box.values()) == sorted(box.values())
        assert not set(box.values()) & {round(s, 2) for s in scores}


def test_all_alike_gives_no_quantile():
    assert protected_quantile([4.0] * 9, 0.5) is None
    assert protected_box([3.5] * 20) is None


def test_the_median_of_an_odd_group_is_not_its_middle_value():
    values = [1.0, 2.0, 3.0, 4.0, 5.0]
    assert protected_quantile(values, 0.5) not in values


def test_nothing_below_five_answers():
    rng = random.Random(14)
    rows = [[str(rng.randint(1, 5)) for _ in range(N)] for _ in range(4)]
    stats = room_stats(answers_from(rows))
    assert stats.n == 4 and stats.missing == 1
    assert stats.box is None and stats.medians == {} and stats.sectors is None
    rows.append([str(rng.randint(1, 5)) for _ in range(N)])
    stats = room_stats(answers_from(rows))
    assert stats.missing == 0 and stats.box is not None
    scores = {round(a.score(), 2) for a in answers_from(rows)}
    assert not set(stats.box.values()) & scores
    for median in stats.medians.values():
        assert median is None or median not in {1.0, 2.0, 3.0, 4.0, 5.0}


def test_sector_split_only_when_every_part_has_five():
    rng = random.Random(3)

    def rows(k):
        return [[str(rng.randint(1, 5)) for _ in range(N)] for _ in range(k)]

    five_and_four = answers_from(rows(5), "Gemeenten") + answers_from(rows(4), "Waterschappen")
    assert room_stats(five_and_four).sectors is None
    # four without a sector would be revealed by the room minus the sectors
    with_unknown = answers_from(rows(5), "Gemeenten") + answers_from(rows(4))
    assert room_stats(with_unknown).sectors is None
    both = answers_from(rows(5), "Gemeenten") + answers_from(rows(6), "Waterschappen")
    stats = room_stats(both)
    assert stats.sector_n == {"Gemeenten": 5, "Waterschappen": 6}
    assert all(n >= 5 for n in stats.sector_n.values())
    only_one = answers_from(rows(7), "Gemeenten")
    assert room_stats(only_one).sectors is None


@pytest.mark.parametrize("value", ["1", "3", "5"])
def test_a_unanimous_room_shows_no_box_and_no_median(value):
    stats = room_stats(answers_from([[value] * N] * 6))
    assert stats.box is None
    assert set(stats.medians.values()) == {None}
