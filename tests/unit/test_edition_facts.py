"""Facts of one edition (its n, period, source id, report figure numbers) belong in the data
(pipeline/reference/edition_registry.csv, published_figures, data/reference/*.csv), never in
page code.

The test scans every module of pages/, callbacks/ and components/ (the i18n catalogue
included): a module fails as soon as it states an edition fact. Catalogue strings name the
facts as placeholders ({n}, {period}, {dk_period}, {figure_<subject>}) that
components/published.edition_values fills from the editions table.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
FOLDERS = ("pages", "callbacks", "components")
EDITION_FACTS = re.compile(r"\b366\b|\b313\b|2019-2020|NL-IBO2021|IBO-2021|IBO-2025|"
                           r"\bFigu(?:ur|re|ren)s? \d+|2\.271|2,271|1\.877|1,877|"
                           r"\b2018-2019\b")


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
                 "Figuren 18-21", "2.271 werkplekken", "(1,877)", "DK 2018-2019"):
        assert EDITION_FACTS.search(text), text
    for text in ("3660", "edition.period", "figure_label(editions, e, n)", "{figure_groups}",
                 "{dk_period}"):
        assert not EDITION_FACTS.search(text), text


def test_a_fact_written_into_a_module_fails(tmp_path):
    """The scan sees a fact wherever it is written: a string, a comment, a docstring."""
    for line in ('LABEL = "Innovatie in 2019-2020"', "# the 366 organisations",
                 '"""Shown in Figuur 16."""'):
        module = tmp_path / "page.py"
        module.write_text(f"{line}\n", encoding="utf-8")
        assert facts(module), line
