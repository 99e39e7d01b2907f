#!/usr/bin/env bash
# Start the dashboard on the shipped aggregates: http://127.0.0.1:8050
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/lib.sh
ensure_venv ""
compile_app
exec "$PY" app.py
