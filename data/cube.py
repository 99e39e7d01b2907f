"""Selecting rows of the aggregate cube (data/schema.py): pure functions, no I/O."""

from __future__ import annotations

import numpy as np
import pandas as pd

from data import schema

POPULATION_KEYS = ("f_sector", "f_cluster", "f_size", "f_innovated")
WHOLE_POPULATION = {key: schema.ALL for key in POPULATION_KEYS}


def rows_where(frame: pd.DataFrame, **criteria: str) -> pd.DataFrame:
    """Rows of `frame` with column == value for every criterion (one combined mask)."""
    mask = np.ones(len(frame), dtype=bool)
    for column, value in criteria.items():
        mask &= (frame[column] == value).to_numpy(dtype=bool, na_value=False)
    return frame[mask]


def whole_population(frame: pd.DataFrame) -> pd.DataFrame:
    """Rows of the population without filters (every f_* column "all")."""
    return rows_where(frame, **WHOLE_POPULATION)
