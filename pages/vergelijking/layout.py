"""Layout of /vergelijking: the conclusion, then the card contract's sections in order, each
with its control above and its CSV download below."""

from __future__ import annotations

from dash import dcc, html
import dash_bootstrap_components as dbc

from components import ids, organisation, shell
from components.chart import section_layout, source_line
from components.i18n import t
from components.provenance import figure_label
from components.published import source_of
from data import comparison as comparison_data
from pages.vergelijking import figures as cmp
from pages.vergelijking.cards import CARDS, CSV_BUTTONS, _min_cell, resolve, sections
from pages.vergelijking.state import (
    CITED_SOURCE, NO_SUBGROUP_CONTROL, SUBGROUP_GROUPINGS, TOPIC_BY_KEY, TOPICS,
    ComparisonState, subgroup_value,
)


def org_subgroups(state: ComparisonState, options: list[str]) -> tuple[list[str], list]:
    """The user's organisation ("Mijn organisatie") as subgroups: the offered ones (its sector,
    its cluster), and for each one not offered the nearest offered one
    (components/organisation.nearest_groups) as (missing value, nearest value or "")."""
    org = state.organisation
    mine = [subgroup_value(g, v) for g in SUBGROUP_GROUPINGS if (v := org.group(g))]
    offered = [v for v in mine if v in options]
    missing = []
    for value in mine:
        if value in options:
            continue
        grouping, _, group = value.partition(":")
        near = [subgroup_value(g, v) for g, v in organisation.nearest_groups(grouping, group, org)]
        missing.append((value, next((v for v in near if v in options and v not in offered), "")))
    return offered, missing


def org_offer(state: ComparisonState, options: list[str], min_cell: int) -> html.Div:
    """"Vergelijk met mijn organisatie: [Sector: Gemeenten]" buttons, and the nearest offered
    subgroup for one that is withheld."""
    lang = state.lang
    offered, missing = org_subgroups(state, options)
    parts: list = []
    if offered:
        parts.append(html.P([t("org.cmp.offer", lang), " ", *(
            html.Button(cmp.subgroup_label(v, lang), id=ids.cmp_org_button(v), type="button",
                        className="btn btn-link btn-sm p-0 me-2 align-baseline")
            for v in offered)], className="mb-1"))
    for value, near in missing:
        line: list = [t("org.cmp.withheld", lang, group=cmp.subgroup_label(value, lang),
                        min_cell=min_cell)]
        if near:
            line += [" ", t("org.cmp.nearest", lang), " ",
                     html.Button(cmp.subgroup_label(near, lang), id=ids.cmp_org_button(near),
                                 type="button", className="btn btn-link btn-sm p-0 align-baseline")]
        parts.append(html.P(line, className="mb-1"))
    return html.Div(parts, id=ids.CMP_ORG_OFFER, className="org-note small")


def _controls(state: ComparisonState, options: list[str], min_cell: int) -> dbc.Row:
    lang = state.lang
    topic_options = [{"label": cmp.topic_title(tp, lang), "value": tp.key} for tp in TOPICS]
    sub_options = [{"label": t("cmp.control.no_subgroup", lang), "value": NO_SUBGROUP_CONTROL}]
    mine, _ = org_subgroups(state, options)
    sub_options += [{"label": t("org.cmp.option", lang, label=cmp.subgroup_label(v, lang)),
                     "value": v} for v in mine]  # the user's organisation first
    sub_options += [{"label": cmp.subgroup_label(v, lang), "value": v} for v in options
                    if v not in mine]
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
            org_offer(state, options, min_cell),
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
    return _page(state, search, notices, options, data, sections(state, data))


def validation_layout() -> html.Div:
    """The default page's controls and section containers, each holding only its card's CSV
    button: every component the page's callbacks name, for Dash's callback checks, without
    building the cards (tests/serving/test_shell.py compares with the full page)."""
    data = comparison_data.load_data()
    state, notices, options = resolve("", data["shares"], data["meta"])
    return _page(state, "", notices, options, data,
                 {section: dbc.Button(id=button) for section, button in CSV_BUTTONS.items()})


def _page(state: ComparisonState, search: str, notices: list, options: list[str], data: dict,
          built: dict) -> html.Div:
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
        *section_layout(CARDS, built, lang, controls),
    ])
