"""The room store interface, shared by the SQLite and the Redis backend."""

from __future__ import annotations

import math
import time
from abc import ABC, abstractmethod
from collections.abc import Callable

from data.rooms.model import Answer, Room


class RoomStore(ABC):
    """Rooms with their answers. Every method is safe to call from several processes."""

    def __init__(self, ttl_seconds: int, max_participants: int,
                 clock: Callable[[], float] = time.time) -> None:
        self.ttl_seconds = int(ttl_seconds)
        self.max_participants = max_participants
        self.clock = clock  # tests move time forward

    def expires_at(self) -> int:
        """When a room touched now expires, in whole minutes since the epoch (no finer time
        is stored anywhere)."""
        return math.ceil((self.clock() + self.ttl_seconds) / 60)

    @abstractmethod
    def create(self) -> tuple[str, str]:
        """A new open room: (code, host token). Only the token's hash is kept."""

    @abstractmethod
    def room(self, code: str) -> Room | None:
        """The room's state, or None when it does not exist (never created, or expired)."""

    @abstractmethod
    def is_host(self, code: str, token: object) -> bool:
        """Whether `token` is the room's host token."""

    @abstractmethod
    def answer(self, code: str, device_key: str, answer: Answer) -> int:
        """Store (or replace) a device's answer; the number of participants. UnknownRoom,
        RoomClosed or RoomFull when it cannot be stored. Moves the expiry forward."""

    @abstractmethod
    def own_answer(self, code: str, device_key: str) -> Answer | None:
        """A device's current answer in an open or frozen room."""

    @abstractmethod
    def view_answers(self, code: str) -> list[Answer]:
        """The answers the host's view shows: the live ones, or those frozen with the view."""

    @abstractmethod
    def freeze(self, code: str) -> Room:
        """Keep the view as it is now (answers keep coming in). UnknownRoom, RoomClosed."""

    @abstractmethod
    def reopen(self, code: str) -> Room:
        """Let the view follow the answers again. UnknownRoom, RoomClosed."""

    @abstractmethod
    def close(self, code: str) -> None:
        """Delete every answer; the room stays known as closed (no data) until it expires."""

    @abstractmethod
    def purge_expired(self) -> int:
        """Delete expired rooms now (the Redis backend lets keys expire by themselves)."""

    @abstractmethod
    def secret(self) -> bytes:
        """A random key made once per store and shared by every process and instance using it
        (the rate limits hash client addresses with it)."""

    @abstractmethod
    def clear(self) -> None:
        """Delete every room (tests)."""
