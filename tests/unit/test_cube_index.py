"""data/cube.py's population index gives exactly the rows of a plain mask."""

from __future__ import annotations

import itertools

import numpy as np
import pandas as pd
import pytest

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
        cube.whole_population(f)
    assert len(cube._INDEX) <= cube.INDEX_FRAMES
    changed = frames[-1].copy()
    changed["f_size"] = changed["f_size"].where(changed["f_size"] != schema.ALL, "x")
    assert cube.whole_population(changed).empty  # a new object: its own index
    assert not cube.whole_population(frames[-1]).empty
