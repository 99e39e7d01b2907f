"""Rooms in SQLite (WAL mode) in IBO_DATA_DIR: shared by every worker process on one machine.

One connection per thread and process (opened lazily, so a connection never crosses a fork).
Writes take the database lock at their start (BEGIN IMMEDIATE) and are a few statements each.
"""

from __future__ import annotations

import os
import secrets
import sqlite3
import threading
import time
from contextlib import contextmanager
from pathlib import Path

from data.rooms import model
from data.rooms.base import RoomStore
from data.rooms.model import Answer, Room

PURGE_ONE_IN = 200  # answers: one in this many also deletes the expired rooms
SCHEMA = """
CREATE TABLE IF NOT EXISTS rooms (
    code TEXT PRIMARY KEY,
    host_hash TEXT,
    state TEXT NOT NULL,
    version INTEGER NOT NULL DEFAULT 0,
    frozen_version INTEGER NOT NULL DEFAULT 0,
    expires_min INTEGER NOT NULL
);
CREATE TABLE IF NOT EXISTS answers (
    code TEXT NOT NULL REFERENCES rooms(code) ON DELETE CASCADE,
    device TEXT NOT NULL,
    answer TEXT NOT NULL,
    PRIMARY KEY (code, device)
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS frozen_answers (
    code TEXT NOT NULL REFERENCES rooms(code) ON DELETE CASCADE,
    answer TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS frozen_by_code ON frozen_answers(code);
CREATE INDEX IF NOT EXISTS rooms_by_expiry ON rooms(expires_min);
CREATE TABLE IF NOT EXISTS secrets (name TEXT PRIMARY KEY, value BLOB NOT NULL);
"""


class SQLiteRoomStore(RoomStore):
    def __init__(self, path: Path, ttl_seconds: int, max_participants: int,
                 clock=time.time) -> None:
        super().__init__(ttl_seconds, max_participants, clock)
        self.path = Path(path)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self._local = threading.local()
        self._db().executescript(SCHEMA)  # commits by itself
        self.purge_expired()  # expired rooms go at start, at each new room and now and then

    # ----------------------------------------------------------------- connections
    def _db(self) -> sqlite3.Connection:
        local = self._local
        if getattr(local, "pid", None) != os.getpid():
            db = sqlite3.connect(self.path, timeout=10, isolation_level=None)
            db.execute("PRAGMA journal_mode=WAL")
            db.execute("PRAGMA synchronous=NORMAL")
            db.execute("PRAGMA foreign_keys=ON")
            local.db, local.pid = db, os.getpid()
        return local.db

    @contextmanager
    def _tx(self):
        db = self._db()
        db.execute("BEGIN IMMEDIATE")
        try:
            yield db
        except BaseException:
            db.execute("ROLLBACK")
            raise
        db.execute("COMMIT")

    def _now_min(self) -> int:
        return int(self.clock() // 60)

    def _row(self, db, code: str):
        return db.execute(
            "SELECT state, version, frozen_version, host_hash FROM rooms "
            "WHERE code = ? AND expires_min > ?", (code, self._now_min())).fetchone()

    def _room(self, db, code: str) -> Room | None:
        row = self._row(db, code)
        if row is None:
            return None
        state, version, frozen_version, _ = row
        count = db.execute("SELECT count(*) FROM answers WHERE code = ?", (code,)).fetchone()[0]
        return Room(code, state, version, count, frozen_version)

    # ----------------------------------------------------------------- interface
    def create(self) -> tuple[str, str]:
        self.purge_expired()
        token = model.new_host_token()
        with self._tx() as db:
            while True:
                code = model.new_code()
                if db.execute("SELECT 1 FROM rooms WHERE code = ?", (code,)).fetchone() is None:
                    break
            db.execute("INSERT INTO rooms (code, host_hash, state, expires_min) "
                       "VALUES (?, ?, ?, ?)",
                       (code, model.hash_token(token), model.OPEN, self.expires_at()))
        return code, token

    def room(self, code: str) -> Room | None:
        return self._room(self._db(), code)

    def is_host(self, code: str, token: object) -> bool:
        row = self._row(self._db(), code)
        return row is not None and model.token_matches(token, row[3])

    def answer(self, code: str, device_key: str, answer: Answer) -> int:
        with self._tx() as db:
            row = self._row(db, code)
            if row is None:
                raise model.UnknownRoom(code)
            if row[0] == model.CLOSED:
                raise model.RoomClosed(code)
            known = db.execute("SELECT 1 FROM answers WHERE code = ? AND device = ?",
                               (code, device_key)).fetchone()
            count = db.execute("SELECT count(*) FROM answers WHERE code = ?",
                               (code,)).fetchone()[0]
            if known is None and count >= self.max_participants:
                raise model.RoomFull(code)
            db.execute("INSERT OR REPLACE INTO answers (code, device, answer) VALUES (?, ?, ?)",
                       (code, device_key, answer.encode()))
            db.execute("UPDATE rooms SET version = version + 1, expires_min = ? WHERE code = ?",
                       (self.expires_at(), code))
        if secrets.randbelow(PURGE_ONE_IN) == 0:
            self.purge_expired()
        return count + (known is None)

    def own_answer(self, code: str, device_key: str) -> Answer | None:
        db = self._db()
        if self._row(db, code) is None:
            return None
        row = db.execute("SELECT answer FROM answers WHERE code = ? AND device = ?",
                         (code, device_key)).fetchone()
        return None if row is None else Answer.decode(row[0])

    def view_answers(self, code: str) -> list[Answer]:
        db = self._db()
        row = self._row(db, code)
        if row is None or row[0] == model.CLOSED:
            return []
        table = "frozen_answers" if row[0] == model.FROZEN else "answers"
        return [Answer.decode(a) for (a,) in
                db.execute(f"SELECT answer FROM {table} WHERE code = ?", (code,))]

    def _set_state(self, code: str, state: str) -> Room:
        with self._tx() as db:
            row = self._row(db, code)
            if row is None:
                raise model.UnknownRoom(code)
            if row[0] == model.CLOSED:
                raise model.RoomClosed(code)
            db.execute("DELETE FROM frozen_answers WHERE code = ?", (code,))
            if state == model.FROZEN:
                db.execute("INSERT INTO frozen_answers (code, answer) "
                           "SELECT code, answer FROM answers WHERE code = ?", (code,))
            db.execute("UPDATE rooms SET state = ?, version = version + 1, "
                       "frozen_version = CASE WHEN ? THEN version + 1 ELSE 0 END WHERE code = ?",
                       (state, state == model.FROZEN, code))
            return self._room(db, code)

    def freeze(self, code: str) -> Room:
        return self._set_state(code, model.FROZEN)

    def reopen(self, code: str) -> Room:
        return self._set_state(code, model.OPEN)

    def close(self, code: str) -> None:
        with self._tx() as db:
            db.execute("DELETE FROM answers WHERE code = ?", (code,))
            db.execute("DELETE FROM frozen_answers WHERE code = ?", (code,))
            db.execute("UPDATE rooms SET state = ?, host_hash = NULL, version = version + 1 "
                       "WHERE code = ?", (model.CLOSED, code))

    def purge_expired(self) -> int:
        with self._tx() as db:
            gone = [c for (c,) in db.execute("SELECT code FROM rooms WHERE expires_min <= ?",
                                             (self._now_min(),))]
            for code in gone:
                db.execute("DELETE FROM answers WHERE code = ?", (code,))
                db.execute("DELETE FROM frozen_answers WHERE code = ?", (code,))
                db.execute("DELETE FROM rooms WHERE code = ?", (code,))
        return len(gone)

    def secret(self) -> bytes:
        with self._tx() as db:
            db.execute("INSERT OR IGNORE INTO secrets (name, value) VALUES ('address', ?)",
                       (secrets.token_bytes(32),))
            return bytes(db.execute("SELECT value FROM secrets WHERE name = 'address'"
                                    ).fetchone()[0])

    def clear(self) -> None:
        with self._tx() as db:
            for table in ("answers", "frozen_answers", "rooms"):
                db.execute(f"DELETE FROM {table}")
