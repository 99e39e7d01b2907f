"""The report's published numbers and their sources, as aggregate tables.

Inputs (committed copies of the team's reference files, so the build needs only the repo):
  pipeline/reference/published_figures.csv  one row per published number
  pipeline/reference/sources.md             lines "- **ID** | title | publisher | year |
                                            URL | covers"
"""

from __future__ import annotations

import re
from pathlib import Path

import numpy as np
import pandas as pd

from data import schema

REFERENCE_DIR = Path(__file__).resolve().parent / "reference"
FIGURES_FILE = "published_figures.csv"
SOURCES_FILE = "sources.md"
_SOURCE_LINE = re.compile(r"^- \*\*(?P<id>[^*]+)\*\*\s*\|(?P<rest>.*)$")
UNITS = ("count", "pct", "pp", "score")
# Rows that are differences of two percentages: stored as percentage points ("pp"), whatever
# unit the reference file gives them (the CSV writes "pct" with a note "PERCENTAGE POINTS").
PP_INDICATORS = ("success_factor_gap_krachtig_vs_beperkt", "result_gap_krachtig_vs_beperkt")


class ReferenceError(ValueError):
    """A reference file is missing or malformed; the message names file, line/row, column."""


def read_sources(path: Path) -> pd.DataFrame:
    """Parse sources.md into the `sources` table."""
    if not path.is_file():
        raise ReferenceError(f"{path.name}: file not found ({path})")
    rows = []
    for lineno, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        match = _SOURCE_LINE.match(line.strip())
        if not match:
            continue
        fields = [f.strip() for f in match["rest"].split(" | ")]
        if len(fields) != 5:
            raise ReferenceError(f"{path.name}: line {lineno} (source {match['id']}): expected "
                                 f"'title | publisher | year | URL | covers', "
                                 f"found {len(fields)} field(s)")
        title, publisher, year, url, covers = fields
        rows.append({"source_id": match["id"].strip(), "title": _unitalic(title),
                     "publisher": publisher, "year": year, "url": url, "covers": covers})
    if not rows:
        raise ReferenceError(f"{path.name}: no source lines ('- **ID** | ...') found")
    frame = pd.DataFrame(rows)
    dupes = frame["source_id"][frame["source_id"].duplicated()]
    if len(dupes):
        raise ReferenceError(f"{path.name}: column source_id: {dupes.iloc[0]} listed twice")
    return _typed(frame, schema.SOURCES)


def _unitalic(text: str) -> str:
    return text[1:-1].strip() if len(text) > 1 and text[0] == "*" and text[-1] == "*" else text


def read_figures(path: Path, source_ids: set[str]) -> pd.DataFrame:
    """Read published_figures.csv into the `published_figures` table (checked)."""
    if not path.is_file():
        raise ReferenceError(f"{path.name}: file not found ({path})")
    raw = pd.read_csv(path, dtype=str, keep_default_na=False, na_filter=False)
    columns = list(schema.PUBLISHED_FIGURES.columns)
    missing = [c for c in columns if c not in raw.columns]
    if missing:
        raise ReferenceError(f"{path.name}: column {missing[0]}: missing")
    frame = raw[columns].copy()

    def bad(col: str, rows: np.ndarray, what: str) -> None:
        if len(rows):
            r = int(rows[0])
            raise ReferenceError(f"{path.name}: row {r + 1}, column {col}: {what} "
                                 f"({frame[col].iloc[r]!r})")

    value = pd.to_numeric(frame["value"], errors="coerce")
    bad("value", np.flatnonzero(value.isna().to_numpy()), "not a number")
    n = pd.to_numeric(frame["n"].replace("", None), errors="coerce")
    bad("n", np.flatnonzero((n.isna() & (frame["n"] != "")).to_numpy()
                            | (n.notna() & (n != n.round())).to_numpy()), "not a whole number")
    bad("exactness", np.flatnonzero(~frame["exactness"].isin(schema.EXACTNESS_VALUES)
                                    .to_numpy()), "unknown exactness")
    bad("unit", np.flatnonzero(~frame["unit"].isin(UNITS).to_numpy()), "unknown unit")
    bad("source_id", np.flatnonzero(~frame["source_id"].isin(source_ids).to_numpy()),
        "not listed in sources.md")
    for col in ("source_id", "country", "edition", "figure", "indicator", "category"):
        bad(col, np.flatnonzero((frame[col].str.strip() == "").to_numpy()), "empty")
    frame["value"] = value.astype("float64")
    frame.loc[frame["indicator"].isin(PP_INDICATORS), "unit"] = "pp"
    frame["n"] = pd.array(n.round(), dtype="Float64").astype("Int64")
    for col in ("period", "note", "evidence"):
        frame[col] = frame[col].replace("", None)
    return _typed(frame, schema.PUBLISHED_FIGURES)


def _typed(frame: pd.DataFrame, table: schema.Table) -> pd.DataFrame:
    return pd.DataFrame({c: frame[c].astype(d) for c, d in table.columns.items()})


def tables(reference_dir: Path = REFERENCE_DIR) -> dict[str, pd.DataFrame]:
    """The published_figures and sources tables from a reference folder."""
    reference_dir = Path(reference_dir)
    sources = read_sources(reference_dir / SOURCES_FILE)
    figures = read_figures(reference_dir / FIGURES_FILE, set(sources["source_id"]))
    return {"published_figures": figures, "sources": sources}
