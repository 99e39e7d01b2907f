"""The aggregate contract: every Parquet file the pipeline writes and the app reads.

Imported by the pipeline (when it writes) and by data/load.py (when it validates). A column
rename breaks in exactly one place. The app never sees organisation-level rows: every table
here is keyed by a population (filters) and a group within it.

Cube keys shared by the group-level tables
------------------------------------------
A *population* is one value per filter; "all" means no filter:
  f_sector      "all" or a sector            (questionnaire.SECTORS)
  f_cluster     "all" or a cluster           (questionnaire.CLUSTERS); at most one of
                                             f_sector / f_cluster is not "all"
  f_size        "all" or a size class        (questionnaire.SIZE_CLASSES)
  f_innovated   "all", "yes" or "no"
A *group* splits the population by one grouping:
  grouping      one of GROUPINGS
  group         the group's value ("all" for grouping "all"; "yes"/"no" for innovated)

Disclosure columns (present on every group-level table)
-------------------------------------------------------
  n             organisations in the group, perturbed (pipeline/DISCLOSURE.md): the
                published n' (always >= MIN_CELL); exact for public margins only
  suppressed    True when the cell is withheld; its statistics are then null
  suppression   "" | WITHHELD (fewer than MIN_CELL organisations, empty groups included)
For withheld rows n is null too: a withheld group's size is not published.

Every published statistic is perturbed or rounded for disclosure control (cell-key
perturbation; pipeline/DISCLOSURE.md): counts, shares, means, sds, quantiles, percentiles.

Rows: every population x grouping x group, except groups that contradict the population's
own filter (grouping "sector" under another f_sector, "size_class" under another f_size,
"innovated" under the other f_innovated: empty by definition). Empty and small groups keep
their row (withheld). Innovator-only indicators have no rows where innovated is "no".
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from data import questionnaire as q
from data import settings

# Disclosure control: the smallest group that may be published. Configurable upward only.
MIN_CELL_FLOOR = settings.MIN_CELL_FLOOR
MIN_CELL: int = settings.get("IBO_MIN_CELL")
# Groups smaller than this (by published n) get no box statistics and share bounds near 0/100.
SMALL_GROUP = 10
# The one label of a withheld cell (whatever its size, 0 included).
WITHHELD = "withheld"

ALL = "all"
INNOVATED_VALUES = ("yes", "no")
GROUPINGS: tuple[str, ...] = ("all", "sector", "cluster", "size_class", "innovated",
                              "climate_group")
GROUP_VALUES: dict[str, tuple[str, ...]] = {
    "all": (ALL,),
    "sector": q.SECTORS,
    "cluster": q.CLUSTERS,
    "size_class": q.SIZE_CLASSES,
    "innovated": INNOVATED_VALUES,
    "climate_group": q.CLIMATE_GROUPS,
}
FILTER_VALUES: dict[str, tuple[str, ...]] = {
    "f_sector": (ALL, *q.SECTORS),
    "f_cluster": (ALL, *q.CLUSTERS),
    "f_size": (ALL, *q.SIZE_CLASSES),
    "f_innovated": (ALL, *INNOVATED_VALUES),
}
# Every group value in one tuple (category order of the "group" column).
ALL_GROUP_VALUES: tuple[str, ...] = tuple(dict.fromkeys(
    v for values in GROUP_VALUES.values() for v in values))
CUBE_KEYS = ("f_sector", "f_cluster", "f_size", "f_innovated", "grouping", "group")
DISCLOSURE_COLUMNS = ("n", "suppressed", "suppression")
SUPPRESSION_VALUES = ("", WITHHELD)

# Percentile tables (benchmark): peer groups within the whole population only.
PERCENTILE_GROUPINGS = ("all", "sector", "cluster", "size_class")
PERCENTILE_STEP = 0.1  # grid of scores (without the climate-group cut-offs)
# Shares in groups under SMALL_GROUP are never exactly 0 or 100: they are published as bounds.
SHARE_BOUNDS = ("exact", "below", "above")  # "below" = "< 10%", "above" = "> 90%"
SHARE_BOUND_LOW, SHARE_BOUND_HIGH = 10.0, 90.0
# Climate score histogram (indicator "climate_bin"): bins [1.00, 1.25), ..., [4.75, 5.00].
CLIMATE_BIN_WIDTH = 0.25
# Box statistics and percentile tables need this published n (the true n is then >= 10).
BOX_MIN_N = 12


def climate_bin_labels() -> tuple[str, ...]:
    """Category keys of the climate_bin rows, e.g. "3.75-4.00" (last bin includes 5)."""
    count = round((q.LIKERT_MAX - q.LIKERT_MIN) / CLIMATE_BIN_WIDTH)
    edges = [q.LIKERT_MIN + i * CLIMATE_BIN_WIDTH for i in range(count + 1)]
    return tuple(f"{lo:.2f}-{hi:.2f}" for lo, hi in zip(edges[:-1], edges[1:]))



@dataclass(frozen=True)
class Table:
    """One aggregate file: its name and its columns with pandas dtypes."""

    name: str
    columns: dict[str, str]
    doc: str

    @property
    def filename(self) -> str:
        return f"{self.name}.parquet"


# Every group-level table and meta start with the edition their rows belong to (an id of the
# `editions` table): one set of files holds one or more editions.
EDITION_COLUMN = "edition"
_EDITION = {EDITION_COLUMN: "string"}
_CUBE = {k: "string" for k in CUBE_KEYS}
_DISCLOSURE = {"n": "Int64", "suppressed": "bool", "suppression": "string"}
# indicator_shares has ~130 rows per cell (over a million rows for the full cube): its
# text columns are pandas categoricals (one byte per row instead of a string each).
_CUBE_CAT = {k: "category" for k in CUBE_KEYS}
_DISCLOSURE_CAT = {**_DISCLOSURE, "suppression": "category"}

CLIMATE_BOX = Table(
    "climate_box",
    {**_EDITION, **_CUBE, **_DISCLOSURE,
     "mean": "float64", "sd": "float64",            # perturbed
     "q1": "float64", "median": "float64", "q3": "float64",  # smoothed + perturbed
     "lower_whisker": "float64", "upper_whisker": "float64",  # P10 / P90, idem
     "whisker_rule": "string"},                    # "p10_p90"; null without a box
    "Climate score distribution per group: the statistics a box plot needs. Box statistics "
    "only for groups with n >= BOX_MIN_N; no minimum, maximum or outliers (one "
    "organisation's score each).",
)

CLIMATE_VARIANCE = Table(
    "climate_variance",
    {**_EDITION, "f_sector": "string", "f_cluster": "string", "f_size": "string",
     "f_innovated": "string", "grouping": "string",
     "n": "Int64", "n_groups": "Int64", "ss_between": "float64", "ss_within": "float64",
     "eta_squared": "float64", "suppressed": "bool", "suppression": "string"},
    "Within- versus between-group variance of the climate score for each population and "
    "grouping (eta squared = ss_between / (ss_between + ss_within)).",
)

CLIMATE_PERCENTILES = Table(
    "climate_percentiles",
    {**_EDITION, **_CUBE, "n": "Int64", "score": "float64", "pct_below": "float64",
     "pct_at_or_below": "float64", "pct_band": "float64"},
    "Coarse empirical distribution of the climate score per peer group (population all, "
    "PERCENTILE_GROUPINGS, published groups with n >= BOX_MIN_N): share of the group "
    "scoring below / at or below each grid score (step PERCENTILE_STEP), rounded to a "
    "multiple of pct_band percentage points (5 to 50: at least 4 organisations per band).",
)

INDICATOR_SHARES = Table(
    "indicator_shares",
    {EDITION_COLUMN: "category", **_CUBE_CAT, **_DISCLOSURE_CAT,
     "indicator": "category", "category": "category", "measure": "category",
     "share": "float64", "share_bound": "category"},  # share_bound null when suppressed
    "Share (percent, 0-100) of the group's organisations per indicator category. n is the "
    "indicator's base: the group's organisations, innovators only for innovator questions, "
    "those with a climate score for climate_group/climate_bin; item non-response counts in "
    "the base (as the report's n=313 captions). measure: "
    "'share' for single/multi questions; 'promoting' (4-5) and 'hindering' (1-2) for likert "
    "factors; 'agree' (4-5) for climate statements (indicator 'climate_statement'); 'share' "
    "for indicator 'climate_group' and 'climate_bin' (score histogram, bins of 0.25).",
)

PUBLISHED_FIGURES = Table(
    "published_figures",
    {"source_id": "string", "country": "string", "edition": "string", "period": "string",
     "figure": "string", "indicator": "string", "category": "string", "value": "float64",
     "unit": "string", "n": "Int64", "exactness": "string", "evidence": "string",
     "note": "string"},
    "The report's published numbers (and the DK/Nordic values), transcribed with sources; "
    "also the later editions' figures (pipeline/reference/editions.csv). figure is '' where "
    "the source numbers no figures (press releases, web pages of later editions).",
)

EDITIONS = Table(
    "editions",
    {"edition": "string", "country": "string", "label": "string", "position": "Int64",
     "period": "string", "fieldwork": "string", "organisations": "Int64",
     "innovators": "Int64", "unit": "string", "source_ids": "string",
     "primary_source": "string", "figure_numbering": "string", "sector_scheme": "string",
     "weighted": "bool", "secondary_source": "bool", "aggregates": "bool", "note": "string"},
    "The edition registry (pipeline/reference/edition_registry.csv): one row per edition of "
    "the barometer, NL and DK. position orders a country's editions (1 = first); period is "
    "the reference period of the innovations; organisations the respondents (workplaces for "
    "DK), innovators null where not published; source_ids the edition's own sources "
    "(';'-separated), primary_source the one that names the edition; figure_numbering the "
    "word before a report figure number ('' when the source numbers no figures); "
    "sector_scheme the grouping of organisations the edition reports (different schemes are a "
    "series break); weighted: shares weighted to the population (DK) or unweighted (NL); "
    "secondary_source: the edition's figures are known only from a republication; "
    "aggregates: this set of files holds microdata aggregates of the edition (set by the "
    "build).",
)

SOURCES = Table(
    "sources",
    {"source_id": "string", "title": "string", "publisher": "string", "year": "string",
     "url": "string", "covers": "string"},
    "One row per source_id used in published_figures.",
)

META = Table(
    "meta",
    {**_EDITION, "key": "string", "value": "string"},
    "Provenance of the aggregates, per edition built: edition, synthetic (true/false), seed, organisations, "
    "innovators, scored, min_cell, small_group, built_at, pipeline_version, input_file (name "
    "only), quartile_method, cells, organisation_sets, sets_withheld, and the public "
    "perturbation table (disclosure_method, ptable_count, count_bound, sum_bound, ss_bound, "
    "quantile_bound, quantile_window, box_min_n, percentile_bands).",
)

TABLES: tuple[Table, ...] = (CLIMATE_BOX, CLIMATE_VARIANCE, CLIMATE_PERCENTILES,
                             INDICATOR_SHARES, PUBLISHED_FIGURES, SOURCES, EDITIONS, META)
# Tables built from microdata, one block of rows per edition built (plus meta).
EDITION_TABLES: tuple[str, ...] = ("climate_box", "climate_variance", "climate_percentiles",
                                   "indicator_shares", "meta")
TABLE_BY_NAME = {t.name: t for t in TABLES}
EXACTNESS_VALUES = ("exact", "approx", "lower_bound", "upper_bound")

REPO_ROOT = Path(__file__).resolve().parent.parent
DEFAULT_AGGREGATES_DIR = REPO_ROOT / "data" / "aggregates"


def aggregates_dir() -> Path:
    """Folder the app reads; IBO_AGGREGATES_DIR overrides the shipped one."""
    return settings.get("IBO_AGGREGATES_DIR") or DEFAULT_AGGREGATES_DIR
