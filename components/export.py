"""Chart downloads: the PNG/SVG/CSV buttons under every chart and the texts they export.

The buttons carry everything the browser needs in data-* attributes (title, footer lines for
the image, the CSV text); assets/share.js reads them, and the live figure, at click time.
"""

from __future__ import annotations

import csv
import io
import re
import textwrap

from dash import html
import pandas as pd

from components.i18n import t

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
    return [part for text in chosen for part in textwrap.wrap(text, FOOTER_WIDTH)]


def table_csv(table: pd.DataFrame, lang: str, float_format: str | None = None) -> str:
    """A table as CSV: Dutch spreadsheets expect ";" and a decimal comma, English ones ","
    and a point; text cells never start a spreadsheet formula (formula_safe)."""
    return formula_safe(table).to_csv(index=False, sep=";" if lang == "nl" else ",",
                                      decimal="," if lang == "nl" else ".",
                                      float_format=float_format, lineterminator="\r\n")


def csv_text(table: pd.DataFrame, meta_lines: list, lang: str, badge: str | None = None) -> str:
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
                   table: pd.DataFrame, badge: str | None, filename: str) -> html.Div:
    """A labelled group of download buttons; `filename` is the files' name without extension."""
    title = plain_text(title)
    buttons = [html.Button(fmt.upper(), type="button", className="btn btn-outline-secondary btn-sm",
                           **{"data-export": fmt,
                              "aria-label": t(f"export.{fmt}", lang, title=title)})
               for fmt in FORMATS]
    attrs = {
        "data-graph": chart_id,
        "data-filename": filename,
        "data-title": title,
        "data-footer": "\n".join(footer_lines(meta_lines, lang, badge)),
        "data-csv": csv_text(table, meta_lines, lang, badge),
        "data-msg-done": t("export.done", lang),
        "data-msg-error": t("export.error", lang),
    }
    return html.Div([
        # the group's label says the same for screen readers
        html.Span(t("export.label", lang), className="chart-export-label",
                  **{"aria-hidden": "true"}),
        *buttons,
        html.Span(className="chart-export-status", role="status"),
    ], className="chart-export", role="group",
        **{"aria-label": t("export.group", lang, title=title)}, **attrs)
