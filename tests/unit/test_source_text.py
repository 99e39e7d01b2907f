"""Sources, dates and figure labels in the page language (components/provenance.py with
data/reference/source_terms.csv): the reference list notes them in English around titles in
their own language; a Dutch page shows those notes in Dutch, an English page the Dutch
report's figure labels in English. Titles themselves stay as published."""

from __future__ import annotations

import re

import pytest

from components.provenance import clean_source_text, figure_label
from components.published import period_text, source_line, source_of
from data import load, reference
from pages.overzicht import cards as overview

# English words the reference list's notes use; none may reach a Dutch page.
ENGLISH = re.compile(r"\b(with|from|the|by|or|on|after|not|stated|summary|book|article|"
                     r"page|headline|illustration|table|news|first|overview|domain|"
                     r"edition|ed|analysis|Norway|Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|"
                     r"Oct|Nov|Dec|January|February|March|April|June|July|August|September|"
                     r"October|November|December)\b")
# Proper names in English that a Dutch page shows as published.
ENGLISH_NAMES = ("Measuring New Nordic Solutions: Innovation Barometer for the Public Sector",
                 "Measuring New Nordic Solutions", "OECD Observatory of Public Sector Innovation",
                 "OECD OPSI blog", "Data&Privacy", "How to-sessie")
# Labels the Dutch report writes; none may reach an English page.
DUTCH = re.compile(r"\b(Figuur|Figuren|Tabel|Tekstvak|voetnoot|Inleiding|tekst)\b")


@pytest.fixture(autouse=True)
def _fresh():
    load.clear_cache()
    yield
    load.clear_cache()


def english_left(text: str) -> list[str]:
    for name in ENGLISH_NAMES:
        text = text.replace(name, "")
    return ENGLISH.findall(text)


def shown_sources(lang: str) -> list[str]:
    sources = load.load_table("sources")
    return [clean_source_text(f"{r.title} ({r.publisher}, {r.year})", lang)
            for r in sources.itertuples()]


def shown_figures(lang: str) -> list[str]:
    figures = load.load_table("published_figures")
    labels = {*figures["figure"], *(r["figure"] for name in ("report_figures", "cited_figures",
                                                              "comparison_pairs")
                                    for r in reference.rows(name))}
    return [figure_label(f, lang) for f in sorted(labels)] + [
        period_text(p, lang) for p in sorted(set(figures["period"]))]


def test_a_dutch_page_shows_no_english_note_of_the_reference_list():
    left = {text: english_left(text) for text in shown_sources("nl") + shown_figures("nl")}
    assert not {k: v for k, v in left.items() if v}


def test_an_english_page_shows_no_dutch_figure_label():
    left = {text: DUTCH.findall(text) for text in shown_figures("en")}
    assert not {k: v for k, v in left.items() if v}


def test_titles_stay_as_published_and_notes_are_translated():
    pont = ("*Nederlandse overheid innoveert volop, maar tempo vlakt af* (English page of the "
            "ministry's press release of 1 October 2025, republished by PONT Data&Privacy) "
            "(PONT Data&Privacy (privacy-web.nl), from Digitale Overheid / BZK, 1 Oct 2025)")
    assert clean_source_text(pont, "nl") == (
        "Nederlandse overheid innoveert volop, maar tempo vlakt af (Engelstalige pagina van het "
        "persbericht van het ministerie van 1 oktober 2025, overgenomen door PONT "
        "Data&Privacy) (PONT Data&Privacy (privacy-web.nl), afkomstig van Digitale Overheid / "
        "BZK, 1 okt 2025)")
    assert clean_source_text(pont, "en") == pont.replace("*", "")
    assert clean_source_text("Den innovative offentlige sektor (4th ed.)", "nl") == \
        "Den innovative offentlige sektor (4e editie)"
    assert clean_source_text("not stated (after Nov 2021)", "nl") == "niet vermeld (na nov 2021)"
    assert figure_label("Tekstvak 2 (voetnoot 9)", "en") == "Text box 2 (footnote 9)"
    assert figure_label("Figuur 15 (tekst)", "en") == "Figure 15 (text)"
    # whole words only: "with" is translated, "without" and "withdrawn" are not
    assert clean_source_text("without, withdrawn, A with B", "nl") == \
        "without, withdrawn, A met B"


def test_the_overview_names_a_secondary_source_in_the_page_language():
    figures, editions = load.load_table("published_figures"), load.load_table("editions")
    sources = load.load_table("sources")
    for lang in ("nl", "en"):
        text = str(overview.latest_edition(figures, editions, sources, lang).children[0]
                   .children)
        assert "PONT Data&Privacy" in text
        assert ("afkomstig van Digitale Overheid" in text) == (lang == "nl")
        assert ("from Digitale Overheid" in text) == (lang == "en")


def test_a_source_line_shows_the_translated_source():
    sources = load.load_table("sources")
    nordic = next(r for r in sources.itertuples() if r.source_id == "NORDIC-DIFI-2019")
    line = str(source_line(source_of(sources, nordic.source_id), "nl").to_plotly_json())
    assert "Difi (Noorwegen) met de Noordse partners, 25 sep 2019" in line


def test_a_malformed_terms_file_stops_with_file_and_column(tmp_path, monkeypatch):
    monkeypatch.setattr(reference, "FOLDER", tmp_path)
    (tmp_path / "source_terms.csv").write_text("written,text,translation\nfr,a,b\n",
                                               encoding="utf-8")
    with pytest.raises(reference.ReferenceError, match="source_terms.csv: column written"):
        reference.source_terms("nl")
    (tmp_path / "source_terms.csv").write_text("written,text,translation\nen,a,\n",
                                               encoding="utf-8")
    load.clear_cache()
    with pytest.raises(reference.ReferenceError, match="source_terms.csv: column translation"):
        reference.source_terms("nl")
