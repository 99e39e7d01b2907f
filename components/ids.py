"""Every component id, shaped <area>-<subject>-<kind>. Pattern-matching ids via factories."""

# --- shell ------------------------------------------------------------------------------
URL = "shell-url-location"
ROUTED = "shell-routed-store"  # the address the first layout was rendered for
PAGE = "shell-page-container"
NAV = "shell-nav-bar"
NAV_TOGGLE = "shell-nav-toggle-button"
NAV_COLLAPSE = "shell-nav-collapse"
BANNER = "shell-synthetic-banner"
LANG_LINK = "shell-lang-link"
MAIN = "main-content"
SKIP_LINK = "shell-skip-link"

# "Mijn organisatie" (components/organisation.py): the panel under the navigation bar
ORG_TOGGLE = "shell-org-toggle-button"
ORG_COLLAPSE = "shell-org-collapse"
ORG_SECTOR = "shell-org-sector-select"
ORG_CLUSTER = "shell-org-cluster-select"
ORG_SIZE = "shell-org-size-select"
ORG_REMEMBER_TYPE = "shell-org-remember-checkbox"  # pattern id: absent on pages without chrome
ORG_APPLY = "shell-org-apply-button"
ORG_CLEAR = "shell-org-clear-button"
ORG_STATUS = "shell-org-status-text"
ORG_STORE = "shell-org-store"            # localStorage, only after the user opts in
ORG_TARGET = "shell-org-target-store"    # the address to go to after "Toepassen" / "Wissen"
ORG_CONFIG = "shell-org-config-store"    # which clusters lie in which sector (positions)


def org_remember() -> dict:
    """The "onthouden op dit apparaat" checkbox (a pattern id: callbacks match it with ALL)."""
    return {"type": ORG_REMEMBER_TYPE, "id": "org"}


# --- overzicht (/) --------------------------------------------------------------------------
OVERVIEW_KPIS = "overview-kpi-row"
OVERVIEW_SHARE_CHART = "overview-innovation-share-chart"
OVERVIEW_CLIMATE_CHART = "overview-climate-groups-chart"
OVERVIEW_TYPES_CHART = "overview-innovation-types-chart"
OVERVIEW_SHARE_CARD = "overview-innovation-share-container"
OVERVIEW_CLIMATE_CARD = "overview-climate-groups-container"
OVERVIEW_TYPES_CARD = "overview-innovation-types-container"


# --- ontwikkeling (/ontwikkeling) ---------------------------------------------------------
TREND_METHOD = "trend-method-details"
TREND_BREAK_CHART = "trend-series-break-chart"
TREND_LEVELS_CHART = "trend-dk-levels-chart"
TREND_EDITIONS_CHART = "trend-editions-chart"
OVERVIEW_LATEST = "overview-latest-edition-text"


def trend_chart(key: str) -> str:
    """The chart of one indicator on the trends page."""
    return f"trend-{key.replace('_', '-')}-chart"


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
KLIMAAT_EDITION = "klimaat-edition-radio"
BENCHMARK_EDITION = "benchmark-edition-radio"
BENCHMARK_EDITION_FIELD = "benchmark-edition-field"
KLIMAAT_EDITION_FIELD = "klimaat-edition-field"
KLIMAAT_BREAKDOWN = "klimaat-breakdown-radio"
KLIMAAT_POPULATION = "klimaat-population-text"
KLIMAAT_BOX_CARD = "klimaat-box-card"
KLIMAAT_BOX_CHART = "klimaat-box-chart"
KLIMAAT_ALTERNATIVES = "klimaat-box-alternatives-text"
KLIMAAT_ORG_NOTE = "klimaat-box-org-note"      # "Mijn organisatie" in the box plot
KLIMAAT_ORG = "klimaat-org-store"              # the URL's `org` (constant for a page load)
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
CMP_URL = "vergelijking-url-location"
CMP_NOTICES = "vergelijking-notice-area"
CMP_TOPIC = "vergelijking-topic-select"
CMP_SUBGROUP = "vergelijking-subgroup-select"
CMP_TOPIC_AREA = "vergelijking-topic-container"
CMP_GAP_AREA = "vergelijking-gap-container"
CMP_TOPIC_CHART = "vergelijking-topic-chart"
CMP_TOPIC_CSV_BUTTON = "vergelijking-topic-csv-button"
CMP_TOPIC_CSV = "vergelijking-topic-csv-download"
CMP_GAP_CHART = "vergelijking-gap-chart"
CMP_GAP_CSV_BUTTON = "vergelijking-gap-csv-button"
CMP_GAP_CSV = "vergelijking-gap-csv-download"
CMP_CONCLUSION = "vergelijking-conclusion-text"
CMP_MINIMUM_GAPS = "vergelijking-minimum-gap-list"
CMP_ORG_OFFER = "vergelijking-org-offer-text"  # "Mijn organisatie" offered as subgroup
CMP_ORG_BUTTON_TYPE = "vergelijking-org-subgroup-button"


def cmp_org_button(value: str) -> dict:
    """The button that shows one of the user's organisation's subgroups ("sector:X")."""
    return {"type": CMP_ORG_BUTTON_TYPE, "value": value}


# --- benchmark (/benchmark) -----------------------------------------------------------------
BENCHMARK_URL = "benchmark-url-location"
BENCHMARK_CONFIG = "benchmark-config-store"          # language and texts for clientside code
BENCHMARK_ANSWERS = "benchmark-answers-store"        # current answers, browser memory only
BENCHMARK_SUBMITTED = "benchmark-submitted-store"    # answers of the last "show result"
BENCHMARK_ANSWER_TYPE = "benchmark-answer-radio"
BENCHMARK_SECTOR = "benchmark-sector-select"
BENCHMARK_CLUSTER = "benchmark-cluster-select"
BENCHMARK_SIZE = "benchmark-size-select"
BENCHMARK_COUNT = "benchmark-answered-count-text"
BENCHMARK_STALE = "benchmark-stale-result-text"
BENCHMARK_SUBMIT = "benchmark-submit-button"
BENCHMARK_PEER = "benchmark-peer-radio"
BENCHMARK_PEER_NOTE = "benchmark-peer-note-text"
BENCHMARK_RESULT = "benchmark-result-container"
BENCHMARK_RESULT_FOR = "benchmark-result-for-store"  # a digest of the choices the result shows
BENCHMARK_SCORE = "benchmark-score-text"
BENCHMARK_GROUP = "benchmark-climate-group-text"
BENCHMARK_PERCENTILE = "benchmark-percentile-text"
BENCHMARK_CHART = "benchmark-position-chart"
BENCHMARK_STATEMENTS = "benchmark-statements-table"
BENCHMARK_LINK = "benchmark-share-link-input"
BENCHMARK_COPY = "benchmark-copy-link-button"
BENCHMARK_COPY_STATUS = "benchmark-copy-status-text"
BENCHMARK_PRINT = "benchmark-print-button"


def benchmark_answer(item: str) -> dict[str, str]:
    """Id of the answer radio group of one climate statement."""
    return {"type": BENCHMARK_ANSWER_TYPE, "item": item}


def benchmark_option(index: int, value: str) -> str:
    """Id of one radio input: statement number (1-based) and answer value."""
    return f"benchmark-answer-{index}-{value}-input"


# --- presenting and sharing -----------------------------------------------------------------
COPY_LINK = "share-copy-link-button"
COPY_LINK_STATUS = "share-copy-link-status"
PRESENTER_URL = "presenter-url-location"
PRESENTER_STEP = "presenter-step-container"
PRESENTER_BAR = "presenter-control-bar"
PRESENTER_PREV = "presenter-prev-link"
PRESENTER_NEXT = "presenter-next-link"
PRESENTER_EXIT = "presenter-exit-link"
PRESENTER_FULLSCREEN = "presenter-fullscreen-button"


# A chart card's table view (components/chart.py, callbacks/card_table.py): pattern ids, so
# that one callback builds the table of whichever card's view switch is set to "table".
CARD_VIEW_TYPE = "card-view-radio"
CARD_TABLE_TYPE = "card-table-container"
CARD_TABLE_DATA_TYPE = "card-table-store"


def view_of(chart_id: str) -> dict:
    """A chart card's view switch (chart / table / sources / download)."""
    return {"type": CARD_VIEW_TYPE, "chart": chart_id}


def view_option(chart_id: str, view: str) -> str:
    """The input id of one view of a chart card's switch (its label points at it)."""
    return f"{chart_id}-view-radio-{view}"


def table_of(chart_id: str) -> dict:
    """The container of a chart's data table (filled when the table view opens)."""
    return {"type": CARD_TABLE_TYPE, "chart": chart_id}


def table_data_of(chart_id: str) -> dict:
    """The store of the cells of a chart's data table."""
    return {"type": CARD_TABLE_DATA_TYPE, "chart": chart_id}


def summary_of(chart_id: str) -> str:
    """Id of a chart's one-sentence text alternative."""
    return f"{chart_id}-summary"


# --- sessie (/sessie: live sessions) ----------------------------------------------------------
SESSIE_URL = "sessie-url-location"
SESSIE_CONFIG = "sessie-config-store"
SESSIE_DEVICE = "sessie-device-store"          # localStorage: this browser's random token
SESSIE_HOST_KEYS = "sessie-host-keys-store"    # localStorage: {room code: host token}
SESSIE_SECTOR = "sessie-sector-select"
SESSIE_ANSWER_TYPE = "sessie-answer-radio"
SESSIE_SUBMIT = "sessie-submit-button"
SESSIE_STATUS = "sessie-status-text"
SESSIE_RESULT = "sessie-result-container"
SESSIE_INTERVAL = "sessie-poll-interval"
SESSIE_SHOWN = "sessie-shown-store"
SESSIE_COUNT = "sessie-count-text"
SESSIE_STATE = "sessie-state-text"
SESSIE_VIEW = "sessie-view-container"
SESSIE_MESSAGE = "sessie-host-message-text"
SESSIE_FREEZE = "sessie-freeze-button"
SESSIE_REOPEN = "sessie-reopen-button"
SESSIE_CLOSE = "sessie-close-button"
SESSIE_CLOSE_CONFIRM = "sessie-close-confirm"
SESSIE_HOST_LINK = "sessie-host-link-input"
SESSIE_CODE_INPUT = "sessie-code-input"


def sessie_answer(item: str) -> dict:
    """The answer radio group of one scale statement on the participant's form."""
    return {"type": SESSIE_ANSWER_TYPE, "item": item}


def sessie_option(number: int, value: str) -> str:
    """The input id of one answer of statement `number` (labels point at it)."""
    return f"sessie-answer-{number}-{value}-input"
