"""Microdata contract, derived columns, aggregation statistics and the build CLI."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pandas as pd
import pyarrow.parquet as pq
import pytest

from data import questionnaire as q
from data import schema
from pipeline import aggregate, build, cellkey, disclosure, microdata
from pipeline.microdata import MicrodataError
from tests.conftest import NO_AUDIT, make_microdata

REPO = Path(__file__).resolve().parents[2]


@pytest.fixture()
def raw() -> pd.DataFrame:
    return make_microdata(60, seed=11)


def _csv(df: pd.DataFrame, path: Path, **kw) -> Path:
    df.to_csv(path, index=False, **kw)
    return path


# ------------------------------------------------------------------ the contract

def test_schema_is_built_from_the_codebook():
    names = set(microdata.INPUT_COLUMNS)
    assert {"org_id", "edition", "sector", "cluster", "size_class", "innovated"} <= names
    assert all(q.climate_column(i.key) in names for i in q.CLIMATE_ITEMS)
    for ind in q.INDICATORS:
        if ind.key == "innovation_spectrum":
            assert not any(c.startswith("innovation_spectrum") for c in names)
            continue
        assert set(ind.columns()) <= names
        for col in ind.columns():
            spec = microdata.COLUMN_BY_NAME[col]
            assert spec.innovators_only == (ind.base == "innovators")
            assert spec.kind == {"single": "category", "multi": "boolean",
                                 "likert": "likert"}[ind.kind]
    assert all(microdata.COLUMN_BY_NAME[q.climate_column(i.key)].nullable
               for i in q.CLIMATE_ITEMS)


@pytest.mark.parametrize("yes,no", [("1", "0"), ("ja", "nee"), ("Yes", "No"),
                                    ("TRUE", "false"), (1, 0), (True, False)])
def test_innovated_tokens_are_normalised(raw, yes, no):
    frame = raw.copy()
    frame["innovated"] = np.where(raw["innovated"] == "ja", yes, no).astype(object)
    out = microdata.validate(frame, "x.csv")
    assert out["innovated"].dtype == bool
    assert out["innovated"].tolist() == (raw["innovated"] == "ja").tolist()


def test_csv_parquet_xlsx_and_semicolon_csv_read_the_same(raw, tmp_path):
    expected = microdata.prepare(raw, "frame")
    paths = [_csv(raw, tmp_path / "m.csv"), _csv(raw, tmp_path / "m2.csv", sep=";")]
    raw.to_parquet(tmp_path / "m.parquet")
    raw.to_excel(tmp_path / "m.xlsx", index=False)
    paths += [tmp_path / "m.parquet", tmp_path / "m.xlsx"]
    for path in paths:
        got = microdata.load(path)
        pd.testing.assert_frame_equal(got, expected, obj=path.name)


def test_spss_sav_is_read(raw, tmp_path):
    pyreadstat = pytest.importorskip("pyreadstat")
    frame = raw.copy()
    for col in frame.columns:  # SPSS stores numbers: yes/no as 1/0, missing as sysmis
        if str(frame[col].dtype) in ("boolean", "Int64"):
            frame[col] = frame[col].astype("Float64").astype(float)
    pyreadstat.write_sav(frame, str(tmp_path / "m.sav"))
    got = microdata.load(tmp_path / "m.sav")
    pd.testing.assert_frame_equal(got, microdata.prepare(raw, "frame"))


def _error(tmp_path: Path, df: pd.DataFrame) -> str:
    with pytest.raises(MicrodataError) as info:
        microdata.load(_csv(df, tmp_path / "microdata.csv"))
    return str(info.value)


def test_out_of_range_likert_names_file_row_org_and_column(raw, tmp_path):
    df = raw.copy()
    df["climate__time_for_innovation"] = df["climate__time_for_innovation"].astype(object)
    df.loc[16, "climate__time_for_innovation"] = 7
    msg = _error(tmp_path, df)
    assert msg.splitlines()[0] == ("microdata.csv: row 17 (org_id ORG-17), column "
                                   "climate__time_for_innovation: value 7 outside 1..5")


def test_missing_column(raw, tmp_path):
    msg = _error(tmp_path, raw.drop(columns=["size_class"]))
    assert msg.startswith("microdata.csv: column size_class: missing")


def test_wrong_category(raw, tmp_path):
    df = raw.copy()
    df.loc[4, "sector"] = "Gemeentes"
    msg = _error(tmp_path, df)
    assert msg.startswith("microdata.csv: row 5 (org_id ORG-5), column sector: value "
                          "'Gemeentes' is not a known category")


def test_empty_file_and_header_only(tmp_path):
    (tmp_path / "microdata.csv").write_text("")
    with pytest.raises(MicrodataError, match=r"^microdata.csv: empty file"):
        microdata.load(tmp_path / "microdata.csv")
    (tmp_path / "h.csv").write_text(",".join(microdata.INPUT_COLUMNS) + "\n")
    with pytest.raises(MicrodataError, match=r"^h.csv: no data rows"):
        microdata.load(tmp_path / "h.csv")


def test_duplicate_org_id(raw, tmp_path):
    df = raw.copy()
    df.loc[9, "org_id"] = "ORG-3"
    msg = _error(tmp_path, df)
    assert msg.startswith("microdata.csv: row 10 (org_id ORG-3), column org_id: duplicate "
                          "org_id (first used in row 3)")


def test_truncated_parquet_is_unreadable(raw, tmp_path):
    path = tmp_path / "microdata.parquet"
    raw.to_parquet(path)
    path.write_bytes(path.read_bytes()[: path.stat().st_size // 2])
    with pytest.raises(MicrodataError, match=r"^microdata.parquet: cannot read the file"):
        microdata.load(path)


def test_truncated_csv_names_the_incomplete_row(raw, tmp_path):
    path = _csv(raw, tmp_path / "microdata.csv")
    text = path.read_text()
    path.write_text(text[: text.rindex("\n", 0, len(text) - 1) + 40])  # cut inside last row
    with pytest.raises(MicrodataError, match=r"^microdata.csv: row 60 \(org_id ORG-60\), "
                                             r"column \w+: "):
        microdata.load(path)


def test_binary_file_and_unknown_type(tmp_path):
    (tmp_path / "m.csv").write_bytes(b"\x00\x01\x02\xff" * 100)
    with pytest.raises(MicrodataError, match=r"^m.csv: "):
        microdata.load(tmp_path / "m.csv")
    (tmp_path / "m.json").write_text("{}")
    with pytest.raises(MicrodataError, match=r"^m.json: unsupported file type"):
        microdata.load(tmp_path / "m.json")


def test_innovator_questions_follow_the_base(raw, tmp_path):
    df = raw.copy()
    non = int(np.flatnonzero(df["innovated"] == "nee")[0])
    df.loc[non, "innovation_origin"] = "copied"
    msg = _error(tmp_path, df)
    assert f"row {non + 1} (org_id ORG-{non + 1}), column innovation_origin: must be empty" in msg
    df = raw.copy()
    inn = int(np.flatnonzero(df["innovated"] == "ja")[0])
    df.loc[inn, "technology_role"] = None  # item non-response is allowed
    assert pd.isna(microdata.load(_csv(df, tmp_path / "ok.csv")).loc[inn, "technology_role"])
    for col in microdata.INNOVATION_TYPE_COLUMNS:
        df[col] = df[col].astype(object)
        df.loc[inn, col] = False
    assert (f"row {inn + 1} (org_id ORG-{inn + 1}), column innovation_type: an organisation "
            "that innovated answered the innovation-type question without naming a type") \
        in _error(tmp_path, df)


def test_structural_columns_are_required(raw, tmp_path):
    df = raw.copy()
    df.loc[2, "cluster"] = ""
    df.loc[5, "innovated"] = None
    msg = _error(tmp_path, df)
    assert "microdata.csv: row 3 (org_id ORG-3), column cluster: missing (required)" in msg
    assert "microdata.csv: row 6 (org_id ORG-6), column innovated: missing" in msg


def test_climate_dont_know_is_missing_but_values_must_be_whole(raw, tmp_path):
    df = raw.copy()
    col = "climate__learns_from_mistakes"
    df[col] = df[col].astype(object)
    df.loc[0, col] = "weet niet"
    out = microdata.load(_csv(df, tmp_path / "ok.csv"))
    assert pd.isna(out.loc[0, col])
    df.loc[1, col] = 3.5
    assert "row 2 (org_id ORG-2), column climate__learns_from_mistakes: value '3.5' outside" \
        in _error(tmp_path, df)


# --------------------------------------------------------------- derived columns

def test_derived_columns_follow_the_codebook_rules():
    raw = make_microdata(366, seed=5, p_vague=0.1)
    out = microdata.prepare(raw, "fixture")
    assert out["climate_score"].isna().sum() > 0  # the fixture has unscored organisations
    for i in range(len(raw)):
        answers = [None if pd.isna(v) else float(v)
                   for v in raw.loc[i, list(microdata.SCALE_COLUMNS)]]
        expected = q.scale_score(answers)
        got = out.loc[i, "climate_score"]
        assert (expected is None and pd.isna(got)) or expected == got
        group = out.loc[i, "climate_group"]
        assert (expected is None and pd.isna(group)) or group == q.climate_group(expected)
        n_types = int(sum(bool(raw.loc[i, c]) for c in microdata.INNOVATION_TYPE_COLUMNS
                          if not pd.isna(raw.loc[i, c])))
        spectrum = q.spectrum_category(n_types)
        got = out.loc[i, "innovation_spectrum"]
        assert (spectrum is None and pd.isna(got)) or got == spectrum


def test_derived_columns_in_the_input_are_replaced(raw):
    df = raw.copy()
    df["climate_score"] = 1.0
    out = microdata.prepare(df)
    assert (out["climate_score"].dropna() > 1.0).any()


# ------------------------------------------------------------------- aggregation

@pytest.fixture(scope="module")
def agg():
    frame = microdata.prepare(make_microdata(366), "fixture")
    return frame, aggregate.aggregate(frame, min_cell=5)


def _population(frame: pd.DataFrame, row: pd.Series) -> np.ndarray:
    m = np.ones(len(frame), dtype=bool)
    for fkey, col in (("f_sector", "sector"), ("f_cluster", "cluster"), ("f_size", "size_class")):
        if row[fkey] != "all":
            m &= (frame[col] == row[fkey]).to_numpy()
    if row["f_innovated"] != "all":
        m &= frame["innovated"].to_numpy() == (row["f_innovated"] == "yes")
    return m


def _group(frame: pd.DataFrame, row: pd.Series) -> np.ndarray:
    m = _population(frame, row)
    if row["grouping"] == "innovated":
        m &= frame["innovated"].to_numpy() == (row["group"] == "yes")
    elif row["grouping"] != "all":
        m &= (frame[row["grouping"]] == row["group"]).fillna(False).to_numpy(dtype=bool)
    return m


def _n_ok(published_n, true_n) -> bool:
    """The published n' is the true n perturbed within the public bound (never below 5)."""
    return abs(int(published_n) - true_n) <= cellkey.COUNT_BOUND or \
        (int(published_n) == schema.MIN_CELL and true_n >= schema.MIN_CELL)


def test_box_statistics_match_direct_computation_within_the_perturbation(agg):
    frame, result = agg
    box = result.tables["climate_box"]
    published = box[~box["suppressed"]]
    sample = published.sample(60, random_state=1) if len(published) > 60 else published
    for _, row in sample.iterrows():
        scores = np.sort(frame.loc[_group(frame, row), "climate_score"].dropna()
                         .to_numpy(float))
        n = len(scores)
        assert n >= schema.MIN_CELL and _n_ok(row["n"], n)
        assert abs(row["mean"] - scores.mean()) <= cellkey.sum_bound(row["n"]) / n + 0.006
        ss = ((scores - scores.mean()) ** 2).sum()
        assert (n - 1) * row["sd"] ** 2 == pytest.approx(ss, abs=cellkey.SS_BOUND + 0.05)
        if row["n"] >= schema.BOX_MIN_N:
            assert row["whisker_rule"] == "p10_p90"
            for col, p in (("lower_whisker", 0.1), ("q1", 0.25), ("median", 0.5),
                           ("q3", 0.75), ("upper_whisker", 0.9)):
                lo = int(np.floor((n - 1) * p))
                window = scores[np.clip(np.arange(lo - 1, lo + 3), 0, n - 1)]
                # sorting the five may swap neighbours: compare with the window's range
                assert window.min() - 0.11 <= row[col] <= window.max() + 0.11, col
        else:
            assert row[["q1", "median", "q3", "lower_whisker", "upper_whisker"]].isna().all()


def test_indicator_shares_match_direct_computation_within_the_perturbation(agg):
    frame, result = agg
    shares = result.tables["indicator_shares"]
    exact = shares[~shares["suppressed"] & (shares["share_bound"] == "exact")]
    sample = exact.sample(300, random_state=2)
    for _, row in sample.iterrows():
        members = _group(frame, row)
        ind = row["indicator"]
        if ind == "climate_statement":
            values = frame.loc[members, q.climate_column(row["category"])]
            expected, base = (values >= 4).sum(), members.sum()
        elif ind in ("climate_group", "climate_bin"):
            scores = frame.loc[members, "climate_score"].dropna().to_numpy(float)
            base = len(scores)
            if ind == "climate_group":
                expected = sum(q.climate_group(s) == row["category"] for s in scores)
            else:
                lo, hi = map(float, row["category"].split("-"))
                expected = ((scores >= lo) & ((scores < hi) | (hi == 5.0))).sum()
        else:
            spec = q.INDICATOR_BY_KEY[ind]
            if spec.base == "innovators":
                members = members & frame["innovated"].to_numpy()
            base = members.sum()
            sub = frame.loc[members]
            if spec.kind == "single":
                expected = (sub[ind] == row["category"]).sum()
            elif spec.kind == "multi":
                expected = sub[f"{ind}__{row['category']}"].sum()
            else:
                v = sub[f"{ind}__{row['category']}"]
                expected = (v >= 4).sum() if row["measure"] == "promoting" else (v <= 2).sum()
        assert _n_ok(row["n"], base), row.to_dict()
        k_pub = round(row["share"] * int(row["n"]) / 100.0)
        assert row["share"] == pytest.approx(100.0 * k_pub / int(row["n"]), abs=0.051)
        assert abs(k_pub - expected) <= cellkey.COUNT_BOUND or k_pub == int(row["n"]), \
            row.to_dict()


def test_shares_of_one_question_add_up_roughly(agg):
    _, result = agg
    shares = result.tables["indicator_shares"]
    top = shares[(shares["f_sector"] == "all") & (shares["f_cluster"] == "all")
                 & (shares["f_size"] == "all") & (shares["f_innovated"] == "all")
                 & (shares["grouping"] == "all")]
    slack = 100.0 * cellkey.COUNT_BOUND / 366
    for ind in ("climate_group", "climate_bin"):
        parts = len(top[top["indicator"] == ind])
        assert top[top["indicator"] == ind]["share"].sum() == pytest.approx(
            100.0, abs=parts * slack + 0.1)
    for ind in ("covid_homeworking", "innovation_spectrum"):  # item non-response: < 100
        parts = len(top[top["indicator"] == ind])
        assert 95.0 - parts * slack <= top[top["indicator"] == ind]["share"].sum() \
            <= 100.0 + parts * slack
    assert len(top[top["indicator"] == "climate_bin"]) == len(schema.climate_bin_labels())


def test_variance_is_computed_from_the_published_groups_only(agg):
    _, result = agg
    var, box = result.tables["climate_variance"], result.tables["climate_box"]
    published = var[~var["suppressed"]].sample(40, random_state=3)
    for _, row in published.iterrows():
        groups = box[(box["f_sector"] == row["f_sector"]) & (box["f_cluster"] == row["f_cluster"])
                     & (box["f_size"] == row["f_size"])
                     & (box["f_innovated"] == row["f_innovated"])
                     & (box["grouping"] == row["grouping"]) & ~box["suppressed"]]
        n = groups["n"].to_numpy(float)
        mean = groups["mean"].to_numpy(float)
        grand = (n * mean).sum() / n.sum()
        between = (n * (mean - grand) ** 2).sum()
        within = ((n - 1) * groups["sd"].to_numpy(float) ** 2).sum()
        population = box[(box["f_sector"] == row["f_sector"])
                         & (box["f_cluster"] == row["f_cluster"])
                         & (box["f_size"] == row["f_size"])
                         & (box["f_innovated"] == row["f_innovated"])
                         & (box["grouping"] == "all")]
        assert row["n"] == population["n"].iloc[0] and row["n_groups"] == len(groups) >= 2
        assert row["ss_between"] == pytest.approx(between, abs=1e-9)
        assert row["ss_within"] == pytest.approx(within, abs=1e-9)


def test_percentiles_are_banded_counts(agg):
    frame, result = agg
    pct = result.tables["climate_percentiles"]
    assert len(pct)
    for (grouping, group), rows in pct.groupby(["grouping", "group"], observed=True):
        row = rows.iloc[0]
        scores = frame.loc[_group(frame, row), "climate_score"].dropna().to_numpy(float)
        n = len(scores)
        band = row["pct_band"]
        assert row["n"] >= schema.BOX_MIN_N and n >= schema.SMALL_GROUP
        assert band * n / 100 >= disclosure.BAND_MIN_ORGANISATIONS
        assert np.allclose(rows["score"].to_numpy(), aggregate.percentile_grid())
        # the climate-group cut-offs are left out (a climate group's share is published)
        assert not set(np.round(rows["score"], 2)) & {q.CLIMATE_CUT_LOW, q.CLIMATE_CUT_HIGH}
        assert np.diff(rows["score"]).max() <= 2 * schema.PERCENTILE_STEP + 1e-9
        for _, r in rows.iterrows():
            below = 100 * (scores < r["score"] - 1e-9).mean()
            at = 100 * (scores <= r["score"] + 1e-9).mean()
            assert abs(r["pct_below"] - below) <= band / 2 + 1e-9
            assert abs(r["pct_at_or_below"] - at) <= band / 2 + 1e-9
            assert r["pct_below"] % band == 0 and r["pct_at_or_below"] % band == 0


def test_cube_rows_and_contradictions(agg):
    _, result = agg
    box = result.tables["climate_box"]
    assert len(box) == len(box.drop_duplicates(list(schema.CUBE_KEYS)))
    sub = box[(box["f_sector"] == "Gemeenten") & (box["grouping"] == "sector")]
    assert set(sub["group"]) == {"Gemeenten"}
    assert (box[(box["f_innovated"] == "yes") & (box["grouping"] == "innovated")]["group"]
            == "yes").all()
    shares = result.tables["indicator_shares"]
    innov = shares[shares["indicator"] == "innovation_type"]
    assert not (innov["f_innovated"] == "no").any()
    assert not ((innov["grouping"] == "innovated") & (innov["group"] == "no")).any()
    pops = box[box["grouping"] == "all"]
    assert len(pops) == len(aggregate.populations()) == 405


# ------------------------------------------------------------------------- build

@pytest.fixture(scope="module")
def input_file(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("in") / "microdata.parquet"
    make_microdata(366).to_parquet(path)
    return path


def test_build_writes_valid_deterministic_tables(input_file, tmp_path, capsys):
    out1, out2 = tmp_path / "a", tmp_path / "b"
    assert build.main(["--input", str(input_file), "--out", str(out1), *NO_AUDIT]) == 0
    printed = capsys.readouterr().out
    assert "indicator_shares.parquet" in printed and "withheld" in printed
    assert build.main(["--input", str(input_file), "--out", str(out2), *NO_AUDIT]) == 0
    names = sorted(p.name for p in out1.glob("*.parquet"))
    assert names == sorted(t.filename for t in schema.TABLES)
    for name in names:
        assert (out1 / name).read_bytes() == (out2 / name).read_bytes(), name
        columns = set(pq.read_schema(out1 / name).names)
        assert not columns & build.ORGANISATION_COLUMNS, name
        assert "org_id" not in columns
    meta = pd.read_parquet(out1 / "meta.parquet").set_index("key")["value"]
    assert meta["synthetic"] == "false" and meta["input_file"] == "microdata.parquet"
    assert meta["min_cell"] == str(schema.MIN_CELL) and meta["built_at"] == ""
    assert meta["organisations"] == "366"


def test_build_refuses_min_cell_below_five_and_bad_input(input_file, tmp_path, capsys):
    assert build.main(["--input", str(input_file), "--out", str(tmp_path), "--min-cell",
                       "4"]) == 1
    assert "min_cell must be an integer >= 5" in capsys.readouterr().err
    bad = tmp_path / "bad.csv"
    bad.write_text("org_id\nA\n")
    assert build.main(["--input", str(bad), "--out", str(tmp_path / "o")]) == 1
    assert "bad.csv: column edition: missing" in capsys.readouterr().err
    assert not (tmp_path / "o").exists()



def test_build_fails_on_an_audit_finding_and_writes_nothing(input_file, tmp_path, capsys,
                                                           monkeypatch):
    """The audit is enforced: a finding stops the build before any file is written, and the
    message names the attack and the cell. (A stricter box goal makes the real box attack
    find the published boxes; the other attacks are left out to keep the test quick.)"""
    from pipeline import audit
    from pipeline.audit import findings

    assert audit.ENFORCED and build.audit_enforced()
    real_run = audit.run
    monkeypatch.setattr(findings, "BOX_MIN_N", 10_000)
    monkeypatch.setattr(audit, "run", lambda frame, tables: real_run(frame, tables, ("box",)))
    monkeypatch.setattr(build, "NOISE_DRAWS", 2)
    out = tmp_path / "agg"
    assert build.main(["--input", str(input_file), "--out", str(out)]) == 1
    printed = capsys.readouterr()
    assert "noise draw 1 of 2 fails the audit; drawing again" in printed.out
    assert "audit: box: climate_box[" in printed.err and "box for a group of" in printed.err
    assert "build failed: the disclosure audit found" in printed.err
    assert not out.exists()


@pytest.mark.slow
def test_rebuild_from_seed_reproduces_committed_aggregates(tmp_path):
    """The real build (audit and noise redraws included) reproduces data/aggregates."""
    committed = REPO / "data" / "aggregates"
    if not (committed / "meta.parquet").exists():
        pytest.skip("data/aggregates/ is not committed yet (the lead commits it)")
    pytest.importorskip("pipeline.synthetic", reason="pipeline/synthetic.py has not landed")
    meta = pd.read_parquet(committed / "meta.parquet").set_index("key")["value"]
    if meta["synthetic"] != "true":
        pytest.skip("committed aggregates are not synthetic: cannot rebuild from a seed")
    args = ["--out", str(tmp_path), "--seed", meta["seed"], "--n", meta["organisations"],
            "--min-cell", meta["min_cell"]]
    assert build.main(args) == 0
    for table in schema.TABLES:
        if (tmp_path / table.filename).read_bytes() == (committed / table.filename).read_bytes():
            continue  # byte-for-byte
        new = pd.read_parquet(tmp_path / table.filename)
        old = pd.read_parquet(committed / table.filename)
        if table.name == "meta":
            new, old = (f[f["key"] != "built_at"].reset_index(drop=True) for f in (new, old))
        _assert_frames_equal(new, old, table.filename)


def _assert_frames_equal(new: pd.DataFrame, old: pd.DataFrame, name: str) -> None:
    """Frame equality; categoricals compared by categories and codes (assert_frame_equal
    takes minutes on a million categorical rows in pandas 3)."""
    assert list(new.columns) == list(old.columns) and len(new) == len(old), name
    for col in new.columns:
        a, b = new[col], old[col]
        if isinstance(a.dtype, pd.CategoricalDtype):
            assert list(a.cat.categories) == list(b.cat.categories), (name, col)
            assert np.array_equal(a.cat.codes.to_numpy(), b.cat.codes.to_numpy()), (name, col)
        else:
            pd.testing.assert_series_equal(a, b, obj=f"{name} {col}")


@pytest.mark.slow
def test_one_million_rows_build(tmp_path):
    """The pipeline handles a 1M-row file; its speed is measured in bench/, not asserted here."""
    raw = make_microdata(1_000_000, seed=1)
    frame = microdata.prepare(raw, "1M fixture")
    tables, _ = build.build_tables(frame, {"synthetic": "true", "seed": "1", "input_file": ""},
                                   5, build.published.REFERENCE_DIR)
    build.write_tables(tables, tmp_path)
    box = tables["climate_box"]
    total = box[box["grouping"].eq("all") & box["f_sector"].eq("all") & box["f_cluster"].eq("all")
                & box["f_size"].eq("all") & box["f_innovated"].eq("all")]
    assert abs(int(total["n"].iloc[0]) - int(frame["climate_score"].notna().sum())) \
        <= cellkey.COUNT_BOUND
    shares = tables["indicator_shares"]
    published = shares[~shares["suppressed"]]
    # With a million organisations every measure is published for the whole population.
    overall = published[published["grouping"].eq("all") & published["f_sector"].eq("all")
                        & published["f_cluster"].eq("all") & published["f_size"].eq("all")
                        & published["f_innovated"].eq("all")]
    expected = {(m.indicator, m.category, m.measure) for m in aggregate.measures()}
    assert set(zip(overall["indicator"], overall["category"], overall["measure"])) == expected


def test_tiny_input_suppresses_everything_but_still_builds(tmp_path):
    frame = microdata.prepare(make_microdata(4, seed=4), "tiny")
    tables, result = build.build_tables(frame, {"synthetic": "false", "seed": "",
                                                "input_file": "tiny.csv"}, 5,
                                        build.published.REFERENCE_DIR)
    for name in ("climate_box", "climate_variance", "indicator_shares"):
        assert tables[name]["suppressed"].all(), name
        assert tables[name]["n"].isna().all(), name
    assert tables["climate_percentiles"].empty
    build.write_tables(tables, tmp_path)
    assert len(pd.read_parquet(tmp_path / "climate_percentiles.parquet")) == 0
