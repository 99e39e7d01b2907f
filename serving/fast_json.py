"""Dash's JSON encoding (callback responses, the layout, the page config) with orjson.

Dash serialises every response with plotly's encoder: the standard library's json module,
which calls back into Python for each of the few hundred components of a page update
(`to_plotly_json`). That was 10-13 ms of a /klimaat update (bench/mix_cpu.py). orjson walks
the same tree in native code and asks `_default` only for what it does not know (a
component, a pandas value); the text parses to the same value as plotly's and has the same
escapes for HTML (<, >, / and the line separators), so it can stand inside a <script>.

`install()` points Dash at `dumps`; tests/unit/test_fast_json.py checks the equality.
"""

from __future__ import annotations

import dash._callback
import dash._utils
import dash.dash
import orjson
from _plotly_utils.utils import PlotlyJSONEncoder
from dash.development.base_component import Component

OPTIONS = orjson.OPT_SERIALIZE_NUMPY | orjson.OPT_NON_STR_KEYS
# what plotly's encoder escapes (plotly.io._json._swap_orjson): safe inside an HTML script
ESCAPES = (("<", "\\u003c"), (">", "\\u003e"), ("/", "\\u002f"),
           ("\u2028", "\\u2028"), ("\u2029", "\\u2029"))
_PLOTLY = PlotlyJSONEncoder()
# component class -> (its prop names, its wildcard prefixes such as "data-" and "aria-")
_PROPS: dict[type, tuple[frozenset[str], tuple[str, ...]]] = {}


def _component(node: Component) -> dict:
    """What Component.to_plotly_json gives: the props set on it, type and namespace."""
    known = _PROPS.get(type(node))
    if known is None:
        known = _PROPS[type(node)] = (frozenset(node._prop_names),
                                      tuple(node._valid_wildcard_attributes))
    names, wildcards = known
    return {"props": {k: v for k, v in node.__dict__.items()
                      if k in names or k.startswith(wildcards)},
            "type": node._type, "namespace": node._namespace}


def _default(value):
    if isinstance(value, Component):
        return _component(value)
    return _PLOTLY.default(value)  # pandas, numpy, dates, decimals: as plotly encodes them


def dumps(value) -> str:
    """`value` as JSON text, as dash._utils.to_json writes it (parsed, the same value)."""
    text = orjson.dumps(value, default=_default, option=OPTIONS).decode()
    for unsafe, safe in ESCAPES:
        if unsafe in text:
            text = text.replace(unsafe, safe)
    return text


def install() -> None:
    """Dash encodes with `dumps` from now on (the modules import to_json by name)."""
    for module in (dash._utils, dash._callback, dash.dash):
        module.to_json = dumps
