"""The Innovatiebarometer dashboard: creates Dash, sets the shell, registers callbacks.

Run locally with `python app.py`; in production `gunicorn app:server`. Start-up validates
every aggregate file and stops with a message naming file and column if one is bad.
"""

from __future__ import annotations

import os

from dash import Dash, html

from components import shell
from data import load

load.check_all()

app = Dash(
    __name__,
    title="Innovatiebarometer Overheid",
    update_title=None,
    serve_locally=True,
    assets_folder="assets",
)
app.index_string = app.index_string.replace("<html>", '<html lang="nl">')
app.layout = shell.layout()
# Pages are rendered by the router callback, so their components are not in the initial
# layout: give Dash every page's layout to validate callback ids against (no need for
# suppress_callback_exceptions, which would hide id typos).
import pages  # noqa: E402

app.validation_layout = html.Div([app.layout, *(page.layout("") for page in pages.PAGES)])

import callbacks  # noqa: E402,F401  (registers every callback as a side effect)

server = app.server

if __name__ == "__main__":
    app.run(host=os.environ.get("HOST", "127.0.0.1"), port=int(os.environ.get("PORT", "8050")),
            debug=os.environ.get("IBO_DEBUG") == "1")
