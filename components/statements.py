"""One climate statement as a keyboard-friendly radio fieldset, shared by the benchmark form
(/benchmark) and the live-session form (/sessie): each page passes its own id factories."""

from __future__ import annotations

from collections.abc import Callable

from dash import html
import dash_bootstrap_components as dbc

from components.i18n import t
from data import questionnaire as q

ITEMS_BY_KEY = {item.key: item for item in q.CLIMATE_ITEMS}
DONT_KNOW = "x"
ANSWER_VALUES: tuple[str, ...] = (
    *(str(v) for v in range(q.LIKERT_MIN, q.LIKERT_MAX + 1)), DONT_KNOW)


def statement_fieldset(number: int, item_key: str, value: str, lang: str,
                       answer_id: Callable[[str], dict], option_id: Callable[[int, str], str],
                       name: str) -> html.Fieldset:
    """Statement `number`: a legend marked as paraphrase and six radio answers (1-5, weet
    niet); `answer_id(item)` names the radio group, `option_id(number, value)` each input."""
    item = ITEMS_BY_KEY[item_key]
    marker = t(f"benchmark.paraphrase.{item.paraphrase_source}", lang)
    options = [{"label": t(f"benchmark.likert.{v}", lang), "value": v,
                "input_id": option_id(number, v)} for v in ANSWER_VALUES]
    return html.Fieldset([
        html.Legend([
            html.Span(f"{number}. ", className="benchmark-item-number"),
            t(f"item.{item_key}", lang),
            html.Small(f" ({marker})", className="benchmark-paraphrase text-muted"),
        ], className="fs-6 fw-semibold mb-1"),
        dbc.RadioItems(id=answer_id(item_key), options=options,
                       value=value or None, inline=True, name=f"{name}-{number}",
                       class_name="benchmark-likert"),
    ], className="benchmark-item mb-3")
