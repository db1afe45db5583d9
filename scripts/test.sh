#!/usr/bin/env bash
# Set everything up (first run only) and run the whole test suite. Extra arguments go to pytest.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
if [ -f scripts/start_postgres.sh ]; then
  # a throwaway PostgreSQL for the central server's tests (installed if missing; skipped with a reason if impossible)
  eval "$(bash scripts/start_postgres.sh)" || echo "[test] PostgreSQL unavailable: its tests will be skipped"
fi
export QT_QPA_PLATFORM=offscreen
exec .venv/bin/python -m pytest -p no:cacheprovider "$@"
