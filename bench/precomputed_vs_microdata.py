"""What the precomputed aggregates buy: the callbacks' core computations from the shipped
aggregates versus from microdata on the fly, in one run.

    .venv/bin/python bench/precomputed_vs_microdata.py [--reps 20] [--rows 366]

The microdata are the seeded synthetic set the shipped aggregates were built from
(pipeline.synthetic.generate with the seed in meta, validated and derived by
pipeline.microdata.prepare, done once, not timed). Each task is what a callback computes for
one user state; the precomputed side calls the app's own functions on the loaded aggregate
tables, the microdata side computes the same numbers with pandas (filter, groupby,
quantiles, shares), and the two are checked to agree on every published number before
anything is timed. The aggregates are perturbed (cell-key method, pipeline/DISCLOSURE.md):
"agree" means the published number lies within the public perturbation table's bounds of
the value computed from the microdata (counts within +-2 organisations, share numerators
likewise, means within the sum bound, quantiles within the window of order statistics they
average plus the quantile noise), never that it equals it:
  comparison   show_topic: an NL subgroup's shares on a topic's question
               (pages/vergelijking/figures.py subgroup_values vs. shares of the group's rows)
  peer         show_result: the peer group's box statistics and the share of the group
               scoring below a score (pages/benchmark/figures.py box_row / percentile_grid /
               lookup_percentile vs. quantiles and a comparison on the group's scores)
  climate box  a climate_box slice, every group of one grouping in a filtered population
               (what a box plot of groups needs; boolean selection vs. filter + groupby)
Median time per state, over all states of a task; ratio = microdata / precomputed. Done for
the 366 organisations and for a larger synthetic set (--rows, default 100,000; its aggregates
are built in memory by the pipeline): the aggregates keep their size, the microdata grow.
Not even counted on the microdata side: disclosure control. The aggregates are perturbed
consistently over the whole cube (the same set of organisations gets the same noise in every
table), which a per-request computation would have to redo for every request; and the app
would have to hold organisation-level data.
"""

from __future__ import annotations

import argparse
import statistics
import time
from functools import partial

import numpy as np
import pandas as pd
from common import header

MIN_CELL = 5
ROUND_MEAN = 0.005      # means and quantiles are published rounded to 0.01
QUARTILES = (("q1", 0.25), ("median", 0.5), ("q3", 0.75))


def clock(fn, reps: int) -> float:
    """Median wall time of fn() in ms."""
    fn()
    times = []
    for _ in range(reps):
        started = time.perf_counter()
        fn()
        times.append((time.perf_counter() - started) * 1000)
    return statistics.median(times)


# ----------------------------------------------------------------------- microdata side

def _base(micro: pd.DataFrame, indicator) -> pd.DataFrame:
    return micro[micro["innovated"]] if indicator.base == "innovators" else micro


def micro_subgroup_values(micro: pd.DataFrame, topic, grouping: str, group: str) -> dict:
    """The comparison's subgroup values computed from the microdata (same rules)."""
    from data import questionnaire as q

    indicator = q.INDICATOR_BY_KEY[topic.sub_indicator]
    rows = _base(micro[micro[grouping].astype("string") == group], indicator)
    n = len(rows)
    if n < MIN_CELL:
        return {}
    hits_of: dict[str, int] = {}
    for cat in indicator.categories:
        if indicator.kind == "multi":
            hits = rows[f"{indicator.key}__{cat}"].fillna(False).astype(bool).sum()
        elif indicator.kind == "single":
            hits = (rows[indicator.key].astype("string") == cat).sum()
        else:
            answers = rows[f"{indicator.key}__{cat}"].astype("float64")
            hits = (answers >= 4).sum() if topic.sub_measure == "promoting" \
                else (answers <= 2).sum()
        hits_of[cat] = int(hits)
    out = {}
    for cat in topic.categories:
        parts = [hits_of[c] for c in cat.sub if c in hits_of]
        if not parts or len(parts) != len(cat.sub):
            continue
        out[cat.key] = (parts, n)
    return out


def share_agrees(value: float, n_pub: int, parts: list[int], n: int) -> bool:
    """A published whole-percent share (sum of parts) and its published n' against the true
    numerators and n: within the perturbation table (k' = k +-2 per part, n' = n +-2, each
    part rounded to 0.1, the sum to whole percents)."""
    from pipeline import cellkey

    b = cellkey.COUNT_BOUND
    if abs(n_pub - n) > b:
        return False
    low = 100.0 * sum(max(k - b, 0) for k in parts) / n_pub
    high = 100.0 * sum(min(k + b, n_pub) for k in parts) / n_pub
    slack = 0.5 + 0.05 * len(parts) + 1e-9
    return low - slack <= value <= high + slack


def quantile_window(values: np.ndarray, p: float) -> tuple[float, float]:
    """The lowest and highest of the order statistics a published quantile averages
    (pipeline.disclosure.smoothed_quantiles), widened by the quantile noise and rounding."""
    from pipeline import cellkey

    ordered = np.sort(values)
    n = len(ordered)
    first = int(np.floor((n - 1) * p)) - (cellkey.QUANTILE_WINDOW // 2 - 1)
    idx = np.clip(np.arange(first, first + cellkey.QUANTILE_WINDOW), 0, n - 1)
    slack = cellkey.QUANTILE_BOUND + ROUND_MEAN + 1e-9
    return float(ordered[idx].min()) - slack, float(ordered[idx].max()) + slack


def mean_agrees(value: float, n_pub: int, values: np.ndarray) -> bool:
    """A published mean against the true scores: within sum_bound(n') / n (and rounding)."""
    from pipeline import cellkey

    n = len(values)
    bound = float(cellkey.sum_bound(n_pub)) / n + ROUND_MEAN + 1e-9
    return abs(value - float(values.mean())) <= bound


def micro_peer(micro: pd.DataFrame, grouping: str, group: str, score: float) -> dict:
    scores = micro["climate_score"] if grouping == "all" else \
        micro.loc[micro[grouping].astype("string") == group, "climate_score"]
    values = scores.dropna().to_numpy(dtype=float)
    q1, median, q3 = np.quantile(values, [0.25, 0.5, 0.75])
    return {"n": len(values), "q1": q1, "median": median, "q3": q3, "values": values,
            "mean": float(values.mean()), "below": 100.0 * float((values < score).mean())}


def micro_box(micro: pd.DataFrame, population: dict[str, str], grouping: str) -> pd.DataFrame:
    from data import schema

    rows = micro
    for column, dim in (("f_sector", "sector"), ("f_cluster", "cluster"),
                        ("f_size", "size_class")):
        if population[column] != schema.ALL:
            rows = rows[rows[dim].astype("string") == population[column]]
    if population["f_innovated"] != schema.ALL:
        rows = rows[rows["innovated"] == (population["f_innovated"] == "yes")]
    key = rows[grouping].astype("string") if grouping != "innovated" else \
        rows["innovated"].map({True: "yes", False: "no"})
    stats = rows.groupby(key, observed=True)["climate_score"].agg(
        n="count", mean="mean", q1=lambda s: s.quantile(0.25), median="median",
        q3=lambda s: s.quantile(0.75), values=lambda s: s.dropna().to_numpy(dtype=float))
    return stats[stats["n"] >= MIN_CELL]


# --------------------------------------------------------------------- precomputed side

def pre_box(box: pd.DataFrame, population: dict[str, str], grouping: str) -> pd.DataFrame:
    mask = box["grouping"].eq(grouping).to_numpy(dtype=bool)
    for column, value in population.items():
        mask &= box[column].eq(value).to_numpy(dtype=bool)
    rows = box[mask & ~box["suppressed"].to_numpy(dtype=bool)]
    return rows[["group", "n", "mean", "q1", "median", "q3"]]


# -------------------------------------------------------------------------------- tasks

def comparison_task(micro, tables, reps: int):
    from pages.vergelijking import figures as cmp
    from pages.vergelijking.state import SUBGROUP_GROUPINGS, TOPICS
    from data import cube

    # as pages/vergelijking.load_data prepares it once: the whole population's rows
    shares = cube.whole_population(tables["indicator_shares"])
    pre_t, mic_t, checked = [], [], 0
    options = cmp.subgroup_options(shares)
    for topic in [t for t in TOPICS if t.sub_indicator]:
        for value in options:
            grouping, _, group = value.partition(":")
            assert grouping in SUBGROUP_GROUPINGS
            pre = cmp.subgroup_values(shares, topic, grouping, group)
            mic = micro_subgroup_values(micro, topic, grouping, group)
            for key, sub in pre.items():
                if sub.exactness == "exact" and key in mic:
                    parts, n = mic[key]
                    assert share_agrees(sub.value, sub.n, parts, n), (topic.key, value, key,
                                                                      mic[key], sub)
                    checked += 1
            pre_t.append(clock(partial(cmp.subgroup_values, shares, topic, grouping, group),
                               reps))
            mic_t.append(clock(partial(micro_subgroup_values, micro, topic, grouping, group),
                               reps))
    return pre_t, mic_t, checked


def peer_task(micro, tables, reps: int):
    from pages.benchmark import figures as fig
    from pages.benchmark.state import PEER_GROUPINGS
    from pipeline import cellkey

    def peer_rows(frame):  # as data/benchmark._peer_rows slices (and caches) them
        rows = fig.whole_population(frame)
        return rows[rows["grouping"].astype("string").isin(PEER_GROUPINGS).to_numpy(
            dtype=bool)].reset_index(drop=True)

    percentiles = peer_rows(tables["climate_percentiles"])
    box = peer_rows(tables["climate_box"])
    peers = [fig.Peer(g, v, n) for (g, v), n in fig.published_peers(percentiles).items()]
    pre_t, mic_t, checked = [], [], 0
    for peer in peers:
        for score in (2.5, 3.4, 3.85, 4.3):
            def pre(peer=peer, score=score):
                row = fig.box_row(box, peer)
                pct = fig.lookup_percentile(fig.percentile_grid(percentiles, peer), score)
                return row, pct

            row, pct = pre()
            mic = micro_peer(micro, peer.grouping, peer.group, score)
            assert abs(mic["n"] - peer.n) <= cellkey.COUNT_BOUND, (peer, mic["n"])
            for col, p in QUARTILES:
                low, high = quantile_window(mic["values"], p)
                assert low <= float(row[col]) <= high, (peer, col, row[col], low, high)
            # the grid's positions are rounded to the peer group's band (half up)
            slack = pct.band / 2 + 1e-9
            assert pct.low - slack <= mic["below"] <= pct.high + slack, (peer, score, pct)
            checked += 1
            pre_t.append(clock(pre, reps))
            mic_t.append(clock(partial(micro_peer, micro, peer.grouping, peer.group, score),
                               reps))
    return pre_t, mic_t, checked


def box_task(micro, tables, reps: int):
    from data import questionnaire as q
    from pipeline import cellkey

    box = tables["climate_box"]
    populations = [{"f_sector": "all", "f_cluster": "all", "f_size": "all", "f_innovated": i}
                   for i in ("all", "yes")]
    populations += [{"f_sector": s, "f_cluster": "all", "f_size": "all", "f_innovated": "all"}
                    for s in q.SECTORS[:3]]
    populations += [{"f_sector": "all", "f_cluster": "all", "f_size": z, "f_innovated": "all"}
                    for z in q.SIZE_CLASSES[:2]]
    pre_t, mic_t, checked = [], [], 0
    for population in populations:
        for grouping in ("sector", "cluster", "size_class", "innovated"):
            pre = pre_box(box, population, grouping)
            mic = micro_box(micro, population, grouping)
            for _, r in pre.iterrows():
                m = mic.loc[str(r["group"])]
                assert abs(int(m["n"]) - int(r["n"])) <= cellkey.COUNT_BOUND, (population, grouping,
                                                                         r["group"])
                assert mean_agrees(float(r["mean"]), int(r["n"]), m["values"]), (grouping,
                                                                                 r["group"])
                if pd.isna(r["median"]):
                    checked += 1
                    continue  # published n' under the box minimum: mean and n only
                for col, p in QUARTILES:
                    low, high = quantile_window(m["values"], p)
                    assert low <= float(r[col]) <= high, (grouping, r["group"], col)
                checked += 1
            pre_t.append(clock(partial(pre_box, box, population, grouping), reps))
            mic_t.append(clock(partial(micro_box, micro, population, grouping), reps))
    return pre_t, mic_t, checked


def compare(micro, tables, reps: int, label: str) -> None:
    print(f"{label}\n{'task (callback)':<28} {'states':>6} {'checked':>7} {'precomputed':>12} "
          f"{'microdata':>10} {'ratio':>6}   (median ms per state)")
    total_pre = total_mic = 0.0
    for name, task in (("comparison (show_topic)", comparison_task),
                       ("peer (benchmark result)", peer_task),
                       ("climate box (box plots)", box_task)):
        pre_t, mic_t, checked = task(micro, tables, reps)
        pre, mic = statistics.median(pre_t), statistics.median(mic_t)
        total_pre += sum(pre_t)
        total_mic += sum(mic_t)
        print(f"{name:<28} {len(pre_t):>6} {checked:>7} {pre:>12.2f} {mic:>10.2f} "
              f"{mic / pre:>6.1f}x")
    print(f"{'all states':<28} {'':>6} {'':>7} {'':>12} {'':>10} "
          f"{total_mic / total_pre:>6.1f}x   (sum {total_mic:.0f} ms vs {total_pre:.0f} ms)\n")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--reps", type=int, default=20, help="timed calls per state")
    parser.add_argument("--rows", type=int, default=100_000,
                        help="a second, larger synthetic set (its aggregates built in memory)")
    args = parser.parse_args()
    header("bench/precomputed_vs_microdata.py: aggregates vs. microdata on the fly")
    from data import load, schema
    from pipeline import build, microdata, synthetic

    meta = load.meta()
    seed, n = int(meta["seed"]), int(meta["organisations"])
    micro = microdata.prepare(synthetic.generate(seed=seed, n=n), source="bench")
    shipped = {t.name: load.load_table(t.name) for t in schema.TABLES}
    compare(micro, shipped, args.reps,
            f"{n} organisations: synthetic seed {seed} (the set the shipped aggregates were "
            f"built from), {micro.shape[1]} columns")
    if args.rows:
        big = microdata.prepare(synthetic.generate(seed=seed, n=args.rows), source="bench")
        tables, _ = build.build_tables(big, {"synthetic": "true", "seed": str(seed),
                                             "input_file": ""}, schema.MIN_CELL,
                                       build.published.REFERENCE_DIR)
        compare(big, tables, max(3, args.reps // 4),
                f"{args.rows:,} organisations (same generator scaled up; aggregates built "
                f"from them in memory: the aggregate tables keep their size)")
    print("Every published number of every state was checked against the microdata before "
          "timing: within the public perturbation bounds (pipeline/DISCLOSURE.md), not equal.")


if __name__ == "__main__":
    main()
