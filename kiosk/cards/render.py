"""Printable worker cards (ID-1, 300 dpi) and receipt slips as PNG/PDF, drawn with Pillow and qrcode."""

from __future__ import annotations

import functools
import logging
import shutil
import subprocess
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import numpy as np
from PIL import Image, ImageDraw, ImageFont
from sqlalchemy import select

from kiosk.domain import card_format as cf
from kiosk.domain.messages import UserError, define, msg
from kiosk.store.models import Card, Worker

log = logging.getLogger(__name__)

DPI = 300
CARD_MM = (85.6, 54.0)  # ISO/IEC 7810 ID-1, the size of a bank card or a 身份证
INK, PAPER, BAND = (20, 20, 20), (255, 255, 255), (22, 62, 120)
CJK_FAMILIES = ("Noto Sans CJK SC", "Source Han Sans SC", "Source Han Sans CN", "WenQuanYi Zen Hei",
                "WenQuanYi Micro Hei", "Microsoft YaHei")
FALLBACK_FONTS = (  # where fontconfig is missing (Windows, minimal images)
    "/usr/share/fonts/opentype/noto/NotoSansCJK-{w}.ttc", "/usr/share/fonts/noto-cjk/NotoSansCJK-{w}.ttc",
    "C:/Windows/Fonts/msyh{b}.ttc", "C:/Windows/Fonts/simhei.ttf",
)

E_NO_CARD = define(
    "card.none_active",
    "{name} has no valid card yet. Issue a card first.",
    "{name} 还没有有效的工作证，请先制卡。",
)


@dataclass(frozen=True)
class CardPrint:
    """What goes on a printed card."""

    name: str
    worker_no: str
    station_name: str
    station_phone: str
    payload: str  # the signed QR text (docs/card-format.md)
    issued_on: date
    expires_on: date | None = None  # printed so staff and worker can see when to renew


def mm_to_px(mm: float, dpi: int = DPI) -> int:
    return int(round(mm / 25.4 * dpi))


# --- fonts --------------------------------------------------------------------------------------
def _run(argv: list[str]) -> str:
    if shutil.which(argv[0]) is None:
        return ""
    try:
        return subprocess.run(argv, capture_output=True, text=True, timeout=10).stdout
    except (OSError, subprocess.SubprocessError):
        return ""


def _face_index(path: str) -> int:
    """In a font collection (.ttc) the Simplified Chinese face; 0 for a single font."""
    for index in range(12):
        try:
            family = ImageFont.truetype(path, 10, index=index).getname()[0]
        except OSError:
            break
        if ("SC" in family.split() or "CN" in family.split()) and "Mono" not in family:
            return index
    return 0


@functools.lru_cache(maxsize=4)
def find_cjk_font(bold: bool = False) -> tuple[str, int] | None:
    """(file, face index) of a font with Chinese glyphs, preferring Noto Sans CJK SC; None if there is none."""
    zh_files = {line.strip().rstrip(":") for line in _run(["fc-list", ":lang=zh-cn", "file"]).splitlines()}
    style = ":bold" if bold else ""
    candidates = [_run(["fc-match", "-f", "%{file}", family + style]) for family in CJK_FAMILIES]
    candidates += sorted(zh_files, key=lambda f: ("Sans" not in f, ("Bold" in f) != bold, f))
    candidates = [c for c in candidates if c in zh_files]
    candidates += [p.format(w="Bold" if bold else "Regular", b="bd" if bold else "") for p in FALLBACK_FONTS]
    for path in candidates:
        if path and Path(path).is_file():
            return path, _face_index(path)
    return None


@functools.lru_cache(maxsize=64)
def font(size_px: int, bold: bool = False) -> ImageFont.FreeTypeFont | ImageFont.ImageFont:
    found = find_cjk_font(bold) or find_cjk_font(False)
    if found is None:
        _warn_no_font()
        return ImageFont.load_default(size_px)
    return ImageFont.truetype(found[0], size_px, index=found[1])


@functools.lru_cache(maxsize=1)
def _warn_no_font() -> None:
    log.warning("no Chinese font found: Han characters will print as boxes (install fonts-noto-cjk)")


def _fitting_font(draw: ImageDraw.ImageDraw, text: str, size_px: int, max_width: int, bold: bool = False):
    """The largest font up to size_px in which `text` fits max_width (long names shrink, never clip)."""
    while size_px > 12:
        f = font(size_px, bold)
        if draw.textlength(text, font=f) <= max_width:
            return f
        size_px = int(size_px * 0.9)
    return font(size_px, bold)


@dataclass(frozen=True)
class _Line:
    text: str
    font: ImageFont.FreeTypeFont
    spacing: float  # advance to the next line, in font sizes


def _name_lines(draw: ImageDraw.ImageDraw, name: str, size_px: int, max_width: int) -> list[_Line]:
    """The name on one line, or, rather than shrinking it below 60 %, on two (after a '·' if it has one)."""
    one = _fitting_font(draw, name, size_px, max_width, bold=True)
    if one.size >= size_px * 0.6 or len(name) < 4:
        return [_Line(name, one, 1.35)]
    cut = name.find("·") + 1 or (len(name) + 1) // 2
    halves = [name[:cut], name[cut:]]
    f = min((_fitting_font(draw, h, int(size_px * 0.7), max_width, bold=True) for h in halves), key=lambda f: f.size)
    return [_Line(halves[0], f, 1.15), _Line(halves[1], f, 1.35)]


def validity(info: CardPrint) -> str:
    if info.expires_on is None:
        return f"发证 {info.issued_on.isoformat()}"
    return f"有效期 {info.issued_on.isoformat()} 至 {info.expires_on.isoformat()}"


def _text_block(draw: ImageDraw.ImageDraw, info: CardPrint, width: int, height: int, px) -> list[_Line]:
    """The card's lines of text, made smaller together until they fit the space left of the QR."""
    rows = [(f"编号 {info.worker_no}", 4.6, True), (info.station_name, 3.6, False),
            (f"电话 {info.station_phone}" if info.station_phone else "", 3.6, False),
            (validity(info), 3.2, False)]
    scale = 1.0
    while True:
        lines = _name_lines(draw, info.name, px(10 * scale), width) + [
            _Line(text, _fitting_font(draw, text, px(mm * scale), width, bold), 1.4) for text, mm, bold in rows if text]
        if sum(int(line.font.size * line.spacing) for line in lines) <= height or scale < 0.5:
            return lines
        scale *= 0.92


# --- the QR ---------------------------------------------------------------------------------------
def qr_image(text: str, module_px: int) -> Image.Image:
    """The card QR exactly as docs/card-format.md specifies (version, ECC, quiet zone), crisp pixels."""
    modules = np.array(cf.qr_modules(text), dtype=bool)
    pixels = np.where(modules, 0, 255).astype(np.uint8)
    pixels = pixels.repeat(module_px, axis=0).repeat(module_px, axis=1)  # whole pixels per module: no blur
    return Image.fromarray(pixels, mode="L").convert("RGB")


# --- the card -----------------------------------------------------------------------------------
def render_card(info: CardPrint, dpi: int = DPI) -> Image.Image:
    """The card face: a band with the station, the name large, number, date, phone, and the QR at right."""
    w, h = mm_to_px(CARD_MM[0], dpi), mm_to_px(CARD_MM[1], dpi)
    px = lambda mm: mm_to_px(mm, dpi)  # noqa: E731
    img = Image.new("RGB", (w, h), PAPER)
    draw = ImageDraw.Draw(img)
    band_h = px(10)
    draw.rectangle([0, 0, w, band_h], fill=BAND)
    margin = px(4)
    draw.text((margin, band_h // 2), "零工工作证  WORKER CARD", font=font(px(4.2), bold=True),
              fill=PAPER, anchor="lm")

    module = max(1, round(px(cf.QR_PRINT_MM) / 41))  # ~30 mm for the 41 modules of version 6
    qr = qr_image(info.payload, module)
    qr_x = w - qr.width - px(1)  # the quiet zone is white margin already
    qr_y = band_h + (h - band_h - qr.height) // 2
    img.paste(qr, (qr_x, qr_y))

    text_w = qr_x - margin  # text stays out of the QR's quiet zone, or scanners stumble
    y = band_h + px(3)
    for line in _text_block(draw, info, text_w, h - px(7) - y, px):
        draw.text((margin, y), line.text, font=line.font, fill=INK, anchor="lt")
        y += int(line.font.size * line.spacing)
    foot = "遗失请到驿站补办 · 本卡不含身份证号和手机号"
    draw.text((margin, h - px(3)), foot, font=_fitting_font(draw, foot, px(2.6), text_w), fill=(90, 90, 90),
              anchor="lb")
    return img


def render_card_png(info: CardPrint, path: str | Path) -> Path:
    path = Path(path)
    render_card(info).save(path, "PNG", dpi=(DPI, DPI))
    return path


def render_card_pdf(info: CardPrint, path: str | Path) -> Path:
    """A one-page PDF of exactly card size; the text is drawn into the page, so no font is needed to print."""
    path = Path(path)
    render_card(info).save(path, "PDF", resolution=float(DPI), title=f"工作证 {info.worker_no}")
    return path


# --- a receipt slip -------------------------------------------------------------------------------
def render_slip(lines: list[str], qr_text: str | None = None, paper_mm: int = 58, dpi: int = 203) -> Image.Image:
    """A receipt-printer style slip (e.g. a day's sign-up) for printers that take images or PDF."""
    width = mm_to_px(paper_mm - 10, dpi)  # 58 mm paper prints 48 mm wide
    size = mm_to_px(3.5, dpi)
    line_h = int(size * 1.4)
    module = max(1, round(mm_to_px(cf.QR_PRINT_MM, dpi) / 41))
    qr = qr_image(qr_text, module) if qr_text else None
    height = line_h * len(lines) + (qr.height if qr else 0) + size * 2
    img = Image.new("RGB", (width, height), PAPER)
    draw = ImageDraw.Draw(img)
    for i, line in enumerate(lines):
        draw.text((0, size // 2 + i * line_h), line, font=_fitting_font(draw, line, size, width), fill=INK)
    if qr is not None:
        img.paste(qr, ((width - qr.width) // 2, size + line_h * len(lines)))
    return img


def render_slip_pdf(lines: list[str], qr_text: str | None, path: str | Path) -> Path:
    path = Path(path)
    render_slip(lines, qr_text).save(path, "PDF", resolution=203.0)
    return path


def card_print_for(station, worker_id: str) -> CardPrint:
    """The printable card of a worker's active card (UserError if the worker has none)."""
    with station.read() as session:
        worker = session.get(Worker, worker_id)
        card = session.scalar(select(Card).where(Card.worker_id == worker_id, Card.status == "active")
                              .order_by(Card.card_seq.desc()))
        if worker is None or card is None:
            raise UserError(msg(E_NO_CARD, name=worker.name if worker else worker_id), "worker_id")
        ident = station.settings.station
        return CardPrint(worker.name, worker.worker_no, ident.name, ident.phone, card.payload, card.issued_on,
                         card.expires_on)
