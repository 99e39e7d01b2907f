"""gunicorn settings: `gunicorn -c gunicorn.conf.py app:server` (see scripts/serve.sh).

Environment: IBO_WORKERS (default 2), IBO_THREADS (default 4), HOST (0.0.0.0), PORT (8050),
IBO_TIMEOUT (seconds, default 30). The app is loaded once before forking (preload_app): a bad
aggregate file stops the master with one line on stderr, and workers share its memory.
"""

import os

from gunicorn.http import wsgi


def _int(name: str, default: int) -> int:
    value = os.environ.get(name, str(default))
    if not value.isdigit() or int(value) < 1:
        raise SystemExit(f"error: {name} must be a positive whole number, got {value!r}")
    return int(value)


bind = f"{os.environ.get('HOST', '0.0.0.0')}:{_int('PORT', 8050)}"
workers = _int("IBO_WORKERS", 2)
threads = _int("IBO_THREADS", 4)
worker_class = "gthread"
preload_app = True
timeout = _int("IBO_TIMEOUT", 30)  # a worker silent this long is restarted
graceful_timeout = 20
keepalive = 5
max_requests = 5000  # recycle workers now and then, staggered by the jitter
max_requests_jitter = 500
control_socket_disable = True  # no gunicornc socket in $HOME (it clashes between instances)
limit_request_line = 8190  # long enough for any link the app itself writes

# Access log: path only. Query strings and the Referer can hold a user's benchmark answers,
# so neither is ever logged.
accesslog = "-"
access_log_format = '%(h)s %(t)s "%(m)s %(U)s %(H)s" %(s)s %(B)s %(M)sms "%(a)s"'
errorlog = "-"
loglevel = os.environ.get("IBO_LOG_LEVEL", "info")

# No "Server: gunicorn" header: drop it from gunicorn's default response headers.
_default_headers = wsgi.Response.default_headers
wsgi.Response.default_headers = lambda self: [
    h for h in _default_headers(self) if not h.lower().startswith("server:")]
