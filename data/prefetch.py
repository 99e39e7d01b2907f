"""Read the aggregate files in a background thread while the app's imports run (cold start).

    start()           begin reading every aggregate file of schema.aggregates_dir()
    take(path)        the Arrow table read for that file, once, or None

app.py calls start() before it imports dash and pandas (about 0.8 s, holding the GIL); Arrow
decodes the Parquet files (about 0.2 s) without the GIL, on the other CPU. data/load.py asks
take() before it reads a file itself. Nothing is checked here: a file that is missing,
unreadable, or changed since it was read gives None, and the loader reads it again and names
the problem (start-up still stops with one line).

Imports only pyarrow and data.schema (not pandas: that import is what the read overlaps).
"""

from __future__ import annotations

import threading
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq

from data import schema

_READ: dict[Path, tuple[tuple[int, int], pa.Table]] = {}
_THREADS: list[threading.Thread] = []


def use_system_allocator() -> None:
    """Arrow's default allocator (mimalloc) keeps the freed decode buffers of the Parquet
    files; the system allocator gives them back to glibc (bench/memory.py). Call before the
    first read."""
    pa.set_memory_pool(pa.system_memory_pool())


def start() -> None:
    """Read every aggregate file in a background thread (one call per process)."""
    use_system_allocator()
    paths = [schema.aggregates_dir() / table.filename for table in schema.TABLES]
    thread = threading.Thread(target=_read_all, args=(paths,), name="aggregates-prefetch",
                              daemon=True)
    _THREADS.append(thread)
    thread.start()


def _read_all(paths: list[Path]) -> None:
    for path in paths:
        try:
            stamp = _stamp(path)
            # One thread, as the loader reads (no per-thread allocator arenas).
            _READ[path] = (stamp, pq.ParquetFile(path).read(use_threads=False))
        except Exception:  # noqa: BLE001 - the loader reads the file again and names it
            continue


def _stamp(path: Path) -> tuple[int, int]:
    stat = path.stat()
    return stat.st_mtime_ns, stat.st_size


def take(path: Path) -> pa.Table | None:
    """The table read in the background for `path` (given once), if the file is unchanged
    since; waits for the reading to finish. None when nothing was read for it."""
    while _THREADS:
        _THREADS.pop().join()
    entry = _READ.pop(path, None)
    if entry is None:
        return None
    stamp, table = entry
    try:
        return table if _stamp(path) == stamp else None
    except OSError:
        return None
