"""What a live-session room holds, how its codes and tokens look, and what an answer may be.

Nothing here identifies a person: an answer is stored under a hash of the room code and a
random device token (made in the participant's browser), with an optional sector and one
token per climate statement. The host's capability token is stored only as a hash.
"""

from __future__ import annotations

import hashlib
import hmac
import re
import secrets
from dataclasses import dataclass

from data import questionnaire as q

# No 0/O, 1/I/L: a code read off a projector is typed without doubt.
ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789"
CODE_LENGTH = 6
CODE_RE = re.compile(f"^[{ALPHABET}]{{{CODE_LENGTH}}}$")
DEVICE_RE = re.compile(r"^[A-Za-z0-9_-]{16,64}$")
HOST_TOKEN_BYTES = 24  # 192 bits, URL-safe base64

OPEN, FROZEN, CLOSED = "open", "frozen", "closed"
STATES = (OPEN, FROZEN, CLOSED)

DONT_KNOW = "x"
LIKERT = tuple(str(v) for v in range(q.LIKERT_MIN, q.LIKERT_MAX + 1))
ANSWER_TOKENS = (*LIKERT, DONT_KNOW, "")
N_ITEMS = len(q.SCALE_ITEMS)
MIN_ROOM = 5  # the room's view needs this many answers (and each sector part of a split)


class RoomError(Exception):
    """A room operation that cannot be done; `reason` is an i18n key suffix."""

    reason = "error"


class UnknownRoom(RoomError):
    reason = "unknown"


class RoomClosed(RoomError):
    reason = "closed"


class RoomFull(RoomError):
    reason = "full"


class NotHost(RoomError):
    reason = "not_host"


class InvalidAnswer(RoomError, ValueError):
    reason = "invalid"


@dataclass(frozen=True)
class Room:
    """A room's public state. `view_version` changes exactly when the host's view would."""

    code: str
    state: str
    version: int
    count: int          # participants who answered (live)
    frozen_version: int  # the version the view was frozen at (0 when open)

    @property
    def view_version(self) -> str:
        return f"{self.state}:{self.frozen_version if self.state == FROZEN else self.version}"


@dataclass(frozen=True)
class Answer:
    """One participant's answers: sector ("" = not given) and a token per scale statement."""

    sector: str
    tokens: tuple[str, ...]

    def encode(self) -> str:
        return self.sector + "|" + ",".join(self.tokens)

    @classmethod
    def decode(cls, text: str) -> Answer:
        sector, _, tokens = text.partition("|")
        return cls(sector, tuple(tokens.split(",")))

    def likert(self) -> list[int | None]:
        return [int(v) if v in LIKERT else None for v in self.tokens]

    def score(self) -> float | None:
        return q.scale_score(self.likert())


def new_code() -> str:
    return "".join(secrets.choice(ALPHABET) for _ in range(CODE_LENGTH))


def new_host_token() -> str:
    return secrets.token_urlsafe(HOST_TOKEN_BYTES)


def hash_token(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def token_matches(token: object, stored_hash: str | None) -> bool:
    if not isinstance(token, str) or not stored_hash or len(token) > 100:
        return False
    return hmac.compare_digest(hash_token(token), stored_hash)


def norm_code(code: object) -> str | None:
    """The canonical code (upper case, no spaces or dashes) or None when it cannot be one."""
    if not isinstance(code, str) or len(code) > 20:
        return None
    code = code.strip().upper().replace("-", "").replace(" ", "")
    return code if CODE_RE.match(code) else None


def device_key(code: str, device: object) -> str:
    """The key an answer is stored under: a hash of code and device token, so one device's
    answers in two rooms cannot be linked. InvalidAnswer for a malformed device token."""
    if not isinstance(device, str) or not DEVICE_RE.match(device):
        raise InvalidAnswer("bad device token")
    return hashlib.sha256(f"{code}:{device}".encode()).hexdigest()[:32]


def validate(sector: object, tokens: object, sectors: tuple[str, ...]) -> Answer:
    """An Answer from untrusted input: known sector or "", N_ITEMS tokens each 1-5, "x" or "",
    and enough statements answered for a score. InvalidAnswer otherwise."""
    sector = "" if sector is None else sector
    if not isinstance(sector, str) or (sector and sector not in sectors):
        raise InvalidAnswer("unknown sector")
    if not isinstance(tokens, (list, tuple)) or len(tokens) != N_ITEMS:
        raise InvalidAnswer("wrong number of answers")
    clean = tuple("" if v is None else v for v in tokens)
    if not all(isinstance(v, str) and v in ANSWER_TOKENS for v in clean):
        raise InvalidAnswer("answer not allowed")
    answer = Answer(sector, clean)
    if answer.score() is None:
        raise InvalidAnswer("too few statements answered")
    return answer
