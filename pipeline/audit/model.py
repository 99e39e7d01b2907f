"""The attacker's model of the population: atoms, their true contents, and cell masks.

An *atom* is one cell of the finest cross-classification that any published statistic
conditions on: (sector, cluster) pair x size class x innovated x score class. Score classes
split the 1-5 scale at every climate-bin edge (schema.CLIMATE_BIN_WIDTH) and at the
climate-group cuts (questionnaire.CLIMATE_CUT_LOW / _HIGH), plus a class "no score". Every
published cell is a union of atoms, so every published count, sum and share is a linear
statement over per-atom unknowns.

The atoms the attacker considers are every combination the codebook allows (the sector x
cluster pairs of the crosswalk plus any pair present in the data), not only the non-empty
ones: the attacker does not know which are empty. The ground truth (counts, score sums,
sums of squares and per-measure category counts per atom) comes from the microdata.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property

import numpy as np
import pandas as pd

from data import questionnaire as q
from data import schema
from pipeline import aggregate

ALL = schema.ALL
NO_SCORE = "no_score"
SCORE_TOL = 1e-9


def possible_scores() -> np.ndarray:
    """Every value a climate score can take: means of 10-13 answers on the 1-5 scale."""
    items = len(q.SCALE_ITEMS)
    values = {round(k / d, 12) for d in range(q.MIN_SCALE_ITEMS_ANSWERED, items + 1)
              for k in range(q.LIKERT_MIN * d, q.LIKERT_MAX * d + 1)}
    return np.array(sorted(values))


def score_bin(score: np.ndarray) -> np.ndarray:
    """Climate-bin index per score (the pipeline's climate_bin rule; last bin includes 5)."""
    bins = len(schema.climate_bin_labels())
    return np.minimum(np.floor((np.asarray(score, float) - q.LIKERT_MIN + SCORE_TOL)
                               / schema.CLIMATE_BIN_WIDTH), bins - 1).astype(np.int64)


def score_group(score: np.ndarray) -> np.ndarray:
    """Index into questionnaire.CLIMATE_GROUPS per score (the codebook rule)."""
    score = np.asarray(score, float)
    return np.select([score > q.CLIMATE_CUT_HIGH, score >= q.CLIMATE_CUT_LOW], [0, 1],
                     default=2).astype(np.int64)


@dataclass(frozen=True)
class ScoreClass:
    """One score class: its climate bin, climate group and the range of possible scores."""

    bin: int            # -1 for "no score"
    group: int          # index into CLIMATE_GROUPS, -1 for "no score"
    lo: float
    hi: float


def score_classes() -> tuple[ScoreClass, ...]:
    """Score classes (the climate groups) in score order, then "no score".

    Climate bins are not a dimension of the atoms (that would multiply the LP's size by
    five): bin counts are audited as categories (BIN_MEASURES), like answers.
    """
    values = possible_scores()
    keys = np.stack([np.full(len(values), -1), score_group(values)], axis=1)
    out = []
    for b, g in dict.fromkeys(map(tuple, keys.tolist())):
        inside = values[(keys[:, 0] == b) & (keys[:, 1] == g)]
        out.append(ScoreClass(int(b), int(g), float(inside.min()), float(inside.max())))
    out.sort(key=lambda c: c.lo)
    return (*out, ScoreClass(-1, -1, np.nan, np.nan))


CLASSES = score_classes()


def measure_matrix(frame: pd.DataFrame) -> np.ndarray:
    """(organisations, K) 0/1: does each organisation count in each indicator_shares measure.

    The pipeline's rules (pipeline.aggregate.compress) applied per organisation; measures of
    the climate_group indicator are score classes here and stay 0. The base (innovators,
    all, scored) is not applied: base membership is part of the cell.
    """
    n = len(frame)
    columns = []
    scores = frame["climate_score"].to_numpy(dtype="float64", na_value=np.nan)
    bins = np.where(np.isnan(scores), -1, score_bin(np.nan_to_num(scores, nan=1.0)))
    labels = schema.climate_bin_labels()
    for m in aggregate.MEASURE_LIST:
        if m.indicator == "climate_group":
            columns.append(np.zeros(n, dtype=bool))
        elif m.indicator == "climate_bin":
            columns.append(bins == labels.index(m.category))
        elif m.indicator == "climate_statement":
            answers = frame[q.climate_column(m.category)].to_numpy(dtype="float64",
                                                                  na_value=np.nan)
            columns.append(answers >= min(q.LIKERT_AGREE))
        else:
            ind = q.INDICATOR_BY_KEY[m.indicator]
            if ind.kind == "single":
                values = frame[ind.key].astype(object).to_numpy()
                columns.append(values == m.category)
            elif ind.kind == "multi":
                columns.append(frame[f"{ind.key}__{m.category}"].to_numpy(
                    dtype="float64", na_value=0.0) > 0)
            else:
                answers = frame[f"{ind.key}__{m.category}"].to_numpy(dtype="float64",
                                                                      na_value=np.nan)
                columns.append(answers >= 4 if m.measure == "promoting" else answers <= 2)
    return np.column_stack(columns).astype(np.int64)


@dataclass
class Universe:
    """Atoms (frame type x score class) with the ground truth of the microdata."""

    pairs: list[tuple[str, str]]   # (sector, cluster) pairs the attacker considers
    frame: pd.DataFrame            # the derived microdata (ground truth)
    org_atom: np.ndarray           # (N,) atom of each organisation
    org_measures: np.ndarray       # (N, K) 0/1 per indicator_shares measure
    scores: np.ndarray             # (N,) climate score, NaN when none

    # atom attributes, (A,) each
    @cached_property
    def n_frame(self) -> int:
        return len(self.pairs) * len(q.SIZE_CLASSES) * 2

    @property
    def n_atoms(self) -> int:
        return self.n_frame * len(CLASSES)

    @cached_property
    def attrs(self) -> dict[str, np.ndarray]:
        """Per atom: sector, cluster, size, innovated (0 yes / 1 no) and class codes."""
        n_cls = len(CLASSES)
        idx = np.arange(self.n_atoms)
        cls = idx % n_cls
        frame_type = idx // n_cls
        innov = frame_type % 2
        size = (frame_type // 2) % len(q.SIZE_CLASSES)
        pair = frame_type // (2 * len(q.SIZE_CLASSES))
        sector_of = np.array([q.SECTORS.index(s) for s, _ in self.pairs])
        cluster_of = np.array([q.CLUSTERS.index(c) for _, c in self.pairs])
        group = np.array([c.group for c in CLASSES])[cls]
        return {"sector": sector_of[pair], "cluster": cluster_of[pair], "size_class": size,
                "innovated": innov, "class": cls, "climate_group": group,
                "frame_type": frame_type, "scored": group >= 0}

    @cached_property
    def class_lo(self) -> np.ndarray:
        return np.array([c.lo for c in CLASSES])[self.attrs["class"]]

    @cached_property
    def class_hi(self) -> np.ndarray:
        return np.array([c.hi for c in CLASSES])[self.attrs["class"]]

    # ground truth per atom
    @cached_property
    def true_n(self) -> np.ndarray:
        return np.bincount(self.org_atom, minlength=self.n_atoms).astype(float)

    @cached_property
    def true_s(self) -> np.ndarray:
        w = np.nan_to_num(self.scores)
        return np.bincount(self.org_atom, weights=w, minlength=self.n_atoms)

    @cached_property
    def true_q(self) -> np.ndarray:
        w = np.nan_to_num(self.scores) ** 2
        return np.bincount(self.org_atom, weights=w, minlength=self.n_atoms)

    @cached_property
    def true_d(self) -> np.ndarray:
        """(A, K) organisations counted by each measure per atom."""
        out = np.zeros((self.n_atoms, self.org_measures.shape[1]))
        np.add.at(out, self.org_atom, self.org_measures)
        return out

    def mask(self, f_sector: str = ALL, f_cluster: str = ALL, f_size: str = ALL,
             f_innovated: str = ALL, grouping: str = "all", group: str = ALL,
             base: str = "all") -> np.ndarray:
        """Atoms of one cube cell (schema.CUBE_KEYS) for a base (all, innovators, scored)."""
        a = self.attrs
        m = np.ones(self.n_atoms, dtype=bool)
        if f_sector != ALL:
            m &= a["sector"] == _index(q.SECTORS, f_sector)
        if f_cluster != ALL:
            m &= a["cluster"] == _index(q.CLUSTERS, f_cluster)
        if f_size != ALL:
            m &= a["size_class"] == _index(q.SIZE_CLASSES, f_size)
        if f_innovated != ALL:
            m &= a["innovated"] == _index(schema.INNOVATED_VALUES, f_innovated)
        if grouping == "sector":
            m &= a["sector"] == _index(q.SECTORS, group)
        elif grouping == "cluster":
            m &= a["cluster"] == _index(q.CLUSTERS, group)
        elif grouping == "size_class":
            m &= a["size_class"] == _index(q.SIZE_CLASSES, group)
        elif grouping == "innovated":
            m &= a["innovated"] == _index(schema.INNOVATED_VALUES, group)
        elif grouping == "climate_group":
            m &= a["climate_group"] == _index(q.CLIMATE_GROUPS, group)
        elif grouping != "all":
            raise ValueError(f"unknown grouping {grouping!r}")
        if base == "innovators":
            m &= a["innovated"] == 0
        elif base == "scored":
            m &= a["scored"]
        elif base != "all":
            raise ValueError(f"unknown base {base!r}")
        return m


def _index(values: tuple[str, ...], value: str) -> int:
    try:
        return values.index(value)
    except ValueError:
        return -1  # a value the codebook does not know: matches no atom


def universe(frame: pd.DataFrame) -> Universe:
    """The atom model for a derived microdata frame (pipeline.microdata.prepare output)."""
    crosswalk = [(s, c) for s, row in q.SECTOR_CLUSTER_CROSSWALK.items() for c in row]
    observed = list(zip(frame["sector"].astype(str), frame["cluster"].astype(str)))
    pairs = list(dict.fromkeys(crosswalk + observed))
    pair_index = {p: i for i, p in enumerate(pairs)}
    pair = np.array([pair_index[p] for p in observed], dtype=np.int64)
    size = frame["size_class"].astype(object).map(
        {s: i for i, s in enumerate(q.SIZE_CLASSES)}).to_numpy(dtype=np.int64)
    innov = np.where(frame["innovated"].to_numpy(dtype=bool), 0, 1)
    scores = frame["climate_score"].to_numpy(dtype="float64", na_value=np.nan)
    has = ~np.isnan(scores)
    key = np.stack([np.full(len(scores), -1),
                    score_group(np.where(has, scores, q.LIKERT_MIN))], axis=1)
    lookup = {(c.bin, c.group): i for i, c in enumerate(CLASSES)}
    cls = np.array([lookup[tuple(k)] if h else len(CLASSES) - 1
                    for k, h in zip(key.tolist(), has)], dtype=np.int64)
    frame_type = (pair * len(q.SIZE_CLASSES) + size) * 2 + innov
    return Universe(pairs=pairs, frame=frame, org_atom=frame_type * len(CLASSES) + cls,
                    org_measures=measure_matrix(frame), scores=scores)
