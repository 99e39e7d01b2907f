"""Benchmark builders on small fixture frames shaped per data/schema.py.

Peer groups (suppressed ones never offered), the position chart, the statement order, the
result and the page layout, with frames of both dtypes the loader may hand over (string
columns, or categoricals as the pipeline writes indicator_shares).
"""

import math

import numpy as np
import pandas as pd
import plotly.io as pio
import pytest

from pages.benchmark.layout import peer_note, statement_fields
from pages.benchmark import cards as result
from components import ids
from pages.benchmark.state import BenchmarkState
from pages.benchmark import figures as fig
from data import load
from data import questionnaire as q
from data import schema
from tests.figure_check import checked

POP = {"f_sector": "all", "f_cluster": "all", "f_size": "all", "f_innovated": "all"}
# (grouping, group, n): Provincies (3) and the cluster are withheld; Waterschappen (8) is
# published without box statistics (n < BOX_MIN_N) and without percentiles.
GROUPS = [("all", "all", 366), ("sector", "Gemeenten", 85), ("sector", "Waterschappen", 8),
          ("size_class", "500+", 108)]
WITHHELD = [("sector", "Provincies"), ("cluster", "Zelfstandige bestuursorganen")]


def _percentiles() -> pd.DataFrame:
    rows = []
    for grouping, group, n in GROUPS:
        if n < schema.BOX_MIN_N:
            continue
        grid = np.round(np.arange(1, 5 + 0.05, schema.PERCENTILE_STEP), 2)
        below = np.clip((grid - 2.5) / 2.5 * 100, 0, 100).round()
        rows.append(pd.DataFrame({**POP, "grouping": grouping, "group": group, "n": n,
                                  "score": grid, "pct_below": below,
                                  "pct_at_or_below": np.minimum(below + 2, 100),
                                  "pct_band": 1.0}))
    frame = pd.concat(rows, ignore_index=True)
    frame["n"] = frame["n"].astype("Int64")
    return frame


def _box() -> pd.DataFrame:
    boxed = {"q1": 3.4, "median": 3.7, "q3": 4.0, "lower_whisker": 2.9, "upper_whisker": 4.5,
             "whisker_rule": "p10_p90"}
    rows = [{**POP, "grouping": g, "group": v, "n": n, "suppressed": False, "suppression": "",
             "mean": 3.7, "sd": 0.5, **(boxed if n >= schema.BOX_MIN_N else
                                        dict.fromkeys(boxed))} for g, v, n in GROUPS]
    rows += [{**POP, "grouping": g, "group": v, "n": None, "suppressed": True,
              "suppression": schema.WITHHELD, "mean": None, "sd": None,
              **dict.fromkeys(boxed)} for g, v in WITHHELD]
    frame = pd.DataFrame(rows)
    frame["n"] = frame["n"].astype("Int64")
    return frame


AGREE = dict(zip(q.SCALE_ITEMS, [87, 85, 79, 78, 67, 28, 58, 34, 55, 40, 42, 60, 48]))


def _shares(categorical: bool) -> pd.DataFrame:
    rows = []
    for grouping, group, n in GROUPS:
        for item, share in AGREE.items():
            bound = "exact"
            if n < schema.SMALL_GROUP and share >= 85:  # stands in for a "> 90%" bound
                bound, share = "above", math.nan
            rows.append({**POP, "grouping": grouping, "group": group, "n": n,
                         "suppressed": False, "suppression": "",
                         "indicator": "climate_statement", "category": item,
                         "measure": "agree", "share": share, "share_bound": bound})
    frame = pd.DataFrame(rows)
    if categorical:
        for col in ("grouping", "group", "indicator", "category", "measure", "share_bound",
                    *POP):
            frame[col] = frame[col].astype("category")
    return frame


def _figures() -> pd.DataFrame:
    return pd.DataFrame([
        {"source_id": "NL-IBO2021", "figure": "Figuur 20",
         "indicator": "success_factor_gap_krachtig_vs_beperkt",
         "category": "dealing_with_mistakes", "evidence": "43 procentpunten vaker genoemd"},
        {"source_id": "NL-IBO2021", "figure": "Figuur 21",
         "indicator": "result_gap_krachtig_vs_beperkt", "category": "quality",
         "evidence": "20 procentpunten beter"}])


def _sources() -> pd.DataFrame:
    return pd.DataFrame([{"source_id": "NL-IBO2021", "title": "Innovatie Barometer Overheid "
                          "2021", "publisher": "BZK/ICTU", "year": "2021",
                          "url": "https://example.org/ibo"}])


@pytest.fixture(params=[False, True], ids=["string", "categorical"])
def tables(request) -> result.Tables:
    box = _box()
    return result.Tables(_percentiles(), box, _shares(request.param), _figures(), _sources())


ANSWERS = ("4", "5", "x", "3", "4", "4", "2", "3", "4", "4", "5", "3", "4")


def _texts(component) -> str:
    out = []

    def walk(c):
        if isinstance(c, (str, int, float)):
            out.append(str(c))
        elif isinstance(c, (list, tuple)):
            for x in c:
                walk(x)
        elif getattr(c, "children", None) is not None:
            walk(c.children)
    walk(component)
    return " ".join(out)


def test_suppressed_own_groups_are_not_offered_and_said(tables):
    profile = BenchmarkState(sector="Provincies", cluster="Zelfstandige bestuursorganen",
                             size_class="500+").profile()
    offered, withheld = fig.peer_options(tables.percentiles, profile)
    assert [p.grouping for p in offered] == ["size_class", "all"]
    assert withheld == WITHHELD
    assert fig.resolve_peer("sector", offered).grouping == "size_class"
    note = _texts(peer_note(withheld, offered, "nl"))
    assert "Provincies" in note and "ter bescherming van de deelnemers" in note
    assert "Zelfstandige bestuursorganen" in note


def test_only_all_without_a_profile(tables):
    offered, withheld = fig.peer_options(tables.percentiles, BenchmarkState().profile())
    assert [(p.grouping, p.n) for p in offered] == [("all", 366)] and withheld == []
    assert "Kies hierboven" in _texts(peer_note(withheld, offered, "nl"))


def test_groups_below_min_cell_never_offered_even_if_a_row_slips_in(tables):
    sneaky = pd.concat([tables.percentiles, pd.DataFrame(
        [{**POP, "grouping": "sector", "group": "Provincies", "n": 3, "score": 3.0,
          "pct_below": 0.0, "pct_at_or_below": 33.0}])], ignore_index=True)
    assert ("sector", "Provincies") not in fig.published_peers(sneaky)


def test_statements_lagging_most_come_first(tables):
    peer = fig.Peer("sector", "Gemeenten", 85)
    rows = fig.statement_rows(ANSWERS, fig.statement_shares(tables.shares, peer))
    assert len(rows) == len(q.SCALE_ITEMS)
    # not agreeing where most peers agree: largest share first
    behind = rows[rows["position"].eq("behind")]
    assert list(behind["item"]) == ["citizen_business_perspective_included",
                                    "curious_about_new_technology",
                                    "management_supports_innovation"]
    assert rows["gap"].dropna().is_monotonic_increasing
    assert rows.iloc[-1]["item"] == "new_ideas_valued"  # "weet niet": last, no comparison
    assert rows.iloc[-1]["position"] == "unknown"


def test_bounded_shares_are_shown_as_bounds(tables):
    peer = fig.Peer("sector", "Waterschappen", 8)  # n < 10: the top two as "> 90%"
    shares = fig.statement_shares(tables.shares, peer)
    assert (shares["bound"] == "above").sum() == 2
    section = _texts(result.statements_table(ANSWERS, peer, tables, "nl"))
    assert "> 90%" in section


def test_position_figure_marks_the_score_on_each_box(tables):
    peers = [fig.Peer("sector", "Gemeenten", 85), fig.Peer("all", "all", 366)]
    boxes = [(fig.peer_label(p, "nl"), fig.box_row(tables.box, p)) for p in peers]
    figure = checked(fig.position_figure(boxes, 3.75, "nl"))
    kinds = [trace.type for trace in figure.data]
    assert kinds.count("box") == 2
    # no outliers, minimum or maximum: each would be one organisation's score
    assert [tr.type for tr in figure.data] == ["box", "box", "scatter"]
    marker = [tr for tr in figure.data if tr.type == "scatter" and tr.marker.symbol == "diamond"]
    assert len(marker) == 1 and list(marker[0].x) == [3.75, 3.75]
    assert list(marker[0].y) == ["Gemeenten", "Alle organisaties"]
    assert {a.text for a in figure.layout.annotations} >= {"u: 3,75", "Krachtig", "Beperkt"}
    assert figure.layout.separators == ",."
    pio.to_json(figure)  # serialisable
    long_label = fig.axis_label(fig.peer_label(fig.Peer(
        "cluster", "Watermanagement (waterschappen en overige water gerelateerde organisatie)",
        18), "nl"))
    assert "<br>" in long_label


def test_result_sentence_and_headline(tables):
    offered, _ = fig.peer_options(tables.percentiles, BenchmarkState(sector="Gemeenten")
                                  .profile())
    peer = fig.resolve_peer("sector", offered)
    text = _texts(result.result(ANSWERS, peer, result.all_organisations(offered), tables,
                                "nl"))
    # fixture grid: pct_below(3.7) = 48, pct_below(3.8) = 52: halfway 50
    assert "Uw score 3,75 ligt hoger dan ongeveer 50% van de 85 organisaties in de sector " \
           "Gemeenten." in text
    assert "Gemiddeld" in text and "tussen 48% en 52%" in text
    assert "43 procentpunten vaker genoemd" in text and "Tekstvak 2" in text
    assert "voldoende tijd voor innovatie" in text


def test_result_in_english(tables):
    peer = fig.Peer("all", "all", 366)
    text = _texts(result.result(ANSWERS, peer, peer, tables, "en"))
    assert "Your score of 3.75 is higher than about" in text and "of all 366" in text
    assert "our translation" in text


def test_too_few_answers_is_a_message(tables):
    tokens = ("4", "x", "", "5") + ("",) * 9
    text = _texts(result.result(tokens, fig.Peer("all", "all", 366), None, tables, "nl"))
    assert "Nog geen score" in text and "nog 8" in text and "stelling 2, 3, 5" in text


def test_nothing_submitted_is_a_hint(tables):
    assert "Vul de stellingen in" in _texts(result.result(None, None, None, tables, "nl"))


def test_form_marks_every_statement_as_paraphrase_and_states_the_minimum():
    state = BenchmarkState(a="4,5,x")
    section = statement_fields(state, "nl")
    text = _texts(section)
    assert text.count("parafrase") >= len(q.SCALE_ITEMS)
    assert f"minimaal {q.MIN_SCALE_ITEMS_ANSWERED} van de {len(q.SCALE_ITEMS)}" in text
    radios = [c for c in section.children if getattr(c, "className", "") ==
              "benchmark-item mb-3"]
    assert len(radios) == len(q.SCALE_ITEMS)
    values = [r.children[1].value for r in radios]
    assert values[:3] == ["4", "5", "x"] and values[3:] == [None] * 10
    labels = [o["label"] for o in radios[0].children[1].options]
    assert labels == ["helemaal oneens", "oneens", "neutraal", "eens", "helemaal eens",
                      "weet niet"]


def test_page_layout_has_every_benchmark_id(monkeypatch):
    from pages import benchmark as page

    real = load.load_table
    monkeypatch.setattr(load, "load_table", lambda name, edition=None: _percentiles()
                        if name == "climate_percentiles" else real(name, edition))
    layout = page.layout("?a=4,5,x&sector=Gemeenten&vergelijk=all")
    found = list(layout)
    for name in dir(ids):
        value = getattr(ids, name)
        if name.startswith("BENCHMARK_") and isinstance(value, str) and name not in (
                "BENCHMARK_ANSWER_TYPE", "BENCHMARK_SCORE", "BENCHMARK_GROUP",
                "BENCHMARK_PERCENTILE", "BENCHMARK_CHART", "BENCHMARK_STATEMENTS"):
            assert value in found, name
    assert ids.benchmark_answer(q.SCALE_ITEMS[0]) in found
    assert layout[ids.BENCHMARK_PEER].value == "all"
    assert layout[ids.BENCHMARK_SUBMITTED].data == "4,5,x"
    assert layout[ids.BENCHMARK_SECTOR].value == "Gemeenten"


def test_invalid_link_gives_defaults_and_a_visible_notice(monkeypatch):
    from pages import benchmark as page

    real = load.load_table
    monkeypatch.setattr(load, "load_table", lambda name, edition=None: _percentiles()
                        if name == "climate_percentiles" else real(name, edition))
    layout = page.layout("?a=4,8&omvang=reus")
    assert layout[ids.BENCHMARK_SUBMITTED].data is None
    assert layout[ids.BENCHMARK_SIZE].value == "-"  # benchmark_form.NOT_CHOSEN
    assert "ongeldig" in _texts(layout)
