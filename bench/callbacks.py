"""Server time per callback, in-process: median and p95 for every server-side callback.

    .venv/bin/python bench/callbacks.py [--reps 5] [--quick]

Every callback of the app's callback map is driven with bodies built from the pages' own
layouts (bench/common.py: default and non-default URL states, every Input varied over its
options, buttons clicked), so new pages and callbacks are covered without editing this file.
Two timings per body, each repeated --reps times after one warm-up call:
  function  the callback as Dash runs it (the decorated function with its callback context,
            including the JSON serialisation of the response), no HTTP;
  request   POST /_dash-update-component through the Flask test client with a browser's
            Accept-Encoding: routing, JSON parsing, the callback, headers and compression.
Budget: p95 < 20 ms per callback (applied to the request timing, the stricter one). Also
shown: CPU time of the request (the shared machine's load inflates wall time, not CPU time)
and the first request of each body (before anything memoised for that state exists).
The router (page rendering on navigation) is reported per page.
"""

from __future__ import annotations

import argparse
import json
import time
from collections import defaultdict
from contextvars import copy_context

from common import (
    BROWSER_ENCODING,
    CALLBACK_PATH,
    Payload,
    all_payloads,
    header,
    summary,
    verdict,
)

BUDGET_MS = 20.0


def function_call(app, body: dict):
    """Run one callback the way Dash's dispatcher does, without the HTTP layer."""
    from dash.exceptions import PreventUpdate

    with app.server.test_request_context(CALLBACK_PATH, method="POST", json=body):
        started = time.perf_counter()
        g = app._initialize_context(body)
        func = app._prepare_callback(g, body)
        args = app._inputs_to_vals(g.inputs_list + g.states_list)
        partial = app._execute_callback(func, args, g.outputs_list, g)
        try:
            copy_context().run(partial)
        except PreventUpdate:
            pass
        return (time.perf_counter() - started) * 1000


def request_call(client, body: dict, encoding: str = BROWSER_ENCODING
                 ) -> tuple[float, float, int, int]:
    """(wall ms, CPU ms, status, response bytes) of one POST through the test client."""
    started, cpu = time.perf_counter(), time.thread_time()
    response = client.post(CALLBACK_PATH, json=body, headers={"Accept-Encoding": encoding})
    elapsed = (time.perf_counter() - started) * 1000
    return elapsed, (time.thread_time() - cpu) * 1000, response.status_code, \
        len(response.get_data())


def measure(app, payloads: list[Payload], reps: int) -> dict:
    client = app.server.test_client()
    results: dict[tuple[str, str], dict] = defaultdict(
        lambda: {"function": [], "request": [], "cpu": [], "first": [], "bytes": [], "raw": [],
                 "errors": [], "slowest": (0.0, ""), "states": 0})
    for p in payloads:
        r = results[(p.label, p.page)]
        r["states"] += 1
        # first request of this body in the process (cold for anything memoised per state)
        first, _, status, _ = request_call(client, p.body)
        raw = client.post(CALLBACK_PATH, json=p.body)  # uncompressed size
        if status not in (200, 204) or raw.status_code not in (200, 204):
            r["errors"].append(f"{p.state}: HTTP {status}")
            continue
        r["first"].append(first)
        r["raw"].append(len(raw.get_data()))
        function_call(app, p.body)
        for _ in range(reps):
            r["function"].append(function_call(app, p.body))
            ms, cpu, status, size = request_call(client, p.body)
            if status not in (200, 204):
                r["errors"].append(f"{p.state}: HTTP {status}")
            r["request"].append(ms)
            r["cpu"].append(cpu)
            r["bytes"].append(size)
            if ms > r["slowest"][0]:
                r["slowest"] = (ms, p.state)
    return results


def report(title: str, results: dict) -> bool:
    print(title)
    print(f"{'callback':<14} {'page':<14} {'bodies':>6} {'n':>4} "
          f"{'fn med':>6} {'fn p95':>6} {'req med':>7} {'req p95':>7} {'cpu p95':>7} "
          f"{'1st med':>7} {'1st p95':>7} {'KB raw':>6} {'KB br':>5}  budget p95<{BUDGET_MS:g}ms")
    ok = True
    for (label, page), r in results.items():
        fn, req, cpu, first = (summary(r[k]) for k in ("function", "request", "cpu", "first"))
        raw = sum(r["raw"]) / max(len(r["raw"]), 1) / 1024
        wire = sum(r["bytes"]) / max(len(r["bytes"]), 1) / 1024
        good = req["p95"] < BUDGET_MS and not r["errors"]
        ok &= good
        cold = "" if first["p95"] < BUDGET_MS else " (1st: OVER)"
        print(f"{label:<14} {page:<14} {r['states']:>6} {req['n']:>4} "
              f"{fn['median']:>6.1f} {fn['p95']:>6.1f} {req['median']:>7.1f} "
              f"{req['p95']:>7.1f} {cpu['p95']:>7.1f} {first['median']:>7.1f} "
              f"{first['p95']:>7.1f} {raw:>6.1f} {wire:>5.1f}  "
              f"{verdict(req['p95'], BUDGET_MS) if not r['errors'] else 'ERRORS'}{cold}")
        if req["p95"] >= BUDGET_MS:
            print(f"{'':<14}   slowest: {r['slowest'][1]} ({r['slowest'][0]:.1f} ms)")
        for err in dict.fromkeys(r["errors"]):
            print(f"{'':<14}   error: {err}")
    print()
    return ok


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--reps", type=int, default=5, help="timed repetitions per body")
    parser.add_argument("--quick", action="store_true", help="every 4th body only")
    args = parser.parse_args()
    header("bench/callbacks.py: server time per callback, in-process")
    started = time.perf_counter()
    import app as app_module
    import pages

    print(f"import app (loads and validates the aggregates): "
          f"{time.perf_counter() - started:.2f} s")
    page_payloads, router_payloads = all_payloads(app_module, pages)
    if args.quick:
        page_payloads, router_payloads = page_payloads[::4], router_payloads[::2]
    print(f"pages: {', '.join(p.PATH for p in pages.PAGES)}; bodies: {len(page_payloads)} "
          f"page-callback, {len(router_payloads)} router; {args.reps} reps each\n")
    app = app_module.app
    ok = report("Page callbacks (all states of each callback pooled)",
                measure(app, page_payloads, args.reps))
    ok &= report("Router (renders the page on navigation), per page",
                 measure(app, router_payloads, args.reps))
    every = [json.dumps(p.body) for p in page_payloads]
    print(f"distinct request bodies: {len(set(every))}")
    print("all callbacks within budget (repeated requests)" if ok
          else "SOME CALLBACKS MISS THE BUDGET (see above)")
    print("(1st: OVER) = the first request of a state in a process is over budget; kept "
          "responses (serving/cache.py) serve the repeats")


if __name__ == "__main__":
    main()
