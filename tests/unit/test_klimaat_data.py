"""Data selection for /klimaat: the right cube rows, in the right order, nothing withheld drawn."""

import numpy as np
import pandas as pd
import pytest

from data import klimaat as sel
from pages.klimaat.state import KlimaatState, group_index
from data import questionnaire as q
from data import schema
from klimaat_fixture import categorical, tables

BOX = tables()["climate_box"]
SHARES = tables()["indicator_shares"]
VARIANCE = tables()["climate_variance"]


def expected(state: KlimaatState, grouping: str) -> pd.DataFrame:
    mask = BOX["grouping"].eq(grouping)
    for col, value in state.population().items():
        mask &= BOX[col].eq(value)
    return BOX[mask]


def test_boxes_reference_first_then_groups_by_median():
    rows = sel.select_boxes(BOX, KlimaatState())
    assert rows["role"].iloc[0] == "reference" and rows["n"].iloc[0] == 72
    drawn = sel.drawn_groups(rows)
    centre = list(drawn["median"].fillna(drawn["mean"]))  # small groups: their mean
    assert centre == sorted(centre, reverse=True)
    assert set(drawn["group"]) == {"Gemeenten", "Rijksoverheid (departementen)", "Zbo's",
                                   "Waterschappen"}
    assert drawn.set_index("group").loc["Waterschappen", ["q1", "median"]].isna().all()
    # withheld groups follow in codebook order, with the one label
    withheld = sel.suppressed_groups(rows)
    assert list(withheld["group"]) == [s for s in q.SECTORS if s in set(withheld["group"])]
    assert set(withheld["suppression"]) == {schema.WITHHELD} and "Provincies" in \
        set(withheld["group"])
    assert withheld["n"].isna().all()


def test_boxes_sorted_by_name_and_hidden_groups_left_out():
    state = KlimaatState(grouping="cluster", sort="name",
                         hidden=(group_index("cluster", "Rijk Staf"),))
    drawn = sel.drawn_groups(sel.select_boxes(BOX, state))
    assert list(drawn["label"]) == sorted(drawn["label"], key=str.casefold)
    assert "Rijk Staf" not in set(sel.select_boxes(BOX, state)["group"])


def test_size_classes_by_name_keep_their_natural_order():
    drawn = sel.drawn_groups(sel.select_boxes(
        BOX, KlimaatState(grouping="size_class", sort="name")))
    assert list(drawn["group"]) == [s for s in q.SIZE_CLASSES if s in set(drawn["group"])]


def test_boxes_follow_the_population_filter():
    state = KlimaatState(grouping="cluster", sector="Rijksoverheid (departementen)")
    rows = sel.select_boxes(BOX, state)
    ref = expected(state, "all")
    assert rows["n"].iloc[0] == ref["n"].iloc[0] == 20
    drawn = sel.drawn_groups(rows)
    assert set(drawn["group"]) == {"Rijk Beleid", "Rijk Staf"}
    source = expected(state, "cluster").set_index("group")
    for _, r in drawn.iterrows():
        assert r["mean"] == source.loc[r["group"], "mean"]
        assert r["median"] == source.loc[r["group"], "median"] or (
            pd.isna(r["median"]) and pd.isna(source.loc[r["group"], "median"]))


def test_categorical_columns_select_the_same_rows():
    state = KlimaatState(grouping="size_class", innovated="yes")
    plain = sel.select_boxes(BOX, state)
    cat = sel.select_boxes(categorical(BOX), state)
    pd.testing.assert_frame_equal(plain, cat)
    pd.testing.assert_frame_equal(sel.select_breakdown(SHARES, BOX, state.replace(
        breakdown="factors")), sel.select_breakdown(categorical(SHARES), BOX,
                                                       state.replace(breakdown="factors")))


def test_bins_are_ordered_and_add_up():
    bins = sel.select_bins(SHARES, KlimaatState())
    assert len(bins) == 16 and list(bins["lo"]) == sorted(bins["lo"])
    assert bins["lo"].iloc[0] == 1.0 and bins["hi"].iloc[-1] == 5.0
    assert bins["share"].sum() == pytest.approx(100.0)


def test_group_shares_in_codebook_order():
    groups = sel.select_group_shares(SHARES, KlimaatState())
    assert list(groups["category"]) == list(q.CLIMATE_GROUPS)
    assert groups["share"].sum() == pytest.approx(100.0)


def test_statements_highest_first_with_scale_and_paraphrase_marks():
    rows = sel.select_statements(SHARES, KlimaatState())
    assert len(rows) == 15
    assert list(rows["share"]) == sorted(rows["share"], reverse=True)
    assert set(rows[~rows["in_scale"]]["category"]) == {"innovation_rewarded",
                                                        "budget_for_innovation"}
    assert rows["paraphrase"].value_counts().to_dict() == {"theme": 10, "report": 5}


def test_breakdown_per_climate_group_in_fixed_order():
    rows = sel.select_breakdown(SHARES, BOX, KlimaatState(breakdown="results"))
    cats = q.INDICATOR_BY_KEY["innovation_result"].categories
    assert list(rows["category"]) == [c for c in cats for _ in q.CLIMATE_GROUPS]
    assert list(rows["group"]) == list(q.CLIMATE_GROUPS) * len(cats)
    factors = sel.select_breakdown(SHARES, BOX, KlimaatState(breakdown="factors"))
    assert len(factors) == 15 * 3  # only the "promoting" measure


def test_frequency_is_innovated_over_all_per_climate_group():
    rows = sel.select_breakdown(SHARES, BOX, KlimaatState())
    # the fixture's krachtig and gemiddeld groups have fewer than 5 non-innovators: their
    # share would reveal that count, so it is withheld with the non-innovators' reason
    withheld = rows[rows["suppressed"]]
    assert list(withheld["group"]) == ["krachtig", "gemiddeld"]
    assert set(withheld["suppression"]) == {schema.WITHHELD} and withheld["share"].isna().all()
    for _, r in rows[~rows["suppressed"]].iterrows():
        n_all = expected(KlimaatState(), "climate_group").set_index("group").loc[r["group"], "n"]
        n_yes = expected(KlimaatState(innovated="yes"), "climate_group") \
            .set_index("group").loc[r["group"], "n"]
        assert r["n"] == n_all and r["share"] == pytest.approx(100 * n_yes / n_all)


def test_frequency_withheld_when_any_of_its_cells_is():
    before = sel.select_breakdown(SHARES, BOX, KlimaatState()).set_index("group")
    assert not before.loc["beperkt", "suppressed"]
    box = BOX.copy()
    cell = (box["grouping"].eq("climate_group") & box["group"].eq("beperkt")
            & box["f_innovated"].eq("no") & box["f_size"].eq("all")
            & box["f_sector"].eq("all") & box["f_cluster"].eq("all"))
    box.loc[cell, ["suppressed", "suppression", "n"]] = [True, schema.WITHHELD, pd.NA]
    rows = sel.select_breakdown(SHARES, box, KlimaatState()).set_index("group")
    assert rows.loc["beperkt", "suppressed"] and np.isnan(rows.loc["beperkt", "share"])
    assert rows.loc["beperkt", "suppression"] == schema.WITHHELD


def test_frequency_empty_when_population_filtered_on_innovation():
    assert sel.select_breakdown(SHARES, BOX, KlimaatState(innovated="yes")).empty


def test_innovator_questions_have_nothing_for_non_innovators():
    assert sel.select_breakdown(SHARES, BOX, KlimaatState(innovated="no",
                                                           breakdown="spectrum")).empty


def test_gaps_are_strong_minus_limited_and_unknown_for_bounds():
    rows = pd.DataFrame({"group": ["krachtig", "gemiddeld", "beperkt"] * 2,
                         "category": ["a"] * 3 + ["b"] * 3,
                         "share": [80.0, 60.0, 37.0, np.nan, 50.0, 40.0],
                         "share_bound": ["exact"] * 3 + ["above", "exact", "exact"]})
    gaps = sel.breakdown_gaps(rows).set_index("category")["gap"]
    assert gaps["a"] == pytest.approx(43.0) and np.isnan(gaps["b"])


def test_variance_row_for_population_and_grouping():
    rows = sel.select_variance(VARIANCE, KlimaatState(grouping="cluster"))
    assert len(rows) == 1 and 0 <= rows["eta_squared"].iloc[0] <= 1
    withheld = sel.select_variance(VARIANCE, KlimaatState(sector="Provincies",
                                                          grouping="cluster"))
    assert withheld["suppressed"].all() and withheld["eta_squared"].isna().all()

