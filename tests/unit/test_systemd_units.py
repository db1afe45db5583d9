"""The shipped boot set-up (packaging/systemd, the PAM file, the gig-kiosk wrapper) stays one coherent flow."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
UNITS = ROOT / "packaging" / "systemd"
APPS = {"gig-kiosk.service": "run", "gig-kiosk-board.service": "board"}
BINARY, HOME = "/opt/gig-kiosk/kiosk", "/home/kiosk/gig-kiosk"


def parse_unit(path: Path) -> dict[str, list[tuple[str, str]]]:
    """Sections of a unit file as (key, value) lists: systemd allows a key more than once (After=, Environment=)."""
    sections: dict[str, list[tuple[str, str]]] = {}
    current = None
    for line in path.read_text(encoding="utf-8").splitlines():
        line = line.strip()
        if not line or line.startswith(("#", ";")):
            continue
        if line.startswith("["):
            current = sections.setdefault(line.strip("[]"), [])
            continue
        key, _, value = line.partition("=")
        current.append((key.strip(), value.strip()))
    return sections


def values(unit, section: str, key: str) -> list[str]:
    return [v for k, v in unit.get(section, []) if k == key]


def one(unit, section: str, key: str) -> str:
    found = values(unit, section, key)
    assert len(found) == 1, f"[{section}] {key}= should be set once, found {found}"
    return found[0]


def environment(unit) -> dict[str, str]:
    return dict(item.split("=", 1) for v in values(unit, "Service", "Environment") for item in v.split())


@pytest.mark.parametrize("name", sorted(APPS))
def test_each_screen_app_runs_the_one_program_on_the_one_home_in_a_cage_session(name):
    unit = parse_unit(UNITS / name)
    assert one(unit, "Service", "ExecStart") == f"/usr/bin/cage -- {BINARY} {APPS[name]}"
    assert environment(unit)["KIOSK_HOME"] == HOME
    assert one(unit, "Service", "User") == "kiosk"
    assert one(unit, "Service", "PAMName") == "gig-kiosk" and (ROOT / "packaging" / "pam.d" / "gig-kiosk").is_file()
    assert "pam_systemd.so" in (ROOT / "packaging" / "pam.d" / "gig-kiosk").read_text()
    assert one(unit, "Service", "TTYPath") == "/dev/tty1"
    assert "getty@tty1.service" in " ".join(values(unit, "Unit", "Conflicts"))
    assert one(unit, "Install", "WantedBy") == "graphical.target", "cage never reaches graphical-session.target"


@pytest.mark.parametrize("name", sorted(APPS))
def test_a_crash_or_hang_restarts_the_app_but_a_crash_loop_stops(name):
    unit = parse_unit(UNITS / name)
    assert one(unit, "Service", "Restart") in {"always", "on-failure"}
    assert float(one(unit, "Service", "RestartSec")) >= 1
    for key in ("StartLimitIntervalSec", "StartLimitBurst"):
        assert int(one(unit, "Unit", key)) > 0, "a start limit belongs in [Unit]: systemd ignores it in [Service]"
        assert not values(unit, "Service", key)
    assert float(environment(unit)["KIOSK_HANG_SECONDS"]) > 0, "the hang watchdog (kiosk/ui/watchdog.py) is on"


@pytest.mark.parametrize("name", sorted(APPS))
def test_the_boot_backup_never_keeps_the_app_from_starting_nor_runs_at_every_restart(name):
    unit = parse_unit(UNITS / name)
    assert all(cmd.startswith("-") for cmd in values(unit, "Service", "ExecStartPre")), "a failing pre-start blocks"
    assert "gig-kiosk-backup.service" in " ".join(values(unit, "Unit", "Wants"))
    assert "gig-kiosk-backup.service" in " ".join(values(unit, "Unit", "After"))
    assert "gig-kiosk-backup.service" not in " ".join(values(unit, "Unit", "Requires") + values(unit, "Unit", "BindsTo"))
    backup = parse_unit(UNITS / "gig-kiosk-backup.service")
    assert one(backup, "Service", "Type") == "oneshot" and one(backup, "Service", "RemainAfterExit") == "yes"
    assert one(backup, "Service", "ExecStart").startswith(f"{BINARY} backup --force {HOME}/")
    assert environment(backup)["KIOSK_HOME"] == HOME and one(backup, "Service", "User") == "kiosk"


def test_kiosk_and_board_units_differ_only_in_what_they_run():
    def settings(name):
        return [(s, k, v) for s, items in parse_unit(UNITS / name).items() for k, v in items
                if k not in {"Description", "ExecStart", "Conflicts"}]

    assert settings("gig-kiosk.service") == settings("gig-kiosk-board.service")


def test_the_technicians_wrapper_and_the_docs_name_the_same_program_and_home():
    wrapper = (ROOT / "packaging" / "gig-kiosk").read_text()
    assert f"KIOSK={BINARY}\n" in wrapper and f"KIOSK_HOME={HOME}\n" in wrapper
    for doc in ("docs/deployment.md", "docs/board.md"):
        text = (ROOT / doc).read_text(encoding="utf-8")
        assert "/var/lib/gig-kiosk" not in text and ".venv/bin/kiosk --home" not in text, doc
        assert set(re.findall(r"/opt/gig-kiosk/[\w./-]*kiosk\b", text)) <= {BINARY}, doc
        assert ".bash_profile" not in text, f"{doc}: the kiosk starts from its unit only (never twice)"


def test_systemd_analyze_verify_finds_nothing(tmp_path):
    analyze = shutil.which("systemd-analyze")
    if analyze is None or not Path("/usr/lib/systemd/system/sysinit.target").exists():
        pytest.skip("systemd-analyze is not installed here (apt-get install systemd)")
    # a root with the programs the units run, so verify checks the units, not this machine's installation
    for program in ("usr/bin/cage", BINARY.lstrip("/")):
        (tmp_path / program).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / program).write_text("#!/bin/sh\n")
        (tmp_path / program).chmod(0o755)
    shutil.copytree("/usr/lib/systemd/system", tmp_path / "usr/lib/systemd/system", symlinks=True)
    shutil.copytree(UNITS, tmp_path / "etc/systemd/system")
    names = sorted(p.name for p in UNITS.glob("*.service"))
    result = subprocess.run([analyze, "verify", f"--root={tmp_path}", *names], capture_output=True, text=True,
                            timeout=120)
    assert result.returncode == 0 and not result.stderr.strip(), result.stderr
