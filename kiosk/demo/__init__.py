"""Realistic demo and simulation data (Chinese names, employers, jobs) made through the real operations."""

from __future__ import annotations

import os
from pathlib import Path


def demo_home(cli_home: str | None) -> Path:
    """The demo station's home: --home, else $KIOSK_HOME, else its own folder (never the real station's)."""
    if cli_home:
        return Path(cli_home).expanduser().resolve()
    if os.environ.get("KIOSK_HOME"):
        return Path(os.environ["KIOSK_HOME"]).expanduser().resolve()
    return Path.home() / ".local" / "share" / "gig-kiosk-demo"
