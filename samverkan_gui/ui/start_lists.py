"""The start view's lists: the questionnaires, the recent files and the work a crashed copy left behind.

The main window keeps the views and the document; this fills the lists (and the
Open recent menu), lists the questionnaires from the index while their files are
unchanged (no YAML at start-up), describes each recent file ("12 of 21 answered",
"7 participants") once the window is on screen, and restores or discards a
recovered row: an assessment through the main window's ``restore``, a
workshop group in a new workshop window.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from samverkan_gui.core.file_kinds import kind_of
from samverkan_gui.core.placeholders import fill
from samverkan_gui.core.qindex import QuestionnaireHeader, read_index, write_index
from samverkan_gui.ui import appdirs, dialogs, opening, settings
from samverkan_gui.ui.i18n import current_language
from samverkan_gui.ui.recovered import RecoveredWorkList
from samverkan_gui.ui.recovery import RecoveredWork

if TYPE_CHECKING:
    from collections.abc import Callable, Sequence
    from pathlib import Path

    from PySide6.QtWidgets import QMenu, QWidget

    from samverkan_gui.core.assessment import Assessment
    from samverkan_gui.core.questionnaire import Questionnaire
    from samverkan_gui.ui.document import DocumentController
    from samverkan_gui.ui.session import AssessmentSession
    from samverkan_gui.ui.start import StartView


class StartLists(QObject):
    """Recent files and recovered work of one main window's start view."""

    #: ``(text, milliseconds)``: something for the window's status bar (a questionnaire that cannot be read).
    status_message = Signal(str, int)

    def __init__(
        self,
        session: AssessmentSession,
        document: DocumentController,
        view: StartView,
        recent_menu: QMenu,
        restore: Callable[[Assessment, Path | None], bool],
        parent: QWidget,
    ) -> None:
        """``restore(assessment, original)`` takes a recovered assessment; False when the user kept the open one."""
        super().__init__(parent)
        self._parent = parent
        self._session = session
        self._view = view
        self._document = document
        self._menu = recent_menu
        self._restore = restore
        self.recovered = RecoveredWorkList(parent)
        # How complete each recent file is needs a YAML parse: only once the window is on screen.
        self.describe_files = False
        view.restore_requested.connect(self.restore_recovered)
        view.discard_requested.connect(self.discard_recovered)

    # --- questionnaires -----------------------------------------------------------------------

    def show_questionnaires(self, *, at_start: bool = False) -> None:
        """List the questionnaires; ``at_start`` their titles from the index when the files are unchanged."""
        session = self._session
        # No YAML until the user acts: the index has the titles while the files are unchanged.
        indexed = at_start and not session.registry_loaded
        listed: Sequence[Questionnaire | QuestionnaireHeader] = (
            read_index(appdirs.questionnaire_index()) if indexed else None
        ) or self._questionnaires(remember=indexed)
        self._view.set_questionnaires(listed)
        self._view.retranslate()

    def _questionnaires(self, remember: bool = False) -> list[Questionnaire]:
        """The installed questionnaires; a broken one is reported, never fatal.

        With ``remember`` (the shipped registry) and no problems, the titles go into the index
        for the next start (:mod:`samverkan_gui.core.qindex`).
        """
        registry = self._session.registry
        lang = current_language()
        if registry.problems:
            # E.g. a municipality's own questionnaire with a typo: say so, keep the others usable.
            self.status_message.emit(registry.problems[0].message(lang), 15000)
        if not registry.questionnaires:
            message = registry.problems[0].message(lang) if registry.problems else ""
            dialogs.show_error(self._parent, self.tr("No questionnaire can be used"), message)
            self._view.start_button.setEnabled(False)
        elif remember and not registry.problems:
            write_index(appdirs.questionnaire_index(), registry.questionnaires)
        return list(registry.questionnaires)

    # --- recent files ------------------------------------------------------------------------

    def refresh_recent_files(self) -> None:
        """The start view's list and the Open recent menu; group files are marked as such."""
        files = settings.recent_files()
        rows = []
        for path in files:
            group = kind_of(path) == "group"
            rows.append((path, group, self._recent_detail(path) if self.describe_files else ""))
        self._view.set_recent_files(files, rows)
        self._document.fill_recent_menu(self._menu)

    def _recent_detail(self, path: Path) -> str:
        from samverkan_gui.ui.recent import summary

        found = summary(path)
        if found is None:
            return ""
        if found.kind == "group":
            return self.tr("%n participant(s)", "", found.participants)
        return fill(self.tr("%1 of %2 answered"), str(found.answered), str(found.total))

    # --- recovered work ------------------------------------------------------------------------

    def offer_recovery(self) -> int:
        """Show work left behind by a crashed or killed Samverkan in the start view (groups too)."""
        found = self.recovered.scan()
        self._view.set_recovered(self.recovered.rows())
        return found

    def retranslate(self) -> None:
        if len(self.recovered):
            self._view.set_recovered(self.recovered.rows())

    def restore_recovered(self, row: int) -> None:
        work = self.recovered.peek(row)
        if work is None:
            return
        if isinstance(work, RecoveredWork):
            if not self._restore(work.assessment, work.original):
                return
            self.recovered.take(row)
            work.remove()  # after the window's own recovery file is written: never only in memory
        else:
            # A workshop group: into a new workshop window, unsaved.
            self.recovered.take(row)
            opening.open_workshop(self._parent).restore(work.document, work.original)
            work.remove()
        self._view.set_recovered(self.recovered.rows())

    def discard_recovered(self, row: int) -> None:
        if self.recovered.discard(row):
            self._view.set_recovered(self.recovered.rows())

    def release_all(self) -> None:
        """The window closes: every claim is given up (offered again at the next start)."""
        self.recovered.release_all()
