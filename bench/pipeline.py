"""Pipeline time: the 366-organisation set and a 1,000,000-row synthetic set.

    .venv/bin/python bench/pipeline.py [--rows 1000000] [--runs 3]

For each size: generate the synthetic microdata (pipeline.synthetic.generate, the generator
scaled up: counts proportional, largest remainder), then build, timed separately:
validate + derive (microdata.prepare), aggregate + disclosure control + validate every
table (build.build_tables), write the Parquet files (build.write_tables) into a temporary
folder. Wall and CPU time; medians of --runs runs for 366 rows, one run for the big set
(plus peak memory of this process). Budget: build < 10 s on 1,000,000 rows.
"""

from __future__ import annotations

import argparse
import resource
import statistics
import tempfile
import time
from pathlib import Path

from common import header, verdict

BUDGET_S = 10.0


def timed(fn):
    started, cpu = time.perf_counter(), time.process_time()
    out = fn()
    return out, time.perf_counter() - started, time.process_time() - cpu


def one(rows: int, seed: int) -> dict[str, tuple[float, float]]:
    from pipeline import build, microdata, synthetic

    raw, *gen = timed(lambda: synthetic.generate(seed=seed, n=rows))
    frame, *prep = timed(lambda: microdata.prepare(
        raw, source=f"synthetic microdata (seed {seed}, n {rows})"))
    provenance = {"synthetic": "true", "seed": str(seed), "input_file": ""}
    (tables, _), *agg = timed(lambda: build.build_tables(
        frame, provenance, build.schema.MIN_CELL, build.published.REFERENCE_DIR))
    with tempfile.TemporaryDirectory() as out:
        _, *write = timed(lambda: build.write_tables(tables, Path(out)))
        size = sum(p.stat().st_size for p in Path(out).glob("*.parquet"))
    build_wall = prep[0] + agg[0] + write[0]
    build_cpu = prep[1] + agg[1] + write[1]
    return {"generate": tuple(gen), "validate+derive": tuple(prep),
            "aggregate+disclosure+validate": tuple(agg), "write": tuple(write),
            "build (all but generate)": (build_wall, build_cpu),
            "_rows": {k: len(v) for k, v in tables.items()}, "_bytes": size}


def show(title: str, runs: list[dict]) -> float:
    print(title)
    print(f"  {'step':<32} {'wall s':>8} {'CPU s':>8}")
    for step in runs[0]:
        if step.startswith("_"):
            continue
        wall = statistics.median(r[step][0] for r in runs)
        cpu = statistics.median(r[step][1] for r in runs)
        print(f"  {step:<32} {wall:>8.2f} {cpu:>8.2f}")
    rows = runs[0]["_rows"]
    print(f"  output: {', '.join(f'{k} {v:,}' for k, v in rows.items())} rows; "
          f"{runs[0]['_bytes'] / 1e6:.2f} MB Parquet")
    return statistics.median(r["build (all but generate)"][0] for r in runs)


def main() -> None:
    import numpy as np

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=1_000_000)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--seed", type=int, default=2021)
    args = parser.parse_args()
    np.seterr(all="ignore")
    header("bench/pipeline.py: synthetic generation and the aggregate build")
    small = show(f"366 organisations (median of {args.runs})",
                 [one(366, args.seed) for _ in range(args.runs)])
    big_run = one(args.rows, args.seed)
    big = show(f"\n{args.rows:,} rows (one run)", [big_run])
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    cpu = big_run["build (all but generate)"][1]
    print(f"\npeak memory of this process: {peak:,.0f} MB")
    print(f"366 rows: build {small:.2f} s")
    print(f"budget build < {BUDGET_S:g} s on {args.rows:,} rows: {big:.2f} s wall "
          f"({cpu:.2f} s CPU) {verdict(big, BUDGET_S)}")


if __name__ == "__main__":
    main()
