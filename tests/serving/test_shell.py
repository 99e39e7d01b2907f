"""The page shell: small, built once, no versions (Python, dash, plotly, bundles, favicon), every
linked file served, and the renderer still gets a validation layout with every callback id."""

from __future__ import annotations

import json
import re
import sys

import dash
import plotly

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


def test_validation_layout_holds_every_callback_id(client, dash_app):
    config = json.loads(CONFIG.search(client.get("/").get_data(as_text=True)).group(1))
    ids = {json.dumps(c["props"]["id"], sort_keys=True)
           for c in config["validation_layout"]["props"]["children"]}
    for spec in dash_app.callback_map.values():
        for item in spec["inputs"] + spec["state"]:
            key = item["id"]
            if key.startswith("{"):
                continue  # pattern-matching ids: checked by type in the browser
            assert json.dumps(key) in ids, key
