"""The figure builders return plain figure dicts (components/figures/theme.py `figure`).

`checked(figure)` is what a test reads a builder's result through: it fails when the dict is
not what plotly.py itself would send (a misspelt property, a trace without its type, a string
where plotly writes an object), and returns it as a go.Figure so that tests read traces and
layout as objects (`fig.data[0].y`, `fig.layout.yaxis.autorange`).
"""

from __future__ import annotations

import base64
import json

import numpy as np
import plotly.graph_objects as go
import plotly.io as pio


def _decoded(value):
    """`value` with plotly's typed arrays ({"dtype", "bdata"}) as lists and empty objects
    left out (plotly writes `title=None` as {})."""
    if isinstance(value, dict):
        if {"dtype", "bdata"} <= set(value):
            array = np.frombuffer(base64.b64decode(value["bdata"]), dtype=value["dtype"])
            if "shape" in value:
                array = array.reshape([int(s) for s in str(value["shape"]).split(",")])
            return array.tolist()
        out = {k: _decoded(v) for k, v in value.items()}
        return {k: v for k, v in out.items() if v != {}}
    if isinstance(value, (list, tuple)):
        return [_decoded(v) for v in value]
    return value


def as_json(figure) -> dict:
    """A figure (plain dict or go.Figure) as the JSON the browser gets, arrays decoded."""
    return _decoded(json.loads(pio.json.to_json_plotly(figure)))


def checked(figure) -> go.Figure:
    """A builder's plain figure dict, validated by plotly and as plotly would write it."""
    assert isinstance(figure, dict), f"a plain figure dict, not {type(figure).__name__}"
    assert set(figure) <= {"data", "layout"}, sorted(figure)
    assert all(isinstance(trace, dict) and "type" in trace for trace in figure["data"])
    before = as_json(figure)
    validated = go.Figure(figure)  # raises on any property plotly does not know
    assert as_json(figure) == before, "changed by plotly"
    assert as_json(validated) == as_json(figure), \
        "plotly writes this figure differently"
    return validated
