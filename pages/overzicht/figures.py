"""Figures of the overview page, all from the published-figures table."""

from __future__ import annotations

import pandas as pd

from components.figures import published, theme
from components.i18n import category_label, t
from components.published import climate_cut_values
from data import comparison, reference
from data.cube import rows_where


def innovation_share_rows(figures: pd.DataFrame) -> pd.DataFrame:
    """The report's share of organisations that innovated, NL against the Nordic countries:
    the rows the comparison pairs for it (data/comparison.py): the Dutch value, the Danish
    value the report cites and the other countries (those the report names without a value
    come from the Nordic summary)."""
    topic = next(tp for tp in comparison.pairing().topics
                 if any(c.nl is not None and c.nl.indicator == "innovation_share"
                        for c in tp.categories))
    cat = topic.categories[0]
    picks = [cat.nl, *(p for p in cat.dk if p.cited), *cat.others]
    return pd.concat([rows_where(figures, **p.criteria()) for p in picks], ignore_index=True)


def innovation_share_figure(figures: pd.DataFrame, lang: str) -> dict:
    rows = innovation_share_rows(figures)
    labels = [t(f"country.{c}", lang) for c in rows["country"]]
    colours = [theme.COUNTRY_COLOURS[c] for c in rows["country"]]
    return published.hbar(rows, labels, colours, lang)


def climate_group_rows(figures: pd.DataFrame) -> pd.DataFrame:
    """The report's share of organisations per climate group."""
    return rows_where(figures, country="NL", source_id=reference.report_source(),
                      indicator="climate_group_share")


def climate_groups_figure(figures: pd.DataFrame, lang: str) -> dict:
    rows = climate_group_rows(figures)
    cuts = climate_cut_values(lang)
    labels = [f"{category_label('climate_group', g, lang)} "
              f"({t(f'climate_group.range.{g}', lang, **cuts)})" for g in rows["category"]]
    colours = [theme.CLIMATE_GROUP_COLOURS[g] for g in rows["category"]]
    return published.hbar(rows, labels, colours, lang)


def innovation_type_rows(figures: pd.DataFrame) -> pd.DataFrame:
    """The report's innovation types among the innovating organisations, largest first."""
    rows = rows_where(figures, country="NL", source_id=reference.report_source(),
                      indicator="innovation_type")
    return rows.sort_values("value", ascending=False, kind="stable").reset_index(drop=True)


def innovation_types_figure(figures: pd.DataFrame, lang: str) -> dict:
    rows = innovation_type_rows(figures)
    labels = [category_label("innovation_type", c, lang) for c in rows["category"]]
    return published.hbar(rows, labels, [theme.NL] * len(rows), lang)
