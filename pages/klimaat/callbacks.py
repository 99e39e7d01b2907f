"""Climate explorer wiring: controls -> KlimaatState -> URL, controls and every card."""

from __future__ import annotations

from dash import Input, Output, State, callback, ctx, no_update

from components import ids
from data import klimaat as data
from pages.klimaat import cards as klimaat_cards
from pages.klimaat.layout import checked_edition, group_options, hidden_fields
from pages.klimaat.state import KlimaatState

CONTROLS = {"grouping": ids.KLIMAAT_GROUPING, "size_class": ids.KLIMAAT_SIZE,
            "innovated": ids.KLIMAAT_INNOVATED, "sector": ids.KLIMAAT_SECTOR,
            "cluster": ids.KLIMAAT_CLUSTER, "sort": ids.KLIMAAT_SORT,
            "breakdown": ids.KLIMAAT_BREAKDOWN}
PARAM_OF = {control: param for param, control in CONTROLS.items()}
FIELDS = (ids.KLIMAAT_SECTOR_FIELD, ids.KLIMAAT_CLUSTER_FIELD, ids.KLIMAAT_SIZE_FIELD,
          ids.KLIMAAT_INNOVATED_FIELD)
# The response depends only on the inputs, the URL state, the trigger and the aggregates:
# responses may be kept (serving/cache.py).
CACHE = {"update": None}


@callback(
    output=dict(
        search=Output(ids.KLIMAAT_URL, "search"),
        group_options=Output(ids.KLIMAAT_GROUPS, "options"),
        shown=Output(ids.KLIMAAT_GROUPS, "value"),
        values={param: Output(control, "value") for param, control in CONTROLS.items()},
        hidden={field: Output(field, "hidden") for field in FIELDS},
        sections={section: Output(section, "children")
                  for section in klimaat_cards.SECTION_IDS},
        edition=Output(ids.KLIMAAT_EDITION, "value"),
    ),
    inputs=dict(
        values={param: Input(control, "value") for param, control in CONTROLS.items()},
        edition=Input(ids.KLIMAAT_EDITION, "value"),
        shown=Input(ids.KLIMAAT_GROUPS, "value"),
        lang=State(ids.KLIMAAT_LANG, "data"),
        search=State(ids.KLIMAAT_URL, "search"),
    ),
    prevent_initial_call=True,
)
def update(values: dict, shown: list | None, lang: str | None, search: str | None,
           edition: str | None = None) -> dict:
    """The page for the controls' values: URL, controls, and the cards that changed."""
    triggered = PARAM_OF.get(ctx.triggered_id)
    state = KlimaatState.from_controls({**values, "lang": lang}, shown, triggered)
    # the edition control holds an edition id; the URL leaves the latest out
    chosen = data.edition_of(edition if isinstance(edition, str) else None)
    state = state.replace(edition="" if chosen == data.edition_of(None) else chosen)
    before = checked_edition(KlimaatState.from_query(search)[0])[0]
    stale = klimaat_cards.stale_sections(before, state)
    built = klimaat_cards.sections(state, data.load_frames(state.edition), only=stale)
    return dict(
        search=state.to_query(),
        group_options=group_options(state),
        shown=list(state.shown_groups),
        values={param: getattr(state, param) for param in CONTROLS},
        hidden=hidden_fields(state),
        sections={s: built.get(s, no_update) for s in klimaat_cards.SECTION_IDS},
        edition=chosen,
    )
