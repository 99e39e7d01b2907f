"""The disclosure auditor: attack the built aggregates with the microdata as ground truth.

    python -m pipeline.audit [--aggregates data/aggregates] [--input FILE | --seed 2021
                             --n 366] [--json]

Attacks (one module each; pipeline/DISCLOSURE.md, "The auditor"):
  linear-count, linear-mean, linear-category   pipeline/audit/linear.py
  box                                          pipeline/audit/boxes.py
  bounds, rows, variance                       pipeline/audit/tables.py
  percentile                                   pipeline/audit/percentile.py
The protection goals are named constants in pipeline/audit/findings.py.
Exit code 0 when no attack beats a goal, 1 with one line per finding otherwise.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import pandas as pd

from pipeline.audit.findings import AttackResult, Finding

# The build (pipeline/build.py) fails on any finding when True (and writes nothing).
ENFORCED = True
AGGREGATE_TABLES = ("climate_box", "indicator_shares", "climate_variance",
                    "climate_percentiles", "meta")
ATTACKS = ("linear-count", "linear-mean", "linear-category", "box", "bounds", "percentile",
           "rows", "variance")


@dataclass
class Report:
    """Every attack's result."""

    results: list[AttackResult] = field(default_factory=list)

    @property
    def findings(self) -> list[Finding]:
        return [f for r in self.results for f in r.findings]

    @property
    def ok(self) -> bool:
        return not self.findings

    def by_attack(self) -> dict[str, AttackResult]:
        return {r.attack: r for r in self.results}


def run(frame: pd.DataFrame, tables: dict[str, pd.DataFrame],
        attacks: tuple[str, ...] = ATTACKS) -> Report:
    """Audit published `tables` (schema names) against the derived microdata `frame`."""
    from pipeline.audit import boxes, linear, percentile, statements
    from pipeline.audit import tables as tab
    from pipeline.audit.model import universe

    meta_frame = tables["meta"]
    meta = {str(k): "" if pd.isna(v) else str(v)
            for k, v in zip(meta_frame["key"], meta_frame["value"])}
    uni = universe(frame)
    report = Report()
    if any(a.startswith("linear") for a in attacks):
        report.results += _linear(uni, tables, meta, attacks)
    if "box" in attacks:
        report.results.append(boxes.box_attack(uni, tables["climate_box"], meta))
    if "bounds" in attacks:
        report.results.append(tab.bound_attack(uni, tables["indicator_shares"], meta))
    if "percentile" in attacks:
        report.results.append(percentile.percentile_attack(uni, tables["climate_percentiles"]))
    if "rows" in attacks:
        report.results.append(tab.structure_attack(uni, tables))
    if "variance" in attacks:
        report.results.append(tab.variance_attack(uni, tables))
    return report


def _linear(uni, tables: dict[str, pd.DataFrame], meta: dict[str, str],
            attacks: tuple[str, ...]) -> list[AttackResult]:
    """The linear attacks. A solver failure is a finding (an audit that could not finish
    proves nothing), never a pass; contradicting statements (solver.Infeasible: a reader
    bug or the wrong microdata) raise."""
    from pipeline.audit import linear, statements
    from pipeline.audit.solver import SolverFailure

    wanted = [a for a in ("linear-count", "linear-mean", "linear-category") if a in attacks]
    out: list[AttackResult] = []
    try:
        pub = statements.read(uni, tables, meta)
        tgts = linear.targets(uni, pub)
        count, ca = linear.count_attack(uni, pub, tgts)
        if "linear-count" in attacks:
            out.append(count)
        if "linear-mean" in attacks:
            out.append(linear.mean_attack(uni, pub, tgts, ca))
        if "linear-category" in attacks:
            out.append(linear.category_attack(uni, pub, tgts, ca))
    except SolverFailure as exc:
        done = {r.attack for r in out}
        for attack in wanted:
            if attack not in done:
                res = AttackResult(attack, "Linear programming (not finished)")
                res.add("(every target)", f"audit inconclusive: {exc}")
                res.best = "inconclusive"
                out.append(res)
    return out
