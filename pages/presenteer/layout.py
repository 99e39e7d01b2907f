"""Presenter mode's view: heading, the step's card, the provenance footnote and the bar."""

from __future__ import annotations

from dash import dcc, html

from components import ids, published, shell
from components.i18n import t
from data import load
from pages.presenteer import cards as storyline
from pages.presenteer.state import PATH, PresenterState, state_for


def _step_href(number: int, lang: str) -> str:
    return PATH + PresenterState(step=number, lang=lang).to_query()


def bar(state: PresenterState) -> html.Nav:
    """Previous / counter / next / full screen / exit."""
    lang, number, total = state.lang, state.step, len(storyline.STEPS)
    step = storyline.STEPS[number - 1]
    prev_link = dcc.Link("←", id=ids.PRESENTER_PREV, href=_step_href(max(1, number - 1), lang),
                         title=t("present.prev", lang), className="btn btn-outline-light")
    next_link = dcc.Link("→", id=ids.PRESENTER_NEXT, href=_step_href(min(total, number + 1), lang),
                         title=t("present.next", lang), className="btn btn-outline-light")
    return html.Nav([
        prev_link,
        html.Span(t("present.counter", lang, step=number, total=total), className="mx-3",
                  **{"aria-live": "polite"}),
        next_link,
        html.Button(t("present.fullscreen", lang), id=ids.PRESENTER_FULLSCREEN,
                    className="btn btn-outline-light ms-4"),
        html.A([html.Span(t("present.exit", lang), className="presenter-exit-long"),
                html.Span(t("present.exit_short", lang), className="presenter-exit-short")],
               id=ids.PRESENTER_EXIT, href=step.full_view(lang), title=t("present.exit", lang),
               className="btn btn-outline-light ms-2"),
        html.A(t("sessie.entry.short", lang), id="presenter-sessie-link",
               href=shell.with_lang("/sessie", lang), className="btn btn-outline-light ms-2"),
        html.Span(t("present.keys", lang), className="ms-4 presenter-keys"),
    ], id=ids.PRESENTER_BAR, className="presenter-bar",
        **{"aria-label": t("present.bar", lang)})


def step_view(state: PresenterState) -> list:
    """Heading, the step's card and the provenance footnote."""
    lang = state.lang
    step = storyline.STEPS[state.step - 1]
    meta = load.meta()
    # the storyline tells the report edition's story: its n and period fill the notes
    facts = published.report_values(lang)
    notes = [t(key, lang, **facts) for key in step.notes]
    if meta.get("synthetic") == "true":
        notes.append(t("present.synthetic_footnote", lang, **facts))
    footnote = " ".join(notes)
    return [
        html.H1(step.title(lang), className="presenter-title"),
        html.Div(storyline.build(step, lang),
                 className="presenter-card" + (" with-takeaway" if step.takeaway else "")),
        html.P(footnote, className="presenter-footnote"),
        bar(state),
    ]


def layout(search: str = "", pathname: str = PATH) -> html.Div:
    state, notices = state_for(pathname, search)
    return html.Div([
        dcc.Location(id=ids.PRESENTER_URL, refresh=False),
        *shell.notices(notices, state.lang),
        html.Div(step_view(state), id=ids.PRESENTER_STEP, className="presenter-step"),
    ], className="presenter")


def validation_layout() -> html.Div:
    """The first step's address, empty step container and bar: every component the page's
    callbacks name, for Dash's callback checks, without building the step's card
    (tests/serving/test_shell.py compares with the full page)."""
    state, _ = state_for(PATH, "")
    return html.Div([dcc.Location(id=ids.PRESENTER_URL, refresh=False),
                     html.Div(bar(state), id=ids.PRESENTER_STEP)])
