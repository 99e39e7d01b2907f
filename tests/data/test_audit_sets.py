"""The disclosure auditor on whole built sets (issue 10's "done when").

The shipped aggregates (data/aggregates, synthetic seed 2021) must pass every attack of
`pipeline.audit`; the build must publish a set that passes every attack for differently
seeded synthetic sets, for deliberately hostile sets (pipeline.synthetic.hostile: a sector
of 1, a cluster equal to a sector minus one organisation, a sector where everyone answered
the same) and for the random test fixture (tests/conftest.py make_microdata), within its
noise draws (pipeline/build.py audited_tables); the same set published the way the pipeline
did before the protection (exact counts and means, only groups under 5 withheld) must fail.
Each full audit costs about half a minute of CPU: these tests are marked slow (the README's
test command runs them).
"""

from __future__ import annotations

import argparse

import numpy as np
import pandas as pd
import pytest

from data import schema
from pipeline import audit, build, cellkey, microdata, published, synthetic
from pipeline.audit.__main__ import finding_lines, read_tables
from pipeline.audit.model import universe
from tests.conftest import make_microdata

pytestmark = pytest.mark.slow


def prepared(raw: pd.DataFrame, seed: int) -> tuple[pd.DataFrame, dict]:
    """Derived microdata and the provenance a synthetic build gives them."""
    raw = raw.copy()
    raw["edition"] = pd.array([build.DEFAULT_EDITION] * len(raw), dtype="string")
    frame = microdata.prepare(raw, source=f"audit set (seed {seed})")
    return frame, {"synthetic": "true", "seed": str(seed), "input_file": "",
                   "secret": cellkey.synthetic_secret(seed)}


def test_the_shipped_aggregates_pass_every_attack():
    """python -m pipeline.audit on data/aggregates: the files as they are committed."""
    tables = read_tables(schema.DEFAULT_AGGREGATES_DIR, build.DEFAULT_EDITION)
    meta = dict(zip(tables["meta"]["key"].astype(str), tables["meta"]["value"].astype(str)))
    assert meta["synthetic"] == "true"
    frame, _ = build.microdata_frame(None, int(meta["seed"]), int(meta["organisations"]))
    report = audit.run(frame, tables)
    assert [r.attack for r in report.results] == list(audit.ATTACKS)
    assert report.ok, "\n".join(finding_lines(report))


SETS = {
    "reseeded (seed 7)": lambda: (synthetic.generate(seed=7), 7),
    "reseeded (seed 42)": lambda: (synthetic.generate(seed=42), 42),
    "hostile (seed 7)": lambda: (synthetic.hostile(seed=7), 7),
    "hostile (seed 11)": lambda: (synthetic.hostile(seed=11), 11),
    "random fixture (366)": lambda: (make_microdata(366), 7),
}
OPEN = pytest.mark.xfail(
    strict=True, raises=AssertionError,
    reason="open leak (pipeline/DISCLOSURE.md, status): in the random fixture's tiny clusters "
           "a published part (at least 5) and the public total leave the rest 0 or 1, and "
           "every noise draw pins some of them; the build refuses the set")
PARAMS = [pytest.param(name, marks=OPEN) if name.startswith("random") else name
          for name in SETS]


@pytest.mark.parametrize("name", PARAMS)
def test_the_build_publishes_a_set_that_passes_every_attack(name, capsys):
    frame, provenance = prepared(*SETS[name]())
    args = argparse.Namespace(audit=True, reference=published.REFERENCE_DIR, timestamp=False,
                              edition=build.DEFAULT_EDITION)
    tables, _ = build.audited_tables(frame, provenance, schema.MIN_CELL, args, {})
    printed = capsys.readouterr()
    assert tables is not None, f"{name}: no noise draw passes\n{printed.err}"
    # the draw the build publishes passed every attack (audit_build printed its table)
    last = printed.out.rsplit("disclosure audit:", 1)[1]
    lines = last.splitlines()
    assert all(any(line.split(" ", 1)[0] == a for line in lines) for a in audit.ATTACKS)
    assert not [line for line in last.splitlines() if line.startswith("audit: ")], last


def test_the_hostile_set_is_hostile():
    """The edits pipeline.synthetic.hostile promises are in the set it returns."""
    raw = synthetic.hostile(seed=7)
    sector, cluster = raw["sector"].astype(str), raw["cluster"].astype(str)
    assert (sector == synthetic.HOSTILE_SINGLE_SECTOR).sum() == 1
    near_sector, _ = synthetic.HOSTILE_NEAR_CLUSTER
    in_sector = sector == near_sector
    in_cluster = cluster == near_sector
    assert (in_cluster & ~in_sector).sum() == 0 and (in_sector & ~in_cluster).sum() == 1
    answers = raw.loc[sector == synthetic.HOSTILE_UNIFORM_SECTOR,
                      [c for c in raw.columns if c.startswith("climate__")]]
    assert len(answers) >= 5 and (answers == synthetic.HOSTILE_UNIFORM_ANSWER).all().all()


def unprotected(frame: pd.DataFrame, tables: dict[str, pd.DataFrame]) -> dict[str, pd.DataFrame]:
    """The tables as the pipeline published them before the protection: every group of 5 or
    more with its exact n, mean and sd (climate_box), groups under 5 withheld, and meta
    without the perturbation bounds (the auditor then reads every value as exact)."""
    uni = universe(frame)
    box = tables["climate_box"].copy()
    keys = list(schema.CUBE_KEYS)
    n, mean, sd = [], [], []
    for row in box[keys].astype(str).to_dict("records"):
        mask = uni.mask(**row, base="scored")
        count = uni.true_n[mask].sum()
        total, squares = uni.true_s[mask].sum(), uni.true_q[mask].sum()
        n.append(count)
        mean.append(total / count if count else np.nan)
        sd.append(np.sqrt(max(squares - total ** 2 / count, 0.0) / (count - 1))
                  if count > 1 else np.nan)
    n = np.array(n)
    shown = n >= schema.MIN_CELL
    box["n"] = pd.array(np.where(shown, n, 0).astype(np.int64), dtype="Int64")
    box.loc[~shown, "n"] = pd.NA
    box["suppressed"] = ~shown
    box["suppression"] = pd.array(np.where(shown, "", schema.WITHHELD), dtype="string")
    box["mean"] = np.where(shown, mean, np.nan)
    box["sd"] = np.where(shown, sd, np.nan)
    meta = tables["meta"]
    meta = meta[~meta["key"].astype(str).str.startswith("precision:climate_box.")
                & (meta["key"].astype(str) != "sum_bound")].reset_index(drop=True)
    return {**tables, "climate_box": box, "meta": meta}


def test_unprotected_aggregates_fail():
    """Exact counts and means (only groups under 5 withheld): differencing recovers withheld
    groups, so the auditor must find them; the same set protected passes (above)."""
    frame, provenance = prepared(synthetic.generate(seed=2021), 2021)
    tables, _ = build.build_tables(frame, provenance, schema.MIN_CELL,
                                   published.REFERENCE_DIR)
    tables = {name: tables[name] for name in audit.AGGREGATE_TABLES}
    report = audit.run(frame, unprotected(frame, tables), ("linear-count", "linear-mean"))
    found = report.by_attack()
    assert found["linear-count"].findings, "unprotected counts must be recoverable"
    assert found["linear-mean"].findings, "unprotected means must be recoverable"
    assert any("withheld" in f.cell for f in report.findings)
