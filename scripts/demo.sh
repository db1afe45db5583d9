#!/usr/bin/env bash
# Set everything up (first run only) and open the demo station. Extra arguments go to `kiosk demo`.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
exec .venv/bin/kiosk demo "$@"
