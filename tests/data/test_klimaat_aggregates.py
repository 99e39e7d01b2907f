"""The climate explorer on the shipped aggregates: what the report shows, nothing under 5."""

from __future__ import annotations

import pytest

from pages.klimaat import figures as fig
from data import klimaat as sel
from pages.klimaat.state import KlimaatState
from data import load
from data import questionnaire as q
from data import schema
from tests.unit.klimaat_enumerate import check_all, states
from tests.figure_check import checked

pytestmark = pytest.mark.skipif(not (schema.aggregates_dir() / "climate_box.parquet").is_file(),
                                reason="no aggregates built")


def frames():
    return (load.load_table("climate_box"), load.load_table("indicator_shares"),
            load.load_table("climate_variance"))


def test_sector_view_shows_seven_sectors_and_names_the_two_withheld():
    rows = sel.select_boxes(load.load_table("climate_box"), KlimaatState())
    drawn, withheld = sel.drawn_groups(rows), sel.suppressed_groups(rows)
    assert len(drawn) == 7
    assert set(withheld["group"]) == {"Hoge Colleges van Staat", "Provincies"}
    assert (drawn["n"] >= schema.MIN_CELL).all()
    assert rows["n"].iloc[0] == 366  # reference: all organisations


def test_cluster_view_shows_every_published_cluster():
    box = load.load_table("climate_box")
    state = KlimaatState(grouping="cluster")
    rows = sel.select_boxes(box, state)
    drawn = sel.drawn_groups(rows)
    assert len(drawn) + len(sel.suppressed_groups(rows)) == len(q.CLUSTERS)
    assert (drawn["n"] >= schema.MIN_CELL).all()
    # every cluster with 5 or more organisations is shown (no secondary suppression)
    assert set(drawn["group"]) == {c for c, n in q.CLUSTER_COUNTS.items() if n >= schema.MIN_CELL}
    figure = checked(fig.box_figure(sel.box_records(box, state), state))
    means = next(tr for tr in figure.data if tr.type == "scatter")
    assert len(means.y) == len(drawn) + 1  # and the reference
    assert len(figure.data[0].y) == drawn["q1"].notna().sum()
    assert "Hoge Colleges van Staat" in set(sel.suppressed_groups(rows)["group"])


@pytest.mark.slow
def test_every_filter_combination_draws_only_groups_of_at_least_min_cell():
    checked = check_all(*frames())
    assert checked["states"] == len(states()) and checked["boxes"] > 100
