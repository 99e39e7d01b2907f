"""Live-session wiring. Participants: get a device token, join (their earlier answers come
back), send answers (validated, rate-limited), see their own result. Host: poll the room once
a second (no_update unless the room's view changed), freeze, reopen, close.

Privacy: nothing here logs its inputs; the host token travels only in callback bodies.
"""

from __future__ import annotations

from dash.exceptions import PreventUpdate
from dash import ALL, Input, Output, State, callback, clientside_callback, ctx, dcc, html, no_update

from components import ids
from components.i18n import group_label, norm_lang, t
from components.numbers import fmt_number
from data import questionnaire as q
from data import rooms
from data.rooms import limits, model
from data.rooms.stats import room_stats
from data import sessie as national
from pages.sessie import figures, routes
from pages.sessie.layout import NO_SECTOR, room_view

ANSWERS = Input({"type": ids.SESSIE_ANSWER_TYPE, "item": ALL}, "value")


def _config(config: object, role: str) -> tuple[str | None, str]:
    """(room code, language) from the page's config store; code None when it is not one."""
    if not isinstance(config, dict) or config.get("role") != role:
        return None, "nl"
    lang = config.get("lang")
    return model.norm_code(config.get("code")), norm_lang(lang if isinstance(lang, str) else None)


def _error_text(exc: Exception, lang: str) -> str:
    if isinstance(exc, limits.RateLimited):
        return t("sessie.p.limited", lang)
    if isinstance(exc, model.InvalidAnswer):
        return t("sessie.p.invalid", lang, min=q.MIN_SCALE_ITEMS_ANSWERED)
    if isinstance(exc, model.RoomFull):
        return t("sessie.p.full", lang)
    if isinstance(exc, model.RoomClosed):
        return t("sessie.p.closed", lang)
    return t("sessie.p.unknown", lang)


# --- participant -----------------------------------------------------------------------------

@callback(
    Output({"type": ids.SESSIE_ANSWER_TYPE, "item": ALL}, "value"),
    Output(ids.SESSIE_SECTOR, "value"),
    Output(ids.SESSIE_STATUS, "children"),
    Input(ids.SESSIE_DEVICE, "data"),
    State(ids.SESSIE_CONFIG, "data"),
)
def join(device, config):
    """On opening the form: this device's earlier answers in the room, if any."""
    code, lang = _config(config, "participant")
    blank = [no_update] * len(q.SCALE_ITEMS)
    if code is None or not isinstance(device, str):
        return blank, no_update, no_update
    try:
        key = model.device_key(code, device)
        routes.check("join", code, device)
        room = rooms.store().room(code)
        if room is None or room.state == model.CLOSED:
            raise model.UnknownRoom(code) if room is None else model.RoomClosed(code)
        own = rooms.store().own_answer(code, key)
    except (model.RoomError, limits.RateLimited) as exc:
        return blank, no_update, _error_text(exc, lang)
    except rooms.BACKEND_ERRORS:
        return blank, no_update, t("sessie.p.limited", lang)
    if own is None:
        return blank, no_update, ""
    values = [v or None for v in own.tokens]
    return values, own.sector if own.sector in national.sectors() else NO_SECTOR, t(
        "sessie.p.restored", lang)


@callback(
    Output(ids.SESSIE_RESULT, "children"),
    Output(ids.SESSIE_STATUS, "children", allow_duplicate=True),
    Input(ids.SESSIE_SUBMIT, "n_clicks"),
    State({"type": ids.SESSIE_ANSWER_TYPE, "item": ALL}, "value"),
    State(ids.SESSIE_SECTOR, "value"),
    State(ids.SESSIE_DEVICE, "data"),
    State(ids.SESSIE_CONFIG, "data"),
    prevent_initial_call=True,
)
def submit(n_clicks, values, sector, device, config):
    """Validate and keep this device's answers; show the participant's own result."""
    code, lang = _config(config, "participant")
    if code is None or not n_clicks:
        return no_update, no_update
    try:
        answer = model.validate("" if sector == NO_SECTOR else sector, values, national.sectors())
        key = model.device_key(code, device)
        routes.check("answer", code, device)
        rooms.store().answer(code, key, answer)
    except (model.RoomError, limits.RateLimited) as exc:
        return no_update, _error_text(exc, lang)
    except rooms.BACKEND_ERRORS:
        return no_update, t("sessie.p.limited", lang)
    return own_result(answer, lang), t("sessie.p.saved", lang)


def own_result(answer: model.Answer, lang: str) -> list:
    """The participant's score and group, on the national boxes (own sector and all)."""
    score = answer.score()
    group = group_label("climate_group", q.climate_group(score), lang)
    boxes = [(g, v, int(row["n"]), row)
             for g, v in (("sector", answer.sector), ("all", "all"))
             if v and (row := national.box(g, v)) is not None]
    return [
        html.H2(t("sessie.p.result.heading", lang), className="h4"),
        html.P(t("sessie.p.result.score", lang, score=fmt_number(score, lang, 2), group=group),
               className="fs-5"),
        html.H3(t("sessie.p.result.chart", lang), className="h6"),
        dcc.Graph(figure=figures.own_figure(boxes, score, lang), id="sessie-own-chart",
                  config={"displayModeBar": False, "responsive": True}),
    ]


# --- host ------------------------------------------------------------------------------------

HOST_OUTPUTS = (
    Output(ids.SESSIE_COUNT, "children"),
    Output(ids.SESSIE_STATE, "children"),
    Output(ids.SESSIE_MESSAGE, "children"),
    Output(ids.SESSIE_VIEW, "children"),
    Output(ids.SESSIE_SHOWN, "data"),
    Output(ids.SESSIE_INTERVAL, "disabled"),
    Output(ids.SESSIE_FREEZE, "disabled"),
    Output(ids.SESSIE_REOPEN, "disabled"),
    Output(ids.SESSIE_CLOSE, "disabled"),
)


def _unchanged():
    """Nothing to send: Dash answers 204 with no body (the cheapest reply to a poll)."""
    raise PreventUpdate


def _ended(message: str) -> tuple:
    return "", "", message, [], None, True, True, True, True


@callback(
    *HOST_OUTPUTS,
    Input(ids.SESSIE_INTERVAL, "n_intervals"),
    Input(ids.SESSIE_FREEZE, "n_clicks"),
    Input(ids.SESSIE_REOPEN, "n_clicks"),
    Input(ids.SESSIE_CLOSE_CONFIRM, "submit_n_clicks"),
    Input(ids.SESSIE_HOST_KEYS, "data"),
    State(ids.SESSIE_CONFIG, "data"),
    State(ids.SESSIE_SHOWN, "data"),
)
def host_view(_tick, _freeze, _reopen, _close, token, config, shown):
    """The host screen's news: count, state and the room view, only when the view changed."""
    code, lang = _config(config, "host")
    if code is None or not isinstance(token, str) or not token:
        if token is None:
            _unchanged()
        return _ended(t("sessie.h.no_key", lang))
    store = rooms.store()
    trigger = ctx.triggered_id
    try:
        if not store.is_host(code, token):
            room = store.room(code)
            if room is None:
                return _ended(t("sessie.h.expired", lang))
            if room.state == model.CLOSED:
                return _ended(t("sessie.h.closed", lang))
            return _ended(t("sessie.h.no_key", lang))
        if trigger == ids.SESSIE_FREEZE:
            store.freeze(code)
        elif trigger == ids.SESSIE_REOPEN:
            store.reopen(code)
        elif trigger == ids.SESSIE_CLOSE_CONFIRM:
            store.close(code)
            return _ended(t("sessie.h.closed", lang))
        room = store.room(code)
        if room is None:
            return _ended(t("sessie.h.expired", lang))
        if room.view_version == shown:
            _unchanged()
        stats = room_stats(store.view_answers(code))
    except model.RoomClosed:
        return _ended(t("sessie.h.closed", lang))
    except model.RoomError:
        return _ended(t("sessie.h.expired", lang))
    except rooms.BACKEND_ERRORS:
        _unchanged()  # a passing store outage: try again at the next tick
    frozen = room.state == model.FROZEN
    return (t("sessie.h.count", lang, n=stats.n if frozen else room.count),
            t(f"sessie.h.state.{room.state}", lang), "", room_view(stats, lang),
            room.view_version, False, frozen, not frozen, False)


# --- browser-side ----------------------------------------------------------------------------

# A random device token, made once per browser and kept in localStorage (never a cookie: it
# is sent only in the callbacks that need it).
clientside_callback(
    """function(config) {
        const name = "ibo-sessie-device";
        let token = null;
        try { token = window.localStorage.getItem(name); } catch (e) { token = null; }
        if (!token || !/^[A-Za-z0-9_-]{16,64}$/.test(token)) {
            const bytes = new Uint8Array(24);
            window.crypto.getRandomValues(bytes);
            token = btoa(String.fromCharCode.apply(null, bytes))
                .replace(/\\+/g, "-").replace(/\\//g, "_").replace(/=+$/, "");
            try { window.localStorage.setItem(name, token); } catch (e) { /* private mode */ }
        }
        return token;
    }""",
    Output(ids.SESSIE_DEVICE, "data"),
    Input(ids.SESSIE_CONFIG, "data"),
)

# The host token: taken once from the fragment (#sleutel=...) into localStorage, the fragment
# removed from the address bar; the host link for another device is rebuilt from it.
clientside_callback(
    """function(config) {
        if (!config || !config.code) { return ["", ""]; }
        const name = "ibo-sessie-host-keys";
        let keys = {};
        try { keys = JSON.parse(window.localStorage.getItem(name) || "{}") || {}; }
        catch (e) { keys = {}; }
        const hash = new URLSearchParams((window.location.hash || "").replace(/^#/, ""));
        const given = hash.get("sleutel");
        if (given) {
            keys[config.code] = given;
            try { window.localStorage.setItem(name, JSON.stringify(keys)); } catch (e) { }
            window.history.replaceState(null, "", window.location.pathname
                                        + window.location.search);
        }
        const token = keys[config.code] || "";
        const link = token ? window.location.origin + window.location.pathname
            + "#sleutel=" + encodeURIComponent(token) : "";
        return [token, link];
    }""",
    Output(ids.SESSIE_HOST_KEYS, "data"),
    Output(ids.SESSIE_HOST_LINK, "value"),
    Input(ids.SESSIE_CONFIG, "data"),
)
