"""The presenter storyline: the report's narrative as a sequence of views, one URL per step.

Each step names the page whose card it shows, the query string of the interactive view and
the section of that page's card contract. The cards come from the pages' own builders (the
router hands them over with `provide`, so this module imports no other page): a step shows
exactly what the page shows; `theme.presenting()` switches their figures to projector type.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from components import ids
from components.figures import theme

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

    def search(self, lang: str) -> str:
        """The step's query string in the language `lang`."""
        return self.query + (("&" if self.query else "?") + "lang=en" if lang == "en" else "")

    def full_view(self, lang: str) -> str:
        """The interactive page this step comes from, in the same language."""
        return self.path + self.search(lang)


STEPS: tuple[Step, ...] = (
    Step("story.share", "/", "", ids.OVERVIEW_SHARE_CHART),
    Step("story.types", "/vergelijking", "?onderwerp=typen", ids.CMP_TOPIC_AREA),
    Step("story.triggers", "/vergelijking", "?onderwerp=aanleiding", ids.CMP_TOPIC_AREA),
    Step("story.results", "/vergelijking", "?onderwerp=resultaten", ids.CMP_TOPIC_AREA),
    Step("story.climate_sector", "/klimaat", "", ids.KLIMAAT_BOX_CARD),
    Step("story.within_between", "/klimaat", "", ids.KLIMAAT_VARIANCE_CARD),
    Step("story.climate_results", "/klimaat", "?uitsplitsing=results",
         ids.KLIMAAT_BREAKDOWN_CARD),
)


def build(step: Step, lang: str):
    """The step's card with projector-sized figures."""
    with theme.presenting():
        return _PAGE_CARDS[step.path](step.section, step.search(lang))


def first_step_of(path: str) -> int:
    """1-based number of the first step that shows `path` (1 when none does)."""
    return next((i for i, s in enumerate(STEPS, 1) if s.path == path), 1)
