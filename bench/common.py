"""Shared helpers of the bench/ scripts: the machine, statistics, and realistic callback payloads.

Payloads are discovered, never listed by hand, so a new page or callback is covered as soon as
it exists:
- pages come from `pages.PAGES`; each page's URL state class (a QueryState subclass the page
  module uses) gives the states to render: the default, `lang=en`, every allowed value of each
  parameter (a few per parameter), and some seeded random combinations. Free-form parameters
  (no list of allowed values) get values from a small pool of candidates, kept only when the
  page accepts them without a notice;
- callbacks come from the app's callback map (server-side ones only); their Input/State values
  are read from the rendered layouts (a dcc.Location gets the page's path and query), and each
  Input is varied over its own `options` (other values) and clicked (n_clicks=1).
The bodies are exactly what the browser posts to /_dash-update-component.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import platform
import random
import statistics
import subprocess
import sys
from dataclasses import dataclass, field
from importlib import metadata
from pathlib import Path
from types import ModuleType
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
# The repository first: bench/callbacks.py must not shadow the app's callbacks package.
sys.path[:] = [str(ROOT)] + [p for p in sys.path if Path(p or ".").resolve() != ROOT]

CALLBACK_PATH = "/_dash-update-component"
BROWSER_ENCODING = "gzip, deflate, br, zstd"  # what Chromium sends
PER_PARAM = 4        # allowed values per URL parameter (spread over the list)
COMBINATIONS = 6     # random multi-parameter states per page
PER_INPUT = 6        # option values per Input and state
MAX_BODIES = 60     # request bodies per callback and page (spread over its states)
UNKNOWN_PATH = "/bestaat-niet"  # the router's 404 page


# ------------------------------------------------------------------------- the machine

def _cpu_model() -> str:
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or "unknown"


def _ram_gib() -> float:
    for line in Path("/proc/meminfo").read_text().splitlines():
        if line.startswith("MemTotal:"):
            return int(line.split()[1]) / 1024 / 1024
    return float("nan")


def versions(*names: str) -> str:
    out = []
    for name in names:
        try:
            out.append(f"{name} {metadata.version(name)}")
        except metadata.PackageNotFoundError:
            out.append(f"{name} -")
    return ", ".join(out)


def machine() -> str:
    """One paragraph: when, where, on what (print it above every set of figures)."""
    load = " ".join(f"{x:.2f}" for x in os.getloadavg())
    try:
        chromium = subprocess.run(["/usr/bin/chromium", "--version"], capture_output=True,
                                  text=True, timeout=20).stdout.strip()
    except (OSError, subprocess.SubprocessError):
        chromium = "-"
    return "\n".join([
        f"measured {dt.datetime.now().astimezone():%Y-%m-%d %H:%M %Z}; "
        f"{os.cpu_count()} CPUs ({_cpu_model()}), {_ram_gib():.1f} GiB RAM, "
        f"load average {load} (shared machine)",
        f"Python {platform.python_version()} on {platform.platform(terse=True)}; "
        + versions("dash", "plotly", "pandas", "numpy", "pyarrow", "flask", "flask-compress",
                   "gunicorn", "dash-bootstrap-components") + f"; {chromium}",
    ])


def header(title: str) -> None:
    print(f"== {title}")
    print(machine())
    print()


# -------------------------------------------------------------------------- statistics

def pct(values: list[float], p: float) -> float:
    """The p-th percentile (0-100), linear interpolation (numpy's default)."""
    data = sorted(values)
    if not data:
        return float("nan")
    k = (len(data) - 1) * p / 100
    lo = int(k)
    hi = min(lo + 1, len(data) - 1)
    return data[lo] + (data[hi] - data[lo]) * (k - lo)


def summary(values: list[float]) -> dict[str, float]:
    return {"n": len(values), "median": statistics.median(values) if values else float("nan"),
            "p95": pct(values, 95), "p99": pct(values, 99), "max": max(values, default=0.0)}


def verdict(value: float, budget: float) -> str:
    return "OK" if value < budget else "OVER BUDGET"


# ------------------------------------------------------------------------- page states

def state_classes(page: ModuleType) -> list[type]:
    """The QueryState subclasses a page uses, in its package's state.py or its module
    (QueryState itself when it has none)."""
    from components.state import QueryState

    state = getattr(page, "state", None)
    spaces = [vars(page), *([vars(state)] if isinstance(state, ModuleType) else [])]
    found = [v for space in spaces for v in space.values() if isinstance(v, type)
             and issubclass(v, QueryState) and v is not QueryState]
    return list(dict.fromkeys(found)) or [QueryState]


def _spread(values: list, k: int) -> list:
    """At most k values evenly spread over the list (first and last included)."""
    if len(values) <= k:
        return list(values)
    step = (len(values) - 1) / (k - 1)
    return [values[round(i * step)] for i in range(k)]


def _freeform_pool(rng: random.Random) -> list[str]:
    """Candidate values for parameters without a list of allowed values."""
    pool = []
    for length in (3, 8, 13, 20):
        pool.append(",".join(rng.choice("12345") for _ in range(length)))
        pool.append(",".join(rng.choice("12345x") for _ in range(length)))
    pool += ["1", "3", "5", "0.5", "2021", "a"]
    return pool


def searches(page: ModuleType, seed: int = 7) -> list[str]:
    """Query strings of distinct, valid states of the page (default first)."""
    from urllib.parse import urlencode

    rng = random.Random(seed)
    out = ["", "?lang=en"]
    for cls in state_classes(page):
        choices: dict[str, list[str]] = {}
        for param in cls.params():
            if param.name == "lang":
                continue
            if param.allowed is None:
                values = [v for v in _freeform_pool(rng)
                          if not cls.from_query(urlencode({param.key: v}))[1]]
            elif param.multi:
                allowed = [str(v) for v in param.allowed]
                values = [allowed[0], ",".join(allowed[:2]), ",".join(allowed[-2:])]
            else:
                values = [str(v) for v in param.allowed if v != param.default]
            choices[param.key] = values
            out += ["?" + urlencode({param.key: v}, safe=",")
                    for v in _spread(values, PER_PARAM)]
        names = [n for n, v in choices.items() if v]
        for _ in range(COMBINATIONS if names else 0):
            picked = rng.sample(names, k=min(len(names), rng.randint(2, 3)))
            query = {n: rng.choice(choices[n]) for n in picked}
            if rng.random() < 0.3:
                query["lang"] = "en"
            out.append("?" + urlencode(query, safe=","))
    # keep the states the page accepts (a notice means the value fell back to a default)
    valid = []
    for search in dict.fromkeys(out):
        if all(not cls.from_query(search)[1] for cls in state_classes(page)):
            valid.append(search)
    return valid


# ---------------------------------------------------------------------- the components

def _id_key(id_: Any) -> str:
    from dash._utils import stringify_id

    return stringify_id(id_)


def components_by_id(tree) -> dict[str, Any]:
    """Every component with an id in a layout tree, by stringified id."""
    from dash.development.base_component import Component

    found: dict[str, Any] = {}
    if isinstance(tree, Component):
        nodes = [tree, *tree._traverse()]
    else:
        nodes = list(tree)
    for node in nodes:
        if isinstance(node, Component) and getattr(node, "id", None) is not None:
            found[_id_key(node.id)] = node
    return found


def jsonable(value: Any) -> Any:
    """A prop value as the browser holds it (components as their JSON form)."""
    from dash._utils import to_json

    return json.loads(to_json(value))


def _matches(pattern: dict, id_: Any) -> bool:
    """The component id is one the callback's pattern names (the app's own rule)."""
    from serving.shell import matches

    return matches(id_, pattern)


@dataclass
class Context:
    """A rendered state: the page, its query, and every component by id."""

    page: ModuleType | None
    path: str
    search: str
    components: dict[str, Any]

    def value(self, id_str: str, prop: str) -> Any:
        comp = self.components[id_str]
        if type(comp).__name__ == "Location":
            return {"pathname": self.path, "search": self.search, "hash": "",
                    "href": f"http://127.0.0.1:8050{self.path}{self.search}"}.get(
                prop, getattr(comp, prop, None))
        return jsonable(getattr(comp, prop, None))

    def has(self, id_str: str) -> bool:
        if id_str.startswith("{"):
            pattern = json.loads(id_str)
            return any(_matches(pattern, getattr(c, "id", None))
                       for c in self.components.values()) or _is_all(pattern)
        return id_str in self.components

    def item(self, spec: dict) -> Any:
        """One entry of a request's inputs/state list (a list for ALL wildcards)."""
        id_str, prop = spec["id"], spec["property"]
        if id_str.startswith("{"):
            pattern = json.loads(id_str)
            hits = [c for c in self.components.values()
                    if _matches(pattern, getattr(c, "id", None))]
            items = [{"id": c.id, "property": prop, "value": jsonable(getattr(c, prop, None))}
                     for c in hits]
            return items if _is_all(pattern) else items[0]
        return {"id": id_str, "property": prop, "value": self.value(id_str, prop)}


def _is_all(pattern: dict) -> bool:
    return any(v == ["ALL"] or v == ["ALLSMALLER"] for v in pattern.values())


def contexts(app_module: ModuleType, pages_module: ModuleType) -> list[Context]:
    """Every page in every discovered state, with the shell's components."""
    shell = components_by_id(app_module.app.layout)
    out = []
    for page in pages_module.PAGES:
        for search in searches(page):
            comps = dict(shell)
            comps.update(components_by_id(page.layout(search)))
            out.append(Context(page, page.PATH, search, comps))
    return out


# ------------------------------------------------------------------------ the payloads

@dataclass
class Payload:
    callback: str          # the callback's output key (its name in the callback map)
    label: str             # function name
    page: str              # page path
    state: str             # what was varied
    body: dict = field(repr=False)


def output_spec(key: str) -> Any:
    from dash._utils import split_callback_id

    def fix(spec: dict) -> dict:
        if spec["id"].startswith("{"):
            return {"id": json.loads(spec["id"]), "property": spec["property"]}
        return spec

    spec = split_callback_id(key)
    return [fix(s) for s in spec] if isinstance(spec, list) else fix(spec)


def server_callbacks(app) -> dict[str, dict]:
    """The callbacks that run on the server (clientside ones have no Python function)."""
    return {k: v for k, v in app.callback_map.items() if "callback" in v}


def _options_values(component) -> list:
    options = getattr(component, "options", None)
    if options is None:
        return []
    if isinstance(options, dict):
        return list(options)
    values = []
    for option in options:
        if isinstance(option, dict):
            if not option.get("disabled"):
                values.append(option.get("value"))
        else:
            values.append(option)
    return values


def _variations(ctx: Context, spec: dict) -> list[tuple[str, Any]]:
    """(description, new value) for one Input: other options, or a click."""
    id_str, prop = spec["id"], spec["property"]
    if id_str.startswith("{") or id_str not in ctx.components:
        return []
    comp = ctx.components[id_str]
    current = getattr(comp, prop, None)
    if prop == "n_clicks":
        return [("click", (current or 0) + 1)]
    if prop != "value":
        return []
    values = _options_values(comp)
    if not values:
        return []
    if isinstance(current, list):  # a checklist: single options, all, none
        subsets = [[v] for v in values] + [values, []]
        return [(f"{id_str}={s}", s) for s in _spread(subsets, PER_INPUT) if s != current]
    return [(f"{id_str}={v}", v) for v in _spread([v for v in values if v != current],
                                                  PER_INPUT)]


def payloads_for(app, ctx_list: list[Context]) -> list[Payload]:
    """Request bodies for every server-side callback in every context it belongs to."""
    out: list[Payload] = []
    for key, cb in server_callbacks(app).items():
        name = cb["callback"].__name__
        specs = cb["inputs"] + cb["state"]
        for ctx in ctx_list:
            if not all(ctx.has(s["id"]) for s in specs):
                continue
            inputs = [ctx.item(s) for s in cb["inputs"]]
            state = [ctx.item(s) for s in cb["state"]]
            base = {"output": key, "outputs": output_spec(key), "inputs": inputs,
                    "state": state}
            where = ctx.search or "(default)"
            if not _prevented(app, key):
                out.append(Payload(key, name, ctx.path, f"{where} initial",
                                   {**base, "changedPropIds": []}))
            for i, spec in enumerate(cb["inputs"]):
                trigger = f"{spec['id']}.{spec['property']}"
                if not spec["id"].startswith("{"):
                    out.append(Payload(key, name, ctx.path, f"{where} {trigger}",
                                       {**base, "changedPropIds": [trigger]}))
                for label, value in _variations(ctx, spec):
                    changed = [dict(x) for x in inputs]
                    changed[i] = {**changed[i], "value": value}
                    out.append(Payload(key, name, ctx.path, f"{where} {label}",
                                       {**base, "inputs": changed, "changedPropIds": [trigger]}))
    return out


def _prevented(app, key: str) -> bool:
    for spec in app._callback_list:
        if spec.get("output") == key:
            return spec.get("prevent_initial_call") is True
    return False


def router_payloads(app, pages_module: ModuleType) -> list[Payload]:
    """The router's request for every page (in every discovered state) and a 404 path."""
    out = []
    for key, cb in server_callbacks(app).items():
        ids = {s["id"] for s in cb["inputs"]}
        shell = components_by_id(app.layout)
        locs = [i for i in ids if i in shell and type(shell[i]).__name__ == "Location"]
        if not locs:
            continue
        for page in pages_module.PAGES:
            for search in searches(page):
                ctx = Context(page, page.PATH, search, shell)
                body = {"output": key, "outputs": output_spec(key),
                        "inputs": [ctx.item(s) for s in cb["inputs"]],
                        "state": [ctx.item(s) for s in cb["state"]],
                        "changedPropIds": [f"{locs[0]}.pathname"]}
                out.append(Payload(key, cb["callback"].__name__, page.PATH,
                                   search or "(default)", body))
        ctx = Context(None, UNKNOWN_PATH, "", shell)
        out.append(Payload(key, cb["callback"].__name__, UNKNOWN_PATH, "(404 page)", {
            "output": key, "outputs": output_spec(key),
            "inputs": [ctx.item(s) for s in cb["inputs"]],
            "state": [ctx.item(s) for s in cb["state"]],
            "changedPropIds": [f"{locs[0]}.pathname"]}))
    return out


def cap(payloads: list[Payload], limit: int) -> list[Payload]:
    """At most `limit` bodies per (callback, page), spread over all its states."""
    groups: dict[tuple[str, str], list[Payload]] = {}
    for p in payloads:
        groups.setdefault((p.callback, p.page), []).append(p)
    return [p for group in groups.values() for p in _spread(group, limit)]


def all_payloads(app_module, pages_module, limit: int = MAX_BODIES
                 ) -> tuple[list[Payload], list[Payload]]:
    """(page callbacks, router callbacks); the router ones are kept apart (per page)."""
    ctx_list = contexts(app_module, pages_module)
    routers = router_payloads(app_module.app, pages_module)
    router_keys = {p.callback for p in routers}
    page_payloads = [p for p in payloads_for(app_module.app, ctx_list)
                     if p.callback not in router_keys]
    return cap(page_payloads, limit), cap(routers, limit)


# --------------------------------------------------------------------------- gunicorn

def free_port() -> int:
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Gunicorn:
    """`gunicorn -c gunicorn.conf.py app:server` on loopback, as scripts/serve.sh runs it.

    Used as a context manager; the access log goes to `log` (a path) or nowhere.
    """

    def __init__(self, workers: int = 2, threads: int | None = None, log: str | None = None,
                 root: Path = ROOT):
        self.root = Path(root)
        self.port = free_port()
        self.base = f"http://127.0.0.1:{self.port}"
        self.env = {**os.environ, "PORT": str(self.port), "HOST": "127.0.0.1",
                    "IBO_WORKERS": str(workers), "PYTHONPATH": str(self.root)}
        if threads:
            self.env["IBO_THREADS"] = str(threads)
        self.log = log
        self.expected_workers = workers
        self.process: subprocess.Popen | None = None

    def __enter__(self) -> Gunicorn:
        import time
        import urllib.request

        gunicorn = str(Path(sys.executable).with_name("gunicorn"))
        out = open(self.log, "w") if self.log else subprocess.DEVNULL
        self.process = subprocess.Popen([gunicorn, "-c", "gunicorn.conf.py", "app:server"],
                                        cwd=self.root, env=self.env, stdout=out,
                                        stderr=subprocess.STDOUT)
        deadline = time.monotonic() + 60
        while True:
            try:
                with urllib.request.urlopen(f"{self.base}/healthz", timeout=5) as response:
                    if response.status == 200 and \
                            len(self.workers()) >= self.expected_workers:
                        break
            except OSError:
                pass
            if self.process.poll() is not None or time.monotonic() > deadline:
                raise RuntimeError(f"gunicorn did not start (exit {self.process.poll()})")
            time.sleep(0.2)
        return self

    def workers(self) -> list[int]:
        """Pids of the worker processes (children of the master)."""
        assert self.process is not None
        try:
            text = Path(f"/proc/{self.process.pid}/task/{self.process.pid}/children").read_text()
        except OSError:
            return []
        return [int(p) for p in text.split()]

    def __exit__(self, *exc) -> None:
        if self.process and self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=30)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()


def memory_of(pid: int) -> dict[str, float]:
    """RSS, PSS and USS (private clean + dirty) of a process in MB, from smaps_rollup."""
    fields: dict[str, float] = {}
    for line in Path(f"/proc/{pid}/smaps_rollup").read_text().splitlines()[1:]:
        name, value = line.split(":", 1)
        fields[name] = int(value.split()[0]) / 1024
    return {"rss": fields["Rss"], "pss": fields["Pss"],
            "uss": fields["Private_Clean"] + fields["Private_Dirty"],
            "anon": fields.get("Anonymous", float("nan"))}


# ------------------------------------------------------------------- pages with charts

def _has_chart(value: Any) -> bool:
    """Whether a callback response (parsed JSON) holds a dcc.Graph with data."""
    if isinstance(value, dict):
        if value.get("type") == "Graph" and value.get("namespace") == "dash_core_components":
            figure = (value.get("props") or {}).get("figure") or {}
            if figure.get("data"):
                return True
        return any(_has_chart(v) for v in value.values())
    if isinstance(value, list):
        return any(_has_chart(v) for v in value)
    return False


def chart_search(app_module: ModuleType, pages_module: ModuleType, page: ModuleType) -> str | None:
    """The first discovered state of `page` that shows a chart when it loads (the default
    where it does; e.g. the benchmark draws one only for submitted answers): the router's
    response plus the page's initial callbacks, run in-process."""
    page_payloads, routers = all_payloads(app_module, pages_module, limit=10_000)
    client = app_module.app.server.test_client()
    for search in searches(page):
        state = search or "(default)"
        bodies = [p.body for p in routers if p.page == page.PATH and p.state == state]
        bodies += [p.body for p in page_payloads
                   if p.page == page.PATH and p.state == f"{state} initial"]
        for body in bodies:
            response = client.post(CALLBACK_PATH, json=body)
            if response.status_code == 200 and _has_chart(response.get_json()):
                return search
    return None
