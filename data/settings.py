"""Every environment variable the app, gunicorn and the pipeline read: declared here once, with
its default, type and help text, and read nowhere else (tests/unit/test_settings.py checks
both that and that README.md documents each one).

Values are read when asked for (`settings.get(NAME)`), so a changed environment (a test's
monkeypatch, a subprocess) is seen. `check_all()` parses every variable; app.py and
gunicorn.conf.py call it first, so a bad value stops start-up with one line naming the
variable instead of failing later in a request.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

LOG_LEVELS = ("debug", "info", "warning", "error", "critical")


class SettingError(ValueError):
    """A variable's value cannot be used; the message names the variable."""


@dataclass(frozen=True)
class Setting:
    name: str
    default: str
    parse: Callable[[str], Any]
    help: str


def _positive_int(value: str) -> int:
    if not value.isdigit() or int(value) < 1:
        raise ValueError("must be a positive whole number")
    return int(value)


def _port(value: str) -> int:
    number = _positive_int(value)
    if number > 65535:
        raise ValueError("must be a port number (1-65535)")
    return number


def _min_cell(value: str) -> int:
    number = _positive_int(value)
    if number < MIN_CELL_FLOOR:
        raise ValueError(f"can only raise the floor of {MIN_CELL_FLOOR}")
    return number


def _secret(value: str) -> str:
    if value and len(value) < 16:
        raise ValueError("must be at least 16 characters (or empty)")
    return value


def _flag(value: str) -> bool:
    if value not in ("0", "1"):
        raise ValueError("must be 0 or 1")
    return value == "1"


def _log_level(value: str) -> str:
    if value.lower() not in LOG_LEVELS:
        raise ValueError(f"must be one of {', '.join(LOG_LEVELS)}")
    return value.lower()


def _host(value: str) -> str:
    if any(c.isspace() for c in value):
        raise ValueError("must be a host name or address")
    return value


def _path(value: str) -> Path | None:
    return Path(value) if value else None


def _redis_url(value: str) -> str:
    if value and not value.startswith(("redis://", "rediss://", "unix://")):
        raise ValueError("must be a redis://, rediss:// or unix:// URL")
    return value


def _address(value: str) -> str:
    host, _, port = value.rpartition(":")
    if value and (not host or any(c.isspace() for c in host) or not port.isdigit()
                  or not 0 < int(port) < 65536):
        raise ValueError("must be host:port, e.g. 127.0.0.1:8052")
    return value


def _source_list(value: str) -> str:
    value = value.strip()
    if not value or any(c in value for c in ";,\r\n"):
        raise ValueError("must be a space-separated source list")
    return value


# Disclosure control: the smallest group that may be published; configurable upward only.
MIN_CELL_FLOOR = 5

SETTINGS: tuple[Setting, ...] = (
    Setting("IBO_AGGREGATES_DIR", "", _path,
            "folder of the Parquet aggregates the app reads (default: data/aggregates)"),
    Setting("IBO_MIN_CELL", str(MIN_CELL_FLOOR), _min_cell,
            "smallest group that may be published; can only be raised above 5"),
    Setting("IBO_CELLKEY_SEED", "", _secret,
            "pipeline only: secret seed of the cell-key perturbation for a build from real "
            "microdata (empty: a secret kept in <input>.cellkey beside the input file); never "
            "store it with the aggregates"),
    Setting("IBO_FRAME_ANCESTORS", "'self'", _source_list,
            "origins allowed to embed the dashboard (CSP frame-ancestors), space-separated"),
    Setting("HOST", "", _host,
            "address to listen on (default: 0.0.0.0 under gunicorn, 127.0.0.1 for python app.py)"),
    Setting("PORT", "8050", _port, "port to listen on"),
    Setting("IBO_WORKERS", "2", _positive_int, "gunicorn worker processes"),
    Setting("IBO_THREADS", "4", _positive_int, "threads per gunicorn worker"),
    Setting("IBO_TIMEOUT", "30", _positive_int,
            "seconds a gunicorn worker may stay silent before it is restarted"),
    Setting("IBO_LOG_LEVEL", "info", _log_level, "gunicorn log level"),
    Setting("IBO_HEALTH_BIND", "", _address,
            "host:port where gunicorn's master answers /healthz for nginx (set by "
            "scripts/serve.sh; empty: none)"),
    Setting("IBO_DEBUG", "0", _flag, "1: Dash debug mode for python app.py (never in production)"),
    Setting("IBO_DATA_DIR", "", _path,
            "folder of the live-session store (SQLite; default: instance/ in the checkout)"),
    Setting("IBO_REDIS_URL", "", _redis_url,
            "Redis for live sessions and their rate limits, e.g. redis://host:6379/0 "
            "(default: SQLite in IBO_DATA_DIR); set it when several machines serve the app"),
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


def check_all() -> None:
    """Parse every variable; raises SettingError naming the first bad one."""
    for setting in SETTINGS:
        get(setting.name)


def check_or_exit() -> None:
    """For start-up: a bad value ends the process with one line on stderr (exit code 1)."""
    try:
        check_all()
    except SettingError as exc:
        raise SystemExit(f"error: cannot start, bad setting: {exc}") from None


def host(production: bool) -> str:
    """HOST, or the server's own default: every interface under gunicorn, loopback for dev."""
    return get("HOST") or ("0.0.0.0" if production else "127.0.0.1")


def markdown_table() -> str:
    """The README's settings table (tests/unit/test_settings.py keeps the two identical)."""
    rows = ["| variable | default | meaning |", "|---|---|---|"]
    for s in SETTINGS:
        default = f"`{s.default}`" if s.default else "(see meaning)"
        rows.append(f"| `{s.name}` | {default} | {s.help} |")
    return "\n".join(rows)
