"""Provenance as one concept: what a shown value is, said the same way everywhere.

Every value is one of four kinds:
  published_exact  a number the source writes (exactness "exact")
  published_bound  the source writes a bound or an approximation ("ruim", "bijna", "ongeveer")
  synthetic        computed from the synthetic microdata (never a finding)
  derived          computed by us from published numbers (e.g. 100 - 7)
A card's badge is "published" when all its values are published, "synthetic" when all are
synthetic, and "mixed" otherwise. Badge, hover, table column, CSV column and image footer
all use `label()`; the badge links to the methods page (/verantwoording).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from babel.dates import get_month_names

from components.i18n import t
from data import load, reference

KINDS = ("published_exact", "published_bound", "synthetic", "derived")
METHODS_PATH = "/verantwoording"


def kind(exactness: str | None, provenance: str | None = None) -> str:
    """The kind of one value from its exactness and (comparison) provenance."""
    if provenance in ("synthetic", "microdata"):
        return "synthetic"
    if provenance == "derived" or exactness == "derived":
        return "derived"
    return "published_exact" if exactness in (None, "", "exact") else "published_bound"


def label(value_kind: str, lang: str, exactness: str | None = None) -> str:
    """The one wording of a kind (bounds name their kind of bound)."""
    if value_kind == "published_bound" and exactness in ("approx", "lower_bound", "upper_bound"):
        return t(f"exactness.{exactness}", lang)
    return t(f"provenance.{value_kind}", lang)


def badge(kinds: Iterable[str]) -> str:
    """"published", "synthetic" or "mixed" for the kinds of a card's values."""
    found = {k for k in kinds if k}
    if not found:
        return "published"
    if found <= {"synthetic"}:
        return "synthetic"
    if "synthetic" in found:
        return "mixed"
    return "published"


def methods_href(lang: str, anchor: str = "") -> str:
    """Link to the methods page in the page language."""
    return METHODS_PATH + ("?lang=en" if lang == "en" else "") + (f"#{anchor}" if anchor else "")


def clean_source_text(text: str, lang: str) -> str:
    """A reference-list field (a source's title, publisher or date) as shown: no markdown
    asterisks, in the page language (figure_label)."""
    return figure_label(str(text).replace("*", ""), lang)


def figure_label(figure: str, lang: str) -> str:
    """A fragment of the reference list in the page language: the Dutch report's words for
    its figures and tables (Figuur -> Figure), the English notes around the titles of sources
    and figures ("(headline)" -> "(kop)"), English month names before a year (Babel's Dutch
    names) and English ordinal editions. Titles stay in their own language; the fragments and
    their translations are data (data/reference/source_terms.csv)."""
    terms, pattern = _terms(lang)
    out = pattern.sub(lambda m: terms[m.group(0)], str(figure)) if terms else str(figure)
    if lang == "nl":
        out = _ORDINAL_EDITION.sub(r"\g<1>e editie", out)
        months, pattern = _english_months()
        out = pattern.sub(lambda m: months[m.group(1)], out)
    return out


_ORDINAL_EDITION = re.compile(r"\b(\d+)(?:st|nd|rd|th) ed\.")


@load.memoised(maxsize=1)
def _english_months() -> tuple[dict[str, str], re.Pattern]:
    """{English month name or abbreviation: the Dutch one} (Babel's), and the pattern of an
    English one before a year ("November 2021", "1 Oct 2025")."""
    months = {english[number]: dutch[number]
              for width in ("wide", "abbreviated")
              for english, dutch in [(get_month_names(width, locale="en"),
                                      get_month_names(width, locale="nl"))]
              for number in range(1, 13)}
    return months, re.compile(r"\b(" + "|".join(sorted(months, key=len, reverse=True))
                              + r")(?= \d{4}\b)")


@load.memoised(maxsize=4)
def _terms(lang: str) -> tuple[dict[str, str], re.Pattern]:
    """The fragments to translate into `lang` ({text: translation}) and one pattern for all
    of them, longest first, each matched as whole words ("with" never inside "without")."""
    terms = reference.source_terms(lang)

    def whole(text: str) -> str:
        return ((r"(?<!\w)" if text[0].isalnum() else "") + re.escape(text)
                + (r"(?!\w)" if text[-1].isalnum() else ""))
    return terms, re.compile("|".join(whole(text) for text in
                                      sorted(terms, key=len, reverse=True)))


def figures_text(figures: Iterable[str], lang: str) -> str:
    """Several figure references in one phrase: "<word> 3 en 4" ("<word>s 3 and 4") when
    they share their word and are numbered, else each in full."""
    labels = [figure_label(f, lang) for f in figures]
    words = {label.rpartition(" ")[0] for label in labels}
    if len(labels) < 2:
        return "".join(labels)
    if len(words) == 1 and all(label.rpartition(" ")[2].isdigit() for label in labels):
        word = words.pop()
        numbers = [label.rpartition(" ")[2] for label in labels]
        return t("figures.joined", lang, word=word, first=", ".join(numbers[:-1]),
                 last=numbers[-1])
    return t("figures.joined_full", lang, first=", ".join(labels[:-1]), last=labels[-1])
