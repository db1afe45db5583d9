"""Printing worker cards and slips: to PDF files, to an ESC/POS receipt printer, or through CUPS."""

from __future__ import annotations

import errno
import logging
import os
import shutil
import subprocess
import tempfile
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Protocol

from kiosk.cards.render import CardPrint, render_card_pdf, render_card_png, render_slip_pdf
from kiosk.domain import card_format as cf
from kiosk.domain.messages import Msg, UserError, define, msg

log = logging.getLogger(__name__)

_LATER = "The card can be printed later from the worker's profile."
_LATER_ZH = "工作证可以稍后在工友档案里再打印。"
M_PRINTED = define("printer.printed", "Printed.", "已打印。")
M_SAVED = define("printer.saved", "Saved for printing: {path}", "已保存，可打印：{path}")
M_READY = define("printer.ready", "The printer {printer} is ready.", "打印机 {printer} 可以使用。")
E_MISSING = define("printer.missing", f"The printer {{printer}} is not connected. Please check its power and cable. {_LATER}",
                   f"打印机 {{printer}} 没有连接。请检查打印机电源和连线。{_LATER_ZH}")
E_PAPER = define("printer.paper", f"The printer is out of paper or its cover is open. Please load paper. {_LATER}",
                 f"打印机缺纸或纸仓盖没有盖好。请装纸后再试。{_LATER_ZH}")
E_OFFLINE = define("printer.offline", f"The printer {{printer}} does not respond. Please switch it off and on. {_LATER}",
                   f"打印机 {{printer}} 没有响应。请关掉打印机再打开。{_LATER_ZH}")
E_DENIED = define("printer.denied", f"This station may not use the printer {{printer}} (permission). Ask the "
                  f"administrator to add the kiosk user to the 'lp' group. {_LATER}",
                  f"本机没有使用打印机 {{printer}} 的权限。请管理员把本机用户加入 lp 组。{_LATER_ZH}")
E_NO_CUPS = define("printer.no_cups", f"The system print service (CUPS, 'lp') is not installed. {_LATER}",
                   f"本机没有安装系统打印服务（CUPS 的 lp 命令）。{_LATER_ZH}")
E_FAILED = define("printer.failed", f"Printing failed: {{detail}}. {_LATER}", f"打印失败：{{detail}}。{_LATER_ZH}")


class PrinterError(UserError):
    """The printer failed (missing, out of paper, no permission): tell the user, offer to print later."""

    def __init__(self, message: Msg):
        super().__init__(message, "printer")


@dataclass(frozen=True)
class PrintResult:
    ok: bool
    path: Path | None  # the file written, for printers that make one
    msg: Msg


class Printer(Protocol):
    name: str

    def print_card(self, info: CardPrint) -> PrintResult: ...
    def print_slip(self, lines: list[str], qr_text: str | None = None) -> PrintResult: ...
    def check(self) -> PrintResult: ...  # is it there and usable, without printing


def card_lines(info: CardPrint) -> list[str]:
    """A card as receipt lines, for printers that cannot print a card face."""
    return ["零工工作证 WORKER CARD", info.name, f"编号 {info.worker_no}", info.station_name,
            *([f"电话 {info.station_phone}"] if info.station_phone else []), f"发证 {info.issued_on.isoformat()}"]


def _stamp() -> str:
    return datetime.now().strftime("%Y%m%d-%H%M%S-%f")


class PdfPrinter:
    """Writes each card as PDF and PNG into a folder (the default, the demo, and the tests' printer)."""

    name = "pdf"

    def __init__(self, out_dir: str | Path):
        self.out_dir = Path(out_dir)

    def _prepare(self) -> None:
        try:
            self.out_dir.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise PrinterError(msg(E_FAILED, detail=f"{self.out_dir}: {exc.strerror}")) from exc

    def print_card(self, info: CardPrint) -> PrintResult:
        self._prepare()
        stem = self.out_dir / f"card-{info.worker_no}-{info.issued_on.isoformat()}"
        try:
            render_card_png(info, stem.with_suffix(".png"))
            path = render_card_pdf(info, stem.with_suffix(".pdf"))
        except OSError as exc:
            raise PrinterError(msg(E_FAILED, detail=f"{stem}: {exc.strerror}")) from exc
        return PrintResult(True, path, msg(M_SAVED, path=str(path)))

    def print_slip(self, lines: list[str], qr_text: str | None = None) -> PrintResult:
        self._prepare()
        path = self.out_dir / f"slip-{_stamp()}.pdf"
        try:
            render_slip_pdf(lines, qr_text, path)
        except OSError as exc:
            raise PrinterError(msg(E_FAILED, detail=f"{path}: {exc.strerror}")) from exc
        return PrintResult(True, path, msg(M_SAVED, path=str(path)))

    def check(self) -> PrintResult:
        existing = next(p for p in (self.out_dir, *self.out_dir.parents) if p.exists())
        ok = existing.is_dir() and os.access(existing, os.W_OK)
        label = f"PDF → {self.out_dir}"
        message = msg(M_READY, printer=label) if ok else msg(E_DENIED, printer=label)
        return PrintResult(ok, self.out_dir, message)


# --- ESC/POS receipt printers -------------------------------------------------------------------
ESC, GS, FS = b"\x1b", b"\x1d", b"\x1c"
INIT = ESC + b"@"
CHINESE_ON = FS + b"&"  # GB18030/GBK printers: double-byte (Han) character mode
ALIGN = {"left": ESC + b"a\x00", "centre": ESC + b"a\x01"}
SIZE = {"normal": GS + b"!\x00", "double": GS + b"!\x11"}
CUT = GS + b"VA\x10"  # feed a little, then a partial cut
_ECC = {"L": 48, "M": 49, "Q": 50, "H": 51}


def _gs_k(fn: int, data: bytes) -> bytes:
    """One 'GS ( k' (2-D symbol) command for QR (cn=49), function `fn`."""
    n = len(data) + 2
    return GS + b"(k" + bytes([n & 0xFF, n >> 8, 49, fn]) + data


def escpos_qr(text: str, module_dots: int = 6) -> bytes:
    """The printer draws the QR itself (a few hundred bytes, not an image): model 2, the card's ECC."""
    return (_gs_k(65, b"\x32\x00") + _gs_k(67, bytes([module_dots])) + _gs_k(69, bytes([_ECC[cf.QR_ERROR_CORRECTION]]))
            + _gs_k(80, b"\x30" + text.encode("utf-8")) + _gs_k(81, b"\x30"))


class EscPosPrinter:
    """A receipt printer written to as a device file (/dev/usb/lp0, a serial port...) with ESC/POS bytes."""

    name = "escpos"

    def __init__(self, device_path: str | Path, encoding: str = "gb18030", paper_mm: int = 58):
        self.device_path = Path(device_path)
        self.encoding = encoding
        self.paper_mm = paper_mm
        # 203 dpi heads: ~6 dots a module gives the 30 mm QR of a card on 58 mm and on 80 mm paper
        self.module_dots = max(1, round(cf.QR_PRINT_MM * 8 / 41))

    def _fits_double(self, line: str) -> bool:
        columns = 32 if self.paper_mm < 80 else 48  # 12-dot ASCII columns; a Han character takes two
        return sum(2 if ord(c) > 0x7F else 1 for c in line) * 2 <= columns

    def _text(self, line: str) -> bytes:
        return line.encode(self.encoding, errors="replace") + b"\n"

    def slip_bytes(self, lines: list[str], qr_text: str | None = None, title: bool = False) -> bytes:
        out = [INIT]
        if self.encoding.lower().replace("-", "") in ("gb18030", "gbk", "gb2312"):
            out.append(CHINESE_ON)
        for i, line in enumerate(lines):
            big = title and i == 1 and self._fits_double(line)  # a card's name, in double size
            out += [SIZE["double"] if big else SIZE["normal"], self._text(line)]
        out.append(SIZE["normal"])
        if qr_text:
            out += [ALIGN["centre"], escpos_qr(qr_text, self.module_dots), b"\n", ALIGN["left"]]
        out += [b"\n\n", CUT]
        return b"".join(out)

    def _send(self, data: bytes) -> None:
        where = str(self.device_path)
        try:
            fd = os.open(where, os.O_WRONLY | os.O_APPEND | getattr(os, "O_NOCTTY", 0))
        except FileNotFoundError as exc:
            raise PrinterError(msg(E_MISSING, printer=where)) from exc
        except PermissionError as exc:
            raise PrinterError(msg(E_DENIED, printer=where)) from exc
        except OSError as exc:
            raise PrinterError(msg(E_OFFLINE if exc.errno in (errno.ENODEV, errno.ENXIO, errno.EIO, errno.EBUSY)
                                   else E_FAILED, printer=where, detail=exc.strerror)) from exc
        try:
            view = memoryview(data)
            while view:
                view = view[os.write(fd, view):]
        except OSError as exc:
            # the Linux usblp driver reports "out of paper" as ENOSPC and "off-line"/error as EIO
            code = E_PAPER if exc.errno == errno.ENOSPC else (
                E_OFFLINE if exc.errno in (errno.EIO, errno.ENODEV, errno.ETIMEDOUT) else E_FAILED)
            raise PrinterError(msg(code, printer=where, detail=exc.strerror)) from exc
        finally:
            os.close(fd)

    def print_card(self, info: CardPrint) -> PrintResult:
        self._send(self.slip_bytes(card_lines(info), info.payload, title=True))
        return PrintResult(True, None, msg(M_PRINTED))

    def print_slip(self, lines: list[str], qr_text: str | None = None) -> PrintResult:
        self._send(self.slip_bytes(lines, qr_text))
        return PrintResult(True, None, msg(M_PRINTED))

    def check(self) -> PrintResult:
        where = str(self.device_path)
        if not self.device_path.exists():
            return PrintResult(False, None, msg(E_MISSING, printer=where))
        if not os.access(where, os.W_OK):
            return PrintResult(False, None, msg(E_DENIED, printer=where))
        return PrintResult(True, None, msg(M_READY, printer=where))


# --- CUPS ---------------------------------------------------------------------------------------
class SystemPrinter:
    """A printer set up in the system's print service (CUPS): the card PDF is handed to `lp -d NAME`."""

    name = "system"

    def __init__(self, printer_name: str = "", lp: str = "lp", lpstat: str = "lpstat"):
        self.printer_name = printer_name  # '' = the system's default printer
        self.lp, self.lpstat = lp, lpstat

    def _lp(self, pdf: Path) -> None:
        exe = shutil.which(self.lp)
        if exe is None:
            raise PrinterError(msg(E_NO_CUPS))
        argv = [exe, *(["-d", self.printer_name] if self.printer_name else []), "--", str(pdf)]
        try:
            done = subprocess.run(argv, capture_output=True, text=True, timeout=30)
        except (OSError, subprocess.TimeoutExpired) as exc:
            raise PrinterError(msg(E_FAILED, detail=str(exc))) from exc
        if done.returncode != 0:
            detail = (done.stderr or done.stdout).strip() or f"lp exit {done.returncode}"
            log.warning("lp failed: %s", detail)
            raise PrinterError(msg(E_FAILED, detail=detail))

    def _print(self, render) -> PrintResult:
        with tempfile.TemporaryDirectory(prefix="kiosk-print-") as tmp:
            pdf = Path(tmp) / "print.pdf"
            render(pdf)
            self._lp(pdf)  # lp copies the file into the spool before it returns
        return PrintResult(True, None, msg(M_PRINTED))

    def print_card(self, info: CardPrint) -> PrintResult:
        # the PDF page is the card's size: a card printer prints it as is, a sheet printer at true size
        return self._print(lambda p: render_card_pdf(info, p))

    def print_slip(self, lines: list[str], qr_text: str | None = None) -> PrintResult:
        return self._print(lambda p: render_slip_pdf(lines, qr_text, p))

    def check(self) -> PrintResult:
        label = self.printer_name or "(default)"
        exe = shutil.which(self.lpstat)
        if shutil.which(self.lp) is None or exe is None:
            return PrintResult(False, None, msg(E_NO_CUPS))
        argv = [exe, "-p", self.printer_name] if self.printer_name else [exe, "-d"]
        try:
            done = subprocess.run(argv, capture_output=True, text=True, timeout=10)
        except (OSError, subprocess.TimeoutExpired) as exc:
            return PrintResult(False, None, msg(E_FAILED, detail=str(exc)))
        if done.returncode != 0 or "disabled" in done.stdout:
            return PrintResult(False, None, msg(E_MISSING, printer=label))
        return PrintResult(True, None, msg(M_READY, printer=label))


def make_printer(settings) -> Printer:
    """The printer the settings name: 'pdf', 'escpos:<device>' or 'system:<name>' (unknown: PDF)."""
    dev = settings.devices
    kind, _, target = (dev.printer or "pdf").partition(":")
    kind = kind.strip().lower()
    if kind == "escpos" and target:
        return EscPosPrinter(target, dev.printer_encoding, dev.paper_mm)
    if kind == "system":
        return SystemPrinter(target)
    if kind != "pdf":
        log.warning("unknown printer setting %r: writing PDF files instead", dev.printer)
    return PdfPrinter(settings.cards_dir)
