"""The storyline: every step renders a card with projector-sized figures, steps round-trip."""

import pytest

from pages.presenteer import cards as storyline
from components.figures import theme
from pages import presenteer
import callbacks.router  # noqa: F401  (provides the pages' cards to the storyline)
from tests.figure_check import checked


def _figures(component):
    found = []
    if getattr(component, "figure", None) is not None:
        found.append(component.figure)
    children = getattr(component, "children", None)
    for child in children if isinstance(children, (list, tuple)) else [children]:
        if child is not None and not isinstance(child, (str, int, float)):
            found += _figures(child)
    return found


@pytest.mark.parametrize("number", range(1, len(storyline.STEPS) + 1))
@pytest.mark.parametrize("lang", ["nl", "en"])
def test_each_step_renders_projector_figures(number, lang):
    state = presenteer.PresenterState(step=number, lang=lang)
    view = presenteer.step_view(state)
    figures = [f for part in view for f in _figures(part)]
    assert figures, f"step {number} shows no chart"
    for fig in figures:
        assert checked(fig).layout.template.layout.font.size == 22  # the projector template
    assert presenteer.PresenterState.from_query(state.to_query())[0] == state


def test_figures_outside_presenter_mode_keep_the_screen_template():
    storyline.build(storyline.STEPS[0], "nl")
    assert theme.base_layout("nl")["template"] == theme.template_dict(theme.TEMPLATE)


def test_first_step_of_a_page():
    assert storyline.first_step_of("/vergelijking") == \
        next(i for i, s in enumerate(storyline.STEPS, 1) if s.path == "/vergelijking")
    assert storyline.first_step_of("/ontwikkeling") == 2  # "wat veranderde" right after step 1
    assert storyline.first_step_of("/onbekend") == 1


def test_step_for_view_picks_the_step_of_the_current_view():
    from pages.presenteer.cards import STEPS, first_step_of, step_for_view

    assert step_for_view("/vergelijking", "?onderwerp=resultaten&lang=en") == \
        next(i for i, s in enumerate(STEPS, 1) if s.query == "?onderwerp=resultaten")
    assert step_for_view("/klimaat", "?uitsplitsing=results&groepering=sector") == \
        next(i for i, s in enumerate(STEPS, 1) if s.query == "?uitsplitsing=results")
    assert step_for_view("/vergelijking", "?onderwerp=onbekend") == first_step_of("/vergelijking")
    assert step_for_view("/benchmark", "") == 1
    assert step_for_view("/klimaat", None) == first_step_of("/klimaat")


def test_presenter_cards_have_no_fixed_height_and_no_modebar():
    from dash import dcc

    from pages.presenteer import cards as storyline

    for step in storyline.STEPS:
        card = storyline.build(step, "nl")
        graphs = []

        def walk(node):
            if isinstance(node, (list, tuple)):
                for child in node:
                    walk(child)
            elif isinstance(node, dcc.Graph):
                graphs.append(node)
            elif hasattr(node, "to_plotly_json"):
                walk(getattr(node, "children", None))

        walk(card)
        assert graphs, step.title_key
        for graph in graphs:
            assert checked(graph.figure).layout.height is None
            assert graph.config["displayModeBar"] is False
