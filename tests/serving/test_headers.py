"""Security and cache headers, compression and the health check, via Flask's test client."""

from __future__ import annotations

import base64
import gzip
import hashlib
import re

import brotli
import flask_compress.flask_compress as fc
import pytest

from serving import headers
from serving.headers import LONG_CACHE


@pytest.fixture(scope="module")
def index_html(client) -> str:
    return client.get("/").get_data(as_text=True)


def script_urls(html: str) -> list[str]:
    return re.findall(r'<script src="([^"]+)"', html)


def test_route_payload_matches_the_registered_router(client, dash_app, route_payload):
    assert route_payload("/")["output"] in dash_app.callback_map


@pytest.mark.parametrize("method,url", [
    ("get", "/"), ("get", "/bestaat-niet"), ("get", "/_dash-layout"), ("get", "/healthz"),
    ("get", "/assets/10-app.css"), ("get", "/_dash-nope"), ("get", "/assets/missing.css"),
    ("post", "/_dash-update-component"),
])
def test_security_headers_on_every_response(client, route_payload, method, url):
    response = getattr(client, method)(url, json=route_payload("/") if method == "post" else None)
    csp = response.headers["Content-Security-Policy"]
    script_src = next(d for d in csp.split("; ") if d.startswith("script-src "))
    assert "'unsafe-inline'" not in script_src and "'unsafe-eval'" not in script_src
    assert "'sha256-" in script_src  # Dash's inline renderer start-up, by hash
    assert "frame-ancestors 'self'" in csp and "object-src 'none'" in csp
    assert response.headers["X-Content-Type-Options"] == "nosniff"
    assert response.headers["Referrer-Policy"] == "same-origin"
    assert "Server" not in response.headers


def test_frame_ancestors_come_from_the_environment(dash_app, monkeypatch):
    monkeypatch.setenv("IBO_FRAME_ANCESTORS", "'self' https://www.example.nl")
    assert "frame-ancestors 'self' https://www.example.nl" in headers.content_security_policy(
        dash_app)
    monkeypatch.setenv("IBO_FRAME_ANCESTORS", "*; script-src *")
    with pytest.raises(ValueError, match="IBO_FRAME_ANCESTORS"):
        headers.frame_ancestors()


def test_csp_hashes_every_inline_script(client, index_html):
    """A new clientside callback or inline script without a hash would be blocked."""
    csp = client.get("/").headers["Content-Security-Policy"]
    html = re.sub(r"<!--.*?-->", "", index_html, flags=re.S)  # e.g. Dash's IE-only warning
    inline = re.findall(r"<script(?![^>]*\bsrc=)(?![^>]*application/json)[^>]*>(.*?)</script>",
                        html, re.S)
    assert len(inline) >= 2  # the renderer start-up and the clientside callbacks
    for script in inline:
        digest = base64.b64encode(hashlib.sha256(script.encode()).digest()).decode()
        assert f"'sha256-{digest}'" in csp


def test_fingerprinted_bundles_and_assets_are_cached_for_a_year(client, index_html):
    urls = script_urls(index_html) + re.findall(r'<link rel="stylesheet" href="([^"]+)"',
                                                index_html)
    assert len(urls) >= 10 and any("plotly" not in u for u in urls)
    for url in urls + ["/_favicon.ico?v=4.4.1"]:
        response = client.get(url)
        assert response.status_code == 200, url
        assert response.headers["Cache-Control"] == LONG_CACHE, url


@pytest.mark.parametrize("url", ["/", "/_dash-layout", "/_dash-dependencies", "/assets/10-app.css",
                                 "/_dash-component-suites/dash/dcc/async-graph.js"])
def test_pages_and_unfingerprinted_files_are_revalidated(client, url):
    response = client.get(url)
    assert response.status_code == 200
    assert response.headers["Cache-Control"] == "no-cache"


def same(a: bytes, b: bytes) -> bool:
    """Equal apart from the per-request id Dash writes into each page."""
    end_id = re.compile(rb'"end_id":"[^"]*"')
    return end_id.sub(b"", a) == end_id.sub(b"", b)


@pytest.mark.parametrize("encoding,decompress", [("gzip", gzip.decompress),
                                                 ("br", brotli.decompress)])
def test_pages_callbacks_and_bundles_are_compressed(client, index_html, route_payload,
                                                   encoding, decompress):
    bundle = next(u for u in script_urls(index_html) if "dash_renderer" in u)
    for method, url, body in [("get", "/", None), ("get", bundle, None),
                              ("post", "/_dash-update-component", route_payload("/"))]:
        plain = getattr(client, method)(url, json=body)
        packed = getattr(client, method)(url, json=body, headers={"Accept-Encoding": encoding})
        assert "Content-Encoding" not in plain.headers
        assert packed.headers["Content-Encoding"] == encoding, url
        assert same(decompress(packed.get_data()), plain.get_data()), url
        assert len(packed.get_data()) < len(plain.get_data()) / 2


def test_bundles_are_compressed_once_and_callbacks_per_request(client, index_html,
                                                               route_payload, monkeypatch):
    calls = []
    original = fc._compress_data
    monkeypatch.setattr(fc, "_compress_data", lambda *a: calls.append(a[2]) or original(*a))
    gzip_only = {"Accept-Encoding": "gzip"}
    bundle = next(u for u in script_urls(index_html) if "dash_core_components." in u)
    client.get(bundle, headers=gzip_only)  # may fill the cache
    calls.clear()
    for _ in range(3):
        assert client.get(bundle, headers=gzip_only).headers["Content-Encoding"] == "gzip"
    assert calls == []
    for _ in range(2):
        client.post("/_dash-update-component", json=route_payload("/"), headers=gzip_only)
    assert calls == ["gzip", "gzip"]


def test_callbacks_at_the_fastest_levels_and_kept_files_at_the_default(client, index_html,
                                                                      route_payload):
    """Responses compressed per request use brotli 1 / gzip 1 (a tenth of a loaded worker's
    time went into brotli 4); files compressed once keep flask-compress's levels."""
    from serving.compression import PER_REQUEST_LEVELS

    body = route_payload("/")
    plain = client.post("/_dash-update-component", json=body).get_data()
    packed = client.post("/_dash-update-component", json=body,
                         headers={"Accept-Encoding": "br"}).get_data()
    assert packed == brotli.compress(plain, quality=PER_REQUEST_LEVELS["COMPRESS_BR_LEVEL"])
    assert packed != brotli.compress(plain, quality=4)
    assert gzip.decompress(client.post("/_dash-update-component", json=body, headers={
        "Accept-Encoding": "gzip"}).get_data()) == plain
    bundle = next(u for u in script_urls(index_html) if "dash_renderer" in u)
    raw = client.get(bundle).get_data()
    assert client.get(bundle, headers={"Accept-Encoding": "br"}).get_data() \
        == brotli.compress(raw, quality=4)


def test_healthz_reports_loaded_aggregates(client):
    response = client.get("/healthz")
    assert response.status_code == 200
    assert response.json["status"] == "ok"
    assert response.headers["Cache-Control"] == "no-store"


def test_healthz_is_503_when_aggregates_fail(client, monkeypatch):
    from data import load

    def broken():
        raise RuntimeError("climate_box.parquet: column 'median' missing")

    monkeypatch.setattr(load, "check_all", broken)
    response = client.get("/healthz")
    assert response.status_code == 503
    assert response.json == {"status": "unavailable"}  # no internal detail to the client
