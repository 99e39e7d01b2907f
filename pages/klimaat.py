"""Klimaat (/klimaat): the climate explorer — box plots per group, filters, climate groups.

Controls are in components/klimaat_controls.py, the cards in components/klimaat_cards.py;
callbacks/klimaat.py rebuilds the cards and writes the URL on every change.
"""

from __future__ import annotations

from functools import lru_cache

from dash import dcc, html
import dash_bootstrap_components as dbc

from components import ids, shell
from components.i18n import t
from components.klimaat_cards import Frames, sections
from components.klimaat_controls import controls, radios
from components.klimaat_state import BREAKDOWNS, KlimaatState
from data import load, schema

PATH = "/klimaat"
NAV_KEY = "nav.klimaat"
ORDER = 1
CACHE_LAYOUT = True  # rendering depends only on the URL and the aggregates (serving/cache.py)


def load_frames() -> Frames:
    """The shipped aggregates the page reads (do not mutate them)."""
    return _load_frames(str(schema.aggregates_dir()))


@lru_cache(maxsize=2)
def _load_frames(folder: str) -> Frames:
    # The same frame objects on every call (data.load hands out a new shallow copy per
    # call): data/cube.py then indexes each table's populations once.
    return Frames(load.load_table("climate_box"), load.load_table("climate_variance"),
                  load.load_table("indicator_shares"), load.load_table("sources"), load.meta())


def layout(search: str = "") -> html.Div:
    """The climate explorer for the query string `search`."""
    state, notices = KlimaatState.from_query(search)
    lang = state.lang
    built = sections(state, load_frames())
    return html.Div([
        dcc.Location(id=ids.KLIMAAT_URL, refresh=False),
        dcc.Store(id=ids.KLIMAAT_LANG, data=lang),
        html.Div(shell.notices(notices, lang), id=ids.KLIMAAT_NOTICES),
        html.H1(t("klimaat.title", lang), className="h2"),
        html.P(t("klimaat.lead", lang), className="lead"),
        controls(state),
        html.P(built[ids.KLIMAAT_POPULATION], id=ids.KLIMAAT_POPULATION, role="status",
               className="fw-semibold"),
        html.Div(built[ids.KLIMAAT_BOX_CARD], id=ids.KLIMAAT_BOX_CARD),
        dbc.Row([
            dbc.Col(html.Div(built[ids.KLIMAAT_VARIANCE_CARD], id=ids.KLIMAAT_VARIANCE_CARD),
                    lg=6),
            dbc.Col(html.Div(built[ids.KLIMAAT_GROUPS_CARD], id=ids.KLIMAAT_GROUPS_CARD), lg=6),
        ]),
        html.Div(built[ids.KLIMAAT_STATEMENTS_CARD], id=ids.KLIMAAT_STATEMENTS_CARD),
        radios(ids.KLIMAAT_BREAKDOWN, t("klimaat.controls.breakdown", lang),
               [{"label": t(f"klimaat.breakdown.{b}", lang), "value": b} for b in BREAKDOWNS],
               state.uitsplitsing),
        html.Div(built[ids.KLIMAAT_BREAKDOWN_CARD], id=ids.KLIMAAT_BREAKDOWN_CARD),
    ])
