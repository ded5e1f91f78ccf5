"""The learning loop of either window: the action plan, a follow-up, the comparison.

Written once for an assessment (the main window) and a workshop group: each
workflow is given the window's session, its document controller and a widget
to parent dialogs, and talks back by signal (:attr:`PlanBinding.show_view_requested`,
:attr:`FollowUp.status_message`) which the window connects.  Nothing heavy is
imported before a workflow is first used: the start-up stays as fast as before.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from PySide6.QtCore import QCoreApplication, QObject, Signal

from samverkan_gui.core.errors import SamverkanError
from samverkan_gui.core.placeholders import fill
from samverkan_gui.ui import dialogs
from samverkan_gui.ui.i18n import current_language
from samverkan_gui.ui.views import View

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from samverkan_gui.core.registry import QuestionnaireRegistry
    from samverkan_gui.ui.compare_view import CompareWindow
    from samverkan_gui.ui.document import DocumentController
    from samverkan_gui.ui.plan_editor import PlanEditor
    from samverkan_gui.ui.session import DocumentSession

T = TypeVar("T")


def made_or_told(parent: QWidget, title: str, make: Callable[[], T]) -> T | None:
    """``make()``, or None after telling the user (under ``title``) why it could not be made."""
    try:
        return make()
    except SamverkanError as exc:
        dialogs.show_error(parent, title, exc.message(current_language()))
        return None


# --- the action plan ---------------------------------------------------------------------------


class PlanBinding(QObject):
    """The action plan of a window's document: its editor in step with the session, opened with the
    weakest blocks chosen, and checked before every save (give :meth:`check_input` and
    :meth:`has_pending_input` to the window's :class:`~samverkan_gui.ui.document.DocumentController`).
    """

    #: ``(view)``: the window should show this :class:`~samverkan_gui.ui.views.View` (the plan).
    show_view_requested = Signal(object)
    #: ``(text, milliseconds)``: something for the window's status bar (e.g. "Ctrl+Z brings it back").
    status_message = Signal(str, int)

    def __init__(self, session: DocumentSession[Any], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.session = session
        #: The editor, once the window has built it (:meth:`bind`).
        self.editor: PlanEditor | None = None

    def bind(self, editor: PlanEditor) -> None:
        """Show the session's plan in ``editor`` and send every edit of it to the session."""
        self.editor = editor
        session = self.session

        def reload() -> None:
            document = session.document
            editor.load(session.questionnaire, document.plan if document is not None else ())
            # A follow-up's plan came along from last time: say on the page what to do with it.
            follows = document.follows if document is not None else None
            carried = follows is not None and document is not None and any(entry.actions for entry in document.plan)
            editor.show_follow_up(follows if carried else None)

        editor.plan_edited.connect(session.set_plan)
        session.document_replaced.connect(reload)
        session.plan_changed.connect(reload)
        editor.status_message.connect(lambda text: self.status_message.emit(text, 8000))
        reload()

    def open_plan(self, block_ids: Sequence[str] | None = None) -> None:
        """Show the plan; ``block_ids`` (the weakest, from the results) are chosen when missing.

        Without blocks (the menu entry) a plan with no block yet starts with the weakest
        block(s) (:func:`samverkan_gui.core.weakest.plan_start_blocks`).
        """
        from samverkan_gui.core.weakest import plan_start_blocks

        session = self.session
        document, questionnaire = session.document, session.questionnaire
        if document is None or questionnaire is None:
            return
        self.show_view_requested.emit(View.PLAN)
        editor = self.editor
        if editor is None:
            return
        if block_ids is None:
            block_ids = plan_start_blocks(document, questionnaire)
        if block_ids:
            editor.choose_blocks(list(block_ids))
        elif editor.boxes:
            editor.focus_block(editor.boxes[0].block_id)
        elif editor.block_checks:
            next(iter(editor.block_checks.values())).setFocus()

    def has_pending_input(self) -> bool:
        """Whether something typed in the plan is not in the document because it is invalid."""
        return self.editor is not None and self.editor.has_invalid_input()

    def check_input(self) -> bool:
        """Before a save: a due date that is not a date is shown in the plan, named, and nothing is saved."""
        if not self.has_pending_input():
            return True
        self.show_view_requested.emit(View.PLAN)
        assert self.editor is not None
        return self.editor.check_input()


# --- a follow-up --------------------------------------------------------------------------------


@dataclass(frozen=True)
class FollowUpTexts:
    """What a follow-up says, per kind of document (callables: they are translated when shown)."""

    #: "Save before the follow-up?"
    save_first_title: Callable[[], str]
    #: Why the earlier document must be saved first.
    save_first_question: Callable[[], str]
    #: "The follow-up could not be made".
    failed: Callable[[], str]
    #: ``(earlier file name, number of actions carried over)``: the status message once it is made.
    made: Callable[[str, int], str]
    #: The caption and filter of the dialog choosing the earlier file when none is open.
    choose_caption: Callable[[], str] = lambda: ""
    choose_filter: Callable[[], str] = lambda: ""
    #: "The file cannot be opened".
    open_failed: Callable[[], str] = lambda: ""


class FollowUp(QObject):
    """A new document of the same collaboration that follows the open one (or a file chosen now).

    The earlier document must be saved (the new one records which file it follows), so
    unsaved changes are saved first.  The follow-up is untitled and unsaved (the document
    controller adopts it): Save asks for a name, as for a new document.
    """

    #: ``(view)``: the window should show this :class:`~samverkan_gui.ui.views.View` (where answers go).
    show_view_requested = Signal(object)
    #: ``(text, milliseconds)``: something for the window's status bar.
    status_message = Signal(str, int)

    def __init__(
        self, session: DocumentSession[Any], document: DocumentController, parent: QWidget, texts: FollowUpTexts
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.document = document
        self._parent = parent
        self.texts = texts

    def start(self) -> bool:
        """Make the follow-up and show where its answers go; False when nothing was made."""
        from samverkan_gui.core.followup import follow_up

        session, texts = self.session, self.texts
        if (
            session.is_open
            and (session.modified or session.path is None)
            and not (
                dialogs.ask_yes_no(
                    self._parent, texts.save_first_title(), texts.save_first_question(), default_yes=True
                )
                and self.document.save()
            )
        ):
            return False
        earlier = self._earlier()
        if earlier is None:
            return False
        previous, path = earlier
        # When it is made and what comes along: asked, not assumed (a follow-up is not always today).
        choice = dialogs.ask_follow_up(
            self._parent, path.name, dt.date.today(), sum(len(entry.actions) for entry in previous.plan)
        )
        if choice is None:
            return False
        made = made_or_told(self._parent, texts.failed(), lambda: follow_up(previous, path, today=choice.date))
        if made is None:
            return False
        if not choice.carry_plan:
            made = replace(made, plan=())
        session.replace(made)
        self.document.adopt()  # untitled; the earlier file's lock is released
        self.show_view_requested.emit(View.EDITOR)
        carried = sum(len(entry.actions) for entry in made.plan)
        self.status_message.emit(texts.made(path.name, carried), 12000)
        return True

    def _earlier(self) -> tuple[Any, Path] | None:
        """The document followed up and its file: the open one, saved, or one chosen now."""
        session = self.session
        if session.document is not None and session.path is not None:
            return session.document, session.path
        chosen = dialogs.open_file_name(
            self._parent,
            self.texts.choose_caption(),
            self.document.default_directory(),
            self.texts.choose_filter(),
        )
        if chosen is None:
            return None
        previous = made_or_told(self._parent, self.texts.open_failed(), lambda: session.read(chosen))
        return (previous, chosen) if previous is not None else None


# --- since last time ------------------------------------------------------------------------------


# --- the comparison ------------------------------------------------------------------------------


def open_compare(
    parent: QWidget,
    folder: str,
    registry: QuestionnaireRegistry,
    paths: Sequence[Path] | None = None,
    *,
    start: Sequence[Path] = (),
) -> CompareWindow | None:
    """The comparison in a window of its own; without ``paths`` it asks for files at once.

    ``start``: files it starts with (the open document and the one it follows); it asks for
    more while there are fewer than two.  Cancelling the file dialog leaves the window open
    with its buttons (add files, add a folder, drop them): a folder cannot be picked in a
    file dialog.
    """
    from samverkan_gui.ui.compare_view import CompareWindow

    compare_window = CompareWindow(parent)
    compare_window.default_folder = folder
    compare_window.load(list(start), registry)
    if paths is not None and not compare_window.load(list(paths)):
        compare_window.deleteLater()
        return None
    compare_window.show()
    compare_window.raise_()
    compare_window.activateWindow()
    if paths is None and len(compare_window.paths()) < 2:
        compare_window.add_files()
    return compare_window


def compare_start(session: DocumentSession[Any], parent: QWidget, folder: str) -> list[Path]:
    """What "Compare…" starts with: the open document's file and the file it follows.

    The followed file is looked for beside it (by name, else by its bytes or its making);
    when it is not there the user is asked for it, and may decline.
    """
    from samverkan_gui.core.compare import find_followed
    from samverkan_gui.ui import file_filters

    document, path = session.document, session.path
    start = [path] if path is not None else []
    follows = document.follows if document is not None else None
    if follows is None:
        return start
    beside = path.parent if path is not None else Path(folder)
    found = find_followed(beside, follows, besides=path, registry=session.registry)
    if found is None:
        found = dialogs.open_file_name(
            parent,
            fill(
                QCoreApplication.translate("learning_loop", "Which file does this one follow? (%1 is not beside it)"),
                follows.file,
            ),
            str(beside),
            file_filters.joined(file_filters.samverkan_files(), file_filters.all_files()),
        )
    return ([found] if found is not None else []) + start
