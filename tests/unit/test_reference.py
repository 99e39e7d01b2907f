"""The reference tables beside the aggregates (data/reference/): read, checked, and in step
with the editions table."""

from __future__ import annotations

import pytest

from data import comparison, load, reference
from data import editions as ed
from pages.klimaat.state import BREAKDOWNS


@pytest.fixture(autouse=True)
def _fresh():
    load.clear_cache()
    yield
    load.clear_cache()


def test_the_report_edition_numbers_every_subject_the_pages_cite():
    subjects = {"innovation_share", "innovation_type", "climate_statements", "climate_groups",
                "climate_box_sector", "climate_box_cluster", "regression",
                *(f"breakdown_{b}" for b in BREAKDOWNS)}
    figures = reference.report_figures(reference.report_edition().edition)
    assert subjects <= set(figures), subjects - set(figures)
    assert reference.report_figure("climate_groups") == "Figuur 17"
    assert reference.report_figure("climate_box_size_class") == ""


def test_the_pairing_follows_the_editions_table():
    pairing = comparison.pairing()
    editions = ed.by_id(load.load_table("editions"))
    assert pairing.nl_edition == reference.report_edition().edition
    assert pairing.cited_source == editions[pairing.nl_edition].primary_source
    assert editions[pairing.dk_edition].country == "DK"
    assert all(f.figure for f in pairing.findings)


def test_a_malformed_reference_file_stops_with_file_and_column(tmp_path, monkeypatch):
    (tmp_path / "report_figures.csv").write_text("edition,subject\nIBO-2021,x\n",
                                                  encoding="utf-8")
    monkeypatch.setattr(reference, "FOLDER", tmp_path)
    with pytest.raises(reference.ReferenceError, match="report_figures.csv: column figure"):
        reference.rows("report_figures")
    (tmp_path / "report_figures.csv").write_text(
        "edition,subject,figure\nE,x,Figuur 1\nE,x,Figuur 2\n", encoding="utf-8")
    load.clear_cache()
    with pytest.raises(reference.ReferenceError, match="subject: x listed twice"):
        reference.report_figures("E")


def test_a_second_report_edition_brings_its_own_figures(tmp_path, monkeypatch):
    (tmp_path / "report_figures.csv").write_text(
        "edition,subject,figure\nIBO-2021,climate_groups,Figuur 17\n"
        "IBO-2025,climate_groups,Figuur 9\n", encoding="utf-8")
    monkeypatch.setattr(reference, "FOLDER", tmp_path)
    assert reference.report_figure("climate_groups", "IBO-2025") == "Figuur 9"
    assert reference.report_figure("climate_groups", "IBO-2021") == "Figuur 17"
