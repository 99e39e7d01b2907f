"""The presenter storyline: the report's narrative as a sequence of views, one URL per step.

Each step names the page whose card it shows (so a presenter can open the interactive view)
and a function lang -> card. Cards come from the pages' own card builders, so a step shows
exactly what the page shows; `theme.presenting()` switches their figures to projector type.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from components import ids
from components.figures import theme


@dataclass(frozen=True)
class Step:
    """One view of the storyline: i18n key of its heading, the full view's URL, its card."""

    title_key: str
    path: str
    query: str
    card: Callable[[str], object]

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
    Step("story.share", "/", "", _overview_share),
    Step("story.types", "/vergelijking", "?onderwerp=typen", _comparison("typen")),
    Step("story.triggers", "/vergelijking", "?onderwerp=aanleiding", _comparison("aanleiding")),
    Step("story.results", "/vergelijking", "?onderwerp=resultaten", _comparison("resultaten")),
    Step("story.climate_sector", "/klimaat", "", _climate(ids.KLIMAAT_BOX_CARD)),
    Step("story.within_between", "/klimaat", "", _climate(ids.KLIMAAT_VARIANCE_CARD)),
    Step("story.climate_results", "/klimaat", "?uitsplitsing=results",
         _climate(ids.KLIMAAT_BREAKDOWN_CARD, uitsplitsing="results")),
)


def build(step: Step, lang: str):
    """The step's card with projector-sized figures."""
    with theme.presenting():
        return step.card(lang)


def first_step_of(path: str) -> int:
    """1-based number of the first step that shows `path` (1 when none does)."""
    return next((i for i, s in enumerate(STEPS, 1) if s.path == path), 1)
