""""Mijn organisatie": the `org` encoding, every page state accepting it, the navigation
carrying it, and what /klimaat, /benchmark and /vergelijking do with it (shipped aggregates)."""

from __future__ import annotations

import plotly.graph_objects as go
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from components import ids, organisation, shell
from components.export import plain_text
from components.organisation import Organisation
from components.state import QueryState
from data import klimaat as sel
from data import questionnaire as q
from pages.benchmark.state import BenchmarkState
from pages.klimaat import cards
from pages.klimaat import figures as fig
from pages.klimaat.state import KlimaatState
from pages.vergelijking.state import ComparisonState
from tests.component_tree import walk

PAIRS = [(s, c) for s, row in q.SECTOR_CLUSTER_CROSSWALK.items() for c in row]
ORGS = st.builds(
    lambda pair, keep_s, keep_c, size: Organisation(pair[0] if keep_s else "",
                                                    pair[1] if keep_c else "", size),
    st.sampled_from(PAIRS), st.booleans(), st.booleans(), st.sampled_from(["", *q.SIZE_CLASSES]))


@settings(max_examples=200, derandomize=True)
@given(org=ORGS)
def test_any_organisation_round_trips_through_a_short_value(org):
    value = org.encode()
    assert Organisation.decode(value) == org
    assert organisation.parse(value) == value
    assert len(value) <= 8 and not value.endswith(",")
    assert QueryState.from_query(f"?org={value}")[0].organisation == org


@pytest.mark.parametrize("raw", ["0", "10", "x", "1,1,4,1", "1,2", ",18", ",,5", "-1", "1.1",
                                 "1,,4 ", "١"])
def test_invalid_values_are_refused(raw):
    """Out of range, junk, too many parts, or a cluster that does not lie in the sector."""
    with pytest.raises(ValueError):
        Organisation.decode(raw)


@pytest.mark.parametrize("state_class", [QueryState, KlimaatState, BenchmarkState,
                                         ComparisonState])
def test_every_page_state_falls_back_with_a_notice(state_class):
    state, notices = state_class.from_query("?org=1,2&lang=en")
    assert state.org == "" and state.lang == "en"
    assert [n.key for n in notices] == ["notice.invalid_param"]
    assert dict(notices[0].values)["param"] == "org"
    good = state_class.from_query("?org=1,1,4")[0]
    assert good.to_query().startswith("?org=1,1,4")
    assert state_class.from_query(good.to_query())[0] == good


def test_navigation_links_carry_language_and_organisation():
    nav = shell.navbar([("/klimaat", "Klimaat"), ("/benchmark", "Benchmark")], "/klimaat", "en",
                       "1,,4")
    hrefs = [getattr(node, "href", None) for node in walk(nav)]
    assert "/klimaat?lang=en&org=1,,4" in hrefs and "/benchmark?lang=en&org=1,,4" in hrefs
    assert "/?lang=en&org=1,,4" in hrefs  # the brand
    assert shell.with_lang("/", "nl") == "/"
    toggle = next(n for n in walk(nav) if getattr(n, "id", None) == ids.ORG_TOGGLE)
    assert "500+" in plain_text(toggle)


def test_panel_offers_positions_and_starts_from_the_organisation():
    panel = shell.org_panel("1,1,4", "nl")
    values = {n.id: n.value for n in walk(panel) if getattr(n, "id", None) in
              (ids.ORG_SECTOR, ids.ORG_CLUSTER, ids.ORG_SIZE)}
    assert values == {ids.ORG_SECTOR: "1", ids.ORG_CLUSTER: "1", ids.ORG_SIZE: "4"}
    config = shell.org_config()
    gemeenten = str(q.CLUSTERS.index("Gemeenten en onderdelen") + 1)
    assert config["clusters"]["1"] == [gemeenten]


def _box(query: str):
    state = KlimaatState.from_query(query)[0]
    frames = sel.load_frames()
    return frames, state, sel.select_boxes(frames.box, state)


def _records(query: str):
    """_box with the rows as the records the card helpers read."""
    frames, state, rows = _box(query)
    return frames, state, rows.to_dict("records")


def test_klimaat_highlights_the_organisations_group_in_figure_table_and_text():
    frames, state, rows = _box("?org=1,1,4")
    records = rows.to_dict("records")
    figure = fig.box_figure(records, state)
    go.Figure(figure)  # valid against plotly's schema
    org_traces = [tr for tr in figure["data"] if tr["name"] == "◆ Mijn organisatie: Gemeenten"]
    assert len(org_traces) == 1 and org_traces[0]["fillcolor"] == fig.ORG_FILL
    assert len(org_traces[0]["y"]) == 1 and org_traces[0]["y"][0].startswith("◆ Gemeenten")
    plain = next(tr for tr in figure["data"] if tr["type"] == "box")
    assert not any("Gemeenten" in label for label in plain["y"])  # drawn once, in orange
    assert any(shape.get("fillcolor") == fig.ORG_BAND for shape in figure["layout"]["shapes"])
    table = cards.box_table(records, state, frames.min_cell)
    first = next(iter(table.values()))
    assert sum(cell.startswith("◆ Gemeenten (mijn organisatie)") for cell in first) == 1
    assert "Uw organisatie (Gemeenten) is gemarkeerd" in cards.box_summary(records, state)
    # the same page in the size grouping highlights 500+; without an organisation nothing
    frames, state, records = _records("?org=1,1,4&groepering=size_class")
    assert fig.org_group(records, state) == "500+"
    # a small group without box statistics: its mean as an orange diamond
    small = next(g for g, n in sel.published_n(frames.box, KlimaatState(grouping="cluster"))
                 .items() if n < 10)
    sector = next(s for s, row in q.SECTOR_CLUSTER_CROSSWALK.items() if small in row)
    org = Organisation(sector, small).encode()
    frames, state, rows = _records(f"?org={org}&groepering=cluster")
    figure = fig.box_figure(rows, state)
    go.Figure(figure)
    diamonds = [tr for tr in figure["data"] if tr.get("marker", {}).get("symbol") == "diamond"]
    assert len(diamonds) == 1 and diamonds[0]["y"][0].startswith("◆ ")
    frames, state, rows = _records("")
    assert not any("Mijn organisatie" in tr.get("name", "") for tr in
                   fig.box_figure(rows, state)["data"])


@pytest.mark.parametrize("query, expected", [
    ("?org=1&verberg=1", "verborgen"),
    ("?org=1&groepering=cluster", "geen thematisch cluster opgegeven"),
    ("?org=,,4&groepering=innovated", ""),
])
def test_klimaat_says_why_the_organisation_is_not_highlighted(query, expected):
    frames, state, rows = _records(query)
    assert expected in plain_text(cards.org_note(frames, state, rows))
    assert bool(plain_text(cards.org_note(frames, state, rows))) == bool(expected)


@pytest.mark.parametrize("query", ["?org=5", "?org=8,8&omvang=500%2B", "?org=3",
                                   "?org=2,15&groepering=cluster&omvang=%3C100"])
def test_withheld_organisation_links_to_a_view_that_draws_it(query):
    """The nearest view (another grouping or a wider class) draws the organisation's group
    or one that holds its organisations; none offered only when no view draws one."""
    frames, state, rows = _records(query)
    note = cards.org_note(frames, state, rows)
    assert "niet getoond" in plain_text(note)
    links = [n for n in walk(note) if getattr(n, "href", None)]
    org = state.organisation
    if not links:  # Hoge Colleges van Staat: withheld as sector and as cluster
        assert org.sector == "Hoge Colleges van Staat"
        return
    target = KlimaatState.from_query(links[0].href.partition("?")[2])[0]
    assert target.org == state.org
    drawn = set(sel.drawn_groups(sel.select_boxes(frames.box, target))["group"])
    holders = {org.group(target.grouping)} | {
        g for _, g in organisation.nearest_groups(state.grouping, org.group(state.grouping),
                                                  org)}
    assert drawn & holders, (links[0].href, drawn)


def test_benchmark_starts_from_the_organisation_but_the_link_wins():
    state = BenchmarkState.from_query("?org=1,1,4")[0].from_organisation()
    assert (state.sector, state.cluster, state.size_class) == \
        ("Gemeenten", "Gemeenten en onderdelen", "500+")
    state = BenchmarkState.from_query("?org=1,1,4&omvang=%3C100")[0].from_organisation()
    assert state.size_class == "<100" and state.sector == "Gemeenten"


def test_vergelijking_offers_the_organisation_and_the_nearest_subgroup():
    import sys

    import app  # noqa: F401  (pages as the router sees them)
    from data import comparison as comparison_data

    layout = sys.modules["pages.vergelijking.layout"]
    data = comparison_data.load_data()
    options = layout.cmp.subgroup_options(data["shares"])
    state = ComparisonState.from_query("?org=1,1")[0]
    offered, missing = layout.org_subgroups(state, options)
    assert offered == ["sector:Gemeenten", "cluster:Gemeenten en onderdelen"] and not missing
    state = ComparisonState.from_query("?org=5")[0]
    offered, missing = layout.org_subgroups(state, options)
    assert offered == [] and missing == [("sector:Provincies", "cluster:Overig (decentraal)")]
    page = layout.layout("?org=5")
    offer = next(n for n in walk(page) if getattr(n, "id", None) == ids.CMP_ORG_OFFER)
    assert "Overig (decentraal)" in plain_text(offer)
