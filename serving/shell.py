"""The page's inline Dash config (`<script id="_dash-config">`), slim and without versions.

Dash serialises `app.validation_layout` into the config of every HTML response: here every
page's default layout, about 260 kB of JSON and 28 ms per request. The browser uses it only to
check that each callback's ids and properties exist (ids, component types). So the config gets
a slim copy, built once: one bare instance (type and id, no other props, no children) of every
component in the full validation layout whose id a callback names (one per pattern-matching
id). The page shell is then about 29 kB (7 kB compressed) instead of 267 kB.

The page itself is then the same for every request (the router callback renders the page's
content and language), so `memoise_index` builds it once per process, and serving/compression.py
compresses it once. Dash signs a random `end_id` into each page for background callbacks; this
app has none (checked), so one page per process is safe.

The config also carries the Python build string and the dash, plotly and ddk versions, which
the renderer uses only in its developer tools: they are left out unless those are on. The
bundle file names (x.v4_4_1m123.js) and the favicon link (?v=4.4.1) carry package versions as
cache busters: `hide_versions` puts a short digest of the version there instead (still a
fingerprint, still changes with the version).
"""

from __future__ import annotations

import copy
import hashlib
import json

import dash
import dash.dash as dash_module
from dash import Dash, html
from dash import _callback as dash_callback
from dash._utils import split_callback_id
from dash.development.base_component import Component

from serving.fast_json import dumps as to_json

VERSION_KEYS = ("python_version", "dash_version", "plotly_version", "ddk_version",
                "dash_version_url")


def bare(component: Component) -> Component:
    """The component's type and id only."""
    clone = copy.copy(component)
    clone.__dict__ = {k: v for k, v in component.__dict__.items()
                      if k not in component._prop_names or k == "id"}
    return clone


def callback_ids(app: Dash) -> list:
    """Every id a callback of `app` names (inputs, states, outputs; dict ids may hold wildcards)."""
    specs = [*dash_callback.GLOBAL_CALLBACK_LIST, *app._callback_list]
    found = []
    for spec in specs:
        found += [d["id"] for d in (*spec.get("inputs", ()), *spec.get("state", ()))]
        outputs = split_callback_id(spec["output"])
        found += [o["id"] for o in (outputs if isinstance(outputs, list) else [outputs])]
    # Dash writes a dict id as its JSON text, a wildcard as ["ALL"], ["MATCH"] or ["ALLSMALLER"].
    return [json.loads(i) if isinstance(i, str) and i.startswith("{") else i for i in found]


def matches(component_id, callback_id) -> bool:
    """A callback id names the component: equal, or a pattern whose fixed keys agree."""
    if isinstance(component_id, dict) and isinstance(callback_id, dict):
        return component_id.keys() == callback_id.keys() and all(
            isinstance(v, list) or component_id[k] == v
            for k, v in callback_id.items())
    return component_id == callback_id


def slim_layout(layout: Component, named: list | None = None) -> html.Div:
    """One bare instance of every component with an id (first occurrence of each id), or,
    given the ids callbacks name, only those: one component per id or per pattern."""
    seen: set[str] = set()
    found = []
    for node in [layout, *layout._traverse()]:
        node_id = getattr(node, "id", None) if isinstance(node, Component) else None
        if node_id is None:
            continue
        if named is None:
            keys = [json.dumps(node_id, sort_keys=True)]
        else:
            keys = [json.dumps(c, sort_keys=True, default=str) for c in named
                    if matches(node_id, c)]
        if keys and not all(k in seen for k in keys):
            seen.update(keys)
            found.append(bare(node))
    return html.Div(found)


SENTINEL = "__slim_validation_layout__"


def slim_config(app: Dash) -> None:
    """Replace `app.validation_layout` by its slim copy (serialised once) and drop versions."""
    full = app._config
    cached: dict[int, tuple[Component, str]] = {}  # id(original or slim) -> (slim, JSON)

    def slimmed(layout: Component) -> tuple[Component, str]:
        if id(layout) not in cached:
            slim = slim_layout(layout, callback_ids(app))
            cached.clear()
            cached[id(layout)] = cached[id(slim)] = (slim, to_json(slim))
        return cached[id(layout)]

    if isinstance(app.validation_layout, Component):
        # Dash tests `if self.validation_layout` per request: a big tree costs ms in __len__.
        app.validation_layout = slimmed(app.validation_layout)[0]

    def config() -> dict:
        value = full()
        if isinstance(value.get("validation_layout"), Component):
            value["validation_layout"] = SENTINEL
        if not value.get("ui"):
            for key in VERSION_KEYS:
                value.pop(key, None)
        return value

    def config_html() -> str:
        text = to_json(config())
        if f'"{SENTINEL}"' in text:
            _, slim_json = slimmed(app.validation_layout)
            text = text.replace(f'"{SENTINEL}"', slim_json, 1)
        return f'<script id="_dash-config" type="application/json">{text}</script>'

    app._config = config
    app._generate_config_html = config_html


def memoise_index(app: Dash) -> None:
    """Build the HTML page once per process (not when the app has background callbacks)."""
    if any(spec.get("background") for spec in app.callback_map.values()):
        return
    original = app.index
    page: list[str] = []

    def index(*args, **kwargs) -> str:
        if not page:
            page.append(original(*args, **kwargs))
        return page[0]

    app.index = index


def version_tag(version) -> str:
    return hashlib.sha256(str(version).encode()).hexdigest()[:10]


def hide_versions(app: Dash) -> None:
    """Package versions out of the page's script and favicon URLs (before the first request)."""
    original = dash_module.build_fingerprint
    if not getattr(original, "hides_versions", False):
        def build_fingerprint(path, version, hash_value):
            return original(path, version_tag(version), hash_value)

        build_fingerprint.hides_versions = True
        dash_module.build_fingerprint = build_fingerprint
    index = app.index

    def index_without_versions(*args, **kwargs) -> str:
        return index(*args, **kwargs).replace(f"_favicon.ico?v={dash.__version__}",
                                              f"_favicon.ico?v={version_tag(dash.__version__)}")

    app.index = index_without_versions
