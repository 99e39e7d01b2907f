"""The live-session settings (IBO_DATA_DIR, IBO_REDIS_URL, IBO_ROOM_TTL_HOURS, IBO_ROOM_MAX).

Declared in the shape of data/settings.py (name, default, parser, help) so that they move
there unchanged once that module exists; read when asked for, so a changed environment (a
test's monkeypatch, a subprocess) is seen.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

REPO_ROOT = Path(__file__).resolve().parents[2]


class SettingError(ValueError):
    """A variable's value cannot be used; the message names the variable."""


def _positive_int(value: str) -> int:
    if not value.isdigit() or int(value) < 1:
        raise ValueError("must be a positive whole number")
    return int(value)


def _dir(value: str) -> Path:
    return Path(value)


def _redis_url(value: str) -> str:
    if value and not value.startswith(("redis://", "rediss://", "unix://")):
        raise ValueError("must be a redis://, rediss:// or unix:// URL")
    return value


@dataclass(frozen=True)
class Setting:
    name: str
    default: str
    parse: Callable[[str], Any]
    help: str


SETTINGS: tuple[Setting, ...] = (
    Setting("IBO_DATA_DIR", str(REPO_ROOT / "instance"), _dir,
            "folder for the live-session SQLite store (default: instance/ in the checkout)"),
    Setting("IBO_REDIS_URL", "", _redis_url,
            "when set (redis://host:6379/0), live sessions and their rate limits use this Redis "
            "instead of SQLite, so several machines share rooms"),
    Setting("IBO_ROOM_TTL_HOURS", "12", _positive_int,
            "hours a live session is kept after its last answer"),
    Setting("IBO_ROOM_MAX", "500", _positive_int, "most participants in one live session"),
)
BY_NAME = {s.name: s for s in SETTINGS}


def get(name: str) -> Any:
    """The parsed value of a declared variable (its default when unset or blank)."""
    setting = BY_NAME[name]
    raw = os.environ.get(name, "").strip() or setting.default
    try:
        return setting.parse(raw)
    except ValueError as exc:
        raise SettingError(f"{name} {exc}, got {raw!r}") from None
