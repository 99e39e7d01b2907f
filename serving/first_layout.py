"""The first layout response holds the page for the browser's address.

Dash's renderer loads the page in three sequential round trips: the HTML, `/_dash-layout`
(here the empty shell), then the router callback that renders the page for dcc.Location's
address; only then do the charts start drawing. The layout request itself carries the address:
it is a same-origin fetch, and serving/headers.py's `Referrer-Policy: same-origin` gives it
the page's full URL as Referer. So `/_dash-layout` renders the page for that path and query
(`render(pathname, search)`, the router's own rendering) and the router round trip is gone.

The Referer is only a hint: without one (a browser or extension that strips it) the plain
shell is served and the router renders the page as before; if it names another address than
the browser shows, the router's check routes again (callbacks/router.py). Responses vary by
Referer (`Vary`), and are kept (serving/cache.py's bounded LRU, per process) only for
addresses `cacheable(pathname, search)` allows, never a benchmark's answers. Neither the
Referer nor a query string is ever logged (gunicorn.conf.py).
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from urllib.parse import urlsplit

from dash import Dash
from dash.development.base_component import Component
from flask import Response, request

from data import load, schema
from serving.cache import ResponseCache
from serving.fast_json import dumps as to_json

MAX_REFERER = 8192  # longer Referers are ignored (the shell is served)


def address(referer: str | None) -> tuple[str, str] | None:
    """(pathname, search) of an http(s) Referer, as dcc.Location reports them; else None."""
    if not referer or len(referer) > MAX_REFERER:
        return None
    try:
        parts = urlsplit(referer)
    except ValueError:
        return None
    if parts.scheme not in ("http", "https") or not parts.path.startswith("/"):
        return None
    return parts.path, f"?{parts.query}" if parts.query else ""


def install(app: Dash, render: Callable[[str, str], Component],
            cacheable: Callable[[str, str], bool]) -> ResponseCache:
    """Serve `/_dash-layout` as `render(pathname, search)` of the request's Referer (the
    app's own layout without one). Returns the cache of rendered layouts."""
    server = app.server
    rule = f"{app.config.routes_pathname_prefix}_dash-layout"
    endpoint = next(r.endpoint for r in server.url_map.iter_rules() if r.rule == rule)
    plain = server.view_functions[endpoint]
    kept = ResponseCache()
    load.on_clear(kept.clear)

    def serve_layout() -> Response:
        where = address(request.referrer)
        if where is None:
            response = plain()
        else:
            key = hashlib.sha256(repr((str(schema.aggregates_dir()), *where)).encode()).digest()
            body = kept.get(key) if cacheable(*where) else None
            if body is None:
                body = to_json(render(*where))
                if cacheable(*where):
                    kept.put(key, body)
            response = Response(body, mimetype="application/json")
        response.headers["Vary"] = "Referer"
        return response

    serve_layout.response_cache = kept  # type: ignore[attr-defined]
    server.view_functions[endpoint] = serve_layout
    return kept
