"""The live-session settings, read through data/settings.py (the one module that reads the
environment): IBO_DATA_DIR, IBO_REDIS_URL, IBO_ROOM_TTL_HOURS, IBO_ROOM_MAX."""

from __future__ import annotations

from pathlib import Path

from data import settings

REPO_ROOT = Path(__file__).resolve().parents[2]
DEFAULT_DATA_DIR = REPO_ROOT / "instance"


def data_dir() -> Path:
    return settings.get("IBO_DATA_DIR") or DEFAULT_DATA_DIR


def redis_url() -> str:
    return settings.get("IBO_REDIS_URL")


def ttl_seconds() -> int:
    return settings.get("IBO_ROOM_TTL_HOURS") * 3600


def max_participants() -> int:
    return settings.get("IBO_ROOM_MAX")
