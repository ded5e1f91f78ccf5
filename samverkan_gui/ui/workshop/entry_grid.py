"""The entry grid: questions as rows, participants as columns, typed in at speed from paper forms.

Typing a digit of the scale fills the cell and moves to the next question
(after the last question: the next participant's first).  Anything else that
would type a character is refused on the spot (a beep and a message);
Delete or Backspace empties a cell, Enter moves on and leaves it as it is.
Ctrl+Z / Ctrl+Y (and the platform's redo key) undo and redo typed answers.
Tab moves between cells like a spreadsheet; Ctrl+Tab (and Tab from the last
cell, Shift+Tab from the first) leaves the grid.

To a screen reader the grid is one object whose name is the current cell in words
("D8, question 2 of 21: Does everyone …? – no answer"), read as it changes, and each
typed answer is confirmed ("D8, question 1: 4").  Qt's own table would make a screen
reader read a whole row of participants on every digit (Orca's default for tables).

Cell colours come from the palette (Base and AlternateBase for alternate blocks,
Text for the digit), so dark and high-contrast themes stay readable.  The
question text in the row header wraps to the header's width instead of being
cut; the header takes the room the participant columns leave.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QEvent, QModelIndex, QPersistentModelIndex, QRect, QSize, Qt, Signal
from PySide6.QtGui import (
    QAccessible,
    QKeyEvent,
    QKeySequence,
    QMouseEvent,
    QPainter,
    QResizeEvent,
    QUndoCommand,
    QUndoStack,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QHeaderView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionHeader,
    QStyleOptionViewItem,
    QTableView,
    QWidget,
)

from samverkan_gui.core.placeholders import fill
from samverkan_gui.present import block_display_name
from samverkan_gui.present.questions import question_label
from samverkan_gui.ui.accessible import announce, install_roles
from samverkan_gui.ui.fonts import set_relative_font
from samverkan_gui.ui.i18n import current_language
from samverkan_gui.ui.rating_keys import rating_for_key
from samverkan_gui.ui.workshop.session import GroupSession

#: 0 or 1: which of two alternating shades the cell's block has (the delegate picks palette roles).
BLOCK_SHADE_ROLE = Qt.ItemDataRole.UserRole + 10

Index = QModelIndex | QPersistentModelIndex


class EntryModel(QAbstractTableModel):
    """Answers of the session's group: row = question, column = participant."""

    def __init__(self, session: GroupSession, parent: Any = None) -> None:
        super().__init__(parent)
        self.session = session
        session.participants_changed.connect(self._reset)
        session.document_replaced.connect(self._reset)
        # Answers and names (header tool tips) show here; notes do not.
        session.answers_changed.connect(self._refresh)
        session.details_changed.connect(self._refresh)
        self._questions = list(session.questionnaire.iter_questions())
        self._codes = session.group.codes

    # --- shape -----------------------------------------------------------

    def _reset(self) -> None:
        self.beginResetModel()
        self._questions = list(self.session.questionnaire.iter_questions())
        self._codes = self.session.group.codes
        self.endResetModel()

    def _refresh(self) -> None:
        if self._codes != self.session.group.codes:
            self._reset()
            return
        if self.rowCount() and self.columnCount():
            self.dataChanged.emit(self.index(0, 0), self.index(self.rowCount() - 1, self.columnCount() - 1))
            self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, self.columnCount() - 1)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt API
        return 0 if parent.isValid() else len(self._questions)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt API
        return 0 if parent.isValid() else len(self._codes)

    def flags(self, index: Index) -> Qt.ItemFlag:
        # Not editable through an editor: typing goes through EntryGrid.keyPressEvent, which
        # accepts only the scale's digits.
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    # --- content ---------------------------------------------------------

    def code_at(self, column: int) -> str:
        return self._codes[column]

    def question_id_at(self, row: int) -> str:
        return self._questions[row][1].id

    def value_at(self, row: int, column: int) -> int | None:
        participant = self.session.group.participant(self._codes[column])
        return participant.answers.get(self.question_id_at(row))

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row, column = index.row(), index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            value = self.value_at(row, column)
            return "" if value is None else str(value)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == BLOCK_SHADE_ROLE:
            block_index = [b.id for b in self.session.questionnaire.blocks].index(self._questions[row][0].id)
            return block_index % 2
        if role == Qt.ItemDataRole.ToolTipRole:
            question = self._questions[row][1]
            return f"{self.code_at(column)} – {question.text.get(current_language())}"
        return None

    def question_text(self, row: int) -> str:
        return self._questions[row][1].text.get(current_language())

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        lang = current_language()
        if orientation == Qt.Orientation.Horizontal:
            if section >= len(self._codes):
                return None
            participant = self.session.group.participant(self._codes[section])
            if role == Qt.ItemDataRole.DisplayRole:
                return participant.code
            if role == Qt.ItemDataRole.ToolTipRole:
                answered = sum(1 for qid in self.session.questionnaire.question_ids if qid in participant.answers)
                details = ", ".join(part for part in (participant.name, participant.organisation) if part)
                total = len(self.session.questionnaire.question_ids)
                return f"{participant.code} {details} ({answered}/{total})".replace("  ", " ")
            return None
        if section >= len(self._questions):
            return None
        block, question = self._questions[section]
        text = question.text.get(lang)
        label = question_label(self.session.questionnaire, question.id, lang)
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{label}: {text}"
        if role == Qt.ItemDataRole.ToolTipRole:
            return f"{block_display_name(block, lang)}\n{label}: {text}"
        return None


class ShadeDelegate(QStyledItemDelegate):
    """Alternate blocks on Base and AlternateBase of the view's palette; the digit in Text."""

    def initStyleOption(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> None:
        super().initStyleOption(option, index)
        palette = option.palette  # type: ignore[attr-defined]
        shade = palette.alternateBase() if index.data(BLOCK_SHADE_ROLE) else palette.base()
        option.backgroundBrush = shade  # type: ignore[attr-defined]


class WrappingHeader(QHeaderView):
    """A vertical header whose section texts wrap to its width (the question text, never cut)."""

    MARGIN = 6

    def _text_rect(self, width: int) -> QRect:
        return QRect(0, 0, max(20, width - 2 * self.MARGIN), 10_000)

    def sectionSizeFromContents(self, logicalIndex: int) -> QSize:
        text = str(self.model().headerData(logicalIndex, self.orientation()) or "") if self.model() else ""
        bounds = self.fontMetrics().boundingRect(
            self._text_rect(self.width()), int(Qt.TextFlag.TextWordWrap | Qt.AlignmentFlag.AlignLeft), text
        )
        return QSize(self.width(), bounds.height() + 2 * self.MARGIN)

    def paintSection(self, painter: QPainter, rect: QRect, logicalIndex: int) -> None:
        if not rect.isValid() or self.model() is None:
            return
        option = QStyleOptionHeader()
        self.initStyleOptionForIndex(option, logicalIndex)
        option.rect = rect  # type: ignore[attr-defined]
        option.text = ""  # type: ignore[attr-defined]
        painter.save()
        self.style().drawControl(QStyle.ControlElement.CE_Header, option, painter, self)
        painter.restore()
        text = str(self.model().headerData(logicalIndex, self.orientation()) or "")
        painter.save()
        painter.setPen(self.palette().color(self.foregroundRole()))
        painter.drawText(
            rect.adjusted(self.MARGIN, self.MARGIN // 2, -self.MARGIN, -self.MARGIN // 2),
            int(Qt.TextFlag.TextWordWrap | Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
            text,
        )
        painter.restore()


class AnswerCommand(QUndoCommand):
    """One typed (or emptied) answer; undo puts back what was there and shows the cell."""

    def __init__(self, grid: EntryGrid, code: str, question_id: str, old: int | None, new: int | None) -> None:
        super().__init__()
        self.grid, self.code, self.question_id, self.old, self.new = grid, code, question_id, old, new

    def _apply(self, value: int | None) -> None:
        session = self.grid.session
        if self.code not in session.group.codes:  # the participant was removed meanwhile
            self.setObsolete(True)
            return
        session.update(session.group.with_answer(self.code, self.question_id, value))
        self.grid.show_answer(self.code, self.question_id)

    def redo(self) -> None:
        self._apply(self.new)

    def undo(self) -> None:
        self._apply(self.old)


class EntryGrid(QTableView):
    """The grid the facilitator types into."""

    ACCESSIBLE_ROLE = QAccessible.Role.Table
    ACCESSIBLE_AS_ONE = True

    #: A key was refused; carries the character typed (the window explains what is allowed).
    entry_refused = Signal(str)
    #: The last question of a participant was filled; carries that participant's code.
    column_finished = Signal(str)

    def __init__(self, session: GroupSession, parent: QWidget | None = None) -> None:
        install_roles()
        super().__init__(parent)
        #: A read-only group file: keys that would change an answer do nothing.
        self.read_only = False
        self.session = session
        self.entry_model = EntryModel(session, self)
        self.setModel(self.entry_model)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setTabKeyNavigation(True)
        self.setItemDelegate(ShadeDelegate(self))
        self.setVerticalHeader(WrappingHeader(Qt.Orientation.Vertical, self))
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.horizontalHeader().setMinimumSectionSize(46)
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.verticalHeader().setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        # Larger digits to type into, and they follow the app's text size (ui/zoom.py).
        set_relative_font(self, 1.25)
        self.entry_model.modelReset.connect(self._after_reset)
        self.entry_model.modelReset.connect(self._fit_header)
        #: Typed answers, for Ctrl+Z / Ctrl+Y.
        self.undo_stack = QUndoStack(self)
        #: The last participant's last answer was just typed: the next digit starts a new paper form
        #: (instead of overwriting that answer again and again).
        self._form_done = False
        #: A digit is being typed: the cell's new value is confirmed on its own, not by reading the cell again.
        self._typing = False
        self.entry_model.dataChanged.connect(self._data_changed)
        self.entry_model.modelReset.connect(self._speak_current)
        self._speak_current()

    # --- what a screen reader says ---------------------------------------------

    def describe(self, row: int, column: int) -> str:
        """A cell in words: participant, question and answer."""
        model = self.entry_model
        value = model.value_at(row, column)
        answer = str(value) if value is not None else self.tr("no answer")
        return fill(
            self.tr("%1, %2: %3 – %4"),
            model.code_at(column),
            question_label(model.session.questionnaire, model.question_id_at(row), current_language()),
            model.question_text(row),
            answer,
        )

    def _data_changed(self) -> None:
        if not self._typing:
            self._speak_current()

    def _speak_current(self) -> None:
        index = self.currentIndex()
        if index.isValid():
            self.setAccessibleName(self.describe(index.row(), index.column()))
        elif self.entry_model.columnCount() == 0:
            self.setAccessibleName(self.tr("Paper forms: no participant yet"))
        else:
            self.setAccessibleName(self.tr("Paper forms"))
        self.setAccessibleDescription(
            self.tr(
                "Type each answer as a digit 1–5; Enter skips a question, Delete empties it. Ctrl+Tab leaves the grid."
            )
        )

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._speak_current()
        super().changeEvent(event)

    def _fit_header(self) -> None:
        """The question column takes what the participants' columns leave (at least a third)."""
        header = self.verticalHeader()
        metrics = header.fontMetrics()
        widest = max(
            (
                metrics.horizontalAdvance(str(self.entry_model.headerData(row, Qt.Orientation.Vertical)))
                for row in range(self.entry_model.rowCount())
            ),
            default=100,
        )
        columns = sum(self.columnWidth(c) for c in range(self.entry_model.columnCount())) or 46
        room = self.viewport().width() + header.width() - columns - 4
        width = max(min(widest + 2 * WrappingHeader.MARGIN, room), self.width() // 3, 160)
        if header.width() != width:
            header.setFixedWidth(width)
            header.resizeSections(QHeaderView.ResizeMode.ResizeToContents)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_header()

    def show_answer(self, code: str, question_id: str) -> None:
        """Make the cell of ``code`` / ``question_id`` current (after an undo or redo)."""
        model = self.entry_model
        if code in model.session.group.codes and code in [model.code_at(c) for c in range(model.columnCount())]:
            column = [model.code_at(c) for c in range(model.columnCount())].index(code)
            row = [model.question_id_at(r) for r in range(model.rowCount())].index(question_id)
            self.go_to(row, column)

    def _after_reset(self) -> None:
        if self.entry_model.rowCount() and self.entry_model.columnCount() and not self.currentIndex().isValid():
            self.setCurrentIndex(self.entry_model.index(0, 0))

    def go_to(self, row: int, column: int) -> None:
        self._form_done = False
        index = self.entry_model.index(row, column)
        if index.isValid():
            self.setCurrentIndex(index)
            self.scrollTo(index)

    def set_read_only(self, read_only: bool) -> None:
        """A read-only group file: the answers can be read and moved through, never typed over."""
        self.read_only = read_only

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if self._leaves(event):
            # QWidget's own move, not the table's (which would go to the next cell).
            QWidget.focusNextPrevChild(self, event.key() == Qt.Key.Key_Tab)
            event.accept()
            return
        if self.read_only and (event.text().strip() or event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace)):
            event.accept()  # no digit, Delete or undo changes a read-only file; the arrows still move
            return
        if event.matches(QKeySequence.StandardKey.Undo):
            self.undo_stack.undo()
            event.accept()
            return
        redo_y = event.key() == Qt.Key.Key_Y and event.modifiers() == Qt.KeyboardModifier.ControlModifier
        if event.matches(QKeySequence.StandardKey.Redo) or redo_y:
            self.undo_stack.redo()
            event.accept()
            return
        index = self.currentIndex()
        text = event.text()
        modifiers = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        plain = modifiers in (Qt.KeyboardModifier.NoModifier, Qt.KeyboardModifier.ShiftModifier)
        value = rating_for_key(event, self.session.questionnaire.scale)
        if value is not None and (self._form_done or self.entry_model.columnCount() == 0):
            index = self._start_new_form()
        self._form_done = False
        if index.isValid() and value is not None:
            self._typing = True
            try:
                self._set(index, value)
            finally:
                self._typing = False
            announce(
                self,
                fill(
                    self.tr("%1, %2: %3"),
                    self.entry_model.code_at(index.column()),
                    question_label(
                        self.entry_model.session.questionnaire,
                        self.entry_model.question_id_at(index.row()),
                        current_language(),
                    ),
                    value,
                ),
            )
            self._advance(index)
            event.accept()
            return
        if index.isValid() and event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
            self._set(index, None)
            event.accept()
            return
        if index.isValid() and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self._advance(index)
            event.accept()
            return
        if plain and text and text.isprintable() and event.key() != Qt.Key.Key_Tab:
            QApplication.beep()
            self.entry_refused.emit(text)
            event.accept()
            return
        super().keyPressEvent(event)

    def _leaves(self, event: QKeyEvent) -> bool:
        """Ctrl+Tab, Ctrl+Shift+Tab, Tab on the last cell and Shift+Tab on the first leave the grid."""
        key = event.key()
        if key not in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab):
            return False
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            return True
        index = self.currentIndex()
        rows, columns = self.entry_model.rowCount(), self.entry_model.columnCount()
        if not index.isValid():
            return True
        if key == Qt.Key.Key_Tab:
            return index.row() == rows - 1 and index.column() == columns - 1
        return index.row() == 0 and index.column() == 0

    def _set(self, index: QModelIndex, value: int | None) -> None:
        model = self.entry_model
        code, question_id = model.code_at(index.column()), model.question_id_at(index.row())
        old = self.session.group.participant(code).answers.get(question_id)
        if old != value:
            self.undo_stack.push(AnswerCommand(self, code, question_id, old, value))

    def _advance(self, index: QModelIndex) -> None:
        row, column = index.row() + 1, index.column()
        last_column = column + 1 >= self.entry_model.columnCount()
        if row >= self.entry_model.rowCount():
            if column + 1 < self.entry_model.columnCount():
                row, column = 0, column + 1
            else:
                row = index.row()
        self.go_to(row, column)
        if index.row() + 1 >= self.entry_model.rowCount():
            self._form_done = last_column
            self.column_finished.emit(self.entry_model.code_at(index.column()))

    def mousePressEvent(self, event: QMouseEvent) -> None:
        self._form_done = False  # a click on the finished cell means: correct this one
        super().mousePressEvent(event)

    def currentChanged(
        self, current: QModelIndex | QPersistentModelIndex, previous: QModelIndex | QPersistentModelIndex
    ) -> None:
        # The facilitator moved elsewhere (mouse, arrows): a digit goes into the cell they chose.
        self._form_done = False
        super().currentChanged(current, previous)
        self._speak_current()

    def form_done(self) -> bool:
        """Whether the next digit starts a new participant (the last form was just finished)."""
        return self._form_done

    def _start_new_form(self) -> QModelIndex:
        group = self.session.group.with_participant()
        self.session.update(group)
        self.go_to(0, len(group.participants) - 1)
        return self.currentIndex()
