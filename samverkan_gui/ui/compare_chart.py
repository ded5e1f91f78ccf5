"""A grouped bar chart for the comparison over time: per block one bar per date.

Readable without colour: every bar is labelled with its date on the left and its
value on the right, and each series (date) has its own hatch pattern as well as
its own Okabe–Ito colour (the same sets as the results chart); a legend names
the dates.  Text and frames use the palette.  The accessible description
repeats every value, so a screen reader hears the whole chart.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QEvent, QRectF, QSize, Qt
from PySide6.QtGui import QBrush, QColor, QFontMetrics, QPainter, QPalette, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from samverkan_gui.ui.chart import BAR_COLOURS, BAR_PATTERNS


@dataclass(frozen=True)
class GroupedValue:
    """One bar: a series' value in one group (``share`` 0–1 of that group's maximum)."""

    share: float
    #: Drawn at the bar's end, e.g. "19 av 25".
    value_text: str


@dataclass(frozen=True)
class BarGroup:
    label: str
    #: One entry per series, in series order; None where that series has no value.
    values: tuple[GroupedValue | None, ...]


class GroupedBarChart(QWidget):
    """Horizontal grouped bars: a label per group, then one bar per series under it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("compare-chart")
        self._series: tuple[str, ...] = ()
        self._groups: tuple[BarGroup, ...] = ()
        self._no_value_text = ""
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setFocusPolicy(Qt.FocusPolicy.TabFocus)

    def series(self) -> tuple[str, ...]:
        return self._series

    def groups(self) -> tuple[BarGroup, ...]:
        return self._groups

    def set_data(
        self,
        series: list[str] | tuple[str, ...],
        groups: list[BarGroup] | tuple[BarGroup, ...],
        *,
        no_value_text: str,
        accessible_name: str,
        description: str,
    ) -> None:
        self._series = tuple(series)
        self._groups = tuple(groups)
        self._no_value_text = no_value_text
        self.setAccessibleName(accessible_name)
        self.setAccessibleDescription(description)
        self.updateGeometry()
        self.update()

    # --- geometry ------------------------------------------------------------------------

    def _bar_height(self) -> int:
        return QFontMetrics(self.font()).height() + 6

    def _legend_height(self) -> int:
        return QFontMetrics(self.font()).height() + 12

    def _group_height(self) -> int:
        metrics = QFontMetrics(self.font())
        return metrics.height() + 6 + len(self._series) * (self._bar_height() + 3) + 10

    def sizeHint(self) -> QSize:
        return QSize(560, self._legend_height() + 8 + max(1, len(self._groups)) * self._group_height())

    def minimumSizeHint(self) -> QSize:
        return QSize(320, self.sizeHint().height())

    def changeEvent(self, event: QEvent) -> None:
        if event.type() in (QEvent.Type.PaletteChange, QEvent.Type.FontChange):
            self.updateGeometry()
            self.update()
        super().changeEvent(event)

    # --- painting ----------------------------------------------------------------------

    def _fill(self, painter: QPainter, rect: QRectF, index: int) -> None:
        colour = QColor(BAR_COLOURS[index % len(BAR_COLOURS)])
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(colour)
        painter.drawRect(rect)
        hatch = QColor("#000000") if colour.lightnessF() > 0.45 else QColor("#FFFFFF")
        hatch.setAlphaF(0.35)
        painter.setBrush(QBrush(hatch, BAR_PATTERNS[index % len(BAR_PATTERNS)]))
        painter.drawRect(rect)

    def paintEvent(self, _event: object) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        text_colour = palette.color(QPalette.ColorRole.WindowText)
        track_colour = palette.color(QPalette.ColorRole.Base)
        metrics = QFontMetrics(self.font())
        line = metrics.height()
        left, right = 8.0, float(self.width() - 8)
        # Legend: swatch (colour + pattern) and the date, in series order.
        x = left
        for index, name in enumerate(self._series):
            swatch = QRectF(x, 6, line, line)
            self._fill(painter, swatch, index)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.setPen(QPen(text_colour, 1.0))
            painter.drawRect(swatch)
            text_width = metrics.horizontalAdvance(name)
            painter.drawText(QRectF(x + line + 6, 4, text_width + 4, line + 4), Qt.AlignmentFlag.AlignVCenter, name)
            x += line + 6 + text_width + 20
        label_width = max((metrics.horizontalAdvance(name) for name in self._series), default=0) + 12
        value_width = (
            max(
                (
                    metrics.horizontalAdvance(value.value_text if value else self._no_value_text)
                    for group in self._groups
                    for value in group.values
                ),
                default=0,
            )
            + 12
        )
        track_left = left + label_width
        track_width = max(40.0, right - track_left - value_width)
        bar_height = float(self._bar_height())
        top = float(self._legend_height() + 8)
        for group in self._groups:
            painter.setPen(text_colour)
            bold = self.font()
            bold.setBold(True)
            painter.setFont(bold)
            painter.drawText(
                QRectF(left, top, right - left, line + 2),
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                metrics.elidedText(group.label, Qt.TextElideMode.ElideRight, int(right - left)),
            )
            painter.setFont(self.font())
            bar_top = top + line + 6
            for index, name in enumerate(self._series):
                value = group.values[index] if index < len(group.values) else None
                painter.setPen(text_colour)
                painter.drawText(
                    QRectF(left, bar_top, label_width, bar_height),
                    Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                    name,
                )
                track = QRectF(track_left, bar_top, track_width, bar_height)
                painter.setPen(Qt.PenStyle.NoPen)
                painter.setBrush(track_colour)
                painter.drawRect(track)
                if value is not None and value.share > 0:
                    filled = QRectF(track_left, bar_top, track_width * max(0.0, min(1.0, value.share)), bar_height)
                    self._fill(painter, filled, index)
                    painter.setBrush(Qt.BrushStyle.NoBrush)
                    painter.setPen(QPen(text_colour, 1.5))
                    painter.drawRect(filled)
                painter.setBrush(Qt.BrushStyle.NoBrush)
                painter.setPen(QPen(text_colour, 1.0))
                painter.drawRect(track)
                painter.setPen(text_colour)
                painter.drawText(
                    QRectF(track_left + track_width + 8, bar_top, value_width, bar_height),
                    Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                    value.value_text if value is not None else self._no_value_text,
                )
                bar_top += bar_height + 3
            top += self._group_height()
        if self.hasFocus():
            painter.setPen(QPen(palette.color(QPalette.ColorRole.Highlight), 2, Qt.PenStyle.DashLine))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(QRectF(self.rect()).adjusted(1, 1, -1, -1))
        painter.end()
