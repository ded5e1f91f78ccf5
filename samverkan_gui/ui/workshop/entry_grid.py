"""The entry grid: questions as rows, participants as columns, typed in at speed from paper forms.

Typing a digit of the scale fills the cell and moves to the next question
(after the last question: the next participant's first).  Anything else that
would type a character is refused on the spot (a beep and a message);
Delete or Backspace empties a cell, Enter moves on and leaves it as it is.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QKeyEvent
from PySide6.QtWidgets import QAbstractItemView, QApplication, QHeaderView, QTableView, QWidget

from samverkan_gui.ui.workshop.session import GroupSession, ui_language

_BLOCK_SHADES = ("#ffffff", "#eef3f8")
_HEADER_TEXT_CHARS = 40

Index = QModelIndex | QPersistentModelIndex


class EntryModel(QAbstractTableModel):
    """Answers of the session's group: row = question, column = participant."""

    def __init__(self, session: GroupSession, parent: Any = None) -> None:
        super().__init__(parent)
        self.session = session
        session.participants_changed.connect(self._reset)
        session.group_changed.connect(self._refresh)
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
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            value = self.value_at(row, column)
            if role == Qt.ItemDataRole.AccessibleTextRole:
                return f"{self.code_at(column)}, {row + 1}: {value if value is not None else '–'}"
            return "" if value is None else str(value)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == Qt.ItemDataRole.BackgroundRole:
            block_index = [b.id for b in self.session.questionnaire.blocks].index(self._questions[row][0].id)
            return QBrush(QColor(_BLOCK_SHADES[block_index % 2]))
        if role == Qt.ItemDataRole.ToolTipRole:
            question = self._questions[row][1]
            return f"{self.code_at(column)} – {question.text.get(ui_language())}"
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        lang = ui_language()
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
        if role == Qt.ItemDataRole.DisplayRole:
            short = text if len(text) <= _HEADER_TEXT_CHARS else text[: _HEADER_TEXT_CHARS - 1].rstrip() + "…"
            return f"{section + 1}. {short}"
        if role == Qt.ItemDataRole.ToolTipRole:
            return f"{block.title.get(lang)}\n{section + 1}. {text}"
        return None


class EntryGrid(QTableView):
    """The grid the facilitator types into."""

    #: A key was refused; carries the character typed (the window explains what is allowed).
    entry_refused = Signal(str)
    #: The last question of a participant was filled; carries that participant's code.
    column_finished = Signal(str)

    def __init__(self, session: GroupSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.entry_model = EntryModel(session, self)
        self.setModel(self.entry_model)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setTabKeyNavigation(True)
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.horizontalHeader().setDefaultSectionSize(46)
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.verticalHeader().setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        font = self.font()
        font.setPointSizeF(font.pointSizeF() * 1.25)
        self.setFont(font)
        self.entry_model.modelReset.connect(self._after_reset)

    def _after_reset(self) -> None:
        if self.entry_model.rowCount() and self.entry_model.columnCount() and not self.currentIndex().isValid():
            self.setCurrentIndex(self.entry_model.index(0, 0))

    def go_to(self, row: int, column: int) -> None:
        index = self.entry_model.index(row, column)
        if index.isValid():
            self.setCurrentIndex(index)
            self.scrollTo(index)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        index = self.currentIndex()
        text = event.text()
        modifiers = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        plain = modifiers in (Qt.KeyboardModifier.NoModifier, Qt.KeyboardModifier.ShiftModifier)
        scale = self.session.questionnaire.scale
        if index.isValid() and plain and text.isdigit() and len(text) == 1 and scale.min <= int(text) <= scale.max:
            self._set(index, int(text))
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

    def _set(self, index: QModelIndex, value: int | None) -> None:
        model = self.entry_model
        code, question_id = model.code_at(index.column()), model.question_id_at(index.row())
        self.session.update(self.session.group.with_answer(code, question_id, value))

    def _advance(self, index: QModelIndex) -> None:
        row, column = index.row() + 1, index.column()
        if row >= self.entry_model.rowCount():
            self.column_finished.emit(self.entry_model.code_at(column))
            if column + 1 < self.entry_model.columnCount():
                row, column = 0, column + 1
            else:
                row = index.row()
        self.go_to(row, column)
