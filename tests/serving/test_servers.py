"""The real servers: gunicorn with gunicorn.conf.py and the development server of app.py.
No Server header (no version), and no query string or Referer in the access log."""

from __future__ import annotations

import logging
import os
import socket
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.request
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest
from werkzeug.serving import make_server

from serving.devserver import DevRequestHandler

REPO = Path(__file__).resolve().parents[2]
SECRET = "antwoord-geheim-42"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def status_of(url: str) -> int:
    try:
        return get(url)[0]
    except urllib.error.HTTPError as error:
        return error.code


def get(url: str, timeout: float = 10):
    request = urllib.request.Request(url, headers={"Referer": f"{url}&ref={SECRET}"})
    with urllib.request.urlopen(request, timeout=timeout) as response:
        return response.status, response.headers


@pytest.mark.slow
def test_gunicorn_sends_no_server_header_and_logs_no_query(tmp_path):
    port = free_port()
    log = tmp_path / "gunicorn.log"
    env = {**os.environ, "PORT": str(port), "HOST": "127.0.0.1", "IBO_WORKERS": "1",
           "IBO_THREADS": "8", "PYTHONPATH": str(REPO)}
    gunicorn = str(Path(sys.executable).with_name("gunicorn"))
    with log.open("w") as out:
        server = subprocess.Popen([gunicorn, "-c", "gunicorn.conf.py", "app:server"], cwd=REPO,
                                  env=env, stdout=out, stderr=subprocess.STDOUT)
    try:
        base = f"http://127.0.0.1:{port}"
        deadline = time.monotonic() + 30
        while True:  # wait for the socket without an HTTP request: the worker stays fresh
            try:
                socket.create_connection(("127.0.0.1", port), timeout=1).close()
                break
            except OSError:
                assert server.poll() is None and time.monotonic() < deadline, log.read_text()
                time.sleep(0.2)
        # A burst of first requests on a fresh worker: all served (Dash's own first-request
        # set-up is not thread-safe; the warm-up in the master did it before the fork).
        bundle = f"{base}/_dash-component-suites/dash/dcc/dash_core_components.js"
        with ThreadPoolExecutor(8) as pool:
            statuses = list(pool.map(lambda _: status_of(bundle), range(8)))
        assert statuses == [200] * 8
        status, _ = get(f"{base}/healthz?probe=1")
        assert status == 200
        status, headers = get(f"{base}/benchmark?answers={SECRET}")
        assert status == 200
        assert headers.get("Server") is None, headers.get("Server")
        assert not any("gunicorn" in value.lower() for value in headers.values())
        assert "frame-ancestors" in headers["Content-Security-Policy"]
        # Request lines gunicorn itself rejects: one log line each, without the query.
        for line in (f"GET /benchmark?a={SECRET}\x01 HTTP/1.1",
                     f"GET /benchmark?a={SECRET}{'9' * 9000} HTTP/1.1"):
            with socket.create_connection(("127.0.0.1", port), timeout=5) as s:
                s.sendall(line.encode() + b"\r\nHost: x\r\n\r\n")
                assert s.recv(100).split(b" ")[1] in (b"400", b"414")
        # Worker heartbeat files live on /dev/shm (a read-only root file system is fine).
        worker = int(Path(f"/proc/{server.pid}/task/{server.pid}/children").read_text().split()[0])
        links = [os.readlink(f) for f in Path(f"/proc/{worker}/fd").iterdir()
                 if os.path.islink(f)]
        assert any(link.startswith("/dev/shm/") for link in links), links
    finally:
        server.terminate()
        server.wait(timeout=30)
    text = log.read_text()
    assert '"GET /benchmark HTTP/1.1" 200' in text, text
    assert SECRET not in text and "probe" not in text, text
    rejected = [line for line in text.splitlines() if "Invalid request" in line]
    assert len(rejected) == 2, text
    assert "Traceback" not in text


def test_development_server_sends_no_server_header_and_logs_no_query(dash_app, caplog):
    server = make_server("127.0.0.1", 0, dash_app.server, threaded=True,
                         request_handler=DevRequestHandler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        with caplog.at_level(logging.INFO, logger="werkzeug"):
            status, headers = get(f"http://127.0.0.1:{server.port}/benchmark?answers={SECRET}")
    finally:
        server.shutdown()
        thread.join(timeout=5)
    assert status == 200 and headers.get("Server") is None
    assert "GET /benchmark HTTP/1.1" in caplog.text and SECRET not in caplog.text
