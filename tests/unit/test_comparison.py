"""The comparison page (/vergelijking): every bar against published_figures.csv, gaps, the
NL subgroup logic (on a fixture built per the indicator_shares schema), state and CSV."""

from __future__ import annotations

import io
import pandas as pd
import pytest
from dash import html

from components import ids
from components.figures import theme
from data import comparison as comparison_data
from data import schema
from pages.vergelijking import cards as page
from pages.vergelijking import figures as cmp
from pages.vergelijking.layout import layout as page_layout
from pages.vergelijking.state import (
    CITED_SOURCE, NO_SUBGROUP_CONTROL, PAIRING, TOPIC_BY_KEY, TOPICS, ComparisonState, Pick,
)
from tests.figure_check import checked

# The transcribed reference table: the repo's committed copy, else the team's shared one.
REFERENCES = (schema.REPO_ROOT / "pipeline" / "reference" / "published_figures.csv",
              schema.REPO_ROOT.parent / "shared" / "reference" / "published_figures.csv")
REFERENCE = next((p for p in REFERENCES if p.exists()), REFERENCES[-1])
PREFIX = {"exact": "", "approx": "~ ", "lower_bound": "> ", "upper_bound": "< "}
LANGS = ("nl", "en")


@pytest.fixture(scope="module")
def oracle() -> pd.DataFrame:
    """published_figures.csv read on its own, as the independent check of the page."""
    if not REFERENCE.exists():
        pytest.skip(f"{REFERENCE} not present")
    frame = pd.read_csv(REFERENCE, dtype=str, keep_default_na=False)
    frame["key"] = frame[["source_id", "country", "edition", "figure", "indicator",
                          "category"]].agg("|".join, axis=1)
    assert frame["key"].is_unique
    return frame.set_index("key")


@pytest.fixture(scope="module")
def data() -> dict:
    return comparison_data.load_data()


def expected_label(row: pd.Series, lang: str) -> str:
    """The label a bar must carry, written from the CSV text (no float round trip)."""
    text = row["value"]
    if row["exactness"] != "exact" and text in ("33.3", "66.7"):  # "ruim een derde"
        return PREFIX[row["exactness"]] + {"33.3": "⅓", "66.7": "⅔"}[text]
    if "." in text:
        whole, frac = text.split(".")
        text = whole if set(frac) == {"0"} else f"{whole}{',' if lang == 'nl' else '.'}{frac}"
    return PREFIX[row["exactness"]] + text + ("%" if row["unit"] == "pct" else "")


def find(component, component_id):
    """The component with `component_id` inside a Dash component tree (or list of trees)."""
    stack = list(component) if isinstance(component, list) else [component]
    while stack:
        node = stack.pop()
        if getattr(node, "id", None) == component_id:
            return node
        children = getattr(node, "children", None)
        if isinstance(children, (list, tuple)):
            stack.extend(children)
        elif children is not None and not isinstance(children, (str, int, float)):
            stack.append(children)
    raise LookupError(component_id)


def text_of(component) -> str:
    """All text in a component tree."""
    if isinstance(component, (str, int, float)):
        return str(component)
    if isinstance(component, (list, tuple)):
        return " ".join(text_of(c) for c in component)
    children = getattr(component, "children", None)
    return "" if children is None else text_of(children)


def links_of(component) -> list[str]:
    out = []
    stack = list(component) if isinstance(component, list) else [component]
    while stack:
        node = stack.pop()
        if isinstance(node, html.A):
            out.append(node.href)
        children = getattr(node, "children", None)
        if isinstance(children, (list, tuple)):
            stack.extend(children)
        elif children is not None and not isinstance(children, (str, int, float)):
            stack.append(children)
    return out


# --- the pairing table ------------------------------------------------------------------------

def all_picks() -> list[tuple[str, Pick, str]]:
    return [(tp.key, p, "bar") for tp in TOPICS for p in tp.picks()] + \
           [(tp.key, p, "context") for tp in TOPICS for p in tp.context]


@pytest.mark.parametrize("topic, pick, role", all_picks(), ids=lambda v: getattr(v, "key", v))
def test_every_pick_names_one_published_row(oracle, topic, pick, role):
    assert pick.key in oracle.index, f"{topic}: {pick.key} not in published_figures.csv"
    row = oracle.loc[pick.key]
    if role == "bar" and row["country"] == "NL":
        assert row["edition"] == "IBO-2021" and row["period"] == "2019-2020"
    if role == "bar" and row["country"] == "DK":
        # only the edition the Dutch report compares with is drawn beside NL
        assert row["edition"] == "IB-3" and row["period"] == "2018-2019"


def test_other_editions_are_context_only(oracle):
    bars = {p.key for tp in TOPICS for p in tp.picks()}
    context = {p.key for tp in TOPICS for p in tp.context}
    assert not bars & context
    other_editions = oracle[oracle["country"].eq("DK") & oracle["edition"].isin(["IB-1", "IB-4"])]
    assert not set(other_editions.index) & bars


def test_every_danish_number_the_report_cites_is_drawn(oracle):
    cited = oracle[oracle["country"].eq("DK") & oracle["source_id"].eq(CITED_SOURCE)]
    bars = {p.key for tp in TOPICS for p in tp.picks()}
    assert set(cited.index) <= bars


def test_same_measure_dk_pages_are_paired():
    """DK IB-3 values of the same category from Danish pages stand beside NL (brief)."""
    keys = {p.key for p in TOPIC_BY_KEY["resultaten"].picks()}
    assert any(k.startswith("DK-DST-2019|DK|IB-3") and k.endswith("|quality") for k in keys)
    assert any(k.endswith("|employee_satisfaction") and k.startswith("DK-DST") for k in keys)
    assert any(k.startswith("DK-COPI3-PROCESS") for k in
               (p.key for p in TOPIC_BY_KEY["typen"].picks()))


@pytest.mark.parametrize("topic", TOPICS, ids=lambda tp: tp.key)
def test_data_dependent_caveats_are_declared(data, topic):
    flags = cmp.topic_caveats(data["figures"], topic)
    for number, applies in flags.items():
        assert (number in topic.caveats) == applies, f"caveat {number} for {topic.key}"


# --- every bar on the page against the CSV -----------------------------------------------------

@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("topic", TOPICS, ids=lambda tp: tp.key)
def test_every_bar_matches_published_figures(oracle, data, topic, lang):
    card = page.topic_card(ComparisonState(topic=topic.key, lang=lang), data)
    fig = checked(find(card, ids.CMP_TOPIC_CHART).figure)
    bars = [tr for tr in fig.data if tr.type == "bar"]
    assert len(bars) == 1
    bar = bars[0]
    groups, rows = bar.y
    drawn = []
    for i, key in enumerate(bar.customdata):
        if key.startswith("missing|"):
            assert bar.x[i] is None and bar.text[i] == ""  # never a zero bar
            continue
        if key.startswith("derived|"):  # 100 minus a published share (issue 11)
            base = oracle.loc[key.removeprefix("derived|")]
            assert bar.x[i] == 100.0 - float(base["value"]), key
            assert base["exactness"] == "exact" and bar.marker.color[i] == theme.NL
            continue
        expected = oracle.loc[key]
        assert bar.x[i] == float(expected["value"]), key      # no rounding drift
        assert bar.text[i] == expected_label(expected, lang), key
        hatched = bar.marker.pattern.shape[i] == "/"
        assert hatched == (expected["exactness"] != "exact"), key  # bounds shown as bounds
        assert bar.marker.color[i] == theme.COUNTRY_COLOURS[expected["country"]]
        cited = expected["country"] == "DK" and expected["source_id"] == CITED_SOURCE
        assert rows[i].endswith("*") == cited, key
        drawn.append(key)
    assert sorted(drawn) == sorted(p.key for p in topic.picks())
    # every missing value says so in words, on its own row
    missing = [(g, r) for g, r, k in zip(groups, rows, bar.customdata) if k.startswith("missing|")]
    texts = [tr for tr in fig.data if tr.type == "scatter"]
    if missing:
        labels = {"nl": "niet gepubliceerd", "en": "not published"}[lang]
        assert list(zip(*texts[0].y)) == missing
        assert set(texts[0].text) == {labels}
    else:
        assert not texts


def test_nl_and_dk_always_have_their_colours(data):
    for topic in TOPICS:
        slots = cmp.topic_slots(data["figures"], topic, "nl")
        assert set(slots.loc[slots["series"].eq("NL"), "colour"]) == {theme.NL}
        assert set(slots.loc[slots["series"].eq("DK"), "colour"]) == {theme.DK}


def test_share_topic_shows_the_nordic_countries(data):
    slots = cmp.topic_slots(data["figures"], TOPIC_BY_KEY["aandeel"], "nl")
    assert slots["row"].tolist() == ["Nederland", "Denemarken*", "Denemarken", "Noorwegen",
                                     "Zweden", "IJsland"]
    assert slots["value"].tolist() == [86.0, 80.0, 81.0, 77.0, 81.0, 78.0]


# --- the gap ranking ---------------------------------------------------------------------------

def test_gaps_are_exact_differences_ranked_by_size(oracle, data):
    card = page.gap_card(data, "nl")
    fig = checked(find(card, ids.CMP_GAP_CHART).figure)
    bars = [tr for tr in fig.data if tr.type == "bar"]
    directions = [tr for tr in fig.data if tr.type == "scatter"]
    ranked = list(fig.layout.yaxis.categoryarray)[:sum(len(tr.y) for tr in bars)]
    seen = {}
    for trace in bars:
        for label, x, text, key in zip(trace.y, trace.x, trace.text, trace.customdata):
            nl_key, dk_key = key.split("~")
            nl, dk = oracle.loc[nl_key], oracle.loc[dk_key]
            assert nl["exactness"] == "exact" and dk["exactness"] == "exact"
            assert x == float(nl["value"]) - float(dk["value"])
            sign = "+" if x > 0 else "−"
            assert text == f"{sign}{abs(x):g} procentpunt"
            assert trace.marker.color == (theme.NL if x > 0 else theme.DK)
            seen[label] = abs(x)
    assert set(seen) == set(ranked)
    sizes = [seen[label] for label in ranked]
    assert sizes == sorted(sizes, reverse=True)
    # every pair of exact published values is in the ranking
    exact_pairs = [(c.nl.key, c.dk[0].key) for tp in TOPICS for c in tp.categories
                   if c.nl and c.dk and oracle.loc[c.nl.key, "exactness"] == "exact"
                   and oracle.loc[c.dk[0].key, "exactness"] == "exact"]
    assert len(seen) == len(exact_pairs)
    assert ranked[0] == "Financiering: eigen budget"
    # the report's word-only comparisons follow as text marks, never as bars or values
    assert len(directions) == 1 and all(k.startswith("finding|") for k in
                                        directions[0].customdata)
    marks = dict(zip(directions[0].customdata, directions[0].text))
    assert marks["finding|efficiency"] == "NL ▶" and marks["finding|quality"] == "◀ DK"


def test_bounds_give_only_a_minimum_gap(data):
    gap_rows = cmp.gaps(data["figures"])
    minimum = gap_rows[gap_rows["kind"].eq("minimum")]
    assert minimum[["topic", "category", "gap"]].values.tolist() == [
        ["technologie", "small_part_or_none", -30.0]]
    text = cmp.minimum_gap_text(minimum.iloc[0], "nl")
    assert "Denemarken minimaal 30 procentpunt hoger" in text and "< 30%" in text
    # pairs whose bound or approximation allows either country to be higher are left out
    assert "process" not in set(gap_rows["category"])
    assert "political_environment_and_citizens" not in set(gap_rows["category"])


@pytest.mark.parametrize("nl, dk, expected", [
    ((30, "exact"), (18, "exact"), ("exact", 12)),
    ((30, "upper_bound"), (60, "exact"), ("minimum", -30)),
    ((75, "lower_bound"), (50, "exact"), ("minimum", 25)),
    ((75, "lower_bound"), (81, "exact"), None),
    ((85, "exact"), (50, "lower_bound"), None),
    ((15, "upper_bound"), (11, "approx"), None),
])
def test_gap_rule(nl, dk, expected):
    a, b = cmp._interval(*nl), cmp._interval(*dk)
    if a is None or b is None:
        assert expected is None
        return
    low, high = a[0] - b[1], a[1] - b[0]
    kind = ("exact", low) if low == high else ("minimum", low) if low > 0 else \
        ("minimum", high) if high < 0 else None
    assert kind == expected


# --- the NL subgroup (fixture per schema.INDICATOR_SHARES) -------------------------------------

def share_row(grouping, group, indicator, category, share, n, *, bound="exact", measure="share",
              suppressed=False, population=None):
    row = {"edition": "IBO-2021", "f_sector": "all", "f_cluster": "all", "f_size": "all", "f_innovated": "all",
           "grouping": grouping, "group": group, "n": n, "suppressed": suppressed,
           "suppression": "primary" if suppressed else "", "indicator": indicator,
           "category": category, "measure": measure, "share": share, "share_bound": bound}
    row.update(population or {})
    return row


@pytest.fixture()
def shares() -> pd.DataFrame:
    rows = [
        share_row("sector", "Gemeenten", "innovation_trigger", "employees", 55.0, 70),
        share_row("sector", "Gemeenten", "innovation_trigger", "managers", None, 70,
                  bound="below"),
        share_row("sector", "Gemeenten", "innovation_trigger", "new_technology", None, 70,
                  bound="above"),
        share_row("sector", "Gemeenten", "technology_role", "small_part", 20.0, 70),
        share_row("sector", "Gemeenten", "technology_role", "none", 7.4, 70),
        share_row("sector", "Gemeenten", "innovation_factor", "focus_on_continuity", 33.0, 70,
                  measure="hindering"),
        share_row("sector", "Gemeenten", "innovation_factor", "focus_on_continuity", 44.0, 70,
                  measure="promoting"),
        share_row("cluster", "GGD", "innovation_trigger", "employees", 62.6, 8),
        share_row("cluster", "GGD", "technology_role", "small_part", 25.0, 8),
        share_row("cluster", "GGD", "technology_role", "none", None, 8, bound="below"),
        # suppressed: never offered, never shown (even if a value leaked into the row)
        share_row("sector", "Provincies", "innovation_trigger", "employees", 42.0, None,
                  suppressed=True),
        # under MIN_CELL without a suppression flag: still not offered
        share_row("cluster", "Hoge Colleges van Staat", "innovation_trigger", "employees",
                  50.0, 4),
        # publishable, but only on a question this page does not compare: not offered
        share_row("sector", "Zbo's", "knowledge_channel", "colleagues", 80.0, 36),
        share_row("sector", "Zbo's", "innovation_factor", "focus_on_continuity", 30.0, 36,
                  measure="promoting"),
        # another population (filtered by size): not the whole-population split
        share_row("sector", "Waterschappen", "innovation_trigger", "employees", 70.0, 12,
                  population={"f_size": "<100"}),
    ]
    frame = pd.DataFrame(rows)
    return frame.astype(schema.INDICATOR_SHARES.columns)


def test_subgroup_options_hide_small_and_suppressed_groups(shares):
    assert cmp.subgroup_options(shares) == ["sector:Gemeenten", "cluster:GGD"]
    empty = shares.iloc[0:0]
    assert cmp.subgroup_options(empty) == []


def test_subgroup_values_and_bounds(shares):
    values = cmp.subgroup_values(shares, TOPIC_BY_KEY["aanleiding"], "sector", "Gemeenten")
    assert values["employees"] == cmp.SubValue(55.0, "exact", 70)
    assert values["managers"] == cmp.SubValue(10.0, "upper_bound", 70)      # "< 10%"
    assert values["new_technology"] == cmp.SubValue(90.0, "lower_bound", 70)  # "> 90%"
    assert "legislation" not in values
    assert cmp.subgroup_values(shares, TOPIC_BY_KEY["aanleiding"], "sector", "Provincies") == {}
    # whole percents, as the report writes them
    assert cmp.subgroup_values(shares, TOPIC_BY_KEY["aanleiding"], "cluster", "GGD")[
        "employees"] == cmp.SubValue(63.0, "exact", 8)


def test_subgroup_sum_of_single_choice_categories(shares):
    tech = TOPIC_BY_KEY["technologie"]
    assert cmp.subgroup_values(shares, tech, "sector", "Gemeenten")["small_part_or_none"] == \
        cmp.SubValue(27.0, "exact", 70)  # 20 + 7.4, in whole percents
    # a bound in one part leaves no exact sum: not shown
    assert "small_part_or_none" not in cmp.subgroup_values(shares, tech, "cluster", "GGD")


def test_subgroup_uses_the_topic_measure(shares):
    values = cmp.subgroup_values(shares, TOPIC_BY_KEY["factoren"], "sector", "Gemeenten")
    assert values["focus_on_continuity"].value == 33.0  # hindering, not promoting


@pytest.mark.parametrize("lang, label, unavailable", [
    ("nl", "Gemeenten (synthetisch)", "niet beschikbaar"),
    ("en", "Municipalities (synthetic)", "not available")])
def test_subgroup_bars_are_labelled_and_bounded(shares, data, lang, label, unavailable):
    topic = TOPIC_BY_KEY["aanleiding"]
    sub = cmp.Subgroup("sector:Gemeenten",
                       cmp.subgroup_values(shares, topic, "sector", "Gemeenten"), True)
    slots = cmp.topic_slots(data["figures"], topic, lang, sub)
    fig = checked(cmp.topic_figure(slots, lang))
    bar = fig.data[0]
    sub_idx = [i for i, s in enumerate(slots["series"]) if s == "NL_SUB"]
    assert len(sub_idx) == len(topic.categories)
    assert {bar.y[1][i] for i in sub_idx} == {label}
    texts = {slots["category"][i]: bar.text[i] for i in sub_idx}
    assert texts["employees"] == "55%"
    assert texts["managers"] == "< 10%" and texts["new_technology"] == "> 90%"
    assert bar.marker.pattern.shape[sub_idx[1]] == "/"
    assert bar.marker.color[sub_idx[0]] == cmp.SUBGROUP_COLOUR
    legislation = sub_idx[topic.categories.index(
        next(c for c in topic.categories if c.key == "legislation"))]
    assert bar.x[legislation] is None
    assert unavailable in fig.data[1].text
    # published bars are unchanged by the subgroup
    assert [bar.x[i] for i, s in enumerate(slots["series"]) if s == "NL"][0] == 49.0


def test_subgroup_table_marks_synthetic_rows(shares, data):
    topic = TOPIC_BY_KEY["aanleiding"]
    sub = cmp.Subgroup("sector:Gemeenten",
                       cmp.subgroup_values(shares, topic, "sector", "Gemeenten"), True)
    frame = cmp.table(cmp.topic_slots(data["figures"], topic, "nl", sub), "nl")
    rows = frame[frame["Land of groep"].eq("Gemeenten (synthetisch)")]
    assert set(rows["Herkomst"]) == {"synthetisch (niet gepubliceerd)"}
    assert rows["n"].dropna().unique().tolist() == [70]
    assert "42" not in frame.to_string()  # the suppressed group's value never appears


def test_unavailable_subgroup_in_link_falls_back_with_notice(shares):
    state, notices, options = page.resolve("?subgroep=sector:Provincies&onderwerp=typen",
                                           shares, {"synthetic": "true", "min_cell": "5"})
    assert state == ComparisonState(topic="typen")
    assert [n.key for n in notices] == ["cmp.notice.subgroup_unavailable"]
    state, notices, _ = page.resolve("?subgroep=sector:Gemeenten", shares,
                                     {"synthetic": "true", "min_cell": "5"})
    assert state.subgroup == "sector:Gemeenten" and notices == []


def test_subgroup_card_in_a_topic_without_microdata(shares, data):
    mine = dict(data, shares=shares)
    card = page.topic_card(ComparisonState(topic="aandeel", subgroup="sector:Gemeenten"), mine)
    assert "geen subgroep beschikbaar" in text_of(card)
    card = page.topic_card(ComparisonState(topic="aanleiding", subgroup="sector:Gemeenten"),
                           mine)
    text = text_of(card)
    assert "SYNTHETISCHE" in text and "Gemeenten (synthetisch) 70 organisaties" in text


# --- URL state ------------------------------------------------------------------------------

@pytest.mark.parametrize("state", [ComparisonState(),
                                   ComparisonState(topic="aanleiding", lang="en"),
                                   ComparisonState(topic="factoren",
                                                   subgroup="cluster:GGD")])
def test_state_round_trip(state):
    assert ComparisonState.from_query(state.to_query()) == (state, [])


@pytest.mark.parametrize("query", ["?onderwerp=weer", "?subgroep=sector:Nergens",
                                   "?subgroep=Gemeenten", "?lang=de"])
def test_invalid_link_values_fall_back_with_notice(query):
    state, notices = ComparisonState.from_query(query)
    assert state == ComparisonState()
    assert [n.key for n in notices] == ["notice.invalid_param"]


def test_layout_shows_link_notices(data):
    layout = page_layout("?onderwerp=weer")
    notices = find(layout, ids.CMP_NOTICES)
    assert "weer" in text_of(notices)
    assert find(layout, ids.CMP_TOPIC).value == "aandeel"


# --- sources, table and CSV ----------------------------------------------------------------

@pytest.mark.parametrize("topic", TOPICS, ids=lambda tp: tp.key)
def test_every_number_has_a_source_line(oracle, data, topic):
    """Each row shown (bar or context line) has its source's link under the chart."""
    card = page.topic_card(ComparisonState(topic=topic.key), data)
    links = set(links_of(card))
    sources = data["sources"].set_index("source_id")
    for pick in (*topic.picks(), *topic.context):
        url = sources.loc[oracle.loc[pick.key, "source_id"], "url"]
        assert url in links, pick.key
    if topic.dk_question_source:
        assert sources.loc[topic.dk_question_source, "url"] in links
    for pick in PAIRING.samples:  # the n and the caveats' sample sizes
        assert sources.loc[pick.source_id, "url"] in links
    text = text_of(card)
    assert "Periode: Nederland 2019-2020" in text
    for caveat in topic.caveats:
        assert page.t(f"cmp.caveat.{caveat}", "nl", **page.edition_facts("nl")) in text


def test_gap_card_sources(oracle, data):
    card = page.gap_card(data, "nl")
    links = set(links_of(card))
    sources = data["sources"].set_index("source_id")
    for _, row in cmp.gaps(data["figures"]).iterrows():
        for key in (row["nl_key"], row["dk_key"]):
            assert sources.loc[oracle.loc[key, "source_id"], "url"] in links


@pytest.mark.parametrize("lang, sep, decimal, headers", [
    ("nl", ";", ",", ["Categorie", "Land of groep", "Waarde", "Getal", "Nauwkeurigheid",
                      "Herkomst", "Editie", "Periode", "n", "Figuur", "Citaat uit de bron", "Bron"]),
    ("en", ",", ".", ["Category", "Country or group", "Value", "Number", "Exactness",
                      "Provenance", "Edition", "Period", "n", "Figure", "Quote from the source", "Source"]),
])
def test_csv_is_exactly_what_is_shown(data, lang, sep, decimal, headers):
    state = ComparisonState(topic="technologie", lang=lang)
    payload = page.topic_csv(state, data)
    assert payload["filename"] == "vergelijking-technologie.csv"
    frame = pd.read_csv(io.StringIO(payload["content"].lstrip("\ufeff")), sep=sep,
                        decimal=decimal, keep_default_na=False, na_values=[""])
    assert frame.columns.tolist() == headers
    slots = page.topic_slots(state, data)
    assert len(frame) == len(slots)
    fig = checked(find(page.topic_card(state, data), ids.CMP_TOPIC_CHART).figure)
    shown = [t if t else m for t, m in zip(fig.data[0].text, slots["empty_text"])]
    assert frame[headers[2]].tolist() == shown
    numbers = frame[headers[3]].tolist()
    assert [None if pd.isna(v) else v for v in numbers] == list(fig.data[0].x)
    assert frame.loc[frame[headers[2]].eq("< 30%"), headers[4]].str.contains(
        "upper bound" if lang == "en" else "bovengrens").all()


def test_gap_csv(data):
    payload = page.gap_csv("nl", data)
    frame = pd.read_csv(io.StringIO(payload["content"].lstrip("\ufeff")), sep=";", decimal=",")
    assert frame["Verschil NL − DK (procentpunt)"].tolist()[:2] == [31, 30]
    assert "Bron DK" in frame.columns


def show_topic(triggered: str, *args):
    """callbacks.vergelijking.show_topic as Dash calls it when `triggered` changed."""
    from contextvars import copy_context

    from dash._callback_context import context_value
    from dash._utils import AttributeDict

    import pages.vergelijking.callbacks as cb

    def call():
        context_value.set(AttributeDict(triggered_inputs=[{"prop_id": triggered,
                                                           "value": None}]))
        return cb.show_topic(*args)

    return copy_context().run(call)


def test_callbacks_are_thin_adapters(data):
    import pages.vergelijking.callbacks as cb

    search, _, _, card, notices = show_topic(f"{ids.CMP_TOPIC}.value", "aanleiding", "",
                                             "?lang=en")
    assert search == "?lang=en&onderwerp=aanleiding" and notices == []
    assert "Figure 7" in text_of(card)
    search, *_ = show_topic(f"{ids.CMP_TOPIC}.value", "bogus", None, "")
    assert search == ""  # invalid control values fall back to the defaults
    search, *_ = show_topic(f"{ids.CMP_SUBGROUP}.value", "typen", "geen",
                            "?subgroep=cluster:GGD")
    assert search == "?onderwerp=typen"
    assert cb.download_topic(None, "") is not None  # no_update sentinel, not a file
    assert cb.download_topic(1, "?onderwerp=typen")["filename"] == "vergelijking-typen.csv"


def test_back_and_forward_set_controls_and_chart_from_the_address(data):
    """The address changed (browser history): the controls follow it, the URL is not
    written again."""
    from dash import no_update

    search, topic, subgroup, card, _ = show_topic(f"{ids.CMP_URL}.search", "typen", "",
                                                  "?onderwerp=resultaten&lang=en")
    assert search is no_update and topic == "resultaten" and subgroup == NO_SUBGROUP_CONTROL
    assert "results" in text_of(card).lower()


def test_a_missing_published_row_stops_with_its_name(data):
    figures = data["figures"]
    pick = TOPIC_BY_KEY["aanleiding"].categories[0].dk[0]
    without = figures[~(figures["country"].eq("DK") & figures["figure"].eq("Figuur 7")
                        & figures["category"].eq("employees"))]
    with pytest.raises(cmp.PublishedRowMissing, match="employees"):
        cmp.pick_row(without, pick)
    assert cmp.pick_row(figures, pick)["value"] == 34.0


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_records_and_frame_give_the_same_table_and_chart(shares, data, lang):
    """The card reads the slots as records (no frame per request); the frame (topic_slots,
    the CSV and analysis) gives the same table and figure, subgroup included."""
    for topic in TOPICS:
        sub = None
        if topic.sub_indicator is not None:
            sub = cmp.Subgroup("sector:Gemeenten", cmp.subgroup_values(
                shares, topic, "sector", "Gemeenten"), True)
        records = cmp.slot_records(data["figures"], topic, lang, sub)
        frame = cmp.slots_frame(records)
        pd.testing.assert_frame_equal(cmp.table(records, lang), cmp.table(frame, lang))
        assert cmp.topic_figure(records, lang) == cmp.topic_figure(frame, lang)
        columns = cmp.table_columns(records, lang)
        assert list(columns) == list(cmp.table(frame, lang).columns)
        shown = cmp.display_table(columns, lang)
        n_col = [c for c in columns if c == "n"][0]
        assert all(isinstance(v, str) for v in shown[n_col])
