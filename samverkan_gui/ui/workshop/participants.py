"""The Participants menu: add a column for a paper form, rename a participant's code, set their
organisation (typed from a paper form; the organisations' views group by it), remove one.

The selected participant is the entry grid's current column; removing asks first
(all of their answers go with them).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QCoreApplication

from samverkan_gui.core.placeholders import fill
from samverkan_gui.ui import dialogs

if TYPE_CHECKING:
    from PySide6.QtWidgets import QTabWidget, QWidget

    from samverkan_gui.ui.workshop.entry_grid import EntryGrid
    from samverkan_gui.ui.workshop.session import GroupSession

#: The longest code a participant may have (it heads a column of the grid and of the report).
MAX_CODE_LENGTH = 20


class WorkshopWindow(Protocol):
    """What the participant commands need of the workshop window."""

    session: GroupSession
    grid: EntryGrid
    tabs: QTabWidget

    def window(self) -> QWidget: ...


def add(window: WorkshopWindow, entry_tab: int) -> None:
    """A new, empty participant; the grid's cursor goes to the top of their column."""
    group = window.session.group.with_participant()
    window.session.update(group)
    window.tabs.setCurrentIndex(entry_tab)
    window.grid.go_to(0, len(group.participants) - 1)
    window.grid.setFocus()


def selected_code(window: WorkshopWindow) -> str | None:
    """The code of the participant whose column has the grid's cursor."""
    index = window.grid.currentIndex()
    if not index.isValid():
        return None
    return window.grid.entry_model.code_at(index.column())


def rename(window: WorkshopWindow) -> None:
    code = selected_code(window)
    if code is None:
        return
    title = QCoreApplication.translate("Participants", "Rename participant")
    new = dialogs.get_text(window.window(), title, QCoreApplication.translate("Participants", "Code:"), code)
    if new is None:
        return
    new = new.strip()
    if not new or new == code:
        return
    session = window.session
    if new in session.group.codes or len(new) > MAX_CODE_LENGTH:
        dialogs.show_error(
            window.window(),
            title,
            fill(QCoreApplication.translate("Participants", "The code %1 is already used or too long."), new),
        )
        return
    session.update(session.group.with_participant_details(code, code=new))


def set_organisation(window: WorkshopWindow) -> None:
    """Type the selected participant's organisation (as the paper form has it; '' for none)."""
    code = selected_code(window)
    if code is None:
        return
    session = window.session
    title = fill(QCoreApplication.translate("Participants", "Organisation of %1"), code)
    label = QCoreApplication.translate("Participants", "Organisation (empty for none):")
    new = dialogs.get_text(window.window(), title, label, session.group.participant(code).organisation)
    if new is not None:
        session.update(session.group.with_participant_details(code, organisation=new.strip()))


def remove(window: WorkshopWindow) -> None:
    code = selected_code(window)
    if code is None:
        return
    if dialogs.ask_yes_no(
        window.window(),
        QCoreApplication.translate("Participants", "Remove participant"),
        fill(QCoreApplication.translate("Participants", "Remove %1 and all of their answers from the group?"), code),
    ):
        window.session.update(window.session.group.without_participant(code))
