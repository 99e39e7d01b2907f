"""The two plain HTTP routes of live sessions and the rate limiter.

- POST /sessie/nieuw makes a room and redirects (303) to its host screen with the host token
  in the fragment (#sleutel=...): browsers never send a fragment to a server, so the token
  reaches no access log, no proxy and no Referer. The host screen moves it into localStorage
  and removes it from the address bar.
- GET /sessie/doe-mee?code=... sends a typed code on to the participant's page.

flask-limiter guards room creation (per client address) and gives the callbacks their limiter
(joining and answering: per device, per address, per room; data/rooms/limits.py), backed by
the room store's own storage.
"""

from __future__ import annotations

from urllib.parse import quote

from dash import Dash
from flask import Response, abort, redirect, request
from flask_limiter import Limiter

from data import rooms
from data.rooms import limits, model
from pages.sessie.state import (CREATE_PATH, JOIN_PATH, KEY_PARAM, PATH, host_path,
                                participant_path)

_LIMITER: list[Limiter] = []


LOOPBACK = ("127.0.0.1", "::1")


def _behind_our_proxy() -> bool:
    """Whether the request came through the nginx of scripts/serve.sh (gunicorn then listens
    on loopback, and nginx sets X-Forwarded-For and X-Forwarded-Proto itself)."""
    return request.remote_addr in LOOPBACK and "X-Forwarded-For" in request.headers


def client_address() -> str | None:
    """The client's address for the rate limits (hashed there, never stored): nginx's
    X-Forwarded-For when the request came through it, else the peer's address."""
    if _behind_our_proxy():
        return request.headers["X-Forwarded-For"].split(",")[-1].strip()[:64]
    return request.remote_addr


def origin() -> str:
    """The site's address as the participants' phones reach it (for the join link)."""
    scheme = request.scheme
    if _behind_our_proxy() and request.headers.get("X-Forwarded-Proto") in ("http", "https"):
        scheme = request.headers["X-Forwarded-Proto"]
    return f"{scheme}://{request.host}/"


def client_key() -> str:
    return limits.client_key(client_address())


def limiter():
    """The rate limiter (limits strategy) of this app; None before install()."""
    return _LIMITER[0].limiter if _LIMITER else None


def check(kind: str, code: str, device: str) -> None:
    """Count a join or answer; limits.RateLimited when over a limit."""
    active = limiter()
    if active is not None:
        limits.check(active, kind, code, device, client_address())


def _lang_query() -> str:
    return "?lang=en" if request.values.get("lang") == "en" else ""


def create() -> Response:
    try:
        code, token = rooms.store().create()
    except rooms.BACKEND_ERRORS:
        abort(503)
    response = redirect(f"{host_path(code)}{_lang_query()}#{KEY_PARAM}={quote(token)}", 303)
    response.headers["Cache-Control"] = "no-store"
    return response


def join() -> Response:
    code = model.norm_code(request.args.get("code"))
    target = participant_path(code) if code else f"{PATH}/onbekend"
    return redirect(target + _lang_query(), 303)


def install(app: Dash) -> None:
    """Register the routes and the limiter on the app's Flask server (before its first
    request)."""
    server = app.server
    flask_limiter = Limiter(client_key, app=server, storage_uri=rooms.limiter_storage_uri(),
                            strategy="fixed-window", headers_enabled=False)
    _LIMITER[:] = [flask_limiter]
    server.add_url_rule(CREATE_PATH, "sessie_create",
                        flask_limiter.limit(limits.CREATE)(create), methods=["POST"])
    server.add_url_rule(JOIN_PATH, "sessie_join", join, methods=["GET"])
