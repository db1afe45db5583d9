"""`kiosk doctor`: which devices and parts are present and working, one verdict line each; exit 1 if a required part is broken.

Required: what the program itself ships or the station cannot work without — the QR decoder, the zbar library, a
Chinese font, the translations, icons and sounds. Optional: devices (camera, printer, speech), which a build
machine or a station being set up may lack; `--strict` makes their problems fail the exit code too."""

from __future__ import annotations

import time
from dataclasses import asdict, dataclass, field

from kiosk.cli.common import print_json
from kiosk.domain.messages import UserError
from kiosk.settings import load_settings, resolve_home


@dataclass
class Check:
    name: str  # e.g. "摄像头 camera"
    ok: bool
    zh: str
    en: str
    detail: dict = field(default_factory=dict)
    required: bool = False  # set from REQUIRED by run_doctor

    @property
    def line(self) -> str:
        return f"{'OK  ' if self.ok else '问题'}  {self.name}: {self.zh} / {self.en}"


REQUIRED = frozenset({"解码 decoder", "中文字体 fonts", "zbar 库 library", "程序文件 assets"})
TRANSLATION_DOMAINS = ("walkup", "staff", "messages", "board")  # assets/translations/<domain>_zh_CN.qm


def _guard(name: str, fn, settings) -> Check:
    try:
        return fn(settings)
    except UserError as exc:
        return Check(name, False, exc.msg.zh, exc.msg.en)
    except Exception as exc:  # noqa: BLE001 - a broken device is a finding, not a crash of the doctor
        return Check(name, False, f"检查时出错：{exc}", f"check failed: {exc!r}")


def check_camera(settings) -> Check:
    from kiosk.devices.camera import open_camera

    name, spec = "摄像头 camera", settings.devices.camera
    cam = open_camera(spec)
    cam.start()
    deadline = time.monotonic() + 5.0  # a USB camera can take a second or two to open
    try:
        while cam.latest() is None and cam.status == "ok" and time.monotonic() < deadline:
            time.sleep(0.02)  # polling a real device with a deadline, not synchronising threads
        frame, status = cam.latest(), cam.status_msg
    finally:
        cam.stop()
    if frame is None:
        if status.code == "camera.ok":  # opened but silent for 5 s
            return Check(name, False, f"摄像头打开了但没有画面（设置：{spec!r}）", f"camera opened but sent no picture ({spec!r})")
        return Check(name, False, f"{status.zh}（设置：{spec!r}）", f"{status.en} (setting {spec!r})")
    h, w = frame.image.shape[:2]
    return Check(name, True, f"有画面 {w}×{h}（{spec}）", f"picture {w}x{h} ({spec})", {"width": w, "height": h})


def check_decoder(settings) -> Check:
    from kiosk.cli.card_cmds import make_station_decoder
    from kiosk.devices.synthetic import card_frame

    name = "解码 decoder"
    decoder = make_station_decoder(settings)
    frame = card_frame(1, "clean", "medium")
    started = time.perf_counter()
    texts = decoder.decode(frame.image)
    ms = round((time.perf_counter() - started) * 1000.0, 1)
    label = getattr(decoder, "name", type(decoder).__name__)
    if frame.card_text in texts:
        return Check(name, True, f"{label} 读出测试卡，用时 {ms} ms", f"{label} read the test card in {ms} ms",
                     {"decoder": label, "ms": ms})
    return Check(name, False, f"{label} 读不出测试卡", f"{label} could not read the test card", {"decoder": label})


def check_printer(settings) -> Check:
    from kiosk.devices.printer import make_printer

    printer = make_printer(settings)
    result = printer.check()
    return Check("打印机 printer", result.ok, result.msg.zh, result.msg.en,
                 {"setting": settings.devices.printer, "kind": printer.name})


def _speech_for_ui(setting: str):
    """The speaker the kiosk screens would use (Qt's engine if it works here, else a system one)."""
    try:
        from kiosk.ui.resilience import route_qt_messages_to_log
        from kiosk.ui.speech_qt import make_ui_speech
    except ImportError:  # no Qt at all on this machine: what the non-Qt layer would pick
        from kiosk.devices.speech import make_speech

        return make_speech(setting)
    route_qt_messages_to_log()  # the speech plug-ins' chatter goes to the log, not over doctor's report
    return make_ui_speech(setting)


def check_speech(settings) -> Check:
    from kiosk.devices.speech import chosen_silence

    name = "语音 speech"
    if chosen_silence(settings.devices.speech):
        return Check(name, True, "按设置保持静音（speech = silent）", "silent, as set (speech = silent)",
                     {"engine": "silent", "setting": settings.devices.speech})
    speech = _speech_for_ui(settings.devices.speech)
    if not speech.available:
        return Check(name, False, "没有可用的语音引擎，将保持静音（可安装 espeak-ng）",
                     "no speech engine: the kiosk stays silent (install espeak-ng)", {"engine": speech.name})
    return Check(name, True, f"使用 {speech.name}", f"using {speech.name}", {"engine": speech.name})


def check_fonts(settings) -> Check:
    from kiosk.cards.render import find_cjk_font, font

    found = find_cjk_font()
    if found is None:
        return Check("中文字体 fonts", False, "没有中文字体，汉字会显示成方框（请安装 fonts-noto-cjk）",
                     "no Chinese font: Han characters show as boxes (install fonts-noto-cjk)")
    family = font(20).getname()[0]
    return Check("中文字体 fonts", True, f"{family}（{found[0]}）", f"{family} ({found[0]})",
                 {"file": found[0], "index": found[1], "family": family})


def check_zbar(settings) -> Check:
    name = "zbar 库 library"
    try:
        from pyzbar import zbar_library

        lib, _ = zbar_library.load()
    except (ImportError, OSError) as exc:
        return Check(name, False, f"找不到 zbar 库（{exc}），请安装 libzbar0", f"zbar not found ({exc}): install libzbar0")
    return Check(name, True, f"已找到 {lib._name}", f"found {lib._name}", {"library": lib._name})


def check_assets(settings) -> Check:
    from kiosk.ui.i18n import ASSETS_DIR, TRANSLATIONS_DIR, unreadable_translations  # Qt stays in kiosk/ui

    name = "程序文件 assets"
    qm = [TRANSLATIONS_DIR / f"{domain}_zh_CN.qm" for domain in TRANSLATION_DOMAINS]
    missing = unreadable_translations(TRANSLATION_DOMAINS, TRANSLATIONS_DIR)
    icons = sorted(p.name for p in (ASSETS_DIR / "icons").glob("*.svg"))
    sounds = sorted(p.name for p in (ASSETS_DIR / "sounds").glob("*.wav"))
    missing += [] if icons else ["icons/*.svg"]
    missing += [] if sounds else ["sounds/*.wav"]
    detail = {"assets": str(ASSETS_DIR), "translations": [p.name for p in qm], "icons": len(icons), "sounds": sounds}
    if missing:
        return Check(name, False, f"缺少或读不出：{'、'.join(missing)}（{ASSETS_DIR}），请重新安装",
                     f"missing or unreadable: {', '.join(missing)} ({ASSETS_DIR}): reinstall the kiosk",
                     detail | {"missing": missing})
    return Check(name, True, f"翻译 {len(qm)} 个、图标 {len(icons)} 个、声音 {len(sounds)} 个",
                 f"{len(qm)} translations, {len(icons)} icons, {len(sounds)} sounds", detail)


CHECKS = (("摄像头 camera", check_camera), ("解码 decoder", check_decoder), ("打印机 printer", check_printer),
          ("语音 speech", check_speech), ("中文字体 fonts", check_fonts), ("zbar 库 library", check_zbar),
          ("程序文件 assets", check_assets))


def exit_code(checks: list[Check], strict: bool = False) -> int:
    """1 when a required part is broken (or, with --strict, anything is); else 0."""
    return int(any(not c.ok and (c.required or strict) for c in checks))


def run_doctor(args) -> int:
    settings = load_settings(resolve_home(args.home))
    checks = [_guard(name, fn, settings) for name, fn in CHECKS]
    for c in checks:
        c.required = c.name in REQUIRED
    if args.json:
        print_json({"home": str(settings.home), "problems": sum(not c.ok for c in checks),
                    "required_problems": sum(not c.ok and c.required for c in checks),
                    "checks": [asdict(c) | {"line": c.line} for c in checks]})
    else:
        for c in checks:
            print(c.line)
    return exit_code(checks, getattr(args, "strict", False))
