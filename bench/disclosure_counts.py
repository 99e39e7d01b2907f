"""What the disclosure control leaves visible: groups, boxes, shares and percentile positions
in two aggregate folders (before and after a change), for the default views and over every
filter state of the cube.

    python bench/disclosure_counts.py BEFORE_DIR [AFTER_DIR]

AFTER_DIR defaults to the shipped data/aggregates. Prints one Markdown table (the figures in
pipeline/DISCLOSURE.md come from here). Before issue 10's protection a published group always
had a box; after it, groups with a published n under 12 show their mean only.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pandas as pd

KEYS = ["f_sector", "f_cluster", "f_size", "f_innovated", "grouping", "group"]
GROUPINGS = ("sector", "cluster", "size_class", "climate_group", "innovated")


def _top(frame: pd.DataFrame) -> pd.Series:
    return ((frame["f_sector"] == "all") & (frame["f_cluster"] == "all")
            & (frame["f_size"] == "all") & (frame["f_innovated"] == "all"))


def counts(folder: Path) -> dict[str, object]:
    """The figures for one aggregates folder."""
    box = pd.read_parquet(folder / "climate_box.parquet")
    pct = pd.read_parquet(folder / "climate_percentiles.parquet")
    shares = pd.read_parquet(folder / "indicator_shares.parquet",
                             columns=[*KEYS, "suppressed", "share"])
    variance = pd.read_parquet(folder / "climate_variance.parquet")
    groups = box[box["grouping"] != "all"]
    published = groups[~groups["suppressed"]]
    out: dict[str, object] = {
        "groups shown, every filter state": len(published),
        "  of which with a box": int(published["q1"].notna().sum()),
    }
    for grouping in GROUPINGS:
        rows = box[_top(box) & (box["grouping"] == grouping)]
        shown = ~rows["suppressed"]
        out[f"default /klimaat by {grouping}: groups shown / with a box"] = \
            f"{int(shown.sum())} / {int((shown & rows['q1'].notna()).sum())}"
    parts = shares[shares["grouping"] != "all"]
    out["shares shown, every filter state"] = int((~parts["suppressed"]).sum())
    out["  of which a value (not a < 10% / > 90% bound)"] = int(
        ((~parts["suppressed"]) & parts["share"].notna()).sum())
    out["shares shown, whole population"] = int((~shares[_top(shares)]["suppressed"]).sum())
    peers = pct.groupby(["grouping", "group"], observed=True)
    out["benchmark peer groups with percentiles"] = peers.ngroups
    out["percentile positions (grid rows)"] = len(pct)
    if "pct_band" in pct.columns:
        bands = peers["pct_band"].first().value_counts().sort_index()
        out["  peer groups per band (points)"] = ", ".join(
            f"{b:g}: {k}" for b, k in bands.items())
    else:
        out["  peer groups per band (points)"] = "1 (whole percents)"
    out["within/between rows shown"] = int((~variance["suppressed"]).sum())
    return out


def main(argv: list[str]) -> int:
    if not argv or len(argv) > 2:
        print(__doc__, file=sys.stderr)
        return 2
    before = Path(argv[0])
    after = Path(argv[1]) if len(argv) == 2 else \
        Path(__file__).resolve().parent.parent / "data" / "aggregates"
    a, b = counts(before), counts(after)
    print("| measure | before | after |\n|---|---|---|")
    for key in a:
        print(f"| {key} | {a[key]} | {b[key]} |")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
