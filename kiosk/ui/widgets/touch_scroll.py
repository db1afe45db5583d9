"""A vertical list that scrolls by dragging a finger (kinetic), with a thick scroll bar as a visible cue."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QScrollArea, QScroller, QScrollerProperties, QVBoxLayout, QWidget


def make_kinetic(area: QScrollArea) -> None:
    """Flick to scroll with a finger; a tap still taps.

    Touch gestures only: grabbing the mouse gesture as well delays every press inside the list (and
    was seen to lose taps on buttons in it). A touch panel that reports itself as a mouse still has
    the thick scroll bar.
    """
    viewport = area.viewport()
    viewport.setAttribute(Qt.WidgetAttribute.WA_AcceptTouchEvents, True)
    QScroller.grabGesture(viewport, QScroller.ScrollerGestureType.TouchGesture)
    scroller = QScroller.scroller(viewport)
    props = scroller.scrollerProperties()
    off = QScrollerProperties.OvershootPolicy.OvershootAlwaysOff
    props.setScrollMetric(QScrollerProperties.ScrollMetric.HorizontalOvershootPolicy, off)
    props.setScrollMetric(QScrollerProperties.ScrollMetric.VerticalOvershootPolicy, off)
    # A shaky finger moving a few millimetres is still a tap, not a drag.
    props.setScrollMetric(QScrollerProperties.ScrollMetric.DragStartDistance, 0.004)
    scroller.setScrollerProperties(props)


class TouchList(QScrollArea):
    """A scrolling column of widgets: `add(widget)`, `clear()`."""

    def __init__(self, spacing: int = 12, parent=None):
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        self.body = QWidget()
        self.column = QVBoxLayout(self.body)
        self.column.setContentsMargins(0, 0, spacing, 0)
        self.column.setSpacing(spacing)
        self.column.addStretch(1)
        self.setWidget(self.body)
        make_kinetic(self)

    def add(self, widget: QWidget) -> QWidget:
        self.column.insertWidget(self.column.count() - 1, widget)
        return widget

    def clear(self) -> None:
        from kiosk.ui.widgets.labels import clear_layout

        clear_layout(self.column)
        self.column.addStretch(1)
        self.verticalScrollBar().setValue(0)
