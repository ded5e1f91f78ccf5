"""The start view: a new assessment, Open…, recent files and recovered unsaved work."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, QEvent, QObject, QSignalBlocker, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QDateEdit,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from samverkan_gui.core.placeholders import fill
from samverkan_gui.ui.accessible import settle_caret
from samverkan_gui.ui.fonts import set_relative_font
from samverkan_gui.ui.i18n import current_language
from samverkan_gui.ui.in_sight import InSightComboBox
from samverkan_gui.ui.retranslated import Retranslated
from samverkan_gui.ui.screen import enter_presses, in_tab_order, show_keyboard_focus

if TYPE_CHECKING:
    from PySide6.QtWidgets import QListWidget, QListWidgetItem

    from samverkan_gui.core.qindex import QuestionnaireHeader
    from samverkan_gui.core.questionnaire import Questionnaire


class RecoveryBox(QGroupBox):
    """Work a crashed or killed Samverkan left unsaved: a line per piece, Restore and Discard (texts set by the view)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        from samverkan_gui.ui.in_sight import InSightList

        super().__init__(parent)
        self.setObjectName("recovery")
        self.hide()
        layout = QVBoxLayout(self)
        self.info = QLabel()
        self.info.setWordWrap(True)
        layout.addWidget(self.info)
        self.list = InSightList()
        self.list.setObjectName("recovery-list")
        self.list.setMaximumHeight(110)
        layout.addWidget(self.list)
        buttons = QHBoxLayout()
        self.restore_button = QPushButton()
        self.restore_button.setObjectName("restore")
        self.discard_button = QPushButton()
        self.discard_button.setObjectName("discard-recovery")
        enter_presses(self.restore_button, self.discard_button)
        buttons.addWidget(self.restore_button)
        buttons.addWidget(self.discard_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)


class StartView(Retranslated, QWidget):
    READING_WIDTH = 150

    #: ``(questionnaire, details)``: start a new assessment with these details.
    new_requested = Signal(object, dict)
    #: ``(questionnaire)``: the user began filling in the new-assessment form (again when they
    #: choose another questionnaire in it): a new assessment of this questionnaire is likely to follow.
    form_started = Signal(object)
    #: Show the Open dialog.
    open_dialog_requested = Signal()
    #: ``(path)``: open this recent file.
    open_requested = Signal(str)
    #: ``(row)``: restore the recovered work in this row of the recovery list.
    restore_requested = Signal(int)
    #: ``(row)``: throw the recovered work in this row away.
    discard_requested = Signal(int)

    #: Painted for the first time: the window is on screen, slower start-up work may follow.
    first_painted = Signal()

    def __init__(
        self, questionnaires: Sequence[Questionnaire | QuestionnaireHeader], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._questionnaires = questionnaires
        self._painted = False
        self._recent_files: list[Path] = []
        #: Called when "Start" is pressed before the questionnaires were loaded.
        self.questionnaire_loader: Callable[[], None] | None = None
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        # On a wide screen the content stays a readable width, centred.
        self._scroll = self.reading_column()
        outer.addWidget(self._scroll)
        layout = QVBoxLayout(self._body)
        layout.setContentsMargins(24, 16, 24, 16)
        layout.setSpacing(14)
        self.title_label = QLabel()
        set_relative_font(self.title_label, 1.8, bold=True)
        # The view itself is covered by its scroll area and never gets a paint event of
        # its own (xcb, offscreen): the first paint of the title is the sign.
        self.title_label.installEventFilter(self)
        layout.addWidget(self.title_label)
        self.intro_label = QLabel()
        self.intro_label.setWordWrap(True)
        layout.addWidget(self.intro_label)

        # Recovered work comes first: it is what the user most needs to see after a crash. Its box,
        # and the list of recent files, are built when there is something to show (see recovery_box).
        self._layout = layout
        self._recovery_box: RecoveryBox | None = None
        self._recent_list: QListWidget | None = None
        self._recent_label: QLabel | None = None

        columns = QHBoxLayout()
        columns.setSpacing(18)
        self.new_box = QGroupBox()
        form = QFormLayout(self.new_box)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.questionnaire_combo = InSightComboBox(watch=False)
        self.questionnaire_label = QLabel()
        self.questionnaire_label.setBuddy(self.questionnaire_combo)
        form.addRow(self.questionnaire_label, self.questionnaire_combo)
        self.collaboration_edit = QLineEdit()
        self.collaboration_edit.setObjectName("collaboration")
        self.collaboration_label = QLabel()
        self.collaboration_label.setBuddy(self.collaboration_edit)
        form.addRow(self.collaboration_label, self.collaboration_edit)
        self.respondent_edit = QLineEdit()
        self.respondent_edit.setObjectName("respondent")
        self.respondent_label = QLabel()
        self.respondent_label.setBuddy(self.respondent_edit)
        form.addRow(self.respondent_label, self.respondent_edit)
        self.organisation_edit = QLineEdit()
        self.organisation_edit.setObjectName("organisation")
        self.organisation_label = QLabel()
        self.organisation_label.setBuddy(self.organisation_edit)
        form.addRow(self.organisation_label, self.organisation_edit)
        self.date_edit = QDateEdit(QDate.currentDate())
        self.date_edit.setObjectName("date")
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat("yyyy-MM-dd")
        self.date_label = QLabel()
        self.date_label.setBuddy(self.date_edit)
        form.addRow(self.date_label, self.date_edit)
        self.start_button = QPushButton()
        self.start_button.setObjectName("start")
        self.start_button.clicked.connect(self._start)
        form.addRow("", self.start_button)
        #: The questionnaire ``form_started`` last told of (None: not yet for this form).
        self._form_started_for: Questionnaire | QuestionnaireHeader | None = None
        for edit in (self.collaboration_edit, self.respondent_edit, self.organisation_edit):
            edit.returnPressed.connect(self._start)
            edit.textEdited.connect(self._on_form_edited)
        self.date_edit.dateChanged.connect(self._on_form_edited)
        self.questionnaire_combo.activated.connect(self._on_form_edited)
        # Enter in every field of the form starts, the date too (a spin box lets Enter pass by).
        self.date_edit.installEventFilter(self)
        settle_caret(self.collaboration_edit, self.respondent_edit, self.organisation_edit)
        columns.addWidget(self.new_box, 3)

        self.open_box = QGroupBox()
        open_layout = QVBoxLayout(self.open_box)
        self.open_button = QPushButton()
        self.open_button.setObjectName("open")
        self.open_button.clicked.connect(self.open_dialog_requested)
        enter_presses(self.start_button, self.open_button)
        open_layout.addWidget(self.open_button)
        self._open_layout = open_layout
        columns.addWidget(self.open_box, 2)
        layout.addLayout(columns)
        layout.addStretch(1)
        self.set_questionnaires(questionnaires)
        self.limit_width()
        self.retranslate()

    # --- parts built when there is something to show -------------------------------------------
    #
    # Most starts have no recovered work and a first start no recent files. Their widgets (two item
    # views, a delegate, a group box, buttons and labels) would only add to the time and memory
    # before the first paint, and with accessibility on each is one more object in the tree a screen
    # reader is handed. Each part is built the first time it has something to show (or a caller
    # asks for it), in its place on screen and in the Tab order.

    @property
    def recovery_box(self) -> RecoveryBox:
        if self._recovery_box is None:
            box = RecoveryBox()
            box.list.itemActivated.connect(lambda _item: self._restore_current())
            box.restore_button.clicked.connect(self._restore_current)
            box.discard_button.clicked.connect(self._discard_current)
            # Under the title and the introduction, above the new-assessment form.
            self._layout.insertWidget(self._layout.indexOf(self.intro_label) + 1, box)
            # Built after the form, so last in the Tab order: moved to where it is on screen, first
            # in the view (right after the scroll area around it).
            in_tab_order(self._scroll, box.list, box.restore_button, box.discard_button)
            self._recovery_box = box
            self._retranslate_recovery()
        return self._recovery_box

    @property
    def recovery_list(self) -> QListWidget:
        return self.recovery_box.list

    @property
    def restore_button(self) -> QPushButton:
        return self.recovery_box.restore_button

    @property
    def discard_button(self) -> QPushButton:
        return self.recovery_box.discard_button

    @property
    def recent_list(self) -> QListWidget:
        """The recent files, one entry per file (drawn by :class:`RecentDelegate`)."""
        if self._recent_list is None:
            from samverkan_gui.ui.in_sight import InSightList
            from samverkan_gui.ui.recent import RecentDelegate

            self._recent_label = QLabel()
            recent = InSightList()
            recent.setObjectName("recent-files")
            recent.setItemDelegate(RecentDelegate(recent))
            recent.itemActivated.connect(self._open_recent)
            self._recent_label.setBuddy(recent)
            self._recent_label.hide()
            recent.hide()
            self._open_layout.addWidget(self._recent_label)
            self._open_layout.addWidget(recent, 1)
            in_tab_order(self.open_button, recent)
            self._recent_list = recent
            self._retranslate_recent()
        return self._recent_list

    @property
    def recent_label(self) -> QLabel:
        self.recent_list  # noqa: B018 - built together
        assert self._recent_label is not None
        return self._recent_label

    # --- content ---------------------------------------------------------------------------

    def set_questionnaires(self, questionnaires: Sequence[Questionnaire | QuestionnaireHeader]) -> None:
        """The choice offered; headers from the index (no YAML read yet) or the loaded questionnaires."""
        self._questionnaires = questionnaires
        self._fill_questionnaires()
        several = len(questionnaires) > 1
        self.questionnaire_combo.setVisible(several)
        self.questionnaire_label.setVisible(several)

    def _fill_questionnaires(self) -> None:
        lang = current_language()
        index = max(0, self.questionnaire_combo.currentIndex())
        self.questionnaire_combo.clear()
        if len(self._questionnaires) < 2:
            # Hidden then: the current item of its (hidden) list would still tell a screen reader it has the focus.
            return
        self.questionnaire_combo.watch_list()
        for questionnaire in self._questionnaires:
            self.questionnaire_combo.addItem(f"{questionnaire.title.get(lang)} (v{questionnaire.version})")
        self.questionnaire_combo.setCurrentIndex(min(index, len(self._questionnaires) - 1))

    def set_recent_files(self, files: list[Path], rows: list[tuple[Path, bool, str]] | None = None) -> None:
        """One entry per file: the name (bold) over its folder; ``rows`` add (path, is_group, how complete)."""
        self._recent_files = list(files)
        if not files and self._recent_list is None:
            return
        # Here, not at start-up: only a view that lists a file needs them (Qt: see DETAIL_ROLE).
        from PySide6.QtCore import Qt
        from PySide6.QtWidgets import QListWidgetItem

        from samverkan_gui.ui.recent import RecentDelegate

        self.recent_list.clear()
        details = {path: (group, detail) for path, group, detail in rows or []}
        for path in files:
            group, detail = details.get(path, (False, ""))
            badge = self.tr("Group") if group else ""
            item = QListWidgetItem(f"{path.name}\n{path.parent}")
            item.setToolTip(str(path))
            item.setData(RecentDelegate.DETAIL_ROLE, " · ".join(t for t in (badge, detail) if t))
            # A screen reader reads one entry: name, kind, how complete, folder.
            spoken = [path.name, badge, detail, fill(self.tr("in %1"), str(path.parent))]
            item.setData(Qt.ItemDataRole.AccessibleTextRole, ", ".join(t for t in spoken if t))
            self.recent_list.addItem(item)
        self.recent_label.setVisible(bool(files))
        self.recent_list.setVisible(bool(files))

    def set_recovered(self, rows: list[tuple[str, str]]) -> None:
        """``rows``: (title, detail) per piece of recovered work."""
        if not rows and self._recovery_box is None:
            return
        self.recovery_list.clear()
        for title, detail in rows:
            self.recovery_list.addItem(f"{title} – {detail}")
        if rows:
            self.recovery_list.setCurrentRow(0)
        had_rows = not self.recovery_box.isHidden()
        self.recovery_box.setVisible(bool(rows))
        if self.isVisible() and bool(rows) != had_rows:
            # Enter in the form would start a new, empty assessment: after a crash, Restore comes first.
            self.focus_form()

    def reset_form(self) -> None:
        with QSignalBlocker(self.date_edit):
            self.date_edit.setDate(QDate.currentDate())
        for edit in (self.collaboration_edit, self.respondent_edit, self.organisation_edit):
            edit.clear()
        self._form_started_for = None

    def chosen_questionnaire(self) -> Questionnaire | QuestionnaireHeader | None:
        """The questionnaire a new assessment would be of (None before the list is filled)."""
        if not self._questionnaires:
            return None
        return self._questionnaires[max(0, self.questionnaire_combo.currentIndex())]

    def _on_form_edited(self) -> None:
        chosen = self.chosen_questionnaire()
        if chosen is not None and chosen is not self._form_started_for:
            self._form_started_for = chosen
            self.form_started.emit(chosen)

    def focus_form(self) -> None:
        """The first thing to do here: restore recovered work if there is some, else the new-assessment form."""
        if self._recovery_box is not None and not self._recovery_box.isHidden():
            show_keyboard_focus(self.restore_button)
        else:
            self.collaboration_edit.setFocus()

    # --- actions --------------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # (The type first: the title's events start before the date field exists.)
        if event.type() == QEvent.Type.KeyPress and watched is self.date_edit and isinstance(event, QKeyEvent):
            from PySide6.QtCore import Qt  # not before the first paint (tests/ui/test_startup.py)

            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self._start()
                return True
        if watched is self.title_label and event.type() == QEvent.Type.Paint and not self._painted:
            self._painted = True
            self.title_label.removeEventFilter(self)
            self.first_painted.emit()
        return super().eventFilter(watched, event)

    def _start(self) -> None:
        if not self._questionnaires and self.questionnaire_loader is not None:
            self.questionnaire_loader()
        questionnaire = self.chosen_questionnaire()
        if questionnaire is None:
            return
        details = {
            "collaboration": self.collaboration_edit.text().strip(),
            "respondent": self.respondent_edit.text().strip(),
            "organisation": self.organisation_edit.text().strip(),
            "date": self.date_edit.date().toPython(),
        }
        self.new_requested.emit(questionnaire, details)

    def _open_recent(self, item: QListWidgetItem) -> None:
        row = self.recent_list.row(item)
        if 0 <= row < len(self._recent_files):
            self.open_requested.emit(str(self._recent_files[row]))

    def _restore_current(self) -> None:
        row = self.recovery_list.currentRow()
        if row >= 0:
            self.restore_requested.emit(row)

    def _discard_current(self) -> None:
        row = self.recovery_list.currentRow()
        if row >= 0:
            self.discard_requested.emit(row)

    # --- language -------------------------------------------------------------------------

    def retranslate(self) -> None:
        lang = current_language()
        title = self._questionnaires[0].title.get(lang) if self._questionnaires else self.tr("Test your collaboration!")
        self.title_label.setText(title)
        self.intro_label.setText(
            self.tr(
                "A self-assessment of a collaboration: 21 statements rated from 1 to 5 in four blocks. "
                "You get a total, advice on what to work on, a chart and a PDF report. "
                "Everything stays on this computer."
            )
        )
        if self._recovery_box is not None:
            self._retranslate_recovery()
        self.new_box.setTitle(self.tr("New assessment"))
        self.questionnaire_label.setText(self.tr("&Questionnaire:"))
        self.collaboration_label.setText(self.tr("&Collaboration:"))
        self.collaboration_edit.setPlaceholderText(self.tr("Which collaboration do you assess?"))
        self.respondent_label.setText(self.tr("&Your name or role:"))
        self.respondent_edit.setPlaceholderText(self.tr("Optional"))
        self.organisation_label.setText(self.tr("O&rganisation:"))
        self.organisation_edit.setPlaceholderText(self.tr("Optional"))
        self.date_label.setText(self.tr("&Date:"))
        self.start_button.setText(self.tr("&Start the assessment"))
        self.open_box.setTitle(self.tr("Continue"))
        self.open_button.setText(self.tr("&Open a saved assessment…"))
        if self._recent_list is not None:
            self._retranslate_recent()
        self._fill_questionnaires()

    def _retranslate_recovery(self) -> None:
        box = self.recovery_box
        box.setTitle(self.tr("Unsaved work that can be restored"))
        box.info.setText(
            self.tr("Samverkan was closed before this work was saved. Restore it to keep working, or discard it.")
        )
        box.restore_button.setText(self.tr("Res&tore"))
        box.discard_button.setText(self.tr("D&iscard"))

    def _retranslate_recent(self) -> None:
        self.recent_label.setText(self.tr("R&ecent files:"))
