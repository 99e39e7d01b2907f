"""A chart card: title, graph, the question / n / period, source lines and the data table.

Every chart in the dashboard goes through `chart_card`, so none lacks its source, n or table;
chart, table, sources and downloads are four views of one card (`view_switch`).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from dash import dcc, html
import dash_bootstrap_components as dbc
import pandas as pd

from components import ids
from components.export import export_buttons, plain_text, table_columns, table_length
from components.i18n import CATALOGUE, t
from components.nodes import node
from components.provenance import clean_source_text, figure_label, methods_href
from components.numbers import separators


@dataclass(frozen=True)
class Source:
    """A source line: title, publisher, year and link (from the sources table)."""

    source_id: str
    title: str
    publisher: str
    year: str
    url: str


@dataclass(frozen=True)
class Section:
    """One entry of a page's card contract (pages/<page>/cards.py: CARDS).

    id: the container the layout renders and the page's callback refills;
    build: the page's shared inputs for one state -> the container's children (a chart_card,
    which carries figure, summary, table, sources, badge and file name);
    depends_on: the URL state fields it shows besides the population and language (a change
    of any other field leaves it as it is);
    width: columns of 12 on a wide screen (consecutive half-width sections share a row);
    status: a live status line (role=status) rather than a card;
    control: the state field whose control the layout draws right above the section;
    download: the dcc.Download id of the section's own CSV (its button is in the card's
    download view: chart_card's csv_button).
    """

    id: str
    build: Callable[[Any], Any]
    depends_on: tuple[str, ...] = ()
    width: int = 12
    status: bool = False
    control: str | None = None
    download: str | None = None


def section_layout(cards: tuple[Section, ...], built: dict, lang: str,
                   controls: dict[str, Callable[[], Any]] | None = None) -> list:
    """A page's card contract laid out in order: each section's control above it, its
    container (consecutive half-width ones share a row), its CSV download's receiver."""
    out: list = []
    for section in cards:
        if section.control:
            out.append((controls or {})[section.control]())
        if section.status:
            out.append(html.P(built[section.id], id=section.id, role="status",
                              className="fw-semibold"))
            continue
        box = html.Div(built[section.id], id=section.id)
        if section.width == 12:
            out.append(box)
        elif out and isinstance(out[-1], dbc.Row) and len(out[-1].children) == 1:
            out[-1].children.append(dbc.Col(box, lg=section.width))
        else:
            out.append(dbc.Row([dbc.Col(box, lg=section.width)]))
        if section.download:
            out.append(dcc.Download(id=section.download))
    return out


def kpi_tile(value: str, label: str, detail, *, value_id: str | None = None,
             label_first: bool = False, **width: int) -> dbc.Col:
    """A key figure: the value large, what it is, and where it comes from. `width`: the
    column's breakpoints (md=3, sm=6, ...)."""
    value_line = html.P(value, className="kpi-value mb-1",
                        **({"id": value_id} if value_id else {}))
    label_line = html.P(label, className="kpi-label mb-1")
    return dbc.Col(dbc.Card(dbc.CardBody([
        *((label_line, value_line) if label_first else (value_line, label_line)),
        html.P(detail, className="kpi-source mb-0"),
    ]), className="kpi-card h-100 shadow-sm"), className="mb-3", **width)


def plotly_locale(lang: str) -> dict:
    """A plotly locale: interface texts (Dutch ones from the catalogue) and number format."""
    dictionary = {entry["en"]: entry[lang] for key, entry in CATALOGUE.items()
                  if key.startswith("plotly.")}
    decimal, thousands = separators(lang)
    return {"dictionary": dictionary, "format": {"decimal": decimal, "thousands": thousands}}


# Not in the modebar: images come from the buttons under the chart (with title and source);
# nothing is sent to Plotly's cloud; selecting does nothing here and costs keyboard stops.
MODEBAR_REMOVED = ["toImage", "sendChartToCloud", "select2d", "lasso2d"]


def graph_config(lang: str) -> dict:
    """dcc.Graph config in the page language, with a modebar of zoom and pan buttons.

    Built once per language (the catalogue is scanned for the plotly texts); callers must
    not change it."""
    return _graph_config(lang)


@lru_cache(maxsize=8)
def _graph_config(lang: str) -> dict:
    return {
        "displaylogo": False,
        "showSendToCloud": False,
        "locale": lang,
        "locales": {lang: plotly_locale(lang)},
        "responsive": True,
        "modeBarButtonsToRemove": MODEBAR_REMOVED,
    }


def source_line(source: Source, lang: str, detail: str | None = None) -> html.Span:
    """"Bron: title (publisher, year)" with a link, plus an optional figure/period detail."""
    label = clean_source_text(f"{source.title} ({source.publisher}, {source.year})", lang)
    parts: list = [t("source.line", lang, source="")]
    parts.append(node(html.A, label, href=source.url, target="_blank",
                      rel="noopener noreferrer")
                 if source.url.startswith("https://") else label)
    if detail:
        parts.append(f" — {figure_label(detail, lang)}")
    return node(html.Span, parts)


def _cell(value) -> str:
    return "–" if value is None or value is pd.NA or (isinstance(value, float)
                                                      and value != value) else str(value)


def table_cells(table) -> list[list[str]]:
    """The table's cells (a DataFrame or a dict of column lists) as text, missing values as
    "–" (as `astype("string")` writes them, without pandas' per-call cost)."""
    _, columns = table_columns(table)
    columns = [[_cell(v) for v in values] for values in columns]
    return [list(row) for row in zip(*columns)] if columns else \
        [[] for _ in range(table_length(table))]


def table_data(table, lang: str) -> dict:
    """The data behind a chart (a DataFrame or a dict of column lists) as the card's table
    store holds it: caption, column names and rows of cell texts. The browser builds the
    accessible table from it when the card's table view opens (callbacks/card_table.py), so a
    page's first render does not carry every table's cells as components."""
    names, _ = table_columns(table)
    return {"caption": t("table.caption", lang), "columns": [str(n) for n in names],
            "rows": table_cells(table)}


VIEWS = ("chart", "table", "sources", "download")


def view_switch(chart_id: str, title: str, lang: str) -> html.Fieldset:
    """Chart / table / sources / download as one radio group (OWID grapher's tabs): native
    radios, so Tab reaches the group once and the arrow keys choose; the card's CSS shows the
    chosen panel (assets/10-app.css). The choice survives a rebuild of the card (persistence)."""
    return node(html.Fieldset, [
        node(html.Legend, t("card.view.legend", lang, title=title),
             className="visually-hidden"),
        node(dbc.RadioItems,
             id=ids.view_of(chart_id), value="chart", inline=True, persistence=True,
             persistence_type="memory", className="card-view-switch btn-group",
             input_class_name="btn-check",
             label_class_name="btn btn-outline-primary btn-sm",
             options=[{"label": t(f"card.view.{v}", lang), "value": v,
                       "input_id": ids.view_option(chart_id, v)} for v in VIEWS]),
    ], className="card-view")


def validation_layout() -> list:
    """A chart card's components that a callback names (callbacks/card_table.py), one of
    each, for the app's validation layout: cards come with the pages the router renders."""
    example = "validation-example-chart"
    return [dbc.RadioItems(id=ids.view_of(example)), dcc.Store(id=ids.table_data_of(example)),
            html.Div(id=ids.table_of(example))]


def _panel(view: str, children, **attrs) -> html.Div:
    return node(html.Div, children, className=f"card-panel card-panel-{view}", **attrs)


def _is_source(line, lang: str) -> bool:
    return plain_text(line).strip().startswith(t("source.line", lang, source=""))


def chart_card(chart_id: str, figure, title: str, lang: str, *, summary: str,
               meta_lines: list, table, badge: str | None = None,
               filename: str | None = None, with_csv: bool = True, notes: list | None = None,
               csv_button: tuple[str, str] | None = None) -> dbc.Card:
    """A chart card with four views: the chart (with its notes and source line), the data
    table (with provenance), the sources (question, n, period, source and caveat lines) and
    the downloads (PNG / SVG with title and source, CSV).

    summary: one sentence computed from the data (the chart's text alternative).
    meta_lines: the question / n / period / source / caveat lines (the sources view).
    notes: lines that belong with the chart (what is withheld or hidden, a key result, a link
    to the nearest view): always under it. Both go into the CSV and the image's footer.
    table: the numbers behind the chart, a DataFrame or a dict of equally long column lists.
    badge: "synthetic", "published" or "mixed" (components/provenance.py): what the numbers
    are, shown beside the title as a link to the methods page.
    filename: stem of the downloaded files (the language code is appended); it carries the
    view's state (filters, topic), so two downloads of different views never share a name.
    with_csv: False when the page offers its own, richer CSV of this chart (one CSV per chart):
    csv_button (button id, label) then puts that download in the download view.
    """
    stem = f"{filename or chart_id}-{lang}"
    notes = list(notes or [])
    names, columns = table_columns(table)
    if len(set(names)) == len(names):  # read once, for the HTML table and the CSV
        table = dict(zip(names, columns))
    heading = [title]
    if badge:
        # a plain link: dbc.Badge's bg-* utility class would override the badge colours
        heading += [" ", node(html.A, t(f"label.{badge}", lang),
                              href=methods_href(lang, badge), title=t("label.badge_title", lang),
                              className=f"badge badge-{badge} ms-1")]
    sources = [line for line in meta_lines if _is_source(line, lang)]
    provenance = [node(html.P, t(f"card.provenance.{badge}", lang), className="mb-1")] \
        if badge else []
    downloads = [export_buttons(chart_id, title, lang, meta_lines=[*notes, *meta_lines],
                                table=table, badge=badge, filename=stem, with_csv=with_csv)]
    if csv_button:
        button_id, label = csv_button
        downloads.append(dbc.Button(label, id=button_id, color="secondary", outline=True,
                                    size="sm", className="btn-download"))
    return node(dbc.Card, node(dbc.CardBody, [
        node(html.Div, [node(html.H2, heading, className="h5 mb-0 me-auto"),
                        view_switch(chart_id, plain_text(title), lang)],
             className="card-head d-flex flex-wrap align-items-center gap-2 mb-2"),
        _panel("chart", [
            node(html.Figure, [
                dcc.Graph(id=chart_id, figure=figure, config=graph_config(lang)),
                node(html.Figcaption, summary, id=ids.summary_of(chart_id),
                     className="visually-hidden"),
            ], className="mb-2"),
            node(html.Div, _lines(notes), className="chart-notes"),
            node(html.Div, _lines(sources), className="chart-meta"),
        ]),
        _panel("table", [dcc.Store(id=ids.table_data_of(chart_id), data=table_data(table, lang)),
                         node(html.Div, None, id=ids.table_of(chart_id)),
                         node(html.Div, [*provenance, *_lines(sources)],
                              className="chart-sources")]),
        _panel("sources", node(html.Div, _lines(meta_lines), className="chart-sources")),
        _panel("download", downloads),
    ]), className="chart-card mb-4 shadow-sm")


def _lines(lines: list) -> list:
    """One paragraph per line (text or components)."""
    return [node(html.P, line, className="mb-1") for line in lines]
