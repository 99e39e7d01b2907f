"""Live-session rooms: one interface (data.rooms.base.RoomStore), two backends.

- Default: SQLite in WAL mode in IBO_DATA_DIR (rooms.sqlite3), shared by every worker process
  of one machine; no set-up.
- IBO_REDIS_URL set: Redis, shared by several instances behind a load balancer.

`store()` is the process's store (created at first use, so never before gunicorn forks);
`limiter_storage_uri()` points the rate limits (data/rooms/limits.py) at the same store.
Rooms expire IBO_ROOM_TTL_HOURS after their last answer and hold at most IBO_ROOM_MAX
participants.
"""

from __future__ import annotations

import sqlite3
import threading

from limits.errors import StorageError

from data.rooms import config
from data.rooms.base import RoomStore
from data.rooms.model import (
    CLOSED,
    FROZEN,
    MIN_ROOM,
    OPEN,
    Answer,
    InvalidAnswer,
    NotHost,
    Room,
    RoomClosed,
    RoomError,
    RoomFull,
    UnknownRoom,
)

__all__ = [
    "CLOSED",
    "FROZEN",
    "MIN_ROOM",
    "OPEN",
    "BACKEND_ERRORS",
    "SQLITE_NAME",
    "Answer",
    "InvalidAnswer",
    "NotHost",
    "Room",
    "RoomClosed",
    "RoomError",
    "RoomFull",
    "RoomStore",
    "UnknownRoom",
    "limiter_storage_uri",
    "make_store",
    "reset",
    "store",
]

SQLITE_NAME = "rooms.sqlite3"
# What a store or its rate limits raise when the backend is unreachable or broken; Redis's
# errors join when Redis is configured (_using_redis: redis is not imported otherwise, it
# took 0.1 s of start-up). Callers name `rooms.BACKEND_ERRORS` when they catch.
BACKEND_ERRORS: tuple[type[BaseException], ...] = (sqlite3.Error, StorageError, OSError)
_lock = threading.Lock()
_store: list[RoomStore] = []


def make_store() -> RoomStore:
    """A store as the settings ask for (Redis when IBO_REDIS_URL is set, else SQLite)."""
    ttl = config.ttl_seconds()
    size = config.max_participants()
    url = config.redis_url()
    if url:
        from data.rooms.redis_store import RedisRoomStore

        return RedisRoomStore(url, ttl, size)
    from data.rooms.sqlite_store import SQLiteRoomStore

    return SQLiteRoomStore(config.data_dir() / SQLITE_NAME, ttl, size)


def store() -> RoomStore:
    """The store of this process (made on first use)."""
    if not _store:
        with _lock:
            if not _store:
                _store.append(make_store())
    return _store[0]


def reset() -> None:
    """Forget the process's store, so the next store() reads the settings again (tests)."""
    from data.rooms import limits

    with _lock:
        _store.clear()
        limits._ADDRESS_KEY.clear()


def limiter_storage_uri() -> str:
    """The flask-limiter / limits storage URI for the same store."""
    url = config.redis_url()
    if url:
        _using_redis()
        return url
    from data.rooms import limits  # registers the ibo-sqlite:// scheme

    return f"{limits.SCHEME}://{config.data_dir() / limits.FILE_NAME}"


def _using_redis() -> None:
    """Add Redis's errors to BACKEND_ERRORS (once; data/rooms/redis_store.py calls it when
    imported)."""
    global BACKEND_ERRORS
    from redis.exceptions import RedisError

    if RedisError not in BACKEND_ERRORS:
        BACKEND_ERRORS = (*BACKEND_ERRORS, RedisError)
