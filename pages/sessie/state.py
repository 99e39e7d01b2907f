"""Where a /sessie address points: the landing page, a participant's form or a host screen.

Paths: /sessie (start or join), /sessie/<CODE> (participants), /sessie/<CODE>/scherm (the
host's projector screen). The host's capability token is never in a path: it arrives once in
the fragment (#sleutel=..., which browsers do not send to the server) and is then kept in the
browser's localStorage and sent in callback bodies. The query string carries only ?lang=.
"""

from __future__ import annotations

from dataclasses import dataclass

from components.state import QueryState
from data.rooms import model

PATH = "/sessie"
HOST_SUFFIX = "scherm"
JOIN_PATH = PATH + "/doe-mee"   # GET ?code=... -> redirect to the participant's page
CREATE_PATH = PATH + "/nieuw"   # POST: a new room, redirect to its host screen
KEY_PARAM = "sleutel"

LANDING, PARTICIPANT, HOST, MISSING = "landing", "participant", "host", "missing"


@dataclass(frozen=True)
class SessionState(QueryState):
    """Only the language: everything else is in the path."""


@dataclass(frozen=True)
class Where:
    role: str
    code: str = ""


def parse_path(path: object) -> Where:
    """The role and room code of a /sessie path (MISSING for anything else below /sessie)."""
    if not isinstance(path, str):
        return Where(MISSING)
    parts = [p for p in path.split("/") if p]
    if parts == ["sessie"]:
        return Where(LANDING)
    if len(parts) in (2, 3) and parts[0] == "sessie":
        code = model.norm_code(parts[1])
        if code is None or (len(parts) == 3 and parts[2] != HOST_SUFFIX):
            return Where(MISSING)
        return Where(HOST if len(parts) == 3 else PARTICIPANT, code)
    return Where(MISSING)


def participant_path(code: str) -> str:
    return f"{PATH}/{code}"


def host_path(code: str) -> str:
    return f"{PATH}/{code}/{HOST_SUFFIX}"


def with_lang(path: str, lang: str) -> str:
    return path + ("?lang=en" if lang == "en" else "")
