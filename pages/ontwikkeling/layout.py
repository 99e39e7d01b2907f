"""Layout of the trends page: lead, the noise test and its assumptions, one card per
indicator (cards.TRENDS), the series breaks and the editions."""

from __future__ import annotations

import dash_bootstrap_components as dbc
from dash import html

from components import ids, shell
from components.i18n import t
from data import editions as ed
from data import load
from pages.ontwikkeling import cards
from pages.ontwikkeling.state import TrendState


def method(lang: str) -> html.Details:
    """The test, its assumptions and where it cannot be done (open by default)."""
    return html.Details([
        html.Summary(t("trend.method.title", lang), className="fw-semibold"),
        html.P(t("trend.method.test", lang), className="mt-2 mb-1"),
        html.P(t("trend.method.assumptions", lang), className="mb-1"),
        html.P(t("trend.method.limits", lang), className="mb-0"),
    ], id=ids.TREND_METHOD, open=True, className="trend-method mb-4 p-3 border rounded")


def _labels(editions, country: str) -> str:
    return ", ".join(f"{e.label} ({e.period})" for e in ed.of_country(editions, country))


def layout(search: str = "") -> html.Div:
    """The trends page for the query string `search`."""
    return shell.language_page(TrendState, search, _body)


@load.memoised(maxsize=4)
def _body(folder: str, lang: str) -> tuple:
    """The page below its notices: published figures only, and the language is its one
    choice, so it is built once per language and aggregates folder (shared between
    responses: do not change it)."""
    # the tables themselves (kept for the process): the editions' series are worked out once
    figures = load.kept_table("published_figures")
    sources = load.kept_table("sources")
    editions = load.kept_table("editions")
    trend_cards = [cards.trend_card(trend, figures, editions, sources, lang)
                   for trend in cards.TRENDS]
    extra = [c for c in (cards.break_card(figures, editions, sources, lang),
                         cards.levels_card(figures, editions, sources, lang)) if c is not None]
    return (
        html.H1(t("trend.title", lang), className="h2"),
        html.P(t("trend.lead", lang, nl_editions=_labels(editions, "NL"),
                 dk_editions=_labels(editions, "DK")), className="lead"),
        method(lang),
        *[dbc.Row([dbc.Col(card, lg=6) for card in trend_cards[i:i + 2]])
          for i in range(0, len(trend_cards), 2)],
        dbc.Row([dbc.Col(card, lg=6) for card in extra]),
        html.H2(t("trend.editions.title", lang), className="h4 mt-2"),
        cards.editions_card(editions, sources, lang),
    )
