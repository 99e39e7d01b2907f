"""Every component id, shaped <area>-<subject>-<kind>. Pattern-matching ids via factories."""

# --- shell ------------------------------------------------------------------------------
URL = "shell-url-location"
PAGE = "shell-page-container"
NAV = "shell-nav-bar"
BANNER = "shell-synthetic-banner"
LANG_LINK = "shell-lang-link"
MAIN = "main-content"
SKIP_LINK = "shell-skip-link"


# --- overzicht (/) --------------------------------------------------------------------------
OVERVIEW_KPIS = "overview-kpi-row"
OVERVIEW_SHARE_CHART = "overview-innovation-share-chart"
OVERVIEW_CLIMATE_CHART = "overview-climate-groups-chart"
OVERVIEW_TYPES_CHART = "overview-innovation-types-chart"


# --- klimaat (/klimaat) ---------------------------------------------------------------------
KLIMAAT_URL = "klimaat-url-location"
KLIMAAT_LANG = "klimaat-lang-store"
KLIMAAT_NOTICES = "klimaat-notices-container"
KLIMAAT_GROUPING = "klimaat-grouping-radio"
KLIMAAT_GROUPS = "klimaat-groups-checklist"
KLIMAAT_SIZE = "klimaat-size-select"
KLIMAAT_INNOVATED = "klimaat-innovated-radio"
KLIMAAT_SECTOR = "klimaat-sector-select"
KLIMAAT_CLUSTER = "klimaat-cluster-select"
KLIMAAT_SECTOR_FIELD = "klimaat-sector-field"
KLIMAAT_CLUSTER_FIELD = "klimaat-cluster-field"
KLIMAAT_SIZE_FIELD = "klimaat-size-field"
KLIMAAT_INNOVATED_FIELD = "klimaat-innovated-field"
KLIMAAT_SORT = "klimaat-sort-radio"
KLIMAAT_BREAKDOWN = "klimaat-breakdown-radio"
KLIMAAT_POPULATION = "klimaat-population-text"
KLIMAAT_BOX_CARD = "klimaat-box-card"
KLIMAAT_BOX_CHART = "klimaat-box-chart"
KLIMAAT_SUPPRESSED = "klimaat-box-suppressed-note"
KLIMAAT_VARIANCE_CARD = "klimaat-variance-card"
KLIMAAT_VARIANCE_CHART = "klimaat-variance-chart"
KLIMAAT_VARIANCE_TEXT = "klimaat-variance-text"
KLIMAAT_GROUPS_CARD = "klimaat-groups-card"
KLIMAAT_GROUPS_CHART = "klimaat-climate-groups-chart"
KLIMAAT_BREAKDOWN_CARD = "klimaat-breakdown-card"
KLIMAAT_BREAKDOWN_CHART = "klimaat-breakdown-chart"
KLIMAAT_GAPS = "klimaat-breakdown-gaps-text"
KLIMAAT_STATEMENTS_CARD = "klimaat-statements-card"
KLIMAAT_STATEMENTS_CHART = "klimaat-statements-chart"


# --- vergelijking (/vergelijking) -----------------------------------------------------------


# --- benchmark (/benchmark) -----------------------------------------------------------------


# --- presenting and sharing -----------------------------------------------------------------


def table_of(chart_id: str) -> str:
    """Id of the container of a chart's data table."""
    return f"{chart_id}-table"


def summary_of(chart_id: str) -> str:
    """Id of a chart's one-sentence text alternative."""
    return f"{chart_id}-summary"
