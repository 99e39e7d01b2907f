"""serving/fast_json.dumps writes what Dash's own encoder (plotly's) writes: the same value
once parsed, the same HTML-safe escapes, for any mix of components, numbers, text and the
pandas / numpy values the figures and tables hold; and Dash uses it once the app is set up."""

from __future__ import annotations

import json
import math

import dash._callback
import dash._utils
import numpy as np
import pandas as pd
from dash import dcc, html
from hypothesis import given, settings
from hypothesis import strategies as st
from plotly.io.json import to_json_plotly

from serving import fast_json

TEXT = st.text(alphabet=st.sampled_from(list("ab <>/&\"'\\é€\u2028\u2029\n")), max_size=12)
SCALARS = st.one_of(
    st.none(), st.booleans(), st.integers(-2**53, 2**53), TEXT,
    st.floats(allow_nan=True, allow_infinity=True),
    st.sampled_from([pd.NA, np.int64(7), np.float64(0.25), np.bool_(True), np.nan]))
ARRAYS = st.one_of(
    st.lists(st.floats(allow_nan=True, width=64), max_size=5).map(np.array),
    st.lists(st.integers(-1000, 1000), max_size=5).map(lambda v: np.array(v, dtype=np.int64)),
    st.lists(st.one_of(TEXT, st.none()), max_size=4).map(lambda v: np.array(v, dtype=object)))


def _components(children):
    return st.one_of(
        st.builds(lambda c, i, t: html.Div(c, id=i, title=t, **{"data-csv": t, "aria-label": t}),
                  children, TEXT, TEXT),
        st.builds(lambda c: html.P(c, className="mb-1"), children),
        st.builds(lambda v: dcc.Graph(figure={"data": [{"y": v}], "layout": {}}, id="g"),
                  ARRAYS))


VALUES = st.recursive(
    st.one_of(SCALARS, ARRAYS),
    lambda inner: st.one_of(st.lists(inner, max_size=4),
                            st.dictionaries(TEXT, inner, max_size=4),
                            _components(st.one_of(inner, st.lists(inner, max_size=3)))),
    max_leaves=25)


def _same(a, b) -> bool:
    if isinstance(a, float) and isinstance(b, float):
        return a == b or (math.isnan(a) and math.isnan(b))
    return a == b


@given(VALUES)
@settings(max_examples=300, deadline=None)
def test_parses_to_what_plotly_writes(value):
    ours, theirs = fast_json.dumps(value), to_json_plotly(value)
    assert _same(json.loads(ours), json.loads(theirs))
    for unsafe in ("<", ">", "/", "\u2028", "\u2029"):
        assert unsafe not in ours


def test_escapes_a_closing_script_tag():
    text = fast_json.dumps(html.Div("</script><script>alert(1)</script>"))
    assert "</script" not in text
    assert json.loads(text)["props"]["children"] == "</script><script>alert(1)</script>"


def test_dash_encodes_with_it(dash_app):
    assert dash._utils.to_json is fast_json.dumps
    assert dash._callback.to_json is fast_json.dumps


def test_the_app_never_serialises_with_plotlys_encoder():
    """plotly's encoder takes a slow path of its own once orjson is installed: every module
    of the app that writes JSON for a response uses fast_json."""
    import pathlib

    root = pathlib.Path(__file__).resolve().parents[2]
    for folder in ("app.py", "serving", "callbacks", "components", "pages", "data"):
        for path in (root / folder).rglob("*.py") if (root / folder).is_dir() \
                else [root / folder]:
            text = path.read_text(encoding="utf-8")
            assert "from dash._utils import to_json" not in text \
                and "to_json_plotly" not in text \
                and "from dash._utils import split_callback_id, to_json" not in text, path
