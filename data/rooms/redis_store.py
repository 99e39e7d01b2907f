"""Rooms in Redis (IBO_REDIS_URL): shared by every worker of every instance.

Keys per room: `ibo:room:<code>` (hash: host_hash, state, version, frozen_version),
`ibo:room:<code>:a` (hash: device key -> answer) and `ibo:room:<code>:f` (list: the answers
frozen with the view). Every key carries the room's TTL, renewed by each answer; Redis
deletes expired rooms itself. Multi-key changes run as Lua scripts (atomic).
"""

from __future__ import annotations

import secrets
import time

import redis

from data import rooms
from data.rooms import model
from data.rooms.base import RoomStore
from data.rooms.model import Answer, Room

rooms._using_redis()  # rooms.BACKEND_ERRORS then covers this store's errors

PREFIX = "ibo:room:"

ANSWER = """
local state = redis.call('HGET', KEYS[1], 'state')
if not state then return -1 end
if state == 'closed' then return -2 end
if redis.call('HEXISTS', KEYS[2], ARGV[1]) == 0
   and redis.call('HLEN', KEYS[2]) >= tonumber(ARGV[3]) then return -3 end
redis.call('HSET', KEYS[2], ARGV[1], ARGV[2])
redis.call('HINCRBY', KEYS[1], 'version', 1)
for i = 1, 3 do redis.call('EXPIRE', KEYS[i], ARGV[4]) end
return redis.call('HLEN', KEYS[2])
"""

SET_STATE = """
local state = redis.call('HGET', KEYS[1], 'state')
if not state then return -1 end
if state == 'closed' then return -2 end
redis.call('DEL', KEYS[3])
local version = redis.call('HINCRBY', KEYS[1], 'version', 1)
redis.call('HSET', KEYS[1], 'state', ARGV[1])
if ARGV[1] == 'frozen' then
  local answers = redis.call('HVALS', KEYS[2])
  if #answers > 0 then
    redis.call('RPUSH', KEYS[3], unpack(answers))
    redis.call('EXPIRE', KEYS[3], redis.call('TTL', KEYS[1]))
  end
  redis.call('HSET', KEYS[1], 'frozen_version', version)
else
  redis.call('HSET', KEYS[1], 'frozen_version', 0)
end
return version
"""

CLOSE = """
if redis.call('EXISTS', KEYS[1]) == 0 then return 0 end
redis.call('DEL', KEYS[2], KEYS[3])
redis.call('HDEL', KEYS[1], 'host_hash')
redis.call('HSET', KEYS[1], 'state', 'closed')
redis.call('HINCRBY', KEYS[1], 'version', 1)
return 1
"""


def _keys(code: str) -> list[str]:
    return [PREFIX + code, PREFIX + code + ":a", PREFIX + code + ":f"]


class RedisRoomStore(RoomStore):
    def __init__(self, url: str, ttl_seconds: int, max_participants: int,
                 clock=time.time) -> None:
        super().__init__(ttl_seconds, max_participants, clock)
        self.url = url
        # redis-py's pool opens connections lazily and per process (it checks the pid).
        self.client = redis.Redis.from_url(url, decode_responses=True, socket_timeout=5,
                                           socket_connect_timeout=5, health_check_interval=30)
        self._answer = self.client.register_script(ANSWER)
        self._set_state_script = self.client.register_script(SET_STATE)
        self._close = self.client.register_script(CLOSE)

    def ping(self) -> None:
        self.client.ping()

    def create(self) -> tuple[str, str]:
        token = model.new_host_token()
        while True:
            code = model.new_code()
            created = self.client.hsetnx(PREFIX + code, "state", model.OPEN)
            if created:
                break
        room = PREFIX + code
        pipe = self.client.pipeline()
        pipe.hset(room, mapping={"host_hash": model.hash_token(token), "version": 0,
                                 "frozen_version": 0})
        pipe.expire(room, self.ttl_seconds)
        pipe.execute()
        return code, token

    def room(self, code: str) -> Room | None:
        room, answers, _ = _keys(code)
        pipe = self.client.pipeline(transaction=True)
        pipe.hmget(room, "state", "version", "frozen_version")
        pipe.hlen(answers)
        (state, version, frozen_version), count = pipe.execute()
        if state is None:
            return None
        return Room(code, state, int(version or 0), int(count), int(frozen_version or 0))

    def is_host(self, code: str, token: object) -> bool:
        return model.token_matches(token, self.client.hget(PREFIX + code, "host_hash"))

    def answer(self, code: str, device_key: str, answer: Answer) -> int:
        result = self._answer(keys=_keys(code), args=[device_key, answer.encode(),
                                                      self.max_participants, self.ttl_seconds])
        if result == -1:
            raise model.UnknownRoom(code)
        if result == -2:
            raise model.RoomClosed(code)
        if result == -3:
            raise model.RoomFull(code)
        return int(result)

    def own_answer(self, code: str, device_key: str) -> Answer | None:
        text = self.client.hget(_keys(code)[1], device_key)
        return None if text is None else Answer.decode(text)

    def view_answers(self, code: str) -> list[Answer]:
        room, answers, frozen = _keys(code)
        state = self.client.hget(room, "state")
        if state == model.FROZEN:
            return [Answer.decode(a) for a in self.client.lrange(frozen, 0, -1)]
        if state == model.OPEN:
            return [Answer.decode(a) for a in self.client.hvals(answers)]
        return []

    def _set_state(self, code: str, state: str) -> Room:
        result = self._set_state_script(keys=_keys(code), args=[state])
        if result == -1:
            raise model.UnknownRoom(code)
        if result == -2:
            raise model.RoomClosed(code)
        room = self.room(code)
        if room is None:
            raise model.UnknownRoom(code)
        return room

    def freeze(self, code: str) -> Room:
        return self._set_state(code, model.FROZEN)

    def reopen(self, code: str) -> Room:
        return self._set_state(code, model.OPEN)

    def close(self, code: str) -> None:
        self._close(keys=_keys(code))

    def purge_expired(self) -> int:
        return 0  # every key carries its TTL

    def secret(self) -> bytes:
        key = "ibo:secret:address"
        self.client.set(key, secrets.token_hex(32), nx=True)
        return bytes.fromhex(self.client.get(key))

    def clear(self) -> None:
        keys = list(self.client.scan_iter(match=PREFIX + "*", count=500))
        if keys:
            self.client.delete(*keys)
