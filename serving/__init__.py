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
    compression.install(server)  # registered last, so it runs first on each response
    warm_up(app)


def warm_up(app: Dash) -> None:
    """Serve the page once in this process. Dash registers which bundle files it may serve
    (and collects the callbacks) only when it renders a page: under gunicorn a fresh worker
    would answer 404 to a bundle request (plotly.min.js) until it had served a page itself.
    With preload_app every worker inherits this state from the master."""
    response = app.server.test_client().get("/")
    if response.status_code != 200:
        raise RuntimeError(f"the app's page does not render (status {response.status_code})")
