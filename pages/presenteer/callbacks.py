"""Presenter mode: a new step URL (next/previous link or key) renders that step."""

from __future__ import annotations

from dash import Input, Output, State, callback, clientside_callback

from components import ids
from pages.presenteer.layout import step_view
from pages.presenteer.state import PATH, state_for

# A step depends only on its URL and the aggregates: responses may be kept (serving/cache.py).
CACHE = {"show_step": None}


@callback(Output(ids.PRESENTER_STEP, "children"), Input(ids.PRESENTER_URL, "search"),
          State(ids.PRESENTER_URL, "pathname"), prevent_initial_call=True)
def show_step(search: str | None, pathname: str | None):
    """The step the URL names (step 1 for anything invalid)."""
    state, _ = state_for(pathname or PATH, search)
    return step_view(state)


clientside_callback(
    """function(n) {
        if (n && !document.fullscreenElement && document.documentElement.requestFullscreen) {
            document.documentElement.requestFullscreen().catch(() => {});
        } else if (n && document.fullscreenElement) {
            document.exitFullscreen();
        }
        return window.dash_clientside.no_update;
    }""",
    Output(ids.PRESENTER_FULLSCREEN, "title"),
    Input(ids.PRESENTER_FULLSCREEN, "n_clicks"),
    prevent_initial_call=True,
)
