"""Comparisons the Dutch report makes in words only: findings with a direction, no number.

Each finding is drawn as direction-only (which country is higher, or "comparable"), never as
a value. `quote` is a verbatim fragment of the report that can be checked in
pipeline/reference/published_figures.csv (evidence or note column) or in a stored copy of
the report's text; where no verbatim text is available here, `quote` is empty and the page
shows our summary as a summary (no quotation marks).
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Finding:
    """key: i18n suffix (finding.<key>); figure: the report's figure; topic: the /vergelijking
    topic it belongs to; higher: "NL", "DK" or "same"; quote: verbatim Dutch text or ""."""

    key: str
    figure: str
    topic: str
    higher: str
    quote: str = ""


FINDINGS: tuple[Finding, ...] = (
    # Figuur 1 text: "blijkt dat Nederland het in internationaal perspectief prima doet"
    # (report text, stored copy of the report); summary: "een goede score".
    Finding("share_prima", "Figuur 1", "aandeel", "NL",
            "Nederland het in internationaal perspectief prima doet"),
    # Figuur 2: evidence column (interaction) and note ("more often than in DK").
    Finding("interaction", "Figuur 2", "typen", "NL", "duidelijk hoger dan in Denemarken"),
    Finding("services_products", "Figuur 2", "typen", "NL"),
    # Figuur 6 (no numbers in the text).
    Finding("known_tech_new_way", "Figuur 6", "technologie", "DK"),
    # Figuur 7: foreign examples rarely a trigger in either country.
    Finding("foreign_examples", "Figuur 7", "aanleiding", "same"),
    # Figuur 8: knowledge channels comparable.
    Finding("knowledge_channels", "Figuur 8", "samenwerking", "same"),
    # Figuur 9: evidence column ("Slechts 7 procent ... niet ... samengewerkt").
    Finding("collaborates_almost_always", "Figuur 9", "samenwerking", "NL",
            "Slechts 7 procent van de organisaties geeft aan dat er niet met andere "
            "organisaties of organisatieonderdelen is samengewerkt."),
    # Figuur 10: note column ("In internationaal perspectief een tamelijk hoge score").
    Finding("sharing_fairly_high", "Figuur 10", "verspreiding", "NL",
            "In internationaal perspectief een tamelijk hoge score"),
    # Figuur 11: note column (sector funds and "no specific funding" more frequent in DK).
    Finding("sector_funds", "Figuur 11", "financiering", "DK"),
    Finding("no_specific_funding", "Figuur 11", "financiering", "DK"),
    # Figuren 13/26: stimulants named more often in DK and in NL.
    Finding("stimulants_dk", "Figuur 13/26", "factoren", "DK"),
    Finding("stimulants_nl", "Figuur 13/26", "factoren", "NL"),
    # Figuur 14: note column ("efficiency 'veel lager' in DK"; quality "iets hoger" in DK).
    Finding("efficiency", "Figuur 14", "resultaten", "NL", "veel lager"),
    Finding("quality", "Figuur 14", "resultaten", "DK", "iets hoger"),
)
FINDINGS_BY_TOPIC: dict[str, tuple[Finding, ...]] = {}
for _f in FINDINGS:
    FINDINGS_BY_TOPIC[_f.topic] = FINDINGS_BY_TOPIC.get(_f.topic, ()) + (_f,)
