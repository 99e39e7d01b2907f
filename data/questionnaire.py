"""The questionnaire codebook: every sector, cluster, indicator, category and climate item.

This module is the single place that names the survey's concepts. The microdata schema
(pipeline), the aggregate contract (data/schema.py) and the app's labels (the translation
catalogue, keyed by these names) all derive from it. Keys are stable English snake_case;
Dutch and English labels live in the translation catalogue.
"""

from __future__ import annotations

from dataclasses import dataclass
from collections.abc import Sequence
from typing import Literal

EDITION = "IBO-2021"
EDITIONS = (EDITION,)

# Tabel 1 (respondents per sector), in the report's order.
SECTOR_COUNTS: dict[str, int] = {
    "Gemeenten": 85,
    "Gemeenschappelijke regelingen": 110,
    "Hoge Colleges van Staat": 4,
    "Privaatrechtelijke publieke organisaties": 26,
    "Provincies": 3,
    "Rechtswezen (rechterlijke macht en OM)": 14,
    "Rijksoverheid (departementen)": 76,
    "Waterschappen": 12,
    "Zbo's": 36,
}
SECTORS: tuple[str, ...] = tuple(SECTOR_COUNTS)

# Tabel 2 (organisations per thematic cluster), in the report's order.
CLUSTER_COUNTS: dict[str, int] = {
    "Gemeenten en onderdelen": 90,
    "Zelfstandige bestuursorganen": 34,
    "Rijk Uitvoering/Agentschap": 32,
    "Cultuur (met name decentraal)": 30,
    "Rijk Beleid": 29,
    "Overig (decentraal)": 24,
    "Arbeid en Sociaal (decentraal)": 19,
    "Watermanagement (waterschappen en overige water gerelateerde organisatie)": 18,
    "Rijk Staf": 15,
    "Rechtswezen (rechterlijke macht en OM)": 14,
    "Infra en Bedrijventerrein (decentraal)": 14,
    "Veiligheidsregio": 11,
    "Omgevingsdienst": 11,
    "GGD": 9,
    "Belasting (decentraal)": 6,
    "Shared Service Center (decentraal)": 6,
    "Hoge Colleges van Staat": 4,
}
CLUSTERS: tuple[str, ...] = tuple(CLUSTER_COUNTS)

# ASSUMPTION (not published): the report gives sector totals (Tabel 1) and cluster totals
# (Tabel 2) but not their cross-table. This crosswalk is consistent with both margins, and no
# sector and cluster nest with a remainder of 1-4 organisations. The obvious crosswalk (cluster
# "Zelfstandige bestuursorganen" 34 inside sector "Zbo's" 36, plus 2 Zbo's in Cultuur) would
# let anyone read the 2 Zbo's in Cultuur off as "sector minus cluster", so disclosure control
# (pipeline/disclosure.py, differencing rule) would have to withhold the ZBO cluster. Here
# Zbo's 36 = ZBO 29 + Cultuur 7, and Privaatrechtelijke publieke organisaties 26 = Cultuur 15
# + Overig 6 + ZBO 5 (zbo's with a private-law form, e.g. a foundation, exist).
SECTOR_CLUSTER_CROSSWALK: dict[str, dict[str, int]] = {
    "Gemeenten": {"Gemeenten en onderdelen": 85},
    "Gemeenschappelijke regelingen": {
        "Gemeenten en onderdelen": 5,
        "Cultuur (met name decentraal)": 8,
        "Overig (decentraal)": 15,
        "Arbeid en Sociaal (decentraal)": 19,
        "Watermanagement (waterschappen en overige water gerelateerde organisatie)": 6,
        "Infra en Bedrijventerrein (decentraal)": 14,
        "Veiligheidsregio": 11,
        "Omgevingsdienst": 11,
        "GGD": 9,
        "Belasting (decentraal)": 6,
        "Shared Service Center (decentraal)": 6,
    },
    "Hoge Colleges van Staat": {"Hoge Colleges van Staat": 4},
    "Privaatrechtelijke publieke organisaties": {
        "Cultuur (met name decentraal)": 15,
        "Overig (decentraal)": 6,
        "Zelfstandige bestuursorganen": 5,
    },
    "Provincies": {"Overig (decentraal)": 3},
    "Rechtswezen (rechterlijke macht en OM)": {"Rechtswezen (rechterlijke macht en OM)": 14},
    "Rijksoverheid (departementen)": {
        "Rijk Uitvoering/Agentschap": 32,
        "Rijk Beleid": 29,
        "Rijk Staf": 15,
    },
    "Waterschappen": {
        "Watermanagement (waterschappen en overige water gerelateerde organisatie)": 12
    },
    "Zbo's": {"Zelfstandige bestuursorganen": 29, "Cultuur (met name decentraal)": 7},
}

SIZE_CLASSES: tuple[str, ...] = ("<100", "100-249", "250-499", "500+")

LIKERT_MIN, LIKERT_MAX = 1, 5
LIKERT_AGREE = (4, 5)  # "(helemaal) eens"

# Climate scale: mean of the scale items, computed only when enough scale items are answered
# ("weet niet" is stored as missing). The same rule is used by the pipeline and the benchmark.
MIN_SCALE_ITEMS_ANSWERED = 10

CLIMATE_GROUPS: tuple[str, ...] = ("krachtig", "gemiddeld", "beperkt")
# Figuur 17: krachtig > 4,0; gemiddeld 3,6 - 4,0; beperkt < 3,6. The report does not say where
# exactly 3,6 and 4,0 fall; we put both in "gemiddeld" (assumption, documented in the UI).
CLIMATE_CUT_LOW = 3.6
CLIMATE_CUT_HIGH = 4.0


def climate_group(score: float) -> str:
    """Climate group for a scale score (1-5)."""
    if score > CLIMATE_CUT_HIGH:
        return "krachtig"
    if score >= CLIMATE_CUT_LOW:
        return "gemiddeld"
    return "beperkt"


@dataclass(frozen=True)
class ClimateItem:
    """One climate statement (Figuur 15). Exact Dutch wording was not published."""

    key: str
    in_scale: bool
    paraphrase_source: Literal["report", "theme"]  # report paraphrase, or our naming by theme


# 15 statements, 13 in the scale. Items 1-5 are the report's paraphrases; the others are named
# by the themes the report discusses. Which two items were excluded is unknown: we mark the
# two least specific theme items as excluded (ASSUMPTION, shown as such in the UI).
CLIMATE_ITEMS: tuple[ClimateItem, ...] = (
    ClimateItem("collaborates_well_with_other_organisations", True, "report"),
    ClimateItem("applies_solutions_from_elsewhere", True, "report"),
    ClimateItem("new_ideas_valued", True, "report"),
    ClimateItem("citizen_business_perspective_included", True, "report"),
    ClimateItem("learns_from_mistakes", True, "report"),
    ClimateItem("time_for_innovation", True, "theme"),
    ClimateItem("management_supports_innovation", True, "theme"),
    ClimateItem("clear_vision_on_innovation", True, "theme"),
    ClimateItem("diverse_knowledge_and_skills", True, "theme"),
    ClimateItem("room_to_experiment", True, "theme"),
    ClimateItem("mistakes_discussed_openly", True, "theme"),
    ClimateItem("curious_about_new_technology", True, "theme"),
    ClimateItem("employees_involved_in_change", True, "theme"),
    ClimateItem("innovation_rewarded", False, "theme"),
    ClimateItem("budget_for_innovation", False, "theme"),
)
SCALE_ITEMS: tuple[str, ...] = tuple(i.key for i in CLIMATE_ITEMS if i.in_scale)


def climate_column(item_key: str) -> str:
    """Microdata column of a climate statement."""
    return f"climate__{item_key}"


@dataclass(frozen=True)
class Indicator:
    """A survey question summarised as shares per category.

    kind: "single" (one category per organisation), "multi" (a yes/no per category),
    "likert" (one 1-5 answer per category; shares are "promoting" = 4-5 and
    "hindering" = 1-2). base: who answered ("all" organisations or the "innovators").
    """

    key: str
    kind: Literal["single", "multi", "likert"]
    categories: tuple[str, ...]
    base: Literal["all", "innovators"]
    figure: str

    def columns(self) -> tuple[str, ...]:
        """Microdata columns that hold this indicator."""
        if self.kind == "single":
            return (self.key,)
        return tuple(f"{self.key}__{c}" for c in self.categories)


# Category keys follow published_figures.csv where the report publishes a number, so that
# published and microdata-based values meet on (indicator, category).
INDICATORS: tuple[Indicator, ...] = (
    Indicator("covid_production_effect", "multi", ("decreased", "unchanged", "increased"),
              "all", "Figuur 23"),
    Indicator("covid_homeworking", "single",
              ("orgs_0_25pct_staff_at_home", "orgs_25_50pct_staff_at_home",
               "orgs_50_75pct_staff_at_home", "orgs_with_75_100pct_staff_at_home"),
              "all", "Figuur 24"),
    Indicator("covid_homeworking_facilities", "single",
              ("already_available", "improved", "newly_introduced", "not_applicable"),
              "all", "Figuur 25"),
    Indicator("innovation_type", "multi", ("product", "service", "process", "interaction"),
              "innovators", "Figuur 2"),
    Indicator("innovation_spectrum", "single", ("one_type", "two_types", "three_types",
                                                "all_four_types"), "innovators", "Figuur 3"),
    Indicator("innovation_origin", "single", ("own_development", "inspired_adapted", "copied"),
              "innovators", "Figuur 4"),
    Indicator("technology_role", "single",
              ("entirely_technology", "important_part", "small_part", "none"),
              "innovators", "Figuur 5"),
    Indicator("technology_novelty", "single",
              ("new_technology", "new_use_of_known_technology", "known_technology",
               "no_technology"), "innovators", "Figuur 6"),
    Indicator("innovation_trigger", "multi",
              ("employees", "managers", "new_technology", "other_public_organisations",
               "reorganisation", "legislation", "economic_pressure",
               "political_environment_and_citizens"), "innovators", "Figuur 7"),
    Indicator("knowledge_channel", "multi",
              ("colleagues", "other_public_organisations", "networks_and_conferences",
               "research_and_literature", "consultants_and_suppliers", "citizens_and_users"),
              "innovators", "Figuur 8"),
    Indicator("collaboration_partner", "multi",
              ("none", "government_own_sector", "government_other_sector",
               "private_companies", "knowledge_institutions", "citizens_and_civil_society",
               "foreign_partners"), "innovators", "Figuur 9"),
    Indicator("knowledge_sharing", "single", ("active_sharing", "no_active_sharing"),
              "innovators", "Figuur 10"),
    Indicator("funding_source", "multi",
              ("own_budget", "other_government_budget", "national_subsidy", "eu_funds",
               "private_or_foundation"), "innovators", "Figuur 11"),
    Indicator("innovation_strategy", "single",
              ("together_process", "in_the_spotlight", "under_the_radar", "expert_group",
               "no_specific_strategy"), "innovators", "Figuur 12"),
    # Figuur 13: "een vijftiental" factors, rated (sterk) belemmerend / neutraal / (sterk)
    # bevorderend. Their names are not in the text: named by theme (paraphrase).
    Indicator("innovation_factor", "likert",
              ("employees", "management_support", "dealing_with_mistakes", "time",
               "budget", "it_and_technology", "legislation", "collaboration_partners",
               "citizens_and_users", "political_support", "organisational_culture",
               "knowledge_and_skills", "focus_on_continuity", "project_management",
               "external_expertise"), "innovators", "Figuur 13"),
    Indicator("innovation_result", "multi",
              ("efficiency", "quality", "employee_satisfaction", "political_goals",
               "citizen_influence"), "innovators", "Figuur 14"),
)
INDICATOR_BY_KEY: dict[str, Indicator] = {i.key: i for i in INDICATORS}


def scale_score(answers: Sequence[float | None]) -> float | None:
    """Climate score for one organisation: mean of the answered scale items.

    `answers` holds the SCALE_ITEMS answers in order, None (or NaN) for "weet niet" or
    unanswered. Returns None when fewer than MIN_SCALE_ITEMS_ANSWERED are answered.
    The pipeline and the benchmark page both use this rule.
    """
    given = [float(a) for a in answers if a is not None and a == a]
    if len(given) < MIN_SCALE_ITEMS_ANSWERED:
        return None
    return sum(given) / len(given)


def spectrum_category(n_types: int) -> str | None:
    """Figuur 3 category for the number of innovation types (None when 0)."""
    spectrum = INDICATOR_BY_KEY["innovation_spectrum"].categories
    return spectrum[n_types - 1] if 1 <= n_types <= len(spectrum) else None
