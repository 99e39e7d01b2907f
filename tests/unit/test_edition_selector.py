"""The edition selector on /klimaat: hidden with one edition of microdata aggregates, shown and
switching the data when a second edition is built (tests/conftest.py: two_editions_dir)."""

from __future__ import annotations

from contextvars import copy_context

import pytest
from dash._callback_context import context_value
from dash._utils import AttributeDict

from dash import no_update

from components import ids
from data import load, schema
from tests.conftest import SECOND_EDITION
from tests.figure_check import checked


def find(node, component_id):
    if getattr(node, "id", None) == component_id:
        return node
    children = getattr(node, "children", None)
    for child in children if isinstance(children, (list, tuple)) else [children]:
        if child is not None and not isinstance(child, (str, int, float)):
            hit = find(child, component_id)
            if hit is not None:
                return hit
    return None


def box_medians(page) -> list:
    graph = find(page, ids.KLIMAAT_BOX_CHART)
    return [list(trace.median) for trace in checked(graph.figure).data if trace.type == "box"]


@pytest.fixture()
def shipped():
    load.clear_cache()
    yield
    load.clear_cache()


@pytest.fixture()
def two(two_editions_dir, monkeypatch):
    monkeypatch.setenv("IBO_AGGREGATES_DIR", str(two_editions_dir))
    load.clear_cache()
    yield two_editions_dir
    load.clear_cache()


def test_one_edition_hides_the_selector(shipped):
    from pages.klimaat import layout

    page = layout("")
    assert find(page, ids.KLIMAAT_EDITION_FIELD).hidden is True


def test_a_second_edition_shows_the_selector_and_switches_the_data(two):
    from pages.klimaat import layout

    latest = layout("")
    field = find(latest, ids.KLIMAAT_EDITION_FIELD)
    assert field.hidden is False
    radio = find(latest, ids.KLIMAAT_EDITION)
    assert [o["value"] for o in radio.options] == ["IBO-2021", SECOND_EDITION]
    assert radio.value == SECOND_EDITION  # the latest by default
    first = layout("?editie=IBO-2021")
    assert find(first, ids.KLIMAAT_EDITION).value == "IBO-2021"
    assert box_medians(first) != box_medians(latest)
    # an edition the files do not hold falls back to the latest, with a notice
    odd = layout("?editie=IB-3")
    assert find(odd, ids.KLIMAAT_EDITION).value == SECOND_EDITION
    assert "editie" in str(find(odd, ids.KLIMAAT_NOTICES).children)


def test_the_callback_switches_edition_and_writes_it_to_the_url(two):
    from pages.klimaat.callbacks import update

    values = dict(grouping="sector", size_class="all", innovated="all", sector="all",
                  cluster="all", sort="median", breakdown="frequency")

    def call(edition, search=""):
        def run():
            context_value.set(AttributeDict(triggered_inputs=[
                {"prop_id": f"{ids.KLIMAAT_EDITION}.value", "value": edition}]))
            return update(values, list(schema.GROUP_VALUES["sector"]), "nl", search, edition)
        return copy_context().run(run)

    older = call("IBO-2021")
    assert older["search"] == "?editie=IBO-2021" and older["edition"] == "IBO-2021"
    back = call(SECOND_EDITION, "?editie=IBO-2021")
    assert back["search"] == "" and back["edition"] == SECOND_EDITION
    # every card is rebuilt for the other edition
    assert all(v is not no_update for v in back["sections"].values())
    tampered = call({"x": 1})
    assert tampered["edition"] == SECOND_EDITION


# --- /benchmark ------------------------------------------------------------------------------

ANSWERS = "3,4,2,5,3,4,3,2,4,3,5,3,4"


def test_benchmark_hides_the_selector_with_one_edition(shipped):
    from pages.benchmark import layout

    assert find(layout(""), ids.BENCHMARK_EDITION_FIELD).hidden is True


def test_benchmark_selector_appears_and_switches_the_peer_data(two):
    from pages.benchmark import layout
    from pages.benchmark.callbacks import peer_groups, show_result, write_url

    page = layout("")
    assert find(page, ids.BENCHMARK_EDITION_FIELD).hidden is False
    radio = find(page, ids.BENCHMARK_EDITION)
    assert [o["value"] for o in radio.options] == ["IBO-2021", SECOND_EDITION]
    assert radio.value == SECOND_EDITION
    assert find(layout("?editie=IBO-2021"), ids.BENCHMARK_EDITION).value == "IBO-2021"
    config = {"lang": "nl"}
    # the page's address names an older edition, and leaves the latest out
    assert write_url("Gemeenten", None, None, "sector", "", config, "IBO-2021") == \
        "?sector=Gemeenten&editie=IBO-2021"
    assert write_url("Gemeenten", None, None, "sector", "?sector=Gemeenten&editie=IBO-2021",
                     config, SECOND_EDITION) == "?sector=Gemeenten"
    # the peer groups and the result come from the chosen edition's aggregates
    older = show_result(ANSWERS, "all", None, None, None, config, "IBO-2021")
    latest = show_result(ANSWERS, "all", None, None, None, config, SECOND_EDITION)
    assert str(older) != str(latest)
    assert str(show_result(ANSWERS, "all", None, None, None, config, None)) == str(latest)
    assert peer_groups("Gemeenten", None, None, None, [], config, "IBO-2021")[0]
    # a tampered edition value falls back to the latest quietly
    assert str(show_result(ANSWERS, "all", None, None, None, config, ["x"])) == str(latest)
