"""QR decoders: each reads a worker card from realistic camera frames, sees nothing in frames without one, never
misreads, and copes with colour frames (pyzbar alone would read only the blue channel)."""

from __future__ import annotations

import functools

import cv2
import numpy as np
import pytest

from kiosk.devices import decoder as dec
from kiosk.devices.synthetic import EMPTY_CONDITIONS, card_frame, empty_frame, foreign_frame
from kiosk.domain import card_format as cf

def _decoders() -> dict[str, dec.Decoder]:
    out: dict[str, dec.Decoder] = {"pyzbar": dec.PyzbarDecoder(), "staged_pyzbar": dec.make_decoder("staged_pyzbar")}
    try:
        out["zxing"] = dec.ZxingDecoder()
        out["staged_zxing"] = dec.make_decoder("staged_zxing")
    except dec.DecoderUnavailable:
        pass
    return out


DECODERS = _decoders()
STAGED = [n for n in DECODERS if n.startswith("staged")]


@functools.lru_cache(maxsize=None)
def frame(kind: str, seed: int, condition: str, size: str = "-"):
    if kind == "card":
        return card_frame(seed, condition, size)
    if kind == "empty":
        return empty_frame(seed, condition)
    return foreign_frame(seed, size)


# Conditions every decoder, even plain full-frame pyzbar, reads ...
SEED = 4
EASY = [("clean", "large"), ("rotation", "large"), ("low_light", "near"), ("tilt", "near"), ("low_contrast", "large")]
# ... and ones only the staged pipelines are expected to read (small code, blur, glare, clutter).
HARD = [("clean", "small"), ("tilt", "small"), ("defocus", "medium"), ("glare", "medium"), ("worn", "medium"),
        ("poster", "medium"), ("combo_dark_motion", "medium"), ("combo_noise_contrast_glare", "large")]


@pytest.mark.parametrize("name", list(DECODERS))
@pytest.mark.parametrize("condition,size", EASY)
def test_every_decoder_reads_a_card_in_good_conditions(name, condition, size):
    f = frame("card", SEED, condition, size)
    assert DECODERS[name].decode(f.image) == [f.card_text]


@pytest.mark.parametrize("name", STAGED)
@pytest.mark.parametrize("condition,size", HARD)
def test_staged_pipeline_reads_cards_in_poor_conditions(name, condition, size):
    f = frame("card", SEED, condition, size)
    assert f.card_text in DECODERS[name].decode(f.image)


@pytest.mark.parametrize("name", list(DECODERS))
@pytest.mark.parametrize("condition", EMPTY_CONDITIONS)
def test_frames_without_a_code_read_nothing(name, condition):
    assert DECODERS[name].decode(frame("empty", 4, condition).image) == []


@pytest.mark.parametrize("name", list(DECODERS))
def test_someone_elses_qr_is_read_as_exactly_what_it_says(name):
    f = frame("foreign", 5, "foreign", "large")
    assert DECODERS[name].decode(f.image) == list(f.texts)


def test_staged_pipeline_looks_past_a_poster_qr_for_the_card():
    f = frame("card", SEED, "poster", "medium")
    for name in STAGED:
        texts = DECODERS[name].decode(f.image)
        assert f.card_text in texts and set(texts) <= f.texts


def _blue_on_white_card() -> tuple[np.ndarray, str]:
    """A card QR printed in pure blue: the blue channel is blank, the grey image has full contrast."""
    text = frame("card", SEED, "clean", "large").card_text
    m = np.kron(np.array(cf.qr_modules(text), np.uint8), np.ones((6, 6), np.uint8))
    img = np.full((720, 1280, 3), 255, np.uint8)
    y, x = (720 - m.shape[0]) // 2, (1280 - m.shape[1]) // 2
    img[y:y + m.shape[0], x:x + m.shape[1]][m > 0] = (255, 0, 0)  # BGR blue
    return img, text


def test_colour_frame_pitfall_is_handled():
    from pyzbar import pyzbar

    img, text = _blue_on_white_card()
    assert pyzbar.decode(img) == []  # pyzbar on a colour array reads the blank blue channel ...
    for name, d in DECODERS.items():  # ... ours convert to grey first
        assert d.decode(img) == [text], name


@pytest.mark.parametrize("convert", [
    lambda bgr: cv2.cvtColor(bgr, cv2.COLOR_BGR2GRAY),
    lambda bgr: cv2.cvtColor(bgr, cv2.COLOR_BGR2GRAY)[:, :, None],
    lambda bgr: cv2.cvtColor(bgr, cv2.COLOR_BGR2BGRA),
    lambda bgr: np.pad(bgr, ((0, 0), (0, 64), (0, 0)))[:, :1280],  # a strided view, as camera buffers can be
], ids=["gray", "gray_hw1", "bgra", "strided"])
def test_gray_bgra_and_strided_frames_are_accepted(convert):
    f = frame("card", SEED, "clean", "large")
    img = convert(f.image)
    for name, d in DECODERS.items():
        assert d.decode(img) == [f.card_text], name


def test_wrong_pixel_type_is_refused_plainly():
    with pytest.raises(TypeError):
        dec.to_gray(np.zeros((10, 10), np.float32))
    with pytest.raises(ValueError):
        dec.to_gray(np.zeros((10, 10, 2), np.uint8))


def test_qr_regions_find_the_card_and_nothing_on_a_blank_wall():
    f = frame("card", SEED, "clean", "medium")
    top = dec.find_qr_regions(dec.to_gray(f.image))[0]
    cx, cy = f.qr_quad.mean(axis=0)
    assert top.x <= cx <= top.x + top.w and top.y <= cy <= top.y + top.h
    wall = np.full((720, 1280), 180, np.uint8)
    assert dec.find_qr_regions(wall) == []
    staged = dec.make_decoder("staged_pyzbar")
    assert staged.decode(wall) == [] and staged.last_step is None


def test_make_decoder_names():
    auto = dec.make_decoder()
    assert auto.name == ("staged_zxing" if "zxing" in DECODERS else "staged_pyzbar")
    assert dec.make_decoder("pyzbar").name == "pyzbar"
    with pytest.raises(ValueError):
        dec.make_decoder("opencv")
    with pytest.raises(ValueError):
        dec.StagedDecoder(dec.PyzbarDecoder(), ["no_such_step"])
