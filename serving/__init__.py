"""Production serving: compression, cache and security headers, errors, health check.

`install(app)` wires everything onto the Dash app's Flask server. Call it once, after the
callbacks are registered (the Content-Security-Policy hashes Dash's inline scripts).
"""

from __future__ import annotations

import itertools
import threading
from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from dash import Dash
    from dash.development.base_component import Component

# Importing this package imports nothing heavy: gunicorn loads its logger class
# (serving/gunicorn_log.py) before the app, and app.py starts checking the aggregates
# (serving/memory.py, data/load.py) before Dash and Flask are imported. The modules that need
# them are imported where they are used.

__all__ = ["install", "warm_later"]
LANGS = ("", "?lang=en")


_WARM: list[tuple[Dash, list[str]]] = []  # the installed app and its pages, for warm_later


def install(app: Dash, paths: Iterable[str] = (),
            is_page: Callable[[str], bool] | None = None,
            layout_for: Callable[[str, str], Component] | None = None,
            keep_layout: Callable[[str, str], bool] = lambda pathname, search: False) -> None:
    """Add the production behaviour to `app.server` (a Flask app). `is_page(path)`: whether a
    path is a page (any other gets status 404; default: one of `paths`). `paths`: the pages
    whose default view each gunicorn worker renders in the background
    once it runs (warm_later), not here: that took 1.5 s of the start-up (cold start budget
    1.5 s). `layout_for(pathname, search)`: the layout with the page for that address in it,
    served as the first layout (serving/first_layout.py), kept when `keep_layout` allows."""
    from serving import (bundles, cache, compression, errors, fast_json, first_layout,
                         headers, health, memory, shell)

    server = app.server
    paths = list(paths)
    fast_json.install()
    bundles.drop_babel_polyfill()
    shell.slim_config(app)
    shell.hide_versions(app)
    errors.install(server)
    if is_page is not None or paths:
        known = frozenset(paths)
        errors.page_status(server, is_page or known.__contains__)
    health.install(server)
    headers.install(app)
    compression.install(server)  # Flask runs after_request hooks last-registered first
    if layout_for is not None:
        first_layout.install(app, layout_for, keep_layout)
    warm_up(app)
    shell.memoise_index(app)  # after the first request: Dash has collected the callbacks
    cache.install(app)
    _WARM[:] = [(app, list(paths))]
    memory.compact()  # last: the master (preload_app) forks its workers small


def warm_up(app: Dash) -> None:
    """Serve the page once in this process. Dash sets itself up (registers the bundle files it
    may serve, collects the callbacks) on a process's first request, and not thread-safely:
    concurrent first requests to a fresh gunicorn worker got 404 for plotly.min.js. Done here,
    in the master (preload_app), every worker is forked set up."""
    response = app.server.test_client().get("/")
    if response.status_code != 200:
        raise RuntimeError(f"the app's page does not render (status {response.status_code})")


def _router(app: Dash) -> tuple[str, dict] | None:
    """The callback that renders a page from the shell's dcc.Location pathname."""
    from dash import dcc
    from dash.development.base_component import Component

    root = app.layout
    found = [root, *root._traverse()] if isinstance(root, Component) else []
    locations = {c.id for c in found if isinstance(c, dcc.Location)}
    for key, spec in app.callback_map.items():
        if "callback" in spec and any(i["id"] in locations and i["property"] == "pathname"
                                      for i in spec["inputs"]):
            return key, spec
    return None


def warm_later() -> threading.Thread | None:
    """Render the installed app's default pages in a background thread of this process
    (gunicorn.conf.py calls it in every worker): the first visitors then get kept responses,
    and the worker answers requests meanwhile."""
    if not _WARM:
        return None
    app, paths = _WARM[0]

    def run() -> None:
        try:
            warm_pages(app, paths)
        except Exception as exc:  # noqa: BLE001  (a warm-up failure must not stop a worker)
            app.server.logger.warning("pre-rendering the default pages failed: %s",
                                      type(exc).__name__)

    thread = threading.Thread(target=run, name="warm-pages", daemon=True)
    thread.start()
    return thread


def warm_pages(app: Dash, paths: Iterable[str]) -> None:
    """Render each page's default view (Dutch and English) once as a first layout (the layout
    request of a page load, serving/first_layout.py) and once through the router (a
    navigation), so both responses are kept at once (serving/cache.py keeps other responses
    the second time they are asked for)."""
    from dash._utils import split_callback_id

    from serving import cache

    router = _router(app)
    if router is None:
        return
    key, spec = router
    outputs = split_callback_id(key)
    client = app.server.test_client()
    with cache.admit_at_once():  # kept at the first rendering
        for path, search in itertools.product(paths, LANGS):
            address = {"pathname": path, "search": search}  # the router's Location props
            body = {"output": key, "outputs": outputs,
                    "inputs": [{**i, "value": address.get(i["property"])}
                               for i in spec["inputs"]],
                    "state": [{**s, "value": address.get(s["property"])} for s in spec["state"]]}
            layout = client.get(f"{app.config.routes_pathname_prefix}_dash-layout",
                                headers={"Referer": f"http://localhost{path}{search}"})
            # a navigation (the pathname changed; a page load without a Referer too)
            response = client.post("/_dash-update-component", json={
                **body, "changedPropIds": [f"{spec['inputs'][0]['id']}.pathname"]})
            for status in (layout.status_code, response.status_code):
                if status != 200:
                    raise RuntimeError(f"page {path}{search} does not render "
                                       f"(status {status})")
