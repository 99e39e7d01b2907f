"""Rate limits of live sessions, kept in the same store as the rooms.

flask-limiter (and the `limits` library under it) counts hits in a storage given by URI:
with IBO_REDIS_URL that Redis; otherwise `ibo-sqlite://<IBO_DATA_DIR>/limits.sqlite3`, the
SQLite storage below, which every worker process of the machine shares (limits' own
memory:// storage would count per process). Fixed windows; a key lives one window.

Limits (per minute unless said otherwise; a venue's phones often share one public address,
so the per-address limits are sized for a full room behind one NAT):
- creating a room: 10 per hour per address (the route in pages/sessie/routes.py);
- joining (opening the form) and answering: per device token, per address and per room.
Client addresses are never stored: limit keys hold a keyed hash of the address, valid for one
window.
"""

from __future__ import annotations

import hashlib
import hmac
import os
import secrets
import sqlite3
import threading
import time
from pathlib import Path

from limits import parse
from limits.storage import Storage

SCHEME = "ibo-sqlite"
FILE_NAME = "limits.sqlite3"

CREATE = "10 per hour"
LIMITS = {  # kind -> scope -> limit
    "join": {"device": "30 per minute", "client": "1200 per minute", "room": "2000 per minute"},
    "answer": {"device": "20 per minute", "client": "1200 per minute", "room": "2000 per minute"},
}
ITEMS = {kind: {scope: parse(text) for scope, text in scopes.items()}
         for kind, scopes in LIMITS.items()}
_ADDRESS_KEY: list[bytes] = []  # the store's secret (data.rooms.RoomStore.secret), read once


class RateLimited(Exception):
    """Too many requests of one kind for a device, an address or a room."""

    def __init__(self, kind: str, scope: str) -> None:
        super().__init__(f"{kind} limit per {scope}")
        self.kind, self.scope = kind, scope


def address_key() -> bytes:
    """The key client addresses are hashed with: the room store's secret, so that every
    worker and every instance sharing the store counts a client under the same name."""
    if not _ADDRESS_KEY:
        from data import rooms

        _ADDRESS_KEY.append(rooms.store().secret())
    return _ADDRESS_KEY[0]


def client_key(address: str | None) -> str:
    """A keyed hash of a client address (never the address itself)."""
    digest = hmac.new(address_key(), (address or "-").encode(), hashlib.sha256).hexdigest()
    return digest[:24]


def check(limiter, kind: str, room: str, device: str, address: str | None) -> None:
    """Count one `kind` request (join or answer); RateLimited when a limit is exceeded.

    `limiter` is a limits rate limiter (flask-limiter's `Limiter.limiter`)."""
    identifiers = {"device": device, "client": client_key(address), "room": room}
    for scope, item in ITEMS[kind].items():
        if not limiter.hit(item, "live", kind, scope, identifiers[scope]):
            raise RateLimited(kind, scope)


class SQLiteStorage(Storage):
    """A `limits` storage in an SQLite file (WAL), shared by the processes of one machine."""

    STORAGE_SCHEME = [SCHEME]  # noqa: RUF012  (the limits registry reads a list)

    def __init__(self, uri: str | None = None, wrap_exceptions: bool = False, **options):
        super().__init__(uri, wrap_exceptions=wrap_exceptions, **options)
        self.path = Path((uri or "").split("://", 1)[-1])
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self._local = threading.local()
        db = self._db()
        db.execute("CREATE TABLE IF NOT EXISTS hits (key TEXT PRIMARY KEY, count INTEGER "
                   "NOT NULL, expires REAL NOT NULL) WITHOUT ROWID")

    @property
    def base_exceptions(self):
        return sqlite3.Error

    def _db(self) -> sqlite3.Connection:
        local = self._local
        if getattr(local, "pid", None) != os.getpid():
            db = sqlite3.connect(self.path, timeout=10, isolation_level=None)
            db.execute("PRAGMA journal_mode=WAL")
            db.execute("PRAGMA synchronous=NORMAL")
            local.db, local.pid = db, os.getpid()
        return local.db

    def incr(self, key: str, expiry: int, amount: int = 1) -> int:
        now = time.time()
        db = self._db()
        # One statement: atomic without an explicit transaction.
        row = db.execute(
            "INSERT INTO hits (key, count, expires) VALUES (?1, ?2, ?3 + ?4) "
            "ON CONFLICT(key) DO UPDATE SET "
            "count = CASE WHEN expires <= ?3 THEN ?2 ELSE count + ?2 END, "
            "expires = CASE WHEN expires <= ?3 THEN ?3 + ?4 ELSE expires END "
            "RETURNING count", (key, amount, now, expiry)).fetchone()
        if secrets.randbelow(500) == 0:  # now and then, drop expired windows
            db.execute("DELETE FROM hits WHERE expires <= ?", (now,))
        return int(row[0])

    def get(self, key: str) -> int:
        row = self._db().execute("SELECT count FROM hits WHERE key = ? AND expires > ?",
                                 (key, time.time())).fetchone()
        return 0 if row is None else int(row[0])

    def get_expiry(self, key: str) -> float:
        row = self._db().execute("SELECT expires FROM hits WHERE key = ? AND expires > ?",
                                 (key, time.time())).fetchone()
        return time.time() if row is None else float(row[0])

    def check(self) -> bool:
        try:
            self._db().execute("SELECT 1").fetchone()
            return True
        except sqlite3.Error:
            return False

    def reset(self) -> int | None:
        return self._db().execute("DELETE FROM hits").rowcount

    def clear(self, key: str) -> None:
        self._db().execute("DELETE FROM hits WHERE key = ?", (key,))
