"""Figure builders of /klimaat: trace count and order, hover values, empty states."""

import numpy as np
import pandas as pd
import pytest

from pages.klimaat import figures as fig
from data import klimaat as sel
from pages.klimaat.state import KlimaatState, group_index
from data import questionnaire as q
from data import schema
from klimaat_fixture import tables
from tests.figure_check import checked

BOX = tables()["climate_box"]
SHARES = tables()["indicator_shares"]
VARIANCE = tables()["climate_variance"]


def box_rows(**rows) -> pd.DataFrame:
    """Hand-made select_boxes output: reference plus groups (name -> (n, median)); groups
    under BOX_MIN_N have a mean and sd only, as the contract gives them."""
    out = []
    for i, (label, (n, median)) in enumerate(rows.items()):
        boxed = (n or 0) >= schema.BOX_MIN_N
        box = {"q1": median - 0.3, "median": median, "q3": median + 0.3,
               "lower_whisker": median - 0.9, "upper_whisker": median + 0.8,
               "whisker_rule": "p10_p90"}
        out.append({"group": label, "label": label, "role": "reference" if i == 0 else "group",
                    "n": n, "suppressed": n is None,
                    "suppression": "" if n else schema.WITHHELD,
                    "mean": median + 0.05, "sd": 0.4 if n else np.nan,
                    **(box if boxed else dict.fromkeys(box))})
    frame = pd.DataFrame(out)
    frame["n"] = frame["n"].astype("Int64")
    return frame


def records(frame: pd.DataFrame) -> list[dict]:
    """A selection as the records the figure builders read (data/klimaat.py *_records)."""
    return frame.to_dict("records")


ROWS = box_rows(**{"Alle organisaties": (100, 3.7), "Zbo's": (36, 3.84),
                   "Gemeenten": (85, 3.69), "Provincies": (None, np.nan)})


def test_box_traces_in_order_with_reference_mean_and_hover():
    f = checked(fig.box_figure(records(ROWS), KlimaatState()))
    assert [type(tr).__name__ for tr in f.data] == ["Box", "Box", "Scatter", "Bar"]
    groups, ref, means, hover = f.data
    assert list(groups.y) == ["Zbo's (n = 36)", "Gemeenten (n = 85)"]
    assert list(groups.median) == [3.84, 3.69] and list(groups.q1) == pytest.approx([3.54, 3.39])
    assert groups.orientation == "h" and groups.hoverinfo == "skip"
    assert list(ref.y) == ["Alle organisaties (n = 100)"]
    assert means.marker.symbol == "x" and list(means.x) == pytest.approx([3.75, 3.89, 3.74])
    text = hover.hovertext[1]
    for part in ("<b>Zbo's</b>", "n = 36", "Q1: 3,54", "Mediaan: 3,84", "Q3: 4,14",
                 "Gemiddelde: 3,89", "Snorharen: 2,9 – 4,6 (P10–P90)",
                 "Afgerond/verstoord ter bescherming van de deelnemers"):
        assert part in text
    assert list(hover.base) == pytest.approx([2.8, 2.94, 2.79])
    assert f.layout.yaxis.autorange == "reversed"
    assert list(f.layout.yaxis.categoryarray) == list(means.y)
    assert f.layout.separators == ",."
    assert f.layout.shapes[0].x0 == 3.7  # reference median line
    assert not any("Provincies" in label for label in means.y)


def test_box_hover_in_english():
    f = checked(fig.box_figure(records(ROWS), KlimaatState(lang="en")))
    assert "Median: 3.84" in f.data[-1].hovertext[1]
    assert f.layout.separators == ".,"


def test_small_group_shows_its_mean_without_a_box():
    rows = box_rows(**{"Alle": (40, 3.7), "GGD": (9, 3.75), "Zbo's": (20, 3.8)})
    f = checked(fig.box_figure(records(rows), KlimaatState()))
    groups, ref, means, hover = f.data
    assert list(groups.y) == ["Zbo's (n = 20)"]  # no box for the small group
    assert "GGD (n = 9)" in list(means.y)
    text = hover.hovertext[list(hover.y).index("GGD (n = 9)")]
    assert "Kleine groep: alleen het gemiddelde" in text and "Q1" not in text
    assert "Afgerond/verstoord" in text


def test_box_figure_never_has_an_outlier_trace():
    rows = box_rows(**{"Alle": (40, 3.7), "Zbo's": (20, 3.8)})
    f = checked(fig.box_figure(records(rows), KlimaatState()))
    assert [type(tr).__name__ for tr in f.data] == ["Box", "Box", "Scatter", "Bar"]


@pytest.mark.parametrize("state, message", [
    (KlimaatState(sector="Provincies", grouping="cluster"), "genoeg organisaties"),
    (KlimaatState(hidden=tuple(range(1, 10))), "Geen groepen gekozen"),
])
def test_box_empty_states_explain(state, message):
    f = checked(fig.box_figure(sel.box_records(BOX, state), state))
    assert f.data == () and message in f.layout.annotations[0].text


def test_box_figure_from_the_cube_draws_only_published_groups():
    state = KlimaatState(grouping="cluster")
    rows = sel.select_boxes(BOX, state)
    f = checked(fig.box_figure(records(rows), state))
    drawn = sel.drawn_groups(rows)
    assert len(f.data[0].y) == drawn["q1"].notna().sum()  # boxes: groups with box statistics
    assert len(f.data[2].y) == len(drawn) + 1  # means: every published group and the reference
    assert all(n >= 5 for n in drawn["n"])


def test_climate_groups_histogram_with_cut_offs_and_shares():
    state = KlimaatState()
    bins, groups = sel.select_bins(SHARES, state), sel.select_group_shares(SHARES, state)
    f = checked(fig.climate_groups_figure(records(bins), records(groups), state))
    (bars,) = f.data
    assert len(bars.x) == 16 and bars.x[0] == pytest.approx(1.125)
    assert list(bars.y) == pytest.approx(list(bins["share"]))
    cuts = [s.x0 for s in f.layout.shapes if s.type == "line"]
    assert cuts == [3.6, 4.0]
    legend = f.layout.annotations[0].text
    for g in groups.itertuples():
        assert f"{round(g.share)}%" in legend
    assert "3,6" in [a.text for a in f.layout.annotations]


def test_histogram_draws_bounds_hatched_at_the_bound():
    bins = pd.DataFrame({"category": ["3.50-3.75", "3.75-4.00"], "share": [np.nan, 40.0],
                         "share_bound": ["below", "exact"], "n": [8, 8],
                         "suppressed": [False, False], "suppression": ["", ""],
                         "lo": [3.5, 3.75], "hi": [3.75, 4.0]})
    f = checked(fig.climate_groups_figure(records(bins), [], KlimaatState()))
    assert list(f.data[0].y) == [10.0, 40.0]
    assert list(f.data[0].marker.pattern.shape) == ["/", ""]
    assert "< 10%" in f.data[0].hovertext[0]


def test_climate_groups_empty_state():
    state = KlimaatState(sector="Provincies")
    f = checked(fig.climate_groups_figure(sel.bin_records(SHARES, state),
                                          sel.group_share_records(SHARES, state), state))
    assert f.data == () and "minder dan 5" in f.layout.annotations[0].text


def test_breakdown_one_trace_per_climate_group_strong_first():
    state = KlimaatState(breakdown="results")
    rows = sel.select_breakdown(SHARES, BOX, state)
    f = checked(fig.breakdown_figure(records(rows), state))
    assert [tr.name.split(" (")[0] for tr in f.data] == ["Krachtig", "Gemiddeld", "Beperkt"]
    assert [tr.marker.color for tr in f.data] == ["#1A7F5A", "#E69F00", "#B8432F"]
    strong = rows[rows["group"].eq("krachtig")]
    assert list(f.data[0].x) == pytest.approx(list(strong["share"]))
    assert f.data[0].name == f"Krachtig (n = {strong['n'].iloc[0]})"
    assert len(f.data[0].y) == len(q.INDICATOR_BY_KEY["innovation_result"].categories)
    assert f.data[0].text[0].endswith("%")


def test_breakdown_bounds_are_hatched_and_labelled():
    rows = pd.DataFrame({"group": list(q.CLIMATE_GROUPS), "category": ["efficiency"] * 3,
                         "share": [np.nan, 55.0, 30.0],
                         "share_bound": ["above", "exact", "exact"],
                         "n": pd.array([8, 20, 30], dtype="Int64"),
                         "suppressed": [False] * 3, "suppression": [""] * 3})
    f = checked(fig.breakdown_figure(records(rows), KlimaatState(breakdown="results")))
    assert f.data[0].x == (90.0,) and f.data[0].text == ("> 90%",)
    assert f.data[0].marker.pattern.shape == ("/",)


@pytest.mark.parametrize("state, message", [
    (KlimaatState(innovated="yes"), "al beperkt"),
    (KlimaatState(innovated="no", breakdown="factors"), "Alleen organisaties die innoveerden"),
    (KlimaatState(sector="Provincies", breakdown="results"), "minder dan 5"),
])
def test_breakdown_empty_states_explain(state, message):
    f = checked(fig.breakdown_figure(sel.breakdown_records(SHARES, BOX, state), state))
    assert f.data == () and message in f.layout.annotations[0].text


def test_statements_marked_as_paraphrase_and_excluded_items_starred():
    rows = sel.select_statements(SHARES, KlimaatState())
    f = checked(fig.statements_figure(records(rows), KlimaatState()))
    (bar,) = f.data
    assert len(bar.y) == 15
    assert all("(parafrase rapport)" in y or "(naar thema benoemd)" in y.replace("<br>", " ")
               for y in bar.y)
    starred = [y for y in bar.y if y.endswith(" *")]
    assert len(starred) == 2
    colours = dict(zip(bar.y, bar.marker.color))
    assert all(colours[y] == "#9AA5B1" for y in starred)
    assert list(bar.x) == pytest.approx(list(rows["share"]))


def test_statements_empty_state():
    state = KlimaatState(sector="Provincies")
    f = checked(fig.statements_figure(sel.statement_records(SHARES, state), state))
    assert f.data == ()


def test_variance_stacked_to_100_with_plain_language_parts():
    state = KlimaatState(grouping="sector")
    rows = sel.select_variance(VARIANCE, state)
    f = checked(fig.variance_figure(records(rows), state))
    within, between = f.data
    assert within.name == "Binnen de groepen" and between.name == "Tussen de groepen"
    assert within.x[0] + between.x[0] == pytest.approx(100.0)
    assert between.x[0] == pytest.approx(100 * rows["eta_squared"].iloc[0])
    assert f.layout.barmode == "stack" and list(within.y) == ["Sectoren"]


def test_variance_empty_state():
    state = KlimaatState(sector="Provincies", grouping="cluster")
    f = checked(fig.variance_figure(sel.variance_records(VARIANCE, state), state))
    assert f.data == () and "minder dan 5" in f.layout.annotations[0].text


def test_wrap_breaks_long_cluster_names():
    long = "Watermanagement (waterschappen en overige water gerelateerde organisatie)"
    assert "<br>" in fig.wrap(long) and fig.wrap("GGD") == "GGD"


def test_hidden_group_never_drawn():
    state = KlimaatState(hidden=(group_index("sector", "Gemeenten"),))
    f = checked(fig.box_figure(sel.box_records(BOX, state), state))
    assert not any(y.startswith("Gemeenten") for y in f.data[0].y)
