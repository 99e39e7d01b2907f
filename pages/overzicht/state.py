"""URL state of the overview (/): the language only."""

from __future__ import annotations

from dataclasses import dataclass

from components.state import QueryState


@dataclass(frozen=True)
class OverviewState(QueryState):
    """The overview has no choices of its own; the query string holds the language."""
