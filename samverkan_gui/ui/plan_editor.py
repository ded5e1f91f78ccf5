"""The action plan (Handlingsplan): the five simple but difficult questions and concrete actions per block.

The editor holds no document.  It shows a plan (a tuple of
:class:`~samverkan_gui.core.plan.BlockPlan`) and reports every edit as the
whole new plan through :attr:`PlanEditor.plan_edited`; a
:class:`~samverkan_gui.ui.learning_loop.PlanBinding` passes it to the window's session, so
autosave, recovery and the modified flag work as they do for answers.

Undo: the text fields have their own (Ctrl+Z while typing).  Adding and
removing blocks and actions go on a :class:`QUndoStack`, undone with Ctrl+Z
anywhere else in the editor.  The five question labels are the source's words
(:func:`samverkan_gui.core.plan.question_label`), the same as in the PDF.
"""

from __future__ import annotations

import datetime as dt
import itertools
import re
from collections.abc import Callable, Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QSignalBlocker, Qt, Signal
from PySide6.QtGui import QKeySequence, QUndoCommand, QUndoStack
from PySide6.QtWidgets import (
    QCheckBox,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from samverkan_gui.core.placeholders import fill
from samverkan_gui.core.plan import (
    MAX_PLAN_TEXT,
    PLAN_QUESTIONS,
    Action,
    BlockPlan,
    FollowsRecord,
    Status,
    question_detail,
    question_label,
    status_label,
)
from samverkan_gui.core.plan_edits import (
    Plan,
    entry_for,
    ordered,
    parse_due,
    with_action,
    with_blocks,
    with_entry,
    without_action,
    without_block,
)
from samverkan_gui.present import block_display_name
from samverkan_gui.ui import dialogs
from samverkan_gui.ui.button_bar import button_bar, push_button
from samverkan_gui.ui.flow_layout import FlowLayout
from samverkan_gui.ui.fonts import refresh_relative_fonts, set_relative_font
from samverkan_gui.ui.i18n import current_language
from samverkan_gui.ui.in_sight import InSightComboBox
from samverkan_gui.ui.retranslated import Retranslated

if TYPE_CHECKING:
    from samverkan_gui.core.questionnaire import Questionnaire

#: The order in which the statuses are offered.
STATUSES = (Status.PLANNED, Status.STARTED, Status.DONE)


def question_labels(lang: str) -> dict[str, tuple[str, str]]:
    """Field name → (label, hint) for the five questions: the catalogue's, as the PDF prints them."""
    return {name: (question_label(name, lang), question_detail(name, lang)) for name in PLAN_QUESTIONS}


# --- undoable structural edits ------------------------------------------------------------


class _PlanCommand(QUndoCommand):
    """Works on the editor's *current* plan, so text typed since is never undone with it."""

    def __init__(self, editor: PlanEditor, text: str) -> None:
        super().__init__(text)
        self._editor = editor


class _AddBlocks(_PlanCommand):
    def __init__(self, editor: PlanEditor, entries: Sequence[BlockPlan], text: str) -> None:
        super().__init__(editor, text)
        self._entries = tuple(entries)

    def redo(self) -> None:
        plan = with_blocks(self._editor.plan(), self._entries)
        self._editor.apply_structure(plan, focus_block=self._entries[0].block if self._entries else None)

    def undo(self) -> None:
        plan = self._editor.plan()
        # What was written in the block since is kept for a redo.
        self._entries = tuple(entry_for(plan, e.block) or e for e in self._entries)
        for entry in self._entries:
            plan = without_block(plan, entry.block)
        self._editor.apply_structure(plan)


class _RemoveBlock(_PlanCommand):
    def __init__(self, editor: PlanEditor, block_id: str, text: str) -> None:
        super().__init__(editor, text)
        self._block_id = block_id
        self._removed: BlockPlan | None = None

    def redo(self) -> None:
        self._removed = entry_for(self._editor.plan(), self._block_id)
        self._editor.apply_structure(without_block(self._editor.plan(), self._block_id))

    def undo(self) -> None:
        if self._removed is not None:
            self._editor.apply_structure(with_blocks(self._editor.plan(), [self._removed]), focus_block=self._block_id)


class _AddAction(_PlanCommand):
    def __init__(self, editor: PlanEditor, block_id: str, text: str) -> None:
        super().__init__(editor, text)
        self._block_id = block_id
        self._index = -1
        self._action = Action(text="")

    def redo(self) -> None:
        entry = entry_for(self._editor.plan(), self._block_id)
        if entry is None:
            return
        self._index = len(entry.actions)
        plan = with_action(self._editor.plan(), self._block_id, self._index, self._action)
        self._editor.apply_structure(plan, focus_action=(self._block_id, self._index))

    def undo(self) -> None:
        entry = entry_for(self._editor.plan(), self._block_id)
        if entry is None or not 0 <= self._index < len(entry.actions):
            return
        self._action = entry.actions[self._index]  # a redo brings back what was typed
        plan = without_action(self._editor.plan(), self._block_id, self._index)
        self._editor.apply_structure(plan, focus_add=self._block_id)


class _RemoveAction(_PlanCommand):
    def __init__(self, editor: PlanEditor, block_id: str, index: int, text: str) -> None:
        super().__init__(editor, text)
        self._block_id = block_id
        self._index = index
        self._removed: Action | None = None

    def redo(self) -> None:
        entry = entry_for(self._editor.plan(), self._block_id)
        if entry is None or not 0 <= self._index < len(entry.actions):
            return
        self._removed = entry.actions[self._index]
        plan = without_action(self._editor.plan(), self._block_id, self._index)
        self._editor.apply_structure(plan, focus_add=self._block_id)

    def undo(self) -> None:
        if entry_for(self._editor.plan(), self._block_id) is None or self._removed is None:
            return
        plan = with_action(self._editor.plan(), self._block_id, self._index, self._removed)
        self._editor.apply_structure(plan, focus_action=(self._block_id, self._index))


# --- widgets ---------------------------------------------------------------------------------


class ActionRow(QObject):
    """One action: what, who, due date (optional, YYYY-MM-DD), status, and a remove button.

    Its widgets sit in the block's grid (see :meth:`place`), so the column headings line up.
    """

    #: The row's action as it now reads (a bad date keeps the last good one).
    edited = Signal()
    #: The user asked to remove this action.
    remove_requested = Signal()

    def __init__(self, action: Action, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._action = action
        self.what = QLineEdit(action.text)
        self.what.setObjectName("action-what")
        self.what.setMaxLength(MAX_PLAN_TEXT)
        self.who = QLineEdit(action.who)
        self.who.setObjectName("action-who")
        self.who.setMaxLength(MAX_PLAN_TEXT)
        self.due = QLineEdit(action.due.isoformat() if action.due else "")
        self.due.setObjectName("action-due")
        self.due.setMaxLength(10)
        self.due.setMaximumWidth(self.due.fontMetrics().horizontalAdvance("0000-00-00") + 24)
        self.status = InSightComboBox()
        self.status.setObjectName("action-status")
        # Tool buttons: one per row and per block, so no Alt+letter of their own (it would repeat).
        self.remove_button = QToolButton()
        self.remove_button.setObjectName("action-remove")
        self.date_problem = QLabel()
        self.date_problem.setObjectName("action-date-problem")
        self.date_problem.setWordWrap(True)
        self.date_problem.hide()
        # Past its due date and not done: said in words under the row (never by colour alone).
        self.overdue = QLabel()
        self.overdue.setObjectName("action-overdue")
        self.overdue.setWordWrap(True)
        self.overdue.hide()
        self._status_description = ""
        self.what.textChanged.connect(self._changed)
        self.who.textChanged.connect(self._changed)
        self.due.textChanged.connect(self._changed)
        self.status.currentIndexChanged.connect(self._changed)
        self.remove_button.clicked.connect(self.remove_requested)

    def action(self) -> Action:
        return self._action

    def place(self, grid: QGridLayout, row: int) -> None:
        """Put the widgets on ``row`` of ``grid`` (the date message on the row under it)."""
        for column, widget in enumerate((self.what, self.who, self.due, self.status, self.remove_button)):
            grid.addWidget(widget, row, column)
        grid.addWidget(self.date_problem, row + 1, 0, 1, 5)
        grid.addWidget(self.overdue, row + 1, 0, 1, 5)

    def retranslate(self, number: int, block_name: str) -> None:
        """Texts and screen-reader names: "Action 2 in startförhållanden: what" (``block_name`` as in a sentence)."""
        blocker = QSignalBlocker(self.status)
        self.status.clear()
        for status in STATUSES:
            self.status.addItem(status_label(status, current_language()), status.value)
        self.status.setCurrentIndex(STATUSES.index(self._action.status))
        del blocker

        def named(template: str) -> str:
            return fill(template, str(number), block_name)

        self.what.setPlaceholderText(self.tr("What is to be done?"))
        self.who.setPlaceholderText(self.tr("Who?"))
        self.due.setPlaceholderText(self.tr("YYYY-MM-DD"))
        self.what.setAccessibleName(named(self.tr("Action %1 in %2: what")))
        self.who.setAccessibleName(named(self.tr("Action %1 in %2: who")))
        self.due.setAccessibleName(named(self.tr("Action %1 in %2: due date (optional)")))
        self.due.setAccessibleDescription(self.tr("A date as YYYY-MM-DD, or empty"))
        self.status.setAccessibleName(named(self.tr("Action %1 in %2: status")))
        # A combo box's accessible name is its current value (Qt's choice): the description says which.
        self._status_description = named(self.tr("Action %1 in %2: status"))
        self.status.setAccessibleDescription(self._status_description)
        self.remove_button.setText(self.tr("Remove"))
        self.remove_button.setAccessibleName(named(self.tr("Remove action %1 in %2")))
        self.date_problem.setText(self.tr("Write the date as YYYY-MM-DD, e.g. 2027-03-31, or leave it empty."))
        self._show_overdue()

    def today(self) -> dt.date:
        """The day an action is overdue after (its due date passed, not done)."""
        return dt.date.today()

    def _show_overdue(self) -> None:
        late = self._action.is_overdue(self.today()) and self.date_problem.isHidden()
        if late and self._action.due is not None:
            self.overdue.setText(
                fill(
                    self.tr("Overdue: due %1 and not done. Update its status, or give it a new date."),
                    self._action.due.isoformat(),
                )
            )
        self.overdue.setVisible(late)
        # A screen reader on the status hears it too.
        description = self._status_description
        self.status.setAccessibleDescription(f"{description} – {self.overdue.text()}" if late else description)

    def due_is_valid(self) -> bool:
        """Whether the due-date field holds a date or nothing (else its text is not in the plan)."""
        return parse_due(self.due.text())[0]

    def _changed(self) -> None:
        valid, due = parse_due(self.due.text())
        self.date_problem.setVisible(not valid)
        if not valid:
            due = self._action.due  # kept in the field; a save refuses until it is a date (PlanEditor.check_input)
        status = Status(self.status.currentData()) if self.status.currentIndex() >= 0 else self._action.status
        action = Action(text=self.what.text(), who=self.who.text(), due=due, status=status)
        if action != self._action:
            self._action = action
            self._show_overdue()
            self.edited.emit()


class BlockPlanBox(QGroupBox):
    """The plan of one block: the five questions, then the actions."""

    #: The user changed a text or an action (not the structure).
    edited = Signal()
    #: The user asked for a new action.
    add_action_requested = Signal()
    #: ``(index)``: the user asked to remove this action.
    remove_action_requested = Signal(int)

    def __init__(self, entry: BlockPlan, block_name: str, in_sentence: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(f"plan-block-{entry.block}")
        self._entry = entry
        #: The block as its heading names it, and as a sentence names it (docs/terminology.md).
        self._block_name = block_name
        self._in_sentence = in_sentence
        layout = QVBoxLayout(self)
        self.question_labels: dict[str, QLabel] = {}
        self.question_hints: dict[str, QLabel] = {}
        self.fields: dict[str, QPlainTextEdit] = {}
        grid = QGridLayout()
        grid.setColumnStretch(1, 1)
        for row, name in enumerate(PLAN_QUESTIONS):
            label = QLabel()
            label.setObjectName(f"plan-label-{name}")
            label.setTextFormat(Qt.TextFormat.PlainText)
            set_relative_font(label, 1.0, bold=True)
            hint = QLabel()
            hint.setObjectName(f"plan-hint-{name}")
            hint.setWordWrap(True)
            hint.setTextFormat(Qt.TextFormat.PlainText)
            field = QPlainTextEdit(getattr(entry, name))
            field.setObjectName(f"plan-{name}")
            field.setTabChangesFocus(True)  # Tab moves on; a keyboard user is never trapped in a field
            field.textChanged.connect(self._text_changed)
            labels = QVBoxLayout()
            labels.setSpacing(0)
            labels.addWidget(label)
            labels.addWidget(hint)
            labels.addStretch(1)
            grid.addLayout(labels, row, 0)
            grid.addWidget(field, row, 1)
            self.question_labels[name] = label
            self.question_hints[name] = hint
            self.fields[name] = field
        layout.addLayout(grid)
        self.actions_label = QLabel()
        self.actions_label.setObjectName("plan-actions-heading")
        set_relative_font(self.actions_label, 1.05, bold=True)
        layout.addWidget(self.actions_label)
        actions = QGridLayout()
        actions.setColumnStretch(0, 3)
        actions.setColumnStretch(1, 2)
        self.header_labels = [QLabel() for _ in range(4)]
        for column, label in enumerate(self.header_labels):
            actions.addWidget(label, 0, column)
            label.setVisible(bool(entry.actions))
        self.rows: list[ActionRow] = []
        for index, action in enumerate(entry.actions):
            action_row = ActionRow(action, self)
            action_row.edited.connect(self._action_changed)
            action_row.remove_requested.connect(lambda r=action_row: self._remove(r))
            action_row.place(actions, 1 + 2 * index)
            self.rows.append(action_row)
        layout.addLayout(actions)
        self.add_action_button = QToolButton()
        self.add_action_button.setObjectName("plan-add-action")
        self.add_action_button.clicked.connect(self.add_action_requested)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_action_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)

    def set_read_only(self, read_only: bool) -> None:
        for field in self.fields.values():
            field.setReadOnly(read_only)
        for row in self.rows:
            for edit in (row.what, row.who, row.due):
                edit.setReadOnly(read_only)
            row.status.setEnabled(not read_only)
            row.remove_button.setEnabled(not read_only)
        self.add_action_button.setEnabled(not read_only)

    def fit_to_font(self) -> None:
        """Three lines of text per question in the current (zoomed) font."""
        for field in self.fields.values():
            field.setFixedHeight(field.fontMetrics().lineSpacing() * 3 + 14)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.FontChange:
            self.fit_to_font()
        super().changeEvent(event)

    @property
    def block_id(self) -> str:
        return self._entry.block

    def entry(self) -> BlockPlan:
        return self._entry

    def retranslate(
        self, labels: dict[str, tuple[str, str]], block_name: str | None = None, in_sentence: str | None = None
    ) -> None:
        if block_name is not None:
            self._block_name = block_name
        if in_sentence is not None:
            self._in_sentence = in_sentence
        self.setTitle(self._block_name)
        for name in PLAN_QUESTIONS:
            label, hint = labels[name]
            self.question_labels[name].setText(label)
            self.question_hints[name].setText(hint)
            self.question_hints[name].setVisible(bool(hint))
            field = self.fields[name]
            field.setAccessibleName(f"{self._block_name}: {label}")
            field.setAccessibleDescription(hint)
        self.actions_label.setText(self.tr("Actions"))
        for header_label, text in zip(
            self.header_labels,
            (self.tr("What is to be done?"), self.tr("Who?"), self.tr("Due"), self.tr("Status")),
            strict=True,
        ):
            header_label.setText(text)
        for number, row in enumerate(self.rows, start=1):
            row.retranslate(number, self._in_sentence)
        self.add_action_button.setText(self.tr("+ Add an action"))
        self.add_action_button.setAccessibleName(fill(self.tr("Add an action to %1"), self._in_sentence))

    def _text_changed(self) -> None:
        text = {name: field.toPlainText() for name, field in self.fields.items()}
        entry = replace(
            self._entry,
            why=text["why"],
            what=text["what"],
            who=text["who"],
            when_where=text["when_where"],
            how=text["how"],
        )
        if entry != self._entry:
            self._entry = entry
            self.edited.emit()

    def _action_changed(self) -> None:
        entry = replace(self._entry, actions=tuple(row.action() for row in self.rows))
        if entry != self._entry:
            self._entry = entry
            self.edited.emit()

    def _remove(self, row: ActionRow) -> None:
        if row in self.rows:
            self.remove_action_requested.emit(self.rows.index(row))


class PlanEditor(Retranslated, QWidget):
    """Choose blocks, answer the five questions, list actions; every edit leaves as :attr:`plan_edited`."""

    READING_WIDTH = 150

    #: ``(plan)``: the user changed the plan; the tuple of BlockPlan as it now reads.
    plan_edited = Signal(object)
    #: ``(text)``: something to say in the status bar (e.g. "Action removed. Ctrl+Z undoes it.").
    status_message = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("plan-editor")
        self._questionnaire: Questionnaire | None = None
        self._plan: Plan = ()
        self._labels: dict[str, tuple[str, str]] = {}
        self.undo_stack = QUndoStack(self)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        scroll = self.reading_column()
        self.scroll_area = scroll
        layout = QVBoxLayout(self._body)
        layout.setContentsMargins(24, 16, 24, 16)
        layout.setSpacing(10)
        self.title_label = QLabel()
        self.title_label.setObjectName("plan-title")
        set_relative_font(self.title_label, 1.4, bold=True)
        layout.addWidget(self.title_label)
        self.intro_label = QLabel()
        self.intro_label.setWordWrap(True)
        layout.addWidget(self.intro_label)
        # A follow-up: the plan came along from last time; what to do with it, on the page itself
        # (a status bar message was cut off and gone in seconds).
        self.follow_up_banner = QLabel()
        self.follow_up_banner.setObjectName("plan-follow-up")
        self.follow_up_banner.setWordWrap(True)
        self.follow_up_banner.setFrameShape(QFrame.Shape.StyledPanel)
        self.follow_up_banner.setMargin(10)
        self.follow_up_banner.setTextFormat(Qt.TextFormat.PlainText)
        self.follow_up_banner.hide()
        self._follows: FollowsRecord | None = None
        self._read_only = False
        layout.addWidget(self.follow_up_banner)
        self.choose_box = QGroupBox()
        self.choose_box.setObjectName("plan-blocks")
        # The blocks' check boxes wrap to new rows at large text sizes (never sideways).
        self._choose_layout = FlowLayout(self.choose_box, spacing=16)
        self.block_checks: dict[str, QCheckBox] = {}
        layout.addWidget(self.choose_box)
        self.empty_label = QLabel()
        self.empty_label.setObjectName("plan-empty")
        self.empty_label.setWordWrap(True)
        layout.addWidget(self.empty_label)
        self._blocks_layout = QVBoxLayout()
        layout.addLayout(self._blocks_layout)
        layout.addStretch(1)
        self.boxes: list[BlockPlanBox] = []
        self._trailing: list[QWidget] = []
        outer.addWidget(scroll, 1)
        self.undo_action = self.undo_stack.createUndoAction(self)
        self.undo_action.setShortcuts(QKeySequence.keyBindings(QKeySequence.StandardKey.Undo))
        self.redo_action = self.undo_stack.createRedoAction(self)
        self.redo_action.setShortcuts(QKeySequence.keyBindings(QKeySequence.StandardKey.Redo))
        for action in (self.undo_action, self.redo_action):
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            self.addAction(action)
        self.retranslate()

    # --- the document side -------------------------------------------------------------

    def plan(self) -> Plan:
        return self._plan

    def questionnaire(self) -> Questionnaire | None:
        return self._questionnaire

    def set_read_only(self, read_only: bool) -> None:
        """A read-only document: the plan readable, nothing in it changeable."""
        self._read_only = read_only
        self._apply_read_only()

    def _apply_read_only(self) -> None:
        read_only = self._read_only
        for check in self.block_checks.values():
            check.setEnabled(not read_only)
        self.undo_action.setEnabled(not read_only and self.undo_stack.canUndo())
        self.redo_action.setEnabled(not read_only and self.undo_stack.canRedo())
        for box in self.boxes:
            box.set_read_only(read_only)

    def show_follow_up(self, follows: FollowsRecord | None) -> None:
        """Say that the plan came along from the file ``follows`` names (None: it did not)."""
        self._follows = follows
        self._show_follow_up()

    def _show_follow_up(self) -> None:
        follows = self._follows
        if follows is not None:
            self.follow_up_banner.setText(
                fill(
                    self.tr(
                        "The plan came along from last time (%1, %2). Update each action's status: planned, "
                        "in progress or done; add new actions where something is still to do."
                    ),
                    follows.file,
                    follows.date.isoformat() if follows.date else self.tr("no date"),
                )
            )
        self.follow_up_banner.setVisible(follows is not None)

    def load(self, questionnaire: Questionnaire | None, plan: Sequence[BlockPlan]) -> None:
        """Show the document's plan; an echo of our own edit changes nothing (the cursor stays)."""
        plan = tuple(plan)
        if questionnaire is self._questionnaire and plan == self._plan:
            return
        new_questionnaire = questionnaire is not self._questionnaire
        self._questionnaire = questionnaire
        self._plan = ordered(plan, questionnaire) if questionnaire else ()
        # Another document (or someone else's change): the structural undo history is not about it.
        self.undo_stack.clear()
        if new_questionnaire:
            self._build_checks()
        self._rebuild()

    def apply_structure(
        self,
        plan: Plan,
        *,
        focus_block: str | None = None,
        focus_action: tuple[str, int] | None = None,
        focus_add: str | None = None,
    ) -> None:
        """A structural edit (from the undo stack): rebuild, tell the owner, put the focus where it belongs."""
        if self._questionnaire is None:
            return
        self._plan = ordered(plan, self._questionnaire)

        def target() -> QWidget | None:
            if focus_action is not None:
                box = self._box(focus_action[0])
                if box is not None and 0 <= focus_action[1] < len(box.rows):
                    return box.rows[focus_action[1]].what
            elif focus_add is not None:
                box = self._box(focus_add)
                if box is not None:
                    return box.add_action_button
            return None

        self._rebuild(target)
        self.plan_edited.emit(self._plan)
        focused = target()
        if focused is not None:
            self.scroll_area.ensureWidgetVisible(focused)
        elif focus_block is not None:
            box = self._box(focus_block)
            if box is not None and self.isVisible():
                self.scroll_area.ensureWidgetVisible(box, 0, 0)

    def choose_blocks(self, block_ids: Sequence[str], *, focus: bool = True) -> None:
        """Open the plan for these blocks (e.g. the weakest): added when missing, as one undoable step."""
        if self._questionnaire is None:
            return
        missing = [BlockPlan(block=block_id) for block_id in block_ids if entry_for(self._plan, block_id) is None]
        if missing:
            self.undo_stack.push(_AddBlocks(self, missing, self.tr("Add blocks")))
        if focus and block_ids:
            self.focus_block(block_ids[0])

    def invalid_due_date(self) -> tuple[BlockPlanBox, int] | None:
        """The first action (its block's box and row index) whose due-date field is not a date."""
        for box in self.boxes:
            for index, row in enumerate(box.rows):
                if not row.due_is_valid():
                    return box, index
        return None

    def has_invalid_input(self) -> bool:
        """Whether something typed is not in the plan because it is invalid (a due date that is not a date)."""
        return self.invalid_due_date() is not None

    def check_input(self) -> bool:
        """Before a save: True when all that is typed can be saved.

        Else the user is told which action's due date is wrong and how to write it, the
        focus goes to that field, and False: nothing typed is ever dropped silently.
        The owner shows the editor first.
        """
        problem = self.invalid_due_date()
        if problem is None:
            return True
        box, index = problem
        row = box.rows[index]
        what = row.what.text().strip()
        template = (
            self.tr("The due date of action %1 in %2 (“%3”) is not a date: “%4”.")
            if what
            else self.tr("The due date of action %1 in %2 is not a date: “%4”.")
        )
        values = {"1": str(index + 1), "2": self._in_sentence(box.block_id), "3": what, "4": row.due.text().strip()}
        # One pass: typed text holding "%4" is shown as typed.
        text = re.sub(r"%([1-4])", lambda match: values[match.group(1)], template)
        text += " " + self.tr(
            "Write the date as YYYY-MM-DD, e.g. 2027-03-31, or leave the field empty. Nothing was saved."
        )
        row.due.setFocus(Qt.FocusReason.OtherFocusReason)
        self.scroll_area.ensureWidgetVisible(row.due)
        dialogs.show_error(self.window(), self.tr("Check the due date"), text)
        row.due.setFocus(Qt.FocusReason.OtherFocusReason)
        row.due.selectAll()
        return False

    def focus_block(self, block_id: str) -> None:
        box = self._box(block_id)
        if box is None:
            return
        field = box.fields[PLAN_QUESTIONS[0]]
        field.setFocus(Qt.FocusReason.OtherFocusReason)
        self.scroll_area.ensureWidgetVisible(box, 0, 0)

    # --- building -------------------------------------------------------------------------

    def _box(self, block_id: str) -> BlockPlanBox | None:
        return next((box for box in self.boxes if box.block_id == block_id), None)

    def _block_name(self, block_id: str) -> str:
        if self._questionnaire is None:
            return block_id
        try:
            return block_display_name(self._questionnaire.block(block_id), current_language())
        except KeyError:
            return block_id

    def _in_sentence(self, block_id: str) -> str:
        """The block as a sentence names it ("åtgärd 1 i startförhållanden")."""
        if self._questionnaire is None:
            return block_id
        try:
            return self._questionnaire.block(block_id).name.get(current_language())
        except KeyError:
            return block_id

    def _build_checks(self) -> None:
        for check in self.block_checks.values():
            self._choose_layout.removeWidget(check)
            check.deleteLater()
        self.block_checks.clear()
        while self._choose_layout.count():
            self._choose_layout.takeAt(0)
        if self._questionnaire is None:
            return
        for block in self._questionnaire.blocks:
            check = QCheckBox()
            check.setObjectName(f"plan-choose-{block.id}")
            check.toggled.connect(lambda on, block_id=block.id: self._check_toggled(block_id, on))
            self._choose_layout.addWidget(check)
            self.block_checks[block.id] = check
        self._retranslate_checks()
        self._fix_tab_order()

    def _rebuild(self, focus_target: Callable[[], QWidget | None] | None = None) -> None:
        """Build the block boxes anew; the focus goes to ``focus_target()`` (in the new boxes), if any.

        The focus moves once, straight there: the new boxes are built before the old ones go, so
        the focus never passes through a field that is being destroyed, a button or a check box
        on its way (a screen reader, hearing three focus changes within 200 ms, said nothing).
        """
        focused = self.focusWidget()
        had_focus_inside = focused is not None and any(box.isAncestorOf(focused) for box in self.boxes)
        old_boxes, self.boxes = self.boxes, []
        for entry in self._plan:
            box = BlockPlanBox(entry, self._block_name(entry.block), self._in_sentence(entry.block))
            box.edited.connect(lambda b=box: self._box_edited(b))
            box.add_action_requested.connect(lambda b=box: self._add_action(b.block_id))
            box.remove_action_requested.connect(lambda index, b=box: self._remove_action(b.block_id, index))
            box.retranslate(self._labels)
            self._blocks_layout.addWidget(box)
            box.setVisible(True)  # now, not at the next event loop turn: the focus may go into it at once
            refresh_relative_fonts(box)  # built outside the window: headings follow its text size now
            box.fit_to_font()
            self.boxes.append(box)
        for block_id, check in self.block_checks.items():
            with QSignalBlocker(check):
                check.setChecked(entry_for(self._plan, block_id) is not None)
        self.empty_label.setVisible(not self._plan)
        self._apply_read_only()
        self._fix_tab_order()
        target = focus_target() if focus_target is not None else None
        if target is None and had_focus_inside and self.isVisible():
            # The focused field goes with its box: keep the keyboard in the editor.
            target = next(iter(self.block_checks.values()), None)
        if target is not None:
            target.setFocus(Qt.FocusReason.OtherFocusReason)
        for box in old_boxes:
            self._blocks_layout.removeWidget(box)
            box.hide()
            box.deleteLater()

    def set_trailing_widgets(self, widgets: Sequence[QWidget]) -> None:
        """Widgets that Tab reaches after the editor's own (the page's buttons)."""
        self._trailing = list(widgets)
        self._fix_tab_order()

    def tab_chain(self) -> list[QWidget]:
        """The editor's focusable widgets in reading order: blocks to choose, then each block's fields."""
        chain: list[QWidget] = list(self.block_checks.values())
        for box in self.boxes:
            chain.extend(box.fields[name] for name in PLAN_QUESTIONS)
            for row in box.rows:
                chain.extend([row.what, row.who, row.due, row.status, row.remove_button])
            chain.append(box.add_action_button)
        return chain

    def _fix_tab_order(self) -> None:
        # Boxes are built after the page's buttons; without this Tab would jump past them.
        chain = self.tab_chain() + self._trailing
        for first, second in itertools.pairwise(chain):
            QWidget.setTabOrder(first, second)

    # --- edits ------------------------------------------------------------------------------

    def _box_edited(self, box: BlockPlanBox) -> None:
        self._plan = with_entry(self._plan, box.entry())
        self.plan_edited.emit(self._plan)

    def _check_toggled(self, block_id: str, on: bool) -> None:
        name = self._block_name(block_id)
        if on:
            self.undo_stack.push(_AddBlocks(self, [BlockPlan(block=block_id)], fill(self.tr("Add %1"), name)))
        else:
            self.undo_stack.push(_RemoveBlock(self, block_id, fill(self.tr("Remove %1"), name)))
            self.status_message.emit(fill(self.tr("%1 was removed from the plan. Ctrl+Z brings it back."), name))

    def _add_action(self, block_id: str) -> None:
        self.undo_stack.push(_AddAction(self, block_id, self.tr("Add an action")))

    def _remove_action(self, block_id: str, index: int) -> None:
        self.undo_stack.push(_RemoveAction(self, block_id, index, self.tr("Remove an action")))
        self.status_message.emit(self.tr("The action was removed. Ctrl+Z brings it back."))

    # --- language -----------------------------------------------------------------------------

    def _retranslate_checks(self) -> None:
        for block_id, check in self.block_checks.items():
            check.setText(self._block_name(block_id))
            check.setAccessibleDescription(self.tr("Include this block in the action plan"))

    def retranslate(self) -> None:
        lang = current_language()
        self._labels = question_labels(lang)
        self.limit_width()
        self.title_label.setText(self.tr("Action plan"))
        self.intro_label.setText(
            self.tr(
                "Choose one or more blocks to work on, answer the simple but difficult questions and write "
                "down concrete actions: what is to be done, who does it and by when."
            )
        )
        self.choose_box.setTitle(self.tr("Blocks in the plan"))
        self.empty_label.setText(self.tr("No block is chosen yet. Tick a block above to start its plan."))
        self.undo_action.setText(self.tr("&Undo"))
        self.redo_action.setText(self.tr("&Redo"))
        self._show_follow_up()
        self._retranslate_checks()
        for box in self.boxes:
            box.retranslate(self._labels, self._block_name(box.block_id), self._in_sentence(box.block_id))


class PlanPage(Retranslated, QWidget):
    """The main window's plan view: the editor and a bar with the way back, Save and Export."""

    #: The user asked to go back to the results.
    back_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("plan-page")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.editor = PlanEditor()
        layout.addWidget(self.editor, 1)
        self.back_button = push_button("plan-back", self.back_requested)
        self.save_button = push_button("plan-save")
        self.export_button = push_button("plan-export")
        layout.addWidget(button_bar([self.back_button], [self.save_button, self.export_button]))
        self.editor.set_trailing_widgets([self.back_button, self.save_button, self.export_button])
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.retranslate()

    def retranslate(self) -> None:
        self.back_button.setText(self.tr("← &Back to the result"))
        self.save_button.setText(self.tr("&Save"))
        self.export_button.setText(self.tr("&Export PDF or Word…"))
