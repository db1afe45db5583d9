"""What every screen is given: the station, the ops runner, devices, theme and current preferences."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from kiosk.ui.ops_runner import OpsRunner
from kiosk.ui.theme import Theme


@dataclass
class UiContext:
    station: Any  # kiosk.station.Station
    runner: OpsRunner
    theme: Theme
    speech: Any = None  # kiosk.devices.speech.Speech (or the Qt wrapper); None = silent
    printer: Any = None  # kiosk.devices.printer.Printer; None = printing unavailable
    camera: Any = None  # kiosk.devices.camera.Camera; None = no camera
    lang: str = "zh_CN"
    voice_on: bool = False
    extras: dict = field(default_factory=dict)

    @property
    def settings(self):
        return self.station.settings
