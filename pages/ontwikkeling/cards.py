"""The cards of the trends page: one contract per indicator, listed once (TRENDS), and the
card builders. Which editions exist, their periods, n and sources come from the data."""

from __future__ import annotations

from dataclasses import dataclass

import dash_bootstrap_components as dbc
import pandas as pd
from dash import html

from components import ids, published
from components.chart import chart_card
from components.figures import theme
from components.figures.published import value_label
from components.i18n import category_label, t
from components.numbers import fmt_number
from data import editions as ed
from data import load
from pages.ontwikkeling import figures as fig
from pages.ontwikkeling.state import TrendState

COUNTRIES = ("NL", "DK")


@dataclass(frozen=True)
class Trend:
    """One indicator over the editions: its published rows, the question's base, notes."""

    key: str                        # i18n prefix trend.<key>.*, section id, file name
    indicators: tuple[str, ...]     # published_figures.indicator (one concept, any spelling)
    category: str
    base: str                       # "all" or "innovators": the edition's n when a row has none
    notes: tuple[str, ...] = ()     # i18n keys: where wording, base or source changed

    @property
    def chart_id(self) -> str:
        return ids.trend_chart(self.key)


TRENDS: tuple[Trend, ...] = (
    Trend("innovated", *ed.HEADLINE),
    Trend("interaction", ("innovation_type",), "interaction", "innovators",
          ("trend.interaction.note",)),
    Trend("process", ("innovation_type",), "process", "innovators", ("trend.process.note",)),
    Trend("quality", ("innovation_result",), "quality", "innovators",
          ("trend.quality.note", "trend.dk_cited.note")),
    Trend("own_development", ("innovation_origin",), "own_development", "innovators",
          ("trend.dk_cited.note",)),
    Trend("new_technology", ("innovation_trigger",), "new_technology", "innovators",
          ("trend.dk_cited.note",)),
)
TREND_BY_KEY = {trend.key: trend for trend in TRENDS}
BREAK_INDICATOR = "innovation_share_by_org_type"
LEVEL_INDICATOR = "innovation_share_by_government_level"


def observations(trend: Trend, figures: pd.DataFrame,
                 editions: pd.DataFrame) -> dict[str, tuple[ed.Observation, ...]]:
    return {c: ed.series(figures, editions, c, trend.indicators, trend.category, trend.base)
            for c in COUNTRIES}


def _source_rows(by_country: dict, figures: pd.DataFrame) -> pd.DataFrame:
    """The published rows behind the shown observations (for the source lines)."""
    keys = {(o.source_id, o.edition.edition) for obs in by_country.values() for o in obs
            if o.value is not None}
    mask = [(s, e) in keys for s, e in zip(figures["source_id"], figures["edition"])]
    return figures[mask].drop_duplicates(["source_id", "edition"])


def secondary_line(items: list[tuple[str, str]], sources: pd.DataFrame,
                   lang: str) -> html.Strong | None:
    """"Secundaire bron: ..." for the shown values (label, source_id) that come from a
    republication; None when there are none."""
    if not items:
        return None
    by_id = sources.set_index("source_id")
    labels = ", ".join(dict.fromkeys(label for label, _ in items))
    names = ", ".join(f"{by_id.loc[s, 'publisher']}" for s in dict.fromkeys(s for _, s in items))
    return html.Strong(t("trend.secondary", lang, labels=labels, sources=names))


def note_values(editions: pd.DataFrame) -> dict[str, str]:
    """The editions a trend's note names, by country and place in the series: {nl_1} is the
    label of the Dutch edition at position 1 ("IBO 2021"), {dk_3} of the Danish one at 3."""
    return {f"{e.country.lower()}_{e.position}": e.label for e in ed.registry(editions)}


def trend_card(trend: Trend, figures: pd.DataFrame, editions: pd.DataFrame,
               sources: pd.DataFrame, lang: str) -> dbc.Card:
    """One indicator, every edition of NL and DK side by side, with the noise test."""
    by_country = observations(trend, figures, editions)
    rows = _source_rows(by_country, figures)
    absent = [t("trend.no_counterpart", lang, country=t(f"country.{c}", lang))
              for c, obs in by_country.items() if all(o.value is None for o in obs)]
    lines: list = [t(f"trend.{trend.key}.question", lang)]
    lines += [t(key, lang, **note_values(editions)) for key in trend.notes]
    lines += absent
    secondary = secondary_line(
        [(f"{o.edition.label} ({value_label(o.value, o.exactness, o.unit, lang)})", o.source_id)
         for obs in by_country.values() for o in obs if o.value is not None and o.secondary],
        sources, lang)
    if secondary:
        lines.append(secondary)
    lines += published.source_lines(rows, sources, lang)
    lines.append(t("exactness.legend", lang))
    return chart_card(trend.chart_id, fig.trend_figure(by_country, lang),
                      t(f"trend.{trend.key}.title", lang), lang,
                      summary=fig.summary(by_country, lang), meta_lines=lines,
                      table=fig.table(by_country, lang), badge="published",
                      filename=f"ontwikkeling-{trend.key}")


def break_card(figures: pd.DataFrame, editions: pd.DataFrame, sources: pd.DataFrame,
               lang: str) -> dbc.Card | None:
    """The latest NL edition's figures under its own grouping of organisations, when that
    grouping (sector_scheme) differs from the previous edition's: a series break."""
    latest = ed.latest(editions, "NL")
    before = ed.previous(editions, latest)
    rows = figures[figures["indicator"].eq(BREAK_INDICATOR)
                   & figures["edition"].eq(latest.edition)].reset_index(drop=True)
    if rows.empty or before is None or before.sector_scheme == latest.sector_scheme:
        return None
    labels = [category_label(BREAK_INDICATOR, c, lang) for c in rows["category"]]
    values = ", ".join(f"{lab} {value_label(v, e, u, lang)}" for lab, v, e, u in
                       zip(labels, rows["value"], rows["exactness"], rows["unit"]))
    period = rows["period"].iloc[0]
    lines: list = [t("trend.break.text", lang, label=latest.label, previous=before.label)]
    secondary_ids = ed.secondary_sources(editions)
    secondary = secondary_line(
        [(f"{latest.label} ({lab})", s) for lab, s in zip(labels, rows["source_id"])
         if s in secondary_ids], sources, lang)
    if secondary:
        lines.append(secondary)
    lines += published.source_lines(rows, sources, lang)
    return chart_card(ids.TREND_BREAK_CHART,
                      fig.break_figure(rows, labels, theme.NL, lang),
                      t("trend.break.title", lang), lang,
                      summary=t("trend.break.summary", lang, label=latest.label, period=period,
                                values=values),
                      meta_lines=lines, table=published.table(rows, labels, lang),
                      badge="published", filename="ontwikkeling-breuk")


def levels_card(figures: pd.DataFrame, editions: pd.DataFrame, sources: pd.DataFrame,
                lang: str) -> dbc.Card | None:
    """Denmark per level of government, the editions that publish it side by side."""
    rows = figures[figures["indicator"].eq(LEVEL_INDICATOR) & figures["country"].eq("DK")]
    if rows.empty:
        return None
    registry = ed.by_id(editions)
    rows = rows.assign(position=[registry[e].position for e in rows["edition"]],
                       edition_label=[f"{registry[e].label} · {p}" for e, p in
                                      zip(rows["edition"], rows["period"])]).reset_index(drop=True)
    labels = {c: category_label(LEVEL_INDICATOR, c, lang) for c in rows["category"].unique()}
    values = "; ".join(
        f"{labels[c]}: " + " → ".join(value_label(v, e, "pct", lang) for v, e in
                                      zip(part.sort_values('position')["value"],
                                          part.sort_values('position')["exactness"]))
        for c, part in rows.groupby("category", sort=False))
    table = published.table(rows, [f"{labels[c]} – {lab}" for c, lab in
                                   zip(rows["category"], rows["edition_label"])], lang)
    return chart_card(ids.TREND_LEVELS_CHART, fig.grouped_levels_figure(rows, labels, lang),
                      t("trend.dk_levels.title", lang), lang,
                      summary=t("trend.respondents.summary", lang,
                                country=t("country.DK", lang), values=values),
                      meta_lines=[t("trend.dk_levels.note", lang),
                                  *published.source_lines(rows, sources, lang)],
                      table=table, badge="published", filename="ontwikkeling-dk-bestuurslaag")


def editions_table(editions: pd.DataFrame, lang: str) -> pd.DataFrame:
    """The registry as a readable table: edition, period, respondents, unit, weighting."""
    return pd.DataFrame([{
        t("table.col.country", lang): t(f"country.{e.country}", lang),
        t("table.col.edition", lang): e.label,
        t("table.col.period", lang): e.period,
        t("table.col.respondents", lang): fmt_number(e.organisations, lang),
        t("table.col.unit", lang): t(f"trend.unit.{e.unit}", lang),
        t("table.col.weighting", lang): t(f"trend.weighted.{str(e.weighted).lower()}", lang),
        t("table.col.source", lang): e.primary_source + (
            f" ({t('trend.secondary.short', lang)})" if e.secondary_source else ""),
    } for e in ed.registry(editions)])


def editions_card(editions: pd.DataFrame, sources: pd.DataFrame, lang: str) -> dbc.Card:
    """Respondents per edition (NL organisations, DK workplaces) and the registry table."""
    reg = ed.registry(editions)
    rows = pd.DataFrame({"value": [float(e.organisations) for e in reg],
                         "exactness": "exact", "unit": "count"})
    labels = [f"{t(f'country.{e.country}', lang)} – {e.label} · {e.period}" for e in reg]
    colours = [theme.COUNTRY_COLOURS[e.country] for e in reg]
    figure = fig.hbar(rows, labels, colours, lang)
    per_country = " ".join(
        t("trend.respondents.summary", lang, country=t(f"country.{c}", lang),
          values=", ".join(f"{e.label} {fmt_number(e.organisations, lang)}"
                           for e in reg if e.country == c)) for c in COUNTRIES)
    used = pd.DataFrame({"source_id": [e.primary_source for e in reg],
                         "figure": "", "period": [e.period for e in reg]})
    return chart_card(ids.TREND_EDITIONS_CHART, figure, t("trend.respondents.title", lang),
                      lang, summary=per_country,
                      meta_lines=[t("trend.editions.text", lang),
                                  *published.source_lines(used, sources, lang)],
                      table=editions_table(editions, lang), badge="published",
                      filename="ontwikkeling-edities")


def card(section: str, search: str = "") -> dbc.Card:
    """One indicator's card (section = its chart id) for a URL's query string (the presenter
    storyline shows it)."""
    lang = TrendState.from_query(search)[0].lang
    trend = next(tr for tr in TRENDS if tr.chart_id == section)
    return trend_card(trend, load.kept_table("published_figures"), load.kept_table("editions"),
                      load.load_table("sources"), lang)

