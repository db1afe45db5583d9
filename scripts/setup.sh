#!/usr/bin/env bash
# One-time (and safe to repeat) set-up: system libraries, a virtual environment, the kiosk package.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd)
VENV="${KIOSK_VENV:-$ROOT/.venv}"

SUDO=""
if [ "$(id -u)" != "0" ]; then
  if command -v sudo >/dev/null 2>&1; then SUDO="sudo"; fi
fi

# System libraries: zbar for QR decoding, Qt's runtime libraries, a CJK font, Xvfb for headless runs.
APT_PKGS="libzbar0 fonts-noto-cjk espeak-ng libgl1 libegl1 libxkbcommon0 libxkbcommon-x11-0 libxcb-cursor0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1 libxcb-randr0 libxcb-render-util0 libxcb-shape0 libxcb-xinerama0 libxcb-xkb1 libdbus-1-3 libfontconfig1 libglib2.0-0 xvfb xauth python3-venv"
missing=""
if command -v dpkg-query >/dev/null 2>&1; then
  for p in $APT_PKGS; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing="$missing $p"
  done
fi
if [ -n "$missing" ]; then
  echo "[setup] installing system packages:$missing"
  if command -v apt-get >/dev/null 2>&1; then
    export DEBIAN_FRONTEND=noninteractive
    $SUDO apt-get update -qq || true
    # python3-venv may be unnecessary (pyenv/py builds ship venv); never fail on it alone.
    $SUDO apt-get install -y -qq --no-install-recommends $missing >/dev/null || \
      $SUDO apt-get install -y -qq --no-install-recommends $(echo "$missing" | sed 's/python3-venv//') >/dev/null
  else
    echo "[setup] apt-get not found: please install:$missing" >&2
  fi
fi

PY="${PYTHON:-python3}"
if ! "$PY" -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else 1)'; then
  echo "[setup] Python 3.11 or newer is required (found $("$PY" --version 2>&1))" >&2
  exit 1
fi
if [ ! -x "$VENV/bin/python" ]; then
  echo "[setup] creating virtual environment in $VENV"
  "$PY" -m venv "$VENV"
fi
stamp="$VENV/.kiosk-installed"
if [ ! -f "$stamp" ] || [ pyproject.toml -nt "$stamp" ]; then
  echo "[setup] installing Python packages"
  "$VENV/bin/python" -m pip install -q --upgrade pip
  "$VENV/bin/python" -m pip install -q -e ".[test]"
  touch "$stamp"
fi
"$VENV/bin/python" -m kiosk.tools.build_translations >/dev/null 2>&1 || true
echo "[setup] ready: $VENV"
