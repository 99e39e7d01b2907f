#!/usr/bin/env bash
# Install what the tests need (Python packages, Debian chromium + chromium-driver,
# redis-server) and run
# the whole suite, browser tests included. Extra arguments go to pytest.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/lib.sh
ensure_venv test
ensure_browser
ensure_nginx
ensure_redis
export SE_OFFLINE=true  # selenium must use /usr/bin/chromedriver, never download one
exec "$PY" -m pytest --headless "$@"
