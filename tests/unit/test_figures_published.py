"""Published-figure bars: exactness is visible, values are the table's, order is stable."""

import pandas as pd
import pytest

from pages.overzicht import figures as overview
from components.figures.published import hbar, value_label
from tests.figure_check import checked

FIGURES = pd.DataFrame({
    "source_id": ["NL-IBO2021"] * 5,
    "country": ["NL"] * 5,
    "edition": ["IBO-2021"] * 5,
    "period": ["2019-2020"] * 5,
    "figure": ["Figuur 2"] * 4 + ["Figuur 17"],
    "indicator": ["innovation_type"] * 4 + ["climate_group_share"],
    "category": ["process", "interaction", "service", "product", "krachtig"],
    "value": [75.0, 60.0, 52.0, 39.0, 25.0],
    "unit": ["pct"] * 5,
    "n": pd.array([None] * 5, dtype="Int64"),
    "exactness": ["lower_bound", "lower_bound", "exact", "exact", "approx"],
})


@pytest.mark.parametrize("value, exactness, unit, lang, expected", [
    (75, "lower_bound", "pct", "nl", "> 75%"),
    (60, "upper_bound", "pct", "nl", "< 60%"),
    (25, "approx", "pct", "nl", "~ 25%"),
    (33.3, "lower_bound", "pct", "nl", "> ⅓"),  # "ruim een derde", not "> 33,3%"
    (33.3, "lower_bound", "pct", "en", "> ⅓"),
    (43, "exact", "pp", "nl", "+43 procentpunt"),
    (20, "exact", "pp", "en", "+20 pp"),
    (3.7, "exact", "score", "nl", "3,7"),
])
def test_value_label(value, exactness, unit, lang, expected):
    assert value_label(value, exactness, unit, lang) == expected


def test_types_figure_marks_bounds_and_keeps_values():
    fig = checked(overview.innovation_types_figure(FIGURES, "nl"))
    (bar,) = fig.data
    assert list(bar.text) == ["> 75%", "> 60%", "52%", "39%"]
    assert list(bar.marker.pattern.shape) == ["/", "/", "", ""]
    assert fig.layout.separators == ",."


def test_empty_rows_give_an_empty_state_not_an_error():
    fig = checked(hbar(FIGURES.iloc[0:0], [], [], "nl"))
    assert fig.layout.annotations[0].text == "Geen gegevens voor deze selectie"
