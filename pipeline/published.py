"""The report's published numbers and their sources, as aggregate tables.

Inputs (committed copies of the team's reference files, so the build needs only the repo):
  pipeline/reference/published_figures.csv  one row per published number (the 2021 report and
                                            the DK/Nordic values it is compared with)
  pipeline/reference/editions.csv           the same columns: figures of the later editions
                                            (NL 2025 and the Danish series); figure may be
                                            empty (press releases number no figures)
  pipeline/reference/sources.md             lines "- **ID** | title | publisher | year |
                                            URL | covers"
  pipeline/reference/edition_registry.csv   one row per edition (the `editions` table)
"""

from __future__ import annotations

import re
from pathlib import Path

import numpy as np
import pandas as pd

from data import schema

REFERENCE_DIR = Path(__file__).resolve().parent / "reference"
FIGURES_FILE = "published_figures.csv"
EDITION_FIGURES_FILE = "editions.csv"
SOURCES_FILE = "sources.md"
REGISTRY_FILE = "edition_registry.csv"
COUNTRIES = ("NL", "DK")
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


def read_figures(path: Path, source_ids: set[str], figure_required: bool = True) -> pd.DataFrame:
    """Read published_figures.csv (or editions.csv, where `figure` may be empty) into the
    `published_figures` table (checked)."""
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
    required = ("source_id", "country", "edition", "figure", "indicator", "category")
    for col in required if figure_required else tuple(c for c in required if c != "figure"):
        bad(col, np.flatnonzero((frame[col].str.strip() == "").to_numpy()), "empty")
    frame["value"] = value.astype("float64")
    frame.loc[frame["indicator"].isin(PP_INDICATORS), "unit"] = "pp"
    frame["n"] = pd.array(n.round(), dtype="Float64").astype("Int64")
    for col in ("period", "note", "evidence"):
        frame[col] = frame[col].replace("", None)
    return _typed(frame, schema.PUBLISHED_FIGURES)


def _typed(frame: pd.DataFrame, table: schema.Table) -> pd.DataFrame:
    return pd.DataFrame({c: frame[c].astype(d) for c, d in table.columns.items()})


_BOOLEAN = {"true": True, "false": False}


def read_registry(path: Path, source_ids: set[str]) -> pd.DataFrame:
    """Read edition_registry.csv into the `editions` table (aggregates all False; the build
    sets it for the editions whose microdata aggregates it holds)."""
    if not path.is_file():
        raise ReferenceError(f"{path.name}: file not found ({path})")
    raw = pd.read_csv(path, dtype=str, keep_default_na=False, na_filter=False)
    columns = [c for c in schema.EDITIONS.columns if c != "aggregates"]
    missing = [c for c in columns if c not in raw.columns]
    if missing:
        raise ReferenceError(f"{path.name}: column {missing[0]}: missing")
    frame = raw[columns].copy()

    def fail(row: int, col: str, what: str) -> None:
        raise ReferenceError(f"{path.name}: row {row + 1}, column {col}: {what} "
                             f"({frame[col].iloc[row]!r})")

    for row in range(len(frame)):
        for col in ("edition", "country", "label", "position", "period", "organisations",
                    "unit", "source_ids", "primary_source", "sector_scheme"):
            if not frame[col].iloc[row].strip():
                fail(row, col, "empty")
        if frame["country"].iloc[row] not in COUNTRIES:
            fail(row, "country", f"not one of {', '.join(COUNTRIES)}")
        for col in ("position", "organisations", "innovators"):
            text = frame[col].iloc[row]
            if text and not text.isdigit():
                fail(row, col, "not a whole number")
        for col in ("weighted", "secondary_source"):
            if frame[col].iloc[row] not in _BOOLEAN:
                fail(row, col, "not true/false")
        ids = frame["source_ids"].iloc[row].split(";")
        unknown = [i for i in ids if i not in source_ids]
        if unknown:
            fail(row, "source_ids", f"{unknown[0]} not listed in sources.md")
        if frame["primary_source"].iloc[row] not in ids:
            fail(row, "primary_source", "not one of the row's source_ids")
    for col, what in (("edition", "listed twice"),):
        dupes = np.flatnonzero(frame[col].duplicated().to_numpy())
        if len(dupes):
            fail(int(dupes[0]), col, what)
    dupes = np.flatnonzero(frame[["country", "position"]].duplicated().to_numpy())
    if len(dupes):
        fail(int(dupes[0]), "position", "two editions of one country at the same position")
    for col in ("position", "organisations", "innovators"):
        frame[col] = pd.array([int(v) if v else None for v in frame[col]], dtype="Int64")
    for col in ("weighted", "secondary_source"):
        frame[col] = frame[col].map(_BOOLEAN).astype("bool")
    frame["aggregates"] = False
    return _typed(frame, schema.EDITIONS)


def registry(reference_dir: Path = REFERENCE_DIR) -> pd.DataFrame:
    """The edition registry of a reference folder (the `editions` table, aggregates False)."""
    reference_dir = Path(reference_dir)
    sources = read_sources(reference_dir / SOURCES_FILE)
    return read_registry(reference_dir / REGISTRY_FILE, set(sources["source_id"]))


def tables(reference_dir: Path = REFERENCE_DIR) -> dict[str, pd.DataFrame]:
    """The published_figures, sources and editions tables from a reference folder."""
    reference_dir = Path(reference_dir)
    sources = read_sources(reference_dir / SOURCES_FILE)
    ids = set(sources["source_id"])
    figures = read_figures(reference_dir / FIGURES_FILE, ids)
    parts = [figures]
    if (reference_dir / EDITION_FIGURES_FILE).is_file():
        parts.append(read_figures(reference_dir / EDITION_FIGURES_FILE, ids,
                                  figure_required=False))
    figures = _typed(pd.concat(parts, ignore_index=True), schema.PUBLISHED_FIGURES)
    editions = read_registry(reference_dir / REGISTRY_FILE, ids)
    _check_registry_against_figures(editions, figures)
    return {"published_figures": figures, "sources": sources, "editions": editions}


def _check_registry_against_figures(editions: pd.DataFrame, figures: pd.DataFrame) -> None:
    """Every NL/DK edition of the figures is registered, and the registry's respondent count
    agrees with the edition's own respondent rows."""
    known = set(editions["edition"])
    for country in COUNTRIES:
        mine = figures[figures["country"].eq(country)
                       & figures["source_id"].isin(
                           {i for ids in editions["source_ids"] for i in ids.split(";")})]
        unknown = sorted(set(mine["edition"]) - known)
        if unknown:
            raise ReferenceError(f"{REGISTRY_FILE}: column edition: {unknown[0]} ({country}) "
                                 "has figures but no registry row")
    for row in editions.itertuples():
        counts = figures[figures["edition"].eq(row.edition)
                         & figures["country"].eq(row.country)
                         & figures["indicator"].isin(("survey_respondents", "respondents"))
                         & figures["category"].eq("all")
                         & figures["source_id"].isin(row.source_ids.split(";"))]
        wrong = counts[counts["value"].ne(float(row.organisations))]
        if len(wrong):
            raise ReferenceError(f"{REGISTRY_FILE}: edition {row.edition}, column organisations: "
                                 f"{row.organisations} but {wrong['source_id'].iloc[0]} "
                                 f"publishes {wrong['value'].iloc[0]:g} respondents")
