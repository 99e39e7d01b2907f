"""Walk a rendered Dash component tree (tests only)."""

from __future__ import annotations


def walk(node):
    """Every component in `node` (a component or a list of them), the node itself first."""
    if isinstance(node, (list, tuple)):
        for child in node:
            yield from walk(child)
    elif hasattr(node, "to_plotly_json"):
        yield node
        yield from walk(getattr(node, "children", None))
