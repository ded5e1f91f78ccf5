"""A horizontal bar chart of the block scores, drawn with QPainter.

Readable without colour: every bar carries its value as text and its own
hatch pattern; the colours are the Okabe–Ito set (safe for the common kinds
of colour blindness) and text/frames use the palette, so dark themes and
high-contrast themes work.  The results table next to it is the text
alternative; the accessible description repeats the values.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QEvent, QRectF, QSize, Qt
from PySide6.QtGui import QBrush, QColor, QFontMetrics, QPainter, QPalette, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

#: Okabe & Ito (2008): blue, orange, bluish green, reddish purple, vermillion, sky blue.
BAR_COLOURS = ("#0072B2", "#E69F00", "#009E73", "#CC79A7", "#D55E00", "#56B4E9")
BAR_PATTERNS = (
    Qt.BrushStyle.BDiagPattern,
    Qt.BrushStyle.FDiagPattern,
    Qt.BrushStyle.CrossPattern,
    Qt.BrushStyle.DiagCrossPattern,
    Qt.BrushStyle.HorPattern,
    Qt.BrushStyle.VerPattern,
)


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


class BarChart(QWidget):
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

    def changeEvent(self, event: QEvent) -> None:
        if event.type() in (QEvent.Type.PaletteChange, QEvent.Type.FontChange):
            self.update()
        super().changeEvent(event)

    def paintEvent(self, _event: object) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        text_colour = palette.color(QPalette.ColorRole.WindowText)
        track_colour = palette.color(QPalette.ColorRole.Base)
        metrics = QFontMetrics(self.font())
        row = self._row_height()
        left, right = 8.0, float(self.width() - 8)
        value_width = max((metrics.horizontalAdvance(b.value_text) for b in self._bars), default=0) + 12
        track_width = max(40.0, right - left - value_width)
        bar_height = float(metrics.height() + 8)
        for index, bar in enumerate(self._bars):
            top = 8.0 + index * row
            painter.setPen(text_colour)
            painter.drawText(
                QRectF(left, top, right - left, metrics.height() + 2),
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                metrics.elidedText(bar.label, Qt.TextElideMode.ElideRight, int(right - left)),
            )
            bar_top = top + metrics.height() + 4
            track = QRectF(left, bar_top, track_width, bar_height)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(track_colour)
            painter.drawRect(track)
            filled = QRectF(left, bar_top, track_width * max(0.0, min(1.0, bar.share)), bar_height)
            colour = QColor(BAR_COLOURS[index % len(BAR_COLOURS)])
            painter.setBrush(colour)
            painter.drawRect(filled)
            # The hatch is drawn in black or white, whichever contrasts with the bar colour.
            hatch = QColor("#000000") if colour.lightnessF() > 0.45 else QColor("#FFFFFF")
            hatch.setAlphaF(0.35)
            painter.setBrush(QBrush(hatch, BAR_PATTERNS[index % len(BAR_PATTERNS)]))
            painter.drawRect(filled)
            if filled.width() > 0:
                # The bar's end is marked in the text colour: some bar colours (orange, sky blue)
                # are below 3:1 against a light track, the outline never is (WCAG 1.4.11).
                painter.setBrush(Qt.BrushStyle.NoBrush)
                painter.setPen(QPen(text_colour, 1.5))
                painter.drawRect(filled)
                painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.setPen(QPen(text_colour, 1.5))
            painter.drawRect(track)
            painter.setPen(text_colour)
            painter.drawText(
                QRectF(left + track_width + 8, bar_top, value_width, bar_height),
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                bar.value_text,
            )
        if self.hasFocus():
            painter.setPen(QPen(palette.color(QPalette.ColorRole.Highlight), 2, Qt.PenStyle.DashLine))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(QRectF(self.rect()).adjusted(1, 1, -1, -1))
        painter.end()
