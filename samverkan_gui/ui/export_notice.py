"""The status-bar notice after an export, in both windows: "Saved X" with Open and Show in folder.

Only an existing local file (or its folder) is ever handed to the system viewer.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

from samverkan_gui.core.placeholders import fill
from samverkan_gui.ui.accessible import announce
from samverkan_gui.ui.retranslated import Retranslated

log = logging.getLogger(__name__)


def open_local(path: Path) -> bool:
    """Open a local file or folder in the system's viewer; never anything but an existing local path."""
    from PySide6.QtCore import QUrl  # here: its type costs ~1 ms at start-up and is needed at a click

    if not path.exists():
        return False
    url = QUrl.fromLocalFile(str(path.resolve()))
    if not url.isLocalFile():
        return False
    return QDesktopServices.openUrl(url)


class ExportNotice(Retranslated, QWidget):
    """ "Saved X" with Open and Show in folder, shown in the status bar after an export."""

    #: The user asked to open the file (the path); emitted after the viewer was asked.
    opened = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.path: Path | None = None
        # Plain text (a file name is never markup) is set in show_for, before the label has any text:
        # touching ``Qt`` here would build its ~100 enum classes before the main window's first paint.
        self.label = QLabel()
        self.open_button = QPushButton()
        self.folder_button = QPushButton()
        self.open_button.clicked.connect(self.open_file)
        self.folder_button.clicked.connect(self.open_folder)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.open_button)
        layout.addWidget(self.folder_button)
        self.retranslate()
        self.hide()

    def retranslate(self) -> None:
        self.open_button.setText(self.tr("&Open"))
        self.folder_button.setText(self.tr("Show in fol&der"))
        self._set_label()

    def _set_label(self) -> None:
        if self.path is not None:
            self.label.setText(fill(self.tr("Saved %1"), self.path.name))
            self.label.setToolTip(str(self.path))

    def show_for(self, path: Path) -> None:
        from PySide6.QtCore import Qt

        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.path = path
        self._set_label()
        self.open_button.setAccessibleDescription(str(path))
        self.folder_button.setAccessibleDescription(str(path.parent))
        self.show()
        announce(self, self.label.text())

    def clear(self) -> None:
        self.path = None
        self.hide()

    def open_file(self) -> None:
        if self.path is not None and not open_local(self.path):
            log.info("could not open %s", self.path)
        self.opened.emit(self.path)

    def open_folder(self) -> None:
        if self.path is not None and not open_local(self.path.parent):
            log.info("could not open the folder of %s", self.path)
