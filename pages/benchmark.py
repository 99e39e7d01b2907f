"""Benchmark (/benchmark): answer the climate statements, see score, group and peer position.

The page's address holds the profile and peer group; answers only enter a link the user asks
for. A link with answers (`?a=4,5,x,...`) opens with the form filled and the result shown.
"""

from __future__ import annotations

from dash import dcc, html
import dash_bootstrap_components as dbc

from components import benchmark_form as form
from components import ids, shell
from components.benchmark_state import BenchmarkState
from components.figures import benchmark as fig
from components.i18n import t
from data import load
from data import questionnaire as q

PATH = "/benchmark"
NAV_KEY = "nav.benchmark"
ORDER = 30

PRINT_WIDTH_PX = 690  # A4 minus the print margins of assets/30-print.css, in CSS pixels
CLIENT_TEXTS = ("benchmark.count", "benchmark.copied", "benchmark.copy_failed", "benchmark.stale")


def client_config(lang: str) -> dict:
    """What the browser-side callbacks need: language, statement order, URL params, texts."""
    return {
        "lang": lang,
        "items": list(q.SCALE_ITEMS),
        "min": q.MIN_SCALE_ITEMS_ANSWERED,
        "params": [[p.name, str(p.default)] for p in BenchmarkState.params()],
        "link_id": ids.BENCHMARK_LINK,
        "chart_id": ids.BENCHMARK_CHART,
        "print_width": PRINT_WIDTH_PX,
        "texts": {key.split(".", 1)[1]: t(key, lang) for key in CLIENT_TEXTS},
    }


def layout(search: str = "") -> html.Div:
    """The benchmark page for the query string `search`."""
    state, notices = BenchmarkState.from_query(search)
    lang = state.lang
    offered, withheld = fig.peer_options(load.load_table("climate_percentiles"), state.profile())
    chosen = fig.resolve_peer(state.vergelijk, offered)
    return html.Div([
        dcc.Location(id=ids.BENCHMARK_URL, refresh=False),
        dcc.Store(id=ids.BENCHMARK_CONFIG, data=client_config(lang), storage_type="memory"),
        dcc.Store(id=ids.BENCHMARK_ANSWERS, data=state.a, storage_type="memory"),
        dcc.Store(id=ids.BENCHMARK_SUBMITTED, data=state.a or None, storage_type="memory"),
        *shell.notices(notices, lang),
        html.H1(t("benchmark.title", lang), className="h2"),
        html.P(t("benchmark.lead", lang, total=len(q.SCALE_ITEMS)), className="lead"),
        html.P(html.A(t("sessie.entry", lang), href=shell.with_lang("/sessie", lang),
                      id="benchmark-sessie-link"), className="sessie-entry"),
        dbc.Alert(t("benchmark.privacy", lang), color="info", id="benchmark-privacy-note",
                  className="benchmark-privacy py-2"),
        # A plain container, not <form>: Enter in a field must never reload the page.
        html.Div([form.profile_fields(state, lang), form.statement_fields(state, lang)],
                 className="benchmark-form"),
        html.Section([
            html.H2(t("benchmark.result.heading", lang), className="h4"),
            form.peer_fields(offered, withheld, chosen, lang),
            html.Div(id=ids.BENCHMARK_RESULT, className="benchmark-result",
                     **{"aria-live": "polite"}),
        ], className="benchmark-result-section mb-4"),
        form.share_actions(lang),
    ], className="benchmark-page")
