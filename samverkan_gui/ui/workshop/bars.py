"""Painting the small charts of the group views: stacked distribution bars and block ranges.

The values are always also written as text (counts inside the segments,
percentages beside the range), so nothing relies on colour alone.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import NamedTuple

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import QStyledItemDelegate, QStyleOptionViewItem, QWidget

from samverkan_gui.present.style import BAR, BAR_TRACK, INK, WHITE, rating_fill, rating_ink

COUNTS_ROLE = Qt.ItemDataRole.UserRole + 1
RANGE_ROLE = Qt.ItemDataRole.UserRole + 2


def paint_distribution(
    painter: QPainter,
    rect: QRectF,
    counts: Mapping[int, int],
    *,
    track: str = BAR_TRACK,
    separator: str = WHITE,
    name_values: bool = False,
) -> None:
    """A stacked bar of how many gave each answer; ``name_values``: a segment says "2: 3" (answer 2, three
    people) where it has room, so that no answer is told by its colour alone."""
    painter.save()
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor(track))
    painter.drawRect(rect)
    total = sum(counts.values())
    if total:
        x = rect.left()
        metrics = painter.fontMetrics()
        for index, (value, count) in enumerate(sorted(counts.items())):
            if not count:
                continue
            width = rect.width() * count / total
            segment = QRectF(x, rect.top(), width, rect.height())
            painter.setPen(QPen(QColor(separator), 1))
            painter.setBrush(QColor(rating_fill(index)))
            painter.drawRect(segment)
            label = f"{value}: {count}" if name_values else str(count)
            if metrics.horizontalAdvance(label) + 4 > width:
                label = str(count)
            if metrics.horizontalAdvance(label) + 4 <= width:
                painter.setPen(QColor(rating_ink(index)))
                painter.drawText(segment, int(Qt.AlignmentFlag.AlignCenter), label)
            x += width
    painter.restore()


def paint_range(
    painter: QPainter,
    rect: QRectF,
    low: float,
    mean: float,
    high: float,
    *,
    track: str | QColor = BAR_TRACK,
    bar: str | QColor = BAR,
    ink: str | QColor = INK,
    halo: str | QColor | None = None,
) -> None:
    painter.save()
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor(track))
    painter.drawRect(rect)
    painter.setBrush(QColor(bar))
    painter.drawRect(QRectF(rect.left(), rect.top(), rect.width() * mean, rect.height()))
    width = max(2.0, rect.height() / 8)
    middle = rect.center().y()
    x_low, x_high = rect.left() + rect.width() * low, rect.left() + rect.width() * high
    inset = rect.height() * 0.2
    # A halo under the range line keeps it visible where the ink is close to the bar's colour.
    for colour, pen_width in ([(halo, width + 2.0)] if halo is not None else []) + [(ink, width)]:
        painter.setPen(QPen(QColor(colour), pen_width))
        painter.drawLine(int(x_low), int(middle), int(x_high), int(middle))
        for x in (x_low, x_high):
            painter.drawLine(int(x), int(rect.top() + inset), int(x), int(rect.bottom() - inset))
    painter.restore()


def _bar_rect(cell: QRectF, line_height: int) -> QRectF:
    """A bar inside a table cell: its row may be taller (a wrapped heading) but the bar stays a bar."""
    rect = cell.adjusted(4, 5, -4, -5)
    height = min(rect.height(), line_height + 6.0)
    return QRectF(rect.left(), rect.center().y() - height / 2, rect.width(), height)


class DistributionDelegate(QStyledItemDelegate):
    """Paints the counts stored under COUNTS_ROLE as a stacked bar."""

    def paint(
        self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        super().paint(painter, option, index)
        counts = index.data(COUNTS_ROLE)
        if not counts:
            return
        rect = _bar_rect(QRectF(option.rect), option.fontMetrics.height())  # type: ignore[attr-defined]
        paint_distribution(painter, rect, {int(k): int(v) for k, v in counts.items()}, name_values=True)


class RangeDelegate(QStyledItemDelegate):
    """Paints (low, mean, high) shares stored under RANGE_ROLE as a bar with a range line."""

    def paint(
        self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        super().paint(painter, option, index)
        values = index.data(RANGE_ROLE)
        if not values:
            return
        rect = _bar_rect(QRectF(option.rect), option.fontMetrics.height())  # type: ignore[attr-defined]
        colours = range_colours(option.palette)  # type: ignore[attr-defined]
        paint_range(painter, rect, *values, track=colours.track, bar=colours.bar, ink=colours.ink, halo=colours.halo)


class RangeColours(NamedTuple):
    track: QColor
    bar: QColor
    ink: QColor
    halo: QColor


def range_colours(palette: QPalette) -> RangeColours:
    """The range bar's colours from the palette, so light, dark and high-contrast themes stay readable.

    The track is the cell's own background moved a fifth of the way towards the text colour, the
    bar is the selection colour, and the range line is drawn in the text colour on a halo of the
    background colour (so it stands out from the bar even where text and selection are alike).
    """
    base = palette.color(QPalette.ColorRole.Base)
    text = palette.color(QPalette.ColorRole.Text)
    track = QColor(
        round(base.red() * 0.8 + text.red() * 0.2),
        round(base.green() * 0.8 + text.green() * 0.2),
        round(base.blue() * 0.8 + text.blue() * 0.2),
    )
    return RangeColours(track=track, bar=palette.color(QPalette.ColorRole.Highlight), ink=text, halo=base)


class RatingLegend(QWidget):
    """Which colour is which answer, above the distribution bars: "■ 1 I mycket liten grad  ■ 2 …".

    Every answer of the scale is listed, also those nobody gave (a bar leaves them out).
    """

    SWATCH = 14

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("rating-legend")
        self._entries: list[tuple[int, str]] = []

    def set_scale(self, entries: list[tuple[int, str]]) -> None:
        """``(value, words)`` per answer of the scale, lowest first."""
        self._entries = entries
        self.setAccessibleName(", ".join(f"{value} {words}" for value, words in entries))
        self.updateGeometry()
        self.update()

    def entries(self) -> list[str]:
        return [f"{value} {words}" for value, words in self._entries]

    def _rows(self, width: int) -> list[list[tuple[int, int, str]]]:
        metrics = self.fontMetrics()
        rows: list[list[tuple[int, int, str]]] = [[]]
        x = 0
        for index, (value, words) in enumerate(self._entries):
            text = f"{value} {words}"
            needed = self.SWATCH + 6 + metrics.horizontalAdvance(text) + 18
            if rows[-1] and x + needed > width:
                rows.append([])
                x = 0
            rows[-1].append((index, x, text))
            x += needed
        return rows

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return len(self._rows(width)) * (self.fontMetrics().height() + 6)

    def sizeHint(self) -> QSize:
        return QSize(200, self.heightForWidth(max(self.width(), 200)))

    def minimumSizeHint(self) -> QSize:
        return QSize(60, self.fontMetrics().height() + 6)

    def paintEvent(self, event: QPaintEvent) -> None:
        del event
        painter = QPainter(self)
        line = self.fontMetrics().height() + 6
        ink = self.palette().color(QPalette.ColorRole.WindowText)
        for row, entries in enumerate(self._rows(self.width())):
            y = row * line
            for index, x, text in entries:
                swatch = QRectF(x, y + (line - self.SWATCH) / 2, self.SWATCH, self.SWATCH)
                painter.setPen(QPen(ink, 1))
                painter.setBrush(QColor(rating_fill(index)))
                painter.drawRect(swatch)
                painter.setPen(ink)
                painter.drawText(
                    QRectF(x + self.SWATCH + 6, y, 10_000, line),
                    int(Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft),
                    text,
                )
        painter.end()
