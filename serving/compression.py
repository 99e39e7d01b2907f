"""Response compression with flask-compress (br, gzip).

Static files (component bundles such as plotly.min.js, and /assets) are compressed once per
file and algorithm and kept in memory; everything else (pages, callback responses, which all
share one URL) is compressed per request. Without the cache flask-compress re-compresses the
4.6 MB plotly.min.js on every request.
"""

from __future__ import annotations

from dash.fingerprint import check_fingerprint
from flask import Flask, Request, Response, request
from flask_compress import Compress

ALGORITHMS = ["br", "gzip"]
STATIC_PREFIXES = ("/_dash-component-suites/", "/assets/")
MAX_CACHED = 256  # entries (file x algorithm); the set of static files is small and fixed


class BoundedCache:
    """flask-compress cache backend that stops growing at MAX_CACHED entries."""

    def __init__(self) -> None:
        self.data: dict[str, bytes] = {}

    def get(self, key: str) -> bytes | None:
        return self.data.get(key)

    def set(self, key: str, value: bytes) -> None:
        if key in self.data or len(self.data) < MAX_CACHED:
            self.data[key] = value


def static_key(req: Request) -> str:
    """One cache entry per file: the fingerprint (.v1_2m3.js) is not part of the key, but the
    asset timestamp (?m=) is, so a changed asset is compressed again."""
    return f"{check_fingerprint(req.path)[0]}?m={req.args.get('m', '')}"


def is_static(path: str) -> bool:
    return path.startswith(STATIC_PREFIXES)


def install(server: Flask) -> None:
    server.config.update(COMPRESS_REGISTER=False, COMPRESS_ALGORITHM=ALGORITHMS,
                         COMPRESS_ALGORITHM_STREAMING=ALGORITHMS)
    per_request = Compress(server)
    server.config.update(COMPRESS_CACHE_BACKEND=BoundedCache, COMPRESS_CACHE_KEY=static_key)
    cached = Compress(server)
    server.config.update(COMPRESS_CACHE_BACKEND=None, COMPRESS_CACHE_KEY=None)

    @server.after_request
    def compress(response: Response) -> Response:
        if not is_static(request.path):
            return per_request.after_request(response)
        if response.is_streamed and response.status_code == 200:
            # Flask streams files from /assets: read them so the cached path applies.
            response.direct_passthrough = False
            response.make_sequence()
        return cached.after_request(response)
