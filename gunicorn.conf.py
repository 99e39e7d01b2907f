"""gunicorn settings: `gunicorn -c gunicorn.conf.py app:server` (see scripts/serve.sh).

Environment: IBO_WORKERS (default 2), IBO_THREADS (default 4), HOST (127.0.0.1), PORT (8050),
IBO_TIMEOUT (seconds, default 30), IBO_HEALTH_BIND (host:port of the /healthz listener that
nginx asks, see serving/health.py; unset: none). The app is loaded once before forking
(preload_app): a bad aggregate file stops the master with one line on stderr, and workers share
its memory.

gunicorn alone does not survive slow clients (every connection holds a thread while its
headers arrive): in production it listens on loopback behind nginx (scripts/serve.sh).
"""

import os

from gunicorn.http import wsgi


def _int(name: str, default: int) -> int:
    value = os.environ.get(name, str(default))
    if not value.isdigit() or int(value) < 1:
        raise SystemExit(f"error: {name} must be a positive whole number, got {value!r}")
    return int(value)


bind = f"{os.environ.get('HOST', '127.0.0.1')}:{_int('PORT', 8050)}"
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
# Worker heartbeat files on a memory file system: the root file system may be read-only.
worker_tmp_dir = "/dev/shm" if os.path.isdir("/dev/shm") and os.access("/dev/shm", os.W_OK) \
    else None

# Access log: path only. Query strings and the Referer can hold a user's benchmark answers,
# so neither is ever logged.
accesslog = "-"
access_log_format = '%(h)s %(t)s "%(m)s %(U)s %(H)s" %(s)s %(B)s %(M)sms "%(a)s"'
errorlog = "-"
logger_class = "serving.gunicorn_log.QueryFreeLogger"  # rejected request lines without queries
loglevel = os.environ.get("IBO_LOG_LEVEL", "info")

# No "Server: gunicorn" header: drop it from gunicorn's default response headers.
_default_headers = wsgi.Response.default_headers
wsgi.Response.default_headers = lambda self: [
    h for h in _default_headers(self) if not h.lower().startswith("server:")]


def post_worker_init(worker) -> None:
    """Start this worker's /healthz listener (behind nginx; serving/health.py)."""
    address = os.environ.get("IBO_HEALTH_BIND", "").strip()
    if address:
        from serving import health

        health.start_listener(address)
