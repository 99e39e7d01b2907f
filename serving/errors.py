"""Errors never show a traceback or echo the request.

- Files the production pages never use are not served (404): the full plotly.min.js (the
  pages load the partial bundle in assets/vendor), source maps (.map) and Dash's hot-reload
  hash (/_reload-hash). `python app.py` with IBO_DEBUG=1 serves them (developer tools).
- Unknown resources under Dash's reserved paths (/_dash-..., /_anything, /assets/...) are 404.
  Unknown page paths still get the app (status 200), whose router shows the friendly 404 page:
  a 404 status there would make Chromium log a console error on every mistyped link.
- Any HTTP error gets a short generic body (JSON for Dash's /_dash-* API, HTML otherwise).
- An exception in a callback request (/_dash-update-component: malformed JSON, wrong types,
  unknown outputs) is a 400; any other unexpected exception a 500. Both are logged here.
"""

from __future__ import annotations

from dash.exceptions import DependencyException
from dash.fingerprint import check_fingerprint
from flask import Flask, Response, abort, jsonify, request
from werkzeug.exceptions import BadRequest, HTTPException, InternalServerError, NotFound

from data import settings

MAX_BODY = 1024 * 1024  # bytes; callback payloads of this app are a few kB
CATCHALL = "/<path:path>"
CALLBACK_PATH = "/_dash-update-component"

MESSAGES = {  # status -> (Dutch, English); never anything from the request
    400: ("Ongeldig verzoek", "Bad request"),
    404: ("Pagina niet gevonden", "Not found"),
    405: ("Methode niet toegestaan", "Method not allowed"),
    413: ("Verzoek te groot", "Request too large"),
    414: ("Adres te lang", "Address too long"),
    429: ("Te veel verzoeken; probeer het over een minuut opnieuw",
          "Too many requests; try again in a minute"),
    431: ("Verzoekkoppen te groot", "Request headers too large"),
    500: ("Er ging iets mis", "Something went wrong"),
    503: ("Tijdelijk niet beschikbaar, probeer het zo opnieuw",
          "Temporarily unavailable, please try again shortly"),
}
PAGE = """<!doctype html>
<html lang="nl"><head><meta charset="utf-8"><title>{code} - Innovatiebarometer Overheid</title>
<link rel="stylesheet" href="/assets/00-bootstrap.min.css"></head>
<body><main class="container py-4"><h1>{nl}</h1><p lang="en">{en} ({code})</p>
<p><a href="/">Naar het overzicht</a> &middot;
<a href="/?lang=en" lang="en">Go to the overview</a></p>
</main></body></html>
"""


UNUSED_BUNDLES = ("/_dash-component-suites/plotly/package_data/plotly.min.js",)


def unused_in_production(path: str) -> bool:
    """Files the production pages never request (see the module docstring)."""
    if path == "/_reload-hash" or path.endswith(".map"):
        return True
    return check_fingerprint(path)[0] in UNUSED_BUNDLES


def messages(code: int) -> tuple[str, str]:
    return MESSAGES.get(code, MESSAGES[500] if code >= 500 else MESSAGES[400])


def page(code: int) -> str:
    """The HTML error page for `code` (also written for nginx by serving/nginx.py)."""
    nl, en = messages(code)
    return PAGE.format(code=code, nl=nl, en=en)


def is_api(path: str) -> bool:
    return path.startswith("/_dash-") or request.method == "POST"


def generic(response: Response, code: int) -> Response:
    """`response` (status and headers kept, e.g. Allow) with a generic body for `code`."""
    nl, en = messages(code)
    if is_api(request.path):
        response.set_data(jsonify(status=code, error=en).get_data())
        response.mimetype = "application/json"
    else:
        response.set_data(page(code))
        response.mimetype = "text/html"
    return response


def install(server: Flask) -> None:
    server.config["MAX_CONTENT_LENGTH"] = MAX_BODY
    developing = settings.get("IBO_DEBUG")

    @server.before_request
    def unused_files_are_not_served():
        if not developing and unused_in_production(request.path):
            abort(404)

    @server.before_request
    def reserved_paths_are_not_pages():
        rule = request.url_rule
        if rule is not None and rule.rule == CATCHALL:
            first = request.path.lstrip("/").split("/", 1)[0]
            if first.startswith("_") or first == "assets":
                abort(404)

    @server.errorhandler(HTTPException)
    def http_error(exc: HTTPException):
        return generic(exc.get_response(), exc.code or 500)

    @server.errorhandler(DependencyException)  # unknown /_dash-component-suites/ file
    def unknown_bundle(_exc):
        return generic(NotFound().get_response(), 404)

    @server.errorhandler(Exception)
    def unexpected(exc: Exception):
        if request.path.endswith(CALLBACK_PATH):
            # A malformed callback request: one line (never the body, never a traceback).
            server.logger.warning("%s %s rejected: %s", request.method, request.path,
                                  type(exc).__name__)
            return generic(BadRequest().get_response(), 400)
        server.logger.error("%s %s failed", request.method, request.path, exc_info=exc)
        return generic(InternalServerError().get_response(), 500)
