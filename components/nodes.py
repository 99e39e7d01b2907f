"""Dash components built without the constructor's argument checks, for the bulk of a table.

`html.Td("x")` costs about 14 µs, nearly all of it checking the keyword arguments against the
component's properties; a /klimaat update builds about 250 table parts (cells, rows) that way.
`node(html.Td, "x")` copies the attributes a checked instance of the class holds and sets the
props: under 1 µs, the same component (type, namespace, props; tests/unit/test_nodes.py).
Only for props known to be valid (fixed names written in the caller); anything that comes
from outside goes through the real constructor.
"""

from __future__ import annotations

from typing import TypeVar

from dash.development.base_component import Component

C = TypeVar("C", bound=Component)
_BLANK: dict[type, dict] = {}  # class -> __dict__ of an instance built without props


def node(cls: type[C], children=None, **props) -> C:
    """`cls(children, **props)` without the argument checks (valid props only)."""
    blank = _BLANK.get(cls)
    if blank is None:
        blank = _BLANK[cls] = dict(cls().__dict__)
    made = cls.__new__(cls)
    made.__dict__.update(blank)
    made.children = children
    made.__dict__.update(props)
    return made
