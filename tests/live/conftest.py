"""Fixtures for live sessions: a real redis-server on a free port, and stores on both backends."""

from __future__ import annotations

import shutil
import socket
import subprocess
import time

import pytest


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.fixture(scope="session")
def redis_url(tmp_path_factory):
    """A redis-server of its own (Debian's; scripts/test.sh installs it), stopped at the end."""
    binary = shutil.which("redis-server")
    if binary is None:
        pytest.fail("redis-server is missing: run `bash scripts/test.sh` (it installs it)")
    port = free_port()
    folder = tmp_path_factory.mktemp("redis")
    proc = subprocess.Popen([binary, "--port", str(port), "--bind", "127.0.0.1", "--save", "",
                             "--appendonly", "no", "--dir", str(folder)],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    import redis

    client = redis.Redis(port=port)
    for _ in range(100):
        try:
            client.ping()
            break
        except redis.ConnectionError:
            time.sleep(0.05)
    else:
        proc.kill()
        pytest.fail("redis-server did not start")
    yield f"redis://127.0.0.1:{port}/0"
    proc.terminate()
    proc.wait(timeout=10)


class Clock:
    """A clock tests move forward."""

    def __init__(self) -> None:
        self.now = time.time()

    def __call__(self) -> float:
        return self.now


@pytest.fixture(params=["sqlite", "redis"])
def backend(request):
    return request.param


@pytest.fixture
def make_store(backend, tmp_path, request):
    """Build a store of the current backend: make_store(ttl_seconds=..., max_participants=...,
    clock=...)."""
    made = []

    def make(ttl_seconds: int = 3600, max_participants: int = 500, clock=time.time):
        if backend == "sqlite":
            from data.rooms.sqlite_store import SQLiteRoomStore

            store = SQLiteRoomStore(tmp_path / "rooms.sqlite3", ttl_seconds, max_participants,
                                    clock)
        else:
            from data.rooms.redis_store import RedisRoomStore

            store = RedisRoomStore(request.getfixturevalue("redis_url"), ttl_seconds,
                                   max_participants, clock)
        store.clear()
        made.append(store)
        return store

    yield make
    for store in made:
        store.clear()
