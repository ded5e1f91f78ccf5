"""Filling in: one page per block, each question a group of real radio buttons.

The pages read and write the :class:`AssessmentSession`; they hold no answers
of their own.  Keyboard: Tab and the arrow keys move, the digits 1–5 rate the
focused question and move on to the next one, Delete clears a rating.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QSize, Qt, Signal
from PySide6.QtGui import QAccessible, QKeyEvent, QPainter, QPaintEvent, QPalette, QPen, QResizeEvent, QShowEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QButtonGroup,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QSizePolicy,
    QStackedWidget,
    QStyle,
    QStyleOptionGroupBox,
    QVBoxLayout,
    QWidget,
)

from samverkan_gui.core.placeholders import fill
from samverkan_gui.core.questionnaire import Block, Question, Questionnaire, Scale
from samverkan_gui.present import block_display_name
from samverkan_gui.ui.accessible import announce, install_roles
from samverkan_gui.ui.fields import show_text
from samverkan_gui.ui.fonts import refresh_relative_fonts, set_relative_font
from samverkan_gui.ui.i18n import current_language
from samverkan_gui.ui.in_sight import InSightList
from samverkan_gui.ui.rating_keys import rating_for_key
from samverkan_gui.ui.retranslated import Retranslated
from samverkan_gui.ui.screen import enter_presses, show_keyboard_focus
from samverkan_gui.ui.session import AssessmentSession

#: Arrow keys in a question: one step back or on along the scale.
_ARROW_STEPS = {Qt.Key.Key_Left: -1, Qt.Key.Key_Up: -1, Qt.Key.Key_Right: 1, Qt.Key.Key_Down: 1}


class RatingGroup(Retranslated, QGroupBox):
    """One question: its text and one radio button per scale value."""

    #: ``(question_id, value)``: the user rated (or cleared, value None) this question.
    rated = Signal(str, object)
    #: The user rated with a digit key: focus should move on to the next question.
    advance_requested = Signal()

    def __init__(self, question: Question, number: int, count: int, scale: Scale, parent: QWidget | None = None):
        super().__init__(parent)
        self.question = question
        self._number = number
        self._count = count
        self._scale = scale
        self.setObjectName(f"question-{question.id}")
        self.setAutoFillBackground(True)
        layout = QVBoxLayout(self)
        self.text_label = QLabel()
        self.text_label.setWordWrap(True)
        self.text_label.setTextFormat(Qt.TextFormat.PlainText)
        set_relative_font(self.text_label, 1.1)
        layout.addWidget(self.text_label)
        # A grid, so that the five answers can wrap onto more rows in a narrow window
        # (1024×768 at 150 % scaling) instead of forcing a horizontal scroll bar.
        # The buttons sit in a plain widget, not straight in the group box: Qt would make the
        # box every button's label, and a screen reader would read the question twice more.
        self._answers = QWidget()
        self._grid = QGridLayout(self._answers)
        self._grid.setContentsMargins(0, 0, 0, 0)
        self._grid.setHorizontalSpacing(18)
        self._columns = 0
        self.buttons = QButtonGroup(self)
        self.buttons.setExclusive(True)
        for value in scale.values:
            button = QRadioButton()
            button.setObjectName(f"rate-{question.id}-{value}")
            button.installEventFilter(self)
            self.buttons.addButton(button, value)
        layout.addWidget(self._answers)
        self._current = False
        self._arrange(len(self.buttons.buttons()))
        # Only toggles report a rating: a click on a new answer toggles it (clicked *and* toggled
        # fired, and the rating was reported twice); a click on the checked answer changes nothing.
        self.buttons.idToggled.connect(self._on_toggled)
        self._updating = False
        self.retranslate()

    # --- value -------------------------------------------------------------------------

    def value(self) -> int | None:
        checked = self.buttons.checkedId()
        return None if checked == -1 else checked

    def set_value(self, value: int | None) -> None:
        """Show ``value`` without reporting it back as a user action."""
        if value == self.value():
            return
        self._updating = True
        try:
            if value is None:
                self.buttons.setExclusive(False)
                for button in self.buttons.buttons():
                    button.setChecked(False)
                self.buttons.setExclusive(True)
            else:
                self.buttons.button(value).setChecked(True)
        finally:
            self._updating = False

    def _on_toggled(self, value: int, checked: bool) -> None:
        self._mark_chosen(self.buttons.button(value), checked)
        # A click, or the arrow keys moving the check inside the group.
        if checked and not self._updating:
            self.rated.emit(self.question.id, value)

    @staticmethod
    def _mark_chosen(button: QAbstractButton, chosen: bool) -> None:
        """The chosen answer stands out in every palette: bold, on the highlight colour (not a small dot).

        In dark palettes the style's checked indicator alone was a small grey dot.
        """
        button.setAutoFillBackground(chosen)
        button.setBackgroundRole(QPalette.ColorRole.Highlight if chosen else QPalette.ColorRole.Window)
        button.setForegroundRole(QPalette.ColorRole.HighlightedText if chosen else QPalette.ColorRole.WindowText)
        set_relative_font(button, 1.0, bold=chosen)

    def focus_entry(self) -> None:
        """Focus the checked button (or the first one), as Tab into the group would."""
        button = self.buttons.checkedButton() or self.buttons.buttons()[0]
        button.setFocus(Qt.FocusReason.TabFocusReason)

    def set_current(self, current: bool) -> None:
        """Mark the question that has keyboard focus (palette colours: light and dark themes)."""
        if current != self._current:
            self._current = current
            self.setBackgroundRole(QPalette.ColorRole.AlternateBase if current else QPalette.ColorRole.Window)
            self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if self._current:
            # A frame in the highlight colour: visible focus that does not rely on the style.
            option = QStyleOptionGroupBox()
            self.initStyleOption(option)
            frame = self.style().subControlRect(
                QStyle.ComplexControl.CC_GroupBox, option, QStyle.SubControl.SC_GroupBoxFrame, self
            )
            painter = QPainter(self)
            painter.setPen(QPen(self.palette().color(QPalette.ColorRole.Highlight), 3))
            painter.drawRect(frame.adjusted(1, 1, -2, -2))
            painter.end()

    # --- layout ------------------------------------------------------------------------------

    def _arrange(self, columns: int) -> None:
        if columns == self._columns:
            return
        self._columns = columns
        for button in self.buttons.buttons():
            self._grid.removeWidget(button)
        for index, button in enumerate(self.buttons.buttons()):
            self._grid.addWidget(button, index // columns, index % columns)
        for column in range(len(self.buttons.buttons())):
            self._grid.setColumnStretch(column, 0)
        self._grid.setColumnStretch(columns, 1)

    def _fitting_columns(self, width: int) -> int:
        buttons = self.buttons.buttons()
        widest = max(b.sizeHint().width() for b in buttons)
        spacing = self._grid.horizontalSpacing()
        margins = self.contentsMargins().left() + self.contentsMargins().right() + 24
        total = sum(b.sizeHint().width() for b in buttons) + spacing * (len(buttons) - 1) + margins
        if total <= width:
            return len(buttons)
        for columns in (3, 2):
            if columns * widest + spacing * (columns - 1) + margins <= width:
                return columns
        return 1

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._arrange(self._fitting_columns(event.size().width()))

    def minimumSizeHint(self) -> QSize:
        # Narrow enough for one column; the grid grows into more columns when there is room.
        hint = super().minimumSizeHint()
        widest = max(b.sizeHint().width() for b in self.buttons.buttons())
        return QSize(min(hint.width(), widest + 48), hint.height())

    # --- keyboard ------------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """The arrow keys step through the scale in its order, however the buttons wrap.

        Qt moves between radio buttons by their place on the screen: with the answers on
        two rows (English, a narrow window) Down from 1 went to 4.
        """
        if isinstance(event, QKeyEvent) and event.type() == QEvent.Type.KeyPress and isinstance(watched, QRadioButton):
            step = _ARROW_STEPS.get(Qt.Key(event.key()))
            no_modifiers = not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
            if step is not None and no_modifiers and watched in self.buttons.buttons():
                values = list(self._scale.values)
                here = values.index(self.buttons.id(watched))
                there = values[max(0, min(len(values) - 1, here + step))]
                button = self.buttons.button(there)
                button.setFocus(Qt.FocusReason.TabFocusReason)
                button.setChecked(True)
                return True
        return super().eventFilter(watched, event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        value = rating_for_key(event, self._scale)
        if value is not None:
            self.set_value(value)
            self.buttons.button(value).setFocus(Qt.FocusReason.ShortcutFocusReason)
            self.rated.emit(self.question.id, value)
            # The focus moves on at once: the answer given is said first, or it would go unheard.
            announce(self, fill(self.tr("Answer: %1"), self.buttons.button(value).text()))
            self.advance_requested.emit()
            event.accept()
            return
        if event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace) and self.value() is not None:
            self.set_value(None)
            self.rated.emit(self.question.id, None)
            announce(self, self.tr("Answer cleared"))
            event.accept()
            return
        super().keyPressEvent(event)

    # --- language --------------------------------------------------------------------------

    def font_changed(self) -> None:
        self._rearrange()

    def _rearrange(self) -> None:
        """Fit the answers to the current width again: other labels (language) or text size."""
        # Hidden (not laid out yet, or another block's page): its show or resize event does it.
        if self.isVisible():
            self._arrange(self._fitting_columns(self.width()))

    def showEvent(self, event: QShowEvent) -> None:
        self._rearrange()
        super().showEvent(event)

    def retranslate(self) -> None:
        lang = current_language()
        text = self.question.text.get(lang)
        title = fill(self.tr("Question %1 of %2"), self._number, self._count)
        self.setTitle(title)
        self.text_label.setText(text)
        # One name for the question, read once as the focus enters it; each answer is named by
        # what it shows ("2 – To a small extent"), not by the question again.
        self.setAccessibleName(f"{title}: {text}")
        self.setAccessibleDescription(self.tr("Rate with the digits 1 to 5"))
        for value in self._scale.values:
            self.buttons.button(value).setText(f"{value} – {self._scale.label(value, lang)}")
        # "5 – To a very large extent" is longer than "5 – I mycket hög grad": re-fit the row.
        self._rearrange()


class BlockPage(Retranslated, QWidget):
    """A wizard-like page for one block: title, lead-in, its questions and a notes field."""

    #: A named group: a screen reader says "Block 2 of 4: …" once as the focus enters the page.
    ACCESSIBLE_ROLE = QAccessible.Role.Grouping

    #: The page became complete or incomplete (as ``QWizardPage.completeChanged``).
    completeChanged = Signal()
    #: The last question was rated with a digit key: the keyboard user moves on past this page.
    last_question_rated = Signal()

    def __init__(
        self,
        block: Block,
        scale: Scale,
        session: AssessmentSession,
        parent: QWidget | None = None,
        *,
        number: int = 1,
        count: int = 1,
    ):
        install_roles()
        super().__init__(parent)
        self.block = block
        self._session = session
        self._number = number
        self._count = count
        self.setObjectName(f"page-{block.id}")
        layout = QVBoxLayout(self)
        layout.setSpacing(10)
        self.title_label = QLabel()
        self.title_label.setWordWrap(True)
        self.title_label.setTextFormat(Qt.TextFormat.PlainText)
        set_relative_font(self.title_label, 1.5, bold=True)
        layout.addWidget(self.title_label)
        self.lead_in_label = QLabel()
        self.lead_in_label.setWordWrap(True)
        self.lead_in_label.setTextFormat(Qt.TextFormat.PlainText)
        layout.addWidget(self.lead_in_label)
        self.groups: list[RatingGroup] = []
        for number, question in enumerate(block.questions, start=1):
            group = RatingGroup(question, number, len(block.questions), scale)
            group.rated.connect(self._session.set_answer)
            group.advance_requested.connect(lambda g=group: self._advance_from(g))
            layout.addWidget(group)
            self.groups.append(group)
        self.notes_label = QLabel()
        layout.addWidget(self.notes_label)
        self.notes = QPlainTextEdit()
        self.notes.setObjectName(f"notes-{block.id}")
        self.notes.setTabChangesFocus(True)
        self.notes.setMinimumHeight(70)
        self.notes.setMaximumHeight(140)
        self.notes_label.setBuddy(self.notes)
        self.notes.textChanged.connect(self._on_notes_edited)
        layout.addWidget(self.notes)
        layout.addStretch(1)
        session.answer_changed.connect(self._on_answer_changed)
        session.note_changed.connect(self._on_note_changed)
        self._was_complete = False
        self.refresh()
        self.retranslate()

    def set_read_only(self, read_only: bool) -> None:
        """A read-only document: the answers shown but not changeable, the notes readable, not editable."""
        for group in self.groups:
            for button in group.buttons.buttons():
                button.setEnabled(not read_only)
        self.notes.setReadOnly(read_only)

    # --- QWizardPage-like -----------------------------------------------------------------

    def isComplete(self) -> bool:
        return self.answered_count() == len(self.groups)

    def answered_count(self) -> int:
        assessment = self._session.assessment
        if assessment is None:
            return 0
        return sum(1 for q in self.block.questions if q.id in assessment.answers)

    def first_unanswered(self) -> RatingGroup | None:
        return next((g for g in self.groups if g.value() is None), None)

    def group_for(self, question_id: str) -> RatingGroup | None:
        return next((g for g in self.groups if g.question.id == question_id), None)

    def focus_first(self) -> None:
        target = self.first_unanswered() or self.groups[0]
        target.focus_entry()

    def _advance_from(self, group: RatingGroup) -> None:
        index = self.groups.index(group)
        if index + 1 < len(self.groups):
            self.groups[index + 1].focus_entry()
        else:
            # Not into the notes: the next digit typed there would become a note, not a rating.
            # (Tab still goes from the last question to the notes.)
            self.last_question_rated.emit()

    # --- session -> widgets ---------------------------------------------------------------

    def refresh(self) -> None:
        assessment = self._session.assessment
        answers = assessment.answers if assessment else {}
        for group in self.groups:
            group.set_value(answers.get(group.question.id))
        self._show_note()
        self._check_complete()

    def _on_answer_changed(self, question_id: str, value: object) -> None:
        group = self.group_for(question_id)
        if group is not None:
            group.set_value(value if isinstance(value, int) else None)
            self._check_complete()

    def _on_note_changed(self, block_id: str) -> None:
        if block_id == self.block.id:
            self._show_note()

    def _show_note(self) -> None:
        assessment = self._session.assessment
        show_text(self.notes, assessment.notes.get(self.block.id, "") if assessment else "")

    def _on_notes_edited(self) -> None:
        self._session.set_note(self.block.id, self.notes.toPlainText())

    def _check_complete(self) -> None:
        complete = self.isComplete()
        if complete != self._was_complete:
            self._was_complete = complete
            self.completeChanged.emit()

    # --- language ---------------------------------------------------------------------------

    def retranslate(self) -> None:
        lang = current_language()
        name = block_display_name(self.block, lang)
        self.title_label.setText(name)
        # Said once as the focus enters the block (the page is an ancestor of every question in it).
        self.setAccessibleName(
            fill(self.tr("Block %1 of %2: %3. Rate with the digits 1 to 5."), self._number, self._count, name)
        )
        self.lead_in_label.setText(self.block.lead_in.get(lang))
        self.notes_label.setText(self.tr("Notes on &this block (optional)"))
        self.notes.setAccessibleName(fill(self.tr("Notes on %1"), self.block.name.get(lang)))
        self.notes.setPlaceholderText(self.tr("Thoughts, examples, what to do next…"))


class EditorView(Retranslated, QWidget):
    """The block pages with a block list, Back/Next, the step indicator and the answered count."""

    #: The user asked for the results and every question is answered.
    results_requested = Signal()
    #: ``(message)``: something to show in the status bar.
    status_message = Signal(str)

    def __init__(self, session: AssessmentSession, parent: QWidget | None = None) -> None:
        install_roles()  # the stack of block pages shows a screen reader the page shown only
        super().__init__(parent)
        self._session = session
        self.pages: list[BlockPage] = []
        self._read_only = False
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        self.heading = QLabel()
        self.heading.setWordWrap(True)
        self.heading.setContentsMargins(12, 8, 12, 0)
        outer.addWidget(self.heading)
        middle = QHBoxLayout()
        # Its current item (the block shown) only while it has the focus: Orca takes the first
        # item said to be focused for the focus when it starts.
        self.block_list = InSightList(with_focus=True)
        self.block_list.setObjectName("block-list")
        self.block_list.setMaximumWidth(240)
        self.block_list.setMinimumWidth(160)
        self.block_list.setSpacing(3)
        self.block_list.setWordWrap(True)
        self.block_list.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Expanding)
        self.block_list.currentRowChanged.connect(self._on_list_row)
        # Enter (or a double click) on a block: on to its questions, ready for the digits.
        self.block_list.itemActivated.connect(lambda item: self.go_to(self.block_list.row(item)))
        middle.addWidget(self.block_list)
        self.stack = QStackedWidget()
        middle.addWidget(self.stack, 1)
        outer.addLayout(middle, 1)
        bar = QFrame()
        bar.setFrameShape(QFrame.Shape.StyledPanel)
        nav = QHBoxLayout(bar)
        self.back_button = QPushButton()
        self.back_button.setObjectName("back")
        self.back_button.clicked.connect(self.previous_page)
        self.step_label = QLabel()
        self.step_label.setObjectName("step")
        self.answered_label = QLabel()
        self.answered_label.setObjectName("answered")
        self.next_button = QPushButton()
        self.next_button.setObjectName("next")
        self.next_button.clicked.connect(self.next_page)
        self.results_button = QPushButton()
        self.results_button.setObjectName("show-results")
        self.results_button.clicked.connect(self.request_results)
        enter_presses(self.back_button, self.next_button, self.results_button)
        nav.addWidget(self.back_button)
        nav.addWidget(self.step_label)
        nav.addStretch(1)
        nav.addWidget(self.answered_label)
        nav.addStretch(1)
        nav.addWidget(self.next_button)
        nav.addWidget(self.results_button)
        outer.addWidget(bar)
        self._scrolls: list[QScrollArea] = []
        #: The questionnaire the pages show (None: no pages yet).
        self._built_for: Questionnaire | None = None
        session.document_replaced.connect(self.rebuild)
        session.answer_changed.connect(lambda *_: self._update_status())
        session.details_changed.connect(self._update_heading)
        QApplication.instance().focusChanged.connect(self._on_focus_changed)  # type: ignore[union-attr]
        self.rebuild()

    # --- pages -------------------------------------------------------------------------------

    def prepare(self, questionnaire: Questionnaire) -> None:
        """Have the block pages of ``questionnaire`` ready before its first document is made.

        Building them is ~200 widgets whose names a screen reader is told about one by one.
        Done in the keystroke that starts the assessment, that flood makes Orca discard what
        was queued with it ("Untitled – Samverkan" was said only when Orca happened to be
        quick enough); done while the user fills in the form, Enter only changes the title
        and moves the focus, and is answered at once.
        """
        if questionnaire is not self._built_for:
            self._build(questionnaire)

    def rebuild(self) -> None:
        """The session holds another document: its answers and notes on the pages (new pages
        only for another questionnaire)."""
        questionnaire = self._session.questionnaire
        if questionnaire is not None and questionnaire is not self._built_for:
            self._build(questionnaire)
        else:
            # Kept when the document closes: the next one is usually of the same questionnaire.
            for page in self.pages:
                page.refresh()
        if questionnaire is not None:
            self.go_to(0, focus=False)
            self.retranslate()

    def _build(self, questionnaire: Questionnaire) -> None:
        for scroll in self._scrolls:
            self.stack.removeWidget(scroll)
            scroll.deleteLater()
        self._scrolls.clear()
        self.pages.clear()
        self.block_list.clear()
        self._built_for = questionnaire
        for page_index, block in enumerate(questionnaire.blocks):
            page = BlockPage(
                block, questionnaire.scale, self._session, number=page_index + 1, count=len(questionnaire.blocks)
            )
            page.completeChanged.connect(self._update_status)
            page.last_question_rated.connect(lambda index=page_index: self._move_on_from(index))
            scroll = QScrollArea()
            scroll.setWidgetResizable(True)
            scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # an unnamed Tab stop; the page's controls take focus
            scroll.setFrameShape(QFrame.Shape.NoFrame)
            scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
            scroll.setWidget(page)
            self.stack.addWidget(scroll)
            self._scrolls.append(scroll)
            self.pages.append(page)
            page.set_read_only(self._read_only)
            self.block_list.addItem(QListWidgetItem())
        refresh_relative_fonts(self)

    @property
    def current_index(self) -> int:
        return self.stack.currentIndex()

    def set_read_only(self, read_only: bool) -> None:
        """The document is read-only (or writable again): every page's answers and notes follow."""
        self._read_only = read_only
        for page in self.pages:
            page.set_read_only(read_only)

    def current_page(self) -> BlockPage | None:
        index = self.current_index
        return self.pages[index] if 0 <= index < len(self.pages) else None

    def go_to(self, index: int, *, focus: bool = True) -> None:
        if not self.pages:
            return
        index = max(0, min(index, len(self.pages) - 1))
        self.stack.setCurrentIndex(index)
        self.block_list.blockSignals(True)
        self.block_list.setCurrentRow(index)
        self.block_list.blockSignals(False)
        self._scrolls[index].verticalScrollBar().setValue(0)
        self._update_status()
        if focus:
            self.pages[index].focus_first()

    def _on_list_row(self, row: int) -> None:
        if row >= 0 and row != self.current_index:
            self.go_to(row, focus=False)

    def next_page(self) -> None:
        self.go_to(self.current_index + 1)

    def previous_page(self) -> None:
        self.go_to(self.current_index - 1)

    def _move_on_from(self, index: int) -> None:
        """After the last question of page ``index``: the next block, or the results when all is answered."""
        if index + 1 < len(self.pages):
            lang = current_language()
            # Said before the focus moves, so that a screen reader reads it before the next question.
            self.status_message.emit(
                fill(
                    self.tr("On to block %1: %2 (notes on the previous block: Alt+Left)"),
                    index + 2,
                    block_display_name(self.pages[index + 1].block, lang),
                )
            )
            self.go_to(index + 1)
            return
        result = self._session.result()
        if result is not None and result.complete:
            show_keyboard_focus(self.results_button)
            self.status_message.emit(self.tr("Every question is answered: press Enter to see the results."))
        else:
            self.request_results()

    def request_results(self) -> None:
        """Results when complete; otherwise go to the first unanswered question."""
        result = self._session.result()
        if result is None:
            return
        if result.complete:
            self.results_requested.emit()
            return
        self.focus_question(result.missing[0])
        self.status_message.emit(self.tr("%n question(s) still without an answer.", "", len(result.missing)))

    def focus_question(self, question_id: str) -> None:
        for index, page in enumerate(self.pages):
            group = page.group_for(question_id)
            if group is not None:
                self.go_to(index, focus=False)
                group.focus_entry()
                self._scrolls[index].ensureWidgetVisible(group)
                return

    def _on_focus_changed(self, _old: QWidget | None, new: QWidget | None) -> None:
        for page in self.pages:
            for group in page.groups:
                group.set_current(new is not None and group.isAncestorOf(new))
        if new is not None:
            for index, page in enumerate(self.pages):
                if page.isAncestorOf(new):
                    self._scrolls[index].ensureWidgetVisible(new, 50, 80)

    # --- status ----------------------------------------------------------------------------

    def _update_status(self) -> None:
        questionnaire = self._session.questionnaire
        if questionnaire is None or not self.pages:
            return
        index = self.current_index
        self.step_label.setText(fill(self.tr("Block %1 of %2"), str(index + 1), str(len(self.pages))))
        result = self._session.result()
        answered = len(questionnaire.question_ids) - len(result.missing) if result else 0
        self.answered_label.setText(
            fill(self.tr("%1 of %2 questions answered"), str(answered), str(len(questionnaire.question_ids)))
        )
        self.back_button.setEnabled(index > 0)
        self.next_button.setEnabled(index < len(self.pages) - 1)
        complete = bool(result and result.complete)
        self.results_button.setDefault(complete)
        self.results_button.setToolTip(
            "" if complete else self.tr("Not every question is answered yet: this goes to the first one missing.")
        )
        lang = current_language()
        for row, page in enumerate(self.pages):
            item = self.block_list.item(row)
            mark = "✓ " if page.isComplete() else ""
            item.setText(
                f"{mark}{row + 1}. {block_display_name(page.block, lang)}\n"
                + fill(self.tr("%1 of %2 answered"), str(page.answered_count()), str(len(page.groups)))
            )

    def _update_heading(self) -> None:
        assessment = self._session.assessment
        questionnaire = self._session.questionnaire
        if assessment is None or questionnaire is None:
            self.heading.clear()
            return
        lang = current_language()
        title = questionnaire.title.get(lang)
        if assessment.collaboration:
            title = f"{title} – {assessment.collaboration}"
        self.heading.setText(f"<b>{_escape(title)}</b>")

    def retranslate(self) -> None:
        self.back_button.setText(self.tr("← &Back"))
        self.back_button.setToolTip(self.tr("Previous block (Alt+Left)"))
        self.next_button.setText(self.tr("&Next →"))
        self.next_button.setToolTip(self.tr("Next block (Alt+Right)"))
        self.results_button.setText(self.tr("Show &results"))
        self.block_list.setAccessibleName(self.tr("Blocks"))
        self._update_heading()
        self._update_status()


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
