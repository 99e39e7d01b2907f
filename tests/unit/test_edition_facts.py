"""Facts of one edition (its n, period, source id, report figure numbers) belong in the data
(pipeline/reference/edition_registry.csv, published_figures), never in page code.

The test scans every module of pages/, callbacks/ and components/ (the i18n catalogue
included). Modules written before the edition registry that still hold such facts are listed
in NOT_YET_CLEAN: a module not on the list fails as soon as it states an edition fact, and a
listed module fails once it is clean (take it off the list: the list only shrinks).
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
FOLDERS = ("pages", "callbacks", "components")
EDITION_FACTS = re.compile(r"\b366\b|\b313\b|2019-2020|NL-IBO2021|IBO-2021|IBO-2025|"
                           r"\bFigu(?:ur|re)s? \d+")
NOT_YET_CLEAN = frozenset({
    "components/i18n/benchmark.py",
    "components/i18n/klimaat.py",
    "components/i18n/labels.py",
    "components/i18n/presenteer.py",
    "components/i18n/verantwoording.py",
    "components/i18n/vergelijking.py",
    "components/provenance.py",
    "components/report_findings.py",
    "pages/benchmark/cards.py",
    "pages/benchmark/figures.py",
    "pages/klimaat/cards.py",
    "pages/overzicht/figures.py",
    "pages/vergelijking/state.py",
})


def modules() -> list[Path]:
    return sorted(p for folder in FOLDERS for p in (ROOT / folder).rglob("*.py"))


def facts(path: Path) -> list[str]:
    return [f"{path.relative_to(ROOT)}:{i}: {m.group(0)}"
            for i, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
            for m in EDITION_FACTS.finditer(line)]


@pytest.mark.parametrize("path", modules(), ids=lambda p: str(p.relative_to(ROOT)))
def test_page_code_states_no_edition_fact(path):
    name = path.relative_to(ROOT).as_posix()
    found = facts(path)
    if name in NOT_YET_CLEAN:
        assert found, f"{name} is clean now: take it off NOT_YET_CLEAN"
    else:
        assert not found, "edition facts in page code (use data/editions.py):\n" + \
            "\n".join(found)


def test_the_pattern_catches_what_it_should():
    for text in ("n=366", "base 313", "in 2019-2020", "'NL-IBO2021'", "Figuur 17", "Figure 2"):
        assert EDITION_FACTS.search(text), text
    for text in ("3660", "edition.period", "figure_label(editions, e, n)"):
        assert not EDITION_FACTS.search(text), text
