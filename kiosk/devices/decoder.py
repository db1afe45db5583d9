"""QR decoders behind one small interface: pyzbar, zxing-cpp, and a staged pipeline that is fast and robust."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import Callable, Iterator, Protocol, Sequence

import cv2
import numpy as np

from kiosk.domain.card_format import PREFIX_FAMILY

log = logging.getLogger(__name__)


class DecoderUnavailable(RuntimeError):
    """The decoding library (or its native part, such as libzbar) is not installed."""


class Decoder(Protocol):
    """Anything that turns a camera frame (grayscale, BGR or BGRA uint8) into the QR texts it shows."""

    name: str

    def decode(self, image: np.ndarray) -> list[str]: ...


def to_gray(image: np.ndarray) -> np.ndarray:
    """A C-contiguous 8-bit grayscale view/copy of a gray, BGR or BGRA frame.

    pyzbar handed a colour array silently reads only its first (blue) channel, so every decoder here
    converts first.
    """
    a = np.asarray(image)
    if a.dtype != np.uint8:
        raise TypeError(f"expected a uint8 image, got {a.dtype}")
    if a.ndim == 3 and a.shape[2] == 1:
        a = a[:, :, 0]
    if a.ndim == 2:
        return np.ascontiguousarray(a)
    if a.ndim == 3 and a.shape[2] == 3:
        return cv2.cvtColor(a, cv2.COLOR_BGR2GRAY)
    if a.ndim == 3 and a.shape[2] == 4:
        return cv2.cvtColor(a, cv2.COLOR_BGRA2GRAY)
    raise ValueError(f"unsupported image shape {a.shape}")


def _unique(texts: Sequence[str]) -> list[str]:
    return list(dict.fromkeys(texts))


def looks_like_card(text: str) -> bool:
    """Cheap test for 'this is (meant to be) a worker card'; the real check is card_format.verify_card."""
    return text[:2].upper() == PREFIX_FAMILY


class PyzbarDecoder:
    """zbar through pyzbar, restricted to QR codes (about 2.5x faster than all symbologies)."""

    name = "pyzbar"

    def __init__(self) -> None:
        try:
            from pyzbar import pyzbar
        except (ImportError, OSError) as exc:  # OSError: libzbar0 missing on the system
            raise DecoderUnavailable(f"pyzbar/libzbar not available: {exc}") from exc
        self._decode = pyzbar.decode
        self._symbols = [pyzbar.ZBarSymbol.QRCODE]

    def read(self, gray: np.ndarray) -> list[str]:
        """Decode a C-contiguous grayscale array."""
        found = self._decode(gray, symbols=self._symbols)
        return _unique([r.data.decode("utf-8", "replace") for r in found])

    def decode(self, image: np.ndarray) -> list[str]:
        return self.read(to_gray(image))


class ZxingDecoder:
    """zxing-cpp restricted to (model 2) QR codes; `downscale` lets it also scan reduced copies."""

    name = "zxing"

    def __init__(self, downscale: bool = True) -> None:
        try:
            import zxingcpp
        except ImportError as exc:
            raise DecoderUnavailable(f"zxing-cpp not available: {exc}") from exc
        fmt = getattr(zxingcpp.BarcodeFormat, "QRCodeModel2", zxingcpp.BarcodeFormat.QRCode)
        self._read = zxingcpp.read_barcodes
        # Our cards are dark on light and QR detection is rotation-invariant: skip those retries.
        self._kw: dict = {"formats": fmt, "try_rotate": False, "try_invert": False}
        probe = np.full((32, 32), 255, np.uint8)
        try:
            self._read(probe, **self._kw, try_downscale=downscale)
        except TypeError:  # older zxing-cpp without try_invert
            self._kw.pop("try_invert")
        self.downscale = downscale

    def read(self, gray: np.ndarray, downscale: bool | None = None) -> list[str]:
        ds = self.downscale if downscale is None else downscale
        return _unique([b.text for b in self._read(gray, **self._kw, try_downscale=ds)])

    def decode(self, image: np.ndarray) -> list[str]:
        return self.read(to_gray(image))


@dataclass(frozen=True)
class Region:
    """An upright box around something QR-like, in full-frame pixels; `side` is its rotated side length."""

    x: int
    y: int
    w: int
    h: int
    side: float
    score: float


def find_qr_regions(gray: np.ndarray, max_regions: int = 3, min_side: int = 88) -> list[Region]:
    """Cheap (about 1 ms at 720p) search for QR-like texture, best first; an empty list means "no code here".

    A QR is dense texture with edges in every direction: the smaller eigenvalue of the local structure
    tensor is high on it, low on plain areas, straight edges and lines (one direction only). Computed at
    quarter resolution, thresholded against the frame's own noise level.
    """
    h, w = gray.shape
    g4 = cv2.resize(cv2.resize(gray, (w // 2, h // 2), interpolation=cv2.INTER_AREA),
                    (w // 4, h // 4), interpolation=cv2.INTER_AREA)
    gx = cv2.Sobel(g4, cv2.CV_32F, 1, 0, ksize=3, scale=0.125)
    gy = cv2.Sobel(g4, cv2.CV_32F, 0, 1, ksize=3, scale=0.125)
    a = cv2.blur(gx * gx, (5, 5))
    c = cv2.blur(gy * gy, (5, 5))
    b = cv2.blur(gx * gy, (5, 5))
    d = (a - c) * 0.5
    lam = (a + c) * 0.5 - cv2.sqrt(d * d + b * b)
    noise = float(np.median(lam[::3, ::3]))
    thr = max(4.0, 6.0 * noise)
    mask = cv2.threshold(lam, thr, 255, cv2.THRESH_BINARY)[1].astype(np.uint8)
    # Opening cuts the thin bridges that glue a QR to the card's corners and printed text.
    mask = cv2.morphologyEx(mask, cv2.MORPH_OPEN, np.ones((3, 3), np.uint8))
    contours, _ = cv2.findContours(mask, cv2.RETR_EXTERNAL, cv2.CHAIN_APPROX_SIMPLE)
    found: list[Region] = []
    for cnt in contours:
        x, y, bw, bh = cv2.boundingRect(cnt)
        if bw * 4 < min_side // 2 or bh * 4 < min_side // 2:
            continue
        (_, _), (rw, rh), _ = cv2.minAreaRect(cnt)
        if 4 * max(rw, rh) < min_side:
            continue  # below ~2 px per module no decoder reads a version-6 code
        area = cv2.contourArea(cnt)
        if area < 0.4 * rw * rh or max(rw, rh) > 3.0 * min(rw, rh):
            continue  # QR blobs are compact and square-ish
        score = float(lam[y:y + bh, x:x + bw].mean()) * area
        found.append(Region(4 * x, 4 * y, 4 * bw, 4 * bh, 4.0 * max(rw, rh), score))
    found.sort(key=lambda r: r.score, reverse=True)
    return found[:max_regions]


# --- crop preparation (each step turns a crop into the image the backend reads) ---------------------------

MODULES = 41  # a version-6 card QR; for other codes only the scale estimate is off


@dataclass(frozen=True)
class Prep:
    """How to prepare a crop: scale to `module_px` per module (None: as cropped), optionally blur away
    noise, unsharp-mask (sigma, amount), then optionally binarize with a local-mean threshold."""

    module_px: float | None = None
    denoise: float = 0.0
    sharpen: tuple[float, float] | None = None
    binarize: bool = False

    def __call__(self, crop: np.ndarray, r: Region) -> np.ndarray:
        img = crop
        if self.module_px is not None:
            f = float(np.clip(self.module_px / max(r.side / MODULES, 0.5), 0.5, 3.0))
            if not 0.85 < f < 1.2:
                img = cv2.resize(img, None, fx=f, fy=f, interpolation=cv2.INTER_CUBIC if f > 1 else cv2.INTER_AREA)
        if self.denoise:
            img = cv2.GaussianBlur(img, (0, 0), self.denoise)
        if self.sharpen:
            sigma, amount = self.sharpen
            img = cv2.addWeighted(img, 1 + amount, cv2.GaussianBlur(img, (0, 0), sigma), -amount, 0)
        if self.binarize:  # a 31 px window (4-8 modules) flattens glare, shadow and low contrast
            img = cv2.adaptiveThreshold(img, 255, cv2.ADAPTIVE_THRESH_MEAN_C, cv2.THRESH_BINARY, 31, 5)
        return np.ascontiguousarray(img)


# zbar and zxing read sharp codes best at 3-5 px per module, blurred ones enlarged further and sharpened.
CROP_STEPS: dict[str, Prep] = {
    "crop": Prep(),
    "scaled": Prep(4.0),
    "binarized": Prep(4.0, binarize=True),
    "sharpened": Prep(4.0, sharpen=(2.0, 2.0)),
    "large_sharpened": Prep(6.0, sharpen=(2.0, 1.0)),
    "large_denoised_sharpened": Prep(6.0, denoise=1.0, sharpen=(2.0, 1.5)),
    "large_sharp_binarized": Prep(6.0, sharpen=(2.0, 1.0), binarize=True),
    "xl_sharpened": Prep(8.0, sharpen=(3.0, 1.5)),
    "xl_binarized": Prep(8.0, binarize=True),
}


def _crop(gray: np.ndarray, r: Region, margin: float = 0.08) -> np.ndarray:
    m = int(margin * max(r.w, r.h)) + 8  # the region hugs the code: add room for its quiet zone
    H, W = gray.shape
    return gray[max(0, r.y - m):min(H, r.y + r.h + m), max(0, r.x - m):min(W, r.x + r.w + m)]


FRAME_STEPS = ("full", "half")


class StagedDecoder:
    """Cheap stages first, stop at the first accepted text; frames with nothing QR-like exit early.

    `steps` are tried in order. 'full' / 'half' run the backend on the whole (half-size) frame. Any other
    name is a CROP_STEPS preparation of the crops around `find_qr_regions` hits; a run of consecutive crop
    steps goes region by region (best region first), so a card in the likeliest region is read without
    spending effort on the others. Once the region search finds nothing, the remaining steps are skipped:
    that is what keeps frames without a code cheap. The default steps per backend are the ones
    benchmarks/bench_decode.py measured best. One instance per thread (it keeps `last_step`).
    """

    def __init__(self, backend: PyzbarDecoder | ZxingDecoder, steps: Sequence[str] | None = None, *,
                 max_regions: int = 2, accept: Callable[[str], bool] | None = None,
                 name: str | None = None) -> None:
        self.backend = backend
        steps = tuple(DEFAULT_STEPS[backend.name] if steps is None else steps)
        unknown = [s for s in steps if s not in CROP_STEPS and s not in FRAME_STEPS]
        if unknown or not steps:
            raise ValueError(f"unknown steps {unknown}" if unknown else "no steps")
        self.steps = steps
        self._groups: list[tuple[str, ...]] = []  # ('full',) / ('half',) or a run of crop steps
        for s in steps:
            if s in FRAME_STEPS or not self._groups or self._groups[-1][0] in FRAME_STEPS:
                self._groups.append((s,))
            else:
                self._groups[-1] += (s,)
        self.max_regions = max_regions
        self.accept = accept  # stop at the first text it accepts (None: at any text)
        self.name = name or f"staged_{backend.name}"
        self.last_step: str | None = None  # the step that produced the last result (for the benchmark)

    def _read(self, img: np.ndarray) -> list[str]:
        if isinstance(self.backend, ZxingDecoder):
            return self.backend.read(img, downscale=False)  # we chose the scale ourselves
        return self.backend.read(img)

    def decode(self, image: np.ndarray) -> list[str]:
        found: list[str] = []
        self.last_step = None
        for step, texts in self._attempts(to_gray(image)):
            found = _unique(found + texts)
            if any(self.accept(t) for t in found) if self.accept else found:
                self.last_step = step
                break
        return found

    def _attempts(self, gray: np.ndarray) -> Iterator[tuple[str, list[str]]]:
        """Each step's reading, made only when asked for; ends early when nothing in the frame looks like a QR."""
        regions: list[Region] | None = None
        for group in self._groups:
            if group[0] == "full":
                yield "full", self.backend.read(gray)
            elif group[0] == "half":
                h, w = gray.shape
                yield "half", self._read(cv2.resize(gray, (w // 2, h // 2), interpolation=cv2.INTER_AREA))
            else:
                if regions is None:
                    regions = find_qr_regions(gray, self.max_regions)
                if not regions:
                    return  # nothing QR-like anywhere: no crop step can find a code
                for r in regions:
                    crop = _crop(gray, r)
                    for step in group:
                        yield step, self._read(CROP_STEPS[step](crop, r))


# Chosen with benchmarks/bench_decode.py's ablation on frame sets of seeds 1 and 3; it reports seed 7.
DEFAULT_STEPS: dict[str, tuple[str, ...]] = {
    "pyzbar": ("sharpened", "large_sharp_binarized", "xl_sharpened"),
    "zxing": ("half", "large_denoised_sharpened", "xl_sharpened", "xl_binarized"),
}


def make_decoder(name: str = "auto", accept: Callable[[str], bool] | None = looks_like_card) -> Decoder:
    """The decoder to use: 'auto' (the benchmark's winner that is installed), 'staged_zxing',
    'staged_pyzbar', 'zxing' or 'pyzbar' (plain full-frame)."""
    if name == "auto":
        for candidate in AUTO_ORDER:
            try:
                return make_decoder(candidate, accept)
            except DecoderUnavailable as exc:
                log.warning("QR decoder %s unavailable: %s", candidate, exc)
        raise DecoderUnavailable("no QR decoder library is installed (pyzbar + libzbar0, or zxing-cpp)")
    if name == "pyzbar":
        return PyzbarDecoder()
    if name == "zxing":
        return ZxingDecoder()
    if name == "staged_pyzbar":
        return StagedDecoder(PyzbarDecoder(), accept=accept)
    if name == "staged_zxing":
        return StagedDecoder(ZxingDecoder(), accept=accept)
    raise ValueError(f"unknown decoder {name!r}")


AUTO_ORDER: tuple[str, ...] = ("staged_zxing", "staged_pyzbar")
