"""Security and cache headers on every response.

Content-Security-Policy for Dash 4 + plotly (checked in headless Chromium, no violations):
- script-src 'self' plus the hashes of Dash's inline scripts (the renderer start-up and the
  clientside callbacks), so no 'unsafe-inline' for scripts;
- style-src 'unsafe-inline': plotly.js injects <style> elements and style attributes;
- img-src data: blob:, font-src data: (plotly modebar icons, bootstrap's data-URI icons);
- frame-ancestors from IBO_FRAME_ANCESTORS (default 'self'), for embedding in other sites.
Cache: fingerprinted bundles and timestamped assets are immutable for a year; everything
without its own Cache-Control (pages, layout, callbacks) must be revalidated.
"""

from __future__ import annotations

from dash import Dash
from dash.fingerprint import check_fingerprint
from flask import Response, request

from data import settings

LONG_CACHE = "public, max-age=31536000, immutable"
STATIC_HEADERS = {
    "X-Content-Type-Options": "nosniff",
    # Same-origin requests keep the full URL; other sites never see our paths or queries.
    "Referrer-Policy": "same-origin",
    "Permissions-Policy": "camera=(), microphone=(), geolocation=()",
    "Cross-Origin-Opener-Policy": "same-origin",
}


def frame_ancestors() -> str:
    """Who may embed the dashboard: IBO_FRAME_ANCESTORS, e.g. "'self' https://example.nl"."""
    return settings.get("IBO_FRAME_ANCESTORS")


def content_security_policy(app: Dash) -> str:
    # sorted: the same policy whatever order the modules with inline scripts were imported in
    # (the proxy's copy is computed in another process: serving/nginx.py)
    script_hashes = " ".join(sorted(app.csp_hashes()))
    return "; ".join([
        "default-src 'self'",
        f"script-src 'self' {script_hashes}",
        "style-src 'self' 'unsafe-inline'",
        "img-src 'self' data: blob:",
        "font-src 'self' data:",
        "connect-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
        f"frame-ancestors {frame_ancestors()}",
    ])


def is_fingerprinted(path: str, args) -> bool:
    """Dash fingerprints bundles in the path (x.v4_4_1m123.js), assets with ?m=<mtime> and
    its favicon with ?v=<dash version>."""
    if path.startswith("/_dash-component-suites/"):
        return check_fingerprint(path)[1]
    if path == "/_favicon.ico":
        return "v" in args
    return path.startswith("/assets/") and "m" in args


def install(app: Dash) -> None:
    server = app.server
    frame_ancestors()  # a bad IBO_FRAME_ANCESTORS stops start-up, not each request
    policy: list[str] = []  # computed at the first response, once every callback exists

    @server.after_request
    def add_headers(response: Response) -> Response:
        if not policy:
            policy.append(content_security_policy(app))
        response.headers["Content-Security-Policy"] = policy[0]
        response.headers.update(STATIC_HEADERS)
        if response.status_code in (200, 304) and is_fingerprinted(request.path, request.args):
            response.headers["Cache-Control"] = LONG_CACHE
        elif "Cache-Control" not in response.headers:
            response.headers["Cache-Control"] = "no-cache"
        return response
