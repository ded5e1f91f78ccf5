"""The main window's learning loop (issue 10): the action plan view, a follow-up, the comparison.

Kept out of ``main_window.py`` (which only wires menu entries to these
functions) so that the window stays about documents and views.  Nothing here
is imported before it is first used: the start-up stays as fast as before.
"""

from __future__ import annotations

import enum
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol, TypeVar

from PySide6.QtCore import QCoreApplication

from samverkan_gui.core.errors import SamverkanError
from samverkan_gui.core.placeholders import fill
from samverkan_gui.ui import dialogs, file_filters
from samverkan_gui.ui.i18n import current_language

if TYPE_CHECKING:
    from PySide6.QtWidgets import QStatusBar, QWidget

    from samverkan_gui.ui.compare_view import CompareWindow
    from samverkan_gui.ui.document import DocumentController
    from samverkan_gui.ui.editor import EditorView
    from samverkan_gui.ui.plan_editor import PlanPage
    from samverkan_gui.ui.session import AssessmentSession


class Host(Protocol):
    """What the loop needs of the main window (described here: importing it back would be a cycle)."""

    session: AssessmentSession
    document: DocumentController

    @property
    def editor_view(self) -> EditorView: ...

    @property
    def plan_page(self) -> PlanPage: ...

    def statusBar(self) -> QStatusBar: ...

    def window(self) -> QWidget: ...

    def save(self) -> bool: ...

    def export_pdf(self) -> bool: ...

    def current_view(self) -> enum.IntEnum: ...

    def show_view(self, view: Any) -> None: ...


T = TypeVar("T")


class _Saving(Protocol):
    """A window whose document can be saved (the main window and the workshop window)."""

    def window(self) -> QWidget: ...

    def save(self) -> bool: ...


def saved_first(window: _Saving, title: str, question: str) -> bool:
    """Ask to save before going on (Yes is the default); True once the document is saved."""
    return dialogs.ask_yes_no(window.window(), title, question, default_yes=True) and window.save()


def made_or_told(window: _Saving, title: str, make: Callable[[], T]) -> T | None:
    """``make()``, or None after telling the user (under ``title``) why it could not be made."""
    try:
        return make()
    except SamverkanError as exc:
        dialogs.show_error(window.window(), title, exc.message(current_language()))
        return None


def _show(window: Host, view_name: str) -> None:
    """Show the window's view named ``view_name`` ("PLAN", "RESULTS", "EDITOR") of its own View enum."""
    views = type(window.current_view())
    window.show_view(views[view_name])


def make_plan_page(window: Host) -> PlanPage:
    """The plan view of ``window``, bound to its session (built on first use)."""
    from samverkan_gui.ui.plan_editor import PlanPage, bind_assessment_session

    page = PlanPage()
    bind_assessment_session(page.editor, window.session)
    page.editor.status_message.connect(lambda text: window.statusBar().showMessage(text, 8000))
    page.back_requested.connect(lambda: _show(window, "RESULTS"))
    page.save_button.clicked.connect(window.save)
    page.export_button.clicked.connect(window.export_pdf)
    window.document.check_input = lambda: _plan_input_ok(window, page)
    window.document.pending_input = page.editor.has_invalid_input
    return page


def _plan_input_ok(window: Host, page: PlanPage) -> bool:
    """Before a save: a due date that is not a date is shown on the plan page, named, and nothing is saved."""
    if not page.editor.has_invalid_input():
        return True
    _show(window, "PLAN")
    return page.editor.check_input()


def open_plan(window: Host, block_ids: Sequence[str] | None = None) -> None:
    """Show the action plan; ``block_ids`` (the weakest, from the results) are chosen when missing.

    Without blocks (the menu entry): an empty plan starts with the weakest block(s) of a
    complete assessment, as the results page's button does.
    """

    if not window.session.is_open:
        return
    page = window.plan_page
    _show(window, "PLAN")
    assessment = window.session.assessment
    if block_ids is None:
        result = window.session.result()
        fresh = result is not None and assessment is not None and not assessment.plan
        block_ids = result.weakest_blocks if fresh and result is not None else ()
    if block_ids:
        page.editor.choose_blocks(list(block_ids))
    elif page.editor.boxes:
        page.editor.focus_block(page.editor.boxes[0].block_id)
    elif page.editor.block_checks:
        next(iter(page.editor.block_checks.values())).setFocus()


def new_follow_up(window: Host) -> bool:
    """A new assessment of the same collaboration, following the open one (or a file chosen now).

    The earlier assessment must be saved (the new one records which file it follows), so
    unsaved changes are saved first.  The follow-up is untitled and unsaved (the document
    controller adopts it): Save asks for a name, as for a new assessment.
    """
    from samverkan_gui.core.assessment import load_assessment
    from samverkan_gui.core.followup import follow_up

    session = window.session
    if (
        session.is_open
        and (session.is_modified or session.path is None)
        and not saved_first(
            window,
            QCoreApplication.translate("learning_loop", "Save before the follow-up?"),
            QCoreApplication.translate(
                "learning_loop", "The follow-up records which saved file it follows. Save the assessment now?"
            ),
        )
    ):
        return False
    if session.is_open and session.path is not None:
        previous, path = session.assessment, session.path
    else:
        chosen = dialogs.open_file_name(
            window.window(),
            QCoreApplication.translate("learning_loop", "Which assessment do you follow up?"),
            window.document.default_directory(),
            file_filters.joined(file_filters.assessments(), file_filters.all_files()),
        )
        if chosen is None:
            return False
        previous = made_or_told(
            window,
            QCoreApplication.translate("learning_loop", "The file cannot be opened"),
            lambda: load_assessment(chosen, session.registry),
        )
        if previous is None:
            return False
        path = chosen
    assert previous is not None
    assessment = made_or_told(
        window,
        QCoreApplication.translate("learning_loop", "The follow-up could not be made"),
        lambda: follow_up(previous, path),
    )
    if assessment is None:
        return False
    session.start_unsaved(assessment)
    window.document.adopt()  # untitled; the earlier file's lock is released
    window.editor_view.go_to(0, focus=False)
    _show(window, "EDITOR")
    carried = sum(len(entry.actions) for entry in assessment.plan)
    message = fill(
        QCoreApplication.translate(
            "learning_loop", "Follow-up of %1. Answer the questions again; save it under a new name."
        ),
        path.name,
    )
    if carried:
        message += " " + QCoreApplication.translate(
            "learning_loop", "The plan's actions came along: update their status in the action plan."
        )
    window.statusBar().showMessage(message, 12000)
    return True


def open_compare(window: Host, paths: Sequence[Path] | None = None) -> CompareWindow | None:
    """The comparison in a window of its own; without ``paths`` it asks for files at once.

    Cancelling the file dialog leaves the window open with its buttons (add files, add a
    folder, drop them): a folder cannot be picked in a file dialog.
    """
    from samverkan_gui.ui.compare_view import CompareWindow

    compare_window = CompareWindow(window.window())
    compare_window.default_folder = window.document.default_directory()
    compare_window.load([], window.session.registry)
    if paths is not None and not compare_window.load(list(paths)):
        compare_window.deleteLater()
        return None
    compare_window.show()
    compare_window.raise_()
    compare_window.activateWindow()
    if paths is None:
        compare_window.add_files()
    return compare_window
