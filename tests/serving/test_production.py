"""The documented production set-up (scripts/serve.sh: nginx in front of gunicorn on loopback)
survives slow and hostile clients, limits requests, and sends the security headers and a
translated page with every error. Real nginx (Debian) and gunicorn on free ports."""

from __future__ import annotations

import http.client
import os
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

import pytest

from serving import headers as security

REPO = Path(__file__).resolve().parents[2]
SECRET = "antwoord-geheim-77"
NGINX = shutil.which("nginx") or "/usr/sbin/nginx"

pytestmark = [pytest.mark.slow,
              pytest.mark.skipif(not Path(NGINX).exists(),
                                 reason="nginx is not installed (scripts/test.sh installs it)")]


def free_ports(count: int) -> list[int]:
    sockets = [socket.socket() for _ in range(count)]
    for s in sockets:
        s.bind(("127.0.0.1", 0))
    ports = [s.getsockname()[1] for s in sockets]
    for s in sockets:
        s.close()
    return ports


class Production:
    def __init__(self) -> None:
        self.port, self.app_port, self.health_port = free_ports(3)
        self.run_dir = Path(tempfile.mkdtemp(prefix="ibo-serve-"))
        self.log = self.run_dir / "serve.log"

    def __enter__(self) -> Production:
        env = {**os.environ, "IBO_NO_INSTALL": "1", "VENV": sys.prefix, "HOST": "127.0.0.1",
               "PORT": str(self.port), "IBO_APP_PORT": str(self.app_port),
               "IBO_HEALTH_PORT": str(self.health_port), "IBO_RUN_DIR": str(self.run_dir),
               "IBO_WORKERS": "2", "IBO_THREADS": "4", "PYTHONPATH": str(REPO)}
        with self.log.open("w") as out:
            self.process = subprocess.Popen(["bash", "scripts/serve.sh"], cwd=REPO, env=env,
                                            stdout=out, stderr=subprocess.STDOUT)
        deadline = time.monotonic() + 240  # the app is imported twice; CI machines are slow
        while True:
            try:
                if self.get("/healthz")[0] == 200:
                    break
            except OSError:
                pass
            if self.process.poll() is not None or time.monotonic() > deadline:
                log = self.log.read_text()[-3000:]
                self.__exit__(None, None, None)  # `with` does not call it when this fails
                raise AssertionError(f"the production set-up did not start:\n{log}")
            time.sleep(0.3)
        return self

    def __exit__(self, *exc) -> None:
        if self.process.poll() is None:
            self.process.send_signal(signal.SIGTERM)
            try:
                self.process.wait(timeout=30)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
        shutil.rmtree(self.run_dir, ignore_errors=True)

    def request(self, method: str, path: str, body: bytes | None = None,
                headers: dict | None = None, timeout: float = 10):
        conn = http.client.HTTPConnection("127.0.0.1", self.port, timeout=timeout)
        try:
            conn.request(method, path, body=body, headers=headers or {})
            response = conn.getresponse()
            return response.status, response.getheaders(), response.read()
        finally:
            conn.close()

    def get(self, path: str, **kwargs):
        return self.request("GET", path, **kwargs)


@pytest.fixture(scope="module")
def production():
    with Production() as running:
        yield running


def slowloris(port: int, stop: threading.Event, opened: list) -> None:
    """One connection sending a header line per second, never finishing its request."""
    s = socket.create_connection(("127.0.0.1", port), timeout=5)
    opened.append(s)
    s.sendall(b"GET / HTTP/1.1\r\nHost: x\r\n")
    i = 0
    while not stop.wait(1.0):
        try:
            s.sendall(f"X-Slow-{i}: {i}\r\n".encode())
        except OSError:
            return
        i += 1


def slow_body(port: int, stop: threading.Event, opened: list) -> None:
    """A callback POST whose 4 kB body arrives a few bytes per second."""
    s = socket.create_connection(("127.0.0.1", port), timeout=5)
    opened.append(s)
    s.sendall(b"POST /_dash-update-component HTTP/1.1\r\nHost: x\r\n"
              b"Content-Type: application/json\r\nContent-Length: 4096\r\n\r\n{")
    while not stop.wait(1.0):
        try:
            s.sendall(b'"a":1,')
        except OSError:
            return


def test_health_stays_fast_under_slow_clients(production):
    stop = threading.Event()
    opened: list[socket.socket] = []
    threads = [threading.Thread(target=slowloris, args=(production.port, stop, opened))
               for _ in range(8)]
    threads += [threading.Thread(target=slow_body, args=(production.port, stop, opened))
                for _ in range(50)]
    for thread in threads:
        thread.start()
    try:
        time.sleep(2)  # every slow client connected and sending
        assert len(opened) == 58
        timings, control, statuses = [], [], []
        end = time.monotonic() + 6
        while time.monotonic() < end:
            start = time.perf_counter()
            status, _, _ = production.get("/healthz", timeout=5)
            timings.append((time.perf_counter() - start) * 1000)
            statuses.append(status)
            # the same round trip answered by nginx alone (414): what this machine's
            # scheduler adds to any request right now
            start = time.perf_counter()
            production.get("/" + "x" * 9000, timeout=5)
            control.append((time.perf_counter() - start) * 1000)
            time.sleep(0.1)
        page_status, _, page = production.get("/klimaat", timeout=5)
    finally:
        stop.set()
        for thread in threads:
            thread.join(timeout=5)
        for s in opened:
            s.close()
    assert set(statuses) == {200}
    timings.sort()
    control.sort()
    assert len(timings) >= 20
    # The typical answer under 50 ms, and never hanging for as long as the slow clients keep
    # going (without the proxy it did). The tail is left to the machine: on CI machines shared
    # with other jobs every process waits for a CPU, nginx's own 414 included (`control`).
    assert timings[len(timings) // 2] < 50, (timings, control)
    assert timings[-1] < 1000, timings
    assert page_status == 200 and b"_dash-config" in page


def _header(headers, name):
    values = [v for k, v in headers if k.lower() == name.lower()]
    assert len(values) == 1, (name, values)  # sent once: the app's copy is replaced
    return values[0]


def test_every_response_has_the_security_headers_incl_proxy_errors(production):
    import app

    expected = {"Content-Security-Policy": security.content_security_policy(app.app),
                **security.STATIC_HEADERS}
    long_line = "/benchmark?a=" + "1" * 9000
    cases = [
        ("GET", "/", {}, None, 200, None),
        ("GET", "/healthz", {}, None, 200, None),
        ("GET", "/_dash-component-suites/nothing.js", {}, None, 404, None),
        ("GET", long_line, {}, None, 414, "Adres te lang"),
        ("GET", "/", {"X-Big": "b" * 9000}, None, 431, "Verzoekkoppen te groot"),
        ("POST", "/_dash-update-component", {"Content-Type": "application/json"},
         b"{" + b" " * (2 * 1024 * 1024) + b"}", 413, "Verzoek te groot"),
    ]
    for method, path, extra, body, code, title in cases:
        status, got, text = production.request(method, path, body=body, headers=extra)
        assert status == code, (path[:40], status)
        for name, value in expected.items():
            assert _header(got, name) == value, (path[:40], name)
        assert not any("gunicorn" in v.lower() or "python" in v.lower() for _, v in got)
        assert dict(got).get("Server", "nginx") == "nginx"  # no version
        if title:
            page = text.decode()
            assert f"<h1>{title}</h1>" in page and 'lang="en"' in page, page
            assert "nginx" not in page


def test_bad_request_line_gets_the_translated_page(production):
    with socket.create_connection(("127.0.0.1", production.port), timeout=5) as s:
        s.sendall(b"GET /\x01bad?" + SECRET.encode() + b" HTTP/1.1\r\nHost: x\r\n\r\n")
        answer = b""
        while chunk := s.recv(65536):
            answer += chunk
    head, _, body = answer.partition(b"\r\n\r\n")
    assert head.startswith(b"HTTP/1.1 400"), head
    assert b"<h1>Ongeldig verzoek</h1>" in body
    assert b"Content-Security-Policy:" in head


def test_logs_hold_no_query_strings(production):
    production.get(f"/benchmark?antwoorden={SECRET}")
    production.get(f"/benchmark?antwoorden={SECRET}&x=" + "2" * 9000)
    production.get("/", headers={"Referer": f"http://x/?{SECRET}"})
    time.sleep(0.5)
    text = production.log.read_text()
    assert '"GET /benchmark HTTP/1.1" 200' in text, text
    assert SECRET not in text, text
