"""The storyline: every step renders a card with projector-sized figures, steps round-trip."""

import pytest

from pages.presenteer import cards as storyline
from components.figures import theme
from pages import presenteer
import callbacks.router  # noqa: F401  (provides the pages' cards to the storyline)


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
    state = presenteer.PresenterState(stap=number, lang=lang)
    view = presenteer.step_view(state)
    figures = [f for part in view for f in _figures(part)]
    assert figures, f"step {number} shows no chart"
    for fig in figures:
        assert fig.layout.template.layout.font.size == 22  # the projector template
    assert presenteer.PresenterState.from_query(state.to_query())[0] == state


def test_figures_outside_presenter_mode_keep_the_screen_template():
    storyline.build(storyline.STEPS[0], "nl")
    assert theme.base_layout("nl")["template"] == theme.TEMPLATE


def test_first_step_of_a_page():
    assert storyline.first_step_of("/vergelijking") == 2
    assert storyline.first_step_of("/onbekend") == 1
