"""Data of the comparison page (/vergelijking): the tables it reads, loaded once per folder."""

from __future__ import annotations


from data import cube, load, schema


def load_data() -> dict:
    """The tables the page reads, prepared once per aggregates folder (do not mutate)."""
    return _load_data(str(schema.aggregates_dir()))


@load.memoised(maxsize=2)
def _load_data(folder: str) -> dict:
    # The comparison reads only the whole population's rows of indicator_shares
    # (pages/vergelijking/figures.py): keeping just those makes a subgroup lookup scan
    # about 1,000 rows instead of 330,000, and the frames stay the same objects between
    # calls, so per-table indexes (figures.pick_row) are built once.
    return dict(figures=load.load_table("published_figures"), sources=load.load_table("sources"),
                shares=cube.whole_population(load.load_table("indicator_shares")), meta=load.meta())
