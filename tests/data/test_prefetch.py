"""The background read at start-up (data/prefetch.py) gives the loader exactly what it would
read itself, and never hides a changed, broken or missing file."""

from __future__ import annotations

import shutil
from pathlib import Path

import pandas as pd
import pyarrow.parquet as pq
import pytest

from data import load, prefetch, schema
from data.load import AggregateError


@pytest.fixture()
def agg_dir(tmp_path, monkeypatch) -> Path:
    """A copy of the shipped aggregates, selected through IBO_AGGREGATES_DIR."""
    target = tmp_path / "aggregates"
    shutil.copytree(schema.DEFAULT_AGGREGATES_DIR, target)
    monkeypatch.setenv("IBO_AGGREGATES_DIR", str(target))
    load.clear_cache()
    yield target
    for table in schema.TABLES:  # nothing left behind for other tests
        prefetch.take(target / table.filename)
    load.clear_cache()


def _frames() -> dict[str, pd.DataFrame]:
    load.clear_cache()
    load.check_all()
    return {t.name: load.load_all(t.name) for t in schema.TABLES}


def test_prefetched_tables_equal_the_loader_s_own_read(agg_dir):
    own = _frames()
    prefetch.start()
    arrow = prefetch.take(agg_dir / "climate_box.parquet")
    assert arrow is not None and arrow.num_rows == len(own["climate_box"])
    assert prefetch.take(agg_dir / "climate_box.parquet") is None  # given once
    prefetch.start()
    prefetched = _frames()
    assert all(prefetch.take(agg_dir / t.filename) is None for t in schema.TABLES)  # all used
    for name, frame in own.items():
        pd.testing.assert_frame_equal(prefetched[name], frame, check_exact=True)


def test_a_file_changed_after_the_background_read_is_read_again(agg_dir):
    prefetch.start()
    path = agg_dir / "sources.parquet"
    prefetch.take(agg_dir / "none")  # waits for the background read
    table = pq.read_table(path)
    pq.write_table(table.slice(0, table.num_rows - 1), path)
    assert len(load.load_all("sources")) == table.num_rows - 1


@pytest.mark.parametrize("damage", ["missing", "truncated"])
def test_a_broken_file_still_stops_with_the_loader_s_message(agg_dir, damage):
    path = agg_dir / "climate_box.parquet"
    if damage == "missing":
        path.unlink()
    else:
        path.write_bytes(path.read_bytes()[:200])
    prefetch.start()
    with pytest.raises(AggregateError, match="climate_box.parquet: column"):
        load.check_all()
