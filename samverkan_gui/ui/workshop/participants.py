"""The Participants menu: add a column for a paper form, rename a participant's code, set their
organisation (typed from a paper form; the organisations' views group by it), remove one.

The selected participant is the entry grid's current column; removing asks first
(all of their answers go with them).  Each command is given the session, the grid
and the widget that parents its dialogs.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from samverkan_gui.core.group import MAX_CODE_LENGTH
from samverkan_gui.core.placeholders import fill
from samverkan_gui.ui import dialogs

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from samverkan_gui.ui.workshop.entry_grid import EntryGrid
    from samverkan_gui.ui.workshop.session import GroupSession


def add(session: GroupSession, grid: EntryGrid) -> None:
    """A new, empty participant; the grid's cursor goes to the top of their column."""
    group = session.group.with_participant()
    session.update(group)
    grid.go_to(0, len(group.participants) - 1)
    grid.setFocus()


def selected_code(grid: EntryGrid) -> str | None:
    """The code of the participant whose column has the grid's cursor."""
    index = grid.currentIndex()
    if not index.isValid():
        return None
    return grid.entry_model.code_at(index.column())


def rename(parent: QWidget, session: GroupSession, grid: EntryGrid) -> None:
    code = selected_code(grid)
    if code is None:
        return
    title = QCoreApplication.translate("Participants", "Rename participant")
    new = dialogs.get_text(parent, title, QCoreApplication.translate("Participants", "Code:"), code)
    if new is None:
        return
    new = new.strip()
    if not new or new == code:
        return
    if new in session.group.codes or len(new) > MAX_CODE_LENGTH:
        dialogs.show_error(
            parent,
            title,
            fill(QCoreApplication.translate("Participants", "The code %1 is already used or too long."), new),
        )
        return
    session.update(session.group.with_participant_details(code, code=new))


def set_organisation(parent: QWidget, session: GroupSession, grid: EntryGrid) -> None:
    """Type the selected participant's organisation (as the paper form has it; '' for none)."""
    code = selected_code(grid)
    if code is None:
        return
    title = fill(QCoreApplication.translate("Participants", "Organisation of %1"), code)
    label = QCoreApplication.translate("Participants", "Organisation (empty for none):")
    new = dialogs.get_text(parent, title, label, session.group.participant(code).organisation)
    if new is not None:
        session.update(session.group.with_participant_details(code, organisation=new.strip()))


def remove(parent: QWidget, session: GroupSession, grid: EntryGrid) -> None:
    code = selected_code(grid)
    if code is None:
        return
    if dialogs.ask_yes_no(
        parent,
        QCoreApplication.translate("Participants", "Remove participant"),
        fill(QCoreApplication.translate("Participants", "Remove %1 and all of their answers from the group?"), code),
    ):
        session.update(session.group.without_participant(code))
