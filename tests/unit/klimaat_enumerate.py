"""Every state of /klimaat, and a check that no builder draws a group under MIN_CELL.

Shared by tests/unit/test_klimaat_disclosure.py (fixture cube) and
tests/data/test_klimaat_aggregates.py (the shipped aggregates).
"""

from __future__ import annotations

import re
from itertools import product

import pandas as pd

from pages.klimaat import figures as fig
from data import klimaat as sel
from pages.klimaat.state import BOX_GROUPINGS, BREAKDOWNS, KlimaatState
from data import schema

N_LABEL = re.compile(r"\(n = (\d+)\)")


def populations() -> list[dict[str, str]]:
    """Every population the page's filters can select."""
    places = [(schema.ALL, schema.ALL)]
    places += [(s, schema.ALL) for s in schema.FILTER_VALUES["f_sector"][1:]]
    places += [(schema.ALL, c) for c in schema.FILTER_VALUES["f_cluster"][1:]]
    return [dict(sector=s, cluster=c, size_class=z, innovated=i)
            for (s, c), z, i in product(places, schema.FILTER_VALUES["f_size"],
                                        schema.FILTER_VALUES["f_innovated"])]


def states() -> list[KlimaatState]:
    """Every consistent page state (grouping x population); inconsistent ones normalise away."""
    out = []
    for grouping, pop in product(BOX_GROUPINGS, populations()):
        state = KlimaatState(grouping=grouping, **pop)
        if state.normalized()[0] == state:
            out.append(state)
    return out


def drawn_n(figure: dict) -> list[int]:
    """The n of every group a box figure (a plain figure dict) draws, from its tick labels
    and hover texts.

    Every drawn group has a mean marker (groups too small for a box have nothing else)."""
    traces = figure["data"]
    labels = [n for trace in traces if trace["type"] == "scatter" for y in trace["y"]
              for n in N_LABEL.findall(y.replace("<br>", " "))]
    boxed = [y for trace in traces if trace["type"] == "box" for y in trace["y"]]
    assert set(boxed) <= {y for trace in traces if trace["type"] == "scatter"
                          for y in trace["y"]}
    hover = [int(m) for trace in traces if trace["type"] == "bar"
             for text in trace["hovertext"] for m in re.findall(r"n = (\d+)", text)]
    assert sorted(int(n) for n in labels) == sorted(hover)
    return hover


def _same_value(a, b) -> bool:
    """Equal, or both missing (None, NaN and NA alike: a frame's text column holds NaN where
    a record holds None)."""
    if a is None or a is pd.NA or (isinstance(a, float) and a != a):
        return b is None or b is pd.NA or (isinstance(b, float) and b != b)
    return a == b


def records_of(frame: pd.DataFrame, records: list[dict]) -> list[dict]:
    """`records` (what the page reads, data/klimaat.py *_records), checked to hold exactly
    the frame's rows (the select_* function's) with the same values."""
    expected = frame.to_dict("records")
    assert len(records) == len(expected)
    for got, want in zip(records, expected):
        assert got.keys() == want.keys()
        assert all(_same_value(got[k], want[k]) for k in want), (got, want)
    return records


def check_boxes(box: pd.DataFrame, state: KlimaatState) -> int:
    rows = sel.select_boxes(box, state)
    figure = fig.box_figure(records_of(rows, sel.box_records(box, state)), state)
    ns = drawn_n(figure)
    assert all(n >= schema.MIN_CELL for n in ns), (state, ns)
    published = rows[~rows["suppressed"]]
    drawn_labels = {y for trace in figure["data"] if trace["type"] == "scatter"
                    for y in trace["y"]}
    boxed = {y for trace in figure["data"] if trace["type"] == "box" for y in trace["y"]}
    if len(ns):
        assert boxed == {fig.tick_label(r) for _, r in published.iterrows()
                         if pd.notna(r["q1"])}, state
        assert drawn_labels == {fig.tick_label(r) for _, r in published.iterrows()}, state
    return len(ns)


def check_shares(frame: pd.DataFrame) -> None:
    """Rows a builder may draw: published, n >= MIN_CELL, value or bound present."""
    published = frame[~frame["suppressed"]]
    assert (published["n"] >= schema.MIN_CELL).all()
    assert frame[frame["suppressed"]]["share"].isna().all()


def check_population(box, shares, variance, state: KlimaatState) -> None:
    bins, groups = sel.select_bins(shares, state), sel.select_group_shares(shares, state)
    check_shares(bins), check_shares(groups)
    fig.climate_groups_figure(records_of(bins, sel.bin_records(shares, state)),
                              records_of(groups, sel.group_share_records(shares, state)), state)
    statements = sel.select_statements(shares, state)
    check_shares(statements)
    bar = fig.statements_figure(records_of(statements, sel.statement_records(shares, state)),
                                state)["data"]
    assert len(bar) == 0 or len(bar[0]["y"]) == int((~statements["suppressed"]).sum())
    for choice in BREAKDOWNS:
        chosen = state.replace(breakdown=choice)
        rows = sel.select_breakdown(shares, box, chosen)
        check_shares(rows)
        figure = fig.breakdown_figure(
            records_of(rows, sel.breakdown_records(shares, box, chosen)), chosen)
        for trace in figure["data"]:
            n = int(N_LABEL.search(trace["name"]).group(1))
            assert n >= schema.MIN_CELL, (chosen, trace["name"])
    variance_rows = sel.select_variance(variance, state)
    records_of(variance_rows, sel.variance_records(variance, state))
    assert len(variance_rows) <= 1
    if len(variance_rows) and not variance_rows["suppressed"].iloc[0]:
        assert variance_rows["n"].iloc[0] >= schema.MIN_CELL


POPULATION_KEYS = ["f_sector", "f_cluster", "f_size", "f_innovated"]


def by_population(frame: pd.DataFrame) -> dict[tuple, pd.DataFrame]:
    """The table split per population (the builders then search a few rows, not a million)."""
    keys = frame[POPULATION_KEYS].astype("string")
    return {k: part for k, part in frame.groupby([keys[c] for c in POPULATION_KEYS],
                                                 sort=False, observed=True)}


def check_all(box, shares, variance) -> dict[str, int]:
    """Run every state; returns how many states and drawn boxes were checked.

    Each builder gets the rows of its population (and, for the innovation frequency, the
    same population's innovated=yes/no rows): the same input as the whole table, found
    without searching a million rows thousands of times.
    """
    tables = [by_population(frame) for frame in (box, shares, variance)]

    def part(state: KlimaatState) -> list[pd.DataFrame]:
        keys = [(*tuple(state.population().values())[:3], i) for i in ("all", "yes", "no")]
        return [pd.concat([t[k] for k in keys if k in t] or [frame.iloc[0:0]])
                for t, frame in zip(tables, (box, shares, variance))]

    count = boxes = 0
    for state in states():
        boxes += check_boxes(part(state)[0], state)
        count += 1
    for pop in populations():
        state = KlimaatState(**pop).normalized()[0]
        check_population(*part(state), state)
    return {"states": count, "boxes": boxes}
