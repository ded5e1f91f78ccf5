"""The workshop window's part of the learning loop: the group's action plan and a group follow-up.

The facilitator writes the group's plan during the discussion in a
"Handlingsplan" tab (the same editor as the main window's); it is saved in the
group file through :class:`~samverkan_gui.ui.workshop.session.GroupSession`.
Kept here so that ``window.py`` only adds the tab and the menu entry.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction

from samverkan_gui.core.placeholders import fill
from samverkan_gui.ui.learning_loop import made_or_told, saved_first
from samverkan_gui.ui.plan_editor import PlanEditor
from samverkan_gui.ui.workshop.session import GroupSession

if TYPE_CHECKING:
    from PySide6.QtWidgets import QStatusBar, QTabWidget, QWidget

    from samverkan_gui.ui.actions import ActionRegistry
    from samverkan_gui.ui.document import DocumentController


class WorkshopHost(Protocol):
    """What the plan tab needs of the workshop window (described here: importing it back would be a cycle)."""

    session: GroupSession
    document: DocumentController
    commands: ActionRegistry
    tabs: QTabWidget
    plan_editor: PlanEditor

    def statusBar(self) -> QStatusBar: ...

    def window(self) -> QWidget: ...

    def save(self) -> bool: ...


def bind_group_session(editor: PlanEditor, session: GroupSession) -> None:
    """Keep ``editor`` and the workshop's group in step (the facilitator writes the group's plan)."""

    def reload() -> None:
        editor.load(session.questionnaire, session.group.plan)

    editor.plan_edited.connect(lambda plan: session.update(session.group.with_plan(tuple(plan))))
    session.group_changed.connect(reload)
    reload()


def install(window: WorkshopHost, tab_index: int) -> tuple[PlanEditor, QAction, QAction]:
    """Add the plan tab (at ``tab_index``) to ``window``; returns it and the actions "plan" and "follow-up".

    The window puts the actions in its menus and sets their texts.
    """
    editor = PlanEditor()
    bind_group_session(editor, window.session)
    editor.status_message.connect(lambda text: window.statusBar().showMessage(text, 8000))
    window.tabs.insertTab(tab_index, editor, "")
    window.document.check_input = lambda: _plan_input_ok(window, editor, tab_index)
    window.document.pending_input = editor.has_invalid_input
    # Icons as the main window's "Action plan" and "New follow-up".
    show_plan = window.commands.add(
        "group-plan", ["Ctrl+3"], "view-task", triggered=lambda: open_group_plan(window, tab_index)
    )
    follow_up = window.commands.add(
        "group-follow-up", [], "document-new", triggered=lambda: new_group_follow_up(window)
    )
    return editor, show_plan, follow_up


def _plan_input_ok(window: WorkshopHost, editor: PlanEditor, tab_index: int) -> bool:
    """Before a save: a due date that is not a date is shown in the plan tab, named, and nothing is saved."""
    if not editor.has_invalid_input():
        return True
    window.tabs.setCurrentIndex(tab_index)
    return editor.check_input()


def open_group_plan(window: WorkshopHost, tab_index: int) -> None:
    """Show the plan tab; an empty plan starts with the group's weakest block(s) chosen."""
    from samverkan_gui.core.group_stats import group_stats

    window.tabs.setCurrentIndex(tab_index)
    editor = window.plan_editor
    if editor.plan():
        editor.focus_block(editor.plan()[0].block)
        return
    # Nothing is weakest before one participant is complete: then the facilitator chooses.
    weakest = group_stats(window.session.group, window.session.questionnaire).weakest_blocks
    if weakest:
        editor.choose_blocks(list(weakest))
    elif editor.block_checks:
        next(iter(editor.block_checks.values())).setFocus()


def new_group_follow_up(window: WorkshopHost) -> bool:
    """A new, empty group of the same collaboration that carries the plan and records what it follows."""
    from samverkan_gui.core.followup import follow_up_group

    session = window.session
    if (session.modified or session.path is None) and not saved_first(
        window,
        QCoreApplication.translate("group_follow_up", "Save before the follow-up?"),
        QCoreApplication.translate(
            "group_follow_up", "The follow-up records which saved group file it follows. Save the group now?"
        ),
    ):
        return False
    path = session.path
    if path is None:
        return False
    group = made_or_told(
        window,
        QCoreApplication.translate("group_follow_up", "The follow-up could not be made"),
        lambda: follow_up_group(session.group, path),
    )
    if group is None:
        return False
    session.set_group(group, path=None, saved=False)
    window.document.adopt()  # untitled; the earlier group file's lock is released
    window.statusBar().showMessage(
        fill(
            QCoreApplication.translate(
                "group_follow_up", "Follow-up of %1: add the participants' new answers, then save it under a new name."
            ),
            Path(path).name,
        ),
        12000,
    )
    return True
