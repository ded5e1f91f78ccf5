"""Read-only means read-only: a banner that says so, with the way out ("Save as a copy…").

A file opened read-only (another copy of Samverkan has it open) can be read but not
changed: the windows disable their controls, and this banner stands above the page
saying why, with a button to save a copy and work on that.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

from samverkan_gui.ui.retranslated import Retranslated


class ReadOnlyBanner(Retranslated, QFrame):
    """ "The file is open read-only …" and "Save as a copy…"; hidden unless the document is read-only."""

    #: The user asked to save a copy (Save as) and go on working on it.
    save_copy_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("read-only-banner")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        layout = QHBoxLayout(self)
        self.label = QLabel()
        self.label.setWordWrap(True)
        layout.addWidget(self.label, 1)
        self.save_copy_button = QPushButton()
        self.save_copy_button.setObjectName("save-copy")
        self.save_copy_button.clicked.connect(self.save_copy_requested)
        layout.addWidget(self.save_copy_button)
        self.hide()
        self.retranslate()

    def retranslate(self) -> None:
        self.label.setText(
            self.tr(
                "Read-only: another copy of Samverkan has this file open, so nothing can be changed here. "
                "Save a copy to work on it."
            )
        )
        self.save_copy_button.setText(self.tr("Save as a &copy…"))
        self.setAccessibleName(self.label.text())
