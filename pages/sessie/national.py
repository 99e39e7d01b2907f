"""The national numbers the live-session views put the room beside (cached per aggregates
folder): the published climate boxes of all organisations and of each sector, and the share
agreeing with each scale statement."""

from __future__ import annotations

from functools import lru_cache

import pandas as pd

from components.figures import benchmark as bfig
from data import load, schema
from data import questionnaire as q


@lru_cache(maxsize=4)
def _boxes(folder: str) -> dict[tuple[str, str], pd.Series]:
    out = {}
    box = load.load_table("climate_box")
    for grouping, groups in (("all", ("all",)), ("sector", q.SECTORS)):
        for group in groups:
            row = bfig.box_row(box, bfig.Peer(grouping, group, 0))
            if row is not None and int(row["n"]) >= schema.MIN_CELL:
                out[(grouping, group)] = row
    return out


@lru_cache(maxsize=4)
def _shares(folder: str) -> dict[str, float]:
    rows = bfig.statement_shares(load.load_table("indicator_shares"), bfig.Peer("all", "all", 0))
    return {r.item: float(r.share) for r in rows.itertuples(index=False)
            if r.bound == "exact" and pd.notna(r.share)}


def _folder() -> str:
    return str(schema.aggregates_dir())


def box(grouping: str, group: str) -> pd.Series | None:
    """The published box row of a group (None when it is not published)."""
    return _boxes(_folder()).get((grouping, group))


def sectors() -> tuple[str, ...]:
    """The sectors a participant may give: those with a published national box (n >= 5)."""
    return tuple(s for s in q.SECTORS if ("sector", s) in _boxes(_folder()))


def agree_shares() -> dict[str, float]:
    """Scale statement -> national share agreeing (%), where published exactly."""
    return _shares(_folder())
