"""Climate explorer wiring: controls -> KlimaatState -> URL, controls and every card."""

from __future__ import annotations

from dash import Input, Output, State, callback, ctx

from components import ids, klimaat_cards, klimaat_controls
from components.klimaat_state import KlimaatState
from pages import klimaat as page

CONTROLS = {"groepering": ids.KLIMAAT_GROUPING, "omvang": ids.KLIMAAT_SIZE,
            "innovatie": ids.KLIMAAT_INNOVATED, "sector": ids.KLIMAAT_SECTOR,
            "cluster": ids.KLIMAAT_CLUSTER, "sortering": ids.KLIMAAT_SORT,
            "uitsplitsing": ids.KLIMAAT_BREAKDOWN}
PARAM_OF = {control: param for param, control in CONTROLS.items()}
FIELDS = (ids.KLIMAAT_SECTOR_FIELD, ids.KLIMAAT_CLUSTER_FIELD, ids.KLIMAAT_SIZE_FIELD,
          ids.KLIMAAT_INNOVATED_FIELD)


@callback(
    output=dict(
        search=Output(ids.KLIMAAT_URL, "search"),
        group_options=Output(ids.KLIMAAT_GROUPS, "options"),
        shown=Output(ids.KLIMAAT_GROUPS, "value"),
        values={param: Output(control, "value") for param, control in CONTROLS.items()},
        hidden={field: Output(field, "hidden") for field in FIELDS},
        sections={section: Output(section, "children")
                  for section in klimaat_cards.SECTION_IDS},
    ),
    inputs=dict(
        values={param: Input(control, "value") for param, control in CONTROLS.items()},
        shown=Input(ids.KLIMAAT_GROUPS, "value"),
        lang=State(ids.KLIMAAT_LANG, "data"),
    ),
    prevent_initial_call=True,
)
def update(values: dict, shown: list | None, lang: str | None) -> dict:
    """Everything on the page for the controls' values (the URL keeps them)."""
    triggered = PARAM_OF.get(ctx.triggered_id)
    state = KlimaatState.from_controls({**values, "lang": lang}, shown, triggered)
    return dict(
        search=state.to_query(),
        group_options=klimaat_controls.group_options(state),
        shown=list(state.shown_groups),
        values={param: getattr(state, param) for param in CONTROLS},
        hidden=klimaat_controls.hidden_fields(state),
        sections=klimaat_cards.sections(state, page.load_frames()),
    )
