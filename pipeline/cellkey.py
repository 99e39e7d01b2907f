"""Cell-key perturbation: record keys, cell keys and the public perturbation table.

A record key is a 32-bit integer per organisation from a keyed hash (BLAKE2b) of its org_id
under a secret. The cell key of a set of organisations is the sum of its members' record
keys modulo 2^32: the same set always has the same cell key, in every table. Noise for a
statistic of a set is a keyed pseudo-random function of (cell key, statistic): repeated or
rephrased queries of one set get the same noise. The table below (COUNT_NOISE and the
scales) is public (pipeline/DISCLOSURE.md); only the secret is not.
"""

from __future__ import annotations

import hashlib
import os
import secrets
from pathlib import Path

import numpy as np

from data import settings

KEY_BITS = 32
KEY_MOD = 1 << KEY_BITS
# Count noise d and its probabilities (ninths): -2, -1, 0, +1, +2.
COUNT_NOISE = np.array([-2, -1, 0, 1, 2])
COUNT_WEIGHTS = np.array([1, 2, 3, 2, 1])
COUNT_BOUND = 2
SUM_BOUND = 3.0        # score points on a group's sum of climate scores (groups of 24+)
SUM_BOUND_BASE, SUM_BOUND_SLOPE = 0.6, 0.1  # smaller groups: 0.6 + 0.1 n' (n' published)
SS_BOUND = 1.0         # squared score points on a group's centred sum of squares
QUANTILE_BOUND = 0.1   # score points on a smoothed quantile
QUANTILE_WINDOW = 4    # order statistics averaged per quantile
SEED_ENV = "IBO_CELLKEY_SEED"

# Statistic streams (any distinct 64-bit constants).
STREAM = {name: np.uint64(i * 0x9E3779B97F4A7C15 % (1 << 64)) for i, name in enumerate(
    ("count", "zero", "sum", "ss", "p10", "q1", "median", "q3", "p90"), start=1)}


def draw_secret(secret: bytes, draw: int) -> bytes:
    """The secret of the build's `draw`-th noise draw: the secret itself for draw 0, else a
    keyed derivation of it (pipeline/DISCLOSURE.md, "Audit-driven redraw")."""
    if draw == 0:
        return secret
    return hashlib.sha256(secret + f"ibo-noise-draw:{int(draw)}".encode()).digest()


def synthetic_secret(seed: int) -> bytes:
    """The secret of a synthetic build: derived from the generator's seed (public)."""
    return hashlib.sha256(f"ibo-synthetic-cellkey:{int(seed)}".encode()).digest()


def real_secret(input_file: Path) -> bytes:
    """The secret of a build from real microdata.

    IBO_CELLKEY_SEED when set; otherwise a random secret kept in `<input>.cellkey` beside
    the input file (created on the first build, reused afterwards), never beside the
    aggregates.
    """
    env = settings.get(SEED_ENV)
    if env:
        return hashlib.sha256(env.encode()).digest()
    path = Path(input_file).with_name(Path(input_file).name + ".cellkey")
    if path.is_file():
        text = path.read_text(encoding="ascii").strip()
        if len(text) < 32:
            raise ValueError(f"{path.name}: cell-key secret too short; delete the file to "
                             "create a new one (the published noise then changes)")
        return bytes.fromhex(text) if all(c in "0123456789abcdef" for c in text) \
            else hashlib.sha256(text.encode()).digest()
    value = secrets.token_hex(32)
    path.write_text(value + "\n", encoding="ascii")
    os.chmod(path, 0o600)
    return bytes.fromhex(value)


def record_keys(org_ids, secret: bytes) -> np.ndarray:
    """One 32-bit record key per organisation (int64 array)."""
    key = hashlib.sha256(secret).digest()[:32]
    out = np.empty(len(org_ids), dtype=np.int64)
    for i, org in enumerate(org_ids):
        digest = hashlib.blake2b(str(org).encode("utf-8"), key=key, digest_size=4).digest()
        out[i] = int.from_bytes(digest, "little")
    return out


def cell_keys(members: np.ndarray, type_keysum: np.ndarray) -> np.ndarray:
    """Cell keys (int64 in [0, 2^32)) of sets given as a (sets, types) 0/1 matrix.

    type_keysum: (types,) or (types, K) sums of record keys per type (any int64).
    """
    ks = np.mod(type_keysum, KEY_MOD).astype(np.int64)
    # members @ ks can exceed int64 for many types: reduce in chunks of 2^20 types
    m = members.astype(np.int64)
    out = np.zeros((m.shape[0],) + ks.shape[1:], dtype=np.int64)
    step = 1 << 20
    for lo in range(0, m.shape[1], step):
        out = np.mod(out + m[:, lo:lo + step] @ ks[lo:lo + step], KEY_MOD)
    return out


def sum_bound(n_pub: np.ndarray) -> np.ndarray:
    """The bound of the noise on a group's sum of scores, from its published n'."""
    return np.minimum(SUM_BOUND, SUM_BOUND_BASE + SUM_BOUND_SLOPE
                      * np.asarray(n_pub, dtype=float))


def _mix(x: np.ndarray) -> np.ndarray:
    """splitmix64 finaliser (uint64 -> uint64)."""
    x = x.astype(np.uint64)
    with np.errstate(over="ignore"):
        x = (x ^ (x >> np.uint64(30))) * np.uint64(0xBF58476D1CE4E5B9)
        x = (x ^ (x >> np.uint64(27))) * np.uint64(0x94D049BB133111EB)
        x = x ^ (x >> np.uint64(31))
    return x


def uniform(cell_key: np.ndarray, stream: str, salt: int = 0) -> np.ndarray:
    """A pseudo-random number in [0, 1) per cell key for one statistic stream."""
    with np.errstate(over="ignore"):
        x = np.asarray(cell_key, dtype=np.int64).astype(np.uint64) \
            + STREAM[stream] + np.uint64(salt) * np.uint64(0xD1B54A32D192ED03)
    return (_mix(_mix(x)) >> np.uint64(11)).astype(np.float64) / float(1 << 53)


def triangular(cell_key: np.ndarray, stream: str) -> np.ndarray:
    """Noise on [-1, 1] with a triangular density (sum of two uniforms minus 1)."""
    return uniform(cell_key, stream, 1) + uniform(cell_key, stream, 2) - 1.0


def count_noise(cell_key: np.ndarray, stream: str) -> np.ndarray:
    """d in {-2..2} with probabilities 1,2,3,2,1 / 9 per cell key."""
    u = uniform(cell_key, stream)
    edges = np.cumsum(COUNT_WEIGHTS) / COUNT_WEIGHTS.sum()
    return COUNT_NOISE[np.minimum(np.searchsorted(edges, u, side="right"),
                                  len(COUNT_NOISE) - 1)]
