"""Climate explorer wiring: controls -> KlimaatState -> URL, controls and every card."""

from __future__ import annotations

from dash import Input, Output, State, callback, ctx, no_update

from components import ids
from components.editions import checked_edition
from data import klimaat as data
from pages.klimaat import cards as klimaat_cards
from pages.klimaat.layout import group_options, hidden_fields
from pages.klimaat.state import BOX_GROUPINGS, KlimaatState

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
        # "Mijn organisatie": the URL's `org`, the same for the whole page load
        org=State(ids.KLIMAAT_ORG, "data"),
        # also an input: Back / Forward (the browser's history) change the address only
        search=Input(ids.KLIMAAT_URL, "search"),
    ),
    prevent_initial_call=True,
)
def update(values: dict, shown: list | None, lang: str | None, search: str | None,
           edition: str | None = None, org: str | None = None) -> dict:
    """The page for the controls' values (URL, controls and the cards that changed), or,
    when the address changed (Back / Forward), the controls and cards for the address."""
    # the edition control holds an edition id; the URL leaves the latest out
    chosen = data.edition_of(edition if isinstance(edition, str) else None)
    edition = "" if chosen == data.edition_of(None) else chosen
    frames = data.load_frames(edition)
    # Groups no filter can draw are not in the checklist: they count as shown (never hidden
    # in the URL because they were not offered); the chart's note names them as withheld.
    grouping = values.get("grouping") if isinstance(values, dict) else None
    never = data.never_drawn(frames.box, grouping) if grouping in BOX_GROUPINGS else ()
    # (Unchecking every offered group hides them all, those too: "no group chosen".)
    shown = [*shown, *never] if isinstance(shown, list) and shown else []
    if ctx.triggered_id == ids.KLIMAAT_URL:
        # the view on screen is what the controls show; the address says what it should be
        before = KlimaatState.from_controls({**values, "lang": lang, "org": org}, shown,
                                            None).replace(edition=edition)
        state = checked_edition(KlimaatState.from_query(search)[0])[0].replace(
            lang=before.lang)
        chosen = data.edition_of(state.edition or None)
        new_search = no_update
    else:
        triggered = PARAM_OF.get(ctx.triggered_id)
        state = KlimaatState.from_controls({**values, "lang": lang, "org": org}, shown,
                                           triggered).replace(edition=edition)
        before = checked_edition(KlimaatState.from_query(search)[0])[0]
        new_search = state.to_query()
    frames = data.load_frames(state.edition)
    stale = klimaat_cards.stale_sections(before, state)
    built = klimaat_cards.sections(state, frames, only=stale)
    never = data.never_drawn(frames.box, state.grouping)
    return dict(
        search=new_search,
        group_options=group_options(state, never),
        shown=[g for g in state.shown_groups if g not in never],
        values={param: getattr(state, param) for param in CONTROLS},
        hidden=hidden_fields(state),
        sections={s: built.get(s, no_update) for s in klimaat_cards.SECTION_IDS},
        edition=chosen,
    )
