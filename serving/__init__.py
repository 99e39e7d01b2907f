"""Production serving: compression, cache and security headers, errors, health check.

`install(app)` wires everything onto the Dash app's Flask server. Call it once, after the
callbacks are registered (the Content-Security-Policy hashes Dash's inline scripts).
"""

from __future__ import annotations

from dash import Dash

from serving import compression, errors, headers, health
from serving.devserver import DevRequestHandler

__all__ = ["install", "DevRequestHandler"]


def install(app: Dash) -> None:
    """Add the production behaviour to `app.server` (a Flask app)."""
    server = app.server
    errors.install(server)
    health.install(server)
    headers.install(app)
    compression.install(server)  # Flask runs after_request hooks last-registered first
    warm_up(app)


def warm_up(app: Dash) -> None:
    """Serve the page once in this process. Dash sets itself up (registers the bundle files it
    may serve, collects the callbacks) on a process's first request, and not thread-safely:
    concurrent first requests to a fresh gunicorn worker got 404 for plotly.min.js. Done here,
    in the master (preload_app), every worker is forked set up."""
    response = app.server.test_client().get("/")
    if response.status_code != 200:
        raise RuntimeError(f"the app's page does not render (status {response.status_code})")
