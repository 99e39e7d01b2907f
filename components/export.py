"""Chart downloads: the PNG/SVG/CSV buttons under every chart and the texts they export.

The buttons carry everything the browser needs in data-* attributes (title, footer lines for
the image, the CSV text); assets/share.js reads them, and the live figure, at click time.
"""

from __future__ import annotations

import csv
import functools
import io
import re
import textwrap

from dash import html
import pandas as pd

from components.i18n import t
from components.nodes import node

FORMATS = ("png", "svg", "csv")
N_LINE = re.compile(r"\bn = \d")
FOOTER_WIDTH = 180  # characters per footer line in a 1920 px wide image (17 px type)
# Spreadsheets run a cell that starts with one of these as a formula ("+21 procentpunt"):
# text cells get a leading apostrophe (OWASP's CSV injection advice). Numbers stay numbers.
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def formula_safe_text(value):
    """`value` with a leading apostrophe when it is text that would start a formula."""
    if isinstance(value, str) and value.startswith(FORMULA_START):
        return "'" + value
    return value


def formula_safe(frame: pd.DataFrame) -> pd.DataFrame:
    """`frame`, or a copy whose text cells and column names never start a formula."""
    risky = [i for i in range(frame.shape[1])
             if not pd.api.types.is_numeric_dtype(frame.dtypes.iloc[i])
             and any(isinstance(v, str) and v.startswith(FORMULA_START)
                     for v in frame.iloc[:, i].tolist())]
    names = [formula_safe_text(c) for c in frame.columns]
    if not risky and names == list(frame.columns):
        return frame
    out = frame.copy()
    for i in risky:
        out.isetitem(i, [formula_safe_text(v) for v in frame.iloc[:, i].tolist()])
    out.columns = names
    return out


def plain_text(node) -> str:
    """The text of a Dash component tree (or a string, number or list of them)."""
    if node is None:
        return ""
    if isinstance(node, (str, int, float)):
        return str(node)
    if isinstance(node, (list, tuple)):
        return "".join(plain_text(child) for child in node)
    return plain_text(getattr(node, "children", None))


def synthetic_note(badge: str | None, lang: str) -> list[str]:
    if badge == "mixed":
        return [t("export.mixed_note", lang)]
    return [t("export.synthetic_note", lang)] if badge == "synthetic" else []


def footer_lines(meta_lines: list, lang: str, badge: str | None = None) -> list[str]:
    """The n and source lines of a chart (wrapped for the image), plus the synthetic note.

    Source lines start with "Bron: " / "Source: "; n lines hold "n = <number>"."""
    source = t("source.line", lang, source="")
    texts = [plain_text(line).strip() for line in meta_lines]
    chosen = [text for text in texts if text.startswith(source) or N_LINE.search(text)]
    chosen += synthetic_note(badge, lang)
    return [part for text in chosen for part in _wrapped(text)]


@functools.lru_cache(maxsize=4096)
def _wrapped(text: str) -> tuple[str, ...]:
    """textwrap.wrap at FOOTER_WIDTH, once per text (the same source and n lines recur on
    every card of every request; wrapping them was 3% of a loaded worker's time)."""
    return tuple(textwrap.wrap(text, FOOTER_WIDTH))


def table_columns(table) -> tuple[list[str], list[list]]:
    """Column names and the columns' values of a chart's table: a DataFrame, or a dict of
    equally long column lists (what the cards build; no pandas per table)."""
    if isinstance(table, pd.DataFrame):
        names = [str(c) for c in table.columns]
        # one conversion of the whole frame (a Series per column costs more than the data)
        return names, table.to_numpy(dtype=object).T.tolist() if names else []
    return [str(c) for c in table], [list(v) for v in table.values()]


class Columns:
    """A table's whole columns as lists, from a DataFrame or from its records (dicts with the
    same keys): `Columns(t)["name"]`, `"name" in Columns(t)`. Builders that read whole
    columns take either; the pages pass records (no frame built per request)."""

    def __init__(self, table: pd.DataFrame | list[dict]) -> None:
        self.table = table

    def __contains__(self, name: str) -> bool:
        if isinstance(self.table, pd.DataFrame):
            return name in self.table
        return bool(self.table) and name in self.table[0]

    def __getitem__(self, name: str) -> list:
        if isinstance(self.table, pd.DataFrame):
            return self.table[name].tolist()
        return [record[name] for record in self.table]


def table_length(table) -> int:
    return len(table) if isinstance(table, pd.DataFrame) else \
        max((len(v) for v in table.values()), default=0)


def _text_cells(columns: list[list]) -> list[list[str]] | None:
    """The cells of a table of text (every value a str or missing) as they are written to
    CSV, formula-safe; None when a column holds anything else (numbers: pandas writes them)."""
    out = []
    for values in columns:
        cells = []
        for value in values:
            if isinstance(value, str):
                cells.append(formula_safe_text(value))
            elif value is None or value is pd.NA or (isinstance(value, float)
                                                     and value != value):
                cells.append("")
            else:
                return None
        out.append(cells)
    return [list(row) for row in zip(*out)] if out else None


def table_csv(table, lang: str, float_format: str | None = None) -> str:
    """A table (DataFrame or dict of column lists) as CSV: Dutch spreadsheets expect ";" and
    a decimal comma, English ones "," and a point; text cells never start a spreadsheet
    formula (formula_safe)."""
    sep = ";" if lang == "nl" else ","
    names, columns = table_columns(table)
    rows = _text_cells(columns)
    if rows is not None:
        # what DataFrame.to_csv writes for text (its csv writer, minimal quoting), without
        # its per-call cost: every chart card writes its table, several per request
        out = io.StringIO()
        writer = csv.writer(out, delimiter=sep, lineterminator="\r\n")
        writer.writerow([formula_safe_text(name) for name in names])
        writer.writerows(rows)
        return out.getvalue()
    frame = table if isinstance(table, pd.DataFrame) else pd.DataFrame(table)
    return formula_safe(frame).to_csv(index=False, sep=sep, decimal="," if lang == "nl" else ".",
                                      float_format=float_format, lineterminator="\r\n")


def csv_text(table, meta_lines: list, lang: str, badge: str | None = None) -> str:
    """The chart's data table as CSV (table_csv), then its question, n, source and caveat
    lines."""
    sep = ";" if lang == "nl" else ","
    body = table_csv(table, lang)
    out = io.StringIO()
    writer = csv.writer(out, delimiter=sep, lineterminator="\r\n")
    writer.writerow([])
    for line in [*(plain_text(m).strip() for m in meta_lines), *synthetic_note(badge, lang)]:
        writer.writerow([formula_safe_text(line)])
    return body + out.getvalue()


def export_buttons(chart_id: str, title, lang: str, *, meta_lines: list,
                   table, badge: str | None, filename: str,
                   with_csv: bool = True) -> html.Div:
    """A labelled group of download buttons; `filename` is the files' name without extension.
    with_csv: False leaves out the CSV button (the page has its own CSV of this chart)."""
    title = plain_text(title)
    buttons = [node(html.Button, fmt.upper(), type="button",
                    className="btn btn-outline-secondary btn-sm",
                    **{"data-export": fmt, "aria-label": t(f"export.{fmt}", lang, title=title)})
               for fmt in FORMATS if with_csv or fmt != "csv"]
    attrs = {
        "data-graph": chart_id,
        "data-filename": filename,
        "data-title": title,
        "data-footer": "\n".join(footer_lines(meta_lines, lang, badge)),
        "data-csv": csv_text(table, meta_lines, lang, badge) if with_csv else "",
        "data-msg-done": t("export.done", lang),
        "data-msg-error": t("export.error", lang),
    }
    return node(html.Div, [
        # the group's label says the same for screen readers
        node(html.Span, t("export.label", lang), className="chart-export-label",
             **{"aria-hidden": "true"}),
        *buttons,
        node(html.Span, className="chart-export-status", role="status"),
    ], className="chart-export", role="group",
        **{"aria-label": t("export.group", lang, title=title)}, **attrs)


def file_slug(*parts: str) -> str:
    """Parts of a download's file name: lower case, letters and digits, joined by "-"
    ("500+" -> "500plus", "<100" -> "lt100", "Zbo's" -> "zbos")."""
    words = []
    for part in parts:
        text = str(part).lower().replace("+", "plus").replace("<", "lt").replace(">", "gt")
        text = re.sub(r"[^a-z0-9]+", "-", text.replace("'", "")).strip("-")
        if text:
            words.append(text)
    return "-".join(words)
