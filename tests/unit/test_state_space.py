"""The page-state space of every page, driven by hypothesis through layout and callbacks.

Each page's URL parameters are generated from the state class's own declaration (valid
values, empty values and selections, junk), then the page is rendered from that URL and its
callbacks are called with the controls a user could set from there. Nothing may raise: an
empty or withheld state is a message on the page, never an exception.
"""

from __future__ import annotations

import json
from contextvars import copy_context
from urllib.parse import urlencode

import plotly.utils
import pytest
from dash import no_update
from dash._callback_context import context_value
from dash._utils import AttributeDict
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import app  # noqa: F401  (registers the callbacks; pages as the router sees them)
import pages
from components import ids
from components.state import Param, QueryState
from pages.benchmark.state import ANSWER_VALUES, N_ITEMS, BenchmarkState
from pages.klimaat.state import KlimaatState
from pages.presenteer.state import PresenterState
from pages.vergelijking.state import NO_SUBGROUP_CONTROL, ComparisonState

SETTINGS = settings(max_examples=25, deadline=None, derandomize=True,
                    suppress_health_check=[HealthCheck.too_slow])
JUNK = st.text(alphabet=st.characters(codec="utf-8", exclude_categories=("Cs",)), max_size=12)


def param_values(param: Param) -> st.SearchStrategy[str]:
    """Text for one URL parameter: a valid value (any subset for lists), empty, or junk."""
    if param.name == "org":  # "Mijn organisatie": positions, possibly out of range
        valid = st.lists(st.integers(0, 18).map(str) | st.just(""), max_size=4).map(",".join)
    elif param.name == "a":  # benchmark answers: tokens per statement, possibly too many
        valid = st.lists(st.sampled_from(["", *ANSWER_VALUES]), max_size=N_ITEMS + 2).map(
            ",".join)
    elif param.multi:
        valid = st.lists(st.sampled_from(param.allowed), unique=True).map(
            lambda items: ",".join(str(v) for v in items))
    elif param.allowed is not None:
        valid = st.sampled_from([str(v) for v in param.allowed])
    else:
        valid = JUNK
    return st.one_of(valid, st.just(""), JUNK)


def queries(state_class: type[QueryState]) -> st.SearchStrategy[str]:
    """"?k=v&..." with any subset of the page's parameters, plus tracking and unknown ones."""
    fields = {p.key: st.none() | param_values(p) for p in state_class.params()}
    extra = st.sampled_from([{}, {"utm_source": "mail"}, {"onbekend": "1"}])
    return st.fixed_dictionaries(fields).flatmap(lambda values: extra.map(lambda more: "?" + urlencode(
        {**{k: v for k, v in values.items() if v is not None}, **more}, safe=",")))


def rendered(component) -> str:
    """The component as Dash sends it (fails on anything not serialisable)."""
    return json.dumps(component, cls=plotly.utils.PlotlyJSONEncoder)


def call(function, triggered: str, *args):
    def run():
        context_value.set(AttributeDict(triggered_inputs=[{"prop_id": triggered,
                                                           "value": None}]))
        return function(*args)

    return copy_context().run(run)


STATES = {"/klimaat": KlimaatState, "/vergelijking": ComparisonState,
          "/benchmark": BenchmarkState, "/presenteer": PresenterState}


@pytest.mark.parametrize("page", pages.PAGES, ids=lambda p: p.PATH)
def test_every_page_renders_any_url(page):
    state_class = STATES.get(page.PATH, QueryState)

    @SETTINGS
    @given(search=queries(state_class))
    def check(search):
        rendered(page.layout(search))
        state = state_class.from_query(search)[0]
        assert state_class.from_query(state.to_query())[0] == state  # the link reproduces it

    check()


@SETTINGS
@given(search=queries(KlimaatState), trigger=st.sampled_from(
    ["grouping", "size_class", "sector", "cluster", "sort", "breakdown", "groups", "url"]),
    hide=st.lists(st.integers(0, 20), unique=True))
def test_klimaat_callback_on_any_state(search, trigger, hide):
    from pages.klimaat.callbacks import CONTROLS, update

    state = KlimaatState.from_query(search)[0]
    values = {param: getattr(state, param) for param in CONTROLS}
    shown = [g for i, g in enumerate(state.groups) if i not in hide]  # empty selections too
    control = {"groups": ids.KLIMAAT_GROUPS, "url": ids.KLIMAAT_URL}.get(trigger,
                                                                          CONTROLS.get(trigger))
    out = call(update, f"{control}.value", values, shown, state.lang, search, None, state.org)
    rendered(out)
    if out["search"] is not no_update:  # the organisation stays in the address
        assert KlimaatState.from_query(out["search"])[0].org == state.org


@SETTINGS
@given(search=queries(ComparisonState), trigger=st.sampled_from(
    [ids.CMP_TOPIC, ids.CMP_SUBGROUP, ids.CMP_URL]))
def test_vergelijking_callback_on_any_state(search, trigger):
    from pages.vergelijking.callbacks import download_topic, show_topic

    state = ComparisonState.from_query(search)[0]
    out = call(show_topic, f"{trigger}.value", state.topic,
               state.subgroup or NO_SUBGROUP_CONTROL, search)
    rendered(out)
    rendered(download_topic(1, search))


@SETTINGS
@given(search=queries(BenchmarkState), submitted=st.booleans())
def test_benchmark_callbacks_on_any_state(search, submitted):
    from pages.benchmark.callbacks import peer_groups, show_result, write_url
    from pages.benchmark import client_config

    state = BenchmarkState.from_query(search)[0]
    config = client_config(state.lang, state.org)
    options, peer, _ = peer_groups(state.sector, state.cluster, state.size_class, state.peer,
                                   [], config)
    result = show_result(state.a if submitted else None, peer, state.sector, state.cluster,
                         state.size_class, config)
    rendered([options, result, write_url(state.sector, state.cluster, state.size_class, peer,
                                         search, config)])


def _by_id(tree) -> dict:
    from tests.component_tree import walk

    return {c.id: c for c in walk(tree) if isinstance(getattr(c, "id", None), str)}


@SETTINGS
@given(search=queries(BenchmarkState))
def test_benchmark_page_load_draws_the_result_once(search):
    """The layout holds the result for the address's answers; the callback's first call (with
    the values the layout rendered) changes nothing, and a new choice redraws."""
    from pages.benchmark import layout
    from pages.benchmark.callbacks import show_result

    page = _by_id(layout(search))
    values = [page[ids.BENCHMARK_SUBMITTED].data, page[ids.BENCHMARK_PEER].value,
              page[ids.BENCHMARK_SECTOR].value, page[ids.BENCHMARK_CLUSTER].value,
              page[ids.BENCHMARK_SIZE].value, page[ids.BENCHMARK_CONFIG].data,
              page[ids.BENCHMARK_EDITION].value]
    shown = page[ids.BENCHMARK_RESULT_FOR].data
    assert isinstance(shown, str) and page[ids.BENCHMARK_RESULT].children
    assert show_result(*values, shown) == (no_update, no_update)
    children, key = show_result(*values, None)
    assert key == shown and rendered(children) == rendered(page[ids.BENCHMARK_RESULT].children)
    offered = [o["value"] for o in page[ids.BENCHMARK_PEER].options]
    other = next((v for v in offered if v != values[1]), None)
    if other is not None:
        children, key = show_result(values[0], other, *values[2:], shown)
        assert key != shown and rendered(children)


@SETTINGS
@given(search=queries(PresenterState), path=st.sampled_from([p.PATH for p in pages.PAGES]))
def test_presenter_on_any_state(search, path):
    from pages.presenteer.callbacks import show_step

    rendered(show_step(search, "/presenteer"))
    rendered(show_step(search + "&presenteer=1", path))
