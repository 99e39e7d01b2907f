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

from components.i18n import t

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


# English fragments of the reference list (sources.md) written in the page language.
_SOURCE_WORDS_NL = (
    (" with ", " met "), ("not stated in the copy read", "niet vermeld in de gelezen kopie"),
    ("not stated", "niet vermeld"), (" or later", " of later"), ("c. ", "ca. "),
    ("(overview)", "(overzicht)"), ("English edition", "Engelse editie"),
    ("November", "november"),
)
_ORDINAL_EDITION = re.compile(r"\b(\d+)(?:st|nd|rd|th) ed\.")
_SOURCE_WORDS_EN = (("Figuur", "Figure"), ("Figuren", "Figures"), ("Inleiding", "Introduction"),
                    ("Tabel", "Table"), ("Tekstvak", "Text box"), ("voetnoot", "footnote"),
                    ("tekst", "text"))


def clean_source_text(text: str, lang: str) -> str:
    """A reference-list field as shown: no markdown asterisks, fragments in the page language."""
    out = str(text).replace("*", "")
    if lang == "nl":
        out = _ORDINAL_EDITION.sub(r"\g<1>e editie", out)  # "<n>th ed." -> "<n>e editie"
        for old, new in _SOURCE_WORDS_NL:
            out = out.replace(old, new)
    return out


def figure_label(figure: str, lang: str) -> str:
    """A figure reference of the Dutch report in the page language (Figuur -> Figure)."""
    out = str(figure)
    if lang == "en":
        for old, new in _SOURCE_WORDS_EN:
            out = out.replace(old, new)
    return out


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
