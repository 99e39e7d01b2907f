"""No page shows a catalogue placeholder unfilled ("{pub_innovation_share}") in either language.

`t(key, lang)` leaves a string's {placeholders} as they are when it is called without values;
a call site that forgets the facts shows the braces to the user. Every page (and every
presenter step), as the router renders it, in Dutch and English.
"""

from __future__ import annotations

import json
import re

import pytest
from dash.development.base_component import Component
from plotly.utils import PlotlyJSONEncoder

import pages
from callbacks import router

# {name} or {name[key]}, not plotly's %{x} hover templates
PLACEHOLDER = re.compile(r"(?<!%)\{[a-z][a-z0-9_]*(?:\[[a-z0-9_]+\])?\}")
# What a reader sees: text, labels, titles, figures (not the templates the browser's own
# scripts fill, which live in stores' data).
SHOWN = ("children", "title", "aria-label", "alt", "label", "placeholder", "figure", "options")


def shown_text(node) -> list[str]:
    """Every shown string in a rendered tree (components, lists, figures as JSON)."""
    out: list[str] = []
    if isinstance(node, Component):
        for prop in SHOWN:
            value = getattr(node, prop, None)
            if isinstance(value, str):
                out.append(value)
            elif isinstance(value, (dict, list)) and prop in ("figure", "options"):
                out.append(json.dumps(value, cls=PlotlyJSONEncoder))
            if isinstance(value, (Component, list, tuple)) and prop == "children":
                out += shown_text(value)
    elif isinstance(node, (list, tuple)):
        for item in node:
            out += shown_text(item)
    elif isinstance(node, str):
        out.append(node)
    return out
PATHS = [p.PATH for p in pages.PAGES] + [f"/presenteer?stap={i}" for i in range(1, 13)]


@pytest.mark.parametrize("lang", ["nl", "en"])
@pytest.mark.parametrize("target", PATHS)
def test_every_placeholder_is_filled(target, lang):
    path, _, query = target.partition("?")
    search = "?" + "&".join(x for x in (query, f"lang={lang}") if x)
    rendered = "\n".join(shown_text(list(router.route(path, search))))
    assert len(rendered) > 200
    assert not PLACEHOLDER.findall(rendered), sorted(set(PLACEHOLDER.findall(rendered)))


def test_the_check_sees_an_unfilled_placeholder():
    assert PLACEHOLDER.findall("in {figure_innovation_share} and {dk[none]}") == [
        "{figure_innovation_share}", "{dk[none]}"]
    assert not PLACEHOLDER.search('"hovertemplate": "%{y}: %{x}"')
