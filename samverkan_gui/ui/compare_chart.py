"""A grouped bar chart for the comparison over time: per block one bar per date.

Readable without colour: every bar is labelled with its date on the left and its
value on the right, and each series (date) has its own hatch pattern as well as
its own colour (the series of present/style.py, as the results chart and the PDF); a legend names
the dates.  Text and frames use the palette.  The accessible description
repeats every value, so a screen reader hears the whole chart.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QFontMetrics, QPalette, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from samverkan_gui.ui.chart import PaintedChart, draw_bar, draw_focus_frame, fill_bar


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


class GroupedBarChart(PaintedChart):
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

    def legend_swatches(self) -> list[QRectF]:
        """Where the legend shows each series' colour and pattern, in series order."""
        metrics = QFontMetrics(self.font())
        line = metrics.height()
        swatches = []
        x = 8.0
        for name in self._series:
            swatches.append(QRectF(x, 6, line, line))
            x += line + 6 + metrics.horizontalAdvance(name) + 20
        return swatches

    # --- painting ----------------------------------------------------------------------

    def paintEvent(self, _event: object) -> None:
        painter = self.begin_painting()
        palette = self.palette()
        text_colour = palette.color(QPalette.ColorRole.WindowText)
        metrics = QFontMetrics(self.font())
        line = metrics.height()
        left, right = 8.0, float(self.width() - 8)
        # Legend: swatch (colour + pattern) and the date, in series order.
        for index, (name, swatch) in enumerate(zip(self._series, self.legend_swatches(), strict=True)):
            fill_bar(painter, swatch, index)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.setPen(QPen(text_colour, 1.0))
            painter.drawRect(swatch)
            text_width = metrics.horizontalAdvance(name)
            painter.drawText(
                QRectF(swatch.right() + 6, 4, text_width + 4, line + 4), Qt.AlignmentFlag.AlignVCenter, name
            )
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
                share, text = (value.share, value.value_text) if value is not None else (0.0, self._no_value_text)
                draw_bar(painter, palette, track, share, index, (text, value_width), track_outline=1.0)
                bar_top += bar_height + 3
            top += self._group_height()
        draw_focus_frame(self, painter)
        painter.end()
