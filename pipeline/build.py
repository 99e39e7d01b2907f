"""Build the Parquet aggregates the app reads.

    python -m pipeline.build [--input FILE] [--edition IBO-2021] [--out data/aggregates]
                             [--seed 2021] [--n 366] [--min-cell 5]
                             [--reference pipeline/reference] [--fresh] [--timestamp]

Without --input the seeded synthetic microdata (pipeline.synthetic.generate) are used.
--edition names the edition the microdata belong to (an NL row of
pipeline/reference/edition_registry.csv; default IBO-2021). One set of files holds several
editions: the build replaces this edition's rows and keeps the other editions already in
--out (run it once per edition), unless --fresh is given.
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

PIPELINE_VERSION = "2"  # 2: an edition column on every group-level table and meta
DEFAULT_EDITION = q.EDITION
DEFAULT_SEED = 2021
DEFAULT_N = sum(q.SECTOR_COUNTS.values())
# Noise draws the build tries before it gives up (audited_tables).
NOISE_DRAWS = 8
QUARTILE_METHOD = (f"mean of {cellkey.QUANTILE_WINDOW} order statistics around the "
                   "position, plus bounded keyed noise")
# Columns that identify or describe one organisation: never in an aggregate file.
# ("edition" is also a published_figures column and identifies no one.)
ORGANISATION_COLUMNS = (frozenset(microdata.INPUT_COLUMNS) - {"edition"}) | frozenset(
    microdata.DERIVED_COLUMNS)


class BuildError(RuntimeError):
    """The build cannot produce a valid set of aggregates."""


def microdata_frame(input_file: Path | None, seed: int, n: int,
                    edition: str = DEFAULT_EDITION) -> tuple[pd.DataFrame, dict]:
    """The validated, derived microdata of one edition and their provenance for meta.

    provenance["secret"] is the cell-key secret (pipeline/cellkey.py); it never goes into
    meta or any aggregate.
    """
    if input_file is not None:
        frame = microdata.load(input_file)
        other = frame.loc[frame["edition"].astype("string") != edition, "edition"]
        if len(other):
            raise BuildError(f"{Path(input_file).name}: column edition: holds {other.iloc[0]!r} "
                             f"where --edition {edition} was given")
        return frame, {"synthetic": "false", "seed": "", "input_file": Path(input_file).name,
                       "secret": cellkey.real_secret(Path(input_file))}
    from pipeline import synthetic  # lazy: only the synthetic build needs the generator

    raw = synthetic.generate(seed=seed, n=n)
    raw["edition"] = pd.array([edition] * len(raw), dtype="string")
    frame = microdata.prepare(raw, source=f"synthetic microdata (seed {seed}, n {n})")
    return frame, {"synthetic": "true", "seed": str(seed), "input_file": "",
                   "secret": cellkey.synthetic_secret(seed)}


def check_edition(edition: str, registry: pd.DataFrame) -> str:
    """The edition when the registry lists it as a Dutch edition; BuildError otherwise."""
    row = registry[registry["edition"].eq(edition)]
    if row.empty:
        raise BuildError(f"--edition {edition}: not in {published.REGISTRY_FILE} (editions: "
                         + ", ".join(registry["edition"]) + ")")
    if row["country"].iloc[0] != "NL":
        raise BuildError(f"--edition {edition}: a {row['country'].iloc[0]} edition; microdata "
                         "aggregates are built for Dutch editions only")
    return edition


def meta_table(frame: pd.DataFrame, result: aggregate.Result, provenance: dict,
               min_cell: int, timestamp: bool, edition: str = DEFAULT_EDITION) -> pd.DataFrame:
    status = result.status
    rows = {
        "edition": edition,
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
        **ptable_meta(min_cell),
    }
    return pd.DataFrame({"edition": pd.array([edition] * len(rows), dtype="string"),
                         "key": pd.array(list(rows), dtype="string"),
                         "value": pd.array(list(rows.values()), dtype="string")})


def with_edition(frame: pd.DataFrame, edition: str, dtype: str) -> pd.DataFrame:
    """`frame` with the edition column first."""
    out = frame.drop(columns=[schema.EDITION_COLUMN], errors="ignore")
    out.insert(0, schema.EDITION_COLUMN, pd.Series([edition] * len(out), index=out.index,
                                                   dtype="string").astype(dtype))
    return out


def existing_editions(out_dir: Path | None, edition: str) -> dict[str, pd.DataFrame]:
    """The rows of the other editions already in out_dir, per edition table ({} when the
    folder holds no complete, valid set of files: then nothing is kept)."""
    if out_dir is None or not (Path(out_dir) / "meta.parquet").is_file():
        return {}
    kept = {}
    try:
        for name in schema.EDITION_TABLES:
            table = schema.TABLE_BY_NAME[name]
            frame = loader.read_file(Path(out_dir) / table.filename, table)
            kept[name] = frame[frame[schema.EDITION_COLUMN].astype("string") != edition]
    except loader.AggregateError as exc:
        print(f"note: the files in {out_dir} are not kept ({exc})", file=sys.stderr)
        return {}
    return kept


def _combine(name: str, parts: list[pd.DataFrame], order: list[str]) -> pd.DataFrame:
    """Blocks of several editions in registry order, dtypes as the contract says."""
    parts = [p for p in parts if len(p)]
    if len(parts) == 1:
        return parts[0].reset_index(drop=True)
    frame = pd.concat(parts, ignore_index=True)
    rank = {e: i for i, e in enumerate(order)}
    position = frame[schema.EDITION_COLUMN].astype("string").map(rank)
    frame = frame.iloc[np.argsort(position.to_numpy(), kind="stable")].reset_index(drop=True)
    for col, dtype in schema.TABLE_BY_NAME[name].columns.items():
        if str(frame[col].dtype) != dtype:
            frame[col] = frame[col].astype(dtype)
    return frame


def ptable_meta(min_cell: int = schema.MIN_CELL) -> dict[str, str]:
    """The public perturbation table (pipeline/DISCLOSURE.md), for meta."""
    weights = cellkey.COUNT_WEIGHTS
    # a published count stays on its side of min_cell (n' >= min_cell; k' below min_cell
    # exactly when k is)
    count = f"perturb={cellkey.COUNT_BOUND} side={min_cell}"
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
        "precision:climate_box.n": count,
        "precision:climate_variance.n": count,
        "precision:climate_percentiles.n": count,
        "precision:indicator_shares.n": count,
        # share = 100 k' / n' rounded to 0.1; k' within COUNT_BOUND organisations of k
        "precision:indicator_shares.share": f"round=0.1 {count}",
        "precision:climate_box.mean": "round=0.01",
        "precision:climate_box.sd": "round=0.01",
        **{f"precision:climate_box.{c}": f"round=0.01 perturb={cellkey.QUANTILE_BOUND}"
           for c in ("q1", "median", "q3", "lower_whisker", "upper_whisker")},
    }


def build_tables(frame: pd.DataFrame, provenance: dict, min_cell: int,
                 reference_dir: Path, timestamp: bool = False,
                 edition: str = DEFAULT_EDITION, keep: dict[str, pd.DataFrame] | None = None,
                 ) -> tuple[dict[str, pd.DataFrame], aggregate.Result]:
    """Every table of schema.TABLES, validated: this edition's aggregates plus the rows of
    the other editions in `keep` (existing_editions)."""
    reference = published.tables(reference_dir)
    check_edition(edition, reference["editions"])
    result = aggregate.aggregate(frame, min_cell=min_cell, secret=provenance.get("secret"))
    tables = {}
    for name, table in result.tables.items():
        dtype = schema.TABLE_BY_NAME[name].columns[schema.EDITION_COLUMN]
        tables[name] = with_edition(table, edition, dtype)
    tables["meta"] = meta_table(frame, result, provenance, min_cell, timestamp, edition)
    order = list(reference["editions"]["edition"])
    for name, rows in (keep or {}).items():
        tables[name] = _combine(name, [rows, tables[name]], order)
    built = set(tables["climate_box"][schema.EDITION_COLUMN].astype("string"))
    reference["editions"]["aggregates"] = reference["editions"]["edition"].isin(built)
    tables.update(reference)
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
    editions = ", ".join(tables["editions"].loc[tables["editions"]["aggregates"], "edition"])
    lines = [f"editions with aggregates: {editions}",
             f"organisations: {len(frame)} (innovators {int(frame['innovated'].sum())}, "
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
    parser.add_argument("--edition", default=DEFAULT_EDITION,
                        help="edition of the microdata (default %(default)s); the other "
                        "editions in --out are kept")
    parser.add_argument("--fresh", action="store_true",
                        help="do not keep the other editions already in --out")
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
                        "tables built, before anything is written (default: on; "
                        "--no-audit only for tests and experiments)")
    args = parser.parse_args(argv)
    started = time.perf_counter()
    try:
        min_cell = disclosure.check_min_cell(args.min_cell)
        check_edition(args.edition, published.registry(args.reference))
        frame, provenance = microdata_frame(args.input, args.seed, args.n, args.edition)
        keep = {} if args.fresh else existing_editions(args.out, args.edition)
        tables, result = audited_tables(frame, provenance, min_cell, args, keep)
        if tables is None:  # the audit failed: the folder stays as it was
            return 1
        write_tables(tables, args.out)
    except (microdata.MicrodataError, published.ReferenceError, loader.AggregateError,
            BuildError, ValueError) as exc:
        print(f"build failed: {exc}", file=sys.stderr)
        return 1
    print(summary(tables, result, frame, time.perf_counter() - started, args.out))
    return 0


def audit_enforced() -> bool:
    """Whether the disclosure audit is enforced (pipeline/audit/__init__.py ENFORCED)."""
    from pipeline import audit

    return audit.ENFORCED


def audited_tables(frame: pd.DataFrame, provenance: dict, min_cell: int,
                   args: argparse.Namespace, keep: dict[str, pd.DataFrame],
                   ) -> tuple[dict[str, pd.DataFrame] | None, aggregate.Result]:
    """build_tables, audited before anything is written (pipeline/DISCLOSURE.md).

    When the audit finds a result more precise than the goals (rare: bounded noise of
    several cells at the same extreme), the noise is drawn again from the next derived
    secret (cellkey.draw_secret), at most NOISE_DRAWS times. (None, result) when no draw
    passes and the audit is enforced."""
    draws = NOISE_DRAWS if args.audit else 1
    for draw in range(draws):
        secret = cellkey.draw_secret(provenance["secret"], draw)
        tables, result = build_tables(frame, {**provenance, "secret": secret}, min_cell,
                                      args.reference, args.timestamp, args.edition, keep)
        if not args.audit:
            return tables, result
        last = draw == draws - 1
        if audit_build(frame, tables, args.edition, final=last) == 0:
            return tables, result
        if not last:
            print(f"audit: noise draw {draw + 1} of {draws} fails the audit; drawing again")
    return None, result


def audit_build(frame: pd.DataFrame, tables: dict[str, pd.DataFrame],
                edition: str = DEFAULT_EDITION, final: bool = True) -> int:
    """Attack the tables just built for `edition` (pipeline/audit); 1 when an attack beats
    a goal and the audit is enforced (audit.ENFORCED), naming the cell and the attack.
    Not `final`: a draw that will be drawn again (its findings go to stdout)."""
    from pipeline import audit
    from pipeline.audit.__main__ import finding_lines, table

    mine = {}
    for name in audit.AGGREGATE_TABLES:
        part = tables[name]
        if schema.EDITION_COLUMN in part.columns:
            part = part[part[schema.EDITION_COLUMN].astype(str) == edition]
        mine[name] = part.reset_index(drop=True)
    report = audit.run(frame, mine)
    print("disclosure audit:")
    print(table(report.results))
    if report.ok:
        return 0
    stream = sys.stderr if audit.ENFORCED and final else sys.stdout
    for line in finding_lines(report):
        print(f"audit: {line}", file=stream)
    if audit.ENFORCED and not final:
        return 1
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
