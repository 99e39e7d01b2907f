#!/usr/bin/env bash
# Production: nginx on HOST:PORT (default 0.0.0.0:8050) in front of gunicorn on loopback.
#
# nginx reads whole requests before gunicorn sees them (slow clients cannot tie up gunicorn's
# threads), limits request lines, headers and bodies, adds the security headers to every
# response and shows translated error pages. gunicorn (gunicorn.conf.py) listens on
# 127.0.0.1:IBO_APP_PORT (8051) only; its master answers /healthz on
# 127.0.0.1:IBO_HEALTH_PORT (8052). The nginx configuration is generated into IBO_RUN_DIR (default /tmp/innovatiebarometer;
# any writable directory, e.g. on a memory file system when the root file system is read-only)
# from serving/nginx.conf.template. The app's modules are byte-compiled first (compile_app in
# scripts/lib.sh). Extra arguments go to gunicorn. Stops both on TERM/INT.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/lib.sh
if [ "${IBO_NO_INSTALL:-0}" != 1 ]; then
  ensure_venv ""
  ensure_nginx
fi
compile_app  # also with IBO_NO_INSTALL (a given venv): cheap when nothing changed
HOST="${HOST:-0.0.0.0}"
PORT="${PORT:-8050}"
APP_PORT="${IBO_APP_PORT:-8051}"
HEALTH_PORT="${IBO_HEALTH_PORT:-8052}"
RUN_DIR="${IBO_RUN_DIR:-/tmp/innovatiebarometer}"
NGINX="${NGINX:-$(command -v nginx || echo /usr/sbin/nginx)}"

"$PY" -m serving.nginx --out "$RUN_DIR" --listen "$HOST:$PORT" \
  --app "127.0.0.1:$APP_PORT" --health "127.0.0.1:$HEALTH_PORT" >/dev/null

HOST=127.0.0.1 PORT="$APP_PORT" IBO_HEALTH_BIND="127.0.0.1:$HEALTH_PORT" \
  "$VENV/bin/gunicorn" -c gunicorn.conf.py "$@" app:server &
GUNICORN=$!
"$NGINX" -c "$RUN_DIR/nginx.conf" -p "$RUN_DIR" &
NGINX_PID=$!
trap 'kill -TERM "$GUNICORN" "$NGINX_PID" 2>/dev/null || true' TERM INT EXIT
# Either one ending stops the other (the trap), with its exit status.
wait -n "$GUNICORN" "$NGINX_PID"
