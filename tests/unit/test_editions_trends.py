"""The edition registry helpers, the noise test and the trends page's builders."""

from __future__ import annotations

import math

import pandas as pd
import pytest

from components.i18n import t
from data import editions as ed
from data import load
from pages.ontwikkeling import cards
from pages.ontwikkeling import figures as fig
from tests.figure_check import checked


@pytest.fixture(scope="module")
def tables():
    return load.load_table("published_figures"), load.load_table("editions")


# ------------------------------------------------------------------ the noise test

@pytest.mark.parametrize("p1,n1,p2,n2,z", [
    (0.5, 100, 0.6, 100, 1.4213),     # textbook: pooled 0.55, se 0.07036
    (0.86, 366, 0.76, 347, -3.4112),  # the share that innovated, NL 2021 -> 2025
    (0.81, 2271, 0.83, 1352, 1.5072),
])
def test_two_proportion_z_known_values(p1, n1, p2, n2, z):
    got, p = ed.two_proportion_z(p1, n1, p2, n2)
    assert got == pytest.approx(z, abs=1e-4)
    assert p == pytest.approx(math.erfc(abs(z) / math.sqrt(2)), rel=1e-3)


def test_the_critical_value_is_the_five_percent_boundary():
    assert 2 * 0.5 * math.erfc(ed.Z_CRITICAL / math.sqrt(2)) == pytest.approx(ed.ALPHA)


def test_change_outcomes():
    exact = {"exactness": "exact"}
    sig = ed.change({**exact, "value": 86, "n": 366}, {**exact, "value": 76, "n": 347})
    assert sig.testable and sig.significant and sig.difference == -10
    noise = ed.change({**exact, "value": 81, "n": 2271}, {**exact, "value": 83, "n": 1352})
    assert noise.testable and not noise.significant and noise.p_value == pytest.approx(0.1317,
                                                                                       abs=1e-3)
    bound = ed.change({"exactness": "lower_bound", "value": 75, "n": 313},
                      {**exact, "value": 78, "n": 300})
    assert not bound.testable and bound.reason == "bound"
    unknown = ed.change({**exact, "value": 62, "n": 313}, {**exact, "value": 37, "n": None})
    assert not unknown.testable and unknown.reason == "n_unknown"
    # the smallest unknown base at which -25 points would be significant, and it is tight
    k = unknown.min_base
    assert ed.two_proportion_z(0.62, 313, 0.37, k)[1] < ed.ALPHA
    assert ed.two_proportion_z(0.62, 313, 0.37, k - 1)[1] >= ed.ALPHA
    small = ed.change({**exact, "value": 2, "n": 50}, {**exact, "value": 10, "n": 50})
    assert small.reason == "small"
    assert ed.change({**exact, "value": 50, "n": None},
                     {**exact, "value": 40, "n": None}).min_base is None


def test_min_base_is_none_when_even_a_huge_base_is_not_enough():
    assert ed.min_base(0.50, 20, 0.51) is None


# ------------------------------------------------------------------ registry and series

def test_registry_helpers(tables):
    figures, editions = tables
    assert [e.edition for e in ed.of_country(editions, "NL")] == ["IBO-2021", "IBO-2025"]
    assert ed.latest(editions, "DK").edition == "IB-4"
    assert ed.previous(editions, ed.latest(editions, "NL")).edition == "IBO-2021"
    assert "NL-PONT-2025" in ed.secondary_sources(editions)
    assert ed.figure_label(editions, "IBO-2021", 17) == "Figuur 17"
    assert ed.figure_label(editions, "IBO-2025", 17) == ""  # a press release numbers no figures


def test_series_prefers_exact_then_own_source_and_keeps_the_others(tables):
    figures, editions = tables
    nl = ed.series(figures, editions, "NL", ("innovation_type",), "interaction", "innovators")
    first, second = nl
    # the report's own "more than 60" is a bound; the exact 62 comes from the press release
    assert (first.value, first.exactness, first.source_id) == (62.0, "exact", "NL-PONT-2025")
    assert first.also == ((60.0, "lower_bound", "NL-IBO2021"),)
    assert first.secondary and first.n_from_registry and first.n == 313
    assert second.value == 37.0 and second.n is None and second.change.reason == "n_unknown"
    dk = ed.series(figures, editions, "DK", *ed.HEADLINE)
    by = {o.edition.edition: o for o in dk}
    assert by["IB-1"].value is None and by["IB-2"].value is None
    # DK's own page (n = 2,271) before the value cited in the Dutch report
    assert (by["IB-3"].value, by["IB-3"].source_id, by["IB-3"].n) == (81.0, "DK-COPI3-INNOV",
                                                                     2271)
    assert by["IB-4"].change.testable and not by["IB-4"].change.significant


def test_latest_change_is_the_headline(tables):
    figures, editions = tables
    latest, before, after = ed.latest_change(figures, editions)
    assert latest.edition == "IBO-2025"
    assert (before.value, after.value) == (86.0, 76.0)
    assert after.change.significant


# ------------------------------------------------------------------ figure builders

@pytest.mark.parametrize("lang", ["nl", "en"])
def test_trend_figure_draws_every_edition_and_marks_the_change(tables, lang):
    figures, editions = tables
    by_country = cards.observations(cards.TREND_BY_KEY["innovated"], figures, editions)
    figure = checked(fig.trend_figure(by_country, lang))
    bars, missing = figure.data[0], figure.data[1]
    rows = list(bars.y)
    assert len(rows) == 2 + 4  # NL 2 editions, DK 4
    assert {r.split(" · ")[0] for r in rows} == {"NL", "DK"}
    texts = dict(zip(rows, bars.text))
    nl_2025 = next(r for r in rows if r.startswith("NL · IBO 2025"))
    assert texts[nl_2025].startswith("76%") and "✱" in texts[nl_2025]
    dk_4 = next(r for r in rows if r.startswith("DK · IB 4"))
    assert "✱" not in texts[dk_4]  # +2 points is within sampling noise
    assert list(missing.text) == [t("trend.not_published", lang)] * 2  # IB 1 and IB 2
    assert "2023-2024" in nl_2025


def test_trend_table_and_summary_name_source_period_and_test(tables):
    figures, editions = tables
    by_country = cards.observations(cards.TREND_BY_KEY["interaction"], figures, editions)
    table = fig.table(by_country, "nl")
    assert list(table[t("table.col.edition", "nl")]) == ["IBO 2021", "IBO 2025"]
    assert all("secundaire bron" in s for s in table[t("table.col.source", "nl")])
    assert "niet gepubliceerd" in table[t("table.col.noise", "nl")].iloc[1]
    summary = fig.summary(by_country, "en")
    assert "62% → 37%" in summary and "Denmark: no comparable figure published." in summary


def test_a_country_without_values_draws_nothing():
    empty = checked(fig.trend_figure({}, "nl"))
    assert not empty.data and empty.layout.annotations


def test_series_break_is_never_paired_with_the_previous_sectors(tables):
    figures, editions = tables
    from components.export import plain_text

    card = cards.break_card(figures, editions, load.load_table("sources"), "nl")
    text = plain_text(card)
    assert "92%" in text and "56%" in text and "Secundaire bron" in text
    graph = next(c for c in _walk(card) if getattr(c, "id", None) == "trend-series-break-chart")
    figure = checked(graph.figure)
    assert len(figure.data) == 1 and len(figure.data[0].y) == 2  # 2025 only


def _walk(node):
    yield node
    children = getattr(node, "children", None)
    if isinstance(children, (list, tuple)):
        for child in children:
            yield from _walk(child)
    elif children is not None and not isinstance(children, (str, int, float)):
        yield from _walk(children)


def test_every_trend_card_has_both_languages(tables):
    figures, editions = tables
    for trend in cards.TRENDS:
        for lang in ("nl", "en"):
            assert t(f"trend.{trend.key}.title", lang) and t(f"trend.{trend.key}.question", lang)
    assert isinstance(cards.editions_table(editions, "en"), pd.DataFrame)
