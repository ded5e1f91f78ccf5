"""A horizontal bar chart of the block scores, drawn with QPainter.

Readable without colour: every bar carries its value as text and its own
hatch pattern; fills and hatches are the series of :mod:`samverkan_gui.present.style`
(the same as on paper) and text/frames use the palette, so dark themes and
high-contrast themes work.  The results table next to it is the text
alternative; the accessible description repeats the values.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QEvent, QRectF, QSize, Qt
from PySide6.QtGui import QBrush, QColor, QFontMetrics, QPainter, QPalette, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from samverkan_gui.present.style import series_style

#: The style's hatch names as Qt draws them.
HATCHES = {
    "rising": Qt.BrushStyle.BDiagPattern,
    "falling": Qt.BrushStyle.FDiagPattern,
    "grid": Qt.BrushStyle.CrossPattern,
    "crossed": Qt.BrushStyle.DiagCrossPattern,
    "horizontal": Qt.BrushStyle.HorPattern,
    "vertical": Qt.BrushStyle.VerPattern,
}


def fill_bar(painter: QPainter, rect: QRectF, index: int) -> None:
    """Fill ``rect`` in series ``index``'s colour with its hatch (black or white, whichever contrasts)."""
    look = series_style(index)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor(look.fill))
    painter.drawRect(rect)
    hatch = QColor(look.hatch)
    hatch.setAlphaF(0.35)
    painter.setBrush(QBrush(hatch, HATCHES[look.pattern]))
    painter.drawRect(rect)


def draw_bar(
    painter: QPainter,
    palette: QPalette,
    track: QRectF,
    share: float,
    index: int,
    value: tuple[str, float],
    *,
    track_outline: float,
) -> None:
    """One bar: its track, ``share`` of it filled as series ``index``, the outlines, then ``value``.

    ``value`` is the text drawn after the track and the width it may take.
    """
    text_colour = palette.color(QPalette.ColorRole.WindowText)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(palette.color(QPalette.ColorRole.Base))
    painter.drawRect(track)
    if share > 0:
        filled = QRectF(track.left(), track.top(), track.width() * min(1.0, share), track.height())
        fill_bar(painter, filled, index)
        # The bar's end is marked in the text colour: some bar colours (orange, sky blue)
        # are below 3:1 against a light track, the outline never is (WCAG 1.4.11).
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.setPen(QPen(text_colour, 1.5))
        painter.drawRect(filled)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.setPen(QPen(text_colour, track_outline))
    painter.drawRect(track)
    painter.setPen(text_colour)
    text, width = value
    painter.drawText(
        QRectF(track.right() + 8, track.top(), width, track.height()),
        Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
        text,
    )


def draw_focus_frame(widget: QWidget, painter: QPainter) -> None:
    """The dashed frame of a hand-painted widget that has the keyboard focus."""
    if widget.hasFocus():
        painter.setPen(QPen(widget.palette().color(QPalette.ColorRole.Highlight), 2, Qt.PenStyle.DashLine))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRect(QRectF(widget.rect()).adjusted(1, 1, -1, -1))


class PaintedChart(QWidget):
    """A hand-painted chart: laid out and painted again when the palette or the text size changes."""

    def begin_painting(self) -> QPainter:
        """A smoothed painter on this widget (the caller ends it)."""
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        return painter

    def changeEvent(self, event: QEvent) -> None:
        if event.type() in (QEvent.Type.PaletteChange, QEvent.Type.FontChange):
            self.updateGeometry()
            self.update()
        super().changeEvent(event)


@dataclass(frozen=True)
class Bar:
    label: str
    value: int
    maximum: int
    #: The text drawn next to the bar, e.g. "18 av 25 (72 %)".
    value_text: str

    @property
    def share(self) -> float:
        return self.value / self.maximum if self.maximum else 0.0


class BarChart(PaintedChart):
    """Bars of value/maximum, one per block; each bar's length is its share of its own maximum."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._bars: tuple[Bar, ...] = ()
        self.setObjectName("block-chart")
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.setFocusPolicy(Qt.FocusPolicy.TabFocus)  # reachable for screen-reader users

    def bars(self) -> tuple[Bar, ...]:
        return self._bars

    def set_bars(self, bars: list[Bar] | tuple[Bar, ...], accessible_name: str, description: str) -> None:
        self._bars = tuple(bars)
        self.setAccessibleName(accessible_name)
        self.setAccessibleDescription(description)
        self.updateGeometry()
        self.update()

    def _row_height(self) -> int:
        metrics = QFontMetrics(self.font())
        return metrics.height() * 2 + 22

    def sizeHint(self) -> QSize:
        return QSize(480, 16 + self._row_height() * max(1, len(self._bars)))

    def minimumSizeHint(self) -> QSize:
        return QSize(260, 16 + self._row_height() * max(1, len(self._bars)))

    def _value_width(self) -> int:
        metrics = QFontMetrics(self.font())
        return max((metrics.horizontalAdvance(b.value_text) for b in self._bars), default=0) + 12

    def tracks(self) -> list[QRectF]:
        """Where each bar's track lies (its filled part starts at the left), in bar order."""
        metrics = QFontMetrics(self.font())
        left, right = 8.0, float(self.width() - 8)
        track_width = max(40.0, right - left - self._value_width())
        bar_height = float(metrics.height() + 8)
        row = self._row_height()
        return [
            QRectF(left, 8.0 + index * row + metrics.height() + 4, track_width, bar_height)
            for index in range(len(self._bars))
        ]

    def paintEvent(self, _event: object) -> None:
        painter = self.begin_painting()
        palette = self.palette()
        text_colour = palette.color(QPalette.ColorRole.WindowText)
        metrics = QFontMetrics(self.font())
        left, right = 8.0, float(self.width() - 8)
        value_width = self._value_width()
        for index, (bar, track) in enumerate(zip(self._bars, self.tracks(), strict=True)):
            painter.setPen(text_colour)
            painter.drawText(
                QRectF(left, track.top() - metrics.height() - 4, right - left, metrics.height() + 2),
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                metrics.elidedText(bar.label, Qt.TextElideMode.ElideRight, int(right - left)),
            )
            draw_bar(painter, palette, track, bar.share, index, (bar.value_text, value_width), track_outline=1.5)
        draw_focus_frame(self, painter)
        painter.end()
