"""The organisations' views side by side: a sub-tab of the group results and a projector slide.

The grouping and its privacy rules are the core's (:mod:`samverkan_gui.core.group_orgs`),
the numbers and the rule sentences the presentation layer's
(:mod:`samverkan_gui.present.organisations`), so the window says what the PDF says.
Every value is written as text; the projector's bars only repeat them.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPaintEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHeaderView,
    QLabel,
    QScrollArea,
    QSizePolicy,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from samverkan_gui.core.group_orgs import OrganisationView
from samverkan_gui.core.placeholders import fill
from samverkan_gui.present.organisations import OrganisationPresentation, present_organisations
from samverkan_gui.ui.in_sight import CurrentInSight
from samverkan_gui.ui.retranslated import Retranslated

_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


def _item(text: str, *, bold: bool = False, align: Qt.AlignmentFlag | None = None) -> QTableWidgetItem:
    item = QTableWidgetItem(text)
    item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
    if bold:
        font = item.font()
        font.setBold(True)
        item.setFont(font)
    if align is not None:
        item.setTextAlignment(align)
    return item


class _FittedTable(CurrentInSight, QTableWidget):
    """A short table as high as its rows (the tab scrolls as a whole instead)."""

    def __init__(self) -> None:
        super().__init__(0, 0)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        # Rows get lower when the columns get wider (less wrapping): the height follows.
        self.verticalHeader().sectionResized.connect(lambda *_: self.updateGeometry())
        self.watch_current(with_focus=True)

    def sizeHint(self) -> QSize:
        height = self.horizontalHeader().sizeHint().height() + self.verticalHeader().length() + 2 * self.frameWidth()
        if self.horizontalScrollBar().isVisible():
            height += self.horizontalScrollBar().sizeHint().height()
        return QSize(super().sizeHint().width(), height)

    def minimumSizeHint(self) -> QSize:
        return QSize(super().minimumSizeHint().width(), self.sizeHint().height())


def _table() -> QTableWidget:
    table = _FittedTable()
    table.setTabKeyNavigation(False)  # Tab leaves the table (no keyboard trap)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setWordWrap(True)
    table.setTextElideMode(Qt.TextElideMode.ElideNone)
    table.verticalHeader().setVisible(False)
    table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    return table


class OrganisationsView(Retranslated, QWidget):
    """The sub-tab: the rule, the block means and mean total per organisation, and the questions
    where the organisations differ most; or why there is no view."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.shown: OrganisationPresentation | None = None
        self.rule = QLabel()
        self.rule.setWordWrap(True)
        self.rule.setTextFormat(Qt.TextFormat.PlainText)
        self.means_table = _table()
        self.differ_title = QLabel()
        bold = self.differ_title.font()
        bold.setBold(True)
        self.differ_title.setFont(bold)
        self.differ_rule = QLabel()
        self.differ_rule.setWordWrap(True)
        self.differ_rule.setTextFormat(Qt.TextFormat.PlainText)
        self.differ_table = _table()
        self.differ_table.setColumnCount(0)
        # The tab scrolls as a whole (large text, many organisations), each table as high as its rows.
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        page = QWidget()
        scroll.setWidget(page)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)
        layout = QVBoxLayout(page)
        layout.addWidget(self.rule)
        layout.addWidget(self.means_table)
        layout.addWidget(self.differ_title)
        layout.addWidget(self.differ_rule)
        layout.addWidget(self.differ_table)
        layout.addStretch(1)
        self.retranslate()

    def retranslate(self) -> None:
        self.means_table.setAccessibleName(self.tr("Mean per block and mean total, per organisation"))
        self.differ_table.setAccessibleName(self.tr("Where the organisations differ most"))
        self.differ_title.setText(self.tr("Where the organisations differ most"))
        if self.shown is not None:
            self._fill(self.shown)

    def show_view(self, view: OrganisationView, lang: str) -> None:
        """Show ``view`` in ``lang`` (the presentation layer's language for numbers and names)."""
        self.shown = present_organisations(view, lang)
        self._fill(self.shown)

    def _fill(self, shown: OrganisationPresentation) -> None:
        self.rule.setText(shown.rule_text if shown.available else shown.withheld_text)
        for widget in (self.means_table, self.differ_title, self.differ_rule, self.differ_table):
            widget.setVisible(shown.available)
        if not shown.available:
            return
        self._fill_means(shown)
        self._fill_differ(shown)

    def _fill_means(self, shown: OrganisationPresentation) -> None:
        table = self.means_table
        columns = shown.columns
        table.clear()
        table.setColumnCount(1 + len(columns))
        table.setRowCount(len(shown.block_titles) + 1)
        table.setHorizontalHeaderLabels([self.tr("Block")] + [c.heading for c in columns])
        for row, title in enumerate(shown.block_titles):
            table.setItem(row, 0, _item(title))
            for column, organisation in enumerate(columns, 1):
                table.setItem(row, column, _item(organisation.blocks[row].text, align=_RIGHT))
        total = len(shown.block_titles)
        table.setItem(total, 0, _item(fill(self.tr("Mean total (max %1)"), str(shown.max_total)), bold=True))
        for column, organisation in enumerate(columns, 1):
            table.setItem(total, column, _item(organisation.mean_total_text, bold=True, align=_RIGHT))
        header = table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in range(1, table.columnCount()):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        table.updateGeometry()

    def _fill_differ(self, shown: OrganisationPresentation) -> None:
        self.differ_rule.setText(shown.differ_rule_text if shown.differ else shown.no_differ_text)
        table = self.differ_table
        columns = shown.columns
        table.clear()
        table.setColumnCount(3 + len(columns))
        table.setRowCount(len(shown.differ))
        table.setHorizontalHeaderLabels(
            [self.tr("No."), self.tr("Question")] + [c.heading for c in columns] + [self.tr("Difference")]
        )
        for row, line in enumerate(shown.differ):
            table.setItem(row, 0, _item(line.label))
            text = _item(f"{line.block_title}: {line.text}")
            text.setToolTip(text.text())
            table.setItem(row, 1, text)
            for column, mean in enumerate(line.means, 2):
                table.setItem(row, column, _item(mean, align=_RIGHT))
            table.setItem(row, 2 + len(columns), _item(line.spread_text, bold=True, align=_RIGHT))
        header = table.horizontalHeader()
        for column in range(table.columnCount()):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        table.setVisible(bool(shown.differ))
        table.updateGeometry()


def _fits(font: QFont, text: str, width: float, height: float) -> bool:
    """Whether ``text``, word-wrapped at ``width``, fits in ``height`` with no word cut."""
    metrics = QFontMetricsF(font)
    if any(metrics.horizontalAdvance(word) > width for word in text.split()):
        return False
    bounds = metrics.boundingRect(QRectF(0, 0, width, 1e6), int(Qt.TextFlag.TextWordWrap), text)
    return bounds.height() <= height


class OrganisationChart(QWidget):
    """The projector's grid: one row per block, one column per organisation, each cell a bar
    with its percentage written under it; the names and block titles always, the values once revealed."""

    #: The names' row is this much higher than a block's row (a name may take two lines, then n).
    HEADER_ROWS = 1.5

    def __init__(self, ink: str, track: str, bar: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ink, self.track, self.bar = QColor(ink), QColor(track), QColor(bar)
        self.shown: OrganisationPresentation | None = None
        self.revealed = False
        #: The point size of the names and titles as last painted (tests check it stays readable).
        self.painted_size = 0.0
        self.setMinimumHeight(180)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    def show_organisations(self, shown: OrganisationPresentation, revealed: bool, description: str) -> None:
        """Paint ``shown``; ``description`` (the values as sentences) is what a screen reader gets."""
        self.shown, self.revealed = shown, revealed
        self.setAccessibleDescription(description)
        self.update()

    def _font(self, shown: OrganisationPresentation, title_width: float, column_width: float, row: float) -> QFont:
        """One size for every name and title: as large as the rows allow, smaller rather than cut."""
        font = QFont(self.font())
        font.setBold(True)
        size = max(10.0, min(row * 0.3, self.height() / 16))
        names = [f"{c.name}\nn = {c.n}" for c in shown.columns]
        while size > 10.0:
            font.setPointSizeF(size)
            if all(_fits(font, t, title_width - 12, row) for t in shown.block_titles) and all(
                _fits(font, name, column_width - 12, row * self.HEADER_ROWS) for name in names
            ):
                break
            size = max(10.0, size * 0.92)
        font.setPointSizeF(size)
        return font

    def paintEvent(self, event: QPaintEvent) -> None:
        shown = self.shown
        if shown is None or not shown.columns:
            return
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        row_height = self.height() / (len(shown.block_titles) + self.HEADER_ROWS)
        header_height = row_height * self.HEADER_ROWS
        title_width = self.width() * 0.32
        column_width = (self.width() - title_width) / len(shown.columns)
        font = self._font(shown, title_width, column_width, row_height)
        self.painted_size = font.pointSizeF()
        painter.setFont(font)
        painter.setPen(self.ink)
        wrap = int(Qt.TextFlag.TextWordWrap | Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignBottom)
        for index, column in enumerate(shown.columns):
            cell = QRectF(title_width + index * column_width, 0, column_width - 12, header_height - 6)
            painter.drawText(cell, wrap, f"{column.name}\nn = {column.n}")
        value_font = QFont(font)
        value_font.setBold(False)
        for row, title in enumerate(shown.block_titles):
            top = header_height + row * row_height
            painter.setFont(font)
            painter.setPen(self.ink)
            painter.drawText(
                QRectF(0, top, title_width - 12, row_height),
                int(Qt.TextFlag.TextWordWrap | Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
                title,
            )
            painter.setFont(value_font)
            line = painter.fontMetrics().height()
            bar_height = max(8.0, min(row_height - line * 1.2 - 8, line * 0.8))
            for index, column in enumerate(shown.columns):
                left = title_width + index * column_width
                track = QRectF(left, top + (row_height - bar_height - line) / 2, column_width - 16, bar_height)
                painter.setPen(Qt.PenStyle.NoPen)
                painter.setBrush(self.track)
                painter.drawRect(track)
                if self.revealed:
                    value = column.blocks[row]
                    painter.setBrush(self.bar)
                    painter.drawRect(QRectF(track.left(), track.top(), track.width() * value.percent / 100, bar_height))
                    painter.setPen(self.ink)
                    painter.drawText(
                        QRectF(left, track.bottom() + 2, column_width - 16, line * 1.2),
                        int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop),
                        value.percent_text,
                    )
        painter.end()
