"""The cards of the overview (/): key figures, innovation share against the Nordic countries,
climate groups, innovation types. CARDS, the page's card contract, drives the layout."""

from __future__ import annotations

from dataclasses import dataclass

import pandas as pd
from dash import dcc, html
import dash_bootstrap_components as dbc

from components import ids, published, shell
from components.change import marker_text
from components.chart import Section, chart_card, kpi_tile
from components.figures.published import value_label
from components.provenance import clean_source_text, figure_label
from components.i18n import category_label, t
from components.numbers import fmt_number
from data import editions as ed
from data import load, reference
from data.cube import rows_where
from pages.overzicht import figures as fig
from pages.overzicht.state import OverviewState



def _kpis(figures, editions, lang: str) -> dbc.Row:
    report = ed.report_edition(editions)

    def one(**criteria):
        return rows_where(figures, source_id=report.primary_source, **criteria).iloc[0]

    respondents = one(country="NL", indicator="survey_respondents", category="all")
    innovators = one(country="NL", indicator="survey_innovators", category="all")
    share = one(country="NL", edition=report.edition, indicator="innovation_share",
                category="all")
    # the Danish value the report sets beside it, in the same figure
    share_dk = one(country="DK", figure=share["figure"], indicator="innovation_share")
    mean = one(country="NL", indicator="climate_scale", category="mean")
    src = report.label

    def kpi(value: str, label: str, source: str) -> dbc.Col:
        return kpi_tile(value, label, source, md=3, sm=6)

    return dbc.Row([
        kpi(fmt_number(respondents["value"], lang), t("overview.kpi.organisations", lang),
             f"{src}, {figure_label(respondents['figure'], lang)}"),
        kpi(fmt_number(innovators["value"], lang), t("overview.kpi.innovators", lang, **published.edition_values(report, lang)),
             f"{src}, {figure_label(innovators['figure'], lang)}"),
        kpi(value_label(share["value"], share["exactness"], "pct", lang),
             t("overview.kpi.share", lang,
               dk=value_label(share_dk["value"], share_dk["exactness"], "pct", lang)),
             f"{src}, {figure_label(share['figure'], lang)}"),
        kpi(fmt_number(mean["value"], lang, 1), t("overview.kpi.climate", lang),
             f"{src}, {figure_label(mean['figure'], lang)}"),
    ], id=ids.OVERVIEW_KPIS)


def _report(rows) -> ed.Edition:
    """The registry row of the edition the published rows belong to."""
    return reference.edition(rows["edition"].iloc[0])


def share_card(figures, sources, lang: str) -> dbc.Card:
    rows = fig.innovation_share_rows(figures)
    labels = [t(f"country.{c}", lang) for c in rows["country"]]
    nl_rows = rows[rows["country"].eq("NL")]
    nl = nl_rows.iloc[0]
    others = rows[~rows["country"].eq("NL")]["value"]
    pct = lambda v: value_label(v, "exact", "pct", lang)  # noqa: E731
    summary = t("overview.share.summary", lang, nl=pct(nl["value"]), low=pct(others.min()),
                high=pct(others.max()), **published.edition_values(_report(nl_rows), lang))
    return chart_card(
        ids.OVERVIEW_SHARE_CHART, fig.innovation_share_figure(figures, lang),
        t("overview.share.title", lang), lang, summary=summary, badge="published",
        meta_lines=[*published.source_lines(rows, sources, lang),
                    t("overview.share.caveat", lang, **published.report_values(lang))],
        table=published.table(rows, labels, lang), filename="innovatie-aandeel-nl-noorden")


def _climate_card(figures, sources, lang: str) -> dbc.Card:
    rows = fig.climate_group_rows(figures)
    mean = rows_where(figures, country="NL", indicator="climate_scale", category="mean")
    values = {r["category"]: value_label(r["value"], r["exactness"], "pct", lang)
              for _, r in rows.iterrows()}
    summary = t("overview.climate.summary", lang,
                mean=fmt_number(mean["value"].iloc[0], lang, 1), **values)
    labels = [category_label("climate_group", g, lang) for g in rows["category"]]
    return chart_card(
        ids.OVERVIEW_CLIMATE_CHART, fig.climate_groups_figure(figures, lang),
        t("overview.climate.title", lang), lang, summary=summary, badge="published",
        meta_lines=[t("overview.climate.question", lang, **published.report_values(lang)),
                    t("n.orgs", lang, n=_report(rows).organisations),
                    *published.source_lines(rows, sources, lang),
                    t("exactness.legend", lang)],
        table=published.table(rows, labels, lang), filename="innovatieklimaat-groepen")


def _types_card(figures, sources, lang: str) -> dbc.Card:
    rows = fig.innovation_type_rows(figures)
    labels = [category_label("innovation_type", c, lang) for c in rows["category"]]
    by_cat = {r["category"]: value_label(r["value"], r["exactness"], "pct", lang)
              for _, r in rows.iterrows()}
    summary = t("overview.types.summary", lang, process=by_cat["process"],
                product=by_cat["product"])
    return chart_card(
        ids.OVERVIEW_TYPES_CHART, fig.innovation_types_figure(figures, lang),
        t("overview.types.title", lang), lang, summary=summary, badge="published",
        meta_lines=[t("overview.types.question", lang,
                      **published.edition_values(_report(rows), lang)), t("n.orgs", lang, n=_report(rows).innovators),
                    *published.source_lines(rows, sources, lang),
                    t("exactness.legend", lang)],
        table=published.table(rows, labels, lang), filename="innovatie-typen")


def latest_edition(figures, editions, sources, lang: str) -> html.Div:
    """The latest Dutch edition, what changed in the share that innovated (with the noise
    test) and a link to /ontwikkeling; all from the editions table and the figures."""
    latest, before, after = ed.latest_change(figures, editions, "NL")
    change = ""
    if before is not None and after is not None and after.change is not None:
        change = t("overview.latest.change", lang,
                   before=value_label(before.value, before.exactness, before.unit, lang),
                   previous=before.edition.label,
                   after=value_label(after.value, after.exactness, after.unit, lang),
                   marker=marker_text(after.change, lang))
        source = published.source_of(sources, after.source_id) if after.secondary else None
        if source is not None:
            change += " " + t("overview.latest.secondary", lang,
                              source=clean_source_text(source.publisher, lang))
    text = t("overview.latest", lang, label=latest.label, n=fmt_number(latest.organisations, lang),
             unit=t(f"trend.unit.{latest.unit}", lang), period=latest.period, change=change)
    return html.Div([
        html.P(text, className="mb-1"),
        dcc.Link(t("overview.latest.link", lang), href=shell.with_lang("/ontwikkeling", lang)),
    ], id=ids.OVERVIEW_LATEST, className="overview-latest mb-3 p-3 border-start border-4")


# --- the card contract ------------------------------------------------------------------------

@dataclass(frozen=True)
class Built:
    """What the builders share: the published figures, the sources and the language."""

    figures: pd.DataFrame
    sources: pd.DataFrame
    lang: str


CARDS: tuple[Section, ...] = (
    Section(ids.OVERVIEW_SHARE_CARD, lambda b: share_card(b.figures, b.sources, b.lang)),
    Section(ids.OVERVIEW_CLIMATE_CARD, lambda b: _climate_card(b.figures, b.sources, b.lang),
            width=6),
    Section(ids.OVERVIEW_TYPES_CARD, lambda b: _types_card(b.figures, b.sources, b.lang),
            width=6),
)
SECTION_IDS = tuple(c.id for c in CARDS)


def sections(lang: str, only: tuple[str, ...] = SECTION_IDS) -> dict[str, object]:
    """Children of the section containers in `only` (default: all), keyed by container id."""
    built = Built(load.load_table("published_figures"), load.load_table("sources"), lang)
    return {c.id: c.build(built) for c in CARDS if c.id in only}


def card(section: str, search: str = "") -> object:
    """One section for a URL's query string (the presenter storyline shows it)."""
    return sections(OverviewState.from_query(search)[0].lang, only=(section,))[section]
