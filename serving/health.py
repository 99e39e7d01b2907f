"""GET /healthz: 200 {"status": "ok", ...} when every aggregate loads and validates, else 503.

Two ways to ask:
- the app's own route (Flask), e.g. when gunicorn is reached directly (scripts/run.sh, tests);
- behind nginx (scripts/serve.sh): a listener thread in gunicorn's master (`start_listener`,
  started by gunicorn.conf.py's when_ready when IBO_HEALTH_BIND is set); nginx sends /healthz
  there. The master loaded and validated the app before forking (preload_app) and is
  otherwise idle, so the answer waits neither in a worker's thread pool nor for a busy
  worker's interpreter lock (in a worker thread it took 0.1-0.7 s at 50 busy users). It is 503
  when the aggregates no longer validate or no worker is running (gunicorn itself restarts a
  worker that stops answering its heartbeat).
"""

from __future__ import annotations

import json
import logging
import threading
from collections.abc import Callable
from http.server import BaseHTTPRequestHandler, HTTPServer

from flask import Flask, jsonify

from data import load

META_KEYS = ("edition", "synthetic", "built_at", "pipeline_version")
log = logging.getLogger(__name__)


def status(workers: Callable[[], int] | None = None) -> tuple[int, dict]:
    """(HTTP status, body) of the health check; `workers`: running workers (master only)."""
    if workers is not None and workers() < 1:
        return 503, {"status": "unavailable"}
    try:
        load.check_all()
        meta = load.meta()
    except Exception as exc:  # noqa: BLE001  (any failure means: not ready)
        log.error("health check failed: %s", str(exc).splitlines()[0] if str(exc) else exc)
        return 503, {"status": "unavailable"}
    return 200, {"status": "ok", **{k: meta[k] for k in META_KEYS if k in meta}}


def install(server: Flask) -> None:
    @server.get("/healthz")
    def healthz():
        code, body = status()
        response = jsonify(body)
        response.status_code = code
        response.headers["Cache-Control"] = "no-store"
        return response


class _Handler(BaseHTTPRequestHandler):
    timeout = 5  # seconds for a request to arrive (only nginx talks to this socket)
    protocol_version = "HTTP/1.0"
    server_version = ""
    sys_version = ""

    def do_GET(self):
        if self.path.split("?", 1)[0] != "/healthz":
            code, body = 404, {"status": 404, "error": "Not found"}
        else:
            code, body = status(self.server.workers)
        data = json.dumps(body).encode()
        self.send_response_only(code)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        self.send_header("Cache-Control", "no-store")
        self.end_headers()
        self.wfile.write(data)

    def log_message(self, format, *args):  # health probes are not logged
        pass


class _HealthServer(HTTPServer):
    workers: Callable[[], int] | None = None


def start_listener(address: str, workers: Callable[[], int] | None = None) -> HTTPServer:
    """Serve GET /healthz on `address` ("host:port") from a daemon thread of this process."""
    host, _, port = address.rpartition(":")
    server = _HealthServer((host.strip("[]") or "127.0.0.1", int(port)), _Handler)
    server.workers = workers
    threading.Thread(target=server.serve_forever, name="healthz", daemon=True).start()
    return server
