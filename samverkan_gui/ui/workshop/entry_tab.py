"""The workshop's Entry tab: the collaboration's name, the entry grid for paper forms, and its buttons.

It keeps the name field and the group in step and says in the status bar (through
:attr:`EntryTab.status_message`) what a refused key or a finished column means; the
workshop window connects the buttons to its commands.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from samverkan_gui.core.placeholders import fill
from samverkan_gui.ui.accessible import settle_caret
from samverkan_gui.ui.retranslated import Retranslated
from samverkan_gui.ui.workshop.entry_grid import EntryGrid
from samverkan_gui.ui.workshop.session import GroupSession


class EntryTab(Retranslated, QWidget):
    """Typing the paper forms in, one column per participant."""

    #: ``(text, milliseconds)``: something for the window's status bar.
    status_message = Signal(str, int)

    def __init__(self, session: GroupSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.collaboration_label = QLabel()
        self.collaboration = QLineEdit()
        settle_caret(self.collaboration)
        self.collaboration.textEdited.connect(self._collaboration_edited)
        self.collaboration_label.setBuddy(self.collaboration)
        self.grid = EntryGrid(session)
        self.grid.entry_refused.connect(self._entry_refused)
        self.grid.column_finished.connect(self._column_finished)
        self.add_participant_button = QPushButton()
        self.add_files_button = QPushButton()
        self.hint = QLabel()
        self.hint.setWordWrap(True)

        layout = QVBoxLayout(self)
        details = QHBoxLayout()
        details.addWidget(self.collaboration_label)
        details.addWidget(self.collaboration, 1)
        layout.addLayout(details)
        layout.addWidget(self.hint)
        layout.addWidget(self.grid, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_participant_button)
        buttons.addWidget(self.add_files_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        session.document_changed.connect(self._group_changed)
        self.retranslate()
        self._group_changed()

    def retranslate(self) -> None:
        self.collaboration_label.setText(self.tr("&Collaboration:"))
        self.collaboration.setPlaceholderText(self.tr("Which collaboration is assessed"))
        self.add_participant_button.setText(self.tr("&Add participant"))
        self.add_files_button.setText(self.tr("Add &files…"))
        self.hint.setText(
            self.tr(
                "Type the paper forms in: each digit 1–5 fills a cell and moves to the next question; "
                "Enter skips a question, Delete empties a cell. Files can also be dropped here."
            )
        )

    def _group_changed(self) -> None:
        collaboration = self.session.group.collaboration
        if self.collaboration.text() != collaboration:
            self.collaboration.setText(collaboration)

    def _collaboration_edited(self, text: str) -> None:
        self.session.update(self.session.group.with_details(collaboration=text))

    def _entry_refused(self, text: str) -> None:
        scale = self.session.questionnaire.scale
        self.status_message.emit(
            fill(
                self.tr("“%1” is not an answer: type %2–%3, Enter to skip, Delete to empty."),
                text,
                str(scale.min),
                str(scale.max),
            ),
            5000,
        )

    def _column_finished(self, code: str) -> None:
        if self.grid.form_done():
            self.status_message.emit(fill(self.tr("%1 done. The next digit starts a new participant."), code), 8000)
        else:
            self.status_message.emit(fill(self.tr("%1 done."), code), 4000)
