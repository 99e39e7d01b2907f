"""URL state of presenter mode: /presenteer?stap=N, or ?presenteer=1 on any page."""

from __future__ import annotations

from dataclasses import dataclass
from typing import ClassVar

from components.state import Param, QueryState
from pages.presenteer import cards as storyline

PATH = "/presenteer"


@dataclass(frozen=True)
class PresenterState(QueryState):
    PARAMS: ClassVar = (Param("step", 1, tuple(range(1, len(storyline.STEPS) + 1)), parse=int,
                              url="stap"),
                        Param("presenting", 1, (0, 1), parse=int, url="presenteer"))
    step: int = 1
    presenting: int = 1


def state_for(pathname: str, search: str | None) -> tuple[PresenterState, list]:
    """The presenter state for a URL: /presenteer?stap=N, or any page with ?presenteer=1,
    which starts at the step that shows the current view (topic, breakdown, ...)."""
    if pathname != PATH:
        lang = QueryState.from_query(search)[0].lang
        return PresenterState(step=storyline.step_for_view(pathname, search), lang=lang), []
    state, notices = PresenterState.from_query(search)
    return state, notices
