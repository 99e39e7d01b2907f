"""Which published numbers the comparison page pairs: one declarative table, topic by topic.

Every number the page draws is named here by the columns that identify its row in
published_figures (`Pick`). The Dutch side is the 2021 report (edition IBO-2021); the Danish
side is the 3rd edition of the Innovationsbarometer (IB-3, 2018-2019), either as the Dutch
report cites it (one of its figures, source CITED_SOURCE) or from a Danish page of the same
edition. Other Danish editions (IB-1, IB-4) and composite Danish measures are context only:
they appear as labelled text lines, never as bars beside the Dutch values.

The URL state of the page (`ComparisonState`) lives here too, because its allowed values
follow from this table and the codebook.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import ClassVar

from components.state import Param, QueryState
from data import questionnaire as q

NL_EDITION = "IBO-2021"
DK_EDITION = "IB-3"
CITED_SOURCE = "NL-IBO2021"  # a DK row with this source is "as cited in the Dutch report"

# Comparability caveats 1-10 of sources.md (texts in components/i18n/vergelijking.py).
CAVEATS = tuple(range(1, 11))


@dataclass(frozen=True)
class Pick:
    """One row of published_figures, named by the columns that identify it."""

    source_id: str
    country: str
    edition: str
    figure: str
    indicator: str
    category: str

    def criteria(self) -> dict[str, str]:
        return dict(source_id=self.source_id, country=self.country, edition=self.edition,
                    figure=self.figure, indicator=self.indicator, category=self.category)

    @property
    def key(self) -> str:
        """A stable text key of the row (carried on every bar, checked by the tests)."""
        return "|".join(self.criteria().values())

    @property
    def cited(self) -> bool:
        """A Danish value known only as the Dutch report cites it (caveat 10)."""
        return self.country == "DK" and self.source_id == CITED_SOURCE


def nl(figure: str, indicator: str, category: str) -> Pick:
    """A Dutch value from the 2021 report."""
    return Pick(CITED_SOURCE, "NL", NL_EDITION, figure, indicator, category)


def dk_cited(figure: str, indicator: str, category: str) -> Pick:
    """A Danish 2018-2019 value as the Dutch report cites it."""
    return Pick(CITED_SOURCE, "DK", DK_EDITION, figure, indicator, category)


def dk(source_id: str, figure: str, indicator: str, category: str,
       edition: str = DK_EDITION) -> Pick:
    """A Danish value from a Danish page (IB-3 unless another edition is named)."""
    return Pick(source_id, "DK", edition, figure, indicator, category)


@dataclass(frozen=True)
class Category:
    """One category of a topic: the NL value, the DK values of the same edition, and more.

    nl: the Dutch published value (None: not published; the chart says so).
    dk: Danish IB-3 values measuring the same category, cited value first.
    others: other countries (Figuur 1 only).
    sub: codebook categories of the topic's indicator whose synthetic shares give the NL
         subgroup value (two single-choice categories are summed); () = no subgroup value.
    label: i18n key of the category's label.
    """

    key: str
    label: str
    nl: Pick | None
    dk: tuple[Pick, ...] = ()
    others: tuple[Pick, ...] = ()
    sub: tuple[str, ...] = ()
    nl_complement: Pick | None = None  # NL value derived as 100 minus this published share


@dataclass(frozen=True)
class Topic:
    """One comparable topic: a figure of the Dutch report and its Danish counterparts.

    key: the URL value. base: who answered in NL ("all" of the edition's organisations or its
    "innovators") and correspondingly in DK (2,271 workplaces or 1,877 innovating ones).
    caveats: numbers of the comparability caveats that apply (sources.md).
    dk_question: the Danish question as written (exact), with its source; None if unknown.
    sub_indicator / sub_measure: the codebook indicator and indicator_shares measure an NL
    subgroup is read from; None when the question is not in the microdata.
    context: values from other DK editions or composite measures, shown as labelled text.
    """

    key: str
    figure: str
    title: str
    categories: tuple[Category, ...]
    base: str
    caveats: tuple[int, ...]
    dk_question: str | None = None
    dk_question_source: str | None = None
    sub_indicator: str | None = None
    sub_measure: str = "share"
    context: tuple[Pick, ...] = ()

    def picks(self) -> tuple[Pick, ...]:
        """Every row drawn as a bar, in drawing order."""
        out: list[Pick] = []
        for c in self.categories:
            out += [p for p in (c.nl, *c.dk, *c.others) if p is not None]
        return tuple(out)


def _cat(indicator: str, key: str) -> str:
    """i18n key of a codebook category label."""
    return f"cat.{indicator}.{key}"


def _nl_dk(figure: str, indicator: str, key: str, *, dk_too: bool = True,
           sub: bool = True) -> Category:
    """A category with an NL value and (optionally) the DK value the report cites."""
    return Category(key, _cat(indicator, key), nl(figure, indicator, key),
                    (dk_cited(figure, indicator, key),) if dk_too else (),
                    sub=(key,) if sub else ())


_DST = "Nyt fra Danmarks Statistik: Innovation i den offentlige sektor 2018-2019"
_IB1_BOOK = "Book 'Innovationsbarometeret' (COI, 1st ed.)"

TOPICS: tuple[Topic, ...] = (
    Topic(
        "aandeel", "Figuur 1", "cmp.topic.aandeel",
        (Category("all", "cmp.cat.innovation_share.all",
                  nl("Figuur 1", "innovation_share", "all"),
                  (dk_cited("Figuur 1", "innovation_share", "all"),
                   dk("DK-COPI3-INNOV", "Den innovative offentlige sektor (illustration)",
                      "innovation_share", "all")),
                  others=(Pick(CITED_SOURCE, "NO", "MNNS-2019", "Figuur 1", "innovation_share",
                               "all"),
                          Pick(CITED_SOURCE, "SE", "MNNS-2019", "Figuur 1", "innovation_share",
                               "all"),
                          Pick("NORDIC-DIFI-2019", "IS", "MNNS-2019",
                               "Measuring New Nordic Solutions (Difi summary, 2019)",
                               "innovation_share", "all"))),),
        base="all", caveats=(1, 2, 3, 4, 5, 9, 10),
        dk_question="Har jeres arbejdsplads i perioden 2018-2019 indført nye eller væsentligt "
                    "ændrede… produkter? serviceydelser? processer eller måder at organisere "
                    "arbejdet på? måder at kommunikere med omverdenen på?",
        dk_question_source="DK-COPI3-INNOV",
        context=(dk("DK-DST-2019", _DST, "innovation_share", "municipal"),
                 dk("DK-DST-2019", _DST, "innovation_share", "state"),
                 dk("DK-DST-2019", _DST, "innovation_share", "regional"),
                 Pick("NORDIC-DIFI-2019", "FI", "MNNS-2019",
                      "Measuring New Nordic Solutions (Difi summary, 2019)",
                      "innovation_share", "all"),
                 dk("DK-COPI4-INNOV", "Den innovative offentlige sektor (4. udgave)",
                    "innovation_share", "all", edition="IB-4")),
    ),
    Topic(
        "typen", "Figuur 2", "cmp.topic.typen",
        (Category("process", _cat("innovation_type", "process"),
                  nl("Figuur 2", "innovation_type", "process"),
                  (dk("DK-COPI3-PROCESS", "Organiser smartere (headline)", "innovation_type",
                      "process"),), sub=("process",)),
         _nl_dk("Figuur 2", "innovation_type", "interaction", dk_too=False),
         _nl_dk("Figuur 2", "innovation_type", "service", dk_too=False),
         _nl_dk("Figuur 2", "innovation_type", "product", dk_too=False)),
        base="innovators", caveats=(1, 2, 3, 4, 5, 6, 7, 8),
        dk_question="Hvilke(n) type(r) innovation er din arbejdsplads’ seneste innovation?",
        dk_question_source="DK-COPI3-TYPES",
        sub_indicator="innovation_type",
    ),
    Topic(
        "herkomst", "Figuur 4", "cmp.topic.herkomst",
        (_nl_dk("Figuur 4", "innovation_origin", "own_development"),
         _nl_dk("Figuur 4", "innovation_origin", "inspired_adapted", dk_too=False),
         _nl_dk("Figuur 4", "innovation_origin", "copied", dk_too=False),
         Category("inspired_or_copied", "cmp.cat.innovation_origin.inspired_or_copied", None,
                  (dk("DK-COPI3-REUSE", "Genbrug og del (headline)", "innovation_origin",
                      "inspired_or_copied"),)),
         Category("dont_know", "cmp.cat.innovation_origin.dont_know", None,
                  (dk("DK-COPI3-REUSE", "Genbrug og del (illustration)", "innovation_origin",
                      "dont_know"),))),
        base="innovators", caveats=(1, 3, 4, 5, 6, 7, 8, 9, 10),
        dk_question="For den seneste innovation var... jeres arbejdsplads den første til at "
                    "udvikle og indføre innovationen (så vidt I ved) / innovationen inspireret "
                    "af andres løsninger, men tilpasset væsentligt til jeres arbejdsplads / "
                    "innovationen i vidt omfang en kopi af andres løsninger / Ved ikke",
        dk_question_source="DK-COPI3-REUSE",
        sub_indicator="innovation_origin",
        context=(dk("DK-COI-IB1-BOOK", _IB1_BOOK, "innovation_origin", "inspired_or_copied",
                    edition="IB-1"),
                 *(dk("DK-COPI4-SPREAD", "Spredning og skalering af innovation",
                      "innovation_origin", c, edition="IB-4")
                   for c in ("own_development", "inspired_adapted", "copied"))),
    ),
    Topic(
        "technologie", "Figuur 5", "cmp.topic.technologie",
        (Category("entirely_technology", _cat("technology_role", "entirely_technology"),
                  nl("Figuur 5", "technology_role", "entirely_technology"),
                  (dk("DK-COPI3-TECH1", "Brug ny teknologi (illustration 1)", "technology_role",
                      "entirely_technology"),), sub=("entirely_technology",)),
         _nl_dk("Figuur 5", "technology_role", "important_part", dk_too=False),
         Category("small_part_or_none", _cat("technology_role", "small_part_or_none"),
                  nl("Figuur 5", "technology_role", "small_part_or_none"),
                  (dk_cited("Figuur 5", "technology_role", "small_part_or_none"),),
                  sub=("small_part", "none"))),
        base="innovators", caveats=(1, 2, 3, 4, 5, 7, 8, 9, 10),
        dk_question="I hvilken grad indgår teknologi i den seneste innovation? Tænk både på "
                    "teknologi som fysiske og digitale løsninger",
        dk_question_source="DK-COPI3-TECH1",
        sub_indicator="technology_role",
        context=tuple(dk("DK-COPI4-TECH", "Teknologi og offentlig innovation", "technology_role",
                         c, edition="IB-4")
                      for c in ("entirely_technology", "important_part", "small_part", "none")),
    ),
    Topic(
        "aanleiding", "Figuur 7", "cmp.topic.aanleiding",
        (_nl_dk("Figuur 7", "innovation_trigger", "employees"),
         _nl_dk("Figuur 7", "innovation_trigger", "managers", dk_too=False),
         _nl_dk("Figuur 7", "innovation_trigger", "new_technology"),
         _nl_dk("Figuur 7", "innovation_trigger", "other_public_organisations"),
         _nl_dk("Figuur 7", "innovation_trigger", "reorganisation"),
         _nl_dk("Figuur 7", "innovation_trigger", "legislation"),
         _nl_dk("Figuur 7", "innovation_trigger", "economic_pressure"),
         _nl_dk("Figuur 7", "innovation_trigger", "political_environment_and_citizens")),
        base="innovators", caveats=(1, 2, 3, 4, 5, 6, 7, 8, 9, 10),
        dk_question="Hvem eller hvad førte primært til, at I igangsatte den seneste innovation "
                    "på din arbejdsplads?",
        dk_question_source="DK-COPI4-LEAD",
        sub_indicator="innovation_trigger",
        context=(dk("DK-COPI3-EMPL", "Brug medarbejdernes ideer (headline)",
                    "actor_positive_role", "employees"),
                 dk("DK-COPI4-LEAD", "Ledelse af innovation", "innovation_trigger", "managers",
                    edition="IB-4"),
                 dk("DK-COPI4-TECH", "Teknologi og offentlig innovation", "innovation_trigger",
                    "new_technology", edition="IB-4")),
    ),
    Topic(
        "samenwerking", "Figuur 9", "cmp.topic.samenwerking",
        (_nl_dk("Figuur 9", "collaboration_partner", "none"),
         Category("any_collaboration", "cmp.cat.collaboration_partner.any_collaboration", None,
                  (dk("DK-COPI3-COLLAB", "Samarbejd på tværs (headline)",
                      "collaboration_partner", "any_collaboration"),),
                  nl_complement=nl("Figuur 9", "collaboration_partner", "none")),
         _nl_dk("Figuur 9", "collaboration_partner", "private_companies"),
         _nl_dk("Figuur 9", "collaboration_partner", "government_other_sector", dk_too=False),
         _nl_dk("Figuur 9", "collaboration_partner", "foreign_partners")),
        base="innovators", caveats=(1, 3, 4, 5, 6, 7, 8, 9, 10),
        dk_question="Samarbejdede jeres arbejdsplads med nogle af de følgende om den seneste "
                    "innovation?",
        dk_question_source="DK-COPI3-COLLAB",
        sub_indicator="collaboration_partner",
        context=(dk("DK-LOES-2021", "Løs problemet sammen (CO-PI 2021)", "actor_positive_role",
                    "private_companies"),
                 dk("DK-COPI3-ABROAD", "Hent inspiration i udlandet (headline)",
                    "actor_positive_role", "abroad"),
                 dk("DK-COPI4-PRIVATE", "Offentlig-privat samarbejde om innovation",
                    "collaboration_partner", "private_companies", edition="IB-4"),
                 dk("DK-COI-IB1-BOOK", _IB1_BOOK, "collaboration_partner", "any_collaboration",
                    edition="IB-1")),
    ),
    Topic(
        "verspreiding", "Figuur 10", "cmp.topic.verspreiding",
        (_nl_dk("Figuur 10", "knowledge_sharing", "active_sharing", dk_too=False),),
        base="innovators", caveats=(1, 3, 4, 5, 7, 8, 9),
        dk_question="Har I gjort noget aktivt for at sprede innovationen, så andre kan genbruge "
                    "jeres løsning?",
        dk_question_source="DK-COI-IB1-SPREAD",
        sub_indicator="knowledge_sharing",
        context=(dk("DK-COI-IB1-SPREAD", "Genbrug og spred (illustration 2, 1st ed.)",
                    "knowledge_sharing", "active_sharing", edition="IB-1"),),
    ),
    Topic(
        "financiering", "Figuur 11", "cmp.topic.financiering",
        (Category("own_budget", _cat("funding_source", "own_budget"),
                  nl("Figuur 11", "funding_source", "own_budget"),
                  (dk_cited("Figuur 11", "funding_source", "own_budget"),
                   dk("DK-COPI3-FUND", "Håndter økonomien (illustration 1)", "funding_source",
                      "own_budget")), sub=("own_budget",)),),
        base="innovators", caveats=(1, 3, 4, 5, 6, 7, 8, 10),
        dk_question="Hvordan er den seneste innovation finansieret?",
        dk_question_source="DK-COPI3-FUND",
        sub_indicator="funding_source",
        context=(dk("DK-COPI3-FOUND", "Find løsninger med fonde (illustration 1)",
                    "actor_positive_role", "foundations"),),
    ),
    Topic(
        "resultaten", "Figuur 14", "cmp.topic.resultaten",
        (_nl_dk("Figuur 14", "innovation_result", "efficiency", dk_too=False),
         Category("quality", _cat("innovation_result", "quality"),
                  nl("Figuur 14", "innovation_result", "quality"),
                  (dk("DK-DST-2019", _DST, "innovation_result", "quality"),), sub=("quality",)),
         Category("employee_satisfaction", _cat("innovation_result", "employee_satisfaction"),
                  nl("Figuur 14", "innovation_result", "employee_satisfaction"),
                  (dk("DK-DST-2019", _DST, "innovation_result", "employee_satisfaction"),),
                  sub=("employee_satisfaction",)),
         _nl_dk("Figuur 14", "innovation_result", "political_goals", dk_too=False),
         _nl_dk("Figuur 14", "innovation_result", "citizen_influence", dk_too=False)),
        base="innovators", caveats=(1, 2, 3, 4, 5, 6, 7, 9),
        dk_question="Hvilken form for værdi har I alt i alt opnået med den seneste innovation?",
        dk_question_source="DK-COPI3-CITIZ",
        sub_indicator="innovation_result",
        context=(dk("DK-COI-IB1-BOOK", _IB1_BOOK, "innovation_result", "efficiency",
                    edition="IB-1"),
                 dk("DK-COI-IB1-BOOK", _IB1_BOOK, "innovation_result", "quality",
                    edition="IB-1")),
    ),
    Topic(
        "factoren", "Figuur 13", "cmp.topic.factoren",
        (Category("focus_on_continuity", "cmp.cat.innovation_factor.focus_on_continuity", None,
                  (dk("DK-COPI3-SAFEOPS", "Overkom barrierer (illustration 2)",
                      "hindering_factor", "focus_on_safe_operations_collaborative_innovations"),),
                  sub=("focus_on_continuity",)),),
        base="innovators", caveats=(1, 3, 4, 5, 6, 7, 8, 9),
        dk_question="Tænk konkret på den seneste innovation på jeres arbejdsplads: Hvilke "
                    "faktorer fremmede eller hæmmede innovationen? (…) ”Vores fokus på sikker "
                    "drift”",
        dk_question_source="DK-COPI3-SAFEOPS",
        sub_indicator="innovation_factor", sub_measure="hindering",
        context=(nl("Figuur 13", "factor_items", "number_of_factors"),
                 *(dk("DK-COPI4-FACTORS", "Hæmmere og fremmere af innovation", ind, cat,
                      edition="IB-4")
                   for cat in ("employee_participation", "cross_workplace_collaboration")
                   for ind in ("promoting_factor", "hindering_factor"))),
    ),
)
TOPIC_BY_KEY: dict[str, Topic] = {t.key: t for t in TOPICS}
# The edition a cited value is shown with when the report's own source line names another
# source than the DK edition of its period: Figuur 1's Danish 80% comes from COI (2019),
# Measuring New Nordic Solutions (its source line: "IBO 2021 en COI (2019)"), not IB-3.
SHOWN_EDITION: dict[str, str] = {
    dk_cited("Figuur 1", "innovation_share", "all").key: "COI (2019)"}
DEFAULT_TOPIC = TOPICS[0].key

# The report's comparison in one line: which triggers and results set the countries apart.
CONCLUSION_SOURCE = CITED_SOURCE

SUBGROUP_GROUPINGS = ("sector", "cluster")
NO_SUBGROUP = ""
# The control's value for "no subgroup" (a native select already uses "" for its placeholder).
NO_SUBGROUP_CONTROL = "geen"


def subgroup_value(grouping: str, group: str) -> str:
    """URL value of an NL subgroup, e.g. "sector:Gemeenten"."""
    return f"{grouping}:{group}"


ALL_SUBGROUPS: tuple[str, ...] = (
    *(subgroup_value("sector", s) for s in q.SECTORS),
    *(subgroup_value("cluster", c) for c in q.CLUSTERS),
)


@dataclass(frozen=True)
class ComparisonState(QueryState):
    """State of /vergelijking: the topic and an optional NL subgroup (sector or cluster)."""

    PARAMS: ClassVar[tuple[Param, ...]] = (
        Param("topic", DEFAULT_TOPIC, tuple(TOPIC_BY_KEY), url="onderwerp"),
        Param("subgroup", NO_SUBGROUP, (NO_SUBGROUP, *ALL_SUBGROUPS), url="subgroep"),
    )
    topic: str = DEFAULT_TOPIC
    subgroup: str = NO_SUBGROUP
