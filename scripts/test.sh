#!/usr/bin/env bash
# Install what the tests need (Python packages, Debian chromium + chromium-driver) and run
# the whole suite, browser tests included. Extra arguments go to pytest.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/lib.sh
ensure_venv test
ensure_browser
ensure_nginx
export SE_OFFLINE=true  # selenium must use /usr/bin/chromedriver, never download one
exec "$PY" -m pytest --headless "$@"
