"""Layout of the methods page: static text from the i18n catalogue, one section per topic."""

from __future__ import annotations

from dash import html

from components import published, shell
from components.i18n import t
from components.provenance import KINDS
from components.state import QueryState
from data import load, schema

# (anchor, title key, paragraph keys). Anchors "published", "synthetic" and "mixed" are the
# targets of the provenance badges (components/provenance.methods_href).
SECTIONS: tuple[tuple[str, str, tuple[str, ...]], ...] = (
    ("bronnen", "methods.sources.title", ("methods.sources.p1", "methods.sources.p2")),
    ("published", "methods.kinds.title", ("methods.kinds.p",)),
    ("synthetic", "methods.synthetic.title",
     ("methods.synthetic.p1", "methods.synthetic.p2", "methods.synthetic.cannot")),
    ("bescherming", "methods.disclosure.title",
     ("methods.disclosure.p1", "methods.disclosure.p2")),
    ("definities", "methods.definitions.title",
     ("methods.def.scale", "methods.def.groups", "methods.def.bounds")),
    ("vergelijkbaarheid", "methods.compare.title",
     ("methods.compare.unit", "methods.compare.period", "methods.compare.weighting",
      "methods.compare.wording")),
    ("echte-gegevens", "methods.real.title", ("methods.real.p",)),
)


def _min_cell() -> int:
    try:
        return int(load.meta().get("min_cell", schema.MIN_CELL))
    except (ValueError, TypeError):
        return schema.MIN_CELL


def _kinds(lang: str, facts: dict) -> html.Ul:
    items = [html.Li(t(f"methods.kind.{k}", lang, **facts)) for k in KINDS]
    items.append(html.Li(t("methods.kind.mixed", lang), id="mixed"))
    return html.Ul(items)


def section(anchor: str, title_key: str, keys: tuple[str, ...], lang: str) -> html.Section:
    """One titled section; the kinds section lists the four kinds of values."""
    # the text describes the report edition: its n, innovators and period from the registry
    facts = published.report_values(lang)
    body: list = [html.P(t(k, lang, min_cell=_min_cell(), **facts)) for k in keys]
    if anchor == "published":
        body.append(_kinds(lang, facts))
    return html.Section([html.H2(t(title_key, lang), className="h4"), *body], id=anchor,
                        className="mb-4")


def layout(search: str = "") -> html.Div:
    """The methods page for the query string `search`."""
    return shell.language_page(QueryState, search, _body, className="methods-page")


@load.memoised(maxsize=4)
def _body(folder: str, lang: str) -> tuple:
    toc = html.Nav(html.Ul([html.Li(html.A(t(title, lang), href=f"#{anchor}"))
                            for anchor, title, _ in SECTIONS]),
                   **{"aria-label": t("methods.toc", lang)})
    return (
        html.H1(t("methods.title", lang), className="h2"),
        html.P(t("methods.lead", lang), className="lead"),
        toc,
        *(section(a, title, keys, lang) for a, title, keys in SECTIONS),
    )
