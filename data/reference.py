"""Reference tables of the app beside the aggregates: facts of a report edition that page
code must not state (which figure of the report shows what, which published numbers the
comparison page pairs, the report's findings in words, the published numbers its text cites).

CSV files in data/reference/, read once (cleared by load.clear_cache()) and checked against
the columns declared here: a missing file or column stops with one line naming both.
"""

from __future__ import annotations

import csv
from pathlib import Path

from data import editions as ed
from data import load, schema

FOLDER = Path(__file__).resolve().parent / "reference"
COLUMNS: dict[str, tuple[str, ...]] = {
    # Which figure of an edition's report shows a subject the pages cite ("Figuur 17"; the
    # label as the report writes it, translated for display by components/provenance.py).
    "report_figures": ("edition", "subject", "figure"),
    # The comparison page's topics (data/comparison.py): one row per topic, in page order.
    "comparison_topics": ("topic", "figures", "base", "caveats", "dk_question",
                          "dk_question_source", "sub_indicator", "sub_measure"),
    # Which published_figures rows each topic draws (its pairing table).
    "comparison_pairs": ("topic", "category", "label", "sub", "role", "source_id", "country",
                         "edition", "figure", "indicator", "row_category", "shown_edition"),
    # Comparisons a report makes in words only (a direction, no number).
    "report_findings": ("edition", "key", "figure", "topic", "higher", "quote", "checked_in"),
    # Published numbers the catalogue's prose cites ({pub_<name>}): the published_figures
    # rows each name stands for (several rows: a range, e.g. the Nordic countries' shares).
    "cited_figures": ("edition", "name", "source_id", "country", "row_edition", "figure",
                      "indicator", "category"),
    # The reference list (sources.md, published_figures.csv) notes its sources, dates and
    # figure labels in English around titles in their own language, and the Dutch report's
    # figure labels in Dutch: each such fragment as written, its language, and how the other
    # language says it (components/provenance.py shows them in the page language).
    "source_terms": ("written", "text", "translation"),
}


class ReferenceError(RuntimeError):
    """A reference file is missing or malformed."""


@load.memoised()
def rows(name: str) -> tuple[dict[str, str], ...]:
    """Every row of data/reference/<name>.csv as a dict of its declared columns."""
    path = FOLDER / f"{name}.csv"
    if name not in COLUMNS:
        raise ReferenceError(f"{path.name}: unknown reference table")
    if not path.is_file():
        raise ReferenceError(f"{path.name}: file not found")
    with path.open(encoding="utf-8", newline="") as f:
        reader = csv.DictReader(f)
        missing = [c for c in COLUMNS[name] if c not in (reader.fieldnames or ())]
        if missing:
            raise ReferenceError(f"{path.name}: column {missing[0]}: missing")
        out = tuple({c: (r[c] or "").strip() for c in COLUMNS[name]} for r in reader)
    return out


@load.memoised()
def source_terms(lang: str) -> dict[str, str]:
    """{fragment: its translation} of the reference list's fragments written in the other
    language than `lang` (data/reference/source_terms.csv)."""
    out: dict[str, str] = {}
    for row in rows("source_terms"):
        if row["written"] not in ("nl", "en"):
            raise ReferenceError(f"source_terms.csv: column written: {row['written']!r} is "
                                 "not nl or en")
        if not row["text"] or not row["translation"]:
            raise ReferenceError(f"source_terms.csv: column translation: empty for "
                                 f"{row['text']!r}")
        if row["written"] != lang:
            out[row["text"]] = row["translation"]
    return out


@load.memoised()
def report_figures(edition: str) -> dict[str, str]:
    """{subject: figure label} of one edition's report ({} when it numbers no figures)."""
    out: dict[str, str] = {}
    for row in rows("report_figures"):
        if row["edition"] == edition:
            if row["subject"] in out:
                raise ReferenceError(f"report_figures.csv: column subject: {row['subject']} "
                                     f"listed twice for {edition}")
            out[row["subject"]] = row["figure"]
    return out


@load.memoised()
def cited_figures(edition: str) -> dict[str, tuple[dict[str, str], ...]]:
    """{name: the published_figures keys it stands for} of the numbers an edition's texts
    cite ({} when they cite none). Keys are the columns that identify a row."""
    out: dict[str, list[dict[str, str]]] = {}
    for row in rows("cited_figures"):
        if row["edition"] == edition:
            out.setdefault(row["name"], []).append(dict(
                source_id=row["source_id"], country=row["country"],
                edition=row["row_edition"], figure=row["figure"],
                indicator=row["indicator"], category=row["category"]))
    return {name: tuple(keys) for name, keys in out.items()}


# ------------------------------------------------------------------- the report edition

# Read once per aggregates folder (cards ask per request); clear_cache() forgets them.

def report_edition(country: str = "NL") -> ed.Edition:
    """The country's latest edition with a full report (editions.report_edition)."""
    return _report_edition(str(schema.aggregates_dir()), country)


@load.memoised(maxsize=8)
def _report_edition(folder: str, country: str) -> ed.Edition:
    return ed.report_edition(load.kept_table("editions"), country)


def edition(edition_id: str) -> ed.Edition:
    """One edition of the editions table (KeyError for an unknown id)."""
    return _editions(str(schema.aggregates_dir()))[edition_id]


@load.memoised(maxsize=4)
def _editions(folder: str) -> dict[str, ed.Edition]:
    return ed.by_id(load.kept_table("editions"))


def report_source() -> str:
    """The source id of the report edition's own publication."""
    return report_edition().primary_source


def report_figure(subject: str, edition: str | None = None) -> str:
    """The figure of the report (default: the report edition's) that shows `subject`, as the
    report writes it ("Figuur 17"); '' when that report numbers none for it."""
    return report_figures(edition or report_edition().edition).get(subject, "")
