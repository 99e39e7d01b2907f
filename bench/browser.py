"""Time from navigation to the first drawn chart per page, and the bytes transferred, in a
fresh headless Chromium per run (no cache, new profile).

    .venv/bin/python bench/browser.py [--runs 7] [--url http://host:port]
                                           [--root DIR] [--before DIR] [--pages / ...]
                                           [--baseline FILE | --no-baseline]

Serves the app with gunicorn (2 workers, gunicorn.conf.py: compression and cache headers as
in production) from this checkout, or from --root (e.g. an exported older commit, for a
before/after comparison), unless --url names a running server. Pages come from
pages.PAGES. Chromium is Debian's /usr/bin/chromium with /usr/bin/chromedriver (selenium
Service, SE_OFFLINE=true) and the flags of tests/conftest.py.

The plain Dash baseline (../shared/bench/baseline_app.py: three graphs, one callback) is
measured in the same run, interleaved with the dashboard's pages: `gunicorn baseline_app:server
-w 2 --threads 4` with its flask-compress set-up (SPIKE_COMPRESS=2: gzip, static bundles
compressed once), its one page "/".

Per run (after the new browser has settled for SETTLE_S on about:blank, so that its own
start-up work is not timed): a script registered before the page loads (CDP) watches the
DOM and records performance.now() when the first plotly trace is in the DOM and at the next
animation frame (the chart is then drawn). Bytes come from the Performance API (navigation + resource timing:
transferSize = on the wire incl. headers, encodedBodySize = compressed body,
decodedBodySize = unpacked); "initial" counts what had finished loading when the first chart
was drawn. Medians of --runs runs. Budgets (issue 15): first chart <= 0.9 s on every page,
initial transfer < 1.0 MB compressed.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from common import ROOT, Gunicorn, chart_search, header, verdict

BUDGET_S = 0.9
BUDGET_MB = 1.0
CHROMIUM = "/usr/bin/chromium"
CHROMEDRIVER = "/usr/bin/chromedriver"
FLAGS = ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
         "--disable-background-networking", "--disable-component-update", "--disable-sync",
         "--no-first-run", "--disable-quic", "--window-size=1400,1000")
TIMEOUT_S = 30
BASELINE = Path("../shared/bench/baseline_app.py")  # relative to the repository root
SETTLE_S = 2.0

# Registered with Page.addScriptToEvaluateOnNewDocument: runs before any page script.
WATCH = """
(function () {
  window.__bench = {chart: null, painted: null};
  function check() {
    if (window.__bench.chart !== null) { return; }
    if (document.querySelector(".js-plotly-plot .main-svg .trace")) {
      window.__bench.chart = performance.now();
      requestAnimationFrame(function () { window.__bench.painted = performance.now(); });
      observer.disconnect();
    }
  }
  const observer = new MutationObserver(check);
  observer.observe(document, {childList: true, subtree: true});
})();
"""

COLLECT = """
const nav = performance.getEntriesByType("navigation")[0];
const res = performance.getEntriesByType("resource");
const until = window.__bench.painted;
const rows = [nav, ...res].map(function (e) {
  return {name: e.name, type: e.initiatorType || "navigation", start: e.startTime,
          end: e.responseEnd, transfer: e.transferSize, encoded: e.encodedBodySize,
          decoded: e.decodedBodySize};
});
return {chart: window.__bench.chart, painted: until,
        dcl: nav.domContentLoadedEventEnd, load: nav.loadEventEnd,
        plotly: window.Plotly ? window.Plotly.version : null, rows: rows};
"""


def driver():
    os.environ["SE_OFFLINE"] = "true"
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for flag in FLAGS:
        options.add_argument(flag)
    profile = tempfile.mkdtemp(prefix="bench-chromium-")
    options.add_argument(f"--user-data-dir={profile}")
    return webdriver.Chrome(service=Service(CHROMEDRIVER), options=options), profile


class Baseline:
    """The plain Dash baseline under gunicorn on loopback (context manager)."""

    def __init__(self, app_file: Path) -> None:
        from common import free_port

        self.app_file = app_file
        self.base = f"http://127.0.0.1:{free_port()}"
        self.process: subprocess.Popen | None = None

    def __enter__(self) -> Baseline:
        import urllib.request

        gunicorn = str(Path(sys.executable).with_name("gunicorn"))
        self.process = subprocess.Popen(
            [gunicorn, f"{self.app_file.stem}:server", "--chdir", str(self.app_file.parent),
             "-b", self.base.removeprefix("http://"), "-w", "2", "--threads", "4"],
            env={**os.environ, "SPIKE_COMPRESS": "2"}, stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL)
        deadline = time.monotonic() + 60
        while True:
            try:
                with urllib.request.urlopen(self.base + "/", timeout=5) as response:
                    if response.status == 200:
                        break
            except OSError:
                pass
            if self.process.poll() is not None or time.monotonic() > deadline:
                raise RuntimeError(f"the baseline did not start (exit {self.process.poll()})")
            time.sleep(0.2)
        time.sleep(1)  # every worker forked
        return self

    def __exit__(self, *exc) -> None:
        if self.process is not None and self.process.poll() is None:
            self.process.terminate()
            self.process.wait(timeout=30)


class NoChart(RuntimeError):
    """A run in which no chart was drawn within TIMEOUT_S."""


def one_run(url: str) -> dict:
    """Load `url` in a fresh browser; the timings (ms) and per-resource sizes."""
    import shutil

    browser, profile = driver()
    try:
        # A fresh browser is still starting up (its own UI pages, background tasks) for
        # a second or two; on 2 cores that work would be timed as the page's. Let it settle
        # on a blank page first: the profile and cache stay empty.
        browser.get("about:blank")
        time.sleep(SETTLE_S)
        browser.execute_cdp_cmd("Network.enable", {})
        browser.execute_cdp_cmd("Network.setCacheDisabled", {"cacheDisabled": True})
        browser.execute_cdp_cmd("Page.addScriptToEvaluateOnNewDocument", {"source": WATCH})
        browser.set_page_load_timeout(TIMEOUT_S)
        browser.get(url)
        deadline = time.monotonic() + TIMEOUT_S
        while time.monotonic() < deadline:
            if browser.execute_script("return window.__bench && window.__bench.painted"):
                break
            time.sleep(0.05)
        else:
            raise NoChart(f"no chart drawn within {TIMEOUT_S} s on {url}")
        time.sleep(1.0)  # let late requests (later callbacks) finish, for the total
        result = browser.execute_script(COLLECT)
        result["console"] = [e for e in browser.get_log("browser") if e["level"] == "SEVERE"]
        return result
    finally:
        browser.quit()
        shutil.rmtree(profile, ignore_errors=True)


def sizes(result: dict, initial: bool) -> dict[str, float]:
    rows = [r for r in result["rows"] if not initial or r["end"] <= result["painted"]]
    return {k: sum(r[k] for r in rows) for k in ("transfer", "encoded", "decoded")} | \
        {"files": len(rows)}


def short(name: str) -> str:
    path = name.split("://", 1)[-1].split("/", 1)[-1]
    path = "/" + path.split("?", 1)[0]
    return path if len(path) <= 70 else "..." + path[-67:]


def collect(bases: dict[str, str], paths: list[str], runs: int,
            baseline: str | None = None) -> dict:
    """runs x page x server, interleaved, so that a comparison sees the same machine load
    (the baseline's one page after each round of pages)."""
    results: dict[tuple[str, str], list[dict]] = {(b, p): [] for b in bases for p in paths}
    if baseline:
        results[(BASELINE_LABEL, "/")] = []

    def run(key: tuple[str, str], url: str) -> None:
        try:
            results[key].append(one_run(url))
        except NoChart as failed:  # recorded and reported (table), not a reason to stop
            FAILED[key] = FAILED.get(key, 0) + 1
            print(f"  {failed}", file=sys.stderr)

    for _ in range(runs):
        for path in paths:
            for label, base in bases.items():
                run((label, path), base + path)
        if baseline:
            run((BASELINE_LABEL, "/"), baseline + "/")
    return results


FAILED: dict[tuple[str, str], int] = {}  # (label, page) -> runs that drew no chart


BASELINE_LABEL = "baseline (plain Dash: 3 graphs, one callback)"


def table(label: str, paths: list[str], results: dict) -> bool:
    ok = True
    print(f"{label}\n{'page':<22} {'chart s':>8} {'min':>6} {'max':>6} {'DCL s':>6} "
          f"{'init MB':>8} {'(files)':>7} {'total MB':>8} {'unpacked':>8}  budgets "
          f"<{BUDGET_S:g} s, <{BUDGET_MB:g} MB")
    for path in paths:
        runs = results[(label, path)]
        if FAILED.get((label, path)):
            ok = False
            print(f"{path[:22]:<22} {FAILED[(label, path)]} run(s) drew no chart within "
                  f"{TIMEOUT_S} s: left out of the figures below")
        if not runs:
            continue
        charts = [r["painted"] / 1000 for r in runs]
        dcl = statistics.median(r["dcl"] / 1000 for r in runs)
        init = [sizes(r, True) for r in runs]
        total = [sizes(r, False) for r in runs]
        init_mb = statistics.median(s["transfer"] for s in init) / 1e6
        total_mb = statistics.median(s["transfer"] for s in total) / 1e6
        unpacked = statistics.median(s["decoded"] for s in total) / 1e6
        files = statistics.median(s["files"] for s in init)
        med = statistics.median(charts)
        ok &= med < BUDGET_S and init_mb < BUDGET_MB
        print(f"{path[:22]:<22} {med:>8.3f} {min(charts):>6.2f} {max(charts):>6.2f} "
              f"{dcl:>6.2f} {init_mb:>8.3f} {files:>7.0f} {total_mb:>8.3f} {unpacked:>8.2f}  "
              f"{verdict(med, BUDGET_S)} / {verdict(init_mb, BUDGET_MB)}")
        for message in {e["message"] for r in runs for e in r["console"]}:
            print(f"{'':<22} console error: {message[:150]}")
    every = [r["painted"] / 1000 for p in paths for r in results[(label, p)]]
    if not every:
        return False
    print(f"{'all pages':<22} {statistics.median(every):>8.3f} {min(every):>6.2f} "
          f"{max(every):>6.2f}\n")
    return ok


def timeline(label: str, path: str, results: dict) -> None:
    if not results[(label, path)]:
        return
    first = results[(label, path)][0]
    print(f"{label}: plotly.js {first['plotly']}; resources of the first run of {path} "
          f"(transfer / unpacked bytes, started / finished at ms):")
    for r in sorted(first["rows"], key=lambda r: r["start"]):
        print(f"  {short(r['name']):<72} {r['transfer']:>9,} {r['decoded']:>10,} "
              f"{r['start']:>6.0f} {r['end']:>6.0f}")
    print(f"  first trace in the DOM {first['chart']:.0f} ms, drawn {first['painted']:.0f} ms\n")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--url", help="a running server instead of starting gunicorn")
    parser.add_argument("--root", type=Path, help="serve this checkout instead")
    parser.add_argument("--before", type=Path,
                        help="also serve this checkout (e.g. `git archive main` unpacked) and "
                             "interleave its runs with this one's, for a before/after")
    parser.add_argument("--pages", nargs="*", help="paths (default: every page)")
    parser.add_argument("--baseline", type=Path, default=BASELINE,
                        help="the baseline app, measured in the same run "
                             "(default: ../shared/bench/baseline_app.py)")
    parser.add_argument("--no-baseline", action="store_true")
    args = parser.parse_args()
    baseline_file = None
    if not args.no_baseline:
        baseline_file = (ROOT / args.baseline).resolve()
        if not baseline_file.exists():
            raise SystemExit(f"error: the baseline app is missing: {baseline_file} "
                             "(--baseline FILE or --no-baseline)")
    header(f"bench/browser.py: navigation to first drawn chart, fresh headless Chromium, "
           f"median of {args.runs}")
    if args.pages:
        paths = args.pages
    else:  # every page, in its default state or else the first state that shows a chart
        import app
        import pages

        paths = []
        for page in pages.PAGES:
            search = chart_search(app, pages, page)
            if search is None:
                print(f"{page.PATH}: no chart in any discovered state, not measured")
            else:
                paths.append(page.PATH + search)
    baseline = Baseline(baseline_file) if baseline_file else None
    if args.url:
        try:
            base = baseline.__enter__().base if baseline else None
            results = collect({args.url: args.url.rstrip("/")}, paths, args.runs, base)
        finally:
            if baseline:
                baseline.__exit__(None, None, None)
        ok = table(args.url, paths, results)
        timeline(args.url, paths[0], results)
    else:
        root = (args.root or ROOT).resolve()
        commit = subprocess.run(["git", "-C", str(ROOT), "log", "-1", "--format=%h %s"],
                                capture_output=True, text=True).stdout.strip()
        roots = {"after: " + str(root) + (f" ({commit})" if root == ROOT else ""): root}
        if args.before:
            roots = {"before: " + str(args.before.resolve()): args.before.resolve(), **roots}
        servers = [Gunicorn(workers=2, root=r) for r in roots.values()]
        try:
            bases = {label: s.__enter__().base for label, s in zip(roots, servers)}
            base = baseline.__enter__().base if baseline else None
            results = collect(bases, paths, args.runs, base)
        finally:
            for s in [*servers, *([baseline] if baseline else [])]:
                s.__exit__(None, None, None)
        ok = True
        for label in bases:
            ok = table(label, paths, results)  # the verdict is the last (this checkout)
        for label in bases:
            timeline(label, paths[0], results)
    if baseline:
        table(BASELINE_LABEL, ["/"], results)
        timeline(BASELINE_LABEL, "/", results)
    print("all pages within budget" if ok else "SOME PAGES MISS A BUDGET (see above)")


if __name__ == "__main__":
    sys.exit(main())
