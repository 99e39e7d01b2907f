"""The Innovatiebarometer dashboard: creates Dash, sets the shell, registers callbacks.

Run locally with `python app.py`; in production `gunicorn -c gunicorn.conf.py app:server`.
Start-up validates every aggregate file and stops with a one-line message naming file and
column (exit code 1) if one is bad. serving/ adds compression, headers, errors and /healthz.
"""

from __future__ import annotations

import gc
import sys

# Start-up creates objects that live as long as the process (some 140,000 the collector
# tracks): no automatic collections meanwhile (they cost 0.1-0.15 s of CPU). serving.install
# freezes them at its end and turns collection back on (serving/memory.py compact).
gc.disable()

from data import settings  # noqa: E402

settings.check_or_exit()  # before anything reads a setting

from data import load  # noqa: E402
from serving import memory  # noqa: E402

memory.setup()  # before the aggregates are read (allocator settings)
# The aggregates are read and checked on a thread while Dash, Flask and the pages are
# imported; the result is awaited before the first use of the data (the validation layout).
aggregates_checked = load.check_all_started()

from dash import Dash, html  # noqa: E402

from components import chart, shell  # noqa: E402
import serving  # noqa: E402

app = Dash(
    __name__,
    title="Innovatiebarometer Overheid",
    update_title=None,
    serve_locally=True,
    assets_folder="assets",
)
# The document language (switched with ?lang= by callbacks/router.py); Dash's script holder is
# a <footer>, which would be a second, empty contentinfo landmark beside the page footer.
app.index_string = (app.index_string.replace("<html>", '<html lang="nl">')
                    .replace("<footer>", "<div>").replace("</footer>", "</div>"))
app.layout = shell.layout()

import callbacks  # noqa: E402,F401  (registers every callback as a side effect)
import pages  # noqa: E402

try:
    aggregates_checked()
except load.AggregateError as exc:
    sys.exit(f"error: cannot start, bad aggregate data: {exc}")

# Pages are rendered by the router, so their controls are not in the initial layout: give
# Dash every component a callback names to check callback ids against (no suppressed
# exceptions): each page with callbacks gives its controls and empty containers
# (`validation_layout()`); the other pages hold none (tests/serving/test_shell.py).
app.validation_layout = html.Div([
    app.layout, shell.navbar([], "/", "nl"), shell.org_panel("", "nl"),
    *chart.validation_layout(),
    *(p.validation_layout() for p in pages.PAGES if hasattr(p, "validation_layout"))])
for _page in pages.PAGES:  # plain HTTP routes of a page (before the server's first request)
    if hasattr(_page, "install"):
        _page.install(app)

serving.install(app, paths=[p.PATH for p in pages.PAGES],
                is_page=lambda path: pages.find(path) is not None,
                layout_for=callbacks.router.first_layout, keep_layout=callbacks.router.cacheable)
server = app.server

if __name__ == "__main__":
    from serving.devserver import DevRequestHandler

    app.run(host=settings.host(production=False), port=settings.get("PORT"),
            debug=settings.get("IBO_DEBUG"), request_handler=DevRequestHandler)
