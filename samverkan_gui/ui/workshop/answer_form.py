"""The workshop's way to people without Samverkan: send out the HTML answer form, add the answer codes that come back.

* :class:`SendFormDialog` ("Skicka ut enkäten…"): language and whether participants see their own
  result, then where to save; the collaboration and date come from the group.
* :class:`AnswerCodesDialog` ("Lägg till från svarskoder…"): paste codes (one per line, mail text
  around them is fine), see line by line what was read and what cannot be used, add the participants.

Both open window-modal with ``open()`` (no nested event loop) and close themselves when done. The
files the form saves need nothing new: they are added like any participant's file.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from samverkan_gui.core.answer_code import CodesAdded, add_codes, read_codes
from samverkan_gui.core.messages import render
from samverkan_gui.core.text import slug
from samverkan_gui.ui import dialogs
from samverkan_gui.ui.i18n import current_language
from samverkan_gui.ui.in_sight import InSightComboBox, InSightList
from samverkan_gui.ui.retranslated import Retranslated
from samverkan_gui.ui.settings import last_folder, remember_folder

if TYPE_CHECKING:
    from samverkan_gui.ui.document import DocumentController
    from samverkan_gui.ui.workshop.session import GroupSession

#: The settings key of the folder forms were last saved in (shared with the blank paper form).
FORM_FOLDER = "form"


class SendFormDialog(Retranslated, QDialog):
    """Options of the answer form, then "Spara formuläret…"."""

    #: The form was written (the path).
    form_written = Signal(object)

    def __init__(self, parent: QWidget, session: GroupSession, document: DocumentController) -> None:
        super().__init__(parent)
        self.setObjectName("send-answer-form")
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.session = session
        self.document = document
        layout = QVBoxLayout(self)
        self.explanation = QLabel()
        self.explanation.setWordWrap(True)
        layout.addWidget(self.explanation)
        form = QFormLayout()
        self.collaboration_label, self.collaboration = QLabel(), QLabel()
        self.date_label, self.date = QLabel(), QLabel()
        for value in (self.collaboration, self.date):
            value.setTextFormat(Qt.TextFormat.PlainText)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByKeyboard)
        self.language_label = QLabel()
        self.language = InSightComboBox()
        self.language.setObjectName("answer-form-language")
        self.language.addItem("Svenska", "sv")
        self.language.addItem("English", "en")
        self.language.setCurrentIndex(max(0, self.language.findData(session.group.language)))
        self.language_label.setBuddy(self.language)
        form.addRow(self.collaboration_label, self.collaboration)
        form.addRow(self.date_label, self.date)
        form.addRow(self.language_label, self.language)
        layout.addLayout(form)
        self.show_score = QCheckBox()
        self.show_score.setObjectName("answer-form-show-score")
        self.show_score.setChecked(True)
        layout.addWidget(self.show_score)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.save_button = QPushButton()
        self.save_button.setObjectName("answer-form-save")
        self.save_button.setDefault(True)
        self.buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.retranslate()

    def retranslate(self) -> None:
        group = self.session.group
        self.setWindowTitle(self.tr("Send out the questionnaire"))
        self.explanation.setText(
            self.tr(
                "An answer form that participants open in their web browser, without the internet and without "
                "Samverkan: send it by e-mail, put it on a shared folder or a USB stick. They save their answers "
                "as a file, or send you an answer code; add either here."
            )
        )
        self.collaboration_label.setText(self.tr("Collaboration:"))
        self.collaboration.setText(group.collaboration or self.tr("(none given)"))
        self.date_label.setText(self.tr("Date:"))
        self.date.setText(group.date.isoformat() if group.date else self.tr("(the day each participant answers)"))
        self.language_label.setText(self.tr("&Language of the form:"))
        self.show_score.setText(self.tr("Show participants their own &total and score band after saving"))
        self.save_button.setText(self.tr("&Save the form…"))

    def suggested_name(self, lang: str) -> str:
        word = "svarsformulär" if lang == "sv" else "answer-form"
        stem = slug(self.session.group.collaboration)
        return f"{stem}-{word}.html" if stem else f"{word}.html"

    def save(self) -> None:
        """Ask where, write the page, close; a failure is shown and the dialog stays open."""
        from samverkan_gui.report.answer_form import write_answer_form

        lang = str(self.language.currentData())
        folder = last_folder(FORM_FOLDER) or Path(self.document.default_directory())
        path = self.document.ask_target(
            self.tr("Save answer form"), str(folder / self.suggested_name(lang)), self.tr("Web page (*.html)"), ".html"
        )
        if path is None:
            return
        remember_folder(FORM_FOLDER, path)
        group = self.session.group
        written = self.document.run_export(
            lambda: write_answer_form(
                path,
                self.session.questionnaire,
                lang,
                collaboration=group.collaboration,
                date=group.date,
                show_score=self.show_score.isChecked(),
            ),
            self.tr("The answer form could not be written"),
        )
        if written:
            self.form_written.emit(path)
            self.accept()


class AnswerCodesDialog(Retranslated, QDialog):
    """Paste codes, see what was read, add the participants."""

    #: Participants were added: what the status bar should say, and for how many milliseconds.
    status_message = Signal(str, int)

    def __init__(self, parent: QWidget, session: GroupSession) -> None:
        super().__init__(parent)
        self.setObjectName("answer-codes")
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.session = session
        self.outcome: CodesAdded | None = None
        layout = QVBoxLayout(self)
        self.instructions = QLabel()
        self.instructions.setWordWrap(True)
        layout.addWidget(self.instructions)
        self.text = QPlainTextEdit()
        self.text.setObjectName("answer-codes-text")
        self.text.setTabChangesFocus(True)
        self.text.setMinimumSize(640, 160)
        self.instructions.setBuddy(self.text)
        layout.addWidget(self.text)
        self.read_label = QLabel()
        layout.addWidget(self.read_label)
        self.preview = InSightList()
        self.preview.setObjectName("answer-codes-read")
        # A refusal is a whole sentence: wrap it instead of hiding its end behind a scroll bar.
        self.preview.setWordWrap(True)
        self.preview.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.preview.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.read_label.setBuddy(self.preview)
        layout.addWidget(self.preview)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.add_button = QPushButton()
        self.add_button.setObjectName("answer-codes-add")
        self.buttons.addButton(self.add_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.accepted.connect(self.add)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.text.textChanged.connect(self.read)
        self.session.document_changed.connect(self.read)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Add from answer codes"))
        self.instructions.setText(
            self.tr(
                "&Paste the answer codes, one per line. Text around them, as in an e-mail, does no harm: "
                "only the codes are read."
            )
        )
        self.text.setAccessibleName(self.tr("Answer codes"))
        self.read_label.setText(self.tr("What was &read:"))
        self.preview.setAccessibleName(self.tr("What was read"))
        self.read()

    def read(self) -> None:
        """Read the pasted text again: the list shows every code line, readable or not."""
        lang = current_language()
        outcome = add_codes(self.session.group, read_codes(self.text.toPlainText()))
        self.outcome = outcome
        added = dict(outcome.added)
        lines: list[tuple[int, str]] = [(problem.params["line"], problem.message(lang)) for problem in outcome.problems]
        participants = {p.code: p for p in outcome.group.participants}
        total = len(self.session.questionnaire.question_ids)
        for line, code in added.items():
            person = participants[code]
            who = ", ".join(part for part in (person.name, person.organisation) if part) or render("code.no_name", lang)
            lines.append(
                (
                    line,
                    render(
                        "code.preview",
                        lang,
                        line=line,
                        participant=code,
                        who=who,
                        answered=len(person.answers),
                        total=total,
                    ),
                )
            )
        self.preview.clear()
        self.preview.addItems([text for _line, text in sorted(lines)])
        count = len(outcome.added)
        refused = len(outcome.problems)
        summary = self.tr("%n participant(s) can be added.", "", count)
        if refused:
            summary += " " + self.tr("%n line(s) cannot be used; they are not added.", "", refused)
        self.summary.setText(summary if count or refused else self.tr("No answer code found yet."))
        self.add_button.setText(self.tr("&Add %n participant(s)", "", count))
        self.add_button.setEnabled(count > 0)

    def add(self) -> None:
        """Add the readable codes to the group; the lines that could not be used are listed once more."""
        self.read()
        outcome = self.outcome
        if outcome is None or not outcome.added:
            return
        self.session.update(outcome.group)
        self.status_message.emit(
            self.tr("%n participant(s) added from answer codes.", "", len(outcome.added))
            + " "
            + self.tr("%n participant(s) in the group.", "", len(outcome.group.participants)),
            8000,
        )
        if outcome.problems:
            lang = current_language()
            dialogs.show_problems(
                self.parentWidget(),
                self.tr("Some answer codes were not added"),
                self.tr("%n line(s) could not be used; the other codes were added.", "", len(outcome.problems)),
                [problem.message(lang) for problem in outcome.problems],
            )
        self.accept()


def send_form(
    parent: QWidget, session: GroupSession, document: DocumentController, written: Callable[[Path], None]
) -> SendFormDialog:
    """Open the dialog that writes the answer form; ``written(path)`` once it is saved."""
    dialog = SendFormDialog(parent, session, document)
    dialog.form_written.connect(written)
    dialog.open()
    return dialog


def add_from_codes(
    parent: QWidget, session: GroupSession, show_status: Callable[[str, int], None]
) -> AnswerCodesDialog:
    """Open the dialog that adds participants from answer codes; the status bar says how many came in."""
    dialog = AnswerCodesDialog(parent, session)
    dialog.status_message.connect(show_status)
    dialog.open()
    return dialog
