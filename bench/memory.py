"""Memory per gunicorn worker: after start, after a warm-up and after the load test.

    .venv/bin/python bench/memory.py [--users 50] [--seconds 60] [--skip-load]

Starts `gunicorn -c gunicorn.conf.py app:server` with 2 workers on loopback and reads
/proc/<pid>/smaps_rollup of the master and of each worker:
  RSS  resident pages, shared ones included (what `ps` and most dashboards show);
  PSS  shared pages divided among the processes sharing them (the workers share most of the
       master's memory: preload_app, copy-on-write);
  USS  pages private to the process (what stopping it would free).
The warm-up requests every page in every discovered state, the router for each, and every
discovered callback body once (bench/common.py). The load test is bench/load.py's scenario
(default 50 users, 60 s). Budget: RSS < 200 MB per worker.
"""

from __future__ import annotations

import argparse
import http.client
import json
from urllib.parse import urlsplit

from common import BROWSER_ENCODING, CALLBACK_PATH, Gunicorn, header, memory_of, verdict

BUDGET_MB = 200.0


def table(title: str, server: Gunicorn) -> float:
    print(title)
    print(f"  {'process':<16} {'RSS MB':>8} {'PSS MB':>8} {'USS MB':>8} {'anon MB':>8}")
    rows = [("master", server.process.pid)] + [(f"worker {i + 1}", pid)
                                                for i, pid in enumerate(server.workers())]
    worst = 0.0
    for name, pid in rows:
        m = memory_of(pid)
        if name != "master":
            worst = max(worst, m["rss"])
        print(f"  {name:<16} {m['rss']:>8.1f} {m['pss']:>8.1f} {m['uss']:>8.1f} "
              f"{m['anon']:>8.1f}")
    print(f"  largest worker RSS {worst:.1f} MB: budget < {BUDGET_MB:g} MB "
          f"{verdict(worst, BUDGET_MB)}\n")
    return worst


def warm_up(base: str, sc) -> int:
    """Every page state loaded as a browser does (the page, then /_dash-layout with its
    address as Referer, which renders it) and every callback body, twice (both workers)."""
    host = urlsplit(base).netloc
    conn = http.client.HTTPConnection(host, timeout=60)
    headers = {"Accept-Encoding": BROWSER_ENCODING, "Content-Type": "application/json"}
    count = 0
    for _ in range(2):
        for path, searches in sc.searches.items():
            for search in searches:
                for url, extra in ((path + search, {}),
                                   ("/_dash-layout", {"Referer": f"http://{host}{path}{search}"})):
                    conn.request("GET", url, headers={**headers, **extra})
                    conn.getresponse().read()
                    count += 1
        for bodies in [*sc.changes.values(), *sc.initial.values()]:
            for body in bodies:
                conn.request("POST", CALLBACK_PATH, body=json.dumps(body), headers=headers)
                conn.getresponse().read()
                count += 1
        conn.close()  # the next round may land on the other worker
        conn = http.client.HTTPConnection(urlsplit(base).netloc, timeout=60)
    return count


def main() -> None:
    import load

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--users", type=int, default=50)
    parser.add_argument("--seconds", type=float, default=60)
    parser.add_argument("--skip-load", action="store_true")
    args = parser.parse_args()
    header("bench/memory.py: memory per gunicorn worker (2 workers)")
    sc = load.scenario()
    with Gunicorn(workers=2) as server:
        print(f"gunicorn master pid {server.process.pid}, workers {server.workers()}\n")
        worst = table("after start (workers forked from the warmed-up master)", server)
        n = warm_up(server.base, sc)
        worst = max(worst, table(f"after the warm-up ({n} requests)", server))
        if not args.skip_load:
            rec, elapsed = load.run(server.base, sc, args.users, args.seconds, (1.0, 5.0))
            count = sum(len(v) for v in rec.times.values())
            worst = max(worst, table(f"after the load test ({args.users} users, "
                                     f"{elapsed:.0f} s, {count} requests, "
                                     f"{len(rec.errors)} errors)", server))
    print(f"largest worker RSS over the run: {worst:.1f} MB, budget < {BUDGET_MB:g} MB "
          f"{verdict(worst, BUDGET_MB)}")


if __name__ == "__main__":
    main()
