"""gunicorn's logger without query strings: `logger_class` in gunicorn.conf.py.

gunicorn logs the request lines it rejects (bad bytes, over-long lines, bad headers) whole:
"Invalid request from ip=...: Invalid HTTP request line: 'GET /benchmark?a=1.2.3 ...'". Query
strings can hold a user's benchmark answers, so every message of gunicorn's error log is
written with its queries cut off ("?..." up to the next space or quote). The access log has
its own format without queries (gunicorn.conf.py).
"""

from __future__ import annotations

import re

from gunicorn.glogging import Logger

QUERY = re.compile(r"\?[^\s'\"\\]*")
REDACTED = "?[query not logged]"


def redact(text: str) -> str:
    return QUERY.sub(REDACTED, text)


class QueryFreeLogger(Logger):
    @staticmethod
    def _clean(msg, args) -> str:
        text = str(msg)
        if args:
            try:
                text = text % args
            except (TypeError, ValueError):
                text = " ".join([text, *map(str, args)])
        return redact(text)

    def critical(self, msg, *args, **kwargs):
        super().critical(self._clean(msg, args), **kwargs)

    def error(self, msg, *args, **kwargs):
        super().error(self._clean(msg, args), **kwargs)

    def warning(self, msg, *args, **kwargs):
        super().warning(self._clean(msg, args), **kwargs)

    def info(self, msg, *args, **kwargs):
        super().info(self._clean(msg, args), **kwargs)

    def debug(self, msg, *args, **kwargs):
        super().debug(self._clean(msg, args), **kwargs)

    def exception(self, msg, *args, **kwargs):
        super().exception(self._clean(msg, args), **kwargs)
