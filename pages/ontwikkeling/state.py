"""URL state of the trends page: only the language (every edition is always shown)."""

from __future__ import annotations

from dataclasses import dataclass

from components.state import QueryState


@dataclass(frozen=True)
class TrendState(QueryState):
    """?lang=en; unknown parameters become a visible notice."""
