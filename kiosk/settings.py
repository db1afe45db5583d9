"""Where the station keeps its data and what it is configured to be: one home, one TOML file."""

from __future__ import annotations

import os
import re
import tomllib
from dataclasses import asdict, dataclass, field
from pathlib import Path

from kiosk.domain.messages import UserError, define, msg
from kiosk.settings_values import E_NOT_TOML, SettingsError, fill, toml_value  # noqa: F401 - SettingsError from here

SETTINGS_FILE = "settings.toml"


@dataclass
class StationIdentity:
    id: str = "station-local"
    code: str = ""  # prefix of worker numbers issued here; unset: made up once (kiosk.domain.local_code)
    name: str = "零工驿站"
    address: str = ""
    phone: str = ""
    latitude: float = 0.0
    longitude: float = 0.0
    service_radius_km: float = 10.0
    hours: str = "07:00-18:00"


@dataclass
class DeviceSettings:
    camera: str = "0"  # an OpenCV index, a video file, or a folder of images (file camera)
    decoder: str = "auto"
    printer: str = "pdf"  # pdf | escpos:<device> | system:<name>
    printer_encoding: str = "gb18030"
    paper_mm: int = 58
    speech: str = "auto"  # auto | qt | espeak | silent


@dataclass
class UiSettings:
    idle_seconds: int = 60
    idle_warning_seconds: int = 20
    large_text: bool = False
    voice: bool = False
    staff_idle_seconds: int = 180


@dataclass
class BoardSettings:
    page_seconds: int = 8
    night_start: str = "22:00"
    night_end: str = "06:00"
    announcements: list[str] = field(default_factory=list)
    categories: list[str] = field(default_factory=list)  # empty: all
    bilingual: bool = False
    offline_after_minutes: int = 15


@dataclass
class Settings:
    home: Path
    station: StationIdentity = field(default_factory=StationIdentity)
    devices: DeviceSettings = field(default_factory=DeviceSettings)
    ui: UiSettings = field(default_factory=UiSettings)
    board: BoardSettings = field(default_factory=BoardSettings)
    server_url: str = ""
    language: str = "zh_CN"
    sync_interval_seconds: int = 30

    # --- paths: everything lives under the home directory ---------------------------------
    @property
    def db_path(self) -> Path:
        return self.home / "station.db"

    @property
    def keys_dir(self) -> Path:
        return self.home / "keys"

    @property
    def logs_dir(self) -> Path:
        return self.home / "logs"

    @property
    def cards_dir(self) -> Path:
        return self.home / "cards"

    @property
    def backups_dir(self) -> Path:
        return self.home / "backups"

    @property
    def settings_file(self) -> Path:
        return self.home / SETTINGS_FILE

    def ensure_dirs(self) -> None:
        """The home and its folders, and the database file, open to the station's account only (an older station's
        looser modes are tightened): the database holds names, birth years, priority groups, notes, PIN hashes."""
        from kiosk.private_files import private_database, private_dir

        for d in (self.home, self.keys_dir, self.backups_dir):  # keys, and copies of the database and keys
            private_dir(d)
        for d in (self.logs_dir, self.cards_dir):
            d.mkdir(exist_ok=True)
        private_database(self.db_path)


E_NO_STATION = define(
    "station.none_here",
    "There is no station in {path} yet (no station.db). Check --home or KIOSK_HOME. To set up a station there, "
    "run kiosk staff add NAME, kiosk enroll or kiosk run; kiosk demo makes a demo station.",
    "{path} 里还没有驿站数据（没有 station.db）。请检查 --home 或 KIOSK_HOME 是否写对。"
    "要在这里新建驿站，请运行 kiosk staff add 姓名、kiosk enroll 或 kiosk run；kiosk demo 会建一个演示驿站。",
)


def has_station(home: Path) -> bool:
    """A station was made in `home` (its database is there)."""
    return Settings(home=home).db_path.is_file()


def require_station(home: Path) -> None:
    """UserError unless `home` holds a station: a mistyped --home must not quietly become a new, empty one."""
    if not has_station(home):
        raise UserError(msg(E_NO_STATION, path=str(home)), "home")


def default_home() -> Path:
    base = os.environ.get("XDG_DATA_HOME") or str(Path.home() / ".local" / "share")
    return Path(base) / "gig-kiosk"


def resolve_home(cli_home: str | os.PathLike | None = None) -> Path:
    """The home directory: --home wins, then KIOSK_HOME, then the per-user default."""
    if cli_home:
        return Path(cli_home).expanduser().resolve()
    env = os.environ.get("KIOSK_HOME")
    if env:
        return Path(env).expanduser().resolve()
    return default_home()


def load_settings(home: Path) -> Settings:
    """Read home/settings.toml; a missing file means all defaults."""
    path = home / SETTINGS_FILE
    data: dict = {}
    if path.exists():
        try:
            data = tomllib.loads(path.read_text(encoding="utf-8"))
        except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
            raise SettingsError(msg(E_NOT_TOML, path=str(path), detail=str(exc)[:120])) from exc
    data.pop("home", None)
    settings = fill(Settings, {"home": home, **data}, path)
    settings.home = home
    return settings


def dump_settings(settings: Settings) -> str:
    data = asdict(settings)
    data.pop("home")
    top = [f"{k} = {toml_value(v)}" for k, v in data.items() if not isinstance(v, dict)]
    sections = [
        f"\n[{k}]\n" + "\n".join(f"{sk} = {toml_value(sv)}" for sk, sv in v.items())
        for k, v in data.items()
        if isinstance(v, dict)
    ]
    return "\n".join(top) + "\n" + "\n".join(sections) + "\n"


def _write_atomic(settings: Settings, text: str) -> None:
    """A power cut leaves the old or the new file, never half."""
    settings.home.mkdir(parents=True, exist_ok=True)
    tmp = settings.settings_file.with_suffix(".tmp")
    tmp.write_text(text, encoding="utf-8")
    os.replace(tmp, settings.settings_file)


def save_settings(settings: Settings) -> None:
    """Write the settings atomically."""
    _write_atomic(settings, dump_settings(settings))


_STATION_TABLE = re.compile(r"(?m)^[ \t]*\[station\][ \t]*(#.*)?$")


def save_station_code(settings: Settings, code: str) -> None:
    """Set the worker-number prefix and write just that line into settings.toml: the technician's comments,
    and keys this version does not know, stay as they are."""
    settings.station.code = code
    path = settings.settings_file
    text = path.read_text(encoding="utf-8") if path.exists() else ""
    line = f"code = {toml_value(code)}"
    table = _STATION_TABLE.search(text)
    if table:
        text = f"{text[:table.end()]}\n{line}{text[table.end():]}"
    else:
        text = f"{text.rstrip()}\n\n[station]\n{line}\n".lstrip()
    try:
        written = tomllib.loads(text).get("station", {}).get("code")
    except tomllib.TOMLDecodeError:  # e.g. `code` already there (empty), or the table made of dotted keys
        written = None
    _write_atomic(settings, text if written == code else dump_settings(settings))
