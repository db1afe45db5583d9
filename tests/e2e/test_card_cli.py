"""`kiosk card`, `kiosk decode` and `kiosk doctor` as staff run them, on a real station home."""

from __future__ import annotations

import base64
import json
from datetime import date
from pathlib import Path

import cv2
import numpy as np
import qrcode
from tests.e2e.test_cli_core import kiosk  # the same way of running the command
from tests.unit.conftest import made_station

from kiosk.cards.render import CardPrint, render_card_png
from kiosk.domain import card_format as cf


def decode(home: Path, *images: Path) -> list[dict]:
    return json.loads(kiosk(home, "decode", *map(str, images), "--json").stdout)


def forge(payload: str) -> str:
    """The same card with one byte of the worker id changed: a copy someone edited."""
    raw = bytearray(base64.b32decode(payload[len(cf.PREFIX):] + "=" * (-len(payload[3:]) % 8)))
    raw[6] ^= 0x01
    return cf.PREFIX + base64.b32encode(bytes(raw)).decode().rstrip("=")


def _active_payload(home: Path) -> str:
    """The QR text of the station's active card, read straight from its database (what issue_card stored)."""
    from kiosk.station import Station
    from kiosk.store.models import Card

    station = Station.open(home)
    try:
        with station.read() as s:
            return s.query(Card.payload).filter(Card.status == "active").scalar()
    finally:
        station.close()


def test_issue_decode_forge_and_reissue_a_card(tmp_path):
    home = made_station(tmp_path / "home")
    ledger = tmp_path / "w.csv"
    ledger.write_text("姓名,电话,同意\n王建国,13800138001,是\n", encoding="utf-8")
    kiosk(home, "import", "workers", str(ledger))

    first = tmp_path / "first.png"
    made = json.loads(kiosk(home, "card", "ZD01-00001", "--out", str(first), "--json").stdout)
    assert made["issued"] is True and Path(made["file"]) == first
    pdf = tmp_path / "first.pdf"
    again = json.loads(kiosk(home, "card", "zd01-00001", "--out", str(pdf), "--json").stdout)
    assert again["issued"] is False and pdf.read_bytes().startswith(b"%PDF")  # the same card, not a new one

    payload = _active_payload(home)
    forged = tmp_path / "forged.png"
    render_card_png(CardPrint("王建国", "ZD01-00001", "零工驿站", "", forge(payload), date.today()), forged)
    valid, verdict = decode(home, first, forged)
    assert valid["status"] == "valid" and valid["worker_no"] == "ZD01-00001" and valid["name"] == "王*国"
    assert valid["ms"] is not None and valid["ms"] < 1000
    assert "13800138001" not in payload and payload.startswith(cf.PREFIX)
    assert verdict["status"] == "forged" and verdict["worker_no"] is None
    assert "无法验证" in verdict["reads"][0]["message"]["zh"]

    second = tmp_path / "second.png"
    reissued = json.loads(kiosk(home, "card", "ZD01-00001", "--reissue", "--out", str(second), "--json").stdout)
    assert reissued["issued"] is True
    old, new = decode(home, first, second)
    assert old["status"] == "revoked" and old["worker_no"] == "ZD01-00001"
    assert new["status"] == "valid" and new["reads"][0]["text"] != payload

    text = kiosk(home, "decode", str(new["image"])).stdout
    assert "有效" in text and "ZD01-00001" in text and "王建国" not in text  # the name is masked


def test_decode_tells_other_pictures_apart(tmp_path):
    home = made_station(tmp_path / "home")
    url = tmp_path / "url.png"
    qrcode.make("https://jobs.example.cn/p/123").save(url)
    blank = tmp_path / "blank.png"
    cv2.imwrite(str(blank), np.full((720, 1280, 3), 180, np.uint8))
    junk = tmp_path / "notes.png"
    junk.write_text("not a picture")
    result = kiosk(home, "decode", str(url), str(blank), str(junk), "--json", check=False)
    assert result.returncode == 1  # one file could not be read at all
    statuses = [r["status"] for r in json.loads(result.stdout)]
    assert statuses == ["not_a_card", "nothing_found", "unreadable_file"]
    missing = kiosk(home, "card", "ZD01-09999", "--out", str(tmp_path / "x.png"), check=False)
    assert missing.returncode == 1 and "本站没有编号为 ZD01-09999 的工友" in missing.stderr and "Traceback" not in missing.stderr


def test_doctor_reports_each_device_and_fails_only_for_required_parts(tmp_path):
    home = tmp_path / "home"
    frames = tmp_path / "frames"
    frames.mkdir()
    cv2.imwrite(str(frames / "0.png"), np.full((720, 1280, 3), 128, np.uint8))
    home.mkdir()
    (home / "settings.toml").write_text(f'[devices]\ncamera = "{frames}"\nprinter = "escpos:{tmp_path}/no-lp0"\n',
                                        encoding="utf-8")
    report = json.loads(kiosk(home, "doctor", "--json").stdout)
    checks = {c["name"].split()[-1]: c for c in report["checks"]}
    assert set(checks) == {"camera", "decoder", "printer", "speech", "fonts", "library", "assets"}
    assert {n for n, c in checks.items() if c["required"]} == {"decoder", "fonts", "library", "assets"}
    assert checks["assets"]["ok"] and report["required_problems"] == 0  # a missing printer fails nothing...
    assert checks["camera"]["ok"] and checks["camera"]["detail"]["width"] == 1280
    assert checks["decoder"]["ok"] and checks["fonts"]["ok"]
    assert not checks["printer"]["ok"] and "没有连接" in checks["printer"]["zh"]
    assert report["problems"] >= 1

    (home / "settings.toml").write_text('[devices]\ncamera = "none"\n', encoding="utf-8")
    strict = kiosk(home, "doctor", "--strict", check=False)
    assert strict.returncode == 1, "...unless --strict"
    lines = kiosk(home, "doctor").stdout.splitlines()
    assert len(lines) == 7 and all(line.startswith(("OK", "问题")) for line in lines)
    assert lines[0].startswith("问题") and "摄像头" in lines[0]


def test_doctor_calls_a_station_set_to_silence_fine_not_a_problem(tmp_path):
    home = tmp_path / "home"
    home.mkdir()
    (home / "settings.toml").write_text('[devices]\ncamera = "none"\nspeech = "silent"\n', encoding="utf-8")
    speech = next(c for c in json.loads(kiosk(home, "doctor", "--json").stdout)["checks"]
                  if c["name"].endswith("speech"))
    assert speech["ok"] and "silent" in speech["en"] and "install" not in speech["en"]
    (home / "settings.toml").write_text('[devices]\ncamera = "0"\n', encoding="utf-8")
    noisy = kiosk(home, "doctor", check=False)  # no camera 0 here, a speech plug-in that cannot start...
    assert noisy.stderr == "", "only the report: warnings and Qt's chatter go to the log"
