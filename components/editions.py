"""The edition selector's shared parts (/klimaat, /benchmark): its options and the check of
an edition named in a link. Shown only when more than one edition has aggregates."""

from __future__ import annotations

from typing import TypeVar

from components.state import Notice, QueryState
from data import editions as ed
from data import load

S = TypeVar("S", bound=QueryState)


def edition_options() -> list[dict]:
    """One option per edition with microdata aggregates: label and period."""
    return [{"label": f"{e.label} ({e.period})", "value": e.edition}
            for e in ed.with_aggregates(load.kept_table("editions"))]


def checked_edition(state: S) -> tuple[S, list[Notice]]:
    """The state with an edition this set of files holds ("" for the latest), and a notice
    when the link named another."""
    if not state.edition:
        return state, []
    if state.edition not in load.editions_with_aggregates():
        key = next(p.key for p in state.params() if p.name == "edition")
        return state.replace(edition=""), [Notice("notice.invalid_param",
                                                 (("param", key),
                                                  ("value", state.edition[:40])))]
    return (state.replace(edition="") if state.edition == load.default_edition() else state), []


def state_from_query(cls: type[S], search: str | None) -> tuple[S, list[Notice]]:
    """A page state with an edition from the URL: from_query, then checked_edition."""
    state, notices = cls.from_query(search)
    state, more = checked_edition(state)
    return state, [*notices, *more]
