"""Load test on loopback: the dashboard (production set-up) and the plain Dash baseline, side by side.

    .venv/bin/python bench/load.py [--users 50 200] [--seconds 60] [--workers 2]
                                        [--seed 15] [--no-baseline] [--no-cache-friendly]

Every run starts its servers on free loopback ports:
- the dashboard as scripts/serve.sh runs it in production: nginx (serving/nginx.py) in front of
  `gunicorn -c gunicorn.conf.py app:server` with IBO_WORKERS=--workers (4 threads each);
- the baseline, ../shared/bench/baseline_app.py (a plain Dash page: three graphs, one callback),
  with `gunicorn baseline_app:server -w --workers --threads 4` from the same venv, as its
  README says.

Two mixes, without think time (each user sends its next request when the last one answered):
- realistic (issue 15): 20% page loads (GET the page in a random state, /_dash-layout with the
  page's address as Referer, which renders the page as a browser's page load does, and
  /_dash-dependencies; a returning visitor, scripts cached), 30% /klimaat
  control changes to random states, 15% /vergelijking topics, 20% benchmark results with fresh
  random answers, 10% presenter steps, 5% /healthz. States are drawn (seeded) from the pages'
  URL state space (each page's QueryState parameters), not from a short list, so most requests
  are a state's first render in that worker. The baseline gets the same shares: page loads,
  callbacks with random dropdown values for every control change (75%), and /_dash-dependencies
  for the 5% /healthz (it has no health check).
- cache-friendly (the earlier BENCHMARKS.md mix, dashboard only): 50 users, think time 1-5 s,
  states from a short list, first visits fetch every script.
The load generator (one asyncio event loop, a keep-alive connection per user; locust cannot
live in the project venv) runs on the same CPUs; each line prints the CPU it and the server
used. Budgets: >= 200 requests/s with 2 workers, p95 <
250 ms at 50 users, 0 errors at 200 users, /healthz < 50 ms.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import multiprocessing
import os
import random
import re
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
import time
import urllib.request
from collections import defaultdict
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit

from common import (
    BROWSER_ENCODING,
    CALLBACK_PATH,
    ROOT,
    Context,
    _options_values,
    all_payloads,
    components_by_id,
    free_port,
    header,
    output_spec,
    pct,
    searches,
    server_callbacks,
    state_classes,
    verdict,
)

RAMP_SECONDS = 5.0
TIMEOUT_SECONDS = 30.0
PROBE_INTERVAL = 0.1  # seconds between health probes
PROBE_TIMEOUT = 5.0
NAVIGATE_SHARE = 0.25
STATIC_RE = re.compile(r'<(?:script[^>]+src|link[^>]+href)="([^"]+)"')


@dataclass
class Scenario:
    """Everything the users can request, discovered from the app."""

    pages: list[str]                                   # page paths
    searches: dict[str, list[str]]                     # path -> query strings
    initial: dict[tuple[str, str], list[dict]]         # (path, search) -> initial bodies
    changes: dict[str, list[dict]]                     # path -> filter-change bodies
    static: list[str] = field(default_factory=list)    # first-visit files


def scenario() -> Scenario:
    import app
    import pages

    page_payloads, _ = all_payloads(app, pages, limit=10_000)
    found = {p.PATH: searches(p) for p in pages.PAGES}
    initial: dict[tuple[str, str], list[dict]] = defaultdict(list)
    changes: dict[str, list[dict]] = defaultdict(list)
    for p in page_payloads:
        where, _, what = p.state.rpartition(" ")
        search = "" if where == "(default)" else where
        (initial[(p.page, search)] if what == "initial" else changes[p.page]).append(p.body)
    html = app.server.test_client().get("/").get_data(as_text=True)
    static = [u for u in STATIC_RE.findall(html) if u.startswith("/")]
    return Scenario(list(found), found, dict(initial), dict(changes), static)


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


class Connection:
    """One simulated user's keep-alive HTTP/1.1 connection (asyncio streams).

    Every user runs in one event loop: the generator costs a small fraction of a CPU, where
    50-200 threads with http.client took about a quarter of the machine's 2 CPUs from the
    servers under test and added their own GIL waits to every latency."""

    def __init__(self, base: str, rec: Recorder) -> None:
        parts = urlsplit(base)
        self.host, self.port = parts.hostname, parts.port
        self.netloc = parts.netloc
        self.rec = rec
        self.streams: tuple[asyncio.StreamReader, asyncio.StreamWriter] | None = None

    async def request(self, kind: str, method: str, path: str, body: dict | None = None,
                      referer: str | None = None) -> None:
        """One request; the server closing an idle keep-alive connection is retried once."""
        head = [f"{method} {path} HTTP/1.1", f"Host: {self.netloc}",
                f"Accept-Encoding: {BROWSER_ENCODING}", "User-Agent: ibo-bench"]
        if referer is not None:  # the page's address: /_dash-layout renders that page
            head.append(f"Referer: http://{self.netloc}{referer}")
        data = b""
        if body is not None:
            data = json.dumps(body).encode()
            head += ["Content-Type: application/json", f"Content-Length: {len(data)}"]
        message = ("\r\n".join(head) + "\r\n\r\n").encode() + data
        for attempt in (1, 2):
            started = time.perf_counter()
            try:
                async with asyncio.timeout(TIMEOUT_SECONDS):
                    if self.streams is None:
                        self.streams = await asyncio.open_connection(self.host, self.port)
                    reader, writer = self.streams
                    writer.write(message)
                    status, size, close = await _response(reader)
            except (asyncio.IncompleteReadError, ConnectionResetError, BrokenPipeError):
                self.close()
                if attempt == 1:
                    continue  # the server closed an idle keep-alive connection: reconnect
                self.rec.add(kind, (time.perf_counter() - started) * 1000, 0, "connection lost")
                return
            except (OSError, TimeoutError, ValueError) as exc:
                self.close()
                self.rec.add(kind, (time.perf_counter() - started) * 1000, 0,
                             type(exc).__name__)
                return
            ms = (time.perf_counter() - started) * 1000
            self.rec.add(kind, ms, size, None if status in (200, 204, 304) else f"HTTP {status}")
            if close:
                self.close()
            return

    def close(self) -> None:
        if self.streams is not None:
            self.streams[1].close()
            self.streams = None


async def _response(reader: asyncio.StreamReader) -> tuple[int, int, bool]:
    """Status, body bytes and whether the server closes the connection; the body is read
    (Content-Length or chunked) and dropped."""
    head = (await reader.readuntil(b"\r\n\r\n")).decode("latin-1").split("\r\n")
    status = int(head[0].split(" ", 2)[1])
    fields = {}
    for line in head[1:]:
        name, _, value = line.partition(":")
        fields[name.strip().lower()] = value.strip().lower()
    size = 0
    if "chunked" in fields.get("transfer-encoding", ""):
        while True:
            chunk = int((await reader.readuntil(b"\r\n")).split(b";")[0], 16)
            await reader.readexactly(chunk + 2)
            size += chunk
            if chunk == 0:
                break
    elif "content-length" in fields:
        size = int(fields["content-length"])
        await reader.readexactly(size)
    return status, size, fields.get("connection") == "close"


class CacheFriendlyUser:
    def __init__(self, n: int, base: str, sc: Scenario, rec: Recorder, stop: float,
                 think: tuple[float, float], start_at: float) -> None:
        self.rng = random.Random(n)
        self.conn = Connection(base, rec)
        self.sc, self.stop, self.think, self.start_at = sc, stop, think, start_at
        self.visited = False

    async def open_page(self) -> str:
        path = self.rng.choice(self.sc.pages)
        search = self.rng.choice(self.sc.searches[path])
        await self.conn.request("page", "GET", path + search)
        if not self.visited:
            for url in self.sc.static:
                await self.conn.request("static (first visit)", "GET", url)
            self.visited = True
        await self.conn.request("_dash-layout", "GET", "/_dash-layout", referer=path + search)
        await self.conn.request("_dash-dependencies", "GET", "/_dash-dependencies")
        for body in self.sc.initial.get((path, search), []):
            await self.conn.request("initial callback", "POST", CALLBACK_PATH, body)
        return path

    async def run(self) -> None:
        await asyncio.sleep(max(0.0, self.start_at - time.monotonic()))
        page = await self.open_page()
        while True:
            pause = self.rng.uniform(*self.think)
            if time.monotonic() + pause >= self.stop:
                break
            await asyncio.sleep(pause)
            changes = self.sc.changes.get(page)
            if not changes or self.rng.random() < NAVIGATE_SHARE:
                page = await self.open_page()
            else:
                await self.conn.request("filter change", "POST", CALLBACK_PATH,
                                        self.rng.choice(changes))
        self.conn.close()


async def _all(users: list) -> None:
    await asyncio.gather(*(user.run() for user in users))


def run_cache_friendly(base: str, sc: Scenario, users: int, seconds: float,
                       think: tuple[float, float]) -> tuple[Recorder, float]:
    rec = Recorder()
    begin = time.monotonic()
    stop = begin + seconds
    asyncio.run(_all([CacheFriendlyUser(i, base, sc, rec, stop, think,
                                        begin + RAMP_SECONDS * i / users)
                      for i in range(users)]))
    return rec, time.monotonic() - begin


# ------------------------------------------------------------------------ realistic mix

BUDGET_RPS = 200.0
BUDGET_P95_MS = 250.0
BUDGET_HEALTH_MS = 50.0
MIX = (("page load", 0.20), ("klimaat change", 0.30), ("vergelijking topic", 0.15),
       ("benchmark result", 0.20), ("presenter step", 0.10), ("healthz", 0.05))
STATES_PER_KIND = {"page load": 400}
# URL states per page the callbacks' bodies draw from (drawing one costs up to 9 ms: drawn
# before the run, so that the generator does not take the servers' CPU); every control is
# still set at random per request, so the bodies' states are as good as never repeated
SEARCHES_PER_PAGE = 500
# (page path, callback function) each kind posts
KIND_CALLBACK = {"klimaat change": ("/klimaat", "update"),
                 "vergelijking topic": ("/vergelijking", "show_topic"),
                 "presenter step": ("/presenteer", "show_step"),
                 "benchmark result": ("/benchmark", "show_result")}
BASELINE = Path("../shared/bench/baseline_app.py")  # relative to the repository root


def random_search(page, rng: random.Random) -> str:
    """A random valid URL state of `page`: every parameter drawn from its allowed values."""
    from urllib.parse import urlencode

    for _ in range(50):
        query: dict[str, str] = {}
        for cls in state_classes(page):
            for param in cls.params():
                if param.name == "lang":
                    if rng.random() < 0.3:
                        query["lang"] = "en"
                    continue
                if param.allowed is None or rng.random() < 0.25:
                    continue  # free-form or left at its default
                allowed = [str(v) for v in param.allowed]
                if param.multi:
                    query[param.name] = ",".join(rng.sample(allowed,
                                                            rng.randint(1, len(allowed))))
                else:
                    query[param.name] = rng.choice(allowed)
        search = "?" + urlencode(query, safe=",") if query else ""
        if all(not cls.from_query(search)[1] for cls in state_classes(page)):
            return search
    return ""


@dataclass
class Template:
    """A callback's request body in one page context, and how to vary it per request."""

    page: object
    body: dict
    options: dict[int, list]      # input index -> option values of its component
    search_inputs: list[int]      # inputs that are the page's URL search
    listed: set[int]              # inputs whose value is a list (checklists)
    searches: list[str]           # random URL states of the page (SEARCHES_PER_PAGE)


@dataclass
class Mix:
    """Request bodies of the realistic mix (the browser's posts), varied per request."""

    page_loads: list[str]                       # page path and query
    templates: dict[str, list[Template]]        # kind -> one per language
    answer_items: int = 0                       # statements of the benchmark form


def _body(key: str, cb: dict, ctx: Context, rng: random.Random) -> dict:
    inputs = [ctx.item(s) for s in cb["inputs"]]
    state = [ctx.item(s) for s in cb["state"]]
    plain = [f"{s['id']}.{s['property']}" for s in cb["inputs"] if not s["id"].startswith("{")]
    return {"output": key, "outputs": output_spec(key), "inputs": inputs, "state": state,
            "changedPropIds": [rng.choice(plain)] if plain else []}


def realistic_mix(seed: int) -> Mix:
    import app
    import pages

    rng = random.Random(seed)
    shell = components_by_id(app.app.layout)
    callbacks = server_callbacks(app.app)
    by_page = {p.PATH: p for p in pages.PAGES}
    router_key, _ = next(
        (k, cb) for k, cb in callbacks.items()
        if any(s["id"] in shell and type(shell[s["id"]]).__name__ == "Location"
               and s["property"] == "pathname" for s in cb["inputs"]))
    loads = []
    for _ in range(STATES_PER_KIND["page load"]):
        page = rng.choice(pages.PAGES)
        loads.append(page.PATH + random_search(page, rng))
    mix = Mix(loads, {})
    pool: dict[str, list[str]] = {}
    for kind, (path, name) in KIND_CALLBACK.items():
        page = by_page[path]
        if path not in pool:
            pool[path] = [random_search(page, rng) for _ in range(SEARCHES_PER_PAGE)]
        mix.templates[kind] = []
        for search in ("", "?lang=en"):
            comps = {**shell, **components_by_id(page.layout(search))}
            ctx = Context(page, path, search, comps)
            key, cb = next((k, c) for k, c in callbacks.items()
                           if c["callback"].__name__ == name and k != router_key
                           and all(ctx.has(s["id"]) for s in c["inputs"] + c["state"]))
            body = _body(key, cb, ctx, rng)
            options, search_inputs, listed = {}, [], set()
            for i, spec in enumerate(cb["inputs"]):
                comp = comps.get(spec["id"])
                if spec["property"] == "search":
                    search_inputs.append(i)
                elif spec["property"] == "value" and comp is not None:
                    values = _options_values(comp)
                    if values:
                        options[i] = values
                        if isinstance(getattr(comp, "value", None), list):
                            listed.add(i)
            mix.templates[kind].append(Template(page, body, options, search_inputs, listed,
                                                pool[path]))
            if kind == "benchmark result" and not mix.answer_items:
                config = next(v for v in comps.values()
                              if isinstance(getattr(v, "data", None), dict)
                              and "items" in v.data)
                mix.answer_items = len(config.data["items"])
    return mix


def vary(template: Template, rng: random.Random) -> dict:
    """The template's body with every control at a random value of its options (a random
    state of the page) and the page's URL search one of the page's random URL states."""
    body = json.loads(json.dumps(template.body))
    changed = []
    for i, values in template.options.items():
        item = body["inputs"][i]
        if i in template.listed:
            item["value"] = rng.sample(values, rng.randint(1, len(values)))
        else:
            item["value"] = rng.choice(values)
        changed.append(f"{item['id']}.{item['property']}")
    for i in template.search_inputs:
        item = body["inputs"][i]
        item["value"] = rng.choice(template.searches)
        changed.append(f"{item['id']}.{item['property']}")
    if changed:
        body["changedPropIds"] = [rng.choice(changed)]
    return body


def fresh_answers(rng: random.Random, items: int) -> str:
    """A new set of answers as the form submits them: 1-5, "x" (don't know) or "" (skipped)."""
    tokens = [rng.choice("12345") if rng.random() < 0.88 else rng.choice(("x", ""))
              for _ in range(items)]
    return ",".join(tokens).rstrip(",")


class Target:
    """What a mix user asks of one server."""

    name = ""
    health_path = ""  # what the health prober asks for

    def request_for(self, kind: str, rng: random.Random) -> list[tuple[str, str, str, dict | None]]:
        raise NotImplementedError


class DashboardTarget(Target):
    name = "dashboard"
    health_path = "/healthz"

    def __init__(self, mix: Mix) -> None:
        self.mix = mix

    def request_for(self, kind, rng):
        if kind == "healthz":
            return [("healthz", "GET", "/healthz", None)]
        if kind == "page load":
            path = rng.choice(self.mix.page_loads)
            return [("page", "GET", path, None),
                    ("_dash-layout", "GET", "/_dash-layout", None, path),
                    ("_dash-dependencies", "GET", "/_dash-dependencies", None)]
        body = vary(rng.choice(self.mix.templates[kind]), rng)
        if kind == "benchmark result":
            body["inputs"][0]["value"] = fresh_answers(rng, self.mix.answer_items)
            body["changedPropIds"] = [f"{body['inputs'][0]['id']}.data"]
        return [(kind, "POST", CALLBACK_PATH, body)]


class BaselineTarget(Target):
    """The plain Dash baseline: its one callback with random dropdown values."""

    name = "baseline"
    health_path = "/_dash-dependencies"  # it has no health check: its cheapest answer

    def __init__(self, base: str) -> None:
        with urllib.request.urlopen(f"{base}/_dash-dependencies", timeout=30) as r:
            deps = json.load(r)
        with urllib.request.urlopen(f"{base}/_dash-layout", timeout=30) as r:
            layout = json.load(r)
        self.options: dict[str, list] = {}

        def walk(node):
            if isinstance(node, dict):
                props = node.get("props", {})
                if "id" in props and isinstance(props.get("options"), list):
                    self.options[props["id"]] = [o["value"] if isinstance(o, dict) else o
                                                 for o in props["options"]]
                for value in props.values():
                    walk(value)
            elif isinstance(node, list):
                for value in node:
                    walk(value)

        walk(layout)
        self.callbacks = [d for d in deps if not d.get("clientside_function")]

    def _callback(self, rng):
        dep = rng.choice(self.callbacks)
        outputs = [dict(zip(("id", "property"), o.rsplit(".", 1)))
                   for o in dep["output"].strip(".").split("...")]
        inputs = [{"id": i["id"], "property": i["property"],
                   "value": rng.choice(self.options.get(i["id"], [None]))}
                  for i in dep["inputs"]]
        return {"output": dep["output"], "outputs": outputs if len(outputs) > 1 else outputs[0],
                "inputs": inputs, "state": [], "changedPropIds": [
                    f"{inputs[0]['id']}.{inputs[0]['property']}"]}

    def request_for(self, kind, rng):
        if kind == "healthz":
            return [("healthz", "GET", "/_dash-dependencies", None)]
        if kind == "page load":
            return [("page", "GET", "/", None),
                    ("_dash-layout", "GET", "/_dash-layout", None),
                    ("_dash-dependencies", "GET", "/_dash-dependencies", None),
                    ("router callback", "POST", CALLBACK_PATH, self._callback(rng))]
        return [(kind, "POST", CALLBACK_PATH, self._callback(rng))]


class MixUser:
    def __init__(self, n: int, base: str, target: Target, rec: Recorder, stop: float,
                 start_at: float, seed: int) -> None:
        self.rng = random.Random(seed * 100_003 + n)
        self.conn = Connection(base, rec)
        self.target, self.stop, self.start_at = target, stop, start_at

    async def run(self) -> None:
        await asyncio.sleep(max(0.0, self.start_at - time.monotonic()))
        kinds, weights = zip(*MIX)
        while time.monotonic() < self.stop:
            kind = self.rng.choices(kinds, weights)[0]
            for label, method, path, body, *referer in self.target.request_for(kind, self.rng):
                await self.conn.request(label, method, path, body, *referer)
        self.conn.close()


def run_mix(base: str, target: Target, users: int, seconds: float, seed: int
            ) -> tuple[Recorder, float, list[float | None]]:
    """The users' requests, and the health probes of a separate process meanwhile."""
    rec = Recorder()
    with ProcessPoolExecutor(1, mp_context=multiprocessing.get_context("fork")) as prober:
        begin = time.monotonic()
        probes = prober.submit(probe, base + target.health_path, seconds)
        ramp = min(RAMP_SECONDS, seconds / 4)
        asyncio.run(_all([MixUser(i, base, target, rec, begin + seconds,
                                  begin + ramp * i / users, seed) for i in range(users)]))
        elapsed = time.monotonic() - begin
        return rec, elapsed, probes.result()


def probe(url: str, seconds: float) -> list[float | None]:
    """A health checker's view: GET `url` on a new connection every PROBE_INTERVAL seconds
    (a process of its own, so the users' event loop does not delay it); ms per probe, None
    for a failed one (not 200, or no answer within PROBE_TIMEOUT seconds)."""
    found: list[float | None] = []
    stop = time.monotonic() + seconds
    while time.monotonic() < stop:
        started = time.perf_counter()
        try:
            with urllib.request.urlopen(url, timeout=PROBE_TIMEOUT) as response:
                response.read()
                ok = response.status == 200
        except OSError:
            ok = False
        ms = (time.perf_counter() - started) * 1000
        found.append(ms if ok else None)
        time.sleep(max(0.0, PROBE_INTERVAL - ms / 1000))
    return found


# ------------------------------------------------------------------------------ servers

def tree_cpu_seconds(pid: int) -> float:
    """CPU time (user + system) of the process `pid` and its descendants: those alive, and
    those that ended and were waited for by one of them (gunicorn's replaced workers)."""
    parents: dict[int, int] = {}
    times: dict[int, float] = {}
    tick = os.sysconf("SC_CLK_TCK")
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            fields = (entry / "stat").read_text().rpartition(")")[2].split()
        except OSError:
            continue
        parents[int(entry.name)] = int(fields[1])
        # utime, stime, and cutime, cstime: the waited-for children's
        times[int(entry.name)] = sum(int(f) for f in fields[11:15]) / tick
    tree, grown = {pid}, True
    while grown:
        found = {child for child, parent in parents.items() if parent in tree} - tree
        tree |= found
        grown = bool(found)
    return sum(times.get(p, 0.0) for p in tree)


def _wait(url: str, process: subprocess.Popen, log: Path) -> None:
    deadline = time.monotonic() + 90
    while True:
        try:
            with urllib.request.urlopen(url, timeout=5) as response:
                if response.status == 200:
                    return
        except OSError:
            pass
        if process.poll() is not None or time.monotonic() > deadline:
            raise RuntimeError(f"server did not start: {log.read_text()[-2000:]}")
        time.sleep(0.3)


class Server:
    """A server process started for the run (terminated on exit)."""

    def __init__(self, command: list[str], env: dict, cwd: Path, health: str) -> None:
        self.tmp = Path(tempfile.mkdtemp(prefix="ibo-load-"))
        self.tmp.chmod(0o755)
        self.command, self.env, self.cwd, self.health = command, env, cwd, health
        self.log = self.tmp / "server.log"

    def __enter__(self) -> Server:
        with self.log.open("w") as out:
            self.process = subprocess.Popen(self.command, cwd=self.cwd, env=self.env,
                                            stdout=out, stderr=subprocess.STDOUT)
        _wait(self.health, self.process, self.log)
        time.sleep(2)  # every worker forked and idle
        return self

    def __exit__(self, *exc) -> None:
        if self.process.poll() is None:
            self.process.send_signal(signal.SIGTERM)
            try:
                self.process.wait(timeout=30)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
        shutil.rmtree(self.tmp, ignore_errors=True)


def dashboard_server(workers: int) -> tuple[Server, str]:
    port, app_port, health_port = free_port(), free_port(), free_port()
    server = Server(["bash", "scripts/serve.sh"], {
        **os.environ, "IBO_NO_INSTALL": "1", "VENV": sys.prefix, "HOST": "127.0.0.1",
        "PORT": str(port), "IBO_APP_PORT": str(app_port), "IBO_HEALTH_PORT": str(health_port),
        "IBO_WORKERS": str(workers), "PYTHONPATH": str(ROOT)}, ROOT,
        f"http://127.0.0.1:{port}/healthz")
    server.env["IBO_RUN_DIR"] = str(server.tmp / "run")
    return server, f"http://127.0.0.1:{port}"


def baseline_server(workers: int, baseline: Path) -> tuple[Server, str]:
    port = free_port()
    gunicorn = str(Path(sys.executable).with_name("gunicorn"))
    server = Server([gunicorn, f"{baseline.stem}:server", "--chdir", str(baseline.parent),
                     "-b", f"127.0.0.1:{port}", "-w", str(workers), "--threads", "4"],
                    {**os.environ}, baseline.parent, f"http://127.0.0.1:{port}/")
    return server, f"http://127.0.0.1:{port}"


# ------------------------------------------------------------------------------ report

@dataclass
class Line:
    target: str
    users: int
    requests: int
    rps: float
    p50: float
    p95: float
    p99: float
    errors: int
    health_p95: float
    health_max: float
    kinds: dict[str, tuple[int, float, float]]
    probes: int = 0                      # health probes of the separate prober process
    probe_failures: int = 0
    probe_p95: float = float("nan")
    probe_max: float = float("nan")
    server_cpu: float = float("nan")     # CPUs the server's processes used (of the machine's)
    generator_cpu: float = float("nan")  # CPUs the load generator used


def summarise(target: str, users: int, rec: Recorder, elapsed: float) -> Line:
    every = [ms for values in rec.times.values() for ms in values]
    health = rec.times.get("healthz", [])
    return Line(target, users, len(every), len(every) / elapsed, pct(every, 50),
                pct(every, 95), pct(every, 99), len(rec.errors), pct(health, 95),
                max(health, default=float("nan")),
                {k: (len(v), pct(v, 50), pct(v, 95)) for k, v in rec.times.items()})


def print_lines(lines: list[Line]) -> None:
    print(f"{'target':<10} {'users':>5} {'requests':>8} {'req/s':>7} {'p50':>7} {'p95':>7} "
          f"{'p99':>7} {'errors':>6} {'probe p95':>9} {'probe max':>9} {'failed':>6}"
          f" {'server CPUs':>11} {'CPU ms/req':>10} {'generator CPUs':>14}")
    for ln in lines:
        print(f"{ln.target:<10} {ln.users:>5} {ln.requests:>8} {ln.rps:>7.1f} {ln.p50:>7.1f} "
              f"{ln.p95:>7.1f} {ln.p99:>7.1f} {ln.errors:>6} {ln.probe_p95:>9.1f} "
              f"{ln.probe_max:>9.1f} {ln.probe_failures:>3}/{ln.probes:<3}"
              f"{ln.server_cpu:>11.2f} {1000 * ln.server_cpu / ln.rps:>10.1f} "
              f"{ln.generator_cpu:>14.2f}")
    print("(latencies in ms; probe: a health checker in its own process, a new connection "
          f"every {PROBE_INTERVAL:g} s, the dashboard's /healthz, the baseline's "
          "/_dash-dependencies; CPU from /proc: the server's process tree and the "
          "generator, in CPUs of the machine's 2)")
    kinds = list(dict.fromkeys(k for ln in lines for k in ln.kinds))
    print("\nper request kind: count / p50 / p95 (ms)")
    print(f"{'kind':<20}" + "".join(f" {ln.target[:4]}@{ln.users:<12}" for ln in lines))
    for kind in kinds:
        cells = []
        for ln in lines:
            n, p50, p95 = ln.kinds.get(kind, (0, float("nan"), float("nan")))
            cells.append(f" {n:>5}/{p50:>5.0f}/{p95:>5.0f}")
        print(f"{kind:<20}" + "".join(f"{c:<18}" for c in cells))


def verdicts(lines: list[Line]) -> None:
    print("\nbudgets (dashboard):")
    for ln in lines:
        if ln.target != "dashboard":
            continue
        print(f"  {ln.users} users: {ln.rps:.1f} req/s (>= {BUDGET_RPS:g}: "
              f"{'OK' if ln.rps >= BUDGET_RPS else 'OVER BUDGET'}); "
              f"p95 {ln.p95:.1f} ms" + (f" (< {BUDGET_P95_MS:g}: "
                                          f"{verdict(ln.p95, BUDGET_P95_MS)})"
                                          if ln.users <= 50 else "")
              + f"; errors {ln.errors} ({'OK' if not ln.errors else 'OVER BUDGET'}); "
              f"/healthz max {ln.probe_max:.1f} ms ({verdict(ln.probe_max, BUDGET_HEALTH_MS)}; "
              f"prober, {ln.probe_failures} of {ln.probes} failed), in the mix max "
              f"{ln.health_max:.1f} ms")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--users", type=int, nargs="+", default=[50, 200])
    parser.add_argument("--seconds", type=float, default=60)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--seed", type=int, default=15)
    parser.add_argument("--no-baseline", action="store_true")
    parser.add_argument("--baseline", type=Path, default=BASELINE,
                        help="the baseline app (default: ../shared/bench/baseline_app.py)")
    parser.add_argument("--no-cache-friendly", action="store_true")
    args = parser.parse_args()
    header(f"bench/load.py: realistic mix, users {args.users}, {args.seconds:g} s each, "
           f"{args.workers} workers, seed {args.seed}, loopback")
    mix = realistic_mix(args.seed)
    print("mix: " + ", ".join(f"{k} {w:.0%}" for k, w in MIX))
    print(f"page loads: {len(mix.page_loads)} random page states; callbacks: every control "
          f"at a random option per request; benchmark form: {mix.answer_items} statements\n")
    lines: list[Line] = []
    targets = [("dashboard", dashboard_server)]
    if not args.no_baseline:
        baseline = (ROOT / args.baseline).resolve()
        if not baseline.exists():
            raise SystemExit(f"error: the baseline app is missing: {baseline}")
        targets.append(("baseline", lambda workers: baseline_server(workers, baseline)))
    for users in args.users:
        for name, start in targets:  # interleaved: the machine's noise hits both
            server, base = start(args.workers)
            with server:
                target = DashboardTarget(mix) if name == "dashboard" else BaselineTarget(base)
                server_before, own_before = tree_cpu_seconds(server.process.pid), \
                    time.process_time()
                rec, elapsed, probes = run_mix(base, target, users, args.seconds, args.seed)
                server_used = tree_cpu_seconds(server.process.pid) - server_before
                own_used = time.process_time() - own_before
            line = summarise(name, users, rec, elapsed)
            line.server_cpu, line.generator_cpu = server_used / elapsed, own_used / elapsed
            answered = [ms for ms in probes if ms is not None]
            line.probes, line.probe_failures = len(probes), len(probes) - len(answered)
            line.probe_p95 = pct(answered, 95)
            line.probe_max = max(answered, default=float("nan"))
            lines.append(line)
            print(f"  {name} {users} users: {line.rps:.1f} req/s, p95 {line.p95:.1f} ms, "
                  f"errors {line.errors}" + (f" ({rec.errors[0]})" if rec.errors else ""),
                  flush=True)
    print()
    print_lines(lines)
    verdicts(lines)
    if not args.no_cache_friendly:
        print("\n== cache-friendly mix (50 users, think 1-5 s, dashboard)")
        sc = scenario()
        server, base = dashboard_server(args.workers)
        with server:
            rec, elapsed = run_cache_friendly(base, sc, 50, args.seconds, (1.0, 5.0))
        every = [ms for values in rec.times.values() for ms in values]
        print(f"{len(every)} requests, {len(every) / elapsed:.1f} req/s, p50 "
              f"{pct(every, 50):.1f} ms, p95 {pct(every, 95):.1f} ms, errors {len(rec.errors)}")


if __name__ == "__main__":
    main()
