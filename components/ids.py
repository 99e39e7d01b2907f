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


# --- vergelijking (/vergelijking) -----------------------------------------------------------
CMP_URL = "vergelijking-url-location"
CMP_NOTICES = "vergelijking-notice-area"
CMP_TOPIC = "vergelijking-topic-select"
CMP_SUBGROUP = "vergelijking-subgroup-select"
CMP_TOPIC_AREA = "vergelijking-topic-container"
CMP_TOPIC_CHART = "vergelijking-topic-chart"
CMP_TOPIC_CSV_BUTTON = "vergelijking-topic-csv-button"
CMP_TOPIC_CSV = "vergelijking-topic-csv-download"
CMP_GAP_CHART = "vergelijking-gap-chart"
CMP_GAP_CSV_BUTTON = "vergelijking-gap-csv-button"
CMP_GAP_CSV = "vergelijking-gap-csv-download"
CMP_CONCLUSION = "vergelijking-conclusion-text"
CMP_MINIMUM_GAPS = "vergelijking-minimum-gap-list"


# --- benchmark (/benchmark) -----------------------------------------------------------------


# --- presenting and sharing -----------------------------------------------------------------
COPY_LINK = "share-copy-link-button"
COPY_LINK_STATUS = "share-copy-link-status"


def table_of(chart_id: str) -> str:
    """Id of the container of a chart's data table."""
    return f"{chart_id}-table"


def summary_of(chart_id: str) -> str:
    """Id of a chart's one-sentence text alternative."""
    return f"{chart_id}-summary"
