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
