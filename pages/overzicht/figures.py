"""Figures of the overview page, all from the published-figures table."""

from __future__ import annotations

import pandas as pd

from components.figures import published, theme
from components.i18n import category_label, t
from data.cube import rows_where

# Figuur 1 compares NL with the Nordic countries. DK, NO and SE are the values the Dutch
# report cites; Iceland is named there without a value, so it comes from the Nordic summary.
SHARE_ROWS = (
    ("NL", "Figuur 1", "IBO-2021"),
    ("DK", "Figuur 1", "IB-3"),
    ("NO", "Figuur 1", "MNNS-2019"),
    ("SE", "Figuur 1", "MNNS-2019"),
    ("IS", "Measuring New Nordic Solutions (Difi summary, 2019)", "MNNS-2019"),
)


def innovation_share_rows(figures: pd.DataFrame) -> pd.DataFrame:
    """Figuur 1: share of organisations that innovated, NL against the Nordic countries."""
    parts = [rows_where(figures, country=c, figure=f, edition=e, indicator="innovation_share",
                    category="all") for c, f, e in SHARE_ROWS]
    return pd.concat(parts, ignore_index=True)


def innovation_share_figure(figures: pd.DataFrame, lang: str) -> dict:
    rows = innovation_share_rows(figures)
    labels = [t(f"country.{c}", lang) for c in rows["country"]]
    colours = [theme.COUNTRY_COLOURS[c] for c in rows["country"]]
    return published.hbar(rows, labels, colours, lang)


def climate_group_rows(figures: pd.DataFrame) -> pd.DataFrame:
    """Figuur 17: share of organisations per climate group."""
    return rows_where(figures, country="NL", figure="Figuur 17", indicator="climate_group_share")


def climate_groups_figure(figures: pd.DataFrame, lang: str) -> dict:
    rows = climate_group_rows(figures)
    labels = [f"{category_label('climate_group', g, lang)} ({t(f'climate_group.range.{g}', lang)})"
              for g in rows["category"]]
    colours = [theme.CLIMATE_GROUP_COLOURS[g] for g in rows["category"]]
    return published.hbar(rows, labels, colours, lang)


def innovation_type_rows(figures: pd.DataFrame) -> pd.DataFrame:
    """Figuur 2: innovation types among the innovating organisations, largest first."""
    rows = rows_where(figures, country="NL", figure="Figuur 2", indicator="innovation_type")
    return rows.sort_values("value", ascending=False, kind="stable").reset_index(drop=True)


def innovation_types_figure(figures: pd.DataFrame, lang: str) -> dict:
    rows = innovation_type_rows(figures)
    labels = [category_label("innovation_type", c, lang) for c in rows["category"]]
    return published.hbar(rows, labels, [theme.NL] * len(rows), lang)
