"""gunicorn settings: `gunicorn -c gunicorn.conf.py app:server` (see scripts/serve.sh).

Environment (declared with defaults in data/settings.py, listed in README.md): IBO_WORKERS,
IBO_THREADS, HOST, PORT, IBO_TIMEOUT, IBO_LOG_LEVEL, IBO_HEALTH_BIND; a bad value stops with one
line. The app is loaded once before forking (preload_app): a bad aggregate file stops the
master with one line on stderr, and workers share its memory.

gunicorn alone does not survive slow clients (every connection holds a thread while its
headers arrive): in production it listens on loopback behind nginx (scripts/serve.sh), and
the master answers nginx's /healthz on IBO_HEALTH_BIND (serving/health.py).
"""

import os

from gunicorn.http import wsgi

from data import settings

settings.check_or_exit()

bind = f"{settings.host(production=True)}:{settings.get('PORT')}"
workers = settings.get("IBO_WORKERS")
threads = settings.get("IBO_THREADS")
worker_class = "gthread"
preload_app = True
timeout = settings.get("IBO_TIMEOUT")  # a worker silent this long is restarted
graceful_timeout = 20
keepalive = 5
# Recycle workers now and then (insurance against slow growth; every cache is bounded),
# staggered by the jitter. Rarely: a new worker renders the default pages again and starts
# with empty caches, and at 5,000 a worker serving the realistic mix (~115 requests/s,
# bench/load.py) was replaced every ~45 s.
max_requests = 200_000
max_requests_jitter = 20_000
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
loglevel = settings.get("IBO_LOG_LEVEL")

# No "Server: gunicorn" header: drop it from gunicorn's default response headers.
_default_headers = wsgi.Response.default_headers
wsgi.Response.default_headers = lambda self: [
    h for h in _default_headers(self) if not h.lower().startswith("server:")]


def when_ready(server) -> None:
    """Answer nginx's /healthz from the master (serving/health.py): it loaded the app before
    forking and is otherwise idle, so the answer never waits behind page work in a worker."""
    address = settings.get("IBO_HEALTH_BIND")
    if address:
        from serving import health

        health.start_listener(address, workers=lambda: len(server.WORKERS))


def post_worker_init(worker) -> None:
    """Render the default pages in the background (serving.warm_later; off the start-up
    path)."""
    import serving

    serving.warm_later()
