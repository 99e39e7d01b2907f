"""Browser bundles: leave out Dash's @babel/polyfill.

Dash's renderer ships @babel/polyfill 7.12 (core-js 2 + regenerator-runtime) for browsers
without ES2015-2017. Every browser Dash 4 runs in (React 18: no Internet Explorer) has those
natively, yet the polyfill is parsed on every first visit (about 100 ms on the reference
machine, bench/browser.py) and swaps in its own implementations. The one thing Dash's
component bundles still take from it is the global `regeneratorRuntime` (their lazy
loaders): assets/vendor/regenerator-runtime-0.14.1.js provides it.

The partial plotly.js bundle lives in assets/vendor/ too (see assets/vendor/README.md):
dcc.Graph uses window.Plotly when it exists, so the full plotly.min.js is never fetched.
"""

from __future__ import annotations

from dash import _dash_renderer

POLYFILL = "polyfill@"


def drop_babel_polyfill() -> None:
    """Remove the polyfill from the renderer's script list (before the first request)."""
    for dependency in _dash_renderer._js_dist_dependencies:
        for kind in ("relative_package_path", "external_url"):
            paths = dependency.get(kind)
            if isinstance(paths, dict):
                for mode, files in paths.items():
                    paths[mode] = [f for f in files if POLYFILL not in f]
