"""Layouts of /sessie: the landing page (start or join), the participant's phone form, the
host's projector screen, and clear pages for unknown and closed rooms."""

from __future__ import annotations

from dash import dcc, html
import dash_bootstrap_components as dbc
from flask import has_request_context

from components import ids, published, statements
from components.i18n import group_label, norm_lang, t
from data import load, rooms
from data import questionnaire as q
from data.rooms import MIN_ROOM, config, model
from data import sessie as national
from pages.sessie import figures, routes
from pages.sessie.state import (CREATE_PATH, HOST, JOIN_PATH, LANDING, PARTICIPANT, PATH,
                                SessionState, parse_path, participant_path)

POLL_MS = 1000
NO_SECTOR = "geen"  # the select's value for "I'd rather not say" (stored as no sector)  # the host screen asks for news every second (no_update when nothing changed)


def layout(search: str = "", path: str = PATH):
    """The page for a /sessie path; unknown or closed rooms get a clear page of their own."""
    state, _ = SessionState.from_query(search)
    lang = norm_lang(state.lang)
    where = parse_path(path)
    if where.role == LANDING:
        return landing(lang)
    if where.role not in (HOST, PARTICIPANT):
        return missing(lang)
    try:
        room = rooms.store().room(where.code)
    except rooms.BACKEND_ERRORS:
        room = None
    if room is None:
        return missing(lang)
    if room.state == model.CLOSED:
        return closed(lang)
    if where.role == PARTICIPANT:
        return participant(where.code, lang)
    return host(where.code, lang, routes.origin() if has_request_context() else "/")


def validation_layout() -> html.Div:
    """Every component the page's callbacks name (for Dash's callback checks)."""
    return html.Div([participant("AAAAAA", "nl"), host("AAAAAA", "nl", "/")])


def _hours() -> int:
    return config.ttl_seconds() // 3600


def _back(lang: str) -> html.P:
    return html.P(html.A(t("sessie.back", lang), href="/" + ("?lang=en" if lang == "en" else "")))


def landing(lang: str) -> html.Div:
    """Start a session (a POST: the room is made on the server) or join one with its code."""
    def hidden_lang():
        return dcc.Input(type="hidden", name="lang", value=lang)

    return html.Div([
        html.H1(t("sessie.title", lang), className="h2"),
        html.P(t("sessie.lead", lang, hours=_hours()), className="lead"),
        html.Section([
            html.H2(t("sessie.start.heading", lang), className="h4"),
            html.P(t("sessie.start.help", lang)),
            html.Form([hidden_lang(), html.Button(t("sessie.start.button", lang), type="submit",
                                                id="sessie-start-button",
                                                className="btn btn-primary btn-lg")],
                      action=CREATE_PATH, method="post"),
        ], className="mb-4"),
        html.Section([
            html.H2(t("sessie.join.heading", lang), className="h4"),
            html.Form([
                hidden_lang(),
                dbc.Label(t("sessie.join.label", lang), html_for=ids.SESSIE_CODE_INPUT),
                html.Div([
                    dcc.Input(id=ids.SESSIE_CODE_INPUT, name="code", type="text", maxLength=12,
                              autoComplete="off", className="form-control sessie-code-input"),
                    html.Button(t("sessie.join.button", lang), type="submit",
                                className="btn btn-secondary"),
                ], className="input-group sessie-join-group"),
            ], action=JOIN_PATH, method="get"),
        ], className="mb-4"),
    ], className="sessie-landing")


def missing(lang: str) -> html.Div:
    return html.Div([html.H1(t("sessie.missing.title", lang), className="h2"),
                     html.P(t("sessie.missing.text", lang, hours=_hours())), _back(lang)],
                    className="sessie-missing")


def closed(lang: str) -> html.Div:
    return html.Div([html.H1(t("sessie.closed.title", lang), className="h2"),
                     html.P(t("sessie.closed.text", lang)), _back(lang)],
                    className="sessie-closed")


def _config(code: str, role: str, lang: str) -> dcc.Store:
    return dcc.Store(id=ids.SESSIE_CONFIG, storage_type="memory",
                     data={"code": code, "role": role, "lang": lang})


def participant(code: str, lang: str) -> html.Div:
    """The phone form: optional sector, the scale statements, send; the own result below."""
    options = [{"label": t("sessie.p.sector_none", lang), "value": NO_SECTOR}]
    options += [{"label": group_label("sector", s, lang), "value": s} for s in national.sectors()]
    fieldsets = [statements.statement_fieldset(n, key, "", lang, ids.sessie_answer,
                                               ids.sessie_option, "sessie-answer")
                 for n, key in enumerate(q.SCALE_ITEMS, start=1)]
    other = "en" if lang == "nl" else "nl"
    meta = load.meta()
    note = "banner.synthetic" if meta.get("synthetic", "true") == "true" else None
    return html.Div([
        _config(code, "participant", lang),
        dcc.Store(id=ids.SESSIE_DEVICE, storage_type="memory"),
        # A phone page: no site navigation, only the language switch and the data note.
        html.P([html.Span(t("app.title", lang), className="fw-semibold me-3"),
                html.A(t("nav.language", lang), lang=other, id="sessie-lang-link",
                       href=participant_path(code) + ("?lang=en" if other == "en" else ""))],
               className="sessie-topline d-flex justify-content-between"),
        html.P(t(note, lang), className="synthetic-banner small", role="note") if note else None,
        html.H1(t("sessie.p.title", lang), className="h3"),
        html.P(t("sessie.p.code", lang, code=code), className="text-muted mb-1"),
        html.P(t("sessie.p.lead", lang, min=MIN_ROOM)),
        html.Div([
            dbc.Label(t("sessie.p.sector", lang), html_for=ids.SESSIE_SECTOR),
            dbc.Select(id=ids.SESSIE_SECTOR, options=options, value=NO_SECTOR),
        ], className="mb-3"),
        html.P(t("benchmark.statements.intro", lang, min=q.MIN_SCALE_ITEMS_ANSWERED,
                 total=len(q.SCALE_ITEMS))),
        *fieldsets,
        dbc.Button(t("sessie.p.submit", lang), id=ids.SESSIE_SUBMIT, color="primary",
                   size="lg", type="button", className="mb-2 w-100"),
        html.P(id=ids.SESSIE_STATUS, role="status", className="fw-semibold"),
        html.Div(id=ids.SESSIE_RESULT, **{"aria-live": "polite"}),
    ], className="sessie-participant")


def host(code: str, lang: str, origin: str) -> html.Div:
    """The projector screen: join link and QR code, the live count, the room view, controls."""
    join_url = origin.rstrip("/") + participant_path(code)
    meta = load.meta()
    footnote = (t("present.synthetic_footnote", lang, **published.report_values(lang))
                if meta.get("synthetic") == "true" else "")
    return html.Div([
        _config(code, "host", lang),
        dcc.Store(id=ids.SESSIE_HOST_KEYS, storage_type="memory"),
        dcc.Store(id=ids.SESSIE_SHOWN, storage_type="memory"),
        dcc.Location(id=ids.SESSIE_URL, refresh=False),
        dcc.Interval(id=ids.SESSIE_INTERVAL, interval=POLL_MS),
        html.Div([
            html.Div([
                html.H1(t("sessie.h.title", lang, code=code), className="sessie-title"),
                html.P([t("sessie.h.join", lang), " ",
                        html.Strong(join_url, className="sessie-join-url")],
                       className="sessie-join"),
                html.P([t("sessie.h.code", lang), ": ",
                        html.Strong(code, className="sessie-code")], className="sessie-join"),
                html.P(id=ids.SESSIE_COUNT, className="sessie-count", **{"aria-live": "polite"}),
                html.P(id=ids.SESSIE_STATE, className="sessie-state"),
                html.P(id=ids.SESSIE_MESSAGE, className="sessie-message", role="status"),
            ], className="sessie-host-text"),
            html.Img(src=figures.qr_data_uri(join_url), className="sessie-qr",
                     alt=t("sessie.h.qr_alt", lang, url=join_url)),
        ], className="sessie-host-head"),
        html.Div(id=ids.SESSIE_VIEW, className="sessie-view"),
        html.P(t("sessie.h.rule", lang, min=MIN_ROOM), className="sessie-footnote"),
        html.P(footnote, className="sessie-footnote"),
        html.Nav([
            html.Button(t("sessie.h.freeze", lang), id=ids.SESSIE_FREEZE, disabled=True,
                        className="btn btn-outline-light"),
            html.Button(t("sessie.h.reopen", lang), id=ids.SESSIE_REOPEN, disabled=True,
                        className="btn btn-outline-light ms-2"),
            dcc.ConfirmDialogProvider(
                html.Button(t("sessie.h.close", lang), id=ids.SESSIE_CLOSE,
                            className="btn btn-outline-light ms-2"),
                id=ids.SESSIE_CLOSE_CONFIRM, message=t("sessie.h.close_confirm", lang)),
            html.Details([
                html.Summary(t("sessie.h.host_link", lang)),
                dbc.Label(t("sessie.h.host_link_help", lang), html_for=ids.SESSIE_HOST_LINK,
                          className="small"),
                dcc.Input(id=ids.SESSIE_HOST_LINK, type="text", readOnly=True, value="",
                          className="form-control form-control-sm"),
            ], className="sessie-host-link ms-4"),
        ], className="presenter-bar", **{"aria-label": t("sessie.h.controls", lang)}),
    ], className="sessie-host")


def room_view(stats, lang: str) -> list:
    """The room beside the country: nothing but "nog N antwoorden nodig" below MIN_ROOM."""
    if stats.missing:
        return [html.P(t("sessie.h.need", lang, n=stats.missing), className="sessie-need")]
    shown = [("all", "all")] + [("sector", s) for s in (stats.sectors or {}) if s]
    boxes = [(g, v, int(row["n"]), row) for g, v in shown
             if (row := national.box(g, v)) is not None]
    parts: list = [html.H2(t("sessie.h.box.title", lang), className="h3")]
    if stats.box is None:
        parts.append(html.P(t("sessie.h.box.withheld", lang), className="sessie-withheld"))
    parts += [
        dcc.Graph(id="sessie-score-chart", figure=figures.score_figure(stats, boxes, lang),
                  config={"displayModeBar": False, "responsive": True}),
        html.P(t("sessie.h.whiskers", lang), className="chart-meta"),
        html.H2(t("sessie.h.st.title", lang), className="h3 mt-3"),
        dcc.Graph(id="sessie-statements-chart",
                  figure=figures.statements_figure(stats, national.agree_shares(), lang),
                  config={"displayModeBar": False, "responsive": True}),
    ]
    return parts
