"""`kiosk doctor`'s exit code: 1 when a part the program ships is broken (a bundle without its translations)."""

from __future__ import annotations

import json
from argparse import Namespace

import kiosk.cli.doctor as doctor
import kiosk.ui.i18n as i18n
from kiosk.cli.doctor import run_doctor


def test_missing_translations_make_doctor_fail_and_say_which(tmp_path, monkeypatch, capsys):
    home = tmp_path / "home"
    home.mkdir()
    monkeypatch.setattr(i18n, "TRANSLATIONS_DIR", tmp_path / "nothing-here")
    # the parts only (the device checks have their own tests, and Qt's speech plug-ins chatter here)
    monkeypatch.setattr(doctor, "CHECKS", tuple(c for c in doctor.CHECKS if c[0] in doctor.REQUIRED))
    assert run_doctor(Namespace(home=str(home), json=True, strict=False)) == 1
    report = json.loads(capsys.readouterr().out)
    assets = next(c for c in report["checks"] if c["name"].endswith("assets"))
    assert not assets["ok"] and assets["required"] and "walkup_zh_CN.qm" in assets["detail"]["missing"]
    assert report["required_problems"] == 1
