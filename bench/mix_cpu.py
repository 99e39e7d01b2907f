"""CPU per request of the realistic mix's request kinds, in-process: never-seen and kept states.

    .venv/bin/python bench/mix_cpu.py [--requests 60] [--seed 15]

The app in this process, its Flask test client with a browser's Accept-Encoding (routing,
JSON, the callback, headers, brotli: everything but the socket). Bodies are bench/load.py's
realistic mix (random page states, every control at a random option, fresh benchmark answers).
"new": a state this process has not seen (the response cache cannot help); "kept": the same
body a third time (served from serving/cache.py where the callback opts in, which keeps a
response the second time its state is asked for; the benchmark result never does: it holds
answers). CPU time of this process (time.process_time), so other load on the
machine counts less than in wall time. Targets (issue 15): p95 < 30 ms new, < 5 ms kept;
HTML shell < 40 kB.
"""

from __future__ import annotations

import argparse
import random
import time

from common import header, pct, verdict
from load import MIX, DashboardTarget, realistic_mix

BUDGET_NEW_MS = 30.0
BUDGET_KEPT_MS = 5.0
KINDS = ("page load", "klimaat change", "vergelijking topic", "benchmark result",
         "presenter step", "healthz")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--requests", type=int, default=60, help="per request kind")
    parser.add_argument("--seed", type=int, default=15)
    args = parser.parse_args()
    header(f"bench/mix_cpu.py: CPU per request, {args.requests} bodies per kind")
    import app

    client = app.app.server.test_client()
    plain = client.get("/").get_data()
    packed = client.get("/", headers={"Accept-Encoding": "br"}).get_data()
    print(f"HTML shell (GET /): {len(plain) / 1000:.1f} kB, {len(packed) / 1000:.1f} kB brotli "
          f"(budget < 40 kB: {verdict(len(plain) / 1000, 40)}); built and compressed once "
          "per process\n")
    target = DashboardTarget(realistic_mix(args.seed))
    rng = random.Random(args.seed)
    new: dict[str, list[float]] = {}
    kept: dict[str, list[float]] = {}

    def send(into, label, method, path, body, referer=None):
        headers = {"Accept-Encoding": "gzip, deflate, br"}
        if referer is not None:  # the page's address: /_dash-layout renders that page
            headers["Referer"] = f"http://localhost{referer}"
        start = time.process_time()
        if method == "GET":
            response = client.get(path, headers=headers)
        else:
            response = client.post(path, json=body, headers=headers)
        ms = (time.process_time() - start) * 1000
        into.setdefault(label, []).append(ms)
        if response.status_code not in (200, 204):
            raise RuntimeError(f"{label}: HTTP {response.status_code}")
        return ms

    action_cpu: dict[str, list[float]] = {}  # kind -> CPU of whole actions (new)
    action_requests: dict[str, int] = {}
    for kind in KINDS:
        for _ in range(args.requests):
            requests = target.request_for(kind, rng)
            action_requests[kind] = len(requests)
            total = 0.0
            for request in requests:
                total += send(new, *request)
                send({}, *request)  # asked again: now kept
                send(kept, *request)
            action_cpu.setdefault(kind, []).append(total)
    print(f"{'request':<22} {'new p50':>8} {'new p95':>8} {'kept p50':>9} {'kept p95':>9}  ms CPU")
    for label, n in new.items():
        k = kept[label]
        print(f"{label:<22} {pct(n, 50):>8.1f} {pct(n, 95):>8.1f} {pct(k, 50):>9.1f} "
              f"{pct(k, 95):>9.1f}   new {verdict(pct(n, 95), BUDGET_NEW_MS)}, kept "
              f"{verdict(pct(k, 95), BUDGET_KEPT_MS)}")
    weights = dict(MIX)
    cpu = sum(weights[k] * sum(v) / len(v) for k, v in action_cpu.items())
    requests = sum(weights[k] * action_requests[k] for k in action_cpu)
    per_request = cpu / requests
    print(f"realistic mix, every state new: {per_request:.1f} ms CPU per request -> at most "
          f"{2000 / per_request:.0f} requests/s on 2 CPUs with nothing else running "
          f"(budget >= 200 requests/s needs <= 10 ms)")


if __name__ == "__main__":
    main()
