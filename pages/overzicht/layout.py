"""Layout of the overview (/): the key figures, then the card contract's sections in order
(consecutive half-width ones share a row)."""

from __future__ import annotations

from dash import html

from components import published, shell
from components.chart import section_layout
from components.i18n import t
from data import editions as ed
from data import load
from pages.overzicht.cards import CARDS, _kpis, latest_edition, sections
from pages.overzicht.state import OverviewState


def layout(search: str = "") -> html.Div:
    """The overview page for the query string `search`."""
    return shell.language_page(OverviewState, search, _body)


@load.memoised(maxsize=4)
def _body(folder: str, lang: str) -> tuple:
    """The page below its notices: published figures only, and the language is its one
    choice, so it is built once per language and aggregates folder (shared between
    responses: do not change it)."""
    figures, editions = load.kept_table("published_figures"), load.kept_table("editions")
    return (
        html.H1(t("overview.title", lang), className="h2"),
        latest_edition(figures, editions, load.load_table("sources"), lang),
        html.P(t("overview.lead", lang,
                 **published.edition_values(ed.report_edition(editions), lang)),
               className="lead"),
        _kpis(figures, editions, lang),
        *section_layout(CARDS, sections(lang), lang),
        html.P(t("overview.next", lang)),
    )
