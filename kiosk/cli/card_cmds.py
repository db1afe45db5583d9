"""`kiosk card`, `kiosk decode` and `kiosk doctor`: worker cards to file or printer, scans, device checks."""

from __future__ import annotations

import time
from pathlib import Path

from kiosk.cli.common import open_station, print_json
from kiosk.domain.messages import UserError, define, msg

E_OUT_TYPE = define("card.out_type", "The card file must end in .png or .pdf: {path}",
                    "工作证文件名要以 .png 或 .pdf 结尾：{path}")
E_OUT_NONE = define("card.out_none", "Say where the card goes: --out FILE and/or --print.",
                    "请指定工作证输出：--out 文件 或 --print。")
E_NO_DECODER = define("decoder.unavailable", "QR codes cannot be read on this station: {detail}",
                      "本机无法识别二维码：{detail}")
M_CARD_SAVED = define("card.saved", "Card of {worker_no} saved to {path}.", "{worker_no} 的工作证已保存到 {path}。")

# What `kiosk decode` says about each picture, beyond the card verdicts of kiosk.domain.card_format.
STATUS_ZH = {
    "valid": "有效", "forged": "伪造或被改动", "revoked": "已作废", "unknown_station": "未知驿站发的卡",
    "expired": "已过期", "key_revoked": "发卡密钥已停用", "unknown_worker": "本站没有此人资料",
    "not_a_card": "不是工作证", "damaged": "读取不完整", "unsupported_version": "卡的版本比软件新",
    "nothing_found": "没有找到二维码", "unreadable_file": "图片文件打不开", "not_found": "找不到文件",
    "pdf_without_image": "这个 PDF 里没有能读的图片，请用 PNG 图片（kiosk card --out 文件.png）",
}
STATUS_EN = {"pdf_without_image": "this PDF holds no picture decode can read: use a PNG (kiosk card --out FILE.png)"}
FILE_PROBLEMS = ("unreadable_file", "not_found", "pdf_without_image")
GENUINE_BUT_REFUSED = ("revoked", "expired", "key_revoked")  # signed by a known station: its holder is known


# --- kiosk card -------------------------------------------------------------------------------------
def _card(args) -> int:
    from kiosk.cards.render import card_print_for, render_card_pdf, render_card_png
    from kiosk.cli.card_lookup import card_target, find_worker
    from kiosk.ops.cards import issue_card

    out = Path(args.out) if args.out else None
    if out is None and not args.print:
        raise UserError(msg(E_OUT_NONE))
    render = {".png": render_card_png, ".pdf": render_card_pdf}.get(out.suffix.lower()) if out else None
    if out is not None and render is None:
        raise UserError(msg(E_OUT_TYPE, path=str(out)))
    station = open_station(args)
    with station.read() as s:
        target = card_target(s, find_worker(s, args.worker_no), station.clock().date())
    worker_id = target.worker_id
    issued = args.reissue or not target.printable
    if issued and not args.reissue:
        target.check_may_issue()  # a valid card made elsewhere: only --reissue may void it
    if issued:
        station.run(issue_card, worker_id)  # revokes the old card, if any, in the same transaction
    info = card_print_for(station, worker_id)
    result = {"worker_no": info.worker_no, "issued": issued, "issued_on": info.issued_on, "file": None,
              "printed": None}
    if out is not None:
        out.parent.mkdir(parents=True, exist_ok=True)
        result["file"] = str(render(info, out))
    if args.print:
        from kiosk.devices.printer import make_printer

        printed = make_printer(station.settings).print_card(info)  # PrinterError: a plain message, exit 1
        result["printed"] = {"ok": printed.ok, "path": str(printed.path) if printed.path else None,
                             "zh": printed.msg.zh, "en": printed.msg.en}
    if args.json:
        print_json(result)
    else:
        if out is not None:
            print(msg(M_CARD_SAVED, worker_no=info.worker_no, path=str(out)).zh)
        if result["printed"]:
            print(result["printed"]["zh"])
    return 0


# --- kiosk decode -------------------------------------------------------------------------------------
def describe_read(session, text: str, today) -> dict:
    """What the station makes of one scanned text: the verdict, and whose card (name masked)."""
    from kiosk.domain.card_format import MSG_WORKER_NOT_KNOWN
    from kiosk.domain.validation import mask_name
    from kiosk.ops.cards import identify
    from kiosk.store.models import Worker

    verdict, worker = identify(session, text, today)
    status, message = verdict.status, verdict.msg
    if status in GENUINE_BUT_REFUSED and verdict.claims is not None:  # whose old card it is, for the staff
        worker = session.get(Worker, verdict.claims.worker_id)
    if verdict.ok and worker is None:
        status, message = "unknown_worker", msg(MSG_WORKER_NOT_KNOWN)
    return {"text": text, "status": status, "status_zh": STATUS_ZH.get(status, status),
            "worker_no": worker.worker_no if worker is not None else None,
            "name": mask_name(worker.name) if worker is not None else None,
            "message": {"code": message.code, "zh": message.zh, "en": message.en}}


def read_image(path: str):
    """(OpenCV image, None), or (None, why not): a picture file, or the picture in a card PDF."""
    import cv2
    import numpy as np

    from kiosk.cards.pdf_image import pdf_first_image

    try:
        data = Path(path).read_bytes()
    except OSError:
        return None, "unreadable_file" if Path(path).exists() else "not_found"
    if data.startswith(b"%PDF-"):
        image = pdf_first_image(data)
        return image, None if image is not None else "pdf_without_image"
    # imdecode: no OpenCV warning on stderr, and non-ASCII paths work on Windows too
    image = cv2.imdecode(np.frombuffer(data, dtype=np.uint8), cv2.IMREAD_COLOR) if data else None
    return image, None if image is not None else "unreadable_file"


def decode_image(station, decoder, path: str) -> dict:
    """Run the scan pipeline on one image file: decode, then verify each text found."""
    image, problem = read_image(path)
    if image is None:
        return {"image": path, "status": problem, "status_zh": STATUS_ZH[problem], "ms": None, "reads": []}
    started = time.perf_counter()
    texts = decoder.decode(image)
    ms = round((time.perf_counter() - started) * 1000.0, 1)
    with station.read() as s:
        reads = [describe_read(s, text, station.clock().date()) for text in texts]
    # a card in the picture matters more than a poster's QR behind it
    main = next((r for r in reads if r["status"] != "not_a_card"), reads[0] if reads else None)
    status = main["status"] if main else "nothing_found"
    return {"image": path, "status": status, "status_zh": STATUS_ZH.get(status, status), "ms": ms,
            "worker_no": main and main["worker_no"], "name": main and main["name"], "reads": reads}


def make_station_decoder(settings):
    """The decoder the settings name; a plain message if no QR library is installed."""
    from kiosk.devices.decoder import DecoderUnavailable, make_decoder

    try:
        return make_decoder(settings.devices.decoder or "auto")
    except (DecoderUnavailable, ValueError) as exc:
        raise UserError(msg(E_NO_DECODER, detail=str(exc))) from exc


def _decode(args) -> int:
    station = open_station(args)
    decoder = make_station_decoder(station.settings)
    results = [decode_image(station, decoder, path) for path in args.images]
    if args.json:
        print_json(results)
    else:
        for r in results:
            who = f" · {r['worker_no']} {r['name']}" if r.get("worker_no") else ""
            took = f" · {r['ms']} ms" if r["ms"] is not None else ""
            plain = STATUS_EN.get(r["status"], r["status"])
            print(f"{r['image']}: {r['status_zh']} {plain}{who}{took}")
    return 1 if any(r["status"] in FILE_PROBLEMS for r in results) else 0


# --- registration ---------------------------------------------------------------------------------------
def _doctor(args) -> int:
    from kiosk.cli.doctor import run_doctor

    return run_doctor(args)


def register(sub) -> None:
    p = sub.add_parser("card", help="make a worker's card: issue one if needed, write PNG/PDF or print it")
    p.add_argument("worker_no", help="the worker number, e.g. ZD01-00001")
    p.add_argument("--out", help="card file to write (.png or .pdf)")
    p.add_argument("--print", action="store_true", help="send the card to the configured printer")
    p.add_argument("--reissue", action="store_true", help="revoke the current card and issue a new one")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=_card)
    p = sub.add_parser("decode", help="read QR codes in image files and say what the station makes of them")
    p.add_argument("images", nargs="+", metavar="IMAGE")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=_decode)
    p = sub.add_parser("doctor", help="check devices and the program's parts (exit 1: a required part is broken)")
    p.add_argument("--json", action="store_true")
    p.add_argument("--strict", action="store_true", help="exit 1 for a missing camera, printer or speech too")
    p.set_defaults(func=_doctor)
