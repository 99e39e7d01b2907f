"""Command line: python -m pipeline.audit (see pipeline/audit/__init__.py)."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

import numpy as np
import pandas as pd

from data import schema
from pipeline import audit
from pipeline.audit.findings import AttackResult

MAX_LINES = 20


def read_tables(folder: Path, edition: str | None = None) -> dict[str, pd.DataFrame]:
    """The aggregate tables the auditor reads, straight from their Parquet files: the rows of
    one edition (a set of files may hold several; default: all rows)."""
    tables = {name: pd.read_parquet(Path(folder) / f"{name}.parquet")
              for name in audit.AGGREGATE_TABLES}
    if edition is None:
        return tables
    return {name: frame[frame[schema.EDITION_COLUMN].astype(str) == edition]
            .reset_index(drop=True) if schema.EDITION_COLUMN in frame.columns else frame
            for name, frame in tables.items()}


def table(results: list[AttackResult]) -> str:
    """One line per attack: attacked, findings, best precision, seconds."""
    head = f"{'attack':<16} {'attacked':>8} {'findings':>8}  {'seconds':>7}  best precision"
    lines = [head, "-" * len(head)]
    for r in results:
        lines.append(f"{r.attack:<16} {r.attacked:>8} {len(r.findings):>8}  "
                     f"{r.seconds:>7.1f}  {r.best}")
        lines += [f"{'':<16} note: {n}" for n in r.notes]
    return "\n".join(lines)


def finding_lines(report: audit.Report, limit: int = MAX_LINES) -> list[str]:
    lines = [f.line() for f in report.findings]
    if len(lines) > limit:
        lines = lines[:limit] + [f"... and {len(lines) - limit} more findings"]
    return lines


def main(argv: list[str] | None = None) -> int:
    from pipeline import build

    parser = argparse.ArgumentParser(prog="python -m pipeline.audit",
                                     description=audit.__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--aggregates", type=Path, default=schema.DEFAULT_AGGREGATES_DIR,
                        help="folder with the built Parquet aggregates")
    parser.add_argument("--input", type=Path, help="the microdata the aggregates were built "
                        "from (default: the seeded synthetic microdata)")
    parser.add_argument("--seed", type=int, default=None,
                        help="synthetic seed (default: meta's seed)")
    parser.add_argument("--n", type=int, default=None,
                        help="synthetic organisations (default: meta's count)")
    parser.add_argument("--edition", default=build.DEFAULT_EDITION,
                        help="the edition whose aggregates are audited (default %(default)s)")
    parser.add_argument("--attack", action="append", choices=audit.ATTACKS,
                        help="run only this attack (repeatable)")
    parser.add_argument("--json", action="store_true", help="print the report as JSON")
    args = parser.parse_args(argv)
    np.seterr(all="ignore")
    try:
        tables = read_tables(args.aggregates, args.edition)
    except (OSError, ValueError) as exc:
        print(f"audit failed: {args.aggregates}: {exc}", file=sys.stderr)
        return 2
    meta = dict(zip(tables["meta"]["key"].astype(str), tables["meta"]["value"].astype(str)))
    seed = args.seed if args.seed is not None else int(meta.get("seed") or build.DEFAULT_SEED)
    n = args.n if args.n is not None else int(meta.get("organisations") or build.DEFAULT_N)
    frame, _ = build.microdata_frame(args.input, seed, n, args.edition)
    report = audit.run(frame, tables, tuple(args.attack or audit.ATTACKS))
    if args.json:
        print(json.dumps({"ok": report.ok,
                          "results": [r.as_dict() for r in report.results]}, indent=1))
    else:
        print(table(report.results))
        if report.findings:
            print()
            print("\n".join(finding_lines(report)))
    return 0 if report.ok else 1


if __name__ == "__main__":
    sys.exit(main())
