"""Memoised responses of callbacks whose output depends only on their inputs and the aggregates.

Rendering a page or a chart card costs 30-120 ms of CPU (pandas selections, plotly figure
validation, component trees); the same states are asked for again and again (everyone who
follows a shared link, the default view of every page). bench/callbacks.py measures it.

A callback module opts in per function with a module-level dict:

    CACHE = {"show_topic": None}                         # every call may be cached
    CACHE = {"route": lambda pathname, search: ...}      # only when this returns True

The predicate gets the callback's input and state values. Never opt in a callback that
receives a user's own answers (the benchmark): its response would be kept in memory.

The response JSON is kept zlib-compressed (a few kB per entry), at most MAX_ENTRIES per
callback (least recently used first out), per process. A response is kept the second time its
key is asked for within the last SEEN_KEYS keys (a "doorkeeper" admission): most states are
asked for once (random filter states, each user's own view), and compressing every one of
them for the cache took 8% of a loaded worker's time for entries never read. The default
pages are rendered into the cache at start (serving.warm_pages, under `admit_at_once()`).
The key is a hash of the input and state values, the triggering inputs, the outputs and the
aggregates folder; a response that also sets other components' props (set_props) is not
cached.
"""

from __future__ import annotations

import hashlib
import json
import sys
import threading
import zlib
from collections import OrderedDict
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from functools import wraps
from typing import Any

from dash import Dash

from data import load, schema

MAX_ENTRIES = 256
SEEN_KEYS = 4096  # keys asked for once, remembered (32 bytes each) until a second ask
LEVEL = 1  # zlib: fast; JSON of components still shrinks about 6 times
_AT_ONCE: ContextVar[bool] = ContextVar("admit_at_once", default=False)


@contextmanager
def admit_at_once() -> Iterator[None]:
    """Within this block (this thread or task), responses are kept the first time."""
    token = _AT_ONCE.set(True)
    try:
        yield
    finally:
        _AT_ONCE.reset(token)


class ResponseCache:
    """A bounded LRU of compressed response strings."""

    def __init__(self, max_entries: int = MAX_ENTRIES) -> None:
        self.max_entries = max_entries
        self.entries: OrderedDict[bytes, bytes] = OrderedDict()
        self.seen: OrderedDict[bytes, None] = OrderedDict()  # asked for once, not kept
        self.lock = threading.Lock()
        self.hits = self.misses = 0

    def get(self, key: bytes) -> str | None:
        with self.lock:
            blob = self.entries.get(key)
            if blob is None:
                self.misses += 1
                return None
            self.entries.move_to_end(key)
            self.hits += 1
        return zlib.decompress(blob).decode()

    def put(self, key: bytes, value: str) -> None:
        """Keep `value` if `key` was asked for before (or under admit_at_once)."""
        if not _AT_ONCE.get():
            with self.lock:
                if key not in self.seen:
                    self.seen[key] = None
                    while len(self.seen) > SEEN_KEYS:
                        self.seen.popitem(last=False)
                    return
                del self.seen[key]
        blob = zlib.compress(value.encode(), LEVEL)
        with self.lock:
            self.entries[key] = blob
            self.entries.move_to_end(key)
            while len(self.entries) > self.max_entries:
                self.entries.popitem(last=False)

    def clear(self) -> None:
        with self.lock:
            self.entries.clear()
            self.seen.clear()

    def size(self) -> int:
        with self.lock:
            return sum(len(v) for v in self.entries.values())


def _key(args: tuple, kwargs: dict) -> bytes:
    ctx = kwargs.get("callback_context") or {}
    triggered = [t.get("prop_id") for t in (ctx.get("triggered_inputs") or [])]
    outputs = kwargs.get("outputs_list")
    text = json.dumps([str(schema.aggregates_dir()), triggered, outputs, args],
                      sort_keys=True, default=repr, separators=(",", ":"))
    return hashlib.sha256(text.encode()).digest()


def cached(run: Callable[..., Any], when: Callable[..., bool] | None,
           cache: ResponseCache) -> Callable[..., Any]:
    """Wrap Dash's registered callback runner (it returns the response JSON string)."""

    @wraps(run)
    def wrapper(*args, **kwargs):
        if when is not None and not when(*args):
            return run(*args, **kwargs)
        key = _key(args, kwargs)
        hit = cache.get(key)
        if hit is not None:
            return hit
        response = run(*args, **kwargs)  # PreventUpdate and errors pass through, uncached
        ctx = kwargs.get("callback_context") or {}
        if isinstance(response, str) and not ctx.get("updated_props"):
            cache.put(key, response)
        return response

    wrapper.response_cache = cache  # type: ignore[attr-defined]
    return wrapper


def _declared(run: Callable[..., Any]) -> tuple[bool, Callable[..., bool] | None]:
    """Whether the callback's module opted in (CACHE), and its predicate."""
    func = getattr(run, "__wrapped__", run)
    module = sys.modules.get(getattr(func, "__module__", ""), None)
    declared = getattr(module, "CACHE", None) or {}
    name = getattr(func, "__name__", "")
    return (name in declared), declared.get(name)


def install(app: Dash) -> dict[str, ResponseCache]:
    """Wrap every opted-in server-side callback of `app` (after its first request, when Dash
    has collected the callbacks). Returns the caches by callback output key."""
    caches: dict[str, ResponseCache] = {}
    for key, spec in app.callback_map.items():
        run = spec.get("callback")
        if run is None or hasattr(run, "response_cache"):
            continue
        opted, when = _declared(run)
        if opted:
            caches[key] = ResponseCache()
            load.on_clear(caches[key].clear)  # a rebuilt folder: no stale responses
            spec["callback"] = cached(run, when, caches[key])
    return caches
