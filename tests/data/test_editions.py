"""The edition registry and aggregates of several editions in one set of files."""

from __future__ import annotations

import shutil
from pathlib import Path

import pandas as pd
import pytest

from data import load, schema
from pipeline import build, published
from tests.conftest import NO_AUDIT, SECOND_EDITION, make_microdata

REFERENCE = published.REFERENCE_DIR


@pytest.fixture()
def registry() -> pd.DataFrame:
    return published.registry()


def test_registry_lists_the_dutch_and_danish_editions(registry):
    nl = registry[registry["country"].eq("NL")].sort_values("position")
    dk = registry[registry["country"].eq("DK")].sort_values("position")
    assert list(nl["edition"]) == ["IBO-2021", "IBO-2025"]
    assert list(dk["edition"]) == ["IB-1", "IB-2", "IB-3", "IB-4"]
    assert list(registry.columns) == list(schema.EDITIONS.columns)
    assert not registry["aggregates"].any()  # the build sets it
    # the 2025 figures come from a republished press release; the others are first-hand
    assert registry.set_index("edition")["secondary_source"].to_dict() == {
        "IBO-2021": False, "IBO-2025": True, "IB-1": False, "IB-2": False, "IB-3": False,
        "IB-4": False}
    # only NL is unweighted
    assert set(registry.loc[~registry["weighted"], "country"]) == {"NL"}


def test_registry_counts_agree_with_the_published_respondents(registry):
    figures = published.tables()["published_figures"]
    for row in registry.itertuples():
        counts = figures[figures["edition"].eq(row.edition)
                         & figures["indicator"].isin(("survey_respondents", "respondents"))
                         & figures["country"].eq(row.country)]
        assert len(counts), row.edition
        assert set(counts["value"]) == {float(row.organisations)}, row.edition


def test_edition_figures_are_published_with_their_sources():
    tables = published.tables()
    figures, sources = tables["published_figures"], tables["sources"]
    pont = figures[figures["source_id"].eq("NL-PONT-2025")]
    assert {("IBO-2025", "innovation_share", 76.0), ("IBO-2025", "innovation_type", 37.0),
            ("IBO-2021", "innovation_type", 62.0)} <= set(
        zip(pont["edition"], pont["indicator"], pont["value"]))
    assert set(figures["source_id"]) <= set(sources["source_id"])
    assert {"NL-PONT-2025", "NL-RIC-2025", "DK-DST-2023"} <= set(sources["source_id"])
    # press releases number no figures: figure is empty, never invented
    assert (pont["figure"] == "").all()


def _copy_reference(tmp_path: Path) -> Path:
    target = tmp_path / "reference"
    shutil.copytree(REFERENCE, target)
    return target


@pytest.mark.parametrize("edit,message", [
    (lambda s: s.replace("NL-PONT-2025;NL-RIC-2025", "NL-PONT-2025;NL-NOPE"),
     r"edition_registry.csv: row 2, column source_ids: NL-NOPE not listed in sources.md"),
    (lambda s: s.replace("IB-4,DK,IB 4,4", "IB-3,DK,IB 4,4"),
     r"edition_registry.csv: row 6, column edition: listed twice"),
    (lambda s: s.replace("IB-4,DK,IB 4,4", "IB-4,SE,IB 4,4"),
     r"edition_registry.csv: row 6, column country: not one of NL, DK"),
    (lambda s: s.replace(",347,", ",350,"),
     r"edition IBO-2025, column organisations: 350 but NL-RIC-2025 publishes 347"),
])
def test_a_bad_registry_stops_with_file_row_and_column(tmp_path, edit, message):
    ref = _copy_reference(tmp_path)
    path = ref / published.REGISTRY_FILE
    path.write_text(edit(path.read_text(encoding="utf-8")), encoding="utf-8")
    with pytest.raises(published.ReferenceError, match=message):
        published.tables(ref)


def test_every_group_level_table_and_meta_carry_the_edition():
    for name in schema.EDITION_TABLES:
        assert next(iter(schema.TABLE_BY_NAME[name].columns)) == schema.EDITION_COLUMN
    assert "edition" in schema.PUBLISHED_FIGURES.columns


@pytest.fixture()
def two(two_editions_dir, monkeypatch):
    monkeypatch.setenv("IBO_AGGREGATES_DIR", str(two_editions_dir))
    load.clear_cache()
    yield two_editions_dir
    load.clear_cache()


def test_a_second_edition_is_built_onto_the_first(two):
    rows = load.check_all()
    assert load.editions_with_aggregates() == ("IBO-2021", SECOND_EDITION)
    assert load.default_edition() == SECOND_EDITION
    for name in ("climate_box", "climate_variance", "climate_percentiles", "indicator_shares"):
        first, second = load.load_table(name, "IBO-2021"), load.load_table(name, SECOND_EDITION)
        assert len(first) + len(second) == rows[name]
        assert set(first["edition"].astype(str)) == {"IBO-2021"}
        assert load.load_table(name).equals(second)  # the default is the latest edition
    assert load.meta("IBO-2021")["seed"] == "2021"
    assert load.meta()["seed"] == "2025" and load.meta()["edition"] == SECOND_EDITION
    # a different seed: the second edition's numbers really differ (the whole population's
    # mean is calibrated to the report in both, so compare every group's statistics)
    box = {e: load.load_table("climate_box", e) for e in ("IBO-2021", SECOND_EDITION)}
    stats = {e: b[["mean", "median", "n"]].reset_index(drop=True) for e, b in box.items()}
    assert not stats["IBO-2021"].equals(stats[SECOND_EDITION])


def test_rebuilding_one_edition_keeps_the_other(two, tmp_path):
    out = tmp_path / "agg"
    shutil.copytree(two, out)
    assert build.main(["--out", str(out), *NO_AUDIT]) == 0  # IBO-2021 again
    editions = pd.read_parquet(out / "editions.parquet")
    assert set(editions.loc[editions["aggregates"], "edition"]) == {"IBO-2021", SECOND_EDITION}
    assert build.main(["--out", str(out), "--fresh", *NO_AUDIT]) == 0
    editions = pd.read_parquet(out / "editions.parquet")
    assert set(editions.loc[editions["aggregates"], "edition"]) == {"IBO-2021"}
    assert set(pd.read_parquet(out / "meta.parquet")["edition"]) == {"IBO-2021"}


@pytest.mark.parametrize("args,message", [
    (["--edition", "IBO-2099"], "build failed: --edition IBO-2099: not in edition_registry.csv"),
    (["--edition", "IB-3"], "build failed: --edition IB-3: a DK edition"),
])
def test_unknown_or_danish_edition_stops_with_one_line(tmp_path, capsys, args, message):
    assert build.main(["--out", str(tmp_path / "agg"), *args]) == 1
    err = capsys.readouterr().err.strip()
    assert err.startswith(message) and "\n" not in err


def test_input_of_another_edition_is_refused(tmp_path, capsys):
    path = tmp_path / "micro.csv"
    make_microdata(60, seed=3).to_csv(path, index=False)
    assert build.main(["--input", str(path), "--edition", SECOND_EDITION,
                       "--out", str(tmp_path / "agg")]) == 1
    assert "micro.csv: column edition: holds 'IBO-2021' where --edition IBO-2025 was given" in \
        capsys.readouterr().err


def test_edition_rows_of_a_missing_edition_fail_the_start_up_check(two, tmp_path, monkeypatch):
    out = tmp_path / "agg"
    shutil.copytree(two, out)
    editions = pd.read_parquet(out / "editions.parquet")
    editions.loc[editions["edition"].eq(SECOND_EDITION), "aggregates"] = False
    editions.to_parquet(out / "editions.parquet", index=False)
    monkeypatch.setenv("IBO_AGGREGATES_DIR", str(out))
    load.clear_cache()
    with pytest.raises(load.AggregateError,
                       match="column edition: IBO-2025 has rows but editions.parquet says"):
        load.check_all()
