"""Live-session load: 300 simulated participants answering within 60 s while one host screen
polls, against gunicorn with 2 workers, on the SQLite store and on Redis.

    .venv/bin/python bench/live.py [--participants 300] [--seconds 60] [--store both]

Per store: starts gunicorn (IBO_WORKERS=2) on a free loopback port with a fresh IBO_DATA_DIR
(and, for Redis, Debian's redis-server on a free port with IBO_REDIS_URL). The host creates a
room (POST /sessie/nieuw) and polls the host view every second as the browser does (POST the
host_view callback with the last shown version; 204 when nothing changed). Each participant
arrives at a uniform random moment in the first 75% of the window, loads the page (GET, the
router callback, the join callback), thinks 5-15 s (capped to end inside the window) and sends
its answers (the submit callback). Participants come from one address, like a venue's Wi-Fi.

Reported: answer latency p50/p95/max, join latency, host poll latency, host view lag (from an
answer's response to the first host poll that counts it: p95 and max), errors (any status
other than 200/204, a refused answer, a failed connection), the workers' CPU time.
Budget: answer p95 < 150 ms, 0 errors, host lag < 2 s.
"""

from __future__ import annotations

import argparse
import http.client
import json
import os
import random
import re
import shutil
import subprocess
import tempfile
import threading
import time
from pathlib import Path
from urllib.parse import urlsplit

from common import CALLBACK_PATH, Gunicorn, free_port, header, pct, verdict

from components import ids
from data import questionnaire as q

BUDGET_P95_MS = 150.0
BUDGET_LAG_S = 2.0
POLL_S = 1.0
COUNT_RE = re.compile(r"(\d+) deelnemers")


def _spec(key: str) -> dict:
    import app

    return app.app.callback_map[key]


def callback_keys() -> dict[str, str]:
    """Output key of each live-session server callback, by function name."""
    import app

    keys = {}
    for key, spec in app.app.callback_map.items():
        run = spec.get("callback")
        name = getattr(getattr(run, "__wrapped__", run), "__name__", None)
        if "sessie" in key and name in ("join", "submit", "host_view"):
            keys[name] = key
    return keys


def outputs(key: str):
    from dash._utils import split_callback_id

    out = []
    for s in split_callback_id(key):
        sid = json.loads(s["id"]) if s["id"].startswith("{") else s["id"]
        if isinstance(sid, dict):
            out.append([{"id": {"type": sid["type"], "item": i}, "property": s["property"]}
                        for i in q.SCALE_ITEMS])
        else:
            out.append({"id": sid, "property": s["property"]})
    return out


class Client:
    """One keep-alive HTTP connection."""

    def __init__(self, base: str) -> None:
        parts = urlsplit(base)
        self.conn = http.client.HTTPConnection(parts.hostname, parts.port, timeout=30)

    def request(self, method: str, path: str, body: dict | None = None,
                headers: dict | None = None) -> tuple[int, bytes, float, dict]:
        data = json.dumps(body).encode() if body is not None else None
        hdrs = {"Content-Type": "application/json"} if body is not None else {}
        hdrs.update(headers or {})
        start = time.perf_counter()
        self.conn.request(method, path, body=data, headers=hdrs)
        response = self.conn.getresponse()
        payload = response.read()
        return response.status, payload, time.perf_counter() - start, dict(response.getheaders())


class Run:
    def __init__(self, base: str, participants: int, seconds: float, seed: int) -> None:
        self.base, self.n, self.seconds = base, participants, seconds
        self.rng = random.Random(seed)
        self.keys = callback_keys()
        self.lock = threading.Lock()
        self.answer_ms: list[float] = []
        self.join_ms: list[float] = []
        self.page_ms: list[float] = []
        self.poll_ms: list[float] = []
        self.answered_at: list[float] = []   # monotonic time each answer's response arrived
        self.seen: list[tuple[float, int]] = []  # (time, count) of each host poll with news
        self.errors: list[str] = []
        self.stop = threading.Event()

    # --------------------------------------------------------------------------- host
    def create_room(self) -> tuple[str, str]:
        _, _, _, headers = self._post_form(Client(self.base))
        location = headers.get("Location", "")
        code = location.split("/")[2]
        token = location.split("#sleutel=", 1)[1]
        return code, token

    def _post_form(self, client: Client):
        start = time.perf_counter()
        client.conn.request("POST", "/sessie/nieuw", body=b"lang=nl",
                            headers={"Content-Type": "application/x-www-form-urlencoded"})
        response = client.conn.getresponse()
        payload = response.read()
        if response.status != 303:
            raise RuntimeError(f"room not created: {response.status}")
        return response.status, payload, time.perf_counter() - start, dict(response.getheaders())

    def host(self, code: str, token: str) -> None:
        client = Client(self.base)
        key = self.keys["host_view"]
        spec = _spec(key)
        shown = None
        tick = 0
        while not self.stop.is_set():
            tick += 1
            values = {(ids.SESSIE_INTERVAL, "n_intervals"): tick,
                      (ids.SESSIE_HOST_KEYS, "data"): token}
            inputs = [{**i, "value": values.get((i["id"], i["property"]))}
                      for i in spec["inputs"]]
            state = [{"id": ids.SESSIE_CONFIG, "property": "data",
                      "value": {"code": code, "role": "host", "lang": "nl"}},
                     {"id": ids.SESSIE_SHOWN, "property": "data", "value": shown}]
            body = {"output": key, "outputs": outputs(key), "inputs": inputs, "state": state,
                    "changedPropIds": [f"{ids.SESSIE_INTERVAL}.n_intervals"]}
            try:
                status, payload, elapsed, _ = client.request("POST", CALLBACK_PATH, body)
            except OSError as exc:
                self._error(f"host poll: {exc!r}")
                client = Client(self.base)
                continue
            now = time.monotonic()
            self.poll_ms.append(elapsed * 1000)
            if status == 200:
                props = json.loads(payload)["response"]
                shown = props[ids.SESSIE_SHOWN]["data"]
                match = COUNT_RE.search(json.dumps(props[ids.SESSIE_COUNT]))
                if match:
                    with self.lock:
                        self.seen.append((now, int(match.group(1))))
            elif status != 204:
                self._error(f"host poll status {status}")
            self.stop.wait(max(0.0, POLL_S - elapsed))

    # ---------------------------------------------------------------------- participant
    def participant(self, code: str, arrive: float, think: float, seed: int) -> None:
        rng = random.Random(seed)
        time.sleep(arrive)
        client = Client(self.base)
        device = f"bench-device-{seed:08d}-{rng.getrandbits(40):x}"
        config = {"code": code, "role": "participant", "lang": "nl"}
        try:
            start = time.perf_counter()
            status, _, _, _ = client.request("GET", f"/sessie/{code}")
            router = {"output": "..shell-page-container.children...shell-nav-bar.children..."
                                "shell-synthetic-banner.children...shell-skip-link.children..",
                      "outputs": [{"id": i, "property": "children"} for i in (
                          "shell-page-container", "shell-nav-bar", "shell-synthetic-banner",
                          "shell-skip-link")],
                      "inputs": [{"id": "shell-url-location", "property": "pathname",
                                  "value": f"/sessie/{code}"}],
                      "state": [{"id": "shell-url-location", "property": "search", "value": ""}],
                      "changedPropIds": ["shell-url-location.pathname"]}
            status2, _, _, _ = client.request("POST", CALLBACK_PATH, router)
            self.page_ms.append((time.perf_counter() - start) * 1000)
            key = self.keys["join"]
            body = {"output": key, "outputs": outputs(key),
                    "inputs": [{"id": ids.SESSIE_DEVICE, "property": "data", "value": device}],
                    "state": [{"id": ids.SESSIE_CONFIG, "property": "data", "value": config}],
                    "changedPropIds": [f"{ids.SESSIE_DEVICE}.data"]}
            status3, _, elapsed, _ = client.request("POST", CALLBACK_PATH, body)
            self.join_ms.append(elapsed * 1000)
            if (status, status2, status3) != (200, 200, 200):
                self._error(f"join statuses {status}, {status2}, {status3}")
                return
            time.sleep(think)
            client = Client(self.base)  # gunicorn closed the idle keep-alive (5 s); so do phones
            level = rng.choice([2, 3, 3, 4, 4, 4, 5])
            values = [str(min(5, max(1, level + rng.choice([-1, 0, 0, 1]))))
                      for _ in q.SCALE_ITEMS]
            key = self.keys["submit"]
            body = {"output": key, "outputs": outputs(key),
                    "inputs": [{"id": ids.SESSIE_SUBMIT, "property": "n_clicks", "value": 1}],
                    "state": [[{"id": {"type": ids.SESSIE_ANSWER_TYPE, "item": i},
                                "property": "value", "value": v}
                               for i, v in zip(q.SCALE_ITEMS, values)],
                              {"id": ids.SESSIE_SECTOR, "property": "value",
                               "value": rng.choice(["", "Gemeenten", "Waterschappen"])},
                              {"id": ids.SESSIE_DEVICE, "property": "data", "value": device},
                              {"id": ids.SESSIE_CONFIG, "property": "data", "value": config}],
                    "changedPropIds": [f"{ids.SESSIE_SUBMIT}.n_clicks"]}
            status, payload, elapsed, _ = client.request("POST", CALLBACK_PATH, body)
            done = time.monotonic()
            if status != 200 or b"opgeslagen" not in payload:
                self._error(f"answer status {status}: {payload[:120]!r}")
                return
            with self.lock:
                self.answer_ms.append(elapsed * 1000)
                self.answered_at.append(done)
        except OSError as exc:
            self._error(f"participant: {exc!r}")

    def _error(self, text: str) -> None:
        with self.lock:
            self.errors.append(text)

    # ------------------------------------------------------------------------------ run
    def go(self) -> dict:
        code, token = self.create_room()
        host = threading.Thread(target=self.host, args=(code, token), daemon=True)
        host.start()
        threads = []
        for i in range(self.n):
            arrive = self.rng.uniform(0, self.seconds * 0.75)
            think = min(self.rng.uniform(5, 15), self.seconds - arrive - 1)
            threads.append(threading.Thread(target=self.participant,
                                             args=(code, arrive, max(0.0, think), i),
                                             daemon=True))
        start = time.monotonic()
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        answered_in = time.monotonic() - start
        time.sleep(2.5)  # the host's last polls
        self.stop.set()
        host.join(timeout=10)
        return {"answered_in_s": answered_in, "lags": self.lags()}

    def lags(self) -> list[float]:
        """Per answer: seconds until a host poll first counted at least that many answers."""
        done = sorted(self.answered_at)
        lags = []
        for k, at in enumerate(done, start=1):
            seen = [t for t, count in self.seen if count >= k]
            lags.append((min(seen) - at) if seen else float("inf"))
        return lags


def cpu_seconds(pids: list[int]) -> float:
    tick = os.sysconf("SC_CLK_TCK")
    total = 0.0
    for pid in pids:
        try:
            fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
            total += (int(fields[11]) + int(fields[12])) / tick
        except OSError:
            pass
    return total


def redis_server(folder: str):
    binary = shutil.which("redis-server")
    if binary is None:
        raise SystemExit("redis-server is missing (apt-get install redis-server)")
    port = free_port()
    proc = subprocess.Popen([binary, "--port", str(port), "--bind", "127.0.0.1", "--save", "",
                             "--appendonly", "no", "--dir", folder],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    import redis

    client = redis.Redis(port=port)
    for _ in range(100):
        try:
            client.ping()
            return proc, f"redis://127.0.0.1:{port}/0"
        except redis.ConnectionError:
            time.sleep(0.05)
    proc.kill()
    raise SystemExit("redis-server did not start")


def bench(store: str, participants: int, seconds: float, seed: int) -> dict:
    folder = tempfile.mkdtemp(prefix="ibo-live-bench-")
    redis_proc = None
    env = {"IBO_DATA_DIR": folder}
    if store == "redis":
        redis_proc, url = redis_server(folder)
        env["IBO_REDIS_URL"] = url
    saved = {k: os.environ.get(k) for k in ("IBO_DATA_DIR", "IBO_REDIS_URL")}
    os.environ.update(env)
    if store == "sqlite":
        os.environ.pop("IBO_REDIS_URL", None)
    try:
        with Gunicorn(workers=2) as server:
            workers = server.workers()
            cpu_before = cpu_seconds(workers)
            run = Run(server.base, participants, seconds, seed)
            wall = time.monotonic()
            result = run.go()
            wall = time.monotonic() - wall
            cpu = cpu_seconds(workers) - cpu_before
    finally:
        for k, v in saved.items():
            if v is None:
                os.environ.pop(k, None)
            else:
                os.environ[k] = v
        if redis_proc:
            redis_proc.terminate()
            redis_proc.wait(timeout=10)
        shutil.rmtree(folder, ignore_errors=True)
    lags = result["lags"]
    return {"store": store, "answers": len(run.answer_ms), "errors": run.errors,
            "answer_p50": pct(run.answer_ms, 50), "answer_p95": pct(run.answer_ms, 95),
            "answer_max": max(run.answer_ms, default=float("nan")),
            "join_p95": pct(run.join_ms, 95), "page_p95": pct(run.page_ms, 95),
            "poll_p50": pct(run.poll_ms, 50), "poll_p95": pct(run.poll_ms, 95),
            "polls": len(run.poll_ms),
            "lag_p95": pct(lags, 95) if lags else float("nan"),
            "lag_max": max(lags, default=float("nan")),
            "answered_in_s": result["answered_in_s"], "cpu_s": cpu, "wall_s": wall}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--participants", type=int, default=300)
    parser.add_argument("--seconds", type=float, default=60.0)
    parser.add_argument("--store", choices=["sqlite", "redis", "both"], default="both")
    parser.add_argument("--seed", type=int, default=14)
    args = parser.parse_args()
    header(f"live sessions: {args.participants} participants in {args.seconds:.0f} s, "
           "one host screen, gunicorn 2 workers")
    stores = ["sqlite", "redis"] if args.store == "both" else [args.store]
    for store in stores:
        r = bench(store, args.participants, args.seconds, args.seed)
        print(f"-- store: {store}")
        print(f"answers stored: {r['answers']} of {args.participants} "
              f"(all in {r['answered_in_s']:.1f} s); errors: {len(r['errors'])} "
              f"{verdict(len(r['errors']), 1)}")
        for error in r["errors"][:5]:
            print(f"   {error}")
        print(f"answer latency ms: p50 {r['answer_p50']:.1f}, p95 {r['answer_p95']:.1f} "
              f"(budget < {BUDGET_P95_MS:.0f}: {verdict(r['answer_p95'], BUDGET_P95_MS)}), "
              f"max {r['answer_max']:.1f}")
        print(f"join callback p95 {r['join_p95']:.1f} ms; page (GET + router) p95 "
              f"{r['page_p95']:.1f} ms")
        print(f"host polls: {r['polls']}, p50 {r['poll_p50']:.1f} ms, p95 {r['poll_p95']:.1f} ms")
        print(f"host view lag s: p95 {r['lag_p95']:.2f}, max {r['lag_max']:.2f} "
              f"(budget < {BUDGET_LAG_S:.0f}: {verdict(r['lag_max'], BUDGET_LAG_S)})")
        print(f"server CPU (2 workers): {r['cpu_s']:.1f} s over {r['wall_s']:.0f} s "
              f"= {100 * r['cpu_s'] / r['wall_s']:.0f}% of one core")
        print()


if __name__ == "__main__":
    main()
