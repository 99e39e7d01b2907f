"""data/cube.py's population index gives exactly the rows of a plain mask."""

from __future__ import annotations

import itertools

import numpy as np
import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from data import cube, load, schema


def _masked(frame: pd.DataFrame, **criteria) -> pd.DataFrame:
    mask = np.ones(len(frame), dtype=bool)
    for column, value in criteria.items():
        mask &= (frame[column] == value).to_numpy(dtype=bool, na_value=False)
    return frame[mask]


@pytest.mark.parametrize("name", ["indicator_shares", "climate_box"])
def test_indexed_selection_equals_mask(name, monkeypatch):
    frame = load.load_table(name)
    monkeypatch.setattr(cube, "INDEX_MIN_ROWS", 1)  # index climate_box too
    populations = list(itertools.islice(
        frame[list(cube.POPULATION_KEYS)].astype(str).drop_duplicates().itertuples(
            index=False), 0, None, 7))
    populations.append(("no such sector", "all", "all", "all"))
    for pop in populations:
        criteria = dict(zip(cube.POPULATION_KEYS, pop))
        for extra in ({}, {"grouping": "sector"}, {"grouping": "size_class", "group": "<100"}):
            got = cube.rows_where(frame, **criteria, **extra)
            want = _masked(frame, **criteria, **extra)
            pd.testing.assert_frame_equal(got, want)


def test_index_is_per_object_and_bounded(monkeypatch):
    monkeypatch.setattr(cube, "INDEX_MIN_ROWS", 1)
    base = load.load_table("climate_variance")
    frames = [base.copy() for _ in range(cube.INDEX_FRAMES + 3)]
    for f in frames:
        cube.rows_where(f, **cube.WHOLE_POPULATION)
    assert len(cube._INDEX) <= cube.INDEX_FRAMES
    changed = frames[-1].copy()
    changed["f_size"] = changed["f_size"].where(changed["f_size"] != schema.ALL, "x")
    assert cube.rows_where(changed, **cube.WHOLE_POPULATION).empty  # its own index
    assert not cube.rows_where(frames[-1], **cube.WHOLE_POPULATION).empty


@pytest.mark.parametrize("name", ["indicator_shares", "climate_box", "climate_percentiles"])
def test_whole_population_equals_the_indexed_selection(name):
    frame = load.load_table(name)
    got = cube.whole_population(frame)
    assert not got.empty
    pd.testing.assert_frame_equal(got, _masked(frame, **cube.WHOLE_POPULATION))
    if len(frame) >= cube.INDEX_MIN_ROWS:
        pd.testing.assert_frame_equal(got, cube.rows_where(frame, **cube.WHOLE_POPULATION))


_NULLABLE = {"Int64": st.one_of(st.none(), st.integers(-2**40, 2**40)),
             "boolean": st.one_of(st.none(), st.booleans()),
             "Float64": st.one_of(st.none(), st.floats(allow_nan=False))}


@st.composite
def _frames_and_positions(draw):
    rows = draw(st.integers(0, 12))
    data = {dtype: pd.array(draw(st.lists(values, min_size=rows, max_size=rows)), dtype=dtype)
            for dtype, values in _NULLABLE.items()}
    data["text"] = pd.array(draw(st.lists(st.one_of(st.none(), st.text(max_size=3)),
                                          min_size=rows, max_size=rows)), dtype="string")
    data["number"] = np.arange(rows, dtype=float)
    positions = draw(st.lists(st.integers(0, rows - 1), max_size=20)) if rows else []
    return pd.DataFrame(data), positions


@given(_frames_and_positions())
@settings(max_examples=150, deadline=None)
def test_records_and_values_equal_the_frame_they_take(drawn):
    """take_records reads nullable numbers from their numpy values and mask: the records are
    exactly take_columns(...).to_dict("records") (None where missing), and column_values
    gives each column's values (pd.NA where a nullable number is missing)."""
    frame, positions = drawn
    columns = list(frame.columns)
    records = cube.take_records(frame, columns, positions)
    want = cube.take_columns(frame, columns, positions).to_dict("records")
    assert len(records) == len(want)
    for got, expected in zip(records, want):
        assert got.keys() == expected.keys()
        for key in got:
            e = None if expected[key] is pd.NA else expected[key]
            assert got[key] == e and type(got[key]) is type(e), (key, got[key], e)
    for column in _NULLABLE:
        values = cube.column_values(frame, column, positions)
        assert values == frame[column].take(positions).tolist()
        assert [type(v) for v in values] == [type(v) for v in frame[column].take(positions)
                                             .tolist()]
