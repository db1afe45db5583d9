"""The board as a wall runs it (`kiosk board`, a fresh process, full screen on a 55-inch panel) shows every pay.

In-process tests share one QApplication whose environment was fixed before the board's code ran; settings
that only act when Qt first draws text (such as its glyph cache limit, which with PySide6 6.11 blanked every
text above 64 px: the pay) are only seen by starting the board the way production does."""

from __future__ import annotations

import dataclasses
import json
import os
import random
import subprocess
import sys
from datetime import datetime, timedelta
from pathlib import Path

import numpy as np
import pytest
from PySide6.QtGui import QImage

from kiosk.demo.people import JOB_TEMPLATES, fake_job
from kiosk.ops.jobs import post_job
from kiosk.station import Station
from kiosk.ui.board.demo import configure
from kiosk.ui.board.layout import PAY

GRAB = Path(__file__).with_name("grab_board.py")
ROOT = Path(__file__).resolve().parents[3]


def station_with_orders(home: Path, count: int) -> None:
    """Orders that start tomorrow by the real clock (the board process reads with the real clock)."""
    station = Station.open(home)
    try:
        configure(station, online=True)
        rng = random.Random(3)
        start = (datetime.now() + timedelta(days=1)).replace(hour=8, minute=0, second=0, microsecond=0)
        for i in range(count):
            form = fake_job(rng, start, JOB_TEMPLATES[i])
            station.run(post_job, dataclasses.replace(form, starts_at=start, ends_at=start + timedelta(hours=9)))
    finally:
        station.close()


def pay_pixels(image: QImage, rect) -> int:
    """Pixels of the pay colour (anti-aliased edges allowed) inside `rect`."""
    crop = image.copy(*(round(v) for v in rect)).convertToFormat(QImage.Format.Format_RGB888)
    rgb = np.frombuffer(crop.constBits(), np.uint8).reshape(crop.height(), crop.bytesPerLine())
    rgb = rgb[:, :crop.width() * 3].reshape(crop.height(), crop.width(), 3).astype(int)
    want = np.array([int(PAY[i:i + 2], 16) for i in (1, 3, 5)])
    return int((np.abs(rgb - want).sum(axis=2) < 60).sum())


@pytest.mark.parametrize("width,height", [(1920, 1080), (3840, 2160)], ids=["1080p", "4K"])
def test_kiosk_board_draws_each_cards_pay_on_a_55_inch_wall(tmp_path, width, height):
    home = tmp_path / "home"
    station_with_orders(home, 6)
    screens = tmp_path / "screens.json"
    screens.write_text(json.dumps({"screens": [{"name": "wall", "x": 0, "y": 0, "width": width, "height": height,
                                                "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}]}))
    env = dict(os.environ, QT_QPA_PLATFORM=f"offscreen:configfile={screens}", PYTHONPATH=str(ROOT))
    env.pop("QT_MAX_CACHED_GLYPH_SIZE", None)  # what the program itself sets is under test, not the runner's
    out = tmp_path / "wall"
    proc = subprocess.run([sys.executable, str(GRAB), str(out), "--", "--home", str(home), "board", "--diagonal", "55",
                           "--quit-after", "60"], env=env, capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, proc.stderr
    shown = json.loads(out.with_suffix(".json").read_text())
    assert shown["size"] == [width, height], "full screen on the wall's panel"
    assert len(shown["pays"]) == 6
    image = QImage(str(out.with_suffix(".png")))
    area = (height / 1080) ** 2
    for box in shown["pays"]:
        assert pay_pixels(image, box) > 800 * area, f"no pay drawn in {box}"
