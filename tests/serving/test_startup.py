"""A missing, truncated or schema-violating aggregate stops start-up with one line naming the
file (and column), exit code != 0, no traceback: for `import app`, `python app.py`, gunicorn."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pyarrow as pa
import pyarrow.compute  # noqa: F401  (pa.compute)
import pyarrow.parquet as pq
import pytest

from data import load, schema

REPO = Path(__file__).resolve().parents[2]
SHIPPED = schema.DEFAULT_AGGREGATES_DIR
TABLE = schema.CLIMATE_BOX

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(not hasattr(load, "AggregateError"),
                       reason="data/load.py is still the temporary loader (no AggregateError)"),
    pytest.mark.skipif(not (SHIPPED / TABLE.filename).exists(),
                       reason=f"no shipped aggregates in {SHIPPED} yet"),
]


def start(aggregates: Path, *command: str) -> subprocess.CompletedProcess:
    env = {**os.environ, "IBO_AGGREGATES_DIR": str(aggregates), "PYTHONPATH": str(REPO)}
    return subprocess.run(command, cwd=REPO, env=env, capture_output=True, text=True, timeout=60)


def import_app(aggregates: Path) -> subprocess.CompletedProcess:
    return start(aggregates, sys.executable, "-c", "import app")


def assert_one_line_naming(result: subprocess.CompletedProcess, *names: str) -> None:
    assert result.returncode != 0
    message = result.stderr.strip()
    assert "Traceback" not in message and len(message.splitlines()) == 1, message
    for name in names:
        assert name in message, (name, message)


@pytest.fixture
def aggregates(tmp_path) -> Path:
    shutil.copytree(SHIPPED, tmp_path / "aggregates")
    return tmp_path / "aggregates"


def test_the_shipped_aggregates_start(aggregates):
    result = import_app(aggregates)
    assert result.returncode == 0, result.stderr


def test_missing_file(aggregates):
    (aggregates / TABLE.filename).unlink()
    assert_one_line_naming(import_app(aggregates), TABLE.filename)


def test_truncated_file(aggregates):
    path = aggregates / TABLE.filename
    path.write_bytes(path.read_bytes()[: path.stat().st_size // 2])
    assert_one_line_naming(import_app(aggregates), TABLE.filename)


def test_not_a_parquet_file(aggregates):
    (aggregates / TABLE.filename).write_bytes(b"PAR1 this is not parquet")
    assert_one_line_naming(import_app(aggregates), TABLE.filename)


def test_missing_column(aggregates):
    path = aggregates / TABLE.filename
    pq.write_table(pq.read_table(path).drop_columns(["median"]), path)
    assert_one_line_naming(import_app(aggregates), TABLE.filename, "median")


def test_wrong_column_type(aggregates):
    path = aggregates / TABLE.filename
    table = pq.read_table(path)
    index = table.schema.get_field_index("mean")
    table = table.set_column(index, "mean", pa.array(["hoog"] * table.num_rows))
    pq.write_table(table, path)
    assert_one_line_naming(import_app(aggregates), TABLE.filename, "mean")


def test_python_app_py_and_gunicorn_stop_the_same_way(aggregates):
    (aggregates / TABLE.filename).unlink()
    assert_one_line_naming(start(aggregates, sys.executable, "app.py"), TABLE.filename)
    gunicorn = str(Path(sys.executable).with_name("gunicorn"))
    result = start(aggregates, gunicorn, "-c", "gunicorn.conf.py", "--bind", "127.0.0.1:0",
                   "app:server")
    assert result.returncode != 0
    assert "Traceback" not in result.stderr and TABLE.filename in result.stderr, result.stderr


@pytest.mark.parametrize("table", ["climate_percentiles", "indicator_shares", "sources"])
def test_empty_table(aggregates, table):
    path = aggregates / f"{table}.parquet"
    pq.write_table(pq.read_table(path).slice(0, 0), path)
    assert_one_line_naming(import_app(aggregates), f"{table}.parquet", "0 rows")


def _set_meta(aggregates: Path, key: str, value: str) -> None:
    path = aggregates / "meta.parquet"
    table = pq.read_table(path).to_pandas()
    table.loc[table["key"] == key, "value"] = value
    pq.write_table(pa.Table.from_pandas(table, preserve_index=False), path)


def test_tables_that_disagree_with_meta(aggregates):
    _set_meta(aggregates, "scored", "365")
    assert_one_line_naming(import_app(aggregates), "climate_box.parquet", "scored")


def test_a_group_larger_than_all_organisations(aggregates):
    _set_meta(aggregates, "organisations", "300")
    _set_meta(aggregates, "scored", "300")
    assert_one_line_naming(import_app(aggregates), ".parquet", "more organisations")


def test_no_whole_population_row(aggregates):
    path = aggregates / "climate_box.parquet"
    frame = pq.read_table(path)
    keep = pa.compute.invert(pa.compute.equal(frame["grouping"], "all"))
    pq.write_table(frame.filter(keep), path)
    assert_one_line_naming(import_app(aggregates), "climate_box.parquet", "all organisations")
