"""Printers: PDF files, ESC/POS bytes a receipt printer understands, CUPS, and plain messages on failure."""

from __future__ import annotations

import os
from datetime import date
from pathlib import Path

import numpy as np
import pytest
from tests.unit.device_fakes import fake_program, only_path
from PIL import Image

from kiosk.cards.render import CardPrint
from kiosk.devices.printer import (EscPosPrinter, PdfPrinter, PrinterError, SystemPrinter, escpos_qr,
                                   make_printer)
from kiosk.devices.synthetic import demo_card_text
from kiosk.settings import Settings

PAYLOAD = demo_card_text(np.random.default_rng(3))
INFO = CardPrint("王建国", "ZD01-00012", "和平街道零工驿站", "010-88886666", PAYLOAD, date(2026, 11, 23))


def test_pdf_printer_writes_a_card_pdf_and_png(tmp_path):
    result = PdfPrinter(tmp_path / "cards").print_card(INFO)
    assert result.ok and result.path.suffix == ".pdf" and result.path.read_bytes().startswith(b"%PDF")
    png = result.path.with_suffix(".png")
    assert Image.open(png).size == (1011, 638)
    assert str(result.path) in result.msg.zh
    slip = PdfPrinter(tmp_path / "cards").print_slip(["报名成功", "仓库分拣员 明天 08:00"], qr_text=PAYLOAD)
    assert slip.ok and slip.path.read_bytes().startswith(b"%PDF") and slip.path != result.path


def test_escpos_bytes_carry_han_text_in_gb18030_and_a_native_qr(tmp_path):
    device = tmp_path / "lp0"
    device.touch()
    result = EscPosPrinter(device, encoding="gb18030", paper_mm=58).print_card(INFO)
    data = device.read_bytes()
    assert result.ok and result.path is None
    assert data.startswith(b"\x1b@")  # initialise
    assert b"\x1c&" in data  # Chinese character mode
    assert "王建国".encode("gb18030") in data and "和平街道零工驿站".encode("gb18030") in data
    assert "王建国".encode("utf-8") not in data
    assert b"\x1d(k" + bytes([len(PAYLOAD) + 3, 0]) + b"1P0" + PAYLOAD.encode() in data  # store the QR data
    assert b"\x1d(k\x03\x001Q0" in data  # print it
    assert b"\x1d(k\x03\x001E1" in data  # error correction M, as the card format says
    assert data.rstrip(b"\n").endswith(b"\x1dVA\x10")  # cut


def test_escpos_encoding_is_a_setting_and_cjk_punctuation_survives(tmp_path):
    device = tmp_path / "lp0"
    device.touch()
    EscPosPrinter(device, encoding="utf-8").print_slip(["——、。", "编号：ZD01-00012"])
    data = device.read_bytes()
    assert "——、。".encode("utf-8") in data and "编号：".encode("utf-8") in data
    assert b"\x1c&" not in data
    device.write_bytes(b"")
    EscPosPrinter(device, encoding="gbk").print_slip(["——、。"])
    assert "——、。".encode("gbk") in device.read_bytes()


def test_escpos_qr_is_small():
    assert len(escpos_qr(PAYLOAD)) < 200  # the printer draws it; no image is sent


def test_a_missing_receipt_printer_is_a_plain_message_with_a_way_forward(tmp_path):
    printer = EscPosPrinter(tmp_path / "no-such-lp0")
    with pytest.raises(PrinterError) as caught:
        printer.print_card(INFO)
    message = caught.value.msg
    assert message.code == "printer.missing" and "没有连接" in message.zh
    assert "稍后在工友档案里再打印" in message.zh and "later from the worker's profile" in message.en
    assert not printer.check().ok


@pytest.mark.skipif(not os.path.exists("/dev/full"), reason="needs /dev/full")
def test_out_of_paper_is_reported_as_such():
    # the usblp driver answers a write with ENOSPC when the paper is out, exactly as /dev/full does
    with pytest.raises(PrinterError) as caught:
        EscPosPrinter("/dev/full").print_slip(["测试"])
    assert caught.value.msg.code == "printer.paper" and "缺纸" in caught.value.msg.zh


def test_system_printer_hands_the_card_pdf_to_lp(tmp_path, monkeypatch):
    bin_dir = tmp_path / "bin"
    only_path(monkeypatch, bin_dir)
    seen = tmp_path / "seen"
    fake_program(bin_dir, "lp", f'echo "$*" > "{seen}.args"\nfor f; do :; done\n/bin/cp "$f" "{seen}.pdf"')
    result = SystemPrinter("card-printer").print_card(INFO)
    assert result.ok
    args = Path(f"{seen}.args").read_text().split()
    assert args[:2] == ["-d", "card-printer"]
    assert Path(f"{seen}.pdf").read_bytes().startswith(b"%PDF")


def test_system_printer_failures_are_plain_messages(tmp_path, monkeypatch):
    bin_dir = tmp_path / "bin"
    only_path(monkeypatch, bin_dir)
    with pytest.raises(PrinterError) as caught:
        SystemPrinter("x").print_slip(["a"])
    assert caught.value.msg.code == "printer.no_cups" and "CUPS" in caught.value.msg.zh
    fake_program(bin_dir, "lp", 'echo "lp: The printer or class does not exist." >&2\nexit 1')
    with pytest.raises(PrinterError) as caught:
        SystemPrinter("x").print_card(INFO)
    assert "does not exist" in caught.value.msg.zh and "稍后" in caught.value.msg.zh


def test_make_printer_reads_the_setting(tmp_path):
    settings = Settings(home=tmp_path)
    assert isinstance(make_printer(settings), PdfPrinter) and make_printer(settings).out_dir == settings.cards_dir
    settings.devices.printer, settings.devices.printer_encoding, settings.devices.paper_mm = "escpos:/dev/usb/lp0", "gbk", 80
    escpos = make_printer(settings)
    assert isinstance(escpos, EscPosPrinter) and escpos.encoding == "gbk" and escpos.paper_mm == 80
    settings.devices.printer = "system:Zebra_ZC300"
    assert make_printer(settings).printer_name == "Zebra_ZC300"
    settings.devices.printer = "laser"
    assert isinstance(make_printer(settings), PdfPrinter)
