"""Layout of /benchmark: the form (organisation profile, the 13 scale statements, peer
group, actions) and the result area the callback fills (pages/benchmark/cards.py).

Native controls only (radio groups in fieldsets, selects), so the whole form works with the
keyboard: Tab to a statement, arrow keys to choose an answer.
"""

from __future__ import annotations

from dash import dcc, html
import dash_bootstrap_components as dbc

from components import ids, published, shell, statements
from components.i18n import group_label, t
from components.editions import edition_options, state_from_query
from data import benchmark as benchmark_data
from data import load
from data import questionnaire as q
from data import schema
from pages.benchmark import cards as benchmark_result
from pages.benchmark import figures as fig
from pages.benchmark.figures import Peer, peer_label
from pages.benchmark.state import BenchmarkState



# "Not chosen" as a control value. Not "": dbc.Select's own hidden placeholder option has the
# value "", and the browser would show that blank option as the selection. The callbacks
# read it as "not given" (an invalid profile value falls back to the default, "").
NOT_CHOSEN = "-"


def _select(select_id: str, label_key: str, values: tuple[str, ...], grouping: str,
            value: str, lang: str) -> dbc.Col:
    options = [{"label": t("benchmark.select.none", lang), "value": NOT_CHOSEN}]
    options += [{"label": group_label(grouping, v, lang), "value": v} for v in values]
    return dbc.Col([
        dbc.Label(t(label_key, lang), html_for=select_id),
        dbc.Select(id=select_id, options=options, value=value or NOT_CHOSEN),
    ], md=4, className="mb-3")


PROFILE = ("sector", "cluster", "size_class")


def profile_fields(state: BenchmarkState, lang: str, from_org: bool = False) -> html.Section:
    """Sector, cluster and size class selects (from_org: filled in from "Mijn organisatie")."""
    return html.Section([
        html.H2(t("benchmark.profile.heading", lang), className="h4"),
        html.P(t("benchmark.profile.help", lang), className="text-muted"),
        *([html.P(t("org.benchmark.from", lang, org=state.organisation.label(lang)),
                  id="benchmark-profile-from-org", className="org-note")] if from_org else []),
        dbc.Row([
            _select(ids.BENCHMARK_SECTOR, "benchmark.sector.label", q.SECTORS, "sector",
                    state.sector, lang),
            _select(ids.BENCHMARK_CLUSTER, "benchmark.cluster.label", q.CLUSTERS, "cluster",
                    state.cluster, lang),
            _select(ids.BENCHMARK_SIZE, "benchmark.size.label", q.SIZE_CLASSES, "size_class",
                    state.size_class, lang),
        ]),
    ], className="benchmark-profile mb-4")


def statement_fieldset(number: int, item_key: str, value: str, lang: str) -> html.Fieldset:
    """One statement of the benchmark form (components/statements.py, the benchmark's ids)."""
    return statements.statement_fieldset(number, item_key, value, lang, ids.benchmark_answer,
                                         ids.benchmark_option, "benchmark-answer")


def statement_fields(state: BenchmarkState, lang: str) -> html.Section:
    """The scale statements with their explanation, the live count and the submit button."""
    excluded = "; ".join(f"‘{t(f'item.{i.key}', lang)}’" for i in q.CLIMATE_ITEMS
                         if not i.in_scale)
    fieldsets = [statement_fieldset(n, key, token, lang)
                 for n, (key, token) in enumerate(zip(q.SCALE_ITEMS, state.tokens), start=1)]
    return html.Section([
        html.H2(t("benchmark.statements.heading", lang), className="h4"),
        html.P(t("benchmark.statements.intro", lang, min=q.MIN_SCALE_ITEMS_ANSWERED,
                 total=len(q.SCALE_ITEMS)), id="benchmark-minimum-text"),
        html.P(t("benchmark.statements.paraphrase", lang, excluded=excluded,
                 **published.report_values(lang)),
               className="small text-muted"),
        *fieldsets,
        html.P(id=ids.BENCHMARK_COUNT, className="fw-semibold", **{"aria-live": "polite"}),
        dbc.Button(t("benchmark.submit", lang), id=ids.BENCHMARK_SUBMIT, color="primary",
                   type="button", className="mb-2"),
        html.P(id=ids.BENCHMARK_STALE, className="text-muted small", **{"aria-live": "polite"}),
    ], className="benchmark-statements mb-4")


def peer_option(peer: Peer, lang: str) -> dict:
    """A radio option for one offered peer group."""
    return {"label": t(f"benchmark.peer.option.{peer.grouping}", lang,
                       group=peer_label(peer, lang), n=peer.n),
            "value": peer.grouping,
            "input_id": f"benchmark-peer-{peer.grouping.replace('_', '-')}-input"}


def peer_note(withheld: list[tuple[str, str]], offered: list[Peer], lang: str) -> list:
    """Why an own group is not offered, or how to get more groups."""
    lines = [html.P(t("benchmark.peer.withheld", lang,
                      grouping=t(f"benchmark.grouping.{g}", lang),
                      group=group_label(g, v, lang), min_cell=schema.MIN_CELL),
                    className="mb-1") for g, v in withheld]
    if len(offered) + len(withheld) <= 1:
        lines.append(html.P(t("benchmark.peer.hint", lang), className="mb-1 text-muted"))
    return lines


def peer_fields(offered: list[Peer], withheld: list[tuple[str, str]], chosen: Peer | None,
                lang: str) -> html.Fieldset:
    """The peer-group choice; only published groups are offered."""
    return html.Fieldset([
        html.Legend(t("benchmark.peer.legend", lang), className="fs-6 fw-semibold mb-1"),
        dbc.RadioItems(id=ids.BENCHMARK_PEER, options=[peer_option(p, lang) for p in offered],
                       value=chosen.grouping if chosen else None, name="benchmark-peer"),
        html.Div(peer_note(withheld, offered, lang), id=ids.BENCHMARK_PEER_NOTE,
                 className="small mt-1", **{"aria-live": "polite"}),
    ], className="benchmark-peer mb-3")


def share_actions(lang: str) -> html.Section:
    """Copy-link and print controls (the link is built in the browser, never on the server)."""
    return html.Section([
        html.H2(t("benchmark.actions.heading", lang), className="h4"),
        dbc.Label(t("benchmark.link.label", lang), html_for=ids.BENCHMARK_LINK),
        dbc.InputGroup([
            dbc.Input(id=ids.BENCHMARK_LINK, type="text", readonly=True, value=""),
            dbc.Button(t("benchmark.copy", lang), id=ids.BENCHMARK_COPY, color="secondary",
                       type="button"),
        ]),
        html.P(t("benchmark.link.warning", lang), id="benchmark-link-warning",
               className="small text-muted mt-1"),
        html.P(id=ids.BENCHMARK_COPY_STATUS, className="small", role="status"),
        dbc.Button(t("benchmark.print", lang), id=ids.BENCHMARK_PRINT, color="secondary",
                   outline=True, type="button"),
        html.P(t("benchmark.print.note", lang), className="small text-muted mt-1"),
    ], className="benchmark-actions mb-4")


PRINT_WIDTH_PX = 690  # A4 minus the print margins of assets/30-print.css, in CSS pixels
CLIENT_TEXTS = ("benchmark.count", "benchmark.copied", "benchmark.copy_failed", "benchmark.stale")


def client_config(lang: str, org: str = "") -> dict:
    """What the browser-side callbacks need: language, "Mijn organisatie" (the URL's `org`),
    statement order, URL params, texts."""
    return {
        "lang": lang,
        "org": org,
        "items": list(q.SCALE_ITEMS),
        "min": q.MIN_SCALE_ITEMS_ANSWERED,
        "params": [[p.key, str(p.default)] for p in BenchmarkState.params()],  # URL keys
        "link_id": ids.BENCHMARK_LINK,
        "chart_id": ids.BENCHMARK_CHART,
        "print_width": PRINT_WIDTH_PX,
        "not_chosen": NOT_CHOSEN,
        "texts": {key.split(".", 1)[1]: t(key, lang) for key in CLIENT_TEXTS},
    }


def edition_field(state: BenchmarkState) -> html.Div:
    """The edition to compare with; shown only when more than one edition has aggregates."""
    options = edition_options()
    return html.Div(html.Fieldset([
        html.Legend(t("benchmark.edition.legend", state.lang), className="fs-6 fw-semibold mb-1"),
        dbc.RadioItems(id=ids.BENCHMARK_EDITION, options=options,
                       value=load.edition_or_default(state.edition), inline=True),
    ], className="mb-3"), id=ids.BENCHMARK_EDITION_FIELD, hidden=len(options) < 2)



def layout(search: str = "") -> html.Div:
    """The benchmark page for the query string `search`."""
    state, notices = state_from_query(BenchmarkState, search)
    lang = state.lang
    given = state
    state = state.from_organisation()
    edition = load.edition_or_default(state.edition)
    offered, withheld = fig.peer_options(benchmark_data.tables(edition).percentiles,
                                         state.profile())
    chosen = fig.resolve_peer(state.peer, offered)
    # the result for the address's answers, drawn with the page (never kept: callbacks/router)
    shown = benchmark_result.result_area(state, bool(state.a), edition)
    return _page(state, given, notices, peer_fields(offered, withheld, chosen, lang), shown)


def validation_layout() -> html.Div:
    """The default page's form, stores and empty result area without the peer groups on
    offer: every component its callbacks name, for Dash's callback checks, without reading
    the peer groups' aggregates (tests/serving/test_shell.py compares with the full page)."""
    state, notices = state_from_query(BenchmarkState, "")
    return _page(state.from_organisation(), state, notices,
                 peer_fields([], [], None, state.lang))


def _page(state: BenchmarkState, given: BenchmarkState, notices: list,
          peers: html.Fieldset, shown: tuple[list, str] | None = None) -> html.Div:
    lang = state.lang
    result, result_for = shown or (None, None)
    return html.Div([
        dcc.Location(id=ids.BENCHMARK_URL, refresh=False),
        dcc.Store(id=ids.BENCHMARK_CONFIG, data=client_config(lang, state.org),
                  storage_type="memory"),
        dcc.Store(id=ids.BENCHMARK_ANSWERS, data=state.a, storage_type="memory"),
        dcc.Store(id=ids.BENCHMARK_SUBMITTED, data=state.a or None, storage_type="memory"),
        dcc.Store(id=ids.BENCHMARK_RESULT_FOR, data=result_for, storage_type="memory"),
        *shell.notices(notices, lang),
        html.H1(t("benchmark.title", lang), className="h2"),
        html.P(t("benchmark.lead", lang, total=len(q.SCALE_ITEMS)), className="lead"),
        dbc.Alert(t("benchmark.privacy", lang), color="info", id="benchmark-privacy-note",
                  className="benchmark-privacy py-2"),
        # A plain container, not <form>: Enter in a field must never reload the page.
        html.Div([profile_fields(state, lang, from_org=state != given),
                  statement_fields(state, lang)], className="benchmark-form"),
        html.Section([
            html.H2(t("benchmark.result.heading", lang), className="h4"),
            edition_field(state),
            peers,
            html.Div(result, id=ids.BENCHMARK_RESULT, className="benchmark-result",
                     **{"aria-live": "polite"}),
        ], className="benchmark-result-section mb-4"),
        share_actions(lang),
    ], className="benchmark-page",
        **{"data-leave-warning": t("benchmark.leave_warning", lang),
           # a new "Mijn organisatie" replaces the profile of the address (70-view-state.js)
           "data-org-replaces": ",".join(BenchmarkState.url_key(f) for f in PROFILE)})
