"""One call, data.load.clear_cache(), forgets every cache of data derived from the aggregates."""

from data import benchmark, cube, comparison, klimaat, load


def test_clear_cache_forgets_every_derived_cache():
    frames, data, tables = klimaat.load_frames(), comparison.load_data(), benchmark.tables()
    cube.rows_where(frames.shares, indicator="climate_group")
    assert klimaat.load_frames() is frames and comparison.load_data() is data
    load.clear_cache()
    assert not cube._INDEX
    assert klimaat.load_frames() is not frames
    assert comparison.load_data() is not data
    assert benchmark.tables().percentiles is not tables.percentiles


def test_every_memo_in_data_registers_with_clear_cache():
    """No module in data/ uses functools.lru_cache directly (it would escape clear_cache)."""
    from pathlib import Path

    folder = Path(load.__file__).parent
    for path in folder.rglob("*.py"):
        if path.name == "load.py" or "rooms" in path.parts:
            continue
        assert "lru_cache" not in path.read_text(), path
