"""Memoised callback responses (serving/cache.py), the polyfill removal and memory set-up."""

from __future__ import annotations

import json

import pytest

from serving import cache

ROUTER = ("..shell-page-container.children...shell-nav-bar.children..."
          "shell-synthetic-banner.children...shell-skip-link.children..")


def _router_cache(app):
    return app.callback_map[ROUTER]["callback"].response_cache


def test_cached_response_is_identical_and_counted(client, dash_app, route_payload):
    rc = _router_cache(dash_app)
    body = route_payload("/vergelijking", "?onderwerp=typen&lang=en")
    first = client.post("/_dash-update-component", json=body)
    client.post("/_dash-update-component", json=body)  # kept the second time it is asked
    hits = rc.hits
    third = client.post("/_dash-update-component", json=body)
    assert first.status_code == third.status_code == 200
    assert first.get_json() == third.get_json()
    assert rc.hits == hits + 1


def test_benchmark_page_is_never_kept(client, dash_app, route_payload):
    """Its URL can hold a user's answers: the router must not keep its rendering."""
    rc = _router_cache(dash_app)
    body = route_payload("/benchmark", "?a=4,4,3,5,4,3,4,2,5,4,3,4,4")
    before = len(rc.entries)
    for _ in range(2):
        assert client.post("/_dash-update-component", json=body).status_code == 200
    assert len(rc.entries) == before
    answers = "4,4,3,5,4,3,4,2,5,4,3,4,4"
    assert all(answers not in cache_entry_text(v) for v in rc.entries.values())


def cache_entry_text(blob: bytes) -> str:
    import zlib

    return zlib.decompress(blob).decode()


def test_benchmark_result_callback_does_not_opt_in(dash_app):
    for key, spec in dash_app.callback_map.items():
        run = spec.get("callback")
        if run is not None and key.startswith("benchmark-result"):
            assert not hasattr(run, "response_cache"), key


def test_different_inputs_are_different_entries(client, route_payload):
    a = client.post("/_dash-update-component", json=route_payload("/", "")).get_json()
    b = client.post("/_dash-update-component", json=route_payload("/", "?lang=en")).get_json()
    assert json.dumps(a) != json.dumps(b)


def test_lru_is_bounded_and_keeps_recent_entries():
    rc = cache.ResponseCache(max_entries=3)
    for i in range(5):
        for _ in range(2):  # kept the second time
            rc.put(bytes([i]), f"response {i}" * 50)
    assert len(rc.entries) == 3
    assert rc.get(bytes([0])) is None and rc.get(bytes([4])) == "response 4" * 50
    assert rc.size() < 3 * len("response 4" * 50)  # stored compressed


def test_predicate_and_side_updates_are_respected():
    calls = []

    def run(*args, **kwargs):
        calls.append(args)
        kwargs["callback_context"]["updated_props"].update(kwargs.get("side", {}))
        return json.dumps({"args": args})

    rc = cache.ResponseCache()
    wrapped = cache.cached(run, lambda x: x != "private", rc)

    def call(x, side=None):
        ctx = {"updated_props": {}, "triggered_inputs": []}
        return wrapped(x, outputs_list=[], callback_context=ctx, side=side or {})

    assert call("a") == call("a") == call("a") and len(calls) == 2  # kept at the second
    for _ in range(3):
        call("private")
    assert len(calls) == 5 and len(rc.entries) == 1
    for _ in range(3):
        call("b", side={"x.children": 1})
    assert len(calls) == 8  # a response with side updates is never kept


def test_a_response_is_kept_the_second_time_its_key_is_asked(monkeypatch):
    """The doorkeeper: a key asked for once is remembered (at most SEEN_KEYS of them), its
    response kept only when it is asked for again; admit_at_once keeps at the first ask."""
    monkeypatch.setattr(cache, "SEEN_KEYS", 4)
    rc = cache.ResponseCache()
    rc.put(b"a", "A")
    assert rc.get(b"a") is None and list(rc.seen) == [b"a"]
    rc.put(b"a", "A")
    assert rc.get(b"a") == "A" and not rc.seen
    for key in (b"b", b"c", b"d", b"e", b"f"):  # b is forgotten: 4 keys remembered
        rc.put(key, "x")
    assert list(rc.seen) == [b"c", b"d", b"e", b"f"]
    rc.put(b"b", "B")
    assert rc.get(b"b") is None
    with cache.admit_at_once():
        rc.put(b"g", "G")
    assert rc.get(b"g") == "G"
    rc.put(b"h", "H")
    assert rc.get(b"h") is None  # the block has ended
    rc.clear()
    assert not rc.seen and not rc.entries


def test_prevent_update_is_not_cached():
    from dash.exceptions import PreventUpdate

    calls = []

    def run(*args, **kwargs):
        calls.append(1)
        raise PreventUpdate

    wrapped = cache.cached(run, None, cache.ResponseCache())
    for _ in range(2):
        with pytest.raises(PreventUpdate):
            wrapped(1, outputs_list=[], callback_context={"triggered_inputs": []})
    assert len(calls) == 2


def test_page_html_has_no_babel_polyfill_and_the_partial_plotly(client):
    html = client.get("/").get_data(as_text=True)
    assert "polyfill@" not in html
    assert "/assets/vendor/regenerator-runtime-" in html
    assert "/assets/vendor/plotly-custom-" in html


def test_partial_bundle_is_compressed_and_cached_long(client):
    import re

    html = client.get("/").get_data(as_text=True)
    url = re.search(r'src="(/assets/vendor/plotly-[^"]+)"', html).group(1)
    response = client.get(url, headers={"Accept-Encoding": "br"})
    assert response.status_code == 200
    assert response.headers["Content-Encoding"] == "br"
    assert "immutable" in response.headers["Cache-Control"]
    assert len(response.get_data()) < 500_000


def test_default_pages_are_rendered_off_the_start_up_path(dash_app):
    from dash._utils import split_callback_id

    import serving

    caches = [spec["callback"].response_cache for spec in dash_app.callback_map.values()
              if hasattr(spec.get("callback"), "response_cache")]
    thread = serving.warm_later()
    assert thread is not None
    thread.join(timeout=120)
    assert not thread.is_alive()
    assert sum(len(c.entries) for c in caches) > 0
    router = dash_app.callback_map[ROUTER]["callback"].response_cache
    hits = router.hits
    dash_app.server.test_client().post("/_dash-update-component", json={
        "output": ROUTER, "outputs": split_callback_id(ROUTER),
        "inputs": [{**i, "value": {"pathname": "/klimaat", "search": "?lang=en"}.get(
            i["property"])} for i in dash_app.callback_map[ROUTER]["inputs"]],
        "state": [{**s, "value": {"pathname": "/klimaat", "search": "?lang=en"}.get(
            s["property"])} for s in dash_app.callback_map[ROUTER]["state"]],
        "changedPropIds": [f"{dash_app.callback_map[ROUTER]['inputs'][0]['id']}.pathname"]})
    assert router.hits == hits + 1  # warmed at the first rendering: kept at once


def test_start_up_leaves_the_gc_frozen_and_its_threshold_raised(dash_app):
    """serving.install compacts the process it ran in: the start-up objects frozen out of
    the GC's way, the first generation collected every GC_THRESHOLD[0] allocations."""
    import gc

    from serving import memory

    assert gc.get_freeze_count() > 10_000
    assert gc.get_threshold() == memory.GC_THRESHOLD
