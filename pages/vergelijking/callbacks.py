"""Wiring of /vergelijking: topic and subgroup controls -> URL and chart; CSV downloads."""

from __future__ import annotations

from dash import Input, Output, State, callback, no_update

from components import ids, shell
from data import comparison as comparison_data
from pages.vergelijking import cards as page
from pages.vergelijking.state import NO_SUBGROUP, NO_SUBGROUP_CONTROL, ComparisonState

# Pure functions of their inputs and the aggregates: responses may be kept (serving/cache.py).
CACHE = {"show_topic": None, "download_topic": None, "download_gaps": None}


@callback(
    Output(ids.CMP_URL, "search"),
    Output(ids.CMP_TOPIC_AREA, "children"),
    Output(ids.CMP_NOTICES, "children"),
    Input(ids.CMP_TOPIC, "value"),
    Input(ids.CMP_SUBGROUP, "value"),
    State(ids.CMP_URL, "search"),
    prevent_initial_call=True,
)
def show_topic(topic: str | None, subgroup: str | None, search: str | None):
    """Write the chosen topic and subgroup to the URL and draw that comparison."""
    lang = ComparisonState.from_query(search)[0].lang
    if subgroup == NO_SUBGROUP_CONTROL:
        subgroup = NO_SUBGROUP
    wanted = ComparisonState.from_values(topic=topic, subgroup=subgroup, lang=lang)
    data = comparison_data.load_data()
    state, notices, _ = page.resolve(wanted.to_query(), data["shares"], data["meta"])
    return (state.to_query(), page.topic_card(state, data),
            shell.notices(notices, state.lang))


@callback(
    Output(ids.CMP_TOPIC_CSV, "data"),
    Input(ids.CMP_TOPIC_CSV_BUTTON, "n_clicks"),
    State(ids.CMP_URL, "search"),
    prevent_initial_call=True,
)
def download_topic(clicks: int | None, search: str | None):
    """The shown comparison as CSV."""
    if not clicks:
        return no_update
    data = comparison_data.load_data()
    state, _, _ = page.resolve(search, data["shares"], data["meta"])
    return page.topic_csv(state, data)


@callback(
    Output(ids.CMP_GAP_CSV, "data"),
    Input(ids.CMP_GAP_CSV_BUTTON, "n_clicks"),
    State(ids.CMP_URL, "search"),
    prevent_initial_call=True,
)
def download_gaps(clicks: int | None, search: str | None):
    """The gap ranking as CSV."""
    if not clicks:
        return no_update
    lang = ComparisonState.from_query(search)[0].lang
    return page.gap_csv(lang, comparison_data.load_data())
