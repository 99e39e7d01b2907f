"""Layout of the climate explorer (/klimaat): controls (grouping, groups, population filters)
and the sections of the card contract (pages/klimaat/cards.py) in their order."""

from __future__ import annotations

from dash import dcc, html
import dash_bootstrap_components as dbc

from components import ids, published, shell
from components.chart import section_layout
from components.i18n import group_label, t
from components.provenance import figure_label
from components.editions import edition_options, state_from_query
from data import klimaat as data
from data import questionnaire as q
from data import reference
from data import schema
from pages.klimaat.cards import CARDS, sections
from pages.klimaat.state import BOX_GROUPINGS, BREAKDOWNS, SORTS, KlimaatState


def group_options(state: KlimaatState, never: tuple[str, ...] = ()) -> list[dict]:
    """The grouping's groups to choose from; `never`: groups no filter can draw (left out,
    the chart's note names them as withheld)."""
    return [{"label": group_label(state.grouping, g, state.lang), "value": g}
            for g in state.groups if g not in never]


def hidden_fields(state: KlimaatState) -> dict[str, bool]:
    """Which population filters are hidden: the grouping's own dimension."""
    return {ids.KLIMAAT_SECTOR_FIELD: state.grouping == "sector",
            ids.KLIMAAT_CLUSTER_FIELD: state.grouping == "cluster",
            ids.KLIMAAT_SIZE_FIELD: state.grouping == "size_class",
            ids.KLIMAAT_INNOVATED_FIELD: state.grouping == "innovated"}


def _select(field_id: str, control_id: str, label: str, values: tuple[str, ...], grouping: str,
            value: str, hidden: bool, lang: str) -> html.Div:
    options = [{"label": t("klimaat.controls.any", lang), "value": schema.ALL}]
    options += [{"label": group_label(grouping, v, lang), "value": v} for v in values]
    return html.Div([dbc.Label(label, html_for=control_id, className="mb-1"),
                     dbc.Select(id=control_id, options=options, value=value)],
                    id=field_id, hidden=hidden, className="col-md-6 mb-2")


def radios(control_id: str, legend: str, options: list[dict], value: str,
            inline: bool = True) -> html.Fieldset:
    return html.Fieldset([html.Legend(legend, className="form-label fs-6 fw-semibold mb-1"),
                          dbc.RadioItems(id=control_id, options=options, value=value,
                                         inline=inline)], className="mb-2")


def edition_field(state: KlimaatState) -> html.Div:
    """The edition selector; shown only when more than one edition has aggregates."""
    options = edition_options()
    return html.Div(radios(ids.KLIMAAT_EDITION, t("klimaat.controls.edition", state.lang),
                           options, data.edition_of(state.edition)),
                    id=ids.KLIMAAT_EDITION_FIELD, hidden=len(options) < 2)



def controls(state: KlimaatState, never: tuple[str, ...] = ()) -> dbc.Card:
    lang = state.lang
    hidden = hidden_fields(state)
    facts = published.edition_values(data.edition_record(state.edition or None), lang)
    innovated = [{"label": t("klimaat.controls.any", lang), "value": schema.ALL}] + [
        {"label": group_label("innovated", v, lang), "value": v}
        for v in schema.INNOVATED_VALUES]
    return dbc.Card(dbc.CardBody([
        html.H2(t("klimaat.controls.title", lang), className="h5"),
        edition_field(state),
        radios(ids.KLIMAAT_GROUPING, t("klimaat.controls.grouping", lang),
               [{"label": t(f"grouping.{g}", lang, **facts), "value": g} for g in BOX_GROUPINGS],
               state.grouping),
        html.Fieldset([
            html.Legend(t("klimaat.controls.groups", lang),
                        className="form-label fs-6 fw-semibold mb-1"),
            dbc.Checklist(id=ids.KLIMAAT_GROUPS, options=group_options(state, never),
                          value=[g for g in state.shown_groups if g not in never],
                          className="klimaat-groups"),
        ], className="mb-3"),
        html.Fieldset([
            html.Legend(t("klimaat.controls.population", lang),
                        className="form-label fs-6 fw-semibold mb-1"),
            dbc.Row([
                _select(ids.KLIMAAT_SECTOR_FIELD, ids.KLIMAAT_SECTOR,
                        t("klimaat.controls.sector", lang), q.SECTORS, "sector", state.sector,
                        hidden[ids.KLIMAAT_SECTOR_FIELD], lang),
                _select(ids.KLIMAAT_CLUSTER_FIELD, ids.KLIMAAT_CLUSTER,
                        t("klimaat.controls.cluster", lang), q.CLUSTERS, "cluster",
                        state.cluster, hidden[ids.KLIMAAT_CLUSTER_FIELD], lang),
                _select(ids.KLIMAAT_SIZE_FIELD, ids.KLIMAAT_SIZE,
                        t("klimaat.controls.size", lang), q.SIZE_CLASSES, "size_class",
                        state.size_class, hidden[ids.KLIMAAT_SIZE_FIELD], lang),
                html.Div(radios(ids.KLIMAAT_INNOVATED,
                                t("klimaat.controls.innovated", lang, **facts),
                                innovated, state.innovated),
                         id=ids.KLIMAAT_INNOVATED_FIELD, className="col-md-6",
                         hidden=hidden[ids.KLIMAAT_INNOVATED_FIELD]),
            ]),
        ]),
        radios(ids.KLIMAAT_SORT, t("klimaat.controls.sort", lang),
               [{"label": t(f"klimaat.sort.{s}", lang), "value": s} for s in SORTS],
               state.sort),
    ]), className="mb-4 shadow-sm")


def breakdown_control(state: KlimaatState) -> html.Fieldset:
    lang = state.lang
    return radios(ids.KLIMAAT_BREAKDOWN, t("klimaat.controls.breakdown", lang),
                  [{"label": t(f"klimaat.breakdown.{b}", lang,
                                figure=figure_label(
                                    reference.report_figure(f"breakdown_{b}"), lang)),
                    "value": b} for b in BREAKDOWNS],
                  state.breakdown)


# Beside the controls on wide screens, so the first chart is above the fold on a 768 px high
# laptop screen.
FIRST_SECTIONS = (ids.KLIMAAT_POPULATION, ids.KLIMAAT_BOX_CARD)


def _beside_controls(panel, rows: list) -> list:
    """The controls in a side column with the population line and the box plot; the other
    sections below, full width. Phones stack them (controls first)."""
    first = [r for r in rows if getattr(r, "id", None) in FIRST_SECTIONS]
    rest = [r for r in rows if getattr(r, "id", None) not in FIRST_SECTIONS]
    return [dbc.Row([dbc.Col(panel, lg=4, className="klimaat-controls-col"),
                     dbc.Col(first, lg=8)]), *rest]


def _as_search(search: str | None) -> str:
    return search if isinstance(search, str) and search.startswith("?") else ""


def layout(search: str = "") -> html.Div:
    """The climate explorer for the query string `search`."""
    state, notices = state_from_query(KlimaatState, search)
    frames = data.load_frames(state.edition)
    return _page(state, search, notices, frames, sections(state, frames),
                 data.never_drawn(frames.box, state.grouping))


def validation_layout() -> html.Div:
    """The default page's controls and empty section containers: every component its
    callbacks name, for Dash's callback checks, without building the cards."""
    state, notices = state_from_query(KlimaatState, "")
    return _page(state, "", notices, data.load_frames(state.edition),
                 dict.fromkeys(c.id for c in CARDS))


def _page(state: KlimaatState, search: str, notices: list, frames, built: dict,
          never: tuple[str, ...] = ()) -> html.Div:
    lang = state.lang
    return html.Div([
        # the address as loaded: the Location then reports a change only on Back / Forward
        dcc.Location(id=ids.KLIMAAT_URL, refresh=False, search=_as_search(search)),
        dcc.Store(id=ids.KLIMAAT_LANG, data=lang),
        dcc.Store(id=ids.KLIMAAT_ORG, data=state.org),
        html.Div(shell.notices(notices, lang), id=ids.KLIMAAT_NOTICES),
        html.H1(t("klimaat.title", lang), className="h2"),
        html.P(t("klimaat.lead", lang, min_cell=frames.min_cell), className="lead"),
        *_beside_controls(controls(state, never),
                          section_layout(CARDS, built, lang,
                                         {"breakdown": lambda: breakdown_control(state)})),
    ])
