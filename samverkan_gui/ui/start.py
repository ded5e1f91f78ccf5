"""The start view: a new assessment, Open…, recent files and recovered unsaved work."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, QEvent, QModelIndex, QObject, QPersistentModelIndex, QRect, QSize, Signal
from PySide6.QtGui import QKeyEvent, QPainter, QPalette
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from samverkan_gui.core.placeholders import fill
from samverkan_gui.ui.accessible import settle_caret
from samverkan_gui.ui.fonts import set_relative_font
from samverkan_gui.ui.i18n import current_language
from samverkan_gui.ui.retranslated import Retranslated
from samverkan_gui.ui.screen import enter_presses, show_keyboard_focus

if TYPE_CHECKING:
    from samverkan_gui.core.qindex import QuestionnaireHeader
    from samverkan_gui.core.questionnaire import Questionnaire


class RecentDelegate(QStyledItemDelegate):
    """One recent file as one entry: the name in bold over the folder and its kind, how complete."""

    #: Item data: "Grupp · 7 deltagare" or "12 av 21", drawn right of the folder. It is
    #: ``Qt.ItemDataRole.UserRole + 1``, written as a number: touching ``Qt`` builds the namespace's
    #: ~100 enum classes (~19 ms, ~1 MB), which the start view needs only once it lists a recent file.
    DETAIL_ROLE = 0x0100 + 1

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:
        height = option.fontMetrics.height()
        return QSize(option.rect.width(), 2 * height + 10)

    def paint(
        self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        # Their large enums: only once a recent file is drawn.
        from PySide6.QtCore import Qt
        from PySide6.QtWidgets import QStyle

        text = str(index.data(Qt.ItemDataRole.DisplayRole) or "")
        name, _newline, folder = text.partition("\n")
        detail = str(index.data(self.DETAIL_ROLE) or "")
        # Background, selection and focus frame as the style draws them, without the text.
        plain = QStyleOptionViewItem(option)
        self.initStyleOption(plain, index)
        plain.text = ""
        widget = plain.widget
        style = widget.style() if widget is not None else None
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, plain, painter, widget)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        palette = option.palette
        text_role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        painter.save()
        rect = option.rect.adjusted(6, 4, -6, -4)
        line = option.fontMetrics.height()
        bold = painter.font()
        bold.setBold(True)
        painter.setPen(palette.color(text_role))
        painter.setFont(bold)
        first = QRect(rect.left(), rect.top(), rect.width(), line)
        painter.drawText(
            first,
            int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
            painter.fontMetrics().elidedText(name, Qt.TextElideMode.ElideMiddle, first.width()),
        )
        painter.setFont(option.font)
        # Second line: how complete (right) and the folder (left, secondary: the palette's placeholder colour).
        detail_width = option.fontMetrics.horizontalAdvance(detail) + 12 if detail else 0
        second_top = rect.top() + line + 2
        if detail:
            painter.drawText(
                QRect(rect.right() - detail_width, second_top, detail_width, line),
                int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter),
                detail,
            )
        if not selected:
            painter.setPen(palette.color(QPalette.ColorRole.PlaceholderText))
        second = QRect(rect.left(), second_top, rect.width() - detail_width, line)
        painter.drawText(
            second,
            int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
            option.fontMetrics.elidedText(folder, Qt.TextElideMode.ElideMiddle, second.width()),
        )
        painter.restore()


class StartView(Retranslated, QWidget):
    READING_WIDTH = 150

    #: ``(questionnaire, details)``: start a new assessment with these details.
    new_requested = Signal(object, dict)
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
        scroll = self.reading_column()
        outer.addWidget(scroll)
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

        # Recovered work comes first: it is what the user most needs to see after a crash.
        self.recovery_box = QGroupBox()
        self.recovery_box.setObjectName("recovery")
        recovery_layout = QVBoxLayout(self.recovery_box)
        self.recovery_info = QLabel()
        self.recovery_info.setWordWrap(True)
        recovery_layout.addWidget(self.recovery_info)
        self.recovery_list = QListWidget()
        self.recovery_list.setObjectName("recovery-list")
        self.recovery_list.setMaximumHeight(110)
        self.recovery_list.itemActivated.connect(lambda _item: self._restore_current())
        recovery_layout.addWidget(self.recovery_list)
        recovery_buttons = QHBoxLayout()
        self.restore_button = QPushButton()
        self.restore_button.setObjectName("restore")
        self.restore_button.clicked.connect(self._restore_current)
        self.discard_button = QPushButton()
        self.discard_button.setObjectName("discard-recovery")
        self.discard_button.clicked.connect(self._discard_current)
        recovery_buttons.addWidget(self.restore_button)
        recovery_buttons.addWidget(self.discard_button)
        recovery_buttons.addStretch(1)
        recovery_layout.addLayout(recovery_buttons)
        self.recovery_box.hide()
        layout.addWidget(self.recovery_box)

        columns = QHBoxLayout()
        columns.setSpacing(18)
        self.new_box = QGroupBox()
        form = QFormLayout(self.new_box)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.questionnaire_combo = QComboBox()
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
        for edit in (self.collaboration_edit, self.respondent_edit, self.organisation_edit):
            edit.returnPressed.connect(self._start)
        # Enter in every field of the form starts, the date too (a spin box lets Enter pass by).
        self.date_edit.installEventFilter(self)
        settle_caret(self.collaboration_edit, self.respondent_edit, self.organisation_edit)
        columns.addWidget(self.new_box, 3)

        self.open_box = QGroupBox()
        open_layout = QVBoxLayout(self.open_box)
        self.open_button = QPushButton()
        self.open_button.setObjectName("open")
        self.open_button.clicked.connect(self.open_dialog_requested)
        enter_presses(self.restore_button, self.discard_button, self.start_button, self.open_button)
        open_layout.addWidget(self.open_button)
        self.recent_label = QLabel()
        open_layout.addWidget(self.recent_label)
        self.recent_list = QListWidget()
        self.recent_list.setObjectName("recent-files")
        self.recent_list.setItemDelegate(RecentDelegate(self.recent_list))
        self.recent_label.setBuddy(self.recent_list)
        self.recent_list.itemActivated.connect(self._open_recent)
        open_layout.addWidget(self.recent_list, 1)
        columns.addWidget(self.open_box, 2)
        layout.addLayout(columns)
        layout.addStretch(1)
        self.set_questionnaires(questionnaires)
        self.limit_width()
        self.retranslate()

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
        for questionnaire in self._questionnaires:
            self.questionnaire_combo.addItem(f"{questionnaire.title.get(lang)} (v{questionnaire.version})")
        self.questionnaire_combo.setCurrentIndex(min(index, len(self._questionnaires) - 1))

    def set_recent_files(self, files: list[Path], rows: list[tuple[Path, bool, str]] | None = None) -> None:
        """One entry per file: the name (bold) over its folder; ``rows`` add (path, is_group, how complete)."""
        self.recent_list.clear()
        self._recent_files = list(files)
        details = {path: (group, detail) for path, group, detail in rows or []}
        for path in files:
            group, detail = details.get(path, (False, ""))
            badge = self.tr("Group") if group else ""
            item = QListWidgetItem(f"{path.name}\n{path.parent}")
            item.setToolTip(str(path))
            item.setData(RecentDelegate.DETAIL_ROLE, " · ".join(t for t in (badge, detail) if t))
            # A screen reader reads one entry: name, kind, how complete, folder.
            spoken = [path.name, badge, detail, fill(self.tr("in %1"), str(path.parent))]
            from PySide6.QtCore import Qt  # here, not at start-up: see DETAIL_ROLE

            item.setData(Qt.ItemDataRole.AccessibleTextRole, ", ".join(t for t in spoken if t))
            self.recent_list.addItem(item)
        self.recent_label.setVisible(bool(files))
        self.recent_list.setVisible(bool(files))

    def set_recovered(self, rows: list[tuple[str, str]]) -> None:
        """``rows``: (title, detail) per piece of recovered work."""
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
        for edit in (self.collaboration_edit, self.respondent_edit, self.organisation_edit):
            edit.clear()
        self.date_edit.setDate(QDate.currentDate())

    def focus_form(self) -> None:
        """The first thing to do here: restore recovered work if there is some, else the new-assessment form."""
        if not self.recovery_box.isHidden():
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
        if not self._questionnaires:
            return
        questionnaire = self._questionnaires[max(0, self.questionnaire_combo.currentIndex())]
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
        self.recovery_box.setTitle(self.tr("Unsaved work that can be restored"))
        self.recovery_info.setText(
            self.tr("Samverkan was closed before this work was saved. Restore it to keep working, or discard it.")
        )
        self.restore_button.setText(self.tr("Res&tore"))
        self.discard_button.setText(self.tr("D&iscard"))
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
        self.recent_label.setText(self.tr("R&ecent files:"))
        self._fill_questionnaires()
