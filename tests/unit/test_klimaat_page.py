"""The /klimaat page and its callback, on the fixture cube: cards, notes, ids, URL."""

from contextvars import copy_context

import pandas as pd
import pytest
from dash import no_update
from dash._callback_context import context_value
from dash._utils import AttributeDict

from components import ids
from pages.klimaat.state import KlimaatState, group_index
from data import questionnaire as q
from klimaat_fixture import tables
from pages.klimaat import cards
from pages.klimaat.layout import group_options
import pages.klimaat as page
from data import klimaat as klimaat_data
from tests.figure_check import checked

SOURCES = pd.DataFrame({"source_id": ["NL-IBO2021"],
                        "title": ["Innovatie Barometer Overheid 2021"],
                        "publisher": ["Ministerie van BZK"], "year": ["2021"],
                        "url": ["https://www.kennisvandeoverheid.nl/"], "covers": ["all"]})


def frames(synthetic: str = "true") -> cards.Frames:
    t = tables()
    return cards.Frames(t["climate_box"], t["climate_variance"], t["indicator_shares"], SOURCES,
                       {"synthetic": synthetic, "min_cell": "5"})


@pytest.fixture
def fixture_frames(monkeypatch):
    monkeypatch.setattr(klimaat_data, "load_frames", frames)


def ids_in(component) -> list:
    found = []

    def walk(node):
        if isinstance(node, (list, tuple)):
            for child in node:
                walk(child)
            return
        if hasattr(node, "to_plotly_json"):
            if getattr(node, "id", None) is not None:
                found.append(node.id)
            walk(getattr(node, "children", None))

    walk(component)
    return found


def text_of(component) -> str:
    parts = []

    def walk(node):
        if isinstance(node, str):
            parts.append(node)
        elif isinstance(node, (list, tuple)):
            for child in node:
                walk(child)
        elif hasattr(node, "to_plotly_json"):
            walk(getattr(node, "children", None))

    walk(component)
    return " ".join(parts)


def find(component, wanted: str):
    if isinstance(component, (list, tuple)):
        for child in component:
            hit = find(child, wanted)
            if hit is not None:
                return hit
        return None
    if hasattr(component, "to_plotly_json"):
        if getattr(component, "id", None) == wanted:
            return component
        return find(getattr(component, "children", None), wanted)
    return None


def test_layout_holds_every_klimaat_id(fixture_frames):
    layout = page.layout("")
    present = {i for i in ids_in(layout) if isinstance(i, str)}
    mine = {v for k, v in vars(ids).items() if k.startswith("KLIMAAT_")}
    assert mine <= present, mine - present


def test_suppression_note_names_groups_and_reasons():
    built = cards.sections(KlimaatState(), frames())
    note = text_of(find(built[ids.KLIMAAT_BOX_CARD], ids.KLIMAAT_SUPPRESSED))
    assert "Hoge Colleges van Staat" in note and "Provincies" in note
    assert "niet getoond ter bescherming van de deelnemers" in note
    assert "Waterschappen" not in note  # 7: shown (mean only); one label, no reasons


def test_every_card_has_source_n_question_and_synthetic_badge():
    built = cards.sections(KlimaatState(grouping="cluster"), frames())
    for section, chart, figure_no in (
            (ids.KLIMAAT_BOX_CARD, ids.KLIMAAT_BOX_CHART, "Figuur 27"),
            (ids.KLIMAAT_GROUPS_CARD, ids.KLIMAAT_GROUPS_CHART, "Figuur 17"),
            (ids.KLIMAAT_STATEMENTS_CARD, ids.KLIMAAT_STATEMENTS_CHART, "Figuur 15"),
            (ids.KLIMAAT_BREAKDOWN_CARD, ids.KLIMAAT_BREAKDOWN_CHART, "Figuur 18"),
            (ids.KLIMAAT_VARIANCE_CARD, ids.KLIMAAT_VARIANCE_CHART, "Figuur 16 en Figuur 27")):
        text = text_of(built[section])
        assert "Bron:" in text and figure_no in text, section
        assert "synthetisch" in text and "n = " in text, section
        # the card's four views: chart, table (with provenance), sources, downloads
        assert "Herkomst: berekend uit de synthetische gegevens" in text, section
        found = ids_in(built[section])
        assert ids.view_of(chart) in found and ids.table_of(chart) in found, section


def test_no_synthetic_badge_on_real_data():
    built = cards.sections(KlimaatState(), frames(synthetic="false"))
    assert "synthetisch" not in text_of(built[ids.KLIMAAT_BOX_CARD])


def test_statements_card_says_wording_is_paraphrased_and_exclusion_assumed():
    text = text_of(cards.sections(KlimaatState(), frames())[ids.KLIMAAT_STATEMENTS_CARD])
    assert "parafrases" in text and "aanname" in text


def test_variance_sentence_in_plain_language():
    text = text_of(cards.sections(KlimaatState(), frames())[ids.KLIMAAT_VARIANCE_CARD])
    assert "van de verschillen in klimaatscore ligt binnen de sectoren" in text


def test_breakdown_states_gaps_in_percentage_points():
    built = cards.sections(KlimaatState(breakdown="results"), frames())
    gaps = text_of(find(built[ids.KLIMAAT_BREAKDOWN_CARD], ids.KLIMAAT_GAPS))
    assert gaps.startswith("Verschil krachtig − beperkt:") and "procentpunt" in gaps


def test_invalid_link_shows_a_notice_and_renders_defaults(fixture_frames):
    layout = page.layout("?groepering=land&foo=1")
    notices = find(layout, ids.KLIMAAT_NOTICES)
    assert len(notices.children) == 2
    assert find(layout, ids.KLIMAAT_GROUPING).value == "sector"


def test_english_page():
    built = cards.sections(KlimaatState(lang="en"), frames())
    assert "Innovation climate by sector" in text_of(built[ids.KLIMAAT_BOX_CARD])


def run_callback(triggered: str, values: dict, shown: list | None, lang: str = "nl",
                 search: str = ""):
    from pages.klimaat.callbacks import update

    def call():
        context_value.set(AttributeDict(triggered_inputs=[{"prop_id": f"{triggered}.value",
                                                           "value": None}]))
        return update(values, shown, lang, search)

    return copy_context().run(call)


BASE = dict(grouping="sector", size_class="all", innovated="all", sector="all", cluster="all",
            sort="median", breakdown="frequency")


def offered(grouping: str, groups) -> list[str]:
    """`groups` minus those no filter can draw (not in the checklist)."""
    never = klimaat_data.never_drawn(frames().box, grouping)
    return [g for g in groups if g not in never]


def test_callback_writes_url_controls_and_cards(fixture_frames):
    shown = offered("sector", [s for s in q.SECTORS if s != "Gemeenten"])
    out = run_callback(ids.KLIMAAT_GROUPS, {**BASE, "size_class": "500+"}, shown)
    assert out["search"] == "?verberg=1&omvang=500%2B"
    assert out["shown"] == shown
    assert out["hidden"][ids.KLIMAAT_SECTOR_FIELD] and not out["hidden"][ids.KLIMAAT_SIZE_FIELD]
    assert set(out["sections"]) == set(cards.SECTION_IDS)
    assert not any(v is no_update for v in out["sections"].values())  # population changed


def test_callback_rebuilds_only_what_changed(fixture_frames):
    out = run_callback(ids.KLIMAAT_BREAKDOWN, {**BASE, "breakdown": "factors"},
                       list(q.SECTORS), search="?omvang=500%2B")
    # the size filter moved from 500+ to all: every card is new
    assert not any(v is no_update for v in out["sections"].values())
    out = run_callback(ids.KLIMAAT_BREAKDOWN, {**BASE, "breakdown": "factors"},
                       list(q.SECTORS), search="")
    rebuilt = [k for k, v in out["sections"].items() if v is not no_update]
    assert rebuilt == [ids.KLIMAAT_BREAKDOWN_CARD]
    out = run_callback(ids.KLIMAAT_SORT, {**BASE, "sort": "name"}, list(q.SECTORS))
    assert [k for k, v in out["sections"].items() if v is not no_update] == \
        [ids.KLIMAAT_BOX_CARD]


@pytest.mark.parametrize("change, stale", [
    ({"grouping": "cluster"}, {ids.KLIMAAT_BOX_CARD, ids.KLIMAAT_VARIANCE_CARD}),
    ({"hidden": (1,)}, {ids.KLIMAAT_BOX_CARD}),
    ({"breakdown": "results"}, {ids.KLIMAAT_BREAKDOWN_CARD}),
    ({"innovated": "yes"}, set(cards.SECTION_IDS)),
    ({"lang": "en"}, set(cards.SECTION_IDS)),
    ({}, set()),
])
def test_stale_sections(change, stale):
    assert set(cards.stale_sections(KlimaatState(), KlimaatState().replace(**change))) == stale


def test_callback_new_grouping_resets_groups_and_own_filter(fixture_frames):
    out = run_callback(ids.KLIMAAT_GROUPING, {**BASE, "grouping": "cluster",
                                              "cluster": "GGD"}, ["Gemeenten"])
    assert out["search"] == "?groepering=cluster"
    assert out["shown"] == offered("cluster", q.CLUSTERS)
    assert [o["value"] for o in out["group_options"]] == offered("cluster", q.CLUSTERS)
    assert out["values"]["cluster"] == "all"


def test_callback_keeps_language(fixture_frames):
    out = run_callback(ids.KLIMAAT_SORT, {**BASE, "sort": "name"}, list(q.SECTORS), "en")
    assert out["search"] == "?lang=en&sortering=name"


def test_group_index_matches_checklist_order():
    state = KlimaatState(grouping="cluster")
    options = group_options(state)
    assert [o["value"] for o in options].index("GGD") + 1 == group_index("cluster", "GGD")


@pytest.mark.parametrize("choice", ["frequency", "spectrum", "factors", "results"])
@pytest.mark.parametrize("population", [{}, {"sector": "Zbo's"}, {"size_class": "<100"},
                                        {"cluster": "Rijk Staf", "grouping": "size_class"}])
def test_every_breakdown_builds_with_withheld_groups(choice, population):
    state = KlimaatState(breakdown=choice, **population)
    card = cards.sections(state, frames())[ids.KLIMAAT_BREAKDOWN_CARD]
    assert "Bron:" in text_of(card)


@pytest.mark.parametrize("grouping", ["sector", "cluster", "size_class", "innovated"])
def test_name_sorting_with_no_group_shown_says_so(grouping):
    """Issue 12 item 1: every group hidden and sorted by name drew a blank page (crash)."""
    state = KlimaatState(grouping=grouping, sort="name",
                         hidden=tuple(range(1, len(KlimaatState(grouping=grouping).groups)
                                             + 1)))
    built = cards.sections(state, frames())
    graph = find(built[ids.KLIMAAT_BOX_CARD], ids.KLIMAAT_BOX_CHART)
    notes = [a.text for a in checked(graph.figure).layout.annotations]
    assert any(text.startswith("Geen groepen gekozen") for text in notes), notes
    page.layout(state.to_query())  # the whole page renders from that link


def test_callback_unchecking_every_group_then_sorting_writes_the_url(fixture_frames):
    every = ",".join(str(group_index("sector", g)) for g in q.SECTORS)
    out = run_callback(ids.KLIMAAT_GROUPS, {**BASE, "sort": "name"}, [])
    assert out["search"] == f"?verberg={every}&sortering=name"
    assert out["sections"][ids.KLIMAAT_BOX_CARD] is not no_update
    out = run_callback(ids.KLIMAAT_SORT, {**BASE, "sort": "median"}, [],
                       search=f"?verberg={every}&sortering=name")
    assert out["search"] == f"?verberg={every}"
    assert out["shown"] == []


def test_back_and_forward_set_controls_and_cards_from_the_address(fixture_frames):
    """The address changed (browser history): controls and cards follow it, no new URL."""
    shown = offered("sector", [s for s in q.SECTORS if s != "Gemeenten"])
    out = run_callback(ids.KLIMAAT_URL, {**BASE}, list(q.SECTORS),
                       search="?verberg=1&omvang=500%2B")
    assert out["search"] is no_update
    assert out["shown"] == shown and out["values"]["size_class"] == "500+"
    assert not any(v is no_update for v in out["sections"].values())  # population changed


def test_withheld_group_points_to_the_nearest_view_that_shows_it():
    """Issue 12 item 5: a Gemeente or Waterschap filtering by size sees where its group is."""
    from data import klimaat as shipped

    real = shipped.load_frames()
    state = KlimaatState(size_class="500+")
    rows = shipped.select_boxes(real.box, state)
    withheld = set(shipped.suppressed_groups(rows)["group"])
    links = []

    def walk(node):
        if isinstance(node, (list, tuple)):
            for child in node:
                walk(child)
        elif hasattr(node, "to_plotly_json"):
            if getattr(node, "href", None):
                links.append((node.children, node.href))
            walk(getattr(node, "children", None))

    walk(cards.alternatives(real, state, rows.to_dict("records")))
    for group in {"Gemeenten", "Waterschappen"} & withheld:
        assert any(label in text for text, _ in links
                   for label in (group, q.CLUSTERS[0])), (group, links)
    for text, href in links:  # every link opens a view where that group is drawn
        target = KlimaatState.from_query(href.partition("?")[2])[0]
        drawn = shipped.drawn_groups(shipped.select_boxes(real.box, target))
        assert any(text.startswith(label) for label in drawn["label"]), (text, href)
