# Shared set-up steps for scripts/run.sh and scripts/test.sh (sourced, not run).
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
