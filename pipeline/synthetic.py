"""Seeded synthetic microdata, calibrated to the published IBO 2021 marginals.

The real organisation-level answers are confidential. This module writes a stand-in with one
row per organisation whose margins reproduce the report's published numbers (see
pipeline/SYNTHETIC.md and tests/data/test_calibration.py). Numbers the report does not publish
are marked ASSUMPTION below.

Method in short: every organisation gets a latent innovation climate (small cluster offsets,
large individual spread). Every answer is drawn as a *rank* allocation: the exact number of
organisations per category comes from the target table (largest remainder), and who gets which
category follows a propensity (latent climate times a slope, plus noise). So the published
marginals hold exactly by construction, and the relations with the climate come from the
propensities. A few published facts about the realised climate score (group shares, the extreme
scores of the gemeenschappelijke regelingen) are then reached by small nudges of single
item answers; the sector and cluster orderings are checked and, when a draw misses them, the
climate is redrawn from the same seeded stream (deterministic for a given seed).

    generate(seed=2021, n=366) -> pandas.DataFrame
    python -m pipeline.synthetic --out data/synthetic/microdata.parquet [--seed S] [--rows N]
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path
from statistics import NormalDist

import numpy as np
import pandas as pd

from data import questionnaire as q

DEFAULT_SEED = 2021
PUBLISHED_N = 366          # Inleiding: 366 organisations completed the questionnaire
MIN_ROWS = 100             # below this the proportional allocations degenerate

# ------------------------------------------------------------------------------------------
# Target table. Percentages; "ASSUMPTION" marks values the report does not publish.
# Innovator questions: percent of the answering innovators.
# ------------------------------------------------------------------------------------------

INNOVATORS = {"yes": 313, "no": 53}  # Inleiding: 313 of 366 innovated (Figuur 1: 86%)

# ASSUMPTION: where the non-innovators are. They come in blocks: (sector, cluster) ->
# (non-innovators at n = 366, size class they all have, climate group they all have). Every
# sector, cluster, crosswalk cell, climate group and their crossings with size class then hold
# 0 or >= 5 non-innovators, so "innovators in group X" never differs from "group X" by 1-4
# organisations (which disclosure control would have to suppress: the base of every innovator
# question). Each block's size class leaves >= 5 innovators of its sector in that class. Mostly
# Rijk clusters (low climate, Figuur 16/27); within a block the organisations of the block's
# climate group with the lowest innovation propensity do not innovate. Figuur 18 (krachtig
# innovates most): no krachtig non-innovators, the Gemeenten and ZBO blocks in gemiddeld, the
# rest in beperkt, so krachtig > gemiddeld > beperkt (100 / 84 / 78% at n = 366). Gemiddeld
# takes two blocks in different sectors and size classes, so "gemiddeld, not innovated" is
# never the same set of organisations as one deep cell (sector x size x climate group) that
# disclosure control withholds; beperkt takes six.
NON_INNOVATOR_BLOCKS: dict[tuple[str, str], tuple[int, str, str]] = {
    ("Gemeenten", "Gemeenten en onderdelen"): (13, "100-249", "gemiddeld"),
    ("Rijksoverheid (departementen)", "Rijk Beleid"): (7, "250-499", "beperkt"),
    ("Rijksoverheid (departementen)", "Rijk Uitvoering/Agentschap"): (7, "500+", "beperkt"),
    ("Rijksoverheid (departementen)", "Rijk Staf"): (5, "100-249", "beperkt"),
    ("Gemeenschappelijke regelingen", "Overig (decentraal)"): (5, "<100", "beperkt"),
    ("Gemeenschappelijke regelingen", "Arbeid en Sociaal (decentraal)"): (5, "<100", "beperkt"),
    ("Zbo's", "Zelfstandige bestuursorganen"): (6, "500+", "gemiddeld"),
    ("Privaatrechtelijke publieke organisaties", "Cultuur (met name decentraal)"): (
        5, "<100", "beperkt"),
}

# ASSUMPTION: size mix per sector (<100, 100-249, 250-499, 500+ employees), not published.
SIZE_MIX: dict[str, tuple[int, int, int, int]] = {
    "Gemeenten": (5, 25, 35, 35),
    "Gemeenschappelijke regelingen": (40, 30, 20, 10),
    "Hoge Colleges van Staat": (25, 25, 25, 25),
    "Privaatrechtelijke publieke organisaties": (45, 30, 15, 10),
    "Provincies": (0, 0, 30, 70),
    "Rechtswezen (rechterlijke macht en OM)": (10, 20, 30, 40),
    "Rijksoverheid (departementen)": (5, 15, 25, 55),
    "Waterschappen": (5, 25, 45, 25),
    "Zbo's": (25, 25, 20, 30),
}

# Figuur 17: "een middengroep (33 procent)", "een omvangrijke groep organisaties (43 procent)" and
# krachtig "ongeveer een kwart". 43 + 33 leaves 24 for krachtig, which reads as "exactly 24", not
# "about a quarter"; the written numbers are rounded, so beperkt and gemiddeld take the smallest
# counts that still round to 43 and 33 (42.5% and 32.5% rounded up), and krachtig the rest:
# 156 / 119 / 91 of 366 = 42.6 / 32.5 / 24.9%, which rounds to 43 / 33 / 25.
CLIMATE_GROUP_ROUNDED_FROM = {"beperkt": 42.5, "gemiddeld": 32.5}
CLIMATE_MEAN = 3.7         # Figuur 15 text: scale mean 3,7 (checked, +-0.05)

# % (helemaal) eens (4-5) per climate statement, among organisations that answered.
CLIMATE_AGREE: dict[str, float] = {
    "collaborates_well_with_other_organisations": 87,  # Figuur 15 "verreweg de meeste" (no number)
    "applies_solutions_from_elsewhere": 85,            # Figuur 15 "verreweg de meeste" (no number)
    "new_ideas_valued": 79,                            # Figuur 15 "ruim driekwart"
    "citizen_business_perspective_included": 78,       # Figuur 15 "ruim driekwart"
    "learns_from_mistakes": 67,                        # Figuur 15 "ongeveer tweederde"
    "time_for_innovation": 28,                         # ASSUMPTION (time is scarce, Tekstvak 2)
    "management_supports_innovation": 58,              # ASSUMPTION
    "clear_vision_on_innovation": 34,                  # ASSUMPTION
    "diverse_knowledge_and_skills": 55,                # ASSUMPTION
    "room_to_experiment": 40,                          # ASSUMPTION
    "mistakes_discussed_openly": 42,                   # ASSUMPTION
    "curious_about_new_technology": 60,                # ASSUMPTION
    "employees_involved_in_change": 48,                # ASSUMPTION
    "innovation_rewarded": 35,                         # ASSUMPTION (not in the scale)
    "budget_for_innovation": 33,                       # ASSUMPTION (not in the scale)
}
ITEM_SPREAD = 0.9          # ASSUMPTION: sd of the normal each item's 1-5 distribution is cut from
SCALE_LOADING = 0.55       # tuned: correlation of a scale item with the latent climate (score sd)
# Tuned: a slight right skew of the latent offsets the ceiling of the agree-heavy statements, so
# the score is close to symmetric and its natural group shares are already near 43/33/24.
LATENT_SKEW = 0.1
EXCLUDED_LOADING = 0.35    # ASSUMPTION: the two excluded items hang together less
CLIMATE_MISSING_PCT = 2    # ASSUMPTION: "weet niet" per statement
MAX_MISSING_SCALE = 3      # keeps every score computable (>= 10 of 13 answered)

# Latent climate offset per cluster, in within-cluster sd units. Directions from Figuur 16 and
# 27 (GR and zbo's high, Rijk and Rechtswezen low; cultuur, omgevingsdienst, zbo's, arbeid en
# sociaal, infra high; veiligheidsregio's "wat verder van de politiek"); sizes ASSUMPTION, kept
# small so the spread within groups dominates (Figuur 16).
CLUSTER_CLIMATE_OFFSET: dict[str, float] = {
    "Gemeenten en onderdelen": 0.0,
    "Zelfstandige bestuursorganen": 0.35,
    "Rijk Uitvoering/Agentschap": -0.25,
    "Cultuur (met name decentraal)": 0.40,
    "Rijk Beleid": -0.35,
    "Overig (decentraal)": 0.0,
    "Arbeid en Sociaal (decentraal)": 0.35,
    # Not named by the report either way; slightly up so that Waterschappen (12, all in this
    # cluster) does not end below Rijk and Rechtswezen, the lowest sectors of Figuur 16.
    "Watermanagement (waterschappen en overige water gerelateerde organisatie)": 0.15,
    "Rijk Staf": -0.30,
    "Rechtswezen (rechterlijke macht en OM)": -0.45,
    "Infra en Bedrijventerrein (decentraal)": 0.35,
    "Veiligheidsregio": 0.25,
    "Omgevingsdienst": 0.45,
    "GGD": 0.10,
    "Belasting (decentraal)": -0.10,
    "Shared Service Center (decentraal)": 0.0,
    "Hoge Colleges van Staat": 0.0,
}
GR_SCORE_MIN = 2.25        # Figuur 16: lowest-scoring gemeenschappelijke regeling (at n = 366)
GR_SCORE_MAX_FROM = 4.8    # Figuur 16: best GR "bijna de maximale 5 punten": [4.8, 5) ASSUMPTION
ETA_SQUARED_MAX = 0.10     # Figuur 16: spread within sectors much larger than between
INNOVATION_SLOPE = 1.2     # ASSUMPTION: krachtig climate innovates more often (Figuur 18); acts
#                            within the NON_INNOVATOR_BLOCKS only, so steeper than a global rank
INNOVATOR_MISSING_PCT = 1  # ASSUMPTION: item non-response among innovators

# Single-choice questions: percent per category (sums to 100).
SINGLE: dict[str, dict[str, float]] = {
    "covid_homeworking": {  # Figuur 24
        "orgs_0_25pct_staff_at_home": 4,           # ASSUMPTION
        "orgs_25_50pct_staff_at_home": 8,          # ASSUMPTION
        "orgs_50_75pct_staff_at_home": 15,         # ASSUMPTION
        "orgs_with_75_100pct_staff_at_home": 73,   # "ruim 70 procent"
    },
    "covid_homeworking_facilities": {  # Figuur 25
        "already_available": 25,  # "een kwart"
        "improved": 66,           # ASSUMPTION ("werden ze verbeterd", no number)
        "newly_introduced": 4,    # "4 procent"
        "not_applicable": 5,      # ASSUMPTION
    },
    "innovation_origin": {  # Figuur 4
        "own_development": 30,    # "30 procent"
        "inspired_adapted": 48,   # "bijna de helft"
        "copied": 22,             # "ruim 20 procent"
    },
    "technology_role": {  # Figuur 5
        "entirely_technology": 14,  # "ruim 10 procent"
        "important_part": 58,       # "bijna 60 procent"
        "small_part": 19,           # ASSUMPTION split of "minder dan 30 procent" (small + none)
        "none": 9,                  # ASSUMPTION split
    },
    # Figuur 6 (no numbers in the text). "no_technology" is exactly the technology_role "none"
    # answers; the rest is split by these weights (ASSUMPTION).
    "technology_novelty": {
        "new_technology": 25, "new_use_of_known_technology": 45, "known_technology": 30,
    },
    "knowledge_sharing": {  # Figuur 10
        "active_sharing": 60,     # "60 procent"
        "no_active_sharing": 40,
    },
    "innovation_strategy": {  # Figuur 12
        "together_process": 40,   # "40%"
        "in_the_spotlight": 19,   # "19 procent"
        "under_the_radar": 17,    # "17 procent"
        "expert_group": 12,       # "iets meer dan 10 procent"
        "no_specific_strategy": 12,  # ASSUMPTION (remainder)
    },
}

# Multiple-choice questions: percent ticking each category.
MULTI: dict[str, dict[str, float]] = {
    "covid_production_effect": {  # Figuur 23 (45 + 35 + 28 = 108: some ticked two)
        "decreased": 45, "unchanged": 35, "increased": 28,
    },
    "innovation_type": {  # Figuur 2
        "product": 39,       # "39 procent"
        "service": 52,       # "52 procent"
        "process": 79,       # "meer dan driekwart"
        "interaction": 64,   # "meer dan 60 procent"
    },
    "innovation_trigger": {  # Figuur 7
        "employees": 49, "managers": 33,  # 49; "ruim 30 procent"
        "new_technology": 30, "other_public_organisations": 29,
        "reorganisation": 10, "legislation": 8, "economic_pressure": 5,
        "political_environment_and_citizens": 12,  # "niet meer dan circa 15 procent"
    },
    "knowledge_channel": {  # Figuur 8: no numbers in the text, all ASSUMPTION
        "colleagues": 70, "other_public_organisations": 60, "networks_and_conferences": 45,
        "research_and_literature": 30, "consultants_and_suppliers": 35, "citizens_and_users": 30,
    },
    "collaboration_partner": {  # Figuur 9
        "none": 7,                          # "slechts 7 procent" (exclusive)
        "government_own_sector": 45,        # ASSUMPTION: "bijna even vaak" as private (48)
        "government_other_sector": 36,      # "ruim een derde"
        "private_companies": 48,            # "48 procent"
        "knowledge_institutions": 25,       # ASSUMPTION
        "citizens_and_civil_society": 22,   # ASSUMPTION
        "foreign_partners": 9,              # "9 procent"
    },
    "funding_source": {  # Figuur 11
        "own_budget": 85,                   # "85 procent"
        "other_government_budget": 20, "national_subsidy": 15,   # ASSUMPTION
        "eu_funds": 5, "private_or_foundation": 4,               # ASSUMPTION
    },
    "innovation_result": {  # Figuur 14
        "efficiency": 65, "quality": 60, "employee_satisfaction": 42,
        "political_goals": 38, "citizen_influence": 29,
    },
}
# Multi questions where every answering organisation ticks at least one category.
AT_LEAST_ONE = ("innovation_trigger", "knowledge_channel", "collaboration_partner",
                "funding_source")

# Figuur 3: "bijna 30 procent" one type (of the innovators here); all four types ASSUMPTION.
SPECTRUM_ONE_TYPE, SPECTRUM_ALL_FOUR = 26, 23
# Figuur 19: "een ruime meerderheid" of krachtig innovators has all four types. ASSUMPTION:
# krachtig spectrum (one, two, three, four types).
KRACHTIG_SPECTRUM = (8, 17, 13, 62)
# ASSUMPTION: which type an organisation with one type has, and which one with three lacks.
SINGLE_TYPE_WEIGHTS = {"product": 8, "service": 12, "process": 60, "interaction": 20}
OMITTED_TYPE_WEIGHTS = {"product": 50, "service": 25, "process": 10, "interaction": 15}

# Figuur 13 factors: (% promoting 4-5, % hindering 1-2). No numbers published: ASSUMPTION.
FACTORS: dict[str, tuple[float, float]] = {
    "employees": (80, 5), "management_support": (70, 10), "dealing_with_mistakes": (52, 12),
    "time": (35, 40), "budget": (40, 30), "it_and_technology": (55, 20),
    "legislation": (15, 35), "collaboration_partners": (60, 10), "citizens_and_users": (45, 10),
    "political_support": (35, 15), "organisational_culture": (55, 15),
    "knowledge_and_skills": (60, 15), "focus_on_continuity": (25, 35),
    "project_management": (50, 15), "external_expertise": (40, 10),
}

# Krachtig minus beperkt, percentage points (linear over beperkt < gemiddeld < krachtig).
CLIMATE_GAPS: dict[tuple[str, str], float] = {
    ("innovation_factor", "dealing_with_mistakes"): 43,  # Figuur 20: "43 procentpunten vaker"
    ("innovation_result", "quality"): 20,                # Figuur 21: "20 procentpunten"
    ("innovation_result", "employee_satisfaction"): 20,  # Figuur 21: "20 procentpunten"
    # Managementsamenvatting: krachtig organisations create more public value in quality,
    # efficiency, satisfaction, citizen influence and political goals, so every result gap is
    # positive; Figuur 21's text names quality and satisfaction (+20), so the other three are
    # smaller. Sizes ASSUMPTION.
    ("innovation_result", "efficiency"): 12,
    ("innovation_result", "political_goals"): 14,
    ("innovation_result", "citizen_influence"): 10,
}

# How strongly answers follow the latent climate (0 = independent). ASSUMPTION throughout.
CLIMATE_SLOPE: dict[str, float] = {
    "innovation_type": 0.8, "innovation_trigger": 0.2, "knowledge_channel": 0.3,
    "collaboration_partner": 0.3, "knowledge_sharing": 0.5, "funding_source": 0.0,
    # Figuur 20 singles out dealing with mistakes (+43 points); the other factors follow the
    # climate less, so that gap stays the largest.
    "innovation_factor": 0.3, "innovation_result": 0.4,
}
SLOPE_OVERRIDES: dict[tuple[str, str], float] = {  # per category, ASSUMPTION
    ("innovation_trigger", "employees"): 0.6,
    ("innovation_factor", "legislation"): 0.0, ("innovation_factor", "budget"): 0.1,
    ("innovation_factor", "time"): 0.2, ("innovation_factor", "focus_on_continuity"): 0.0,
    ("innovation_result", "efficiency"): 0.2,
}

# ------------------------------------------------------------------------------------------
# Building blocks
# ------------------------------------------------------------------------------------------

SCALE_IDX = np.array([i for i, it in enumerate(q.CLIMATE_ITEMS) if it.in_scale])
LEVEL_NAMES = ("beperkt", "gemiddeld", "krachtig")  # level 0, 1, 2
NO_ANSWER = -1


def _largest_remainder(weights, total: int) -> np.ndarray:
    """Split `total` over `weights` proportionally, rounding by largest remainder."""
    w = np.asarray(weights, dtype=float)
    if total <= 0 or w.sum() <= 0:
        return np.zeros(len(w), dtype=np.int64)
    exact = w / w.sum() * total
    counts = np.floor(exact).astype(np.int64)
    short = int(total - counts.sum())
    counts[np.argsort(-(exact - counts), kind="stable")[:short]] += 1
    return counts


def _pct_count(pct: float, n: int) -> int:
    """Number of organisations that makes `pct` percent of `n` (half up)."""
    return int(np.floor(pct / 100.0 * n + 0.5))


def _rank_allocate(propensity: np.ndarray, counts) -> np.ndarray:
    """Category codes: the counts[0] lowest propensities get 0, the next counts[1] get 1, ..."""
    codes = np.empty(len(propensity), dtype=np.int64)
    codes[np.argsort(propensity)] = np.repeat(np.arange(len(counts)), counts)
    return codes


def _top(values: np.ndarray, k: int) -> np.ndarray:
    """Indices of the k largest values (any order)."""
    if k <= 0:
        return np.empty(0, dtype=np.int64)
    return np.argpartition(values, len(values) - k)[len(values) - k:]


def _propensity(rng: np.random.Generator, z: np.ndarray, slope: float) -> np.ndarray:
    return slope * z + rng.standard_normal(len(z))


def _level(score: np.ndarray) -> np.ndarray:
    """0 beperkt, 1 gemiddeld, 2 krachtig (questionnaire.climate_group); -1 for no score."""
    level = np.where(score > q.CLIMATE_CUT_HIGH, 2, np.where(score >= q.CLIMATE_CUT_LOW, 1, 0))
    return np.where(np.isnan(score), NO_ANSWER, level)


def _scores(answers: np.ndarray) -> np.ndarray:
    """questionnaire.scale_score for every row (answers: n x 15 float, NaN = weet niet)."""
    scale = answers[:, SCALE_IDX]
    answered = (~np.isnan(scale)).sum(axis=1)
    total = np.nansum(scale, axis=1)
    return np.where(answered >= q.MIN_SCALE_ITEMS_ANSWERED, total / np.maximum(answered, 1),
                    np.nan)


def _item_distribution(agree_pct: float) -> np.ndarray:
    """Shares of answers 1..5: a normal (sd ITEM_SPREAD) cut at .5 so that 4-5 = agree_pct."""
    mean = 3.5 + ITEM_SPREAD * NormalDist().inv_cdf(agree_pct / 100.0)
    cdf = [NormalDist(mean, ITEM_SPREAD).cdf(c) for c in (1.5, 2.5, 3.5, 4.5)]
    return np.diff([0.0, *cdf, 1.0])


ITEM_DISTRIBUTIONS = {key: _item_distribution(p) for key, p in CLIMATE_AGREE.items()}


# ------------------------------------------------------------------------------------------
# Population: sector, cluster, size class
# ------------------------------------------------------------------------------------------

def _population(rng: np.random.Generator, n: int) -> tuple[np.ndarray, np.ndarray]:
    """Sector and cluster codes. Sector x cluster counts follow the crosswalk exactly (scaled
    by largest remainder when n != 366)."""
    cells = [(q.SECTORS.index(s), q.CLUSTERS.index(c), k)
             for s, row in q.SECTOR_CLUSTER_CROSSWALK.items() for c, k in row.items()]
    counts = _largest_remainder([k for _, _, k in cells], n)
    perm = rng.permutation(n)
    sector = np.repeat([s for s, _, _ in cells], counts)[perm]
    cluster = np.repeat([c for _, c, _ in cells], counts)[perm]
    return sector, cluster


def _non_innovator_blocks(n_non: int) -> list[tuple[int, int, int, int, int]]:
    """(sector, cluster, non-innovators, size class, climate level) per block, scaled to
    n_non."""
    keys = list(NON_INNOVATOR_BLOCKS)
    counts = _largest_remainder([NON_INNOVATOR_BLOCKS[k][0] for k in keys], n_non)
    return [(q.SECTORS.index(s), q.CLUSTERS.index(c), int(k),
             q.SIZE_CLASSES.index(NON_INNOVATOR_BLOCKS[(s, c)][1]),
             LEVEL_NAMES.index(NON_INNOVATOR_BLOCKS[(s, c)][2]))
            for (s, c), k in zip(keys, counts)]


def block_problems(level: np.ndarray, sector: np.ndarray, cluster: np.ndarray,
                   blocks) -> list[str]:
    """Blocks whose cell holds fewer organisations of the block's climate group than the
    block's non-innovators (the climate draw cannot carry them)."""
    return [f"block {q.SECTORS[s]} / {q.CLUSTERS[c]}: {k} non-innovators, "
            f"{int(((sector == s) & (cluster == c) & (level == g)).sum())} {LEVEL_NAMES[g]}"
            for s, c, k, _z, g in blocks
            if ((sector == s) & (cluster == c) & (level == g)).sum() < k]


def _innovated(rng: np.random.Generator, z: np.ndarray, level: np.ndarray, sector: np.ndarray,
               cluster: np.ndarray, blocks) -> np.ndarray:
    """Innovated flag: in each block the organisations with the lowest propensity
    (INNOVATION_SLOPE x latent + logistic noise) did not innovate; everyone else did.

    ASSUMPTION: every krachtig organisation innovated (Figuur 18: krachtig innovates most).
    Otherwise krachtig would hold 1-4 non-innovators, and disclosure control would have to
    withhold krachtig from every innovator question (Figuren 19-21).
    """
    propensity = INNOVATION_SLOPE * z + rng.logistic(size=len(z))
    innovated = np.ones(len(z), dtype=bool)
    for s, c, k, _size, g in blocks:
        rows = np.flatnonzero((sector == s) & (cluster == c) & (level == g))
        if k > len(rows):
            raise ValueError(f"non-innovator block {q.SECTORS[s]} / {q.CLUSTERS[c]}: "
                             f"{k} non-innovators but {len(rows)} {LEVEL_NAMES[g]}")
        innovated[rows[np.argsort(propensity[rows], kind="stable")[:k]]] = False
    return innovated


def _sizes(rng: np.random.Generator, sector: np.ndarray, cluster: np.ndarray,
           innovated: np.ndarray, blocks) -> np.ndarray:
    """Size class codes: per sector exactly SIZE_MIX (largest remainder); a block's
    non-innovators all get the block's size class (as far as the class has room), the other
    organisations are spread over the remaining places at random."""
    size = np.full(len(sector), -1, dtype=np.int64)
    for s, name in enumerate(q.SECTORS):
        rows = np.flatnonzero(sector == s)
        room = _largest_remainder(SIZE_MIX[name], len(rows))
        for bs, c, _k, z, _g in blocks:
            if bs != s:
                continue
            members = rows[(cluster[rows] == c) & ~innovated[rows]][:room[z]]
            size[members] = z
            room[z] -= len(members)
        rest = rows[size[rows] < 0]
        size[rest] = rng.permutation(np.repeat(np.arange(len(q.SIZE_CLASSES)), room))
    return size


# ------------------------------------------------------------------------------------------
# Climate
# ------------------------------------------------------------------------------------------

def _latent(rng: np.random.Generator, cluster: np.ndarray) -> np.ndarray:
    """Standardised latent climate: cluster offset + individual spread (demeaned per cluster so
    the cluster offsets hold exactly in the latent)."""
    k = len(q.CLUSTERS)
    spread = rng.standard_normal(len(cluster))
    sums = np.bincount(cluster, spread, minlength=k)
    sizes = np.bincount(cluster, minlength=k)
    spread -= (sums / np.maximum(sizes, 1))[cluster]
    offsets = np.array([CLUSTER_CLIMATE_OFFSET[c] for c in q.CLUSTERS])
    latent = offsets[cluster] + spread
    latent = (latent - latent.mean()) / latent.std()
    latent += LATENT_SKEW * (latent**2 - 1)  # monotone for latent > -1 / (2 * LATENT_SKEW)
    return (latent - latent.mean()) / latent.std()


def _climate_missing(rng: np.random.Generator, n: int) -> np.ndarray:
    """n x 15 mask of "weet niet": the same share per statement, at most MAX_MISSING_SCALE of
    the scale items per organisation."""
    k = _pct_count(CLIMATE_MISSING_PCT, n)
    mask = np.zeros((n, len(q.CLIMATE_ITEMS)), dtype=bool)
    for j in range(mask.shape[1]):
        mask[rng.choice(n, size=k, replace=False), j] = True
    scale = mask[:, SCALE_IDX]
    mask[:, SCALE_IDX] = scale & (np.cumsum(scale, axis=1) <= MAX_MISSING_SCALE)
    return mask


def _climate_items(rng: np.random.Generator, z: np.ndarray) -> np.ndarray:
    """n x 15 answers 1..5 (NaN = weet niet) with each statement's distribution exact."""
    n = len(z)
    missing = _climate_missing(rng, n)
    answers = np.full((n, len(q.CLIMATE_ITEMS)), np.nan)
    for j, item in enumerate(q.CLIMATE_ITEMS):
        loading = SCALE_LOADING if item.in_scale else EXCLUDED_LOADING
        x = loading * z + np.sqrt(1 - loading**2) * rng.standard_normal(n)
        rows = np.flatnonzero(~missing[:, j])
        counts = _largest_remainder(ITEM_DISTRIBUTIONS[item.key], len(rows))
        answers[rows, j] = _rank_allocate(x[rows], counts) + 1
    return answers


def _step(rng: np.random.Generator, answers: np.ndarray, rows: np.ndarray, direction: int):
    """Move one answered scale item of each row by +-1, preferring moves that keep the row's
    agree (4-5) pattern: up 1->2, 2->3, 4->5 (else 3->4); down 5->4, 3->2, 2->1 (else 4->3)."""
    if len(rows) == 0:
        return
    scale = answers[np.ix_(rows, SCALE_IDX)]
    keep_agree = (1, 2, 4) if direction > 0 else (5, 3, 2)
    fallback = 3 if direction > 0 else 4
    priority = np.where(np.isin(scale, keep_agree), 2.0, np.where(scale == fallback, 1.0, -9.0))
    priority += 0.5 * rng.random(scale.shape)
    pick = SCALE_IDX[np.argmax(priority, axis=1)]
    answers[rows, pick] += direction


def climate_group_counts(n_scored: int) -> np.ndarray:
    """Organisations per level (beperkt, gemiddeld, krachtig): the smallest counts whose shares
    still round to the published 43 and 33 percent, krachtig the rest (about a quarter)."""
    low, mid = (int(np.ceil(CLIMATE_GROUP_ROUNDED_FROM[g] / 100.0 * n_scored - 1e-9))
                for g in ("beperkt", "gemiddeld"))
    return np.array([low, mid, n_scored - low - mid], dtype=np.int64)


def _calibrate_groups(rng: np.random.Generator, answers: np.ndarray, z: np.ndarray) -> int:
    """Nudge rows next to the 3.6 / 4.0 cuts until the group counts match Figuur 17.
    The target order is the realised score (ties by latent). Returns the number of nudges."""
    score = _scores(answers)
    scored = np.flatnonzero(~np.isnan(score))
    counts = climate_group_counts(len(scored))
    desired = np.full(len(score), NO_ANSWER)
    desired[scored[np.lexsort((z[scored], score[scored]))]] = np.repeat([0, 1, 2], counts)
    nudges = 0
    for _ in range(60):
        level = _level(score)
        up, down = np.flatnonzero(desired > level), np.flatnonzero(desired < level)
        if len(up) + len(down) == 0:
            return nudges
        _step(rng, answers, up, +1)
        _step(rng, answers, down, -1)
        nudges += len(up) + len(down)
        score = _scores(answers)
    raise RuntimeError("climate group calibration did not converge")


def _nudge_until(rng, answers, rows, direction, done) -> None:
    """Step rows (+1/-1 per round) until done(score) holds for each of them."""
    for _ in range(60):
        rows = rows[~done(_scores(answers)[rows])]
        if len(rows) == 0:
            return
        _step(rng, answers, rows, direction)
    raise RuntimeError("score nudging did not converge")


def _calibrate_gr_extremes(rng, answers: np.ndarray, sector: np.ndarray) -> None:
    """Figuur 16 at n = 366: the lowest GR scores exactly 2.25 (12 answered items summing to
    27), every other GR above it, the best GR in [4.8, 5)."""
    gr = np.flatnonzero(sector == q.SECTORS.index("Gemeenschappelijke regelingen"))
    score = _scores(answers)
    low = gr[np.nanargmin(score[gr])]
    items = answers[low, SCALE_IDX]
    order = np.argsort(np.nan_to_num(items, nan=-1.0) + 0.1 * rng.random(len(items)))
    rebuilt = np.full(len(items), np.nan)  # lowest (or missing) item becomes "weet niet"
    rebuilt[order[1:]] = 2.0
    rebuilt[order[-3:]] = 3.0               # 9 x 2 + 3 x 3 = 27 over 12 answered items
    answers[low, SCALE_IDX] = rebuilt
    others = gr[gr != low]
    _nudge_until(rng, answers, others, +1, lambda s: s > GR_SCORE_MIN)
    _nudge_until(rng, answers, others, -1, lambda s: s < q.LIKERT_MAX)
    score = _scores(answers)
    top = gr[np.nanargmax(score[gr])]
    _nudge_until(rng, answers, np.array([top]), +1, lambda s: s >= GR_SCORE_MAX_FROM)


def _eta_squared(score: np.ndarray, group: np.ndarray) -> float:
    ok = ~np.isnan(score)
    s, g = score[ok], group[ok]
    sizes = np.bincount(g)
    means = np.bincount(g, s) / np.maximum(sizes, 1)
    between = float((sizes * (means - s.mean()) ** 2).sum())
    total = float(((s - s.mean()) ** 2).sum())
    return between / total if total else 0.0


def _group_means(score, group, k) -> np.ndarray:
    ok = ~np.isnan(score)
    return np.bincount(group[ok], score[ok], k) / np.maximum(np.bincount(group[ok], None, k), 1)


HIGH_SECTORS = ("Gemeenschappelijke regelingen", "Zbo's")
LOW_SECTORS = ("Rijksoverheid (departementen)", "Rechtswezen (rechterlijke macht en OM)")
HIGH_CLUSTERS = ("Cultuur (met name decentraal)", "Omgevingsdienst",
                 "Zelfstandige bestuursorganen", "Arbeid en Sociaal (decentraal)",
                 "Infra en Bedrijventerrein (decentraal)")
# "organisaties ... wat verder van de directe politiek" that perform better (report text).
ABOVE_MEAN_CLUSTERS = ("Veiligheidsregio",)
SHOWN_GROUP_MIN = 5  # groups under 5 organisations are never drawn (Hoge Colleges, Provincies)


def _ranked(means: np.ndarray, sizes: np.ndarray, names) -> list[str]:
    """Names of the groups with >= SHOWN_GROUP_MIN organisations, lowest mean first."""
    shown = [i for i in range(len(names)) if sizes[i] >= SHOWN_GROUP_MIN]
    return [names[i] for i in sorted(shown, key=lambda i: means[i])]


def climate_problems(score, sector, cluster) -> list[str]:
    """The published facts about the climate score that a draw misses (empty = all hold)."""
    problems = []
    mean = float(np.nanmean(score))
    if abs(mean - CLIMATE_MEAN) > 0.05:
        problems.append(f"mean {mean:.3f}")
    sector_means = _group_means(score, sector, len(q.SECTORS))
    cluster_means = _group_means(score, cluster, len(q.CLUSTERS))
    problems += [f"sector {s} not above mean" for s in HIGH_SECTORS
                 if sector_means[q.SECTORS.index(s)] <= mean]
    problems += [f"sector {s} not below mean" for s in LOW_SECTORS
                 if sector_means[q.SECTORS.index(s)] >= mean]
    problems += [f"cluster {c} not above mean" for c in HIGH_CLUSTERS + ABOVE_MEAN_CLUSTERS
                 if cluster_means[q.CLUSTERS.index(c)] <= mean]
    # Figuur 16: Rijk and Rechtswezen are the lowest of the sectors shown; Figuur 27: the five
    # named clusters are the highest of the clusters shown.
    sectors = _ranked(sector_means, np.bincount(sector, minlength=len(q.SECTORS)), q.SECTORS)
    if set(sectors[:len(LOW_SECTORS)]) != set(LOW_SECTORS):
        problems.append(f"lowest sectors {sectors[:len(LOW_SECTORS)]}")
    clusters = _ranked(cluster_means, np.bincount(cluster, minlength=len(q.CLUSTERS)),
                       q.CLUSTERS)
    if set(clusters[-len(HIGH_CLUSTERS):]) != set(HIGH_CLUSTERS):
        problems.append(f"highest clusters {clusters[-len(HIGH_CLUSTERS):]}")
    eta = _eta_squared(score, sector)
    if eta >= ETA_SQUARED_MAX:
        problems.append(f"sector eta squared {eta:.3f}")
    return problems


def _climate(rng, sector, cluster, n, blocks) -> tuple[np.ndarray, np.ndarray]:
    """Latent climate and the 15 statement answers meeting every climate target (and
    leaving every non-innovator block enough organisations of its climate group)."""
    problems: list[str] = []
    for _attempt in range(40):
        z = _latent(rng, cluster)
        answers = _climate_items(rng, z)
        _calibrate_groups(rng, answers, z)
        if n == PUBLISHED_N:
            _calibrate_gr_extremes(rng, answers, sector)
        score = _scores(answers)
        problems = climate_problems(score, sector, cluster)
        problems += block_problems(_level(score), sector, cluster, blocks)
        if not problems:
            return z, answers
    raise RuntimeError(f"no climate draw met the targets: {problems}")


# ------------------------------------------------------------------------------------------
# Questions
# ------------------------------------------------------------------------------------------

def _slope(indicator: str, category: str | None = None) -> float:
    return SLOPE_OVERRIDES.get((indicator, category), CLIMATE_SLOPE.get(indicator, 0.0))


def _group_shares(pct: float, gap: float, level: np.ndarray) -> np.ndarray:
    """Share per level (beperkt, gemiddeld, krachtig): krachtig - beperkt = gap, linear in the
    level, and the base's overall share = pct."""
    centred = np.arange(3) - 1 - (level.mean() - 1)
    return np.clip(pct + gap / 2 * centred, 0, 100)


def _multi_column(rng, pct, z, level, slope, gap=None) -> np.ndarray:
    """One yes/no category: exact count overall (or per climate level when a gap is set)."""
    out = np.zeros(len(z), dtype=bool)
    strata = [np.arange(len(z))] if gap is None else [np.flatnonzero(level == g) for g in range(3)]
    shares = [pct] if gap is None else _group_shares(pct, gap, level)
    for rows, share in zip(strata, shares):
        out[rows[_top(_propensity(rng, z[rows], slope), _pct_count(share, len(rows)))]] = True
    return out


def _at_least_one(rng, ticks: np.ndarray, rows: np.ndarray) -> None:
    """Give organisations (among rows) with no tick one, taken from an organisation with two or
    more ticks in the same category, so the column totals stay exact."""
    sub = ticks[rows]
    for c in np.argsort(-sub.sum(axis=0), kind="stable"):
        counts = sub.sum(axis=1)
        empty = np.flatnonzero(counts == 0)
        if len(empty) == 0:
            break
        donors = np.flatnonzero(sub[:, c] & (counts >= 2))
        k = min(len(empty), len(donors))
        sub[rng.choice(empty, k, replace=False), c] = True
        sub[rng.choice(donors, k, replace=False), c] = False
    ticks[rows] = sub


def _single(rng, key, z, slope=0.0) -> np.ndarray:
    """Codes of a single-choice question; with a slope, earlier categories go to the higher
    propensities."""
    shares = [SINGLE[key][c] for c in q.INDICATOR_BY_KEY[key].categories]
    return _rank_allocate(-_propensity(rng, z, slope), _largest_remainder(shares, len(z)))


def _multi(rng, key, z, level) -> np.ndarray:
    cats = q.INDICATOR_BY_KEY[key].categories
    return np.column_stack([
        _multi_column(rng, MULTI[key][c], z, level, _slope(key, c), CLIMATE_GAPS.get((key, c)))
        for c in cats])


def _covid_production(rng, n) -> np.ndarray:
    """Figuur 23: 'unchanged' alone, the rest decreased and/or increased (108% in total)."""
    t = MULTI["covid_production_effect"]
    dec, same, inc = (_pct_count(t[c], n) for c in ("decreased", "unchanged", "increased"))
    both = max(dec + same + inc - n, 0)
    pattern = np.repeat(np.array([[0, 1, 0], [1, 0, 0], [0, 0, 1], [1, 0, 1]], dtype=bool),
                        [same, dec - both, inc - both, both], axis=0)
    pattern = np.vstack([pattern, np.tile([[False, True, False]], (n - len(pattern), 1))])
    return pattern[rng.permutation(n)]


def _innovation_types(rng, z, level) -> np.ndarray:
    """Figuur 2 type totals, Figuur 3 spectrum and Figuur 19 (krachtig mostly all four), all
    exact: first the number of types per organisation, then which types."""
    n = len(z)
    cats = q.INDICATOR_BY_KEY["innovation_type"].categories
    totals = np.array([_pct_count(MULTI["innovation_type"][c], n) for c in cats])
    c1, c4 = _pct_count(SPECTRUM_ONE_TYPE, n), _pct_count(SPECTRUM_ALL_FOUR, n)
    c3 = int(totals.sum()) - c1 - 4 * c4 - 2 * (n - c1 - c4)
    classes = np.array([c1, n - c1 - c3 - c4, c3, c4])
    if (classes < 0).any():
        raise ValueError(f"innovation types: infeasible spectrum {classes} for n={n}")
    # Number of types: krachtig innovators by their own table, the rest by propensity.
    krachtig = np.flatnonzero(level == 2)
    rest = np.flatnonzero(level != 2)
    k_classes = np.minimum(_largest_remainder(KRACHTIG_SPECTRUM, len(krachtig)), classes)
    k_classes[np.argmax(classes - k_classes)] += len(krachtig) - k_classes.sum()
    slope = _slope("innovation_type")
    n_types = np.empty(n, dtype=np.int64)
    n_types[krachtig] = _rank_allocate(_propensity(rng, z[krachtig], slope), k_classes) + 1
    n_types[rest] = _rank_allocate(_propensity(rng, z[rest], slope), classes - k_classes) + 1
    # Which types: singles and omissions by weight, pairs so that the totals add up.
    single = _largest_remainder([SINGLE_TYPE_WEIGHTS[c] for c in cats], c1)
    omitted = _largest_remainder([OMITTED_TYPE_WEIGHTS[c] for c in cats], c3)
    c2 = int(classes[1])
    pair_degree = totals - c4 - single - (c3 - omitted)
    if (pair_degree < 0).any() or pair_degree.max() > c2:
        raise ValueError(f"innovation types: no pair layout for {pair_degree} (n={n})")
    stubs = np.repeat(np.arange(4), pair_degree)      # pair stub i with stub i + c2: distinct
    eye = np.eye(4, dtype=bool)
    layouts = {
        1: eye[np.repeat(np.arange(4), single)],
        2: eye[stubs[:c2]] | eye[stubs[c2:]],
        3: ~eye[np.repeat(np.arange(4), omitted)],
        4: np.ones((c4, 4), dtype=bool),
    }
    ticks = np.zeros((n, 4), dtype=bool)
    for m, layout in layouts.items():
        rows = np.flatnonzero(n_types == m)
        ticks[rows] = layout[rng.permutation(len(rows))]
    return ticks


def _collaboration(rng, z, level) -> np.ndarray:
    """Figuur 9: 'none' excludes every partner; everyone else has at least one."""
    key = "collaboration_partner"
    cats = q.INDICATOR_BY_KEY[key].categories
    n = len(z)
    ticks = np.zeros((n, len(cats)), dtype=bool)
    ticks[:, 0] = ~_multi_column(rng, 100 - MULTI[key]["none"], z, level, _slope(key))
    partners = np.flatnonzero(~ticks[:, 0])
    for j, c in enumerate(cats[1:], start=1):
        k = _pct_count(MULTI[key][c], n)  # percent of all answering innovators
        ticks[partners[_top(_propensity(rng, z[partners], _slope(key, c)),
                            min(k, len(partners)))], j] = True
    _at_least_one(rng, ticks[:, 1:], partners)  # a view: fills ticks in place
    return ticks


def _technology_novelty(rng, role_codes) -> np.ndarray:
    """Figuur 6: 'no_technology' exactly when technology played no role (Figuur 5)."""
    cats = q.INDICATOR_BY_KEY["technology_novelty"].categories
    none = role_codes == q.INDICATOR_BY_KEY["technology_role"].categories.index("none")
    codes = np.full(len(role_codes), cats.index("no_technology"))
    rows = np.flatnonzero(~none)
    other = [cats.index(c) for c in SINGLE["technology_novelty"]]
    counts = _largest_remainder(list(SINGLE["technology_novelty"].values()), len(rows))
    codes[rows] = rng.permutation(np.repeat(other, counts))
    return codes


def _factor(rng, factor, z, level) -> np.ndarray:
    """Figuur 13 factor 1..5: exact (hindering, neutral, promoting) counts, ordered by
    propensity; per climate level when a gap is set (Figuur 20)."""
    promoting, hindering = FACTORS[factor]
    gap = CLIMATE_GAPS.get(("innovation_factor", factor))
    slope = _slope("innovation_factor", factor)
    out = np.empty(len(z), dtype=np.int64)
    if gap is None:
        strata, shares = [np.arange(len(z))], [promoting]
    else:
        strata = [np.flatnonzero(level == g) for g in range(3)]
        shares = _group_shares(promoting, gap, level)
    for rows, p in zip(strata, shares):
        h = hindering * (100 - p) / (100 - promoting)
        # ASSUMPTION: a quarter of hindering is "sterk" (1), a third of promoting "sterk" (5).
        weights = [h / 4, 3 * h / 4, 100 - p - h, 2 * p / 3, p / 3]
        out[rows] = _rank_allocate(_propensity(rng, z[rows], slope),
                                   _largest_remainder(weights, len(rows))) + 1
    return out


# ------------------------------------------------------------------------------------------
# Assembly
# ------------------------------------------------------------------------------------------

def _strings(codes: np.ndarray, categories) -> pd.arrays.ArrowStringArray:
    return pd.Categorical.from_codes(codes, categories=list(categories)).astype("string")


def _booleans(values: np.ndarray, missing: np.ndarray) -> pd.arrays.BooleanArray:
    return pd.arrays.BooleanArray(values.astype(bool), missing.copy())


def _integers(values: np.ndarray, missing: np.ndarray) -> pd.arrays.IntegerArray:
    return pd.arrays.IntegerArray(np.where(missing, 1, values).astype(np.int64), missing.copy())


def generate(seed: int = DEFAULT_SEED, n: int = PUBLISHED_N) -> pd.DataFrame:
    """Synthetic microdata: one row per organisation (see pipeline/SYNTHETIC.md).

    With n = 366 every published target holds; for other n the counts scale proportionally
    (largest remainder). The same seed always gives the same frame."""
    if n < MIN_ROWS:
        raise ValueError(f"n must be at least {MIN_ROWS}, got {n}")
    rng = np.random.default_rng(seed)
    sector, cluster = _population(rng, n)
    n_non = int(_largest_remainder([INNOVATORS["yes"], INNOVATORS["no"]], n)[1])
    blocks = _non_innovator_blocks(n_non)
    z, answers = _climate(rng, sector, cluster, n, blocks)
    level = _level(_scores(answers))

    innovated = _innovated(rng, z, level, sector, cluster, blocks)
    size = _sizes(rng, sector, cluster, innovated, blocks)
    innovators = np.flatnonzero(innovated)

    width = max(4, len(str(n)))
    columns: dict[str, object] = {
        "org_id": pd.array([f"SYN-{i:0{width}d}" for i in range(1, n + 1)], dtype="string"),
        "edition": pd.array(np.full(n, q.EDITION, dtype=object), dtype="string"),
        "sector": _strings(sector, q.SECTORS),
        "cluster": _strings(cluster, q.CLUSTERS),
        "size_class": _strings(size, q.SIZE_CLASSES),
        "innovated": innovated,
    }
    for j, item in enumerate(q.CLIMATE_ITEMS):
        col = answers[:, j]
        columns[q.climate_column(item.key)] = _integers(np.nan_to_num(col).astype(np.int64),
                                                        np.isnan(col))

    def answering() -> np.ndarray:
        """Innovators who answered (a small share skips each question)."""
        skip = _pct_count(INNOVATOR_MISSING_PCT, len(innovators))
        return np.sort(rng.permutation(innovators)[skip:])

    single_codes: dict[str, np.ndarray] = {}

    def put_single(key, rows, codes):
        full = np.full(n, -1)
        full[rows] = codes
        single_codes[key] = full
        columns[key] = _strings(full, q.INDICATOR_BY_KEY[key].categories)

    def put_multi(key, rows, ticks):
        for j, col in enumerate(q.INDICATOR_BY_KEY[key].columns()):
            values = np.zeros(n, dtype=bool)
            values[rows] = ticks[:, j]
            missing = np.ones(n, dtype=bool)
            missing[rows] = False
            columns[col] = _booleans(values, missing)

    everyone = np.arange(n)
    for ind in q.INDICATORS:
        key = ind.key
        if key == "innovation_spectrum":
            continue  # derived from innovation_type by the pipeline
        rows = everyone if ind.base == "all" else answering()
        zr, lr = z[rows], level[rows]
        if key == "covid_production_effect":
            put_multi(key, rows, _covid_production(rng, len(rows)))
        elif key == "innovation_type":
            put_multi(key, rows, _innovation_types(rng, zr, lr))
        elif key == "collaboration_partner":
            put_multi(key, rows, _collaboration(rng, zr, lr))
        elif key == "technology_novelty":
            role = single_codes["technology_role"][rows]
            put_single(key, rows[role >= 0], _technology_novelty(rng, role[role >= 0]))
        elif ind.kind == "single":
            put_single(key, rows, _single(rng, key, zr, _slope(key)))
        elif ind.kind == "multi":
            ticks = _multi(rng, key, zr, lr)
            if key in AT_LEAST_ONE:
                _at_least_one(rng, ticks, np.arange(len(rows)))
            put_multi(key, rows, ticks)
        else:  # likert factors: each factor skipped by its own small share
            for factor, col in zip(ind.categories, ind.columns()):
                frows = answering()
                values = np.zeros(n, dtype=np.int64)
                values[frows] = _factor(rng, factor, z[frows], level[frows])
                missing = np.ones(n, dtype=bool)
                missing[frows] = False
                columns[col] = _integers(values, missing)
    return pd.DataFrame(columns)



# A deliberately hostile set for the disclosure auditor (pipeline/DISCLOSURE.md, tests/data/
# test_audit_sets.py): the synthetic set of a seed with three edits that make differencing
# easy. Not calibrated any more; never shipped.
HOSTILE_SINGLE_SECTOR = "Provincies"          # a sector of 1 (the others move to Gemeenten)
HOSTILE_NEAR_CLUSTER = ("Rechtswezen (rechterlijke macht en OM)", "Rijk Staf")
HOSTILE_UNIFORM_SECTOR = "Waterschappen"      # every climate answer the same
HOSTILE_UNIFORM_ANSWER = 4


def hostile(seed: int = 7, n: int = PUBLISHED_N) -> pd.DataFrame:
    """generate(seed, n) made hostile to disclosure control.

    - a sector of 1: every organisation of HOSTILE_SINGLE_SECTOR but the first moves to
      sector and cluster Gemeenten;
    - a cluster equal to a sector minus one organisation: the first organisation of sector
      HOSTILE_NEAR_CLUSTER[0] (whose sector is its own cluster) moves to cluster
      HOSTILE_NEAR_CLUSTER[1];
    - a group where everyone answered the same: every climate statement of every
      organisation of HOSTILE_UNIFORM_SECTOR is HOSTILE_UNIFORM_ANSWER.
    """
    frame = generate(seed=seed, n=n)
    sector = frame["sector"].astype(str).to_numpy()
    single = np.flatnonzero(sector == HOSTILE_SINGLE_SECTOR)
    moved = frame.index[single[1:]]
    frame.loc[moved, "sector"] = "Gemeenten"
    frame.loc[moved, "cluster"] = "Gemeenten en onderdelen"
    near_sector, other_cluster = HOSTILE_NEAR_CLUSTER
    first = frame.index[np.flatnonzero(sector == near_sector)[0]]
    frame.loc[first, "cluster"] = other_cluster
    uniform = frame.index[sector == HOSTILE_UNIFORM_SECTOR]
    for item in q.CLIMATE_ITEMS:
        col = q.climate_column(item.key)
        frame.loc[uniform, col] = HOSTILE_UNIFORM_ANSWER
    return frame


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m pipeline.synthetic", description=__doc__
                                     .splitlines()[0])
    parser.add_argument("--out", required=True, type=Path, help="Parquet file to write")
    parser.add_argument("--seed", type=int, default=DEFAULT_SEED)
    parser.add_argument("--rows", type=int, default=PUBLISHED_N)
    args = parser.parse_args(argv)
    started = time.perf_counter()
    try:
        frame = generate(seed=args.seed, n=args.rows)
    except ValueError as exc:
        parser.error(str(exc))
    args.out.parent.mkdir(parents=True, exist_ok=True)
    frame.to_parquet(args.out, index=False)
    print(f"{args.out}: {len(frame)} organisations, {int(frame['innovated'].sum())} innovated, "
          f"seed {args.seed}, {time.perf_counter() - started:.1f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
