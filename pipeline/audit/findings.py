"""Protection goals, findings and per-attack results (shared by every attack)."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field

# ---------------------------------------------------------------------------------------
# The protection goals (issue 10), in one place. For every withheld cell, every set of
# 1-SMALL_SET_MAX organisations defined by organisation types, and every single organisation:
SMALL_SET_MAX = 4
# - its count must stay uncertain: the interval of counts consistent with everything
#   published must contain at least MIN_COUNT_CHOICES integers;
MIN_COUNT_CHOICES = 2
# - its mean climate score must stay uncertain: the interval of means consistent with
#   everything published must be at least MIN_MEAN_WIDTH wide (not better than +-0.5 on
#   the 1-5 scale);
MIN_MEAN_WIDTH = 1.0
# - for every answer category: neither "all of them" nor "none of them" may be determined
#   (the category count may not be pinned at 0 or at the set's size).
# Box statistics (quantiles, whiskers, min, max, outliers) and percentile positions must not
# be one organisation's exact score; boxes need at least BOX_MIN_N organisations.
BOX_MIN_N = 10
# ---------------------------------------------------------------------------------------

TOL = 1e-6


@dataclass(frozen=True)
class Finding:
    """One result more precise than the goal."""

    attack: str
    cell: str
    detail: str

    def line(self) -> str:
        return f"{self.attack}: {self.cell}: {self.detail}"


@dataclass
class AttackResult:
    """What one attack tried and found."""

    attack: str
    title: str
    attacked: int = 0                      # cells / targets attacked
    findings: list[Finding] = field(default_factory=list)
    best: str = ""                         # best precision reached, as text
    notes: list[str] = field(default_factory=list)
    seconds: float = 0.0

    def add(self, cell: str, detail: str) -> None:
        self.findings.append(Finding(self.attack, cell, detail))

    def as_dict(self) -> dict:
        out = asdict(self)
        out["findings"] = [asdict(f) for f in self.findings]
        return out
