"""Memory stays bounded under any sequence of static URLs: after every static file has been served
(and compressed) once, a thousand more distinct URLs (client-chosen fingerprints and ?m= values,
both encodings, unknown and unused files) grow gunicorn's worker by less than 25 MB, and the
compressed-file cache holds one entry per file content. (Before: ~520 URLs for plotly.min.js
with different ?m= pushed workers from about 150 MB to 425-669 MB.) The worker's absolute RSS is
reported by bench/memory.py against its budget; it depends on everything else the app holds."""

from __future__ import annotations

import http.client
import os
import socket
import subprocess
import sys
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

from serving import compression

REPO = Path(__file__).resolve().parents[2]
GROWTH_MB = 25
PLOTLY = next((REPO / "assets" / "vendor").glob("plotly-custom-*.min.js")).name


def urls(count: int, start: int = 0) -> list[str]:
    kinds = [
        lambda i: f"/assets/vendor/{PLOTLY}?m={i}",
        lambda i: f"/_dash-component-suites/dash/dcc/dash_core_components.v4_4_{i}m{i}.js",
        lambda i: f"/_dash-component-suites/dash/dash-renderer/build/dash_renderer.v9_{i}m1.min.js",
        lambda i: f"/_dash-component-suites/plotly/package_data/plotly.min.js?m={i}",
        lambda i: f"/assets/00-bootstrap.min.css?m={i}",
        lambda i: f"/assets/missing-{i}.js?m={i}",
    ]
    return [kinds[i % len(kinds)](i) for i in range(start, start + count)]


def rss_mb(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    raise AssertionError("no VmRSS")


def test_cache_is_keyed_by_content_and_bounded_by_bytes():
    cache = compression.BoundedCache()
    cache.max_bytes = 1000
    for i in range(50):
        cache.set(f"k{i}", b"x" * 300)
    assert cache.total <= 1000 and len(cache.data) == 3
    assert cache.get("k49") is not None and cache.get("k0") is None
    assert compression.content_key(b"abc") == compression.content_key(b"abc")
    assert compression.content_key(b"abc") != compression.content_key(b"abd")


def test_in_process_cache_has_one_entry_per_file(dash_app):
    client = dash_app.server.test_client()
    cache = dash_app.server.extensions["static_compression_cache"]
    client.get(f"/assets/vendor/{PLOTLY}?m=0", headers={"Accept-Encoding": "br"})
    before = len(cache.data)
    for i in range(1, 30):
        response = client.get(f"/assets/vendor/{PLOTLY}?m={i}",
                              headers={"Accept-Encoding": "br"})
        assert response.status_code == 200 and response.headers["Content-Encoding"] == "br"
    assert len(cache.data) == before


@pytest.mark.slow
def settled_rss_mb(pid: int, timeout: float = 60) -> float:
    """The worker's RSS once it stops growing (two readings a second apart within 1 MB)."""
    deadline = time.monotonic() + timeout
    last = rss_mb(pid)
    while time.monotonic() < deadline:
        time.sleep(1)
        now = rss_mb(pid)
        if abs(now - last) < 1:
            return now
        last = now
    return last


def test_a_thousand_static_urls_keep_the_worker_small():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    env = {**os.environ, "PORT": str(port), "HOST": "127.0.0.1", "IBO_WORKERS": "1",
           "IBO_THREADS": "4", "PYTHONPATH": str(REPO)}
    gunicorn = str(Path(sys.executable).with_name("gunicorn"))
    server = subprocess.Popen([gunicorn, "-c", "gunicorn.conf.py", "app:server"], cwd=REPO,
                              env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                socket.create_connection(("127.0.0.1", port), timeout=1).close()
                break
            except OSError:
                assert server.poll() is None and time.monotonic() < deadline
                time.sleep(0.2)

        def fetch(item):
            i, url = item
            conn = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
            try:
                conn.request("GET", url, headers={"Accept-Encoding": ("br", "gzip")[i % 2]})
                response = conn.getresponse()
                response.read()
                return response.status
            finally:
                conn.close()

        with ThreadPoolExecutor(4) as pool:  # every file served and compressed once (twice)
            list(pool.map(fetch, enumerate(urls(240))))
        # the master listens before it forks: its one worker exists once it has answered
        worker = int(Path(f"/proc/{server.pid}/task/{server.pid}/children").read_text().split()[0])
        before = settled_rss_mb(worker)  # the worker pre-renders the default pages at start
        with ThreadPoolExecutor(4) as pool:
            statuses = list(pool.map(fetch, enumerate(urls(1000, start=240))))
        assert set(statuses) <= {200, 404} and statuses.count(200) > 500
        after = rss_mb(worker)
        assert after - before < GROWTH_MB, f"worker RSS {before:.0f} -> {after:.0f} MB"
    finally:
        server.terminate()
        server.wait(timeout=30)
