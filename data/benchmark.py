"""Data of the benchmark (/benchmark): the peer groups' rows of the aggregates, sliced once
per aggregates folder (data.load validates the tables)."""

from __future__ import annotations

from dataclasses import dataclass

import pandas as pd

from data import load, schema
from data.cube import whole_population

# The groupings a respondent can compare with, the default first (the URL's `vergelijk`).
PEER_GROUPINGS: tuple[str, ...] = ("sector", "cluster", "size_class", "all")


@dataclass(frozen=True)
class Tables:
    """The aggregate frames the result reads."""

    percentiles: pd.DataFrame
    box: pd.DataFrame
    shares: pd.DataFrame        # indicator_shares, may be pre-filtered to climate statements
    figures: pd.DataFrame       # published_figures
    sources: pd.DataFrame


@load.memoised(maxsize=4)
def _statement_shares(folder: str, edition: str) -> pd.DataFrame:
    """The climate-statement agree shares of the peer groups (a sliver of indicator_shares)."""
    shares = whole_population(load.load_table("indicator_shares", edition))
    keep = (shares["indicator"].astype("string").eq("climate_statement").to_numpy(dtype=bool)
            & shares["measure"].astype("string").eq("agree").to_numpy(dtype=bool)
            & shares["grouping"].astype("string").isin(PEER_GROUPINGS).to_numpy(dtype=bool))
    return shares[keep].reset_index(drop=True)


@load.memoised(maxsize=8)
def _peer_rows(name: str, folder: str, edition: str) -> pd.DataFrame:
    """The population-all rows of the peer groupings of one table (percentiles, box)."""
    rows = whole_population(load.load_table(name, edition))
    keep = rows["grouping"].astype("string").isin(PEER_GROUPINGS).to_numpy(dtype=bool)
    return rows[keep].reset_index(drop=True)


def edition_or_default(edition: object) -> str:
    """The edition the benchmark compares with (the latest when `edition` is not held)."""
    return load.edition_or_default(edition)


def peer_rows(name: str, edition: str | None = None) -> pd.DataFrame:
    """The population-all rows of the peer groupings of one table, for the current folder
    and an edition (default: the latest with microdata aggregates)."""
    return _peer_rows(name, str(schema.aggregates_dir()), load.edition_or_default(edition))


def tables(edition: str | None = None) -> Tables:
    """The aggregate frames the benchmark reads for an edition (validated by data.load,
    sliced and cached here per aggregates folder and edition)."""
    folder, edition = str(schema.aggregates_dir()), load.edition_or_default(edition)
    return Tables(
        percentiles=_peer_rows("climate_percentiles", folder, edition),
        box=_peer_rows("climate_box", folder, edition),
        shares=_statement_shares(folder, edition),
        figures=_table("published_figures", folder),
        sources=_table("sources", folder),
    )


@load.memoised(maxsize=8)
def _table(name: str, folder: str) -> pd.DataFrame:
    # one object per folder, so that lookups index it once (data/cube.py)
    return load.load_table(name)


def statement_share_rows(edition: str | None = None) -> pd.DataFrame:
    """The climate statements' agree shares of the peer groups, for the current folder and an
    edition (default: the latest with microdata aggregates)."""
    return _statement_shares(str(schema.aggregates_dir()), load.edition_or_default(edition))
