"""Layout of the friendly 404 page: the path (as text, never markup) and a link home."""

from __future__ import annotations

from dash import dcc, html

from components.i18n import t
from components.shell import with_lang


def layout(path: str, lang: str) -> html.Div:
    shown = path if len(path) <= 80 else path[:77] + "..."
    return html.Div([
        html.H1(t("notfound.title", lang)),
        html.P(t("notfound.body", lang, path=shown)),  # text node: never rendered as HTML
        dcc.Link(t("notfound.home", lang), href=with_lang("/", lang)),
    ])
