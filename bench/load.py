"""Load test on loopback: simulated users against gunicorn with 2 workers.

    /work/venv/bin/python bench/load.py [--users 50] [--seconds 60] [--think 1 5]
                                        [--url http://host:port] [--workers 2]

Starts `gunicorn -c gunicorn.conf.py app:server` (IBO_WORKERS=2, the configured threads) on
a free loopback port, unless --url names a running server. The load generator is written
with the standard library (one thread per user, http.client with keep-alive), not locust:
locust cannot live in /work/venv (urllib3 clash) and this needs nothing else installed.

Every user, like a person in a webinar audience:
- opens a page (a random page of pages.PAGES in a random valid URL state): GET the page,
  on the first visit every script and stylesheet the page links (a browser caches them:
  they are fingerprinted and immutable), GET /_dash-layout and /_dash-dependencies, POST
  the router callback that renders the page, and POST the page's initial callbacks;
- then, after a think time (uniform between --think seconds), changes a filter (POST
  /_dash-update-component with a real body built from the page's layout, bench/common.py)
  or, one time in four, navigates to another page.
Users start evenly over the first 5 s. Reported: requests/s, p50/p95/p99 per request kind
and overall, errors (any status other than 200/204/304, or a failed connection).
Budget: p95 < 150 ms, 0 errors.
"""

from __future__ import annotations

import argparse
import http.client
import json
import random
import re
import threading
import time
from collections import defaultdict
from dataclasses import dataclass, field
from urllib.parse import urlsplit

from common import (
    BROWSER_ENCODING,
    CALLBACK_PATH,
    Gunicorn,
    all_payloads,
    header,
    pct,
    searches,
    verdict,
)

BUDGET_P95_MS = 150.0
RAMP_SECONDS = 5.0
NAVIGATE_SHARE = 0.25
STATIC_RE = re.compile(r'<(?:script[^>]+src|link[^>]+href)="([^"]+)"')


@dataclass
class Scenario:
    """Everything the users can request, discovered from the app."""

    pages: list[str]                                   # page paths
    searches: dict[str, list[str]]                     # path -> query strings
    router: dict[tuple[str, str], dict]                # (path, search) -> router body
    initial: dict[tuple[str, str], list[dict]]         # (path, search) -> initial bodies
    changes: dict[str, list[dict]]                     # path -> filter-change bodies
    static: list[str] = field(default_factory=list)    # first-visit files


def scenario() -> Scenario:
    import app
    import pages

    page_payloads, router_payloads = all_payloads(app, pages, limit=10_000)
    found = {p.PATH: searches(p) for p in pages.PAGES}
    router = {(p.page, "" if p.state == "(default)" else p.state): p.body
              for p in router_payloads}
    initial: dict[tuple[str, str], list[dict]] = defaultdict(list)
    changes: dict[str, list[dict]] = defaultdict(list)
    for p in page_payloads:
        where, _, what = p.state.rpartition(" ")
        search = "" if where == "(default)" else where
        (initial[(p.page, search)] if what == "initial" else changes[p.page]).append(p.body)
    html = app.server.test_client().get("/").get_data(as_text=True)
    static = [u for u in STATIC_RE.findall(html) if u.startswith("/")]
    return Scenario(list(found), found, router, dict(initial), dict(changes), static)


class Recorder:
    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.times: dict[str, list[float]] = defaultdict(list)
        self.errors: list[str] = []
        self.bytes = 0

    def add(self, kind: str, ms: float, size: int, error: str | None) -> None:
        with self.lock:
            self.times[kind].append(ms)
            self.bytes += size
            if error:
                self.errors.append(f"{kind}: {error}")


class User(threading.Thread):
    def __init__(self, n: int, base: str, sc: Scenario, rec: Recorder, stop: float,
                 think: tuple[float, float], start_at: float) -> None:
        super().__init__(daemon=True)
        self.rng = random.Random(n)
        self.host = urlsplit(base).netloc
        self.sc, self.rec, self.stop, self.think, self.start_at = sc, rec, stop, think, start_at
        self.conn: http.client.HTTPConnection | None = None
        self.visited = False

    # one request on the user's keep-alive connection (reopened if the server closed it)
    def request(self, kind: str, method: str, path: str, body: dict | None = None) -> None:
        headers = {"Accept-Encoding": BROWSER_ENCODING, "User-Agent": "ibo-bench"}
        data = None
        if body is not None:
            data = json.dumps(body).encode()
            headers["Content-Type"] = "application/json"
        for attempt in (1, 2):
            if self.conn is None:
                self.conn = http.client.HTTPConnection(self.host, timeout=30)
            started = time.perf_counter()
            try:
                self.conn.request(method, path, body=data, headers=headers)
                response = self.conn.getresponse()
                payload = response.read()
            except (http.client.RemoteDisconnected, ConnectionResetError, BrokenPipeError):
                self.conn.close()
                self.conn = None
                if attempt == 1:
                    continue  # the server closed an idle keep-alive connection: reconnect
                self.rec.add(kind, (time.perf_counter() - started) * 1000, 0, "connection lost")
                return
            except OSError as exc:
                self.conn.close()
                self.conn = None
                self.rec.add(kind, (time.perf_counter() - started) * 1000, 0,
                             type(exc).__name__)
                return
            ms = (time.perf_counter() - started) * 1000
            error = None if response.status in (200, 204, 304) else f"HTTP {response.status}"
            self.rec.add(kind, ms, len(payload), error)
            if response.getheader("Connection", "").lower() == "close":
                self.conn.close()
                self.conn = None
            return

    def open_page(self) -> str:
        path = self.rng.choice(self.sc.pages)
        search = self.rng.choice(self.sc.searches[path])
        self.request("page", "GET", path + search)
        if not self.visited:
            for url in self.sc.static:
                self.request("static (first visit)", "GET", url)
            self.visited = True
        self.request("_dash-layout", "GET", "/_dash-layout")
        self.request("_dash-dependencies", "GET", "/_dash-dependencies")
        self.request("router callback", "POST", CALLBACK_PATH, self.sc.router[(path, search)])
        for body in self.sc.initial.get((path, search), []):
            self.request("initial callback", "POST", CALLBACK_PATH, body)
        return path

    def run(self) -> None:
        time.sleep(max(0.0, self.start_at - time.monotonic()))
        page = self.open_page()
        while True:
            pause = self.rng.uniform(*self.think)
            if time.monotonic() + pause >= self.stop:
                break
            time.sleep(pause)
            changes = self.sc.changes.get(page)
            if not changes or self.rng.random() < NAVIGATE_SHARE:
                page = self.open_page()
            else:
                self.request("filter change", "POST", CALLBACK_PATH, self.rng.choice(changes))
        if self.conn is not None:
            self.conn.close()


def run(base: str, sc: Scenario, users: int, seconds: float,
        think: tuple[float, float]) -> tuple[Recorder, float]:
    rec = Recorder()
    begin = time.monotonic()
    stop = begin + seconds
    pool = [User(i, base, sc, rec, stop, think, begin + RAMP_SECONDS * i / users)
            for i in range(users)]
    for user in pool:
        user.start()
    for user in pool:
        user.join()
    return rec, time.monotonic() - begin


def report(rec: Recorder, elapsed: float) -> bool:
    every = [ms for values in rec.times.values() for ms in values]
    print(f"{'request kind':<22} {'count':>7} {'p50':>7} {'p95':>7} {'p99':>7} {'max':>7}  ms")
    for kind, values in sorted(rec.times.items(), key=lambda kv: -len(kv[1])):
        print(f"{kind:<22} {len(values):>7} {pct(values, 50):>7.1f} {pct(values, 95):>7.1f} "
              f"{pct(values, 99):>7.1f} {max(values):>7.1f}")
    p95 = pct(every, 95)
    print(f"{'all requests':<22} {len(every):>7} {pct(every, 50):>7.1f} {p95:>7.1f} "
          f"{pct(every, 99):>7.1f} {max(every, default=0):>7.1f}")
    print(f"requests/s: {len(every) / elapsed:.1f} over {elapsed:.1f} s; "
          f"{rec.bytes / 1e6:.1f} MB received; errors: {len(rec.errors)}")
    for err in list(dict.fromkeys(rec.errors))[:10]:
        print(f"  error: {err}")
    dynamic = [ms for kind, values in rec.times.items() if not kind.startswith("static")
               for ms in values]
    dyn95 = pct(dynamic, 95)
    print(f"{'all but static files':<22} {len(dynamic):>7} {pct(dynamic, 50):>7.1f} "
          f"{dyn95:>7.1f} {pct(dynamic, 99):>7.1f} {max(dynamic, default=0):>7.1f}")
    ok = max(p95, dyn95) < BUDGET_P95_MS and not rec.errors
    print(f"budget p95 < {BUDGET_P95_MS:g} ms and 0 errors: p95 all {p95:.1f} ms "
          f"{verdict(p95, BUDGET_P95_MS)}; p95 without the first-visit static files "
          f"{dyn95:.1f} ms {verdict(dyn95, BUDGET_P95_MS)}; errors {len(rec.errors)} "
          f"{'OK' if not rec.errors else 'OVER BUDGET'}")
    return ok


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--users", type=int, default=50)
    parser.add_argument("--seconds", type=float, default=60)
    parser.add_argument("--think", type=float, nargs=2, default=(1.0, 5.0),
                        metavar=("MIN", "MAX"), help="think time between actions, seconds")
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--url", help="a running server instead of starting gunicorn")
    args = parser.parse_args()
    header(f"bench/load.py: {args.users} users, {args.seconds:g} s, think "
           f"{args.think[0]:g}-{args.think[1]:g} s, loopback")
    sc = scenario()
    print(f"pages {', '.join(sc.pages)}; {sum(len(v) for v in sc.searches.values())} page "
          f"states, {sum(len(v) for v in sc.changes.values())} filter-change bodies, "
          f"{len(sc.static)} static files per first visit\n")
    if args.url:
        rec, elapsed = run(args.url.rstrip("/"), sc, args.users, args.seconds, args.think)
        report(rec, elapsed)
        return
    with Gunicorn(workers=args.workers) as server:
        print(f"gunicorn: {args.workers} workers, master pid {server.process.pid}, "
              f"{server.base}\n")
        rec, elapsed = run(server.base, sc, args.users, args.seconds, args.think)
        report(rec, elapsed)


if __name__ == "__main__":
    main()
