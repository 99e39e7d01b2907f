"""Keep each server process small (budget: < 200 MB RSS per gunicorn worker).

`setup()` runs before the aggregates are read, `compact()` after the warm-up, in the master
process (preload_app), so every worker is forked small. Measured with bench/memory.py:
- Arrow's default allocator (mimalloc) keeps freed decode buffers of the Parquet files;
  the system allocator gives them back to glibc, and malloc_trim returns them to the OS.
- gthread workers run requests on several threads; glibc then grows one malloc arena per
  thread (up to 8 x cores). Two arenas are enough for a handful of threads.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import gc

import pyarrow as pa

M_ARENA_MAX = -8  # mallopt parameter (glibc malloc.h)
MALLOC_ARENAS = 2
# The cyclic GC's first generation is collected every GC_THRESHOLD[0] allocations (Python's
# default: 700). A request builds a few thousand short-lived objects (component trees, JSON),
# nearly all freed by reference counting: at 700 the GC ran several times per request, 4% of
# a worker's CPU in the realistic mix, for garbage that was not cyclic (bench/mix_cpu.py).
GC_THRESHOLD = (50_000, 10, 10)


def _libc():
    name = ctypes.util.find_library("c")
    if not name:
        return None
    try:
        libc = ctypes.CDLL(name)
        return libc if hasattr(libc, "malloc_trim") and hasattr(libc, "mallopt") else None
    except OSError:
        return None


def setup() -> None:
    """Use the system allocator for Arrow and cap glibc's malloc arenas (glibc only)."""
    pa.set_memory_pool(pa.system_memory_pool())
    libc = _libc()
    if libc is not None:
        libc.mallopt(M_ARENA_MAX, MALLOC_ARENAS)


def compact() -> None:
    """Give freed memory back to the OS and keep the start-up objects out of the GC's way.

    gc.freeze() moves everything allocated so far into a permanent generation: collections
    in the workers no longer walk it, and do not touch (and so copy) the pages forked from
    the master. The workers inherit GC_THRESHOLD. Automatic collection is on afterwards
    (app.py turns it off for the start-up). No collection before the freeze: it took 0.07 s
    of the cold start and found about 160 unreachable objects.
    """
    pa.default_memory_pool().release_unused()
    libc = _libc()
    if libc is not None:
        libc.malloc_trim(0)
    gc.freeze()
    gc.set_threshold(*GC_THRESHOLD)
    gc.enable()
