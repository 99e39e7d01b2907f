"""The room model on both stores: SQLite always, Redis against a real redis-server."""

from __future__ import annotations

import multiprocessing
import time

import pytest

from data import questionnaire as q
from data.rooms import model
from data.rooms.model import Answer
from tests.live.conftest import Clock

N = len(q.SCALE_ITEMS)


def answer(value: str = "4", sector: str = "") -> Answer:
    return model.validate(sector, [value] * N, q.SECTORS)


def device(i: int) -> str:
    return f"device-token-{i:06d}"


def test_create_gives_an_unguessable_code_and_a_separate_host_token(make_store):
    store = make_store()
    code, token = store.create()
    assert model.CODE_RE.match(code) and len(code) >= 6
    assert not set(code) & set("01OIL")
    assert len(token) >= 32 and code not in token
    assert store.is_host(code, token)
    assert not store.is_host(code, token + "x")
    assert not store.is_host(code, None)
    assert not store.is_host(code, ["token"])
    room = store.room(code)
    assert (room.state, room.count) == (model.OPEN, 0)
    codes = {store.create()[0] for _ in range(50)}
    assert len(codes) == 50


def test_the_store_keeps_only_a_hash_of_the_host_token(make_store, backend, tmp_path):
    store = make_store()
    code, token = store.create()
    if backend == "sqlite":
        raw = (tmp_path / "rooms.sqlite3").read_bytes()
        raw += b"".join(p.read_bytes() for p in tmp_path.glob("rooms.sqlite3-*"))
        assert token.encode() not in raw
        assert model.hash_token(token).encode() in raw
    else:
        values = store.client.hgetall(f"ibo:room:{code}")
        assert token not in str(values)
        assert values["host_hash"] == model.hash_token(token)


def test_one_answer_per_device_which_may_change(make_store):
    store = make_store()
    code, _ = store.create()
    key = model.device_key(code, device(1))
    assert store.answer(code, key, answer("2")) == 1
    assert store.answer(code, key, answer("5", "Gemeenten")) == 1
    assert store.own_answer(code, key) == answer("5", "Gemeenten")
    assert store.answer(code, model.device_key(code, device(2)), answer("3")) == 2
    assert sorted(a.tokens[0] for a in store.view_answers(code)) == ["3", "5"]
    assert store.room(code).count == 2


def test_device_keys_do_not_link_rooms_and_bad_tokens_are_refused():
    assert model.device_key("AAAAAA", device(1)) != model.device_key("BBBBBB", device(1))
    for bad in (None, "", "short", "x" * 65, "bad token with spaces!", 12345, ["a" * 20]):
        with pytest.raises(model.InvalidAnswer):
            model.device_key("AAAAAA", bad)


def test_version_changes_with_every_answer_and_state(make_store):
    store = make_store()
    code, _ = store.create()
    seen = [store.room(code).view_version]
    store.answer(code, model.device_key(code, device(1)), answer())
    seen.append(store.room(code).view_version)
    store.freeze(code)
    seen.append(store.room(code).view_version)
    assert len(set(seen)) == 3


def test_freeze_keeps_the_view_while_answers_come_in(make_store):
    store = make_store()
    code, _ = store.create()
    for i in range(5):
        store.answer(code, model.device_key(code, device(i)), answer("4"))
    frozen = store.freeze(code)
    assert frozen.state == model.FROZEN
    store.answer(code, model.device_key(code, device(9)), answer("1"))
    store.answer(code, model.device_key(code, device(0)), answer("2"))
    room = store.room(code)
    assert room.count == 6  # answers are still taken
    assert room.view_version == frozen.view_version  # but the view does not move
    assert [a.tokens[0] for a in store.view_answers(code)] == ["4"] * 5
    reopened = store.reopen(code)
    assert reopened.state == model.OPEN and reopened.view_version != frozen.view_version
    assert sorted(a.tokens[0] for a in store.view_answers(code)) == ["1", "2", "4", "4", "4", "4"]


def test_close_deletes_every_answer_and_cannot_be_undone(make_store, backend, tmp_path):
    store = make_store()
    code, token = store.create()
    for i in range(6):
        store.answer(code, model.device_key(code, device(i)), answer("3"))
    store.freeze(code)
    store.close(code)
    room = store.room(code)
    assert room.state == model.CLOSED and room.count == 0
    assert store.view_answers(code) == []
    assert store.own_answer(code, model.device_key(code, device(1))) is None
    assert not store.is_host(code, token)  # the host token is gone too
    with pytest.raises(model.RoomClosed):
        store.answer(code, model.device_key(code, device(1)), answer())
    for change in (store.reopen, store.freeze):
        with pytest.raises(model.RoomClosed):
            change(code)
    if backend == "redis":
        assert store.client.keys(f"ibo:room:{code}:*") == []


def test_room_size_limit_counts_devices_not_changes(make_store):
    store = make_store(max_participants=3)
    code, _ = store.create()
    for i in range(3):
        store.answer(code, model.device_key(code, device(i)), answer())
    with pytest.raises(model.RoomFull):
        store.answer(code, model.device_key(code, device(3)), answer())
    assert store.answer(code, model.device_key(code, device(0)), answer("5")) == 3


def test_unknown_rooms(make_store):
    store = make_store()
    assert store.room("ABCDEF") is None
    assert store.view_answers("ABCDEF") == []
    assert not store.is_host("ABCDEF", "anything")
    with pytest.raises(model.UnknownRoom):
        store.answer("ABCDEF", model.device_key("ABCDEF", device(1)), answer())
    with pytest.raises(model.UnknownRoom):
        store.freeze("ABCDEF")


def test_sqlite_rooms_expire_after_the_last_answer(tmp_path):
    from data.rooms.sqlite_store import SQLiteRoomStore

    clock = Clock()
    store = SQLiteRoomStore(tmp_path / "rooms.sqlite3", 3600, 500, clock)
    code, _ = store.create()
    clock.now += 3000
    store.answer(code, model.device_key(code, device(1)), answer())  # moves the expiry on
    clock.now += 3000
    assert store.room(code).count == 1  # 100 minutes after creation, 50 after the answer
    clock.now += 700
    assert store.room(code) is None
    with pytest.raises(model.UnknownRoom):
        store.answer(code, model.device_key(code, device(2)), answer())
    assert store.purge_expired() == 1
    db = store._db()
    assert db.execute("SELECT count(*) FROM answers").fetchone()[0] == 0
    assert db.execute("SELECT count(*) FROM rooms").fetchone()[0] == 0


def test_sqlite_stores_no_fine_timestamps(tmp_path):
    from data.rooms.sqlite_store import SQLiteRoomStore

    store = SQLiteRoomStore(tmp_path / "rooms.sqlite3", 3600, 500)
    code, _ = store.create()
    store.answer(code, model.device_key(code, device(1)), answer())
    db = store._db()
    columns = {r[1] for t in ("rooms", "answers") for r in db.execute(f"PRAGMA table_info({t})")}
    assert columns == {"code", "host_hash", "state", "version", "frozen_version", "expires_min",
                       "device", "answer"}
    (expires,) = db.execute("SELECT expires_min FROM rooms").fetchone()
    assert abs(expires * 60 - (time.time() + 3600)) < 61  # minutes, not seconds


def test_redis_rooms_expire_by_themselves(redis_url):
    from data.rooms.redis_store import RedisRoomStore

    store = RedisRoomStore(redis_url, 1, 500)
    code, _ = store.create()
    store.answer(code, model.device_key(code, device(1)), answer())
    assert 0 < store.client.ttl(f"ibo:room:{code}:a") <= 1
    time.sleep(1.6)
    assert store.room(code) is None
    assert store.client.keys(f"ibo:room:{code}*") == []


def _answer_many(args):
    backend, where, code, first = args
    from data.rooms.redis_store import RedisRoomStore
    from data.rooms.sqlite_store import SQLiteRoomStore

    store = (SQLiteRoomStore(where, 3600, 500) if backend == "sqlite"
             else RedisRoomStore(where, 3600, 500))
    for i in range(first, first + 40):
        store.answer(code, model.device_key(code, device(i)), answer(str(1 + i % 5)))
    return True


def test_several_processes_share_one_room(make_store, backend, tmp_path, request):
    store = make_store()
    code, _ = store.create()
    where = (str(tmp_path / "rooms.sqlite3") if backend == "sqlite"
             else request.getfixturevalue("redis_url"))
    with multiprocessing.get_context("spawn").Pool(4) as pool:
        assert all(pool.map(_answer_many, [(backend, where, code, 40 * k) for k in range(4)]))
    assert store.room(code).count == 160
    assert len(store.view_answers(code)) == 160
    assert store.room(code).version == 160


@pytest.mark.parametrize("sector, tokens", [
    ("Atlantis", ["4"] * N),             # unknown sector
    (3, ["4"] * N),                       # not a string
    ("", ["4"] * (N - 1)),                # too few tokens
    ("", ["4"] * (N + 1)),                # too many
    ("", ["6"] + ["4"] * (N - 1)),        # out of the scale
    ("", [4] * N),                        # numbers, not tokens
    ("", ["x"] * N),                      # nothing but "weet niet": no score
    ("", "4" * N),                        # a string, not a list
    ("", ["4|", *["4"] * (N - 1)]),       # the storage separator
])
def test_invalid_answers_are_refused(sector, tokens):
    with pytest.raises(model.InvalidAnswer):
        model.validate(sector, tokens, q.SECTORS)


def test_valid_answers_round_trip():
    given = ["5", "x", "", *["3"] * (N - 3)]
    checked = model.validate("Gemeenten", given, q.SECTORS)
    assert Answer.decode(checked.encode()) == checked
    assert checked.score() == pytest.approx((5 + 3 * (N - 3)) / (N - 2))


def test_the_store_secret_is_made_once_and_shared(make_store, backend, tmp_path, request):
    first = make_store().secret()
    assert len(first) == 32
    if backend == "sqlite":
        from data.rooms.sqlite_store import SQLiteRoomStore

        other = SQLiteRoomStore(tmp_path / "rooms.sqlite3", 3600, 500)
    else:
        from data.rooms.redis_store import RedisRoomStore

        other = RedisRoomStore(request.getfixturevalue("redis_url"), 3600, 500)
    assert other.secret() == first


def test_an_unreachable_redis_raises_a_backend_error():
    """Redis's errors are rooms.BACKEND_ERRORS (the pages then show "unavailable"), although
    the app imports redis only when Redis is configured."""
    from data import rooms
    from data.rooms.redis_store import RedisRoomStore
    from tests.conftest import free_port

    store = RedisRoomStore(f"redis://127.0.0.1:{free_port()}/0", 3600, 500)
    with pytest.raises(rooms.BACKEND_ERRORS):
        store.room("ABCDEF")
