"""Published figures and sources: parsed from the committed reference copies."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from data import load, schema
from pipeline import published
from pipeline.published import ReferenceError

SHARED = Path(__file__).resolve().parents[3] / "shared" / "reference"  # ../shared


@pytest.fixture(scope="module")
def tables():
    return published.tables()


def test_sources_parsed_from_markdown(tables):
    sources = tables["sources"]
    lines = [l for l in (published.REFERENCE_DIR / "sources.md").read_text().splitlines()
             if l.startswith("- **")]
    assert len(sources) == len(lines) > 30
    nl = sources.set_index("source_id").loc["NL-IBO2021"]
    assert nl["title"].startswith("Innovatie Barometer Overheid 2021")  # italics stripped
    assert nl["year"] == "November 2021" and nl["url"].startswith("https://")
    assert sources["source_id"].is_unique
    assert not sources[["title", "publisher", "year", "url", "covers"]].isna().any().any()


def test_figures_typed_and_linked_to_sources(tables):
    figures, sources = tables["published_figures"], tables["sources"]
    assert {c: str(figures[c].dtype) for c in figures.columns} == \
        schema.PUBLISHED_FIGURES.columns
    assert set(figures["source_id"]) <= set(sources["source_id"])
    row = figures[(figures["indicator"] == "innovation_share") & (figures["country"] == "NL")]
    assert row["value"].iloc[0] == 86 and row["n"].iloc[0] == 366
    for name, frame in tables.items():
        load.validate_table(name, frame)


def test_committed_copies_match_the_team_reference():
    if not SHARED.is_dir():
        pytest.skip("no shared reference folder on this machine")
    for name in (published.FIGURES_FILE, published.SOURCES_FILE):
        assert (published.REFERENCE_DIR / name).read_bytes() == (SHARED / name).read_bytes(), \
            f"pipeline/reference/{name} differs from {SHARED / name}: copy it again"


def _copy(tmp_path: Path) -> Path:
    for name in (published.FIGURES_FILE, published.SOURCES_FILE):
        shutil.copy(published.REFERENCE_DIR / name, tmp_path / name)
    return tmp_path


def test_malformed_source_line_names_file_and_line(tmp_path):
    ref = _copy(tmp_path)
    path = ref / published.SOURCES_FILE
    lines = path.read_text().splitlines()
    i = next(k for k, l in enumerate(lines) if l.startswith("- **DK-COPI3-NEW**"))
    lines[i] = "- **DK-COPI3-NEW** | only a title | and a publisher"
    path.write_text("\n".join(lines))
    with pytest.raises(ReferenceError, match=rf"^sources.md: line {i + 1} \(source "
                                             r"DK-COPI3-NEW\): expected"):
        published.tables(ref)


def test_bad_figure_value_and_unknown_source(tmp_path):
    ref = _copy(tmp_path)
    path = ref / published.FIGURES_FILE
    text = path.read_text().splitlines()
    text[1] = text[1].replace(",1374,", ",many,")
    path.write_text("\n".join(text) + "\n")
    with pytest.raises(ReferenceError, match=r"^published_figures.csv: row 1, column value: "
                                             r"not a number"):
        published.tables(ref)
    text[1] = text[1].replace(",many,", ",1374,").replace("NL-IBO2021", "NL-UNKNOWN", 1)
    path.write_text("\n".join(text) + "\n")
    with pytest.raises(ReferenceError, match=r"^published_figures.csv: row 1, column "
                                             r"source_id: not listed in sources.md"):
        published.tables(ref)


def test_missing_reference_file(tmp_path):
    with pytest.raises(ReferenceError, match=r"^sources.md: file not found"):
        published.tables(tmp_path)
