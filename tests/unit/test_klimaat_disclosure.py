"""Every filter combination of /klimaat on the fixture cube: no drawn group under MIN_CELL.

The builders run for every state the page can be in (grouping x sector or cluster filter x
size class x innovated; every breakdown choice). The same check runs on the shipped
aggregates in tests/data/test_klimaat_aggregates.py.
"""

import pytest

from klimaat_enumerate import check_all, states
from klimaat_fixture import tables


@pytest.mark.slow
def test_every_filter_combination_draws_only_groups_of_at_least_min_cell():
    t = tables()
    checked = check_all(t["climate_box"], t["indicator_shares"], t["climate_variance"])
    assert checked["states"] == len(states()) == 636  # 4 groupings x their consistent filters
    assert checked["boxes"] > 0
