"""Shared test set-up: Chromium flags for browser tests, the session app, a microdata fixture."""

from __future__ import annotations

import shutil
import socket
import subprocess
import time

import numpy as np
import pandas as pd
import pytest

from data import questionnaire as q


def pytest_configure(config):
    """Live-session rooms of the test session go to a temporary folder, never the checkout's
    instance/ (set before the app is imported; subprocesses inherit it)."""
    import os
    import tempfile

    os.environ.setdefault("IBO_DATA_DIR", tempfile.mkdtemp(prefix="ibo-test-data-"))
    os.environ.pop("IBO_REDIS_URL", None)


def pytest_setup_options():
    """Options for dash_duo's Chrome driver (Debian chromium, no network chatter)."""
    from selenium.webdriver.chrome.options import Options

    options = Options()
    for flag in ("--disable-background-networking", "--disable-component-update",
                 "--disable-sync", "--no-first-run", "--disable-quic",
                 "--window-size=1400,1000"):
        options.add_argument(flag)
    return options


@pytest.fixture(scope="session")
def dash_app():
    """The one Dash app of the test session. Callbacks registered with `dash.callback` attach
    to the first app that serves a request, so a second instance (another `import_app("app")`)
    would have none: every test module must use this fixture."""
    import app

    return app.app


def make_microdata(n: int = 366, seed: int = 7, p_dont_know: float = 0.04,
                   p_vague: float = 0.02) -> pd.DataFrame:
    """A seeded random raw microdata frame that follows the microdata contract.

    With n=366 the sector x cluster counts are exactly the codebook crosswalk (so Provincies
    has 3 and Hoge Colleges van Staat 4 organisations); otherwise pairs are drawn in
    proportion. Answers are random, not calibrated: this is a test fixture, not the
    synthetic data set. A share p_vague of organisations answers "weet niet" half of the
    time, so some get no climate score.
    """
    rng = np.random.default_rng(seed)
    pairs = [(s, c, k) for s, row in q.SECTOR_CLUSTER_CROSSWALK.items() for c, k in row.items()]
    counts = np.array([k for _, _, k in pairs])
    if n == counts.sum():
        idx = np.repeat(np.arange(len(pairs)), counts)
    else:
        idx = rng.choice(len(pairs), size=n, p=counts / counts.sum())
    innovated = rng.random(n) < 0.86
    df = {"org_id": [f"ORG-{i + 1}" for i in range(n)],
          "edition": q.EDITION,
          "sector": [pairs[i][0] for i in idx], "cluster": [pairs[i][1] for i in idx],
          "size_class": rng.choice(q.SIZE_CLASSES, size=n, p=[0.3, 0.3, 0.2, 0.2]),
          "innovated": np.where(innovated, "ja", "nee")}
    level = rng.normal(3.8, 0.45, size=n)
    p_missing = np.where(rng.random(n) < p_vague, 0.5, p_dont_know)
    for item in q.CLIMATE_ITEMS:
        answer = np.clip(np.rint(level + rng.normal(0, 0.8, size=n)), 1, 5)
        df[q.climate_column(item.key)] = np.where(rng.random(n) < p_missing, np.nan, answer)
    for ind in q.INDICATORS:
        if ind.key == "innovation_spectrum":
            continue
        base = innovated if ind.base == "innovators" else np.ones(n, dtype=bool)
        base = base & (rng.random(n) >= 0.01)  # 1% item non-response per question
        if ind.kind == "single":
            values = rng.choice(ind.categories, size=n)
            df[ind.key] = np.where(base, values, None)
        elif ind.kind == "multi":
            p = rng.uniform(0.1, 0.7, size=len(ind.categories))
            for col, pc in zip(ind.columns(), p):
                df[col] = pd.array(np.where(base, rng.random(n) < pc, None), dtype="boolean")
        else:
            for col in ind.columns():
                values = rng.integers(1, 6, size=n).astype(float)
                df[col] = pd.array(np.where(base, values, np.nan), dtype="Float64").astype(
                    "Int64")
    frame = pd.DataFrame(df)
    types = list(q.INDICATOR_BY_KEY["innovation_type"].columns())
    none = innovated & frame[types].notna().all(axis=1).to_numpy() \
        & ~frame[types].fillna(False).any(axis=1).to_numpy()
    frame.loc[none, types[2]] = True  # innovators name at least one type
    return frame


@pytest.fixture(scope="session")
def raw366() -> pd.DataFrame:
    return make_microdata(366)


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.fixture(scope="session")
def redis_url(tmp_path_factory):
    """A redis-server of its own (Debian's; scripts/test.sh installs it), stopped at the end."""
    binary = shutil.which("redis-server")
    if binary is None:
        pytest.fail("redis-server is missing: run `bash scripts/test.sh` (it installs it)")
    port = free_port()
    folder = tmp_path_factory.mktemp("redis")
    proc = subprocess.Popen([binary, "--port", str(port), "--bind", "127.0.0.1", "--save", "",
                             "--appendonly", "no", "--dir", str(folder)],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    import redis

    client = redis.Redis(port=port)
    for _ in range(100):
        try:
            client.ping()
            break
        except redis.ConnectionError:
            time.sleep(0.05)
    else:
        proc.kill()
        pytest.fail("redis-server did not start")
    yield f"redis://127.0.0.1:{port}/0"
    proc.terminate()
    proc.wait(timeout=10)



SECOND_EDITION = "IBO-2025"
# Builds whose subject is not the disclosure audit skip it (half a minute of CPU each); the
# audit of built sets is tested in tests/data/test_audit_sets.py and test_pipeline.py.
NO_AUDIT = ("--no-audit",)


@pytest.fixture(scope="session")
def two_editions_dir(tmp_path_factory):
    """An aggregates folder with two Dutch editions of synthetic microdata: the shipped build
    (seed 2021) and a second one built onto it as IBO-2025 (seed 2025), as a user would with
    `python -m pipeline.build --edition IBO-2025`."""
    from pipeline import build

    out = tmp_path_factory.mktemp("two-editions")
    assert build.main(["--out", str(out), *NO_AUDIT]) == 0
    assert build.main(["--out", str(out), "--edition", SECOND_EDITION, "--seed", "2025",
                       *NO_AUDIT]) == 0
    return out


