"""Source lines and data tables for charts of published figures."""

from __future__ import annotations

import re
import threading

import numpy as np
import pandas as pd
from babel.dates import get_month_names
from dash import html

from components.chart import Source, source_line
from components.provenance import clean_source_text, figure_label
from components.figures.published import value_label
from components.i18n import norm_lang, t
from components.numbers import fmt_number, fmt_ordinal
from data import comparison, load, questionnaire, reference
from data.cube import kept_positions, rows_where
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
    return t("period.not_stated", lang) if period == "not stated" \
        else clean_source_text(period, lang)


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
    {ordinal} (its place in its country's series as a word: "derde", "third"),
    {fieldwork} (when the survey ran), {figure_<subject>} (the figure of the edition's
    report that shows a subject, data/reference/report_figures.csv), {pub_<name>} (a
    published number its report's text cites, cited_values) and the climate-group cut-offs
    {cut_low} and {cut_high}. `prefix` names the facts of another edition in the same
    string ("dk_" gives {dk_n}, {dk_period}, ...)."""
    values = dict(n=fmt_number(edition.organisations, lang),
                  innovators=fmt_number(edition.innovators, lang),
                  period=period_text(edition.period, lang), label=edition.label,
                  ordinal=fmt_ordinal(edition.position, lang),
                  fieldwork=fieldwork_text(edition.fieldwork, lang))
    values.update({f"figure_{subject}": figure_label(figure, lang)
                   for subject, figure in reference.report_figures(edition.edition).items()})
    values.update(cited_values(edition.edition, lang))
    values.update(climate_cut_values(lang))
    return {prefix + key: value for key, value in values.items()}


def climate_cut_values(lang: str) -> dict[str, str]:
    """{cut_low} and {cut_high}: the scores that separate the climate groups, as the code
    applies them (questionnaire.CLIMATE_CUT_*; the report's published cut-offs, checked by
    tests/unit/test_cited_figures.py), with one decimal ("3,6" / "3.6")."""
    return {"cut_low": fmt_number(questionnaire.CLIMATE_CUT_LOW, lang, 1),
            "cut_high": fmt_number(questionnaire.CLIMATE_CUT_HIGH, lang, 1)}


@load.memoised(maxsize=16)
def cited_values(edition: str, lang: str) -> dict[str, str]:
    """{pub_<name>}: each published number the edition's texts cite
    (data/reference/cited_figures.csv), from its published_figures rows, as prose: "86%",
    "meer dan 60%" ("more than 60%"), a range "77-81%" for several rows. Scores keep one
    decimal ("3,7"); percentage points are bare numbers (the text names the unit). Kept
    until load.clear_cache(): do not mutate."""
    figures = load.kept_table("published_figures")  # one index of the key columns
    units, kinds, values = (figures[c].to_numpy() for c in ("unit", "exactness", "value"))
    out = {}
    for name, keys in reference.cited_figures(edition).items():
        found = np.concatenate([kept_positions(figures, **key) for key in keys])
        if len(found) != len(keys):
            raise KeyError(f"cited_figures.csv: {name}: published_figures has "
                           f"{len(found)} rows for its {len(keys)} keys")
        out[f"pub_{name}"] = cited_label(units[found], kinds[found], values[found], lang)
    return out


def cited_label(units, kinds, values, lang: str) -> str:
    """Published rows of one unit and exactness as a number in running text, from the rows'
    units, exactness and values (sequences of one length)."""
    units, kinds = set(units), set(kinds)
    if len(units) != 1 or len(kinds) != 1:
        raise ValueError(f"a cited range mixes units {sorted(units)} or exactness "
                         f"{sorted(kinds)}")
    unit, exactness = units.pop(), kinds.pop()
    decimals = 1 if unit == "score" else 0
    values = sorted({float(v) for v in values})
    texts = [fmt_number(v, lang, decimals if float(v).is_integer() else max(decimals, 1))
             for v in (values[0], values[-1])]
    text = texts[0] if len(values) == 1 else f"{texts[0]}-{texts[1]}"
    if unit == "pct":
        text += "%"
    return t(f"cited.{exactness}", lang, value=text)


@load.memoised(maxsize=4)
def report_values(lang: str) -> dict[str, str]:
    """edition_values of the report edition, plus those of the Danish edition its
    comparison is paired with as {dk_n}, {dk_innovators}, {dk_period}, ..., and when the
    report appeared: {report_year} and {report_date} (from the sources table), its
    {response_rate} and the Danish share that innovated it cites, {dk_cited_share}
    (published_figures), with the source the report names for it, {dk_cited_source}
    (data/reference/comparison_pairs.csv). Kept per language until load.clear_cache(): do
    not mutate."""
    report = reference.report_edition()
    published = source_of(load.load_table("sources"), report.primary_source)
    date = published.year if published else ""
    year = re.search(r"\d{4}", date)
    figures = rows_where(load.load_table("published_figures"), source_id=report.primary_source)
    response = rows_where(figures, edition=report.edition, indicator="survey_response_rate")
    dk_share = rows_where(figures, country="DK", indicator="innovation_share", category="all")
    return {**edition_values(report, lang),
            **edition_values(reference.edition(comparison.pairing().dk_edition), lang, "dk_"),
            "report_year": year.group(0) if year else date,
            "report_date": clean_source_text(date, lang),
            "response_rate": _first_value(response, lang),
            "dk_cited_share": _first_value(dk_share, lang),
            "dk_cited_source": _cited_source()}


def _cited_source() -> str:
    """How the report names the source of the Danish share it cites ("COI (2019)")."""
    pairing = comparison.pairing()
    return next((pick.shown_edition for topic in pairing.topics for category in topic.categories
                 for pick in category.dk if pick.cited and pick.indicator == "innovation_share"
                 and pick.shown_edition), "–")


def _first_value(rows: pd.DataFrame, lang: str) -> str:
    """The first row's value as labelled on screen ("~ 27%"); an en dash without rows."""
    return "–" if rows.empty else value_label(rows["value"].iloc[0], rows["exactness"].iloc[0],
                                              rows["unit"].iloc[0], lang)


def source_lines(rows: pd.DataFrame, sources: pd.DataFrame, lang: str) -> list[html.Span]:
    """One line per source with the figures and periods it supplies."""
    lines = []
    cells = list(zip(rows["source_id"].tolist(), rows["figure"].tolist(),
                     rows["period"].tolist()))
    for source in sources_of(rows, sources):
        mine = dict.fromkeys((f, p) for s, f, p in cells if s == source.source_id)
        detail = "; ".join(
            t("source.figure_period", lang, figure=figure_label(f, lang),
              period=period_text(p, lang)) if f
            else t("source.period", lang, period=period_text(p, lang))
            for f, p in mine)
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
