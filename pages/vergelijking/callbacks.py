"""Wiring of /vergelijking: topic and subgroup controls -> URL and chart; CSV downloads."""

from __future__ import annotations

from dash import ALL, Input, Output, State, callback, clientside_callback, ctx, no_update

from components import ids, shell
from data import comparison as comparison_data
from pages.vergelijking import cards as page
from pages.vergelijking.state import NO_SUBGROUP, NO_SUBGROUP_CONTROL, ComparisonState

# Pure functions of their inputs and the aggregates: responses may be kept (serving/cache.py).
CACHE = {"show_topic": None, "download_topic": None, "download_gaps": None}


@callback(
    Output(ids.CMP_URL, "search"),
    Output(ids.CMP_TOPIC, "value"),
    Output(ids.CMP_SUBGROUP, "value"),
    Output(ids.CMP_TOPIC_AREA, "children"),
    Output(ids.CMP_NOTICES, "children"),
    Input(ids.CMP_TOPIC, "value"),
    Input(ids.CMP_SUBGROUP, "value"),
    Input(ids.CMP_URL, "search"),  # Back / Forward change the address only
    prevent_initial_call=True,
)
def show_topic(topic: str | None, subgroup: str | None, search: str | None):
    """Write the chosen topic and subgroup to the URL and draw that comparison; after Back /
    Forward, set the controls and the chart from the address instead."""
    data = comparison_data.load_data()
    if ctx.triggered_id == ids.CMP_URL:
        state, notices, _ = page.resolve(search, data["shares"], data["meta"])
        return (no_update, state.topic, state.subgroup or NO_SUBGROUP_CONTROL,
                page.topic_card(state, data), shell.notices(notices, state.lang))
    shown = ComparisonState.from_query(search)[0]
    if subgroup == NO_SUBGROUP_CONTROL:
        subgroup = NO_SUBGROUP
    wanted = ComparisonState.from_values(topic=topic, subgroup=subgroup, lang=shown.lang,
                                         org=shown.org)
    state, notices, _ = page.resolve(wanted.to_query(), data["shares"], data["meta"])
    return (state.to_query(), no_update, no_update, page.topic_card(state, data),
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


# "Vergelijk met mijn organisatie": the button chooses that subgroup in the select (the
# select's change then draws it and writes the URL).
clientside_callback(
    """function(clicks) {
        const ctx = window.dash_clientside.callback_context;
        const fired = (ctx.triggered || []).filter(function(t) { return t.value; });
        if (!fired.length) { return window.dash_clientside.no_update; }
        return JSON.parse(fired[0].prop_id.split(".n_clicks")[0]).value;
    }""",
    Output(ids.CMP_SUBGROUP, "value", allow_duplicate=True),
    Input({"type": ids.CMP_ORG_BUTTON_TYPE, "value": ALL}, "n_clicks"),
    prevent_initial_call=True,
)
