"""Every modal dialog the window shows goes through this module.

One place for message boxes and file dialogs means one place for tests to
patch (an unpatched modal dialog would hang an offscreen test run), and one
place that decides how an error reads.  Functions take plain strings that the
caller has already translated.
"""

from __future__ import annotations

import datetime as dt
import enum
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from samverkan_gui.core.placeholders import fill

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

# QMessageBox and QFileDialog are imported in the functions: loading them slows the start.


class Choice(enum.Enum):
    SAVE = "save"
    DISCARD = "discard"
    CANCEL = "cancel"


def _follow_text_size(dialog: QWidget, parent: QWidget | None) -> None:
    """Show ``dialog`` in its window's (zoomed) font: a dialog is a window of its own and inherits none."""
    if parent is not None:
        dialog.setFont(parent.window().font())


def _warning(parent: QWidget | None, title: str, text: str, details: str = "") -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QMessageBox

    box = QMessageBox(QMessageBox.Icon.Warning, title, text, QMessageBox.StandardButton.Ok, parent)
    _follow_text_size(box, parent)
    box.setTextFormat(Qt.TextFormat.PlainText)  # messages carry file names and typed text: never markup
    if details:
        box.setDetailedText(details)
    box.exec()


def show_error(parent: QWidget | None, title: str, text: str, details: str = "") -> None:
    _warning(parent, title, text, details)


def show_problems(parent: QWidget | None, title: str, text: str, problems: list[str]) -> None:
    """Files that could not be used, one paragraph each, named."""
    _warning(parent, title, text + "\n\n" + "\n\n".join(problems))


def ask_save_changes(parent: QWidget | None, document_name: str) -> Choice:
    """'Save changes to X?' with Save / Discard / Cancel."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QMessageBox

    box = QMessageBox(parent)
    _follow_text_size(box, parent)
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(QCoreApplication.translate("dialogs", "Unsaved changes"))
    box.setText(fill(QCoreApplication.translate("dialogs", "Do you want to save the changes to %1?"), document_name))
    box.setInformativeText(QCoreApplication.translate("dialogs", "Your changes are lost if you don't save them."))
    buttons = QMessageBox.StandardButton
    box.setStandardButtons(buttons.Save | buttons.Discard | buttons.Cancel)
    box.setDefaultButton(buttons.Save)
    answer = box.exec()
    if answer == buttons.Save:
        return Choice.SAVE
    if answer == buttons.Discard:
        return Choice.DISCARD
    return Choice.CANCEL


def ask_yes_no(parent: QWidget | None, title: str, text: str, *, default_yes: bool = False) -> bool:
    """A Yes/No question; Enter answers No unless ``default_yes``."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QMessageBox

    buttons = QMessageBox.StandardButton
    box = QMessageBox(QMessageBox.Icon.Question, title, text, buttons.Yes | buttons.No, parent)
    _follow_text_size(box, parent)
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setDefaultButton(buttons.Yes if default_yes else buttons.No)
    return box.exec() == buttons.Yes


def open_file_name(parent: QWidget | None, caption: str, directory: str, file_filter: str) -> Path | None:
    from PySide6.QtWidgets import QFileDialog

    name, _selected = QFileDialog.getOpenFileName(parent, caption, directory, file_filter)
    return Path(name) if name else None


def open_file_names(parent: QWidget | None, caption: str, directory: str, file_filter: str) -> list[Path]:
    from PySide6.QtWidgets import QFileDialog

    names, _selected = QFileDialog.getOpenFileNames(parent, caption, directory, file_filter)
    return [Path(name) for name in names]


def existing_folder(parent: QWidget | None, caption: str, directory: str) -> Path | None:
    from PySide6.QtWidgets import QFileDialog

    name = QFileDialog.getExistingDirectory(parent, caption, directory)
    return Path(name) if name else None


def get_text(parent: QWidget | None, title: str, label: str, text: str) -> str | None:
    """One line of text (e.g. a new name); None on Cancel."""
    from PySide6.QtWidgets import QInputDialog

    dialog = QInputDialog(parent)
    _follow_text_size(dialog, parent)
    dialog.setWindowTitle(title)
    dialog.setLabelText(label)
    dialog.setTextValue(text)
    return dialog.textValue() if dialog.exec() == QInputDialog.DialogCode.Accepted else None


def save_file_name(parent: QWidget | None, caption: str, directory: str, file_filter: str) -> Path | None:
    """Ask for a file to write; the dialog itself confirms replacing an existing file."""
    from PySide6.QtWidgets import QFileDialog

    name, _selected = QFileDialog.getSaveFileName(parent, caption, directory, file_filter)
    return Path(name) if name else None


def show_about(parent: QWidget | None, title: str, html: str) -> None:
    from PySide6.QtWidgets import QMessageBox

    QMessageBox.about(parent, title, html)


def show_unexpected_error(parent: QWidget | None, title: str, text: str, details: str) -> None:
    """The excepthook's dialog: a plain message, the traceback behind 'Show Details…'."""
    _warning(parent, title, text, details)


def edit_details(parent: QWidget | None, title: str, fields: list[tuple[str, str, str]]) -> dict[str, str] | None:
    """A small form: ``fields`` are (key, label, value); returns the edited values, or None on Cancel.

    Dates are edited as text (YYYY-MM-DD) here; the caller validates.
    """
    from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLineEdit, QVBoxLayout

    from samverkan_gui.ui.accessible import settle_caret

    dialog = QDialog(parent)
    _follow_text_size(dialog, parent)
    dialog.setWindowTitle(title)
    layout = QVBoxLayout(dialog)
    form = QFormLayout()
    edits: dict[str, QLineEdit] = {}
    for key, label, value in fields:
        edit = QLineEdit(value)
        settle_caret(edit)
        edit.setObjectName(f"details-{key}")
        edit.setMinimumWidth(360)
        form.addRow(label, edit)
        edits[key] = edit
    layout.addLayout(form)
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    layout.addWidget(buttons)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return {key: edit.text() for key, edit in edits.items()}


# --- sharing a file with another copy of Samverkan ---------------------------------------------


class InUse(enum.Enum):
    """What to do with a file another copy of Samverkan has open."""

    READ_ONLY = "read-only"
    COPY = "copy"
    ANYWAY = "anyway"
    CANCEL = "cancel"


class Changed(enum.Enum):
    """What to do when the file on disk changed since it was opened or saved."""

    RELOAD = "reload"
    SAVE_AS = "save-as"
    OVERWRITE = "overwrite"
    CANCEL = "cancel"


def _choose(parent: QWidget | None, title: str, text: str, info: str, buttons: list[tuple[str, object]]) -> object:
    """A question with our own buttons; the first is the default, the last answers Esc."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QMessageBox

    box = QMessageBox(parent)
    _follow_text_size(box, parent)
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(title)
    box.setText(text)
    box.setInformativeText(info)
    made = []
    for label, value in buttons:
        role = QMessageBox.ButtonRole.RejectRole if value is buttons[-1][1] else QMessageBox.ButtonRole.AcceptRole
        made.append((box.addButton(label, role), value))
    box.setDefaultButton(made[0][0])
    box.setEscapeButton(made[-1][0])
    box.exec()
    clicked = box.clickedButton()
    return next((value for button, value in made if button is clicked), buttons[-1][1])


def ask_file_in_use(parent: QWidget | None, document_name: str, user: str, machine: str, since: str) -> InUse:
    """'The file is used by X on Y since Z': open read-only, open a copy, open anyway or cancel."""
    choice = _choose(
        parent,
        QCoreApplication.translate("dialogs", "File in use"),
        fill(QCoreApplication.translate("dialogs", "The file is used by %1 on %2 since %3."), user, machine, since),
        fill(
            QCoreApplication.translate(
                "dialogs",
                "%1 is open in another copy of Samverkan. If you both save, one of you loses changes. "
                "Open it read-only, or open a copy to save under a new name.",
            ),
            document_name,
        ),
        [
            (QCoreApplication.translate("dialogs", "Open &read-only"), InUse.READ_ONLY),
            (QCoreApplication.translate("dialogs", "Open a &copy"), InUse.COPY),
            (QCoreApplication.translate("dialogs", "Open &anyway"), InUse.ANYWAY),
            (QCoreApplication.translate("dialogs", "Cancel"), InUse.CANCEL),
        ],
    )
    assert isinstance(choice, InUse)
    return choice


def ask_file_changed(parent: QWidget | None, document_name: str) -> Changed:
    """The file changed on disk since it was opened: reload, save as, overwrite or cancel."""
    choice = _choose(
        parent,
        QCoreApplication.translate("dialogs", "The file has changed"),
        fill(
            QCoreApplication.translate("dialogs", "%1 has been changed by someone else since you opened it."),
            document_name,
        ),
        QCoreApplication.translate(
            "dialogs",
            "Reload shows their version (your unsaved changes are dropped). Save as keeps both. "
            "Overwrite replaces their changes with yours.",
        ),
        [
            (QCoreApplication.translate("dialogs", "Save &as…"), Changed.SAVE_AS),
            (QCoreApplication.translate("dialogs", "&Reload"), Changed.RELOAD),
            (QCoreApplication.translate("dialogs", "&Overwrite"), Changed.OVERWRITE),
            (QCoreApplication.translate("dialogs", "Cancel"), Changed.CANCEL),
        ],
    )
    assert isinstance(choice, Changed)
    return choice


def show_save_failed(parent: QWidget | None, title: str, text: str) -> bool:
    """A failed save: Ok, or "Save as…" to put the work somewhere else; True for Save as."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QMessageBox

    box = QMessageBox(QMessageBox.Icon.Warning, title, text, QMessageBox.StandardButton.NoButton, parent)
    _follow_text_size(box, parent)
    box.setTextFormat(Qt.TextFormat.PlainText)
    save_as = box.addButton(QCoreApplication.translate("dialogs", "Save &as…"), QMessageBox.ButtonRole.AcceptRole)
    ok = box.addButton(QMessageBox.StandardButton.Ok)
    box.setDefaultButton(save_as)
    box.setEscapeButton(ok)
    box.exec()
    return box.clickedButton() is save_as


def save_file_name_with_choice(
    parent: QWidget | None, caption: str, directory: str, choices: list[str], selected: str
) -> tuple[Path, str] | None:
    """Ask for a file to write, one filter per choice (e.g. the CSV's number format).

    Returns the path and the chosen filter (one of ``choices``); None on Cancel.
    """
    from PySide6.QtWidgets import QFileDialog

    name, chosen = QFileDialog.getSaveFileName(parent, caption, directory, ";;".join(choices), selected)
    if not name:
        return None
    return Path(name), chosen if chosen in choices else selected


class OtherCollaborations(enum.Enum):
    """What to do with files of other collaborations than the first file's."""

    REMOVE_OTHERS = "remove-others"
    COMPARE_ANYWAY = "compare-anyway"
    CANCEL = "cancel"


def ask_other_collaborations(parent: QWidget | None, text: str) -> OtherCollaborations:
    """The files are about different collaborations: remove the others (the default), compare anyway, cancel."""
    choice = _choose(
        parent,
        QCoreApplication.translate("dialogs", "Different collaborations"),
        text,
        QCoreApplication.translate(
            "dialogs",
            "Remove the files of the other collaborations, or compare them anyway: the comparison then says so "
            "beside every number.",
        ),
        [
            (QCoreApplication.translate("dialogs", "&Remove the others"), OtherCollaborations.REMOVE_OTHERS),
            (QCoreApplication.translate("dialogs", "Compare &anyway"), OtherCollaborations.COMPARE_ANYWAY),
            (QCoreApplication.translate("dialogs", "Cancel"), OtherCollaborations.CANCEL),
        ],
    )
    assert isinstance(choice, OtherCollaborations)
    return choice


# --- a follow-up ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class FollowUpChoice:
    """When the follow-up is made and whether the plan comes along."""

    date: dt.date
    carry_plan: bool = True


def ask_follow_up(parent: QWidget | None, earlier: str, today: dt.date, actions: int) -> FollowUpChoice | None:
    """A follow-up of ``earlier``: its date (a date picker, today by default) and what comes along.

    ``actions``: how many actions the earlier plan has (the choice to carry them is offered
    only then).  None on Cancel.
    """
    from PySide6.QtCore import QDate
    from PySide6.QtWidgets import (
        QCheckBox,
        QDateEdit,
        QDialog,
        QDialogButtonBox,
        QFormLayout,
        QLabel,
        QVBoxLayout,
    )

    dialog = QDialog(parent)
    _follow_text_size(dialog, parent)
    dialog.setWindowTitle(QCoreApplication.translate("dialogs", "New follow-up"))
    layout = QVBoxLayout(dialog)
    intro = QLabel(
        fill(
            QCoreApplication.translate("dialogs", "A follow-up of %1: the same collaboration, answered again."), earlier
        )
    )
    intro.setWordWrap(True)
    layout.addWidget(intro)
    form = QFormLayout()
    date_edit = QDateEdit(QDate(today.year, today.month, today.day))
    date_edit.setObjectName("follow-up-date")
    date_edit.setCalendarPopup(True)
    date_edit.setDisplayFormat("yyyy-MM-dd")
    form.addRow(QCoreApplication.translate("dialogs", "&Date of the follow-up:"), date_edit)
    layout.addLayout(form)
    carried = QLabel(
        QCoreApplication.translate(
            "dialogs", "Comes along: the collaboration, the name or role, the organisation and the questionnaire."
        )
    )
    carried.setWordWrap(True)
    layout.addWidget(carried)
    plan = QCheckBox(
        fill(
            QCoreApplication.translate(
                "dialogs", "The action &plan (actions: %1), so that you can update their status"
            ),
            str(actions),
        )
    )
    plan.setObjectName("follow-up-plan")
    plan.setChecked(True)
    plan.setVisible(actions > 0)
    layout.addWidget(plan)
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    layout.addWidget(buttons)
    date_edit.setFocus()
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    picked = date_edit.date()
    return FollowUpChoice(dt.date(picked.year(), picked.month(), picked.day()), plan.isChecked() and actions > 0)
