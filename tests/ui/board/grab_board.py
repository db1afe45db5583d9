"""Test helper: runs `kiosk board` as a wall runs it, then saves what the board shows and where each pay is.

    python tests/ui/board/grab_board.py OUT -- KIOSK_ARGS...

writes OUT.png (the board as drawn on its screen) and OUT.json (the pay boxes on that picture), then quits.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path


def main(out: str, kiosk_args: list[str]) -> int:
    import kiosk.ui.board.app as board_app
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    class GrabbedBoard(board_app.BoardView):
        """The board as production makes it, saving itself once its first orders are on the screen."""

        def __init__(self, *args, **kwargs):
            super().__init__(*args, **kwargs)
            self.saved = False
            self.snapshot_applied.connect(lambda: QTimer.singleShot(200, self.save))

        def save(self) -> None:
            if self.saved:
                return
            self.saved = True
            self.grab().save(f"{out}.png")
            dx, dy = self.burn_offset
            pays = [item.box.translated(dx, dy).getRect() for card in self.card_layouts()
                    for item in card.items if item.role == "pay"]
            Path(f"{out}.json").write_text(json.dumps({"size": [self.width(), self.height()], "pays": pays}))
            QApplication.quit()

    board_app.BoardView = GrabbedBoard
    from kiosk.cli.main import main as kiosk

    return kiosk(kiosk_args)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1], sys.argv[3:]))
