"""Build the Parquet aggregates the app reads.

    python -m pipeline.build [--input FILE] [--out data/aggregates] [--seed 2021]
                             [--n 366] [--min-cell 5] [--reference pipeline/reference]
                             [--timestamp]

Without --input the seeded synthetic microdata (pipeline.synthetic.generate) are used.
Steps: read + validate microdata, derive scores, aggregate, disclosure control, validate
every table against data/schema.py, write one Parquet file per table, print a summary.
Output is deterministic (no timestamp unless --timestamp) and never holds an
organisation-level column.
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq

from data import load as loader
from data import questionnaire as q
from data import schema
from pipeline import aggregate, cellkey, disclosure, microdata, published

PIPELINE_VERSION = "1"
DEFAULT_SEED = 2021
DEFAULT_N = sum(q.SECTOR_COUNTS.values())
QUARTILE_METHOD = (f"mean of {cellkey.QUANTILE_WINDOW} order statistics around the "
                   "position, plus bounded keyed noise")
# Columns that identify or describe one organisation: never in an aggregate file.
# ("edition" is also a published_figures column and identifies no one.)
ORGANISATION_COLUMNS = (frozenset(microdata.INPUT_COLUMNS) - {"edition"}) | frozenset(
    microdata.DERIVED_COLUMNS)


class BuildError(RuntimeError):
    """The build cannot produce a valid set of aggregates."""


def microdata_frame(input_file: Path | None, seed: int, n: int) -> tuple[pd.DataFrame, dict]:
    """The validated, derived microdata and their provenance for meta.

    provenance["secret"] is the cell-key secret (pipeline/cellkey.py); it never goes into
    meta or any aggregate.
    """
    if input_file is not None:
        frame = microdata.load(input_file)
        return frame, {"synthetic": "false", "seed": "", "input_file": Path(input_file).name,
                       "secret": cellkey.real_secret(Path(input_file))}
    from pipeline import synthetic  # lazy: only the synthetic build needs the generator

    raw = synthetic.generate(seed=seed, n=n)
    frame = microdata.prepare(raw, source=f"synthetic microdata (seed {seed}, n {n})")
    return frame, {"synthetic": "true", "seed": str(seed), "input_file": "",
                   "secret": cellkey.synthetic_secret(seed)}


def meta_table(frame: pd.DataFrame, result: aggregate.Result, provenance: dict,
               min_cell: int, timestamp: bool) -> pd.DataFrame:
    status = result.status
    rows = {
        "edition": q.EDITION,
        "synthetic": provenance["synthetic"],
        "seed": provenance["seed"],
        "organisations": str(len(frame)),
        "innovators": str(int(frame["innovated"].sum())),
        "scored": str(int(frame["climate_score"].notna().sum())),
        "min_cell": str(min_cell),
        "small_group": str(schema.SMALL_GROUP),
        "built_at": time.strftime("%Y-%m-%dT%H:%M:%S%z") if timestamp else "",
        "pipeline_version": PIPELINE_VERSION,
        "input_file": provenance["input_file"],
        "quartile_method": QUARTILE_METHOD,
        "cells": str(len(result.cells.keys)),
        "organisation_sets": str(len(status)),
        "sets_withheld": str(int((status == disclosure.WITHHELD).sum())),
        **ptable_meta(),
    }
    return pd.DataFrame({"key": pd.array(list(rows), dtype="string"),
                         "value": pd.array(list(rows.values()), dtype="string")})


def ptable_meta() -> dict[str, str]:
    """The public perturbation table (pipeline/DISCLOSURE.md), for meta."""
    weights = cellkey.COUNT_WEIGHTS
    return {
        "disclosure_method": "cell-key perturbation (pipeline/DISCLOSURE.md)",
        "ptable_count": "; ".join(f"{d:+d}:{w}/{weights.sum()}"
                                  for d, w in zip(cellkey.COUNT_NOISE, weights)),
        "count_bound": str(cellkey.COUNT_BOUND),
        "sum_bound": f"min({cellkey.SUM_BOUND}, {cellkey.SUM_BOUND_BASE} + "
                     f"{cellkey.SUM_BOUND_SLOPE} n')",
        "ss_bound": str(cellkey.SS_BOUND),
        "quantile_bound": str(cellkey.QUANTILE_BOUND),
        "quantile_window": str(cellkey.QUANTILE_WINDOW),
        "box_min_n": str(schema.BOX_MIN_N),
        "percentile_bands": " ".join(f"{b:g}" for b in disclosure.PERCENTILE_BANDS),
        "public_margins": "n exact for: all organisations, each sector, each cluster (base "
                          "all), all innovators, all organisations with a score",
        # The auditor's reading (pipeline/audit): precision per published column.
        "precision:climate_box.n": f"perturb={cellkey.COUNT_BOUND}",
        "precision:climate_variance.n": f"perturb={cellkey.COUNT_BOUND}",
        "precision:climate_percentiles.n": f"perturb={cellkey.COUNT_BOUND}",
        "precision:indicator_shares.n": f"perturb={cellkey.COUNT_BOUND}",
        # share = 100 k' / n' rounded to 0.1; k' within COUNT_BOUND organisations of k
        "precision:indicator_shares.share": f"round=0.1 perturb={cellkey.COUNT_BOUND}",
        "precision:climate_box.mean": "round=0.01",
        "precision:climate_box.sd": "round=0.01",
        **{f"precision:climate_box.{c}": f"round=0.01 perturb={cellkey.QUANTILE_BOUND}"
           for c in ("q1", "median", "q3", "lower_whisker", "upper_whisker")},
    }


def build_tables(frame: pd.DataFrame, provenance: dict, min_cell: int,
                 reference_dir: Path, timestamp: bool = False,
                 ) -> tuple[dict[str, pd.DataFrame], aggregate.Result]:
    """Every table of schema.TABLES, validated."""
    result = aggregate.aggregate(frame, min_cell=min_cell, secret=provenance.get("secret"))
    tables = dict(result.tables)
    tables.update(published.tables(reference_dir))
    tables["meta"] = meta_table(frame, result, provenance, min_cell, timestamp)
    for table in schema.TABLES:
        if table.name not in tables:
            raise BuildError(f"{table.filename}: not produced by the pipeline")
        leaked = ORGANISATION_COLUMNS & set(tables[table.name].columns)
        if leaked:
            raise BuildError(f"{table.filename}: column {sorted(leaked)[0]}: "
                             "organisation-level column in an aggregate")
        loader.validate_table(table.name, tables[table.name], f"{table.filename} (build)")
    return tables, result


def write_tables(tables: dict[str, pd.DataFrame], out_dir: Path) -> None:
    """Write each table atomically; then check that no file in out_dir is organisation-level."""
    out_dir.mkdir(parents=True, exist_ok=True)
    for table in schema.TABLES:
        arrow = pa.Table.from_pandas(tables[table.name], schema=loader.arrow_schema(table),
                                     preserve_index=False)
        target = out_dir / table.filename
        tmp = target.with_suffix(".parquet.tmp")
        pq.write_table(arrow, tmp, compression="zstd")
        os.replace(tmp, target)
    for path in sorted(out_dir.glob("*.parquet")):
        names = set(pq.read_schema(path).names)
        leaked = ORGANISATION_COLUMNS & names
        if leaked:
            raise BuildError(f"{path.name}: column {sorted(leaked)[0]}: organisation-level "
                             f"column in the output folder {out_dir}; remove this file")


def summary(tables: dict[str, pd.DataFrame], result: aggregate.Result, frame: pd.DataFrame,
            seconds: float, out_dir: Path) -> str:
    lines = [f"organisations: {len(frame)} (innovators {int(frame['innovated'].sum())}, "
             f"with a climate score {int(frame['climate_score'].notna().sum())})",
             f"cells: {len(result.cells.keys)}; distinct organisation sets: "
             f"{len(result.status)} (withheld "
             f"{int((result.status == disclosure.WITHHELD).sum())})"]
    for table in schema.TABLES:
        df = tables[table.name]
        line = f"  {table.filename:<28} {len(df):>9,} rows"
        if "suppression" in df.columns:
            counts = df["suppression"].value_counts()
            line += f"  withheld {int(counts.get(schema.WITHHELD, 0)):,}"
        lines.append(line)
    lines.append(f"written to {out_dir} in {seconds:.2f} s")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m pipeline.build", description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--input", type=Path, help="microdata file (CSV, Parquet, XLSX, "
                        "SAV); default: seeded synthetic microdata")
    parser.add_argument("--out", type=Path, default=schema.DEFAULT_AGGREGATES_DIR)
    parser.add_argument("--seed", type=int, default=DEFAULT_SEED)
    parser.add_argument("--n", type=int, default=DEFAULT_N,
                        help="synthetic organisations (default %(default)s)")
    parser.add_argument("--min-cell", type=int, default=schema.MIN_CELL)
    parser.add_argument("--reference", type=Path, default=published.REFERENCE_DIR,
                        help="folder with published_figures.csv and sources.md")
    parser.add_argument("--timestamp", action="store_true",
                        help="record built_at in meta (the files then differ per build)")
    parser.add_argument("--audit", action=argparse.BooleanOptionalAction,
                        default=audit_enforced(),
                        help="run the disclosure audit (python -m pipeline.audit) on the "
                        "tables built (default: on once it is enforced)")
    args = parser.parse_args(argv)
    started = time.perf_counter()
    try:
        min_cell = disclosure.check_min_cell(args.min_cell)
        frame, provenance = microdata_frame(args.input, args.seed, args.n)
        tables, result = build_tables(frame, provenance, min_cell, args.reference,
                                      args.timestamp)
        write_tables(tables, args.out)
    except (microdata.MicrodataError, published.ReferenceError, loader.AggregateError,
            BuildError, ValueError) as exc:
        print(f"build failed: {exc}", file=sys.stderr)
        return 1
    print(summary(tables, result, frame, time.perf_counter() - started, args.out))
    if args.audit:
        return audit_build(frame, tables)
    return 0


def audit_enforced() -> bool:
    """Whether the disclosure audit is enforced (pipeline/audit/__init__.py ENFORCED)."""
    from pipeline import audit

    return audit.ENFORCED


def audit_build(frame: pd.DataFrame, tables: dict[str, pd.DataFrame]) -> int:
    """Attack the tables just built (pipeline/audit); 1 when an attack beats a goal and the
    audit is enforced (audit.ENFORCED), naming the cell and the attack."""
    from pipeline import audit
    from pipeline.audit.__main__ import finding_lines, table

    report = audit.run(frame, tables)
    print("disclosure audit:")
    print(table(report.results))
    if report.ok:
        return 0
    stream = sys.stderr if audit.ENFORCED else sys.stdout
    for line in finding_lines(report):
        print(f"audit: {line}", file=stream)
    if audit.ENFORCED:
        print(f"build failed: the disclosure audit found {len(report.findings)} result(s) "
              "more precise than the protection goals", file=sys.stderr)
        return 1
    print(f"audit: {len(report.findings)} finding(s), not yet enforced "
          "(pipeline/audit/__init__.py ENFORCED)")
    return 0


if __name__ == "__main__":
    np.seterr(all="ignore")
    sys.exit(main())
