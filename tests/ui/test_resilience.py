"""A bug in a screen must not take the kiosk down: a scrubbed crash report, then the home screen again."""

from __future__ import annotations

import sys

from kiosk.ui.resilience import install_crash_handler


def test_a_crash_writes_a_scrubbed_report_and_recovers(tmp_path):
    recovered = []
    previous = sys.excepthook
    install_crash_handler(tmp_path, lambda: recovered.append(True))
    try:
        try:
            raise RuntimeError("bug while showing 110105197003077711 / 13800138000")
        except RuntimeError:
            sys.excepthook(*sys.exc_info())
    finally:
        sys.excepthook = previous
    reports = list(tmp_path.glob("crash-*.txt"))
    assert recovered == [True] and len(reports) == 1
    text = reports[0].read_text(encoding="utf-8")
    assert "RuntimeError" in text and "110105197003077711" not in text and "13800138000" not in text


def test_the_kiosk_syncs_by_itself_only_when_a_server_is_configured(ui_ctx):
    from kiosk.ui.app import start_sync

    assert start_sync(ui_ctx) is None and "sync" not in ui_ctx.extras
    ui_ctx.station.settings.server_url = "http://127.0.0.1:9"  # nothing listens: the runner just retries later
    sync = start_sync(ui_ctx)
    try:
        assert ui_ctx.extras["sync"] is sync
    finally:
        sync.stop(timeout=2)


def test_qt_chatter_the_kiosk_copes_with_is_not_logged_as_an_error():
    import logging

    from PySide6.QtCore import QtMsgType

    from kiosk.ui.resilience import qt_message_level

    assert qt_message_level(QtMsgType.QtCriticalMsg, 'Error loading text-to-speech plug-in "speechd"') == logging.INFO
    assert qt_message_level(QtMsgType.QtWarningMsg, "Couldn't load pipewire-0.3 library") == logging.INFO
    assert qt_message_level(QtMsgType.QtCriticalMsg, "QPainter::begin: Paint device returned engine == 0") \
        == logging.ERROR, "real trouble stays an error"


def test_a_locked_database_during_an_action_is_a_plain_message_and_loses_nothing(qtbot, tmp_path, monkeypatch):
    import sqlite3

    from kiosk.ops import workers
    from kiosk.station import Station
    from kiosk.store import engine as engine_module
    from kiosk.ui.ops_runner import OpsRunner
    from tests.unit.conftest import make_worker_form, with_code

    monkeypatch.setattr(engine_module, "BUSY_TIMEOUT_MS", 50)
    station = Station.open(with_code(tmp_path / "home"))
    runner = OpsRunner(station)
    other = sqlite3.connect(station.settings.db_path)  # e.g. `kiosk import` busy with the station
    other.execute("BEGIN IMMEDIATE")
    answers, crashes = [], []
    runner.crashed.connect(lambda *_: crashes.append(True))
    try:
        runner.submit(workers.register_worker, make_worker_form(), on_done=answers.append, on_failed=answers.append)
        qtbot.waitUntil(lambda: len(answers) == 1, timeout=5000)
        other.rollback()
        assert crashes == [] and answers[0].code == "db.busy", "told plainly, not treated as a bug"
        runner.submit(workers.register_worker, make_worker_form(), on_done=answers.append, on_failed=answers.append)
        qtbot.waitUntil(lambda: len(answers) == 2, timeout=5000)
        assert answers[1].kind == "worker.registered", "the same form, tried again, is saved"
    finally:
        other.close()
        runner.stop()
        station.close()
