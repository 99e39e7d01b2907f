# Shared set-up steps for scripts/run.sh, scripts/serve.sh and scripts/test.sh (sourced, not run).
# Creates the project's own virtual environment in .venv and installs what is asked for.

VENV="${VENV:-.venv}"
PY="$VENV/bin/python"

as_root() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }

apt_install() {
  as_root apt-get update -qq
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$@"
}

ensure_venv() {  # $1: pip extras, e.g. "test" (empty for the app only)
  if [ ! -x "$PY" ]; then
    python3 -m venv "$VENV" 2>/dev/null || { apt_install python3-venv && python3 -m venv "$VENV"; }
  fi
  local spec="."
  [ -n "${1:-}" ] && spec=".[$1]"
  local stamp="$VENV/.installed-${1:-app}"
  if [ ! -f "$stamp" ] || [ pyproject.toml -nt "$stamp" ]; then
    "$PY" -m pip install -q --upgrade pip
    "$PY" -m pip install -q -e "$spec"
    touch "$stamp"
  fi
}

# The app's own modules (what `import app` and gunicorn.conf.py load from this checkout).
APP_SOURCES=(app.py gunicorn.conf.py callbacks components data pages serving)

compile_app() {  # byte-code of the app's modules, written once instead of compiled at each start
  # Python writes no .pyc itself where PYTHONDONTWRITEBYTECODE is set (some containers), and
  # would then compile these ~120 modules from source at every start (0.3 s of the cold
  # start). compileall skips modules whose .pyc is current; on import Python compares each
  # .pyc with its source's modification time and size and ignores a stale one. A read-only
  # checkout keeps the .pyc files written before (e.g. when the image was built).
  if ! "$PY" -m compileall -qq "${APP_SOURCES[@]}"; then
    echo "note: could not write byte-code for every module (read-only checkout?);" \
      "Python compiles those at each start" >&2
  fi
}

ensure_browser() {  # Debian's chromium and its chromedriver (never a downloaded driver)
  if ! command -v chromium >/dev/null || ! command -v chromedriver >/dev/null; then
    apt_install chromium chromium-driver
  fi
}

ensure_nginx() {  # Debian's nginx (the production set-up and its test); not started as a service
  if ! command -v nginx >/dev/null && [ ! -x /usr/sbin/nginx ]; then
    apt_install nginx
  fi
}

ensure_redis() {  # Debian's redis-server: the live-session tests start their own on a free port
  if ! command -v redis-server >/dev/null; then
    apt_install redis-server
  fi
}
