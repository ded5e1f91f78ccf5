"""Every modal dialog of the workshop window goes through here (one place for tests to patch)."""

from __future__ import annotations

import enum
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QInputDialog, QMessageBox, QWidget


class Choice(enum.Enum):
    SAVE = "save"
    DISCARD = "discard"
    CANCEL = "cancel"


def show_error(parent: QWidget | None, title: str, text: str, details: str = "") -> None:
    box = QMessageBox(QMessageBox.Icon.Warning, title, text, QMessageBox.StandardButton.Ok, parent)
    if details:
        box.setDetailedText(details)
    box.exec()


def show_problems(parent: QWidget | None, title: str, text: str, problems: list[str]) -> None:
    """Files that could not be used, one line each, named."""
    box = QMessageBox(
        QMessageBox.Icon.Warning, title, text + "\n\n" + "\n\n".join(problems), QMessageBox.StandardButton.Ok, parent
    )
    box.exec()


def show_information(parent: QWidget | None, title: str, text: str) -> None:
    QMessageBox.information(parent, title, text)


def ask_save_changes(parent: QWidget | None, document_name: str) -> Choice:
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Question)
    # Literal QCoreApplication.translate calls, so that lupdate finds the texts.
    box.setWindowTitle(QCoreApplication.translate("WorkshopDialogs", "Unsaved changes"))
    box.setText(
        QCoreApplication.translate("WorkshopDialogs", "Do you want to save the changes to %1?").replace(
            "%1", document_name
        )
    )
    box.setInformativeText(
        QCoreApplication.translate("WorkshopDialogs", "Your changes are lost if you don't save them.")
    )
    buttons = QMessageBox.StandardButton
    box.setStandardButtons(buttons.Save | buttons.Discard | buttons.Cancel)
    box.setDefaultButton(buttons.Save)
    answer = box.exec()
    if answer == buttons.Save:
        return Choice.SAVE
    if answer == buttons.Discard:
        return Choice.DISCARD
    return Choice.CANCEL


def ask_yes_no(parent: QWidget | None, title: str, text: str) -> bool:
    buttons = QMessageBox.StandardButton
    return QMessageBox.question(parent, title, text, buttons.Yes | buttons.No, buttons.No) == buttons.Yes


def open_file_names(parent: QWidget | None, caption: str, directory: str, file_filter: str) -> list[Path]:
    names, _selected = QFileDialog.getOpenFileNames(parent, caption, directory, file_filter)
    return [Path(name) for name in names]


def open_file_name(parent: QWidget | None, caption: str, directory: str, file_filter: str) -> Path | None:
    name, _selected = QFileDialog.getOpenFileName(parent, caption, directory, file_filter)
    return Path(name) if name else None


def existing_folder(parent: QWidget | None, caption: str, directory: str) -> Path | None:
    name = QFileDialog.getExistingDirectory(parent, caption, directory)
    return Path(name) if name else None


def save_file_name(parent: QWidget | None, caption: str, directory: str, file_filter: str) -> Path | None:
    """Ask for a file to write; the dialog itself confirms replacing an existing file."""
    name, _selected = QFileDialog.getSaveFileName(parent, caption, directory, file_filter)
    return Path(name) if name else None


def get_text(parent: QWidget | None, title: str, label: str, text: str) -> str | None:
    value, ok = QInputDialog.getText(parent, title, label, text=text)
    return value if ok else None
