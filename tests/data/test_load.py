"""App-side loader: every failure mode names the file and the column."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from data import load, schema
from data.load import AggregateError

REPO = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def good_dir(tmp_path_factory) -> Path:
    """A valid aggregates folder built by the pipeline from the test fixture."""
    from pipeline import build, microdata
    from tests.conftest import make_microdata

    out = tmp_path_factory.mktemp("aggregates")
    frame = microdata.prepare(make_microdata(366), "fixture")
    tables, _ = build.build_tables(frame, {"synthetic": "true", "seed": "7",
                                           "input_file": ""}, 5,
                                   build.published.REFERENCE_DIR)
    build.write_tables(tables, out)
    return out


@pytest.fixture()
def agg_dir(good_dir, tmp_path, monkeypatch) -> Path:
    """A fresh copy of the valid folder, selected through IBO_AGGREGATES_DIR."""
    target = tmp_path / "aggregates"
    shutil.copytree(good_dir, target)
    monkeypatch.setenv("IBO_AGGREGATES_DIR", str(target))
    load.clear_cache()
    yield target
    load.clear_cache()


def _rewrite(path: Path, change) -> None:
    table = pq.read_table(path)
    pq.write_table(change(table), path)


def test_valid_folder_loads_with_contract_dtypes(agg_dir):
    rows = load.check_all()
    assert set(rows) == {t.name for t in schema.TABLES} and rows["sources"] > 0
    for table in schema.TABLES:
        df = load.load_table(table.name)
        assert list(df.columns) == list(table.columns)
        assert {c: str(df[c].dtype) for c in df.columns} == table.columns
    box = load.load_table("climate_box")
    assert box.loc[~box["suppressed"], "mean"].notna().all()
    info = load.meta()
    assert info["organisations"] == "366" and info["synthetic"] == "true"


def test_cache_and_clear(agg_dir):
    first = load.load_table("sources")
    first["title"] = "changed by a caller"  # a caller's change must not reach the cache
    assert (load.load_table("sources")["title"] != "changed by a caller").all()
    (agg_dir / "sources.parquet").unlink()
    load.load_table("sources")  # still cached
    load.clear_cache()
    with pytest.raises(AggregateError, match=r"^sources.parquet: .*file missing"):
        load.load_table("sources")


def test_missing_file(agg_dir):
    (agg_dir / "climate_box.parquet").unlink()
    with pytest.raises(AggregateError, match=r"^climate_box.parquet: .*file missing"):
        load.check_all()


def test_check_started_on_a_thread_gives_the_result_and_the_error(agg_dir, monkeypatch):
    """app.py checks the aggregates while it imports: the waiting function returns what
    check_all returns, or raises its one-line AggregateError."""
    import threading

    wait = load.check_all_started()
    assert wait() == load.check_all()
    load.clear_cache()
    (agg_dir / "climate_box.parquet").unlink()
    names = []
    real = load._read

    def spy(path, table):
        names.append(threading.current_thread().name)
        return real(path, table)

    monkeypatch.setattr(load, "_read", spy)
    wait = load.check_all_started()
    with pytest.raises(AggregateError, match=r"^climate_box.parquet: .*file missing"):
        wait()
    assert names and all(n.startswith("check-aggregates") for n in names)


def test_truncated_file(agg_dir):
    path = agg_dir / "indicator_shares.parquet"
    path.write_bytes(path.read_bytes()[:5000])
    with pytest.raises(AggregateError, match=r"^indicator_shares.parquet: column \(all\): "
                                             r"unreadable Parquet file"):
        load.load_table("indicator_shares")


def test_missing_column(agg_dir):
    _rewrite(agg_dir / "climate_box.parquet", lambda t: t.drop_columns(["median"]))
    with pytest.raises(AggregateError, match=r"^climate_box.parquet: column median: missing"):
        load.load_table("climate_box")


def test_organisation_level_column_is_refused(agg_dir):
    _rewrite(agg_dir / "climate_box.parquet",
             lambda t: t.append_column("org_id", pa.array(["ORG-1"] * t.num_rows)))
    with pytest.raises(AggregateError, match=r"^climate_box.parquet: column org_id: not in "
                                             r"the contract"):
        load.check_all()


def test_wrong_dtype(agg_dir):
    def n_as_text(t: pa.Table) -> pa.Table:
        i = t.schema.get_field_index("n")
        return t.set_column(i, "n", pa.array([str(v) for v in t.column("n").to_pylist()]))
    _rewrite(agg_dir / "climate_variance.parquet", n_as_text)
    with pytest.raises(AggregateError, match=r"^climate_variance.parquet: column n: stored as "
                                             r"string where the contract says Int64"):
        load.load_table("climate_variance")


def _edit_pandas(path: Path, table: schema.Table, edit) -> None:
    df = pd.read_parquet(path)
    changed = edit(df)
    df = df if changed is None else changed
    pq.write_table(pa.Table.from_pandas(df, schema=load.arrow_schema(table),
                                        preserve_index=False), path)


@pytest.mark.parametrize("table,column,edit,message", [
    ("climate_box", "grouping", lambda df: df.__setitem__("grouping", "region"),
     "value not allowed"),
    ("climate_box", "n", lambda df: df.loc.__setitem__(
        (df.index[~df["suppressed"]][0], "n"), 3), "published group with fewer than"),
    ("climate_box", "mean", lambda df: df.loc.__setitem__(
        (df.index[df["suppressed"]][0], "mean"), 3.3), "suppressed row publishes a statistic"),
    ("indicator_shares", "share", lambda df: df.loc.__setitem__(
        (df.index[~df["suppressed"]][0], "share"), 140.0), "value outside 0..100"),
    ("climate_box", "group", lambda df: df.loc.__setitem__(
        (df.index[df["grouping"] == "sector"][0], "group"), "500+"),
     "not a group of grouping 'sector'"),
    ("indicator_shares", "group", lambda df: df.loc.__setitem__(  # categorical columns
        (df.index[df["grouping"] == "sector"][0], "group"),
        df.loc[df.index[df["grouping"] == "size_class"][0], "group"]),
     "not a group of grouping 'sector' (row "),
    ("published_figures", "exactness", lambda df: df.__setitem__("exactness", "roughly"),
     "value not allowed"),
])
def test_bad_values(agg_dir, table, column, edit, message):
    spec = schema.TABLE_BY_NAME[table]
    _edit_pandas(agg_dir / spec.filename, spec, edit)
    with pytest.raises(AggregateError) as info:
        load.load_table(table)
    text = str(info.value)
    assert text.startswith(f"{spec.filename}: column {column}: {message}"), text


def test_check_all_cross_table_sources(agg_dir):
    spec = schema.SOURCES
    _edit_pandas(agg_dir / spec.filename, spec, lambda df: df.drop(index=[0]))
    with pytest.raises(AggregateError, match=r"^published_figures.parquet: column source_id: "
                                             r"not listed in sources.parquet"):
        load.check_all()


def test_unknown_table_name(agg_dir):
    with pytest.raises(AggregateError, match="unknown table"):
        load.load_table("microdata")


def test_loader_imports_no_pipeline_and_reads_only_the_aggregates_dir():
    code = ("import sys, data.load; "
            "assert not any(m == 'pipeline' or m.startswith('pipeline.') for m in sys.modules), "
            "'loader imported the pipeline'")
    subprocess.run([sys.executable, "-c", code], cwd=REPO, check=True)
    source = (REPO / "data" / "load.py").read_text()
    for forbidden in ("from pipeline", "import pipeline", "read_csv", "read_excel", "read_sav"):
        assert forbidden not in source, forbidden


def test_empty_env_var_means_the_shipped_folder(monkeypatch):
    monkeypatch.setenv("IBO_AGGREGATES_DIR", "")
    assert schema.aggregates_dir() == schema.DEFAULT_AGGREGATES_DIR
    monkeypatch.setenv("IBO_AGGREGATES_DIR", "/somewhere/else")
    assert schema.aggregates_dir() == Path("/somewhere/else")
