"""components/nodes.node builds the component the constructor builds."""

from __future__ import annotations

from dash import html
from hypothesis import given
from hypothesis import strategies as st

from components.nodes import node

CHILDREN = st.one_of(st.none(), st.text(max_size=8), st.integers(),
                     st.lists(st.text(max_size=4), max_size=3))


@given(CHILDREN, st.sampled_from([html.Td, html.Th, html.Tr, html.Div]),
       st.dictionaries(st.sampled_from(["className", "scope", "title", "data-x", "aria-label"]),
                       st.text(max_size=6), max_size=3))
def test_same_as_the_constructor(children, cls, props):
    if cls is not html.Th:
        props.pop("scope", None)
    made, checked = node(cls, children, **props), cls(children, **props)
    assert type(made) is cls
    assert made.to_plotly_json() == checked.to_plotly_json()


def test_instances_do_not_share_props():
    first, second = node(html.Td, "a", className="x"), node(html.Td, "b")
    assert (first.children, second.children) == ("a", "b")
    assert not hasattr(second, "className")
