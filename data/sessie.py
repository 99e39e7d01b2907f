"""Data of live sessions (/sessie): the national numbers the views put the room beside
(cached per aggregates folder): the published climate boxes of all organisations and of each sector, and the share
agreeing with each scale statement (data/benchmark.py slices the tables)."""

from __future__ import annotations


import pandas as pd

from data import benchmark, load, schema
from data import questionnaire as q


@load.memoised(maxsize=4)
def _boxes(folder: str) -> dict[tuple[str, str], pd.Series]:
    rows = benchmark.peer_rows("climate_box")
    rows = rows[~rows["suppressed"].to_numpy(dtype=bool)]
    out = {}
    for row in rows.itertuples(index=False):
        key = (str(row.grouping), str(row.group))
        if key[0] in ("all", "sector") and pd.notna(row.n) and int(row.n) >= schema.MIN_CELL:
            out.setdefault(key, pd.Series(row._asdict()))
    return out


@load.memoised(maxsize=4)
def _shares(folder: str) -> dict[str, float]:
    rows = benchmark.statement_share_rows()
    rows = rows[rows["grouping"].astype("string").eq("all").to_numpy(dtype=bool)
                & ~rows["suppressed"].to_numpy(dtype=bool)]
    exact = rows["share_bound"].astype("string").fillna("exact").eq("exact").to_numpy(dtype=bool)
    return {str(item): float(share) for item, share, ok in
            zip(rows["category"], rows["share"], exact) if ok and pd.notna(share)}


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
