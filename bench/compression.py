"""Compression figures, in-process (Flask test client): sizes and time per request.

    python bench/compression.py [--url http://127.0.0.1:8050]

With --url it also fetches plotly.min.js (gzip) from a running server with 8 threads for
10 s and prints requests per second (e.g. against scripts/serve.sh).
Prints raw / gzip / br bytes of the main responses, the cost of compressing plotly.min.js
(what every request paid without the cache), a warm cached bundle request, and a callback
request with and without compression.
"""

from __future__ import annotations

import re
import statistics
import sys
import threading
import time
import urllib.request
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import flask_compress.flask_compress as fc  # noqa: E402

import app  # noqa: E402

ROUTE = {
    "output": "..shell-page-container.children...shell-nav-bar.children..."
              "shell-synthetic-banner.children...shell-skip-link.children..",
    "outputs": [{"id": i, "property": "children"} for i in (
        "shell-page-container", "shell-nav-bar", "shell-synthetic-banner", "shell-skip-link")],
    "inputs": [{"id": "shell-url-location", "property": "pathname", "value": "/"}],
    "changedPropIds": ["shell-url-location.pathname"],
    "state": [{"id": "shell-url-location", "property": "search", "value": ""}],
}


def ms(fn, repeat: int) -> tuple[float, float]:
    """Median and max wall time of fn() in milliseconds."""
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times), max(times)


def main() -> None:
    server = app.server
    client = server.test_client()
    html = client.get("/").get_data(as_text=True)
    scripts = re.findall(r'<script src="([^"]+)"', html)
    plotly = next(u for u in scripts if "plotly" in u) if any("plotly" in u for u in scripts) \
        else "/_dash-component-suites/plotly/package_data/plotly.min.js"
    renderer = next(u for u in scripts if "dash_renderer" in u)
    requests = {"plotly.min.js": ("get", plotly, None), "dash_renderer": ("get", renderer, None),
                "page /": ("get", "/", None),
                "router callback": ("post", "/_dash-update-component", ROUTE)}
    print(f"{'response':18} {'raw':>10} {'gzip':>10} {'br':>10}")
    for name, (method, url, body) in requests.items():
        sizes = [len(getattr(client, method)(url, json=body, headers={"Accept-Encoding": enc})
                     .get_data()) for enc in ("identity", "gzip", "br")]
        print(f"{name:18} " + " ".join(f"{s:>10,}" for s in sizes))

    data = client.get(plotly).get_data()
    with server.app_context():
        for enc in ("gzip", "br"):
            med, _ = ms(lambda: fc._compress_data(server, data, enc), 5)
            print(f"compress plotly.min.js once, {enc}: {med:.0f} ms "
                  f"(every request without the cache)")
    for enc in ("gzip", "br"):
        med, worst = ms(lambda: client.get(plotly, headers={"Accept-Encoding": enc}), 30)
        print(f"GET plotly.min.js, {enc}, cached: median {med:.1f} ms, max {worst:.1f} ms")
    for enc in ("identity", "gzip", "br"):
        med, worst = ms(lambda: client.post("/_dash-update-component", json=ROUTE,
                                            headers={"Accept-Encoding": enc}), 50)
        print(f"POST router callback, {enc}: median {med:.1f} ms, max {worst:.1f} ms")


def loopback(base: str, path: str, threads: int = 8, seconds: float = 10) -> None:
    done: list[float] = []
    stop = time.monotonic() + seconds

    def worker() -> None:
        while time.monotonic() < stop:
            start = time.perf_counter()
            req = urllib.request.Request(base + path, headers={"Accept-Encoding": "gzip"})
            with urllib.request.urlopen(req) as response:
                response.read()
            done.append((time.perf_counter() - start) * 1000)

    pool = [threading.Thread(target=worker) for _ in range(threads)]
    for t in pool:
        t.start()
    for t in pool:
        t.join()
    p95 = statistics.quantiles(done, n=20)[-1]
    print(f"{base}{path} gzip, {threads} threads: {len(done) / seconds:.0f} req/s, "
          f"median {statistics.median(done):.0f} ms, p95 {p95:.0f} ms")


if __name__ == "__main__":
    main()
    if "--url" in sys.argv:
        # the plotly bundle the page loads (the full plotly.min.js is not served, serving/errors)
        page = app.server.test_client().get("/").get_data(as_text=True)
        loopback(sys.argv[sys.argv.index("--url") + 1],
                 next(u for u in re.findall(r'<script src="([^"]+)"', page) if "plotly" in u))
