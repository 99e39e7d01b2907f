"""GET /healthz: 200 {"status": "ok", ...} when every aggregate loads and validates, else 503.

Two ways to ask:
- the app's own route (Flask), e.g. when gunicorn is reached directly (scripts/run.sh, tests);
- behind nginx (scripts/serve.sh): a listener thread in every gunicorn worker
  (`start_listener`, started by gunicorn.conf.py when IBO_HEALTH_BIND is set). All workers
  bind the same loopback address (SO_REUSEPORT); nginx sends /healthz there. The answer comes
  from the worker's loaded app, but does not wait in the worker's thread pool behind page
  requests (at 50 busy users the Flask route took 0.7-1 s, the listener a few ms).
"""

from __future__ import annotations

import json
import logging
import socket
import threading
from http.server import BaseHTTPRequestHandler, HTTPServer

from flask import Flask, jsonify

from data import load

META_KEYS = ("edition", "synthetic", "built_at", "pipeline_version")
log = logging.getLogger(__name__)


def status() -> tuple[int, dict]:
    """(HTTP status, body) of the health check."""
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
            code, body = status()
        data = json.dumps(body).encode()
        self.send_response_only(code)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        self.send_header("Cache-Control", "no-store")
        self.end_headers()
        self.wfile.write(data)

    def log_message(self, format, *args):  # health probes are not logged
        pass


class _ReusePortServer(HTTPServer):
    def server_bind(self):
        self.socket.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEPORT, 1)
        super().server_bind()


def start_listener(address: str) -> HTTPServer:
    """Serve GET /healthz on `address` ("host:port") from a daemon thread of this process."""
    host, _, port = address.rpartition(":")
    server = _ReusePortServer((host.strip("[]") or "127.0.0.1", int(port)), _Handler)
    threading.Thread(target=server.serve_forever, name="healthz", daemon=True).start()
    return server
