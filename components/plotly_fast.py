"""Cheaper plotly figures: a named template is copied from a JSON snapshot, not deep-copied.

Every figure of the app names its template (components/figures/theme.py). plotly resolves a
name with `copy.deepcopy` of the registered Template object (about 3 ms per figure here), and
gives a figure without a template a deep copy of plotly's default one first. Figures are built
per request, several per page, so that was a large share of a first render.

Dash serialises each figure with `Figure.to_dict()`, which deep-copies data and layout
(`copy.deepcopy` walks every value: about as slow as building the figure). `install()` makes it
copy the dict and list structure only; the leaves (numbers, strings, numpy arrays) are shared,
which is safe because nothing changes them (plotly's base64 conversion replaces an array by a
new dict, it does not write into it).

`install()` also makes plotly build the template from a JSON snapshot of the registered one without
re-validating it (it was validated when it was registered; the snapshot is taken again when a
template of that name is replaced), and makes the app's own template the default. The figures'
JSON is unchanged (tests/unit/test_plotly_fast.py).
"""

from __future__ import annotations

import json
import threading

import plotly.io as pio
from _plotly_utils.basevalidators import BaseTemplateValidator
from plotly import basedatatypes
from plotly.graph_objs.layout import Template

_original = BaseTemplateValidator.validate_coerce
_snapshots: dict[str, tuple[int, str]] = {}
_lock = threading.Lock()


def _snapshot(name: str) -> str:
    template = pio.templates[name]
    with _lock:
        cached = _snapshots.get(name)
        if cached is None or cached[0] != id(template):
            cached = (id(template), json.dumps(template.to_plotly_json()))
            _snapshots[name] = cached
    return cached[1]


def _validate_coerce(self, v, skip_invalid=False):
    if isinstance(v, str) and "+" not in v and v in pio.templates:
        return Template(json.loads(_snapshot(v)), _validate=False)
    return _original(self, v, skip_invalid)


_original_to_dict = basedatatypes.BaseFigure.to_dict


def tree_copy(value):
    """A copy of the dicts, lists and tuples of `value`; every other value is shared."""
    if isinstance(value, dict):
        return {k: tree_copy(v) for k, v in value.items()}
    if isinstance(value, list):
        return [tree_copy(v) for v in value]
    if isinstance(value, tuple):
        return tuple(tree_copy(v) for v in value)
    return value


def _to_dict(self) -> dict:
    """BaseFigure.to_dict with `tree_copy` instead of `copy.deepcopy` (same result)."""
    res = {"data": tree_copy(self._data), "layout": tree_copy(self._layout)}
    frames = tree_copy([frame._props for frame in self._frame_objs])
    if frames:
        res["frames"] = frames
    basedatatypes.convert_to_base64(res)
    return res


def install(default_template: str) -> None:
    """Fast template and figure copies; `default_template` for figures that name none."""
    BaseTemplateValidator.validate_coerce = _validate_coerce
    basedatatypes.BaseFigure.to_dict = _to_dict
    pio.templates.default = default_template
