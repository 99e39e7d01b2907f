#!/usr/bin/env bash
# Production server: gunicorn with gunicorn.conf.py (workers, threads, bind from IBO_WORKERS,
# IBO_THREADS, HOST, PORT). Health check: GET /healthz. Extra arguments go to gunicorn.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/lib.sh
ensure_venv ""
exec "$VENV/bin/gunicorn" -c gunicorn.conf.py "$@" app:server
