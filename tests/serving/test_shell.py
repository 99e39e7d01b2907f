"""The page shell: small, built once, no versions (Python, dash, plotly, bundles, favicon), every
linked file served, and the renderer still gets a validation layout with every callback id."""

from __future__ import annotations

import json
import re
import sys

import dash
import plotly
import pytest
from dash import html
from dash._utils import split_callback_id, to_json

import pages
from components import chart, ids
from serving import shell

CONFIG = re.compile(r'<script id="_dash-config" type="application/json">(.*?)</script>', re.S)


def test_small_and_without_versions(client):
    text = client.get("/").get_data(as_text=True)
    assert len(text) < 40_000
    for version in (sys.version.split()[0], dash.__version__, plotly.__version__,
                    dash.__version__.replace(".", "_")):
        assert version not in text, version
    config = json.loads(CONFIG.search(text).group(1))
    assert not {"python_version", "dash_version", "plotly_version"} & set(config)
    for url in re.findall(r'(?:src|href)="(/[^"]+)"', text):
        assert client.get(url).status_code == 200, url
    assert client.get("/klimaat?x=1").get_data(as_text=True) == text  # built once


def _named(dash_app) -> list:
    """Every id a callback names (inputs, states, outputs), from Dash's callback map."""
    found = []
    for key, spec in dash_app.callback_map.items():
        outputs = split_callback_id(key)
        found += [o["id"] for o in (outputs if isinstance(outputs, list) else [outputs])]
        found += [i["id"] for i in spec["inputs"] + spec["state"]]
    return [json.loads(i) if isinstance(i, str) and i.startswith("{") else i for i in found]


def _missing(components: list[dict], named: list) -> list:
    """The callback ids no component (serialised: {"props": {"id": ...}}) carries. Ids with
    a wildcard (ALL, MATCH) may match no component (e.g. buttons shown only for a chosen
    organisation): checked by type in the browser."""
    ids = [c["props"]["id"] for c in components]
    return [key for key in named if not (isinstance(key, dict) and any(
        isinstance(v, list) for v in key.values())) and key not in ids]


def test_validation_layout_holds_every_callback_id(client, dash_app):
    config = json.loads(CONFIG.search(client.get("/").get_data(as_text=True)).group(1))
    assert _missing(config["validation_layout"]["props"]["children"], _named(dash_app)) == []


def test_the_check_fails_when_a_page_leaves_an_id_out(dash_app):
    """Without one page's validation layout, that page's callback ids are reported missing,
    and its full page is not covered."""
    klimaat = pages.BY_PATH["/klimaat"]
    others = [p.validation_layout() for p in pages.PAGES
              if p is not klimaat and hasattr(p, "validation_layout")]
    slim = shell.slim_layout(html.Div([dash_app.layout, *others]), shell.callback_ids(dash_app))
    missing = _missing(json.loads(to_json(slim))["props"]["children"], _named(dash_app))
    assert ids.KLIMAAT_GROUPING in missing and ids.KLIMAAT_BOX_CARD in missing
    exact = _exact(dash_app)
    assert not _kinds(klimaat.layout(""), exact) <= _kinds(slim, exact)


def _kinds(layout, named: list) -> set[tuple]:
    """Type and id of every component in `layout` that a callback names; for a component a
    wildcard callback id names (ALL, MATCH), that id: one instance stands for all."""
    def key(component_id) -> str:
        patterns = [c for c in named if isinstance(c, dict) and isinstance(component_id, dict)
                    and any(isinstance(v, list) for v in c.values())
                    and shell.matches(component_id, c)]
        return json.dumps(patterns[0] if patterns else component_id, sort_keys=True)

    return {(c._namespace, c._type, key(c.id))
            for c in shell.slim_layout(html.Div(layout), named).children}


@pytest.mark.parametrize("page", [p for p in pages.PAGES if hasattr(p, "validation_layout")],
                         ids=lambda p: p.__name__)
def test_cheap_validation_layout_covers_the_full_page(page, dash_app):
    """A page's validation_layout() (built at start-up instead of the full default page) holds
    every component a callback names that the full page holds, with the same type."""
    named = shell.callback_ids(dash_app)
    cards = _kinds(chart.validation_layout(), named)  # the chart cards' own (app.py)
    assert _kinds(page.layout(""), named) <= _kinds(page.validation_layout(), named) | cards


def _exact(dash_app) -> list:
    """The ids callbacks name without a wildcard (ALL, MATCH, ALLSMALLER)."""
    return [i for i in shell.callback_ids(dash_app)
            if not (isinstance(i, dict) and any(isinstance(v, list) for v in i.values()))]


@pytest.mark.parametrize("page", pages.PAGES, ids=lambda p: p.__name__)
def test_app_validation_layout_covers_every_page(page, dash_app):
    """Every component of a page's full default layout that a callback names by its exact id
    is in the app's validation layout, with the same type. Only pages with
    validation_layout() contribute to it, so the others must hold none."""
    exact = _exact(dash_app)
    full = pages.render(page, "", page.PATH)
    assert _kinds(full, exact) <= _kinds(dash_app.validation_layout, exact)
    if not hasattr(page, "validation_layout"):
        assert _kinds(full, exact) == set()
