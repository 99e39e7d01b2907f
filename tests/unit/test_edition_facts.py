"""Facts of one edition (its n, period, source id, report figure numbers, its place in the
series, the climate scale's counts) belong in the data
(pipeline/reference/edition_registry.csv, published_figures, data/reference/*.csv), never in
page code.

The test scans every module of pages/, callbacks/ and components/ (the i18n catalogue
included): a module fails as soon as it states an edition fact. Catalogue strings name the
facts as placeholders ({n}, {period}, {dk_period}, {figure_<subject>}, {ordinal},
{pub_<name>}) that components/published.edition_values fills from the editions table and the
published figures.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
FOLDERS = ("pages", "callbacks", "components")
# An edition's place in its series written out ("vierde editie", "3rd edition", "the first
# Government Innovation Barometer", "tweede Nederlandse editie") or a count of a country's
# editions ("four editions"): both follow from the editions table ({ordinal}, {dk_ordinal},
# the edition labels).
_ORDINAL = (r"(?:eerste|tweede|derde|vierde|vijfde|zesde|first|second|third|fourth|fifth|"
            r"sixth|\d+(?:e|ste|de|st|nd|rd|th))")
_COUNT = r"(?:drie|vier|vijf|zes|three|four|five|six)"
EDITION_FACTS = re.compile(r"\b366\b|\b313\b|2019-2020|NL-IBO2021|IBO-2021|IBO-2025|"
                           r"\bFigu(?:ur|re|ren)s? \d+|2\.271|2,271|1\.877|1,877|"
                           r"\b2018-2019\b|"
                           # the climate scale's counts ("13 van de 15", "15 statements"):
                           # {pub_statements_in_scale}, {pub_statements_presented}
                           r"\b\d+ (?:van de|of the) \d+\b|\b\d+ (?:stellingen|statements)\b|"
                           rf"\b{_ORDINAL}\s+(?:[\w'’]+\s+)?(?:editie|edition|ed\.|"
                           r"(?:Government )?Innovati\w* ?Barometer)|"
                           rf"\b{_COUNT}\s+(?:[\w'’]+\s+)?(?:edities|editions)\b",
                           re.IGNORECASE)


def modules() -> list[Path]:
    return sorted(p for folder in FOLDERS for p in (ROOT / folder).rglob("*.py"))


def facts(path: Path) -> list[str]:
    """Every edition fact in the file, as "<file>:<line>: <fact>"."""
    name = path.relative_to(ROOT) if path.is_relative_to(ROOT) else path.name
    return [f"{name}:{i}: {m.group(0)}"
            for i, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
            for m in EDITION_FACTS.finditer(line)]


@pytest.mark.parametrize("path", modules(), ids=lambda p: str(p.relative_to(ROOT)))
def test_page_code_states_no_edition_fact(path):
    found = facts(path)
    assert not found, "edition facts in page code (put them in the data; see the module " \
        "docstring):\n" + "\n".join(found)


def test_the_pattern_catches_what_it_should():
    for text in ("n=366", "base 313", "in 2019-2020", "'NL-IBO2021'", "Figuur 17", "Figure 2",
                 "Figuren 18-21", "2.271 werkplekken", "(1,877)", "DK 2018-2019",
                 "13 van de 15 vormen de index", "13 of the 15", "het gemiddelde van 13 stellingen",
                 "15 statements", "de Deense vierde editie", "Denmark (3rd edition)",
                 "the Danish 4th edition", "de tweede Nederlandse editie", "4e editie",
                 "the first Government Innovation Barometer", "de eerste Innovatie Barometer",
                 "Denmark has four editions", "vier Deense edities", "(1st ed.)"):
        assert EDITION_FACTS.search(text), text
    for text in ("3660", "edition.period", "figure_label(editions, e, n)", "{figure_groups}",
                 "{dk_period}", "{pub_statements_in_scale} van de {pub_statements_presented}",
                 "de Deense {dk_ordinal} editie", "a change between two editions",
                 "the first five statements", "Stap {step} van {total}", "10e percentiel"):
        assert not EDITION_FACTS.search(text), text


def test_a_fact_written_into_a_module_fails(tmp_path):
    """The scan sees a fact wherever it is written: a string, a comment, a docstring."""
    for line in ('LABEL = "Innovatie in 2019-2020"', "# the 366 organisations",
                 '"""Shown in Figuur 16."""', '"en": "Denmark (3rd edition) those of"',
                 '"nl": "(13 van de 15 vormen de index)"'):
        module = tmp_path / "page.py"
        module.write_text(f"{line}\n", encoding="utf-8")
        assert facts(module), line
