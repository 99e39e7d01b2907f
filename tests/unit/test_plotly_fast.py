"""components/plotly_fast.py: figures are identical with the fast template copies, and each
figure gets its own template object (changing one figure's template leaves others alone)."""

from __future__ import annotations

import json

import plotly.graph_objects as go
import plotly.io as pio
from _plotly_utils.basevalidators import BaseTemplateValidator

from components import plotly_fast
from components.figures import theme

theme.register_plotly_templates()


def _json(fig) -> str:
    return json.dumps(fig.to_plotly_json(), sort_keys=True)


def test_same_figure_json_as_plotly_itself(monkeypatch):
    def build():
        fig = go.Figure(go.Bar(x=["a", "b"], y=[1, 2]))
        fig.update_layout(**theme.base_layout("nl", "Titel"))
        return fig

    fast = _json(build())
    monkeypatch.setattr(BaseTemplateValidator, "validate_coerce", plotly_fast._original)
    assert _json(build()) == fast
    assert json.loads(fast)["layout"]["template"] == pio.templates[theme.TEMPLATE].to_plotly_json()


def test_each_figure_owns_its_template():
    one = go.Figure(layout=dict(template=theme.TEMPLATE))
    two = go.Figure(layout=dict(template=theme.TEMPLATE))
    one.layout.template.layout.font.size = 99
    assert two.layout.template.layout.font.size != 99
    assert pio.templates[theme.TEMPLATE].layout.font.size != 99


def test_presenter_template_and_default():
    with theme.presenting():
        fig = go.Figure(layout=theme.base_layout("en"))
    assert fig.layout.template.layout.font.size == 22
    assert pio.templates.default == theme.TEMPLATE


def test_to_dict_is_plotlys_result_and_a_copy(monkeypatch):
    import numpy as np
    from plotly import basedatatypes

    fig = go.Figure(go.Box(x=["a", "b"], q1=np.array([1.0, 2.0]), median=[2, 3], q3=[3, 4],
                           lowerfence=[0, 1], upperfence=[4, 5], y=[[0.5], []]),
                    layout=theme.base_layout("nl", "T", annotations=[dict(text="x")]))
    fast = fig.to_dict()
    monkeypatch.setattr(basedatatypes.BaseFigure, "to_dict", plotly_fast._original_to_dict)
    slow = fig.to_dict()
    assert json.dumps(fast, sort_keys=True, default=str) == json.dumps(slow, sort_keys=True,
                                                                       default=str)
    fast["layout"]["title"]["text"] = "changed"
    fast["data"][0]["median"].append(9)
    assert fig.layout.title.text == "T" and list(fig.data[0].median) == [2, 3]


def test_templates_are_plotly_json_and_registered_the_same():
    """The app's figures carry theme.TEMPLATES whole: valid plotly JSON, as plotly writes it."""
    for name, template in theme.TEMPLATES.items():
        assert go.layout.Template(template).to_plotly_json() == template
        assert pio.templates[name].to_plotly_json() == template
    presenter = theme.TEMPLATES[theme.PRESENTER_TEMPLATE]["layout"]
    assert presenter["font"] == {"family": theme.FONT, "size": 22, "color": "#000000"}
    assert presenter["xaxis"]["zerolinecolor"] == "#CBD2D9"  # kept from the screen template
    assert theme.TEMPLATES[theme.TEMPLATE]["layout"]["font"]["size"] == 15
