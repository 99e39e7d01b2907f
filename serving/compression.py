"""Response compression with flask-compress (br, gzip).

Static files (component bundles, /assets) and the HTML page (the same for every request,
serving/shell.py) are compressed once per content and algorithm and kept in memory. Everything
else (layouts, callback responses, which all share one URL) is compressed per request, at the
fastest levels (brotli 1, gzip 1): a /klimaat response (95 kB of JSON) takes 0.2 ms at brotli 1
against 0.9 ms at flask-compress's default 4, for 15% more bytes (9.7 kB against 8.5 kB), and
compressing them was a tenth of a loaded worker's time. Without the cache flask-compress
re-compresses a bundle on every request.

The cache key is the digest of the file's bytes, never anything the client chose (the path's
fingerprint, `?m=`): a thousand URLs for one file are one entry. The cache is bounded by the
total size of its entries (least recently used out first), so no request sequence grows it
past MAX_BYTES.
"""

from __future__ import annotations

import hashlib
import threading
from collections import ChainMap, OrderedDict

from flask import Flask, Response, g, request
from flask_compress import Compress

ALGORITHMS = ["br", "gzip"]
STATIC_PREFIXES = ("/_dash-component-suites/", "/assets/")
MAX_BYTES = 16 * 1024 * 1024  # compressed bytes; the app's static files take about 3 MB
PER_REQUEST_LEVELS = {"COMPRESS_BR_LEVEL": 1, "COMPRESS_LEVEL": 1}  # compressed once: defaults


class _Levels:
    """The Flask app as one Compress instance sees it: its config with other levels.

    flask-compress reads its levels from `app.config` on every response, and the two
    instances below share one app; each instance reads `self.app`, so the per-request one
    gets this view."""

    def __init__(self, app: Flask, levels: dict[str, int]) -> None:
        self._app = app
        self.config = ChainMap(levels, app.config)

    def __getattr__(self, name: str):
        return getattr(self._app, name)


class BoundedCache:
    """flask-compress cache backend: an LRU bounded by the total bytes of its values."""

    max_bytes = MAX_BYTES

    def __init__(self) -> None:
        self.data: OrderedDict[str, bytes] = OrderedDict()
        self.total = 0
        self.lock = threading.Lock()

    def get(self, key: str) -> bytes | None:
        with self.lock:
            value = self.data.get(key)
            if value is not None:
                self.data.move_to_end(key)
            return value

    def set(self, key: str, value: bytes) -> None:
        if len(value) > self.max_bytes:
            return
        with self.lock:
            old = self.data.pop(key, None)
            if old is not None:
                self.total -= len(old)
            self.data[key] = value
            self.total += len(value)
            while self.total > self.max_bytes:
                _, dropped = self.data.popitem(last=False)
                self.total -= len(dropped)


def content_key(body: bytes) -> str:
    return hashlib.blake2b(body, digest_size=16).hexdigest() + f":{len(body)}"


def static_key(_req) -> str:
    """The digest of the response body (set by `compress` below before flask-compress runs)."""
    return g.static_content_key


def is_static(path: str) -> bool:
    return path.startswith(STATIC_PREFIXES)


def install(server: Flask) -> None:
    server.config.update(COMPRESS_REGISTER=False, COMPRESS_ALGORITHM=ALGORITHMS,
                         COMPRESS_ALGORITHM_STREAMING=ALGORITHMS)
    per_request = Compress(server)
    per_request.app = _Levels(server, PER_REQUEST_LEVELS)
    server.config.update(COMPRESS_CACHE_BACKEND=BoundedCache, COMPRESS_CACHE_KEY=static_key)
    cached = Compress(server)
    server.config.update(COMPRESS_CACHE_BACKEND=None, COMPRESS_CACHE_KEY=None)
    server.extensions["static_compression_cache"] = cached.cache

    @server.after_request
    def compress(response: Response) -> Response:
        page = request.method == "GET" and response.mimetype == "text/html"
        if response.status_code != 200 or not (page or is_static(request.path)):
            return per_request.after_request(response)
        if response.is_streamed:
            # Flask streams files from /assets: read them so the cached path applies.
            response.direct_passthrough = False
            response.make_sequence()
        g.static_content_key = content_key(response.get_data())
        return cached.after_request(response)
