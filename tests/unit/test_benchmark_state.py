"""The benchmark's URL state: compact answers, profile, peer group; bad links fall back."""

import pytest
from hypothesis import given, strategies as st

from pages.benchmark.state import (ANSWER_VALUES, N_ITEMS, BenchmarkState, answer_tokens,
                                        encode_answers, likert_values, parse_answers)
from data import questionnaire as q


def test_compact_answers_drop_trailing_unanswered():
    assert encode_answers(["4", "5", "x", "3"] + [None] * 9) == "4,5,x,3"
    assert encode_answers([None] * N_ITEMS) == ""
    assert encode_answers(["", "2"]) == ",2"
    assert answer_tokens("4,5,x,3") == ("4", "5", "x", "3") + ("",) * 9


@pytest.mark.parametrize("raw", ["6", "0", "4,5,y", "4;5", ",".join(["3"] * 14), "é"])
def test_invalid_answers_raise(raw):
    with pytest.raises(ValueError):
        parse_answers(raw)


def test_likert_values_treat_dont_know_and_blank_as_missing():
    assert likert_values(("1", "x", "", "5")) == [1, None, None, 5]


@given(st.lists(st.sampled_from([*ANSWER_VALUES, ""]), min_size=N_ITEMS, max_size=N_ITEMS),
       st.sampled_from(["", *q.SECTORS]), st.sampled_from(["", *q.SIZE_CLASSES]),
       st.sampled_from(["sector", "cluster", "size_class", "all"]), st.sampled_from(["nl", "en"]))
def test_link_round_trip(tokens, sector, size, peer, lang):
    state = BenchmarkState(a=encode_answers(tokens), sector=sector, size_class=size, peer=peer,
                           lang=lang)
    parsed, notices = BenchmarkState.from_query(state.to_query())
    assert parsed == state and notices == []
    assert parsed.tokens == tuple(tokens)


def test_link_is_compact_and_readable():
    state = BenchmarkState(a="4,5,x,3", sector="Gemeenten", size_class="500+")
    assert state.to_query() == "?a=4,5,x,3&sector=Gemeenten&omvang=500%2B"
    assert BenchmarkState().to_query() == ""


@pytest.mark.parametrize("query, param", [
    ("?a=4,9,3", "a"),
    ("?a=" + ",".join(["4"] * 20), "a"),
    ("?sector=Ministerie", "sector"),
    ("?cluster=Onbekend", "cluster"),
    ("?omvang=12", "omvang"),
    ("?vergelijk=buurman", "vergelijk"),
])
def test_invalid_link_values_fall_back_with_a_notice(query, param):
    state, notices = BenchmarkState.from_query(query + "&sector=Gemeenten"
                                               if param != "sector" else query)
    field = next(p.name for p in BenchmarkState.params() if p.key == param)
    assert getattr(state, field) == getattr(BenchmarkState(), field)
    assert [n.key for n in notices] == ["notice.invalid_param"]
    assert dict(notices[0].values)["param"] == param


def test_page_address_never_holds_answers():
    state = BenchmarkState(a="4,5,x", sector="Gemeenten", peer="all")
    assert "a=" not in state.without_answers().to_query()
    assert state.without_answers().to_query() == "?sector=Gemeenten&vergelijk=all"


def test_from_values_drops_invalid_control_values():
    state = BenchmarkState.from_values(a="4,5,7", sector="Gemeenten", size_class=None,
                                       peer="all", lang="fr")
    assert state == BenchmarkState(sector="Gemeenten", peer="all")
