"""Rate limits of live sessions on both stores (SQLite storage of our own; Redis)."""

from __future__ import annotations

import multiprocessing

import pytest
from limits import parse
from limits.storage import storage_from_string
from limits.strategies import FixedWindowRateLimiter

from data.rooms import limits


@pytest.fixture
def limiter(backend, tmp_path, request):
    if backend == "sqlite":
        storage = storage_from_string(f"{limits.SCHEME}://{tmp_path / limits.FILE_NAME}")
    else:
        storage = storage_from_string(request.getfixturevalue("redis_url"))
    storage.reset()
    yield FixedWindowRateLimiter(storage)
    storage.reset()


def test_per_device_limit(limiter):
    allowed = limits.ITEMS["answer"]["device"].amount
    for _ in range(allowed):
        limits.check(limiter, "answer", "ROOM22", "device-a", "10.0.0.1")
    with pytest.raises(limits.RateLimited) as raised:
        limits.check(limiter, "answer", "ROOM22", "device-a", "10.0.0.1")
    assert raised.value.scope == "device"
    limits.check(limiter, "answer", "ROOM22", "device-b", "10.0.0.1")  # another device may


def test_per_room_and_per_address_limits(limiter):
    room_item = limits.ITEMS["join"]["room"]
    assert limiter.hit(room_item, "live", "join", "room", "ROOM33", cost=room_item.amount)
    with pytest.raises(limits.RateLimited) as raised:
        limits.check(limiter, "join", "ROOM33", "device-c", "10.0.0.2")
    assert raised.value.scope == "room"
    client_item = limits.ITEMS["join"]["client"]
    key = limits.client_key("10.0.0.3")
    assert limiter.hit(client_item, "live", "join", "client", key, cost=client_item.amount)
    with pytest.raises(limits.RateLimited) as raised:
        limits.check(limiter, "join", "ROOM44", "device-d", "10.0.0.3")
    assert raised.value.scope == "client"


def test_addresses_are_not_kept():
    key = limits.client_key("192.0.2.77")
    assert "192.0.2.77" not in key and len(key) == 24
    assert key == limits.client_key("192.0.2.77") != limits.client_key("192.0.2.78")


def _hit(args):
    uri, n = args
    import data.rooms.limits  # noqa: F401  (registers the scheme)

    limiter = FixedWindowRateLimiter(storage_from_string(uri))
    return sum(limiter.hit(parse("100 per minute"), "shared") for _ in range(n))


def test_sqlite_limits_are_shared_between_processes(tmp_path):
    uri = f"{limits.SCHEME}://{tmp_path / limits.FILE_NAME}"
    with multiprocessing.get_context("spawn").Pool(3) as pool:
        allowed = sum(pool.map(_hit, [(uri, 50)] * 3))
    assert allowed == 100
