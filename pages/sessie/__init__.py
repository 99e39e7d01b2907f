"""Live sessions (/sessie): the audience answers the climate statements on their phones, the
presenter's screen shows the room beside the country.

The page's home: state.py (paths and roles), layout.py (landing, participant, host, missing
and closed pages, the room view), figures.py (pure builders, QR code), callbacks.py (thin
wiring), routes.py (room creation, the rate limiter). The national numbers come from
data/sessie.py; rooms live in data/rooms (SQLite by default, Redis with IBO_REDIS_URL).
Routes: /sessie, /sessie/<CODE> (participants), /sessie/<CODE>/scherm (the host; its token is
never in a path, see state.py). Not in the navigation: /presenteer and /benchmark link here.
"""

from __future__ import annotations

from pages.sessie import callbacks  # noqa: F401  (registers the page's callbacks)
from pages.sessie.layout import layout, validation_layout
from pages.sessie.routes import install
from pages.sessie.state import HOST, PARTICIPANT, PATH, parse_path

__all__ = ["PATH", "PREFIX", "NAV_KEY", "ORDER", "chrome", "install", "layout",
           "validation_layout"]

NAV_KEY = None   # reached from /presenteer and /benchmark, not from the navigation
ORDER = 95
PREFIX = PATH    # the router gives this page every path below /sessie as well


def chrome(path: str) -> bool:
    """The host screen (projector) and the participant's form (a phone) come without the
    site's navigation; the landing page and the clear pages have the full shell."""
    return parse_path(path).role not in (HOST, PARTICIPANT)
