"""Fixtures for live sessions: stores on both backends (redis_url: tests/conftest.py)."""

from __future__ import annotations

import time

import pytest


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


@pytest.fixture(scope="module")
def client(dash_app):
    client = dash_app.server.test_client()
    client.get("/")  # Dash collects the registered callbacks on its first request
    return client
