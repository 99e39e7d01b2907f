"""Source lines and data tables for charts of published figures."""

from __future__ import annotations

import re
import threading

import pandas as pd
from babel.dates import get_month_names
from dash import html

from components.chart import Source, source_line
from components.provenance import clean_source_text, figure_label
from components.figures.published import value_label
from components.i18n import norm_lang, t
from components.numbers import fmt_number
from data import comparison, load, reference
from data import editions as ed
from data.editions import Edition


# id(sources table) -> (that table, {source_id: Source}); the tables the pages hold are
# loaded once and never mutated (data/load.py), so each is read into Sources once.
_SOURCES: dict[int, tuple[pd.DataFrame, dict[str, Source]]] = {}
_SOURCES_KEPT = 8
_SOURCES_LOCK = threading.Lock()


def _sources_by_id(sources: pd.DataFrame) -> dict[str, Source]:
    hit = _SOURCES.get(id(sources))
    if hit is not None and hit[0] is sources:
        return hit[1]
    by_id: dict[str, Source] = {}
    for source_id, title, publisher, year, url in zip(
            sources["source_id"].astype("string"), sources["title"], sources["publisher"],
            sources["year"], sources["url"]):
        if pd.notna(source_id) and str(source_id) not in by_id:  # the first row wins
            by_id[str(source_id)] = Source(str(source_id), str(title), str(publisher),
                                           str(year), str(url))
    with _SOURCES_LOCK:
        while len(_SOURCES) >= _SOURCES_KEPT:
            _SOURCES.pop(next(iter(_SOURCES)))
        _SOURCES[id(sources)] = (sources, by_id)
    return by_id


def source_of(sources: pd.DataFrame, source_id: str) -> Source | None:
    """The sources table's row for `source_id` as a Source (None when it has none)."""
    return _sources_by_id(sources).get(source_id)


def sources_of(rows: pd.DataFrame, sources: pd.DataFrame) -> list[Source]:
    """The distinct sources behind `rows`, in order of first use."""
    found = [source_of(sources, source_id) for source_id in dict.fromkeys(rows["source_id"])]
    missing = [s for s, f in zip(dict.fromkeys(rows["source_id"]), found) if f is None]
    if missing:
        raise KeyError(f"sources table has no row for {missing}")
    return found


def period_text(period: str, lang: str) -> str:
    return t("period.not_stated", lang) if period == "not stated" else period


def fieldwork_text(fieldwork: str, lang: str) -> str:
    """"2021-02/2021-05" as "februari-mei 2021" ("February-May 2021"); a bare year as is."""
    if "/" not in fieldwork:
        return fieldwork
    months = get_month_names("wide", locale=norm_lang(lang))
    (y1, m1), (y2, m2) = (part.split("-") for part in fieldwork.split("/"))
    first, last = months[int(m1)], months[int(m2)]
    return f"{first}-{last} {y2}" if y1 == y2 else f"{first} {y1}-{last} {y2}"


def edition_values(edition: Edition, lang: str, prefix: str = "") -> dict[str, str]:
    """The facts of an edition a catalogue string may name, for t(key, lang, **values):
    {n} (organisations that answered), {innovators} (those that innovated; an en dash when
    the edition does not publish it), {period} (the period the survey asks about), {label},
    {fieldwork} (when the survey ran) and {figure_<subject>} (the figure of the edition's
    report that shows a subject, data/reference/report_figures.csv). `prefix` names the
    facts of a second edition in the same string ("dk_" gives {dk_n}, {dk_period}, ...)."""
    values = dict(n=fmt_number(edition.organisations, lang),
                  innovators=fmt_number(edition.innovators, lang),
                  period=period_text(edition.period, lang), label=edition.label,
                  fieldwork=fieldwork_text(edition.fieldwork, lang))
    values.update({f"figure_{subject}": figure_label(figure, lang)
                   for subject, figure in reference.report_figures(edition.edition).items()})
    return {prefix + key: value for key, value in values.items()}


@load.memoised(maxsize=4)
def report_values(lang: str) -> dict[str, str]:
    """edition_values of the report edition, plus those of the Danish edition its
    comparison is paired with as {dk_n}, {dk_innovators}, {dk_period}, ..., and when the
    report appeared: {report_year} and {report_date} (from the sources table). Kept per
    language until load.clear_cache(): do not mutate."""
    editions = ed.by_id(load.load_table("editions"))
    report = reference.report_edition()
    published = source_of(load.load_table("sources"), report.primary_source)
    date = published.year if published else ""
    year = re.search(r"\d{4}", date)
    return {**edition_values(report, lang),
            **edition_values(editions[comparison.pairing().dk_edition], lang, "dk_"),
            "report_year": year.group(0) if year else date,
            "report_date": clean_source_text(date, lang)}


def source_lines(rows: pd.DataFrame, sources: pd.DataFrame, lang: str) -> list[html.Span]:
    """One line per source with the figures and periods it supplies."""
    lines = []
    for source in sources_of(rows, sources):
        mine = rows[rows["source_id"].eq(source.source_id)]
        detail = "; ".join(
            t("source.figure_period", lang, figure=figure_label(f, lang),
              period=period_text(p, lang)) if f
            else t("source.period", lang, period=period_text(p, lang))
            for f, p in dict.fromkeys(zip(mine["figure"], mine["period"])))
        lines.append(source_line(source, lang, detail))
    return lines


def table(rows: pd.DataFrame, labels: list[str], lang: str) -> pd.DataFrame:
    """What a published-figures chart shows, with exactness, period, n and source."""
    return pd.DataFrame({
        t("table.col.category", lang): labels,
        t("table.col.value", lang): [value_label(v, e, u, lang) for v, e, u in
                                     zip(rows["value"], rows["exactness"], rows["unit"])],
        t("table.col.exactness", lang): [t(f"exactness.{e}", lang) for e in rows["exactness"]],
        t("table.col.period", lang): [period_text(p, lang) for p in rows["period"]],
        t("table.col.n", lang): rows["n"].astype("string").fillna("–").tolist(),
        t("table.col.figure", lang): [figure_label(f, lang) for f in rows["figure"]],
        t("table.col.source", lang): rows["source_id"].tolist(),
    })
