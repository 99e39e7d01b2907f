"""The presenter storyline: the report's narrative as a sequence of views, one URL per step.

Each step names the page whose card it shows, the query string of the interactive view and
the section of that page's card contract. The cards come from the pages' own builders (the
router hands them over with `provide`, so this module imports no other page): a step shows
exactly what the page shows; `theme.presenting()` switches their figures to projector type.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from urllib.parse import parse_qsl

from dash import dcc

from components import ids
from components.figures import theme
from components import published
from components.i18n import t

# path -> card(section, search): each page's builder of one of its sections for a URL state.
PageCards = Callable[[str, str], object]
_PAGE_CARDS: dict[str, PageCards] = {}


def provide(cards: dict[str, PageCards]) -> None:
    """The pages' card builders by path (callbacks/router.py calls this once)."""
    _PAGE_CARDS.update(cards)


@dataclass(frozen=True)
class Step:
    """One view of the storyline: i18n key of its heading, the full view's URL, its section."""

    title_key: str
    path: str
    query: str
    section: str
    takeaway: bool = True  # the card's summary is a sentence worth showing on the slide
    notes: tuple[str, ...] = ()  # i18n keys of the compact caveats kept on the slide

    def title(self, lang: str) -> str:
        """The step's heading; the published numbers it cites filled from the data."""
        return t(self.title_key, lang, **published.report_values(lang))

    def search(self, lang: str) -> str:
        """The step's query string in the language `lang`."""
        return self.query + (("&" if self.query else "?") + "lang=en" if lang == "en" else "")

    def full_view(self, lang: str) -> str:
        """The interactive page this step comes from, in the same language."""
        return self.path + self.search(lang)


STEPS: tuple[Step, ...] = (
    Step("story.share", "/", "", ids.OVERVIEW_SHARE_CARD, notes=("present.note.share",)),
    Step("story.changed", "/ontwikkeling", "", ids.trend_chart("innovated"),
         notes=("present.note.changed",)),
    Step("story.types", "/vergelijking", "?onderwerp=typen", ids.CMP_TOPIC_AREA,
         takeaway=False, notes=("present.note.compare", "present.note.bounds")),
    Step("story.triggers", "/vergelijking", "?onderwerp=aanleiding", ids.CMP_TOPIC_AREA,
         takeaway=False, notes=("present.note.compare", "present.note.bounds")),
    Step("story.results", "/vergelijking", "?onderwerp=resultaten", ids.CMP_TOPIC_AREA,
         takeaway=False, notes=("present.note.results", "present.note.compare")),
    Step("story.climate_sector", "/klimaat", "", ids.KLIMAAT_BOX_CARD,
         notes=("present.note.climate",)),
    Step("story.within_between", "/klimaat", "", ids.KLIMAAT_VARIANCE_CARD,
         notes=("present.note.within",)),
    Step("story.climate_results", "/klimaat", "?uitsplitsing=results",
         ids.KLIMAAT_BREAKDOWN_CARD, notes=("present.note.climate",)),
)


def build(step: Step, lang: str):
    """The step's card with projector-sized figures that take the slide's free height."""
    with theme.presenting():
        card = _PAGE_CARDS[step.path](step.section, step.search(lang))
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
        node.figure = _fit_figure(node.figure)
        node.config = {**(node.config or {}), "displayModeBar": False, "responsive": True}
        node.style = {**(getattr(node, "style", None) or {}), "height": "100%"}
        return
    if "chart-meta" in (getattr(node, "className", None) or "").split():
        setattr(node, "data-sources-label", t("present.sources", lang))
    _fit_to_slide(getattr(node, "children", None), lang)


def _fit_figure(figure):
    """A copy of a plain figure dict laid out for the slide: no fixed height,
    the legend in one row above the plot, annotations and value labels at least
    MIN_ANNOTATION_PX. The builders' dicts (and the template they share) are not changed."""
    if not isinstance(figure, dict):
        return figure
    layout = {k: v for k, v in figure.get("layout", {}).items() if k != "height"}
    layout["autosize"] = True
    if layout.get("showlegend") is not False:  # one row above the plot
        layout["legend"] = {**layout.get("legend", {}), "orientation": "h", "x": 0,
                            "xref": "container", "xanchor": "left", "y": 1.0,
                            "yanchor": "bottom"}
    if layout.get("annotations"):
        layout["annotations"] = [
            {**note, "font": {**note.get("font", {}), "size": max(
                note.get("font", {}).get("size") or 0, MIN_ANNOTATION_PX)}}
            for note in layout["annotations"]]
    data = []
    for trace in figure.get("data", []):  # value labels such as "niet gepubliceerd"
        size = trace.get("textfont", {}).get("size")
        if isinstance(size, (int, float)) and size < MIN_ANNOTATION_PX:
            trace = {**trace, "textfont": {**trace["textfont"], "size": MIN_ANNOTATION_PX}}
        data.append(trace)
    return {**figure, "data": data, "layout": layout}


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
