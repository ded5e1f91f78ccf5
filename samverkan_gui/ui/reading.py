"""Text a keyboard user can land on: a stretch of a page that Tab reaches and a screen reader reads.

Labels are not Tab stops, so a screen-reader user moving with Tab never hears them: the
result's total and advice, the lowest-rated questions, the notes, the group's summary.
A :class:`ReadingStop` holds such labels (or stands beside them); it takes the focus with
Tab, draws a focus frame, and says its *name* (a heading or the gist) and *description*
(the text under it) when it gets the focus, as a screen reader reads any focused control.
"""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt, QTimer
from PySide6.QtGui import QFocusEvent, QPainter, QPaintEvent
from PySide6.QtWidgets import QAbstractItemView, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget

from samverkan_gui.ui.chart import draw_focus_frame
from samverkan_gui.ui.in_sight import CurrentInSight


class ReadingStop(QWidget):
    """A Tab stop over some text: its accessible name and description say what the text says.

    A plain widget, not a frame: a frame is a *panel* to a screen reader, which then reads the
    labels inside as well as the description (everything twice).
    """

    def __init__(self, parent: QWidget | None = None, *, object_name: str = "") -> None:
        super().__init__(parent)
        if object_name:
            self.setObjectName(object_name)
        self.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.content = QVBoxLayout(self)
        self.content.setContentsMargins(4, 4, 4, 4)

    def set_spoken(self, name: str, description: str = "") -> None:
        """What a screen reader says when the focus lands here: ``name``, then ``description``."""
        self.setAccessibleName(name.strip())
        self.setAccessibleDescription(description.strip())

    def focusInEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        super().focusInEvent(event)
        self.update()

    def focusOutEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        super().focusOutEvent(event)
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        painter = QPainter(self)
        draw_focus_frame(self, painter)
        painter.end()


class ReadingTable(CurrentInSight, QTableWidget):
    """A table to read, not to edit or choose from.

    Tab passes through it (with tab-key navigation a table is a keyboard trap); the row with the
    current cell is the selected one and no cell is *checkable* (Orca adds "not selected" to a
    cell that is not selected, and "not checked" to one that could be); and getting the focus
    reads the current row, the first one at first (Qt's own table says only its size).
    Cells drawn as a chart carry their values as text in ``AccessibleTextRole``.
    """

    def __init__(self, rows: int, columns: int, parent: QWidget | None = None) -> None:
        super().__init__(rows, columns, parent)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setTabKeyNavigation(False)
        self.watch_current(with_focus=True)  # the current cell only while it is read

    def setItem(self, row: int, column: int, item: QTableWidgetItem) -> None:
        # Read only, and not checkable (a table item is, unless told otherwise).
        item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
        super().setItem(row, column, item)

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        # After Qt has told screen readers that the table has the focus (it does so once this
        # event is handled): told the other way round, Orca drops the cell.
        QTimer.singleShot(0, self._tell_current_cell)

    def _tell_current_cell(self) -> None:
        if not self.hasFocus():
            return
        current = self.currentIndex()
        if not current.isValid() and self.rowCount() and self.columnCount():
            current = self.model().index(0, 0)
        if current.isValid():
            # Qt tells a screen reader which cell has the focus only when the current cell changes.
            selection = self.selectionModel()
            selection.setCurrentIndex(QModelIndex(), QItemSelectionModel.SelectionFlag.NoUpdate)
            flags = QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
            selection.setCurrentIndex(current, flags)
