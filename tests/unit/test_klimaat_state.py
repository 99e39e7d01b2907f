"""URL state of /klimaat: round trips, invalid links fall back with a notice, control logic."""

import pytest

from pages.klimaat.state import KlimaatState, group_index
from data import questionnaire as q


@pytest.mark.parametrize("state", [
    KlimaatState(),
    KlimaatState(grouping="cluster", hidden=(1, 17), sector="Gemeenten", size_class="500+"),
    KlimaatState(grouping="size_class", innovated="yes", cluster="GGD", sort="name",
                 breakdown="factors", lang="en"),
    KlimaatState(grouping="innovated", sector="Zbo's", size_class="<100"),
])
def test_round_trip(state):
    parsed, notices = KlimaatState.from_query(state.to_query())
    assert parsed == state and notices == []


def test_defaults_write_nothing_and_links_stay_short():
    assert KlimaatState().to_query() == ""
    hide_all_but_one = KlimaatState(grouping="cluster").with_shown(["GGD"])
    assert len(hide_all_but_one.to_query()) < 80
    assert hide_all_but_one.shown_groups == ("GGD",)


def _field(url_key: str) -> str:
    """The state field behind a URL key (the notices name the URL key)."""
    return next(p.name for p in KlimaatState.params() if p.key == url_key)


@pytest.mark.parametrize("query, param", [
    ("?groepering=land", "groepering"),
    ("?omvang=huge", "omvang"),
    ("?verberg=1,99", "verberg"),
    ("?sortering=random", "sortering"),
    ("?uitsplitsing=x", "uitsplitsing"),
])
def test_invalid_values_fall_back_with_notice(query, param):
    state, notices = KlimaatState.from_query(query)
    field = _field(param)
    assert getattr(state, field) == getattr(KlimaatState(), field)
    assert [n.key for n in notices] == ["notice.invalid_param"]


@pytest.mark.parametrize("query, reset", [
    ("?sector=Gemeenten", "sector"),                               # grouping sector: own dim
    ("?groepering=cluster&cluster=GGD", "cluster"),
    ("?groepering=size_class&omvang=500%2B", "omvang"),
    ("?groepering=innovated&innovatie=yes", "innovatie"),
    ("?groepering=size_class&sector=Gemeenten&cluster=GGD", "cluster"),  # at most one
    ("?verberg=10", "verberg"),                                    # 9 sectors only
])
def test_inconsistent_links_are_reset_with_a_visible_notice(query, reset):
    state, notices = KlimaatState.from_query(query)
    field = _field(reset)
    assert getattr(state, field) == getattr(KlimaatState(), field)
    assert [n.key for n in notices] == ["klimaat.notice.reset"]
    assert dict(notices[0].values)["param"] == reset


def test_hidden_groups_are_positions_in_the_codebook():
    state = KlimaatState(hidden=(group_index("sector", "Provincies"),))
    assert state.hidden_groups == ("Provincies",)
    assert "Provincies" not in state.shown_groups and len(state.shown_groups) == 8


def test_population_keys():
    state = KlimaatState(grouping="cluster", sector="Zbo's", size_class="<100", innovated="no")
    assert state.population() == {"f_sector": "Zbo's", "f_cluster": "all", "f_size": "<100",
                                  "f_innovated": "no"}


def test_new_grouping_shows_all_its_groups_and_drops_its_own_filter():
    values = dict(grouping="cluster", size_class="all", innovated="all", sector="all",
                  cluster="GGD", sort="median", breakdown="frequency", lang="nl")
    state = KlimaatState.from_controls(values, shown=["Gemeenten"], triggered="grouping")
    assert state.shown_groups == q.CLUSTERS and state.cluster == "all"


def test_unticking_a_group_hides_it():
    values = dict(grouping="sector", lang="nl")
    shown = [s for s in q.SECTORS if s != "Gemeenten"]
    state = KlimaatState.from_controls(values, shown=shown, triggered=None)
    assert state.hidden_groups == ("Gemeenten",)
    assert state.to_query() == "?verberg=1"


@pytest.mark.parametrize("triggered, kept", [("sector", "sector"), ("cluster", "cluster")])
def test_the_filter_just_changed_wins(triggered, kept):
    values = dict(grouping="size_class", sector="Gemeenten", cluster="GGD")
    state = KlimaatState.from_controls(values, shown=list(q.SIZE_CLASSES), triggered=triggered)
    other = "cluster" if kept == "sector" else "sector"
    assert getattr(state, kept) != "all" and getattr(state, other) == "all"


def test_bad_control_values_become_defaults():
    state = KlimaatState.from_controls(dict(grouping="nonsense", size_class=None), None, None)
    assert state.grouping == "sector" and state.size_class == "all"
    assert state.shown_groups == ()  # nothing ticked: nothing shown (explained on the page)
