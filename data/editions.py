"""Editions of the barometer as data: the `editions` table and series of one indicator over
editions, with a test of whether a change is larger than sampling noise.

Pure functions of the aggregate tables (no I/O): the pages pass in
load.load_table("editions") and load.load_table("published_figures").

Which published row stands for an edition (several sources may give a value):
  1. exact values before bounds and approximations,
  2. the edition's own sources (editions.source_ids) before values cited elsewhere,
  3. rows with an n before rows without.
The other rows of that edition stay visible as "also published".

The noise test: a two-sided two-proportion z-test (pooled standard error), alpha 0.05, on the
two shares and their bases. Its assumptions: each share is a simple random sample of its
population (the Dutch shares are unweighted shares of self-selected respondents, the Danish
ones weighted), the two editions are independent samples (not a panel) and n*p and
n*(1-p) are at least 5. Where a base is unknown, or a value is only a bound or an
approximation, the test cannot be done.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import pandas as pd

from data.cube import per_frame

# The headline indicator: the share of organisations that innovated (indicators, category,
# base), used for "what changed" on the overview.
HEADLINE: tuple[tuple[str, ...], str, str] = (("innovation_share",), "all", "all")
ALPHA = 0.05
Z_CRITICAL = 1.959963984540054  # two-sided 5%: the 97.5th percentile of the standard normal


# ------------------------------------------------------------------------ the registry

@dataclass(frozen=True)
class Edition:
    """One row of the editions table."""

    edition: str
    country: str
    label: str
    position: int
    period: str
    fieldwork: str
    organisations: int
    innovators: int | None
    unit: str
    source_ids: tuple[str, ...]
    primary_source: str
    figure_numbering: str
    sector_scheme: str
    weighted: bool
    secondary_source: bool
    aggregates: bool
    note: str

    def base(self, base: str) -> int | None:
        """The edition's n for a question asked of "all" respondents or the "innovators"."""
        return self.organisations if base == "all" else self.innovators


def _edition(row) -> Edition:
    def opt(v):
        return None if pd.isna(v) else int(v)
    return Edition(row["edition"], row["country"], row["label"], int(row["position"]),
                   row["period"], "" if pd.isna(row["fieldwork"]) else row["fieldwork"],
                   int(row["organisations"]), opt(row["innovators"]),
                   row["unit"], tuple(str(row["source_ids"]).split(";")),
                   row["primary_source"], "" if pd.isna(row["figure_numbering"])
                   else row["figure_numbering"], row["sector_scheme"], bool(row["weighted"]),
                   bool(row["secondary_source"]), bool(row["aggregates"]),
                   "" if pd.isna(row["note"]) else row["note"])


@per_frame
def registry(editions: pd.DataFrame) -> tuple[Edition, ...]:
    """Every edition, per country in order (NL first, then DK)."""
    order = {"NL": 0, "DK": 1}
    # rows as dicts from the columns' lists (iterrows builds a Series per row)
    columns = {str(c): editions[c].tolist() for c in editions.columns}
    records = (dict(zip(columns, values)) for values in zip(*columns.values()))
    rows = sorted((_edition(r) for r in records),
                  key=lambda e: (order.get(e.country, 9), e.position))
    return tuple(rows)


def of_country(editions: pd.DataFrame, country: str) -> tuple[Edition, ...]:
    return tuple(e for e in registry(editions) if e.country == country)


def by_id(editions: pd.DataFrame) -> dict[str, Edition]:
    return {e.edition: e for e in registry(editions)}


def latest(editions: pd.DataFrame, country: str = "NL") -> Edition:
    """The country's most recent edition."""
    return of_country(editions, country)[-1]


def previous(editions: pd.DataFrame, edition: Edition) -> Edition | None:
    """The edition before `edition` in its country, if any."""
    earlier = [e for e in of_country(editions, edition.country) if e.position < edition.position]
    return earlier[-1] if earlier else None


def with_aggregates(editions: pd.DataFrame, country: str = "NL") -> tuple[Edition, ...]:
    """The country's editions whose microdata aggregates this set of files holds."""
    return tuple(e for e in of_country(editions, country) if e.aggregates)


def report_edition(editions: pd.DataFrame, country: str = "NL") -> Edition:
    """The country's latest edition with a full report (one that numbers its figures): the
    edition whose published figures the overview's key figures and charts show."""
    return [e for e in of_country(editions, country) if e.figure_numbering][-1]


def secondary_sources(editions: pd.DataFrame) -> frozenset[str]:
    """Source ids of editions known only from a republication (their rows are secondary)."""
    return frozenset(s for e in registry(editions) if e.secondary_source for s in e.source_ids)


def figure_label(editions: pd.DataFrame, edition: str, number: int | str) -> str:
    """"Figuur 17" in the edition's own numbering ('' when it numbers no figures)."""
    word = by_id(editions)[edition].figure_numbering
    return f"{word} {number}" if word else ""


# ------------------------------------------------------------------------ the noise test

@dataclass(frozen=True)
class Change:
    """The change between two editions' shares and the outcome of the noise test."""

    difference: float             # later minus earlier, percentage points
    testable: bool
    reason: str                   # why not testable: "bound", "n_unknown", "small"; "" if so
    z: float | None = None
    p_value: float | None = None
    significant: bool | None = None
    min_base: int | None = None   # n_unknown: smallest unknown base at which it would be


def _normal_sf(z: float) -> float:
    return 0.5 * math.erfc(z / math.sqrt(2.0))


def two_proportion_z(p1: float, n1: int, p2: float, n2: int) -> tuple[float, float]:
    """z and two-sided p of the difference p2 - p1 (shares 0..1), pooled standard error."""
    pooled = (p1 * n1 + p2 * n2) / (n1 + n2)
    se = math.sqrt(pooled * (1.0 - pooled) * (1.0 / n1 + 1.0 / n2))
    if se == 0.0:
        return 0.0, 1.0
    z = (p2 - p1) / se
    return z, 2.0 * _normal_sf(abs(z))


def min_base(p_known: float, n_known: int, p_unknown: float, limit: int = 100_000) -> int | None:
    """The smallest base of the other share at which the difference is significant at ALPHA
    (None when it is not even at `limit`). The z statistic grows with that base."""
    def significant(n: int) -> bool:
        return two_proportion_z(p_known, n_known, p_unknown, n)[1] < ALPHA
    if not significant(limit):
        return None
    lo, hi = 1, limit
    while lo < hi:
        mid = (lo + hi) // 2
        if significant(mid):
            hi = mid
        else:
            lo = mid + 1
    return lo


def change(earlier: dict, later: dict) -> Change:
    """Test the change between two observations {value (percent), exactness, n}."""
    difference = float(later["value"]) - float(earlier["value"])
    if earlier["exactness"] != "exact" or later["exactness"] != "exact":
        return Change(difference, False, "bound")
    p1, p2 = float(earlier["value"]) / 100.0, float(later["value"]) / 100.0
    n1, n2 = earlier.get("n"), later.get("n")
    if n1 is None or n2 is None:
        known = (p1, n1, p2) if n1 is not None else (p2, n2, p1) if n2 is not None else None
        smallest = min_base(*known) if known else None
        return Change(difference, False, "n_unknown", min_base=smallest)
    if min(n1 * p1, n1 * (1 - p1), n2 * p2, n2 * (1 - p2)) < 5:
        return Change(difference, False, "small")
    z, p = two_proportion_z(p1, n1, p2, n2)
    return Change(difference, True, "", z, p, p < ALPHA)


# ------------------------------------------------------------------------ series

@dataclass(frozen=True)
class Observation:
    """One edition's value of an indicator (value None: not published)."""

    edition: Edition
    value: float | None
    exactness: str
    unit: str
    n: int | None              # the row's n, else the edition's base for the question
    n_from_registry: bool
    period: str
    source_id: str
    figure: str
    secondary: bool
    note: str
    also: tuple[tuple[float, str, str], ...]  # other rows: (value, exactness, source_id)
    change: Change | None       # against the previous observation with a value


def pick(rows: pd.DataFrame, edition: Edition) -> pd.DataFrame:
    """`rows` (one edition's candidates) in the order of preference (module docstring)."""
    if rows.empty:
        return rows
    rank = pd.DataFrame({
        "exact": rows["exactness"].ne("exact").astype(int),
        "own": (~rows["source_id"].isin(edition.source_ids)).astype(int),
        "no_n": rows["n"].isna().astype(int),
    }, index=rows.index)
    order = rank.sort_values(["exact", "own", "no_n"], kind="stable").index
    return rows.loc[order]


@per_frame
def series(figures: pd.DataFrame, editions: pd.DataFrame, country: str,
           indicators: tuple[str, ...], category: str, base: str) -> tuple[Observation, ...]:
    """Every edition of `country`, in order, with its value of (indicator, category)."""
    secondary = secondary_sources(editions)
    rows = figures[figures["country"].eq(country) & figures["indicator"].isin(indicators)
                   & figures["category"].eq(category)]
    out: list[Observation] = []
    last: Observation | None = None
    for edition in of_country(editions, country):
        mine = pick(rows[rows["edition"].eq(edition.edition)], edition)
        if mine.empty:
            out.append(Observation(edition, None, "", "", None, False, edition.period, "", "",
                                   False, "", (), None))
            continue
        top = mine.iloc[0]
        n_row = None if pd.isna(top["n"]) else int(top["n"])
        n = n_row if n_row is not None else edition.base(base)
        period = edition.period if pd.isna(top["period"]) else str(top["period"])
        also = tuple((float(r["value"]), r["exactness"], r["source_id"])
                     for _, r in mine.iloc[1:].iterrows()
                     if (float(r["value"]), r["exactness"]) != (float(top["value"]),
                                                                 top["exactness"]))
        obs_change = None
        if last is not None and top["unit"] == "pct":
            obs_change = change({"value": last.value, "exactness": last.exactness, "n": last.n},
                                {"value": top["value"], "exactness": top["exactness"], "n": n})
        obs = Observation(edition, float(top["value"]), top["exactness"], top["unit"], n,
                          n_row is None and n is not None, period, top["source_id"],
                          top["figure"] or "", top["source_id"] in secondary,
                          "" if pd.isna(top["note"]) else str(top["note"]), also, obs_change)
        out.append(obs)
        last = obs
    return tuple(out)


def latest_change(figures: pd.DataFrame, editions: pd.DataFrame, country: str = "NL",
                  ) -> tuple[Edition, Observation | None, Observation | None]:
    """The country's latest edition, the previous observation of the headline indicator and
    the latest edition's (None where not published)."""
    newest = latest(editions, country)
    obs = series(figures, editions, country, *HEADLINE)
    after = next((o for o in obs if o.edition == newest and o.value is not None), None)
    earlier = [o for o in obs if o.value is not None and o.edition.position < newest.position]
    return newest, (earlier[-1] if earlier else None), after
