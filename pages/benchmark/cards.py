"""The benchmark result: score, climate group, percentile, position chart, statements, quotes.

Built from the answers and the aggregate frames handed in by the callback; nothing is kept.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import date

from dash import html
import dash_bootstrap_components as dbc
import pandas as pd
from babel.dates import format_date

from components import ids
from components.chart import Section, chart_card, kpi_tile, source_line
from components.i18n import group_label, t
from components.nodes import node
from components.numbers import fmt_number, fmt_pct, share_text
from components.provenance import figure_label
from components.published import (
    climate_cut_values, edition_values, report_values, source_of,
)
from data import benchmark as benchmark_data
from data import load
from data import questionnaire as q
from data import reference
from data.benchmark import Tables
from pages.benchmark import figures as fig
from pages.benchmark.figures import Peer, Score
from pages.benchmark.state import LIKERT_VALUES, BenchmarkState


def peer_phrase(peer: Peer, lang: str) -> str:
    """"de sector Gemeenten", "alle organisaties", ... for running text."""
    return t(f"benchmark.peer.in.{peer.grouping}", lang, group=fig.peer_label(peer, lang))


def placeholder(lang: str) -> html.P:
    return html.P(t("benchmark.result.placeholder", lang), className="text-muted")


def too_few(score: Score, tokens: tuple[str, ...], lang: str) -> dbc.Alert:
    """The validation message when the answers do not give a score."""
    open_numbers = [str(n) for n, token in enumerate(tokens, start=1)
                    if token not in LIKERT_VALUES]
    return dbc.Alert([
        html.H3(t("benchmark.invalid.title", lang), className="h5"),
        html.P(t("benchmark.invalid.body", lang, answered=score.answered,
                 total=len(q.SCALE_ITEMS), min=q.MIN_SCALE_ITEMS_ANSWERED,
                 missing=score.missing), className="mb-1"),
        html.P(t("benchmark.invalid.which", lang, numbers=", ".join(open_numbers)),
               className="mb-0"),
    ], color="warning", id="benchmark-invalid-alert", className="benchmark-invalid")


def headline(score: Score, peer: Peer, pct: fig.Percentile | None, lang: str) -> dbc.Row:
    """Score, climate group and percentile as three key figures."""
    group_text = group_label("climate_group", score.group, lang)
    pct_text = fmt_pct(pct.shown, lang) if pct else "–"

    def kpi(label: str, value: str, detail, value_id: str) -> dbc.Col:
        return kpi_tile(value, label, detail, value_id=value_id, label_first=True, md=4)

    return dbc.Row([
        kpi(t("benchmark.score.label", lang), fmt_number(score.value, lang, 2),
             t("benchmark.score.detail", lang, answered=score.answered), ids.BENCHMARK_SCORE),
        kpi(t("benchmark.group.label", lang), group_text,
             t(f"climate_group.range.{score.group}", lang, **climate_cut_values(lang)),
             ids.BENCHMARK_GROUP),
        kpi(t("benchmark.percentile.label", lang), pct_text,
             # "van alle organisaties", not "van de organisaties in alle organisaties"
             t("benchmark.percentile.detail_all", lang) if peer.grouping == "all"
             else t("benchmark.percentile.detail", lang, peer=peer_phrase(peer, lang)),
             ids.BENCHMARK_PERCENTILE),
    ], className="benchmark-headline")


def sentence(score: Score, peer: Peer, pct: fig.Percentile, lang: str) -> str:
    """"Uw score 3,92 ligt hoger dan ongeveer 62% van de 85 organisaties in de sector ..."."""
    return t(f"benchmark.sentence.{peer.grouping}", lang, score=fmt_number(score.value, lang, 2),
             pct=fmt_pct(pct.shown, lang), n=peer.n, group=fig.peer_label(peer, lang))


def approximation(pct: fig.Percentile, step: float, lang: str) -> str:
    step_text = fmt_number(step, lang, 2 if round(step * 100) % 10 else 1)
    band = fmt_number(pct.band, lang, 0)
    if pct.on_grid or round(pct.low) == round(pct.high):
        return t("benchmark.percentile.approx_on_grid", lang, step=step_text, band=band)
    return t("benchmark.percentile.approx", lang, step=step_text, band=band,
             low=fmt_pct(pct.low, lang), high=fmt_pct(pct.high, lang))


def position_card(score: Score, peer: Peer, all_peer: Peer | None, tables: Tables,
                  lang: str):
    """The chart card with the peer group's box and the all-organisations box."""
    peers = [peer] if all_peer is None or peer.grouping == "all" else [peer, all_peer]
    boxes = [(fig.peer_label(p, lang), row) for p in peers
             if (row := fig.box_row(tables.box, p)) is not None]
    figure = fig.position_figure(boxes, score.value, lang)
    phrase = peer_phrase(peer, lang)
    title = t("benchmark.chart.title_two" if len(boxes) > 1 else "benchmark.chart.title", lang,
              peer=phrase)
    if boxes:
        first = boxes[0][1]
        summary = t("benchmark.chart.summary", lang, score=fmt_number(score.value, lang, 2),
                    peer=phrase, q1=fmt_number(first["q1"], lang, 2),
                    q3=fmt_number(first["q3"], lang, 2),
                    median=fmt_number(first["median"], lang, 2))
    else:
        summary = t("empty.no_data", lang)
    meta = [t("benchmark.chart.question", lang, total=len(q.SCALE_ITEMS)),
            *(t("benchmark.chart.n", lang, group=label, n=int(row["n"])) for label, row in boxes),
            t("benchmark.chart.source", lang, **report_values(lang))]
    table = fig.box_table(boxes, score.value, lang) if boxes else pd.DataFrame()
    return chart_card(ids.BENCHMARK_CHART, figure, title, lang, summary=summary,
                      meta_lines=meta, table=table, badge="synthetic",
                      filename="benchmark-innovatieklimaat")


def _answer_text(token: str, lang: str) -> str:
    return t(f"benchmark.likert.{token}", lang) if token else t("benchmark.answer.none", lang)


def statements_table(tokens: tuple[str, ...], peer: Peer, tables: Tables, lang: str):
    """The statement-by-statement comparison, largest lag first."""
    rows = fig.statement_records(tokens, fig.statement_shares(tables.shares, peer))
    columns = [t(f"benchmark.col.{c}", lang)
               for c in ("number", "statement", "answer", "share", "position")]
    header = html.Thead(node(html.Tr, [node(html.Th, c, scope="col") for c in columns]))

    def cells(*values: str) -> list:
        # data-label: on phones the table stacks and each cell shows its column's name
        return [node(html.Td, v, **{"data-label": c}) for c, v in zip(columns, values)]

    body = html.Tbody([node(html.Tr, cells(
        str(r["number"]), t(f"item.{r['item']}", lang), _answer_text(r["answer"], lang),
        share_text(r["share"], r["bound"], lang), t(f"benchmark.position.{r['position']}", lang),
    ), className=f"benchmark-position-{r['position']}") for r in rows])
    return html.Section([
        html.H3(t("benchmark.items.title", lang), className="h5"),
        html.P(t("benchmark.items.lead", lang, peer=peer_phrase(peer, lang)), className="small"),
        dbc.Table([header, body], id=ids.BENCHMARK_STATEMENTS, striped=True, size="sm",
                  class_name="benchmark-statements-table"),
    ], className="benchmark-items mb-3")


def _evidence(tables: Tables, indicator: str, category: str) -> str | None:
    """The verbatim text behind the report edition's published row (indicator, category)."""
    return fig.evidence(tables.figures, reference.report_source(), indicator, category)


# What the report associates with a strong climate: (intro key, quote: a published_figures row
# of the report (indicator, category) or an i18n key, the statements it relates to, the
# subject whose figure of the report it is: data/reference/report_figures.csv).
QUOTES = (
    ("benchmark.report.mistakes",
     ("success_factor_gap_krachtig_vs_beperkt", "dealing_with_mistakes"),
     "benchmark.report.gloss.mistakes", ("learns_from_mistakes", "mistakes_discussed_openly"),
     "breakdown_factors"),
    ("benchmark.report.time", None, "benchmark.report.gloss.time", ("time_for_innovation",),
     "regression"),
    ("benchmark.report.results",
     ("result_gap_krachtig_vs_beperkt", "quality"),
     "benchmark.report.gloss.results", (), "breakdown_results"),
)


def report_quotes(tokens: tuple[str, ...], tables: Tables, lang: str) -> html.Section:
    """Quotes from the report on what goes with a strong climate, with the user's answers."""
    answer_of = dict(zip(q.SCALE_ITEMS, tokens))
    source = source_of(tables.sources, reference.report_source())
    items, wheres = [], []
    for intro, row, gloss, related, subject in QUOTES:
        quote = _evidence(tables, *row) if row else t(gloss, "nl", **report_values("nl"))
        if quote is None:
            continue
        where = reference.report_figure(subject)
        wheres.append(where)
        parts = [html.P(t(intro, lang, figure=figure_label(where, lang)), className="mb-1"),
                 html.Blockquote(html.P(f"“{quote}”", lang="nl", className="mb-1"),
                                 className="benchmark-quote mb-1")]
        if lang != "nl":
            gloss_text = t(gloss, lang, **report_values(lang))
            parts.append(html.P(t("benchmark.report.translation", lang, text=gloss_text),
                                className="small mb-1"))
        if related:
            answers = "; ".join(f"{t(f'item.{k}', lang)}: {_answer_text(answer_of[k], lang)}"
                                for k in related if k in answer_of)
            parts.append(html.P(t("benchmark.report.your_answers", lang, answers=answers),
                                className="small mb-1"))
        if source is not None:
            parts.append(html.P(source_line(source, lang, where),
                                className="chart-meta benchmark-screen-only mb-0"))
        items.append(html.Li(parts, className="mb-3"))
    management = "management_supports_innovation"
    items.append(html.Li([
        html.P(t("benchmark.report.management", lang), className="mb-1"),
        html.P(t("benchmark.report.your_answers", lang,
                 answers=f"{t(f'item.{management}', lang)}: "
                         f"{_answer_text(answer_of.get(management, ''), lang)}"),
               className="small mb-0"),
    ], className="mb-3 benchmark-screen-only"))
    print_source = []
    if source is not None:
        print_source = [html.P(t("benchmark.report.print_source", lang,
                                 source=f"{source.title} ({source.year})",
                                 where=", ".join(figure_label(w, lang) for w in wheres)),
                               className="benchmark-print-only chart-meta")]
    return html.Section([
        html.H3(t("benchmark.report.title", lang), className="h5"),
        html.Ul(items, className="list-unstyled mb-1"),
        *print_source,
    ], className="benchmark-report")


def print_profile(profile: dict[str, str] | None, today: date, lang: str) -> str:
    """The printout's line with the organisation's profile and the date."""
    names = [group_label(g, v, lang) for g, v in (profile or {}).items()
             if g in ("sector", "cluster", "size_class") and v]
    return t("benchmark.print.profile", lang,
             profile=" · ".join(names) or t("benchmark.print.no_profile", lang),
             date=format_date(today, format="long", locale=lang))


def result(tokens: tuple[str, ...] | None, peer: Peer | None, all_peer: Peer | None,
           tables: Tables, lang: str, profile: dict[str, str] | None = None) -> list:
    """Everything under "Uw resultaat" for the submitted answers and the chosen peer group."""
    if tokens is None:
        return [placeholder(lang)]
    score = fig.score_of(tokens)
    if score.value is None:
        return [too_few(score, tokens, lang)]
    if peer is None:  # cannot happen while "all" is published; say so rather than fail
        return [html.P(t("empty.no_data", lang))]
    grid = fig.percentile_grid(tables.percentiles, peer)
    pct = fig.lookup_percentile(grid, score.value) if not grid.empty else None
    parts: list = [html.P(t("benchmark.print.header", lang, **report_values(lang)),
                          className="benchmark-print-only"),
                   html.P(print_profile(profile, date.today(), lang),
                          className="benchmark-print-only benchmark-print-profile")]
    parts.append(headline(score, peer, pct, lang))
    if pct is not None:
        parts.append(html.P(sentence(score, peer, pct, lang), id="benchmark-sentence-text",
                            className="lead benchmark-sentence"))
        parts.append(html.P(approximation(pct, fig.grid_step(grid), lang), className="small"))
    parts.append(html.P(t("benchmark.group.cutoffs", lang, **edition_values(
        reference.report_edition(), lang)),
                        className="small benchmark-screen-only"))
    parts.append(html.P(t("benchmark.synthetic_note", lang),
                        className="small text-muted benchmark-screen-only"))
    parts.append(position_card(score, peer, all_peer, tables, lang))
    parts.append(statements_table(tokens, peer, tables, lang))
    parts.append(report_quotes(tokens, tables, lang))
    return parts


def all_organisations(offered: list[Peer]) -> Peer | None:
    """The "all organisations" peer among the offered ones."""
    return next((p for p in offered if p.grouping == "all"), None)


def result_area(state: BenchmarkState, submitted: bool, edition: str | None,
                shown: str | None = None) -> tuple[list, str] | None:
    """The result area for a state (`submitted`: its answers were submitted) and a key of
    what it shows; None when `shown` is that key already. The page's layout renders the area
    with its key (a page load draws the result without a callback); the callback then redraws
    only when the choices differ from what is shown. The key is a digest: the answers are
    not written into it."""
    edition = load.edition_or_default(edition)
    tables = benchmark_data.tables(edition)
    offered, _ = fig.peer_options(tables.percentiles, state.profile())
    chosen = fig.resolve_peer(state.peer, offered)
    tokens = state.tokens if submitted else None
    shows = (tokens, chosen, sorted(state.profile().items()), state.lang, edition)
    key = hashlib.sha256(repr(shows).encode()).hexdigest()[:20]
    if key == shown:
        return None
    return result(tokens, chosen, all_organisations(offered), tables, state.lang,
                  profile=state.profile()), key


# --- the card contract ------------------------------------------------------------------------

@dataclass(frozen=True)
class Built:
    """What the result is built from: the submitted answers (None before the first submit),
    the chosen and the all-organisations peer, the aggregate frames and the language."""

    tokens: tuple[str, ...] | None
    peer: Peer | None
    all_peer: Peer | None
    tables: Tables
    lang: str


# One section: the result area under "Uw resultaat" (headline, position chart, statements,
# quotes), rebuilt on every submit or peer change, never kept (it holds a user's answers).
CARDS: tuple[Section, ...] = (
    Section(ids.BENCHMARK_RESULT,
            lambda b: result(b.tokens, b.peer, b.all_peer, b.tables, b.lang),
            depends_on=("a", "peer", "sector", "cluster", "size_class")),
)
