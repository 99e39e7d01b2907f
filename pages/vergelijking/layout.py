"""Layout of /vergelijking: the conclusion, then the card contract's sections in order, each
with its control above and its CSV download below."""

from __future__ import annotations

from dash import dcc, html
import dash_bootstrap_components as dbc

from components import ids, shell
from components.chart import section_layout, source_line
from components.i18n import t
from components.provenance import figure_label
from components.published import source_of
from data import comparison as comparison_data
from pages.vergelijking import figures as cmp
from pages.vergelijking.cards import CARDS, _min_cell, resolve, sections
from pages.vergelijking.state import (
    CITED_SOURCE, NO_SUBGROUP_CONTROL, TOPIC_BY_KEY, TOPICS, ComparisonState,
)


def _controls(state: ComparisonState, options: list[str], min_cell: int) -> dbc.Row:
    lang = state.lang
    topic_options = [{"label": cmp.topic_title(tp, lang), "value": tp.key} for tp in TOPICS]
    sub_options = [{"label": t("cmp.control.no_subgroup", lang), "value": NO_SUBGROUP_CONTROL}]
    sub_options += [{"label": cmp.subgroup_label(v, lang), "value": v} for v in options]
    help_text = (t("cmp.control.subgroup_help", lang, min_cell=min_cell) if options
                 else t("cmp.control.subgroup_none_available", lang))
    return dbc.Row([
        dbc.Col([
            dbc.Label(t("cmp.control.topic", lang), html_for=ids.CMP_TOPIC),
            dbc.Select(id=ids.CMP_TOPIC, options=topic_options, value=state.topic),
        ], md=6, className="mb-3"),
        dbc.Col([
            dbc.Label(t("cmp.control.subgroup", lang), html_for=ids.CMP_SUBGROUP),
            dbc.Select(id=ids.CMP_SUBGROUP, options=sub_options,
                       value=state.subgroup or NO_SUBGROUP_CONTROL,
                       disabled=not options),
            dbc.FormText(help_text, id=f"{ids.CMP_SUBGROUP}-help"),
        ], md=6, className="mb-3"),
    ])


def _conclusion_source(lang: str) -> str:
    """Where the report draws its conclusion: the text with its triggers and results figures."""
    return t("cmp.conclusion.source", lang,
             triggers=figure_label(TOPIC_BY_KEY["aanleiding"].figure, lang),
             results=figure_label(TOPIC_BY_KEY["resultaten"].figure, lang))


def layout(search: str = "") -> html.Div:
    """The comparison page for the query string `search`."""
    data = comparison_data.load_data()
    state, notices, options = resolve(search, data["shares"], data["meta"])
    lang = state.lang
    controls = {"topic": lambda: _controls(state, options, _min_cell(data["meta"]))}
    return html.Div([
        # the address as loaded: the Location then reports a change only on Back / Forward
        dcc.Location(id=ids.CMP_URL, refresh=False,
                     search=search if isinstance(search, str) and search.startswith("?") else ""),
        html.Div(shell.notices(notices, lang), id=ids.CMP_NOTICES, role="status"),
        html.H1(t("cmp.title", lang), className="h2"),
        html.P(t("cmp.lead", lang), className="lead"),
        html.P([html.Strong(t("cmp.conclusion", lang)), " ",
                html.Span(source_line(source_of(data["sources"], CITED_SOURCE), lang,
                                      _conclusion_source(lang)),
                          className="chart-meta")], id=ids.CMP_CONCLUSION),
        *section_layout(CARDS, sections(state, data), lang, controls),
    ])
