"""Presenter mode (/presenteer?stap=N): the storyline full screen, one URL per step.

No navigation, no filters: only the chart, its takeaway and source as a footnote, and a small
bar (previous, step counter, next, full screen, exit). Arrow keys, Page Up/Down (clickers),
space and Escape work through assets/40-presenter.js.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import ClassVar

from dash import dcc, html

from components import ids, shell, storyline
from components.i18n import t
from components.state import Param, QueryState
from data import load

PATH = "/presenteer"
NAV_KEY = "nav.present"
ORDER = 90
CACHE_LAYOUT = True  # rendering depends only on the URL and the aggregates (serving/cache.py)
CHROME = False  # the router leaves out navigation and banner; the banner becomes a footnote


@dataclass(frozen=True)
class PresenterState(QueryState):
    PARAMS: ClassVar = (Param("stap", 1, tuple(range(1, len(storyline.STEPS) + 1)), parse=int),
                        Param("presenteer", 1, (0, 1), parse=int))
    stap: int = 1
    presenteer: int = 1


def state_for(pathname: str, search: str | None) -> tuple[PresenterState, list]:
    """The presenter state for a URL: /presenteer?stap=N, or any page with ?presenteer=1,
    which starts at that page's first step."""
    state, notices = PresenterState.from_query(search)
    if pathname != PATH:
        state, notices = PresenterState(stap=storyline.first_step_of(pathname),
                                        lang=state.lang), []
    return state, notices


def _step_href(number: int, lang: str) -> str:
    return PATH + PresenterState(stap=number, lang=lang).to_query()


def bar(state: PresenterState) -> html.Nav:
    """Previous / counter / next / full screen / exit."""
    lang, number, total = state.lang, state.stap, len(storyline.STEPS)
    step = storyline.STEPS[number - 1]
    prev_link = dcc.Link("←", id=ids.PRESENTER_PREV, href=_step_href(max(1, number - 1), lang),
                         title=t("present.prev", lang), className="btn btn-outline-light")
    next_link = dcc.Link("→", id=ids.PRESENTER_NEXT, href=_step_href(min(total, number + 1), lang),
                         title=t("present.next", lang), className="btn btn-outline-light")
    return html.Nav([
        prev_link,
        html.Span(t("present.counter", lang, step=number, total=total), className="mx-3",
                  **{"aria-live": "polite"}),
        next_link,
        html.Button(t("present.fullscreen", lang), id=ids.PRESENTER_FULLSCREEN,
                    className="btn btn-outline-light ms-4"),
        html.A(t("present.exit", lang), id=ids.PRESENTER_EXIT, href=step.full_view(lang),
               className="btn btn-outline-light ms-2"),
        html.A(t("sessie.entry.short", lang), id="presenter-sessie-link",
               href=shell.with_lang("/sessie", lang), className="btn btn-outline-light ms-2"),
        html.Span(t("present.keys", lang), className="ms-4 presenter-keys"),
    ], id=ids.PRESENTER_BAR, className="presenter-bar",
        **{"aria-label": t("present.bar", lang)})


def step_view(state: PresenterState) -> list:
    """Heading, the step's card and the provenance footnote."""
    lang = state.lang
    step = storyline.STEPS[state.stap - 1]
    meta = load.meta()
    footnote = t("present.synthetic_footnote", lang) if meta.get("synthetic") == "true" else ""
    return [
        html.H1(t(step.title_key, lang), className="presenter-title"),
        html.Div(storyline.build(step, lang), className="presenter-card"),
        html.P(footnote, className="presenter-footnote"),
        bar(state),
    ]


def layout(search: str = "", pathname: str = PATH) -> html.Div:
    state, notices = state_for(pathname, search)
    return html.Div([
        dcc.Location(id=ids.PRESENTER_URL, refresh=False),
        *shell.notices(notices, state.lang),
        html.Div(step_view(state), id=ids.PRESENTER_STEP),
    ], className="presenter")
