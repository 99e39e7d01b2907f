"""The presenter storyline: the report's narrative as a sequence of views, one URL per step.

Each step names the page whose card it shows (so a presenter can open the interactive view)
and a function lang -> card. Cards come from the pages' own card builders, so a step shows
exactly what the page shows; `theme.presenting()` switches their figures to projector type.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from urllib.parse import parse_qsl

from dash import dcc
import plotly.graph_objects as go

from components import ids
from components.figures import theme
from components.i18n import t


@dataclass(frozen=True)
class Step:
    """One view of the storyline: i18n key of its heading, the full view's URL, its card."""

    title_key: str
    path: str
    query: str
    card: Callable[[str], object]
    takeaway: bool = True  # the card's summary is a sentence worth showing on the slide
    notes: tuple[str, ...] = ()  # i18n keys of the compact caveats kept on the slide

    def full_view(self, lang: str) -> str:
        """The interactive page this step comes from, in the same language."""
        query = self.query + (("&" if self.query else "?") + "lang=en" if lang == "en" else "")
        return self.path + query


def _overview_share(lang: str):
    from pages import overzicht
    from data import load

    return overzicht.share_card(load.load_table("published_figures"), load.load_table("sources"),
                                lang)


def _comparison(topic: str) -> Callable[[str], object]:
    def card(lang: str):
        from components.comparison_topics import ComparisonState
        from pages import vergelijking

        return vergelijking.topic_card(ComparisonState(onderwerp=topic, lang=lang),
                                       vergelijking.load_data())
    return card


def _climate(section: str, **state) -> Callable[[str], object]:
    def card(lang: str):
        from components.klimaat_cards import sections
        from components.klimaat_state import KlimaatState
        from pages import klimaat

        return sections(KlimaatState(lang=lang, **state), klimaat.load_frames(),
                        only=(section,))[section]
    return card


STEPS: tuple[Step, ...] = (
    Step("story.share", "/", "", _overview_share, notes=("present.note.share",)),
    Step("story.types", "/vergelijking", "?onderwerp=typen", _comparison("typen"),
         takeaway=False, notes=("present.note.compare", "present.note.bounds")),
    Step("story.triggers", "/vergelijking", "?onderwerp=aanleiding", _comparison("aanleiding"),
         takeaway=False, notes=("present.note.compare", "present.note.bounds")),
    Step("story.results", "/vergelijking", "?onderwerp=resultaten", _comparison("resultaten"),
         takeaway=False, notes=("present.note.results", "present.note.compare")),
    Step("story.climate_sector", "/klimaat", "", _climate(ids.KLIMAAT_BOX_CARD),
         notes=("present.note.climate",)),
    Step("story.within_between", "/klimaat", "", _climate(ids.KLIMAAT_VARIANCE_CARD),
         notes=("present.note.within",)),
    Step("story.climate_results", "/klimaat", "?uitsplitsing=results",
         _climate(ids.KLIMAAT_BREAKDOWN_CARD, uitsplitsing="results"),
         notes=("present.note.climate",)),
)


def build(step: Step, lang: str):
    """The step's card with projector-sized figures that take the slide's free height."""
    with theme.presenting():
        card = step.card(lang)
    _fit_to_slide(card, lang)
    return card


# Annotations and value labels (e.g. "niet gepubliceerd") smaller than this are enlarged.
MIN_ANNOTATION_PX = 20


def _fit_to_slide(node, lang: str) -> None:
    """Graphs without a fixed height (the CSS gives them the free height) and without the
    modebar; larger annotations; the source lines get their one-line label."""
    if isinstance(node, (list, tuple)):
        for child in node:
            _fit_to_slide(child, lang)
        return
    if not hasattr(node, "to_plotly_json"):
        return
    if isinstance(node, dcc.Graph):
        figure = node.figure
        if isinstance(figure, go.Figure):
            figure.layout.height = None
            figure.layout.autosize = True
            if figure.layout.showlegend is not False:  # one row above the plot
                figure.layout.legend.update(orientation="h", x=0, xref="container", xanchor="left", y=1.0,
                                            yanchor="bottom")
            for note in figure.layout.annotations or ():
                note.font.size = max(note.font.size or 0, MIN_ANNOTATION_PX)
            for trace in figure.data:  # value labels such as "niet gepubliceerd"
                font = getattr(trace, "textfont", None)
                if font is not None and font.size is not None and not isinstance(
                        font.size, (list, tuple)) and font.size < MIN_ANNOTATION_PX:
                    font.size = MIN_ANNOTATION_PX
        node.config = {**(node.config or {}), "displayModeBar": False, "responsive": True}
        node.style = {**(getattr(node, "style", None) or {}), "height": "100%"}
        return
    if "chart-meta" in (getattr(node, "className", None) or "").split():
        setattr(node, "data-sources-label", t("present.sources", lang))
    _fit_to_slide(getattr(node, "children", None), lang)


def _params(query: str) -> dict[str, str]:
    return {k: v for k, v in parse_qsl(query.lstrip("?")) if k not in ("lang", "presenteer")}


def step_for_view(path: str, search: str | None = "") -> int:
    """1-based number of the step that shows the view `path` + `search`: the step of that
    page whose query the view's parameters contain, most specific first; else the page's
    first step; 1 when no step shows the page."""
    view = _params(search if isinstance(search, str) else "")
    best, best_size = 0, -1
    for number, step in enumerate(STEPS, 1):
        wanted = _params(step.query)
        if step.path == path and wanted.items() <= view.items() and len(wanted) > best_size:
            best, best_size = number, len(wanted)
    return best or first_step_of(path)


def first_step_of(path: str) -> int:
    """1-based number of the first step that shows `path` (1 when none does)."""
    return next((i for i, s in enumerate(STEPS, 1) if s.path == path), 1)
