"""The band ladder: every band of the questionnaire on one horizontal scale, this total marked.

Readable without colour: each band carries its range as text under it, the band
the total falls in has a thick outline, a hatch and the word for "here" under it,
and the total itself is a marker with its number above the scale.  Colours come
from the palette (Base / AlternateBase for the bands, Highlight for the current
one, WindowText for text and frames), so dark and high-contrast themes work.
The accessible name says what a sighted user reads ("66 of 105, band 63–83").
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QBrush, QColor, QFontMetrics, QPainter, QPalette, QPen, QPolygonF
from PySide6.QtWidgets import QSizePolicy, QWidget

from samverkan_gui.core.questionnaire import Band
from samverkan_gui.present import band_range


class BandLadder(QWidget):
    """A horizontal scale from the lowest band's minimum to the highest band's maximum."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("band-ladder")
        self._bands: tuple[Band, ...] = ()
        self._total: int | None = None
        self._here_text = ""
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setFocusPolicy(Qt.FocusPolicy.TabFocus)  # reachable for screen-reader users

    # --- data -------------------------------------------------------------------------

    def bands(self) -> tuple[Band, ...]:
        return self._bands

    def total(self) -> int | None:
        return self._total

    def current_band(self) -> Band | None:
        if self._total is None:
            return None
        return next((band for band in self._bands if band.contains(self._total)), None)

    def set_ladder(
        self,
        bands: list[Band] | tuple[Band, ...],
        total: int | None,
        *,
        here_text: str,
        accessible_name: str,
        description: str,
    ) -> None:
        """``here_text`` is the word drawn under the current band (e.g. "you are here")."""
        self._bands = tuple(sorted(bands, key=lambda band: band.min))
        self._total = total
        self._here_text = here_text
        self.setAccessibleName(accessible_name)
        self.setAccessibleDescription(description)
        self.updateGeometry()
        self.update()

    # --- geometry ---------------------------------------------------------------------

    def _line(self) -> int:
        return QFontMetrics(self.font()).height()

    def sizeHint(self) -> QSize:
        line = self._line()
        # the marker's number and triangle, the band (with its range), "here" under it
        return QSize(520, line * 3 + 36)

    def minimumSizeHint(self) -> QSize:
        return QSize(300, self.sizeHint().height())

    def changeEvent(self, event: QEvent) -> None:
        if event.type() in (QEvent.Type.PaletteChange, QEvent.Type.FontChange):
            self.updateGeometry()
            self.update()
        super().changeEvent(event)

    def _x_of(self, value: float, left: float, width: float) -> float:
        low = self._bands[0].min
        high = self._bands[-1].max
        # Each band covers [min, max + 1): the scale has no gaps between 41 and 42.
        span = max(1, high + 1 - low)
        return left + width * (value - low) / span

    # --- painting -------------------------------------------------------------------

    def paintEvent(self, _event: object) -> None:
        if not self._bands:
            return
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        text_colour = palette.color(QPalette.ColorRole.WindowText)
        highlight = palette.color(QPalette.ColorRole.Highlight)
        highlighted_text = palette.color(QPalette.ColorRole.HighlightedText)
        metrics = QFontMetrics(self.font())
        line = metrics.height()
        left, right = 12.0, float(self.width() - 12)
        width = max(40.0, right - left)
        marker_top = 4.0
        band_top = marker_top + line + 12
        band_height = float(line + 10)
        current = self.current_band()
        bold = self.font()
        bold.setBold(True)
        for index, band in enumerate(self._bands):
            x0 = self._x_of(band.min, left, width)
            x1 = self._x_of(band.max + 1, left, width)
            rect = QRectF(x0, band_top, x1 - x0, band_height)
            is_current = band == current
            if is_current:
                painter.setPen(Qt.PenStyle.NoPen)
                painter.setBrush(highlight)
                painter.drawRect(rect)
                hatch = QColor(highlighted_text)
                hatch.setAlphaF(0.35)
                painter.setBrush(QBrush(hatch, Qt.BrushStyle.BDiagPattern))
                painter.drawRect(rect)
            else:
                role = QPalette.ColorRole.Base if index % 2 == 0 else QPalette.ColorRole.AlternateBase
                painter.setPen(Qt.PenStyle.NoPen)
                painter.setBrush(palette.color(role))
                painter.drawRect(rect)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.setPen(QPen(text_colour, 3.0 if is_current else 1.0))
            painter.drawRect(rect)
            # The range inside the band (fits at every width we support), and "here" under it.
            painter.setFont(bold if is_current else self.font())
            painter.setPen(highlighted_text if is_current else text_colour)
            label = band_range(band)
            if QFontMetrics(painter.font()).horizontalAdvance(label) > rect.width() - 4:
                label = str(band.min)
            painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, label)
            if is_current and self._here_text:
                painter.setPen(text_colour)
                under = QRectF(x0 - 60, band_top + band_height + 4, (x1 - x0) + 120, line + 4)
                painter.drawText(under, Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop, self._here_text)
        painter.setFont(self.font())
        if self._total is not None:
            # The marker: a triangle pointing at the total's place, its number above.
            x = self._x_of(self._total + 0.5, left, width)
            painter.setPen(QPen(text_colour, 1.5))
            painter.setBrush(text_colour)
            tip = band_top - 1
            painter.drawPolygon(QPolygonF([QPointF(x - 7, tip - 10), QPointF(x + 7, tip - 10), QPointF(x, tip)]))
            painter.drawLine(QPointF(x, band_top), QPointF(x, band_top + band_height))
            painter.setFont(bold)
            number = str(self._total)
            number_width = QFontMetrics(bold).horizontalAdvance(number) + 8
            number_left = min(max(left, x - number_width / 2), right - number_width)
            painter.drawText(
                QRectF(number_left, marker_top - 4, number_width, line + 4),
                Qt.AlignmentFlag.AlignCenter,
                number,
            )
        if self.hasFocus():
            painter.setPen(QPen(highlight, 2, Qt.PenStyle.DashLine))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(QRectF(self.rect()).adjusted(1, 1, -1, -1))
        painter.end()
