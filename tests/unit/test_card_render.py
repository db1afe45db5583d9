"""Printed cards: the right size, a crisp QR that scans back from a camera frame, the worker's own card."""

from __future__ import annotations

import re
from datetime import date

import cv2
import numpy as np
import pytest
from tests.unit.conftest import make_worker_form
from PIL import Image

from kiosk.cards.render import CardPrint, card_print_for, find_cjk_font, render_card, render_card_pdf, render_card_png
from kiosk.devices.decoder import make_decoder
from kiosk.devices.synthetic import HEIGHT, WIDTH, demo_card_text, empty_frame
from kiosk.domain import card_format as cf
from kiosk.domain.messages import UserError
from kiosk.ops import cards, workers

PAYLOAD = demo_card_text(np.random.default_rng(11))


def _info(name="王建国") -> CardPrint:
    return CardPrint(name, "ZD01-00012", "和平街道零工驿站", "010-88886666", PAYLOAD, date(2026, 11, 23))


def _qr_box(image: np.ndarray) -> tuple[int, int, int, int]:
    """Bounding box (x0, y0, x1, y1) of the dark pixels in the card's right half below the title band."""
    band, half = 130, image.shape[1] // 2
    ys, xs = np.nonzero(np.all(image[band:, half:] < 60, axis=2))
    return int(xs.min()) + half, int(ys.min()) + band, int(xs.max()) + half, int(ys.max()) + band


def test_card_is_id1_size_at_300_dpi_with_a_chinese_font(tmp_path):
    assert find_cjk_font() is not None, "install fonts-noto-cjk: without it names print as boxes"
    png = render_card_png(_info(), tmp_path / "card.png")
    image = Image.open(png)
    assert image.size == (1011, 638)  # 85.6 x 54 mm
    assert round(image.info["dpi"][0]) == 300
    pdf = render_card_pdf(_info(), tmp_path / "card.pdf").read_bytes()
    box = re.search(rb"/MediaBox \[ ?0 0 ([\d.]+) ([\d.]+) ?\]", pdf)
    width_mm, height_mm = (float(v) / 72 * 25.4 for v in box.groups())
    assert abs(width_mm - 85.6) < 0.3 and abs(height_mm - 54.0) < 0.3


def test_the_qr_is_printed_crisp_at_the_specified_size():
    image = np.asarray(render_card(_info()))
    x0, y0, x1, y1 = _qr_box(image)
    side_mm = (x1 - x0 + 1) / 300 * 25.4
    assert abs(side_mm - cf.QR_PRINT_MM) < 2.0
    qr = image[y0:y1 + 1, x0:x1 + 1]
    assert set(np.unique(qr)) <= {0, 255}  # pure black and white: no blurred module edges
    quiet = 4 * 9  # four modules of 9 px all round must be paper
    around = image[y0 - quiet:y1 + quiet + 1, x0 - quiet:x1 + quiet + 1].copy()
    around[quiet:-quiet, quiet:-quiet] = 255
    assert around.min() == 255


@pytest.mark.parametrize("name", ["王建国", "阿依古丽·买买提", "欧阳娜娜娜娜娜娜娜娜娜娜娜娜"])
def test_a_card_scans_back_from_a_720p_camera_frame(name):
    card = cv2.cvtColor(np.asarray(render_card(_info(name))), cv2.COLOR_RGB2BGR)
    # held at arm's length: the 9 px modules of the print become ~3 px in the frame
    small = cv2.resize(card, None, fx=0.36, fy=0.36, interpolation=cv2.INTER_AREA)
    frame = empty_frame(5, "clean").image.copy()
    assert frame.shape[:2] == (HEIGHT, WIDTH)
    y, x = (HEIGHT - small.shape[0]) // 2, (WIDTH - small.shape[1]) // 2
    frame[y:y + small.shape[0], x:x + small.shape[1]] = small
    assert make_decoder("auto").decode(frame) == [PAYLOAD]


def test_card_print_for_uses_the_workers_active_card(core_station):
    worker_id = core_station.run(workers.register_worker, make_worker_form()).entity_id
    with pytest.raises(UserError) as caught:
        card_print_for(core_station, worker_id)
    assert "还没有有效的工作证" in caught.value.msg.zh
    first = core_station.run(cards.issue_card, worker_id).detail["payload"]
    second = core_station.run(cards.issue_card, worker_id).detail["payload"]
    info = card_print_for(core_station, worker_id)
    assert info.payload == second != first
    assert info.name == "王建国" and info.worker_no.startswith("ZD01-")
    assert info.station_name == core_station.settings.station.name
    assert info.issued_on == core_station.clock().date()
    assert info.expires_on is not None and info.expires_on > info.issued_on


def test_the_card_says_until_when_it_is_valid():
    from dataclasses import replace

    from kiosk.cards.render import validity

    info = replace(_info(), expires_on=date(2028, 11, 23))
    assert validity(info) == "有效期 2026-11-23 至 2028-11-23"
    assert np.asarray(render_card(info)).shape == np.asarray(render_card(_info())).shape
