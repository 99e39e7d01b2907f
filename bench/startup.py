"""Cold start: process start to the first 200, the dashboard's gunicorn beside the baseline's.

    .venv/bin/python bench/startup.py [--runs 5] [--baseline ../shared/bench/baseline_app.py]

First the app's modules are byte-compiled as scripts/serve.sh does before it starts gunicorn
(compile_app in scripts/lib.sh; its time is printed: first call, then again when current).
Each run starts `gunicorn -c gunicorn.conf.py app:server` (2 workers) on a free loopback port
and polls GET / every 20 ms until it answers 200; then the same for the baseline app
(`gunicorn baseline_app:server -w 2 --threads 4`). Runs interleave dashboard and baseline.
Also printed: the CPU seconds of `python -c "import app"` (the master's start-up work).
Budget: under 1.5 s to the first 200.
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

from common import ROOT, free_port, header, verdict

BUDGET_S = 1.5


def first_200(command: list[str], cwd: Path, env: dict, port: int) -> float:
    start = time.perf_counter()
    process = subprocess.Popen(command, cwd=cwd, env=env, stdout=subprocess.DEVNULL,
                               stderr=subprocess.DEVNULL)
    try:
        while True:
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{port}/", timeout=5) as r:
                    if r.status == 200:
                        return time.perf_counter() - start
            except OSError:
                pass
            if process.poll() is not None:
                raise RuntimeError(f"{command[1]} exited with {process.returncode}")
            time.sleep(0.02)
    finally:
        process.terminate()
        process.wait(timeout=30)


def compile_app() -> float:
    """scripts/lib.sh's compile_app (as scripts/serve.sh runs it); its wall seconds."""
    start = time.perf_counter()
    subprocess.run(["bash", "-c", "source scripts/lib.sh && compile_app"], cwd=ROOT, check=True,
                   env={**os.environ, "VENV": sys.prefix})
    return time.perf_counter() - start


def import_cpu() -> float:
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    subprocess.run([sys.executable, "-c", "import app"], cwd=ROOT, check=True,
                   env={**os.environ, "PYTHONPATH": str(ROOT)})
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--baseline", type=Path, default=Path("../shared/bench/baseline_app.py"))
    args = parser.parse_args()
    header(f"bench/startup.py: cold start, {args.runs} runs each, interleaved")
    gunicorn = str(Path(sys.executable).with_name("gunicorn"))
    baseline = (ROOT / args.baseline).resolve()
    written, current = compile_app(), compile_app()
    ours, theirs = [], []
    for _ in range(args.runs):
        port = free_port()
        env = {**os.environ, "PORT": str(port), "HOST": "127.0.0.1", "IBO_WORKERS": "2",
               "PYTHONPATH": str(ROOT)}
        ours.append(first_200([gunicorn, "-c", "gunicorn.conf.py", "app:server"], ROOT, env,
                              port))
        if baseline.exists():
            port = free_port()
            theirs.append(first_200([gunicorn, f"{baseline.stem}:server", "-b",
                                     f"127.0.0.1:{port}", "-w", "2", "--threads", "4"],
                                    baseline.parent, {**os.environ}, port))
    cpu = statistics.median(import_cpu() for _ in range(3))
    med = statistics.median(ours)
    print(f"dashboard: first 200 after {med:.2f} s median (min {min(ours):.2f}, max "
          f"{max(ours):.2f}); budget < {BUDGET_S} s: {verdict(med, BUDGET_S)}")
    if theirs:
        print(f"baseline:  first 200 after {statistics.median(theirs):.2f} s median (min "
              f"{min(theirs):.2f}, max {max(theirs):.2f}); ratio "
              f"{med / statistics.median(theirs):.2f}x")
    print(f"`import app`: {cpu:.2f} s CPU (median of 3)")
    print(f"byte-compiling the app's modules (scripts/serve.sh, before gunicorn; in neither "
          f"figure): {written:.2f} s the first time, {current:.2f} s when current")


if __name__ == "__main__":
    main()
