"""Seeded generator of realistic 1280x720 camera frames with and without worker-card QR codes."""

from __future__ import annotations

import hashlib
import uuid
from dataclasses import dataclass, field
from datetime import date, timedelta

import cv2
import numpy as np
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from kiosk.domain import card_format as cf

WIDTH, HEIGHT = 1280, 720
FOCAL_PX = 1000.0  # a ~65 degree webcam at 720p
CARD_MM = (85.6, 54.0)  # ID-1 card
PHONE_MM = (70.0, 145.0)

# Size of one QR module in the frame, in pixels: the card at arm's length ... held close.
SIZES: dict[str, tuple[float, float]] = {
    "small": (2.2, 2.7), "medium": (2.8, 3.6), "large": (3.7, 5.0), "near": (5.0, 7.5),
}
CONDITIONS: tuple[str, ...] = (
    "clean", "rotation", "tilt", "defocus", "motion", "noise", "low_light", "low_contrast",
    "glare", "phone_glare", "off_centre", "worn", "poster",
    "combo_rot_tilt_defocus", "combo_dark_motion", "combo_noise_contrast_glare", "combo_tilt_motion_noise",
)
EMPTY_CONDITIONS: tuple[str, ...] = ("clean", "card_back", "low_light", "noise", "checker", "barcode")

_DEMO_KEY = Ed25519PrivateKey.from_private_bytes(hashlib.sha256(b"synthetic-demo-station").digest())
DEMO_PUBLIC_KEY = cf.public_key_raw(_DEMO_KEY)
DEMO_KEY_ID = cf.key_id_for(DEMO_PUBLIC_KEY)


@dataclass(frozen=True)
class SyntheticFrame:
    """A generated frame (kept as the webcam's JPEG, ~100 kB) and the ground truth about its QR codes."""

    jpeg: bytes = field(repr=False)
    texts: frozenset[str]  # every QR text in the frame (empty for an empty frame)
    card_text: str | None  # the worker-card text, if a card is shown
    condition: str
    size: str
    qr_quad: np.ndarray | None = field(default=None, repr=False)  # corners of the card QR + quiet zone, frame px

    @property
    def image(self) -> np.ndarray:
        """The 1280x720 BGR frame (decoded afresh on each access)."""
        return cv2.imdecode(np.frombuffer(self.jpeg, np.uint8), cv2.IMREAD_COLOR)


def demo_card_text(rng: np.random.Generator) -> str:
    """A genuine card signed by the synthetic demo station key (see DEMO_PUBLIC_KEY)."""
    issued = date(2025, 1, 1) + timedelta(days=int(rng.integers(0, 500)))
    claims = cf.CardClaims(
        version=cf.CARD_VERSION, key_id=DEMO_KEY_ID, worker_id=str(uuid.UUID(bytes=rng.bytes(16))),
        card_seq=int(rng.integers(0, 5)), issued=issued,
        expires=issued + timedelta(days=3 * 365),
    )
    return cf.encode_card(claims, _DEMO_KEY)


def _qr_modules(text: str) -> np.ndarray:
    return np.array(cf.qr_modules(text), dtype=np.uint8)  # as printed on real cards


def _qr_image(text: str, module_px: int, m: np.ndarray | None = None) -> np.ndarray:
    m = _qr_modules(text) if m is None else m
    img = np.where(m > 0, 0, 255).astype(np.uint8)
    return cv2.resize(img, (m.shape[1] * module_px, m.shape[0] * module_px), interpolation=cv2.INTER_NEAREST)


def _background(rng: np.random.Generator) -> np.ndarray:
    """A cluttered room: lit wall gradient, shelves, posters, printed text, a person's shape."""
    h, w = HEIGHT, WIDTH
    base = rng.uniform(90, 200, 3)
    gx = np.linspace(rng.uniform(0.7, 1.0), rng.uniform(0.9, 1.2), w, dtype=np.float32)
    gy = np.linspace(rng.uniform(0.8, 1.1), rng.uniform(0.7, 1.0), h, dtype=np.float32)
    img = (gy[:, None, None] * gx[None, :, None] * base[None, None, :]).astype(np.float32)
    img = np.clip(img, 0, 255).astype(np.uint8)
    for _ in range(int(rng.integers(8, 20))):  # furniture, posters, boxes
        c = tuple(int(v) for v in rng.integers(0, 256, 3))
        x0, y0 = int(rng.integers(-100, w)), int(rng.integers(-100, h))
        x1, y1 = x0 + int(rng.integers(40, 400)), y0 + int(rng.integers(30, 300))
        if rng.random() < 0.6:
            cv2.rectangle(img, (x0, y0), (x1, y1), c, -1)
        else:
            cv2.ellipse(img, ((x0 + x1) // 2, (y0 + y1) // 2), ((x1 - x0) // 2, (y1 - y0) // 2),
                        float(rng.uniform(0, 180)), 0, 360, c, -1)
    for _ in range(int(rng.integers(3, 9))):  # printed notices: lines of text
        x, y = int(rng.integers(0, w - 200)), int(rng.integers(20, h))
        col = tuple(int(v) for v in rng.integers(0, 90, 3))
        for k in range(int(rng.integers(2, 7))):
            s = "".join(chr(int(c)) for c in rng.integers(65, 91, int(rng.integers(6, 22))))
            cv2.putText(img, s, (x, y + 22 * k), cv2.FONT_HERSHEY_SIMPLEX, 0.6, col, 1, cv2.LINE_AA)
    for _ in range(int(rng.integers(4, 12))):  # edges of shelves and door frames
        c = tuple(int(v) for v in rng.integers(0, 256, 3))
        p0 = (int(rng.integers(0, w)), int(rng.integers(0, h)))
        p1 = (int(rng.integers(0, w)), int(rng.integers(0, h)))
        cv2.line(img, p0, p1, c, int(rng.integers(1, 6)), cv2.LINE_AA)
    skin = (int(rng.integers(90, 150)), int(rng.integers(120, 170)), int(rng.integers(160, 220)))
    cx = int(rng.integers(400, 880))  # the person at the kiosk: head and shoulders, out of focus
    cv2.ellipse(img, (cx, int(rng.integers(120, 260))), (90, 115), 0, 0, 360, skin, -1)
    shirt = tuple(int(v) for v in rng.integers(20, 160, 3))
    cv2.ellipse(img, (cx, 720), (300, 260), 0, 180, 360, shirt, -1)
    if rng.random() < 0.4:  # a striped shirt
        step = int(rng.integers(8, 24))
        for y in range(470, 720, step):
            cv2.line(img, (cx - 300, y), (cx + 300, y), tuple(255 - v for v in shirt), step // 3)
    grain = cv2.resize(rng.normal(0, 1, (h // 6, w // 6)).astype(np.float32), (w, h))  # wall and fabric texture
    img = np.clip(img * (1 + 0.07 * grain[..., None]), 0, 255).astype(np.uint8)
    return cv2.GaussianBlur(img, (0, 0), float(rng.uniform(1.0, 3.0)))


def _card_texture(rng: np.random.Generator, qr: np.ndarray | None, ppm: float, style: str,
                  worn: bool) -> tuple[np.ndarray, np.ndarray | None]:
    """The card (or phone screen) face at `ppm` px/mm, QR at the right; and the QR's corners on it."""
    wmm, hmm = PHONE_MM if style == "phone" else CARD_MM
    w, h = int(round(wmm * ppm)), int(round(hmm * ppm))
    if style == "phone":
        img = np.full((h, w, 3), 20, np.uint8)
        b = int(4 * ppm)
        img[b:h - b, b:w - b] = 250
    else:
        paper = rng.uniform(215, 248)
        img = np.empty((h, w, 3), np.uint8)
        img[:] = (paper - rng.uniform(0, 12), paper, paper - rng.uniform(0, 8))
        band = tuple(int(v) for v in rng.integers(40, 200, 3))
        img[: int(10 * ppm)] = band
        cv2.putText(img, "WORKER CARD", (int(3 * ppm), int(7 * ppm)), cv2.FONT_HERSHEY_SIMPLEX,
                    0.12 * ppm, (255, 255, 255), max(1, int(ppm / 4)), cv2.LINE_AA)
        cv2.rectangle(img, (int(4 * ppm), int(14 * ppm)), (int(24 * ppm), int(40 * ppm)), (150, 150, 160), -1)
        for k in range(3):
            s = "".join(chr(int(c)) for c in rng.integers(65, 91, 7))
            cv2.putText(img, s, (int(4 * ppm), int((45 + 4 * k) * ppm)), cv2.FONT_HERSHEY_SIMPLEX,
                        0.05 * ppm, (40, 40, 40), max(1, int(ppm / 8)), cv2.LINE_AA)
    quad = None
    if qr is not None:
        side = qr.shape[0]
        ink = rng.uniform(15, 60)  # toner is never pure black
        q = np.where(qr > 0, 255.0, ink).astype(np.float32)
        if style == "phone":
            y0, x0 = int(h * 0.35 - side / 2), (w - side) // 2
        else:
            y0, x0 = (h - side) // 2, int(w - side - 2 * ppm)
        reg = img[y0:y0 + side, x0:x0 + side].astype(np.float32)
        paper_q = reg.mean(axis=(0, 1)) if style != "phone" else np.array([250.0] * 3)
        img[y0:y0 + side, x0:x0 + side] = np.clip(q[..., None] / 255.0 * paper_q, 0, 255).astype(np.uint8)
        quad = np.array([[x0, y0], [x0 + side, y0], [x0 + side, y0 + side], [x0, y0 + side]], np.float32)
    if worn:
        for _ in range(int(rng.integers(1, 5))):  # scratches and scuffs lift the toner
            p0 = (int(rng.integers(0, w)), int(rng.integers(0, h)))
            p1 = (int(rng.integers(0, w)), int(rng.integers(0, h)))
            cv2.line(img, p0, p1, (215, 215, 215), max(1, int(rng.uniform(0.15, 0.35) * ppm)), cv2.LINE_AA)
        if rng.random() < 0.5:  # a fold across the card
            crease = int(rng.integers(int(0.3 * w), int(0.7 * w)))
            cv2.line(img, (crease, 0), (crease + int(rng.integers(-h // 4, h // 4)), h), (130, 130, 130),
                     max(1, int(0.25 * ppm)), cv2.LINE_AA)
        fade = cv2.GaussianBlur(rng.uniform(0, 1, (h // 16 + 1, w // 16 + 1)).astype(np.float32), (0, 0), 1.5)
        fade = cv2.resize(fade, (w, h))
        img = np.clip(img + (fade[..., None] - 0.4) * 80, 0, 255).astype(np.uint8)
    return img, quad


def _pose(rng: np.random.Generator, roll: float, tilt: float, dist_mm: float, centre: tuple[float, float],
          wmm: float, hmm: float, anchor: tuple[float, float]) -> np.ndarray:
    """Frame pixel positions of the card corners for a card rotated in 3D in front of a pinhole camera."""
    a = np.deg2rad(rng.uniform(0, 360))  # tilt axis direction in the card plane
    t = np.deg2rad(tilt)
    tilt_rot, _ = cv2.Rodrigues(np.array([np.cos(a), np.sin(a), 0.0]) * t)
    roll_rot, _ = cv2.Rodrigues(np.array([0.0, 0.0, np.deg2rad(roll)]))
    rot = tilt_rot @ roll_rot
    ax, ay = anchor  # the QR centre in card mm, placed on the optical ray through `centre`
    corners = np.array([[0, 0, 0], [wmm, 0, 0], [wmm, hmm, 0], [0, hmm, 0]], float) - [ax, ay, 0]
    ray = np.array([(centre[0] - WIDTH / 2) / FOCAL_PX, (centre[1] - HEIGHT / 2) / FOCAL_PX, 1.0])
    pts = corners @ rot.T + ray * dist_mm
    return np.stack([FOCAL_PX * pts[:, 0] / pts[:, 2] + WIDTH / 2,
                     FOCAL_PX * pts[:, 1] / pts[:, 2] + HEIGHT / 2], axis=1).astype(np.float32)


def _place(frame: np.ndarray, tex: np.ndarray, corners: np.ndarray, quad: np.ndarray | None = None
           ) -> np.ndarray | None:
    """Warp the texture into the frame (anti-aliased) where the card corners fall; map `quad` too."""
    h, w = tex.shape[:2]
    src = np.array([[0, 0], [w, 0], [w, h], [0, h]], np.float32)
    span = np.linalg.norm(corners[1] - corners[0]) / w  # frame px per texture px
    if span < 0.8:
        tex = cv2.GaussianBlur(tex, (0, 0), 0.45 / span)
    m = cv2.getPerspectiveTransform(src, corners)
    warped = cv2.warpPerspective(tex, m, (WIDTH, HEIGHT), flags=cv2.INTER_LINEAR)
    mask = cv2.warpPerspective(np.full((h, w), 255, np.uint8), m, (WIDTH, HEIGHT), flags=cv2.INTER_LINEAR)
    a = mask.astype(np.float32)[..., None] / 255.0
    frame[:] = (warped * a + frame * (1 - a)).astype(np.uint8)
    return None if quad is None else cv2.perspectiveTransform(quad[None], m)[0]


def _disk(radius: float) -> np.ndarray:
    r = int(np.ceil(radius))
    yy, xx = np.mgrid[-r:r + 1, -r:r + 1]
    k = (xx ** 2 + yy ** 2 <= radius ** 2 + 0.5).astype(np.float32)
    return k / k.sum()


def _motion(length: float, angle: float) -> np.ndarray:
    n = int(np.ceil(length)) | 1
    k = np.zeros((n, n), np.float32)
    c = n // 2
    dx, dy = np.cos(np.deg2rad(angle)) * length / 2, np.sin(np.deg2rad(angle)) * length / 2
    cv2.line(k, (int(round(c - dx)), int(round(c - dy))), (int(round(c + dx)), int(round(c + dy))), 1.0, 1)
    return k / k.sum()


def _camera(img: np.ndarray, rng: np.random.Generator, *, defocus: float = 0.0, motion: float = 0.0,
            noise: float = 0.0, gain: float = 1.0, glare: tuple | None = None, contrast: float = 1.0) -> bytes:
    """Optics and sensor: glare, blur, exposure, noise, then the webcam's JPEG compression."""
    f = img.astype(np.float32)
    if contrast < 1.0:  # washed-out print or flat light: squeeze the range around a mid grey
        mid = rng.uniform(110, 160)
        f = np.float32(mid) + (f - f.mean()) * np.float32(contrast)
    if glare is not None:
        (gx, gy), (sx, sy), amp = glare
        yy = ((np.arange(HEIGHT, dtype=np.float32) - gy) / sy) ** 2
        xx = ((np.arange(WIDTH, dtype=np.float32) - gx) / sx) ** 2
        f += (amp * np.exp(-(yy[:, None] + xx[None, :])))[..., None]
    f = cv2.GaussianBlur(f, (0, 0), float(rng.uniform(0.5, 0.8)))  # every lens blurs a little
    if defocus > 0:
        f = cv2.filter2D(f, -1, _disk(defocus))
    if motion > 0:
        f = cv2.filter2D(f, -1, _motion(motion, float(rng.uniform(0, 180))))
    f = np.clip(f, 0, 255) * np.float32(gain)
    sigma = noise + rng.uniform(1.5, 3.0) + (4.0 if gain < 0.5 else 0.0)  # dark scenes need sensor gain
    noise_img = np.empty_like(f)
    cv2.setRNGSeed(int(rng.integers(0, 2**31)))  # OpenCV's generator is per thread and ~5x faster
    cv2.randn(noise_img, (0.0, 0.0, 0.0), (sigma, sigma, sigma))
    f += noise_img
    out = np.clip(f, 0, 255).astype(np.uint8)
    ok, jpg = cv2.imencode(".jpg", out, [cv2.IMWRITE_JPEG_QUALITY, int(rng.integers(70, 92))])
    return jpg.tobytes()


def _foreign_text(rng: np.random.Generator) -> str:
    return f"https://jobs.example.cn/p/{int(rng.integers(0, 10**9)):09d}?s={rng.bytes(6).hex()}"


def _render(rng: np.random.Generator, text: str, condition: str, size: str,
            extra_poster: str | None = None) -> tuple[bytes, np.ndarray]:
    frame = _background(rng)
    if extra_poster is not None:  # a QR on a poster on the wall behind the worker
        poster = _qr_image(extra_poster, 4)
        p = cv2.cvtColor(poster, cv2.COLOR_GRAY2BGR)
        s = int(rng.integers(110, 200))
        p = cv2.resize(p, (s, s), interpolation=cv2.INTER_AREA)
        x, y = int(rng.choice([int(rng.integers(10, 200)), int(rng.integers(1000, WIDTH - s - 10))])), int(
            rng.integers(10, HEIGHT - s - 10))
        frame[y:y + s, x:x + s] = p
    words = set(condition.split("_"))
    # Each degradation spans mild..severe; a combination draws from the milder 70 % of every range
    # (stacking three worst cases makes frames no decoder and no person could read).
    reach = 0.7 if condition.startswith("combo") else 1.0

    def sev(mild: float, severe: float) -> float:
        return mild + (severe - mild) * rng.uniform(0.0, reach)

    lo, hi = SIZES[size]
    module_px = rng.uniform(lo, hi)
    style = "phone" if "phone" in words else "card"
    roll = rng.uniform(-20, 20)
    tilt = rng.uniform(0, 15)
    if "rotation" in words or "rot" in words:
        roll = rng.uniform(-180, 180)
    if "tilt" in words:
        tilt = sev(20, 45)
    cx, cy = WIDTH / 2 + rng.uniform(-160, 160), HEIGHT / 2 + rng.uniform(-90, 90)
    if "off" in words:
        cx = rng.choice([rng.uniform(170, 330), rng.uniform(950, 1110)])
        cy = rng.uniform(130, 590)
    qr_mm = 45.0 if style == "phone" else cf.QR_PRINT_MM
    matrix = _qr_modules(text)
    mod_mm = qr_mm / (len(matrix) - 2 * cf.QR_BORDER_MODULES)  # the printed size excludes the quiet zone
    dist = FOCAL_PX * mod_mm / module_px
    mpx = max(3, int(np.ceil(2.0 * module_px)))  # texture oversampled ~2x before warping
    ppm = mpx / mod_mm
    qr = _qr_image(text, mpx, matrix)
    tex, quad = _card_texture(rng, qr, ppm, style, worn="worn" in words)
    wmm, hmm = PHONE_MM if style == "phone" else CARD_MM
    side_mm = qr.shape[0] / ppm
    anchor = (wmm / 2, hmm * 0.35) if style == "phone" else (wmm - side_mm / 2 - 2, hmm / 2)
    corners = _pose(rng, roll, tilt, dist, (cx, cy), wmm, hmm, anchor)
    qr_quad = _place(frame, tex, corners, quad)
    if rng.random() < 0.5:  # a thumb on the card's left edge
        tc = corners[0] * 0.5 + corners[3] * 0.5
        skin = (int(rng.integers(90, 150)), int(rng.integers(120, 170)), int(rng.integers(160, 220)))
        r = int(np.linalg.norm(corners[1] - corners[0]) * 0.12)
        cv2.ellipse(frame, (int(tc[0]), int(tc[1])), (r, int(r * 1.6)), float(roll), 0, 360, skin, -1)
    kw: dict = {}
    # Blur in units of modules: a nearer card is both bigger and more out of focus / smeared.
    if "defocus" in words:
        kw["defocus"] = max(1.0, module_px * sev(0.3, 0.75))
    if "motion" in words:
        kw["motion"] = max(2.5, module_px * sev(0.5, 1.6))
    if "noise" in words:
        kw["noise"] = sev(6, 16)
    if "low" in words and "light" in words or "dark" in words:
        kw["gain"] = sev(0.4, 0.18)
    if "contrast" in words:
        kw["contrast"] = sev(0.5, 0.3)
    if "glare" in words:
        r = 20.5 * module_px
        kw["glare"] = ((cx + rng.uniform(-r, r), cy + rng.uniform(-r, r)),
                       (r * rng.uniform(0.2, 0.45), r * rng.uniform(0.15, 0.35)), sev(100, 260))
    return _camera(frame, rng, **kw), qr_quad


def card_frame(seed: int, condition: str = "clean", size: str = "medium", text: str | None = None) -> SyntheticFrame:
    """One frame showing a worker card (a genuine demo card unless `text` is given)."""
    rng = np.random.default_rng([seed, CONDITIONS.index(condition), list(SIZES).index(size)])
    text = text if text is not None else demo_card_text(rng)
    poster = _foreign_text(rng) if condition == "poster" else None
    img, quad = _render(rng, text, condition, size, extra_poster=poster)
    texts = frozenset({text} | ({poster} if poster else set()))
    return SyntheticFrame(img, texts, text, condition, size, quad)


def empty_frame(seed: int, condition: str = "clean") -> SyntheticFrame:
    """A frame with no QR code: clutter, a card's back, QR-like checker textures, a 1-D barcode."""
    rng = np.random.default_rng([seed, 1000 + EMPTY_CONDITIONS.index(condition)])
    frame = _background(rng)
    if condition == "card_back":
        ppm = 4.0
        tex, _ = _card_texture(rng, None, ppm, "card", worn=False)
        corners = _pose(rng, rng.uniform(-30, 30), rng.uniform(0, 30), 250.0,
                        (WIDTH / 2 + rng.uniform(-100, 100), HEIGHT / 2), *CARD_MM, (CARD_MM[0] / 2, CARD_MM[1] / 2))
        _place(frame, tex, corners)
    elif condition == "checker":  # tiles, a chess board, a knitted jumper: QR-like texture
        s, n = int(rng.integers(4, 12)), int(rng.integers(12, 30))
        board = (np.indices((n, n)).sum(axis=0) % 2 * 200 + 30).astype(np.uint8)
        board[rng.random((n, n)) < 0.3] = 30
        board = cv2.resize(board, (n * s, n * s), interpolation=cv2.INTER_NEAREST)
        y, x = int(rng.integers(0, HEIGHT - n * s)), int(rng.integers(0, WIDTH - n * s))
        frame[y:y + n * s, x:x + n * s] = board[..., None]
    elif condition == "barcode":  # a product barcode: a QR-only decoder must ignore it
        bars = np.repeat((rng.random(95) < 0.5) * 200 + 20, int(rng.integers(2, 4))).astype(np.uint8)
        img = np.tile(bars, (int(rng.integers(60, 120)), 1))
        y, x = int(rng.integers(100, 500)), int(rng.integers(200, 800))
        frame[y:y + img.shape[0], x:x + img.shape[1]] = img[..., None]
    kw = {"gain": rng.uniform(0.18, 0.35)} if condition == "low_light" else {}
    if condition == "noise":
        kw["noise"] = rng.uniform(8, 16)
    return SyntheticFrame(_camera(frame, rng, **kw), frozenset(), None, f"empty_{condition}", "-")


def foreign_frame(seed: int, size: str = "medium") -> SyntheticFrame:
    """A frame with someone else's QR (a URL) on a card-like sheet: must be read as exactly that URL."""
    rng = np.random.default_rng([seed, 2000, list(SIZES).index(size)])
    text = _foreign_text(rng)
    img, quad = _render(rng, text, "clean", size)
    return SyntheticFrame(img, frozenset({text}), None, "foreign", size, quad)


FrameSpec = tuple[str, int, str, str]  # (kind, seed, condition, size); kind: card / empty / foreign


def frame_specs(cards: int = 408, empty: int = 102, foreign: int = 40, seed: int = 1) -> list[FrameSpec]:
    """Recipes for a benchmark set: cards cycle through every condition x size; cheap to send to workers."""
    sizes = list(SIZES)
    specs: list[FrameSpec] = [
        ("card", seed * 100_000 + i, CONDITIONS[i % len(CONDITIONS)], sizes[(i // len(CONDITIONS)) % len(sizes)])
        for i in range(cards)]
    specs += [("empty", (seed + 1) * 100_000 + i, EMPTY_CONDITIONS[i % len(EMPTY_CONDITIONS)], "-")
              for i in range(empty)]
    specs += [("foreign", (seed + 2) * 100_000 + i, "foreign", sizes[i % len(sizes)]) for i in range(foreign)]
    return specs


def make_frame(spec: FrameSpec) -> SyntheticFrame:
    """Render one frame from its recipe."""
    kind, seed, condition, size = spec
    if kind == "card":
        return card_frame(seed, condition, size)
    if kind == "empty":
        return empty_frame(seed, condition)
    return foreign_frame(seed, size)


def card_frame_set(n: int = 408, seed: int = 1) -> list[SyntheticFrame]:
    """`n` card frames cycling through every condition and size (deterministic for a seed)."""
    return [make_frame(s) for s in frame_specs(n, 0, 0, seed)]


def empty_frame_set(n: int = 102, seed: int = 1) -> list[SyntheticFrame]:
    """`n` frames without any QR code."""
    return [make_frame(s) for s in frame_specs(0, n, 0, seed)]
