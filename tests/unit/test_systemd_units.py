"""The shipped boot set-up (packaging/systemd, packaging/sway, the PAM file, the gig-kiosk wrapper) stays one coherent flow:
one PC with one touch screen (cage, kiosk run) or with a touch screen and a wall TV (sway, kiosk run and kiosk board)."""

from __future__ import annotations

import os
import re
import shlex
import shutil
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
UNITS = ROOT / "packaging" / "systemd"
SWAY = ROOT / "packaging" / "sway"
CAGE_UNIT, TWO_SCREENS_UNIT = "gig-kiosk.service", "gig-kiosk-two-screens.service"
SESSIONS = {CAGE_UNIT: "/usr/bin/cage -- /opt/gig-kiosk/kiosk run",
            TWO_SCREENS_UNIT: "/usr/bin/sway --config /etc/gig-kiosk/sway.conf"}
BINARY, HOME = "/opt/gig-kiosk/kiosk", "/home/kiosk/gig-kiosk"
RESPAWN = "/usr/local/lib/gig-kiosk/respawn"


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


@pytest.mark.parametrize("name", sorted(SESSIONS))
def test_each_session_runs_on_the_one_home_in_a_login_session_on_tty1(name):
    unit = parse_unit(UNITS / name)
    assert one(unit, "Service", "ExecStart") == SESSIONS[name]
    assert environment(unit)["KIOSK_HOME"] == HOME
    assert one(unit, "Service", "User") == "kiosk"
    assert one(unit, "Service", "PAMName") == "gig-kiosk" and (ROOT / "packaging" / "pam.d" / "gig-kiosk").is_file()
    assert "pam_systemd.so" in (ROOT / "packaging" / "pam.d" / "gig-kiosk").read_text()
    assert one(unit, "Service", "TTYPath") == "/dev/tty1"
    assert "getty@tty1.service" in " ".join(values(unit, "Unit", "Conflicts"))
    assert one(unit, "Install", "WantedBy") == "graphical.target", "cage never reaches graphical-session.target"
    other = ({*SESSIONS} - {name}).pop()
    assert other in " ".join(values(unit, "Unit", "Conflicts")), "one session per machine: both take tty1"


@pytest.mark.parametrize("name", sorted(SESSIONS))
def test_a_crash_or_hang_restarts_the_app_but_a_crash_loop_stops(name):
    unit = parse_unit(UNITS / name)
    assert one(unit, "Service", "Restart") in {"always", "on-failure"}
    assert float(one(unit, "Service", "RestartSec")) >= 1
    for key in ("StartLimitIntervalSec", "StartLimitBurst"):
        assert int(one(unit, "Unit", key)) > 0, "a start limit belongs in [Unit]: systemd ignores it in [Service]"
        assert not values(unit, "Service", key)
    assert float(environment(unit)["KIOSK_HANG_SECONDS"]) > 0, "the hang watchdog (kiosk/ui/watchdog.py) is on"


@pytest.mark.parametrize("name", sorted(SESSIONS))
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


def test_the_one_screen_and_two_screen_units_differ_only_in_the_compositor():
    def settings(name):
        return [(s, k, v) for s, items in parse_unit(UNITS / name).items() for k, v in items
                if k not in {"Description", "Documentation", "ExecStart", "Conflicts"}
                and v != "WLR_LIBINPUT_NO_DEVICES=1"]

    assert settings(CAGE_UNIT) == settings(TWO_SCREENS_UNIT)
    assert not (UNITS / "gig-kiosk-board.service").exists(), "a board PC of its own would need the station's database"


def sway_config() -> tuple[dict[str, str], list[str]]:
    """The two-screen sway config: its `set $name value` variables, and its other lines with the variables put in."""
    variables, lines = {}, []
    for line in (SWAY / "gig-kiosk.conf").read_text(encoding="utf-8").splitlines():
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        if line.startswith("set $"):
            name, value = line[4:].split(None, 1)
            variables[name] = value
            continue
        for name, value in variables.items():
            line = line.replace(name, value)
        lines.append(line)
    return variables, lines


def test_the_two_screen_session_runs_the_kiosk_on_the_touch_screen_and_the_board_on_the_tv():
    variables, lines = sway_config()
    touch, wall = variables["$touch"], variables["$wall"]
    assert touch != wall
    assert f"workspace touch output {touch}" in lines and f"workspace wall output {wall}" in lines
    assert f"input type:touch map_to_output {touch}" in lines, "touches must not spread over the TV"
    # both programs: the one binary (its home and hang limit come from the unit), each under the respawn loop
    execs = [shlex.split(line)[1:] for line in lines if line.split()[0] in ("exec", "exec_always")]
    assert sorted(execs) == sorted([[RESPAWN, BINARY, "run"], [RESPAWN, "--screen-of", wall, BINARY, "board"]])
    # the compositor, not Qt's screen order, decides where each goes, by Wayland app_id
    board_id = re.search(r'setDesktopFileName\("([^"]+)"\)',
                         (ROOT / "kiosk/ui/board/app.py").read_text(encoding="utf-8")).group(1)
    kiosk_id = Path(BINARY).name  # Qt's app_id without a desktop file name: the program's file name
    assert board_id != kiosk_id
    rules = {m.group(1): m.group(2) for m in (re.match(r'for_window \[app_id="\^(.+)\$"\] (.*)', line) for line in lines) if m}
    assert [c.strip() for c in rules[board_id].split(",")] == ["move container to workspace wall", "fullscreen enable"]
    assert [c.strip() for c in rules[kiosk_id].split(",")] == ["move container to workspace touch", "focus",
                                                                 "fullscreen enable"]
    assert f'no_focus [app_id="^{board_id}$"]' in lines, "the QR scanner's keystrokes must go to the kiosk"
    # nothing to escape to: no key bindings, no bar, no X
    assert not [line for line in lines if line.split()[0] in ("bindsym", "bindcode", "bar", "swaybar_command")]
    assert "xwayland disable" in lines


def run_respawn(tmp_path, outputs: str, *args: str, runs: int = 3):
    """The respawn script against a fake sway that lives until the program has been started `runs` times."""
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    alive, starts = tmp_path / "sway-alive", tmp_path / "starts"
    alive.touch()
    fake_sway = bin_dir / "swaymsg"
    fake_sway.write_text(f"""#!/bin/sh
[ -e {alive} ] || exit 1
case "$*" in *get_outputs*) printf "{outputs}" ;; esac
""")
    program = bin_dir / "app"
    program.write_text(f"""#!/bin/sh
echo "$*" >> {starts}
[ $(wc -l < {starts}) -lt {runs} ] || rm {alive}
exit 3
""")
    for script in (fake_sway, program):
        script.chmod(0o755)
    env = {**os.environ, "PATH": f"{bin_dir}:{os.environ['PATH']}", "GIG_KIOSK_RESPAWN_DELAY": "0"}
    result = subprocess.run(["sh", str(SWAY / "respawn"), *args, str(program), "board"], env=env,
                            capture_output=True, text=True, timeout=30)
    return result, starts.read_text().splitlines()


def test_respawn_starts_a_crashed_program_again_until_sway_is_gone(tmp_path):
    result, starts = run_respawn(tmp_path, "", runs=3)
    assert result.returncode == 0, result.stderr
    assert starts == ["board"] * 3, "started again after each exit, and no more once sway is gone"
    assert "ended with status 3" in result.stderr


def test_respawn_gives_the_board_the_screen_number_of_the_tv_output(tmp_path):
    outputs = "Output eDP-1 'a b c'\\n  Current mode\\nOutput DP-1 'x y z' (inactive)\\nOutput HDMI-A-2 'd e f' (focused)\\n"
    result, starts = run_respawn(tmp_path, outputs, "--screen-of", "HDMI-A-2", runs=1)
    assert result.returncode == 0, result.stderr
    assert starts == ["board --screen 1"], "the place among active outputs, the order Qt numbers its screens in"


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
    for program in ("usr/bin/cage", "usr/bin/sway", BINARY.lstrip("/")):
        (tmp_path / program).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / program).write_text("#!/bin/sh\n")
        (tmp_path / program).chmod(0o755)
    shutil.copytree("/usr/lib/systemd/system", tmp_path / "usr/lib/systemd/system", symlinks=True)
    shutil.copytree(UNITS, tmp_path / "etc/systemd/system")
    names = sorted(p.name for p in UNITS.glob("*.service"))
    result = subprocess.run([analyze, "verify", f"--root={tmp_path}", *names], capture_output=True, text=True,
                            timeout=120)
    assert result.returncode == 0 and not result.stderr.strip(), result.stderr
