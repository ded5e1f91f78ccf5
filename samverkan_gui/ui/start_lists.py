"""The start view's two lists: the recent files and the work a crashed copy left behind.

The main window keeps the views and the document; this fills the lists (and the
Open recent menu), describes each recent file ("12 of 21 answered",
"7 participants") once the window is on screen, and restores or discards a
recovered row: an assessment through the main window's ``restore``, a
workshop group in a new workshop window.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QObject

from samverkan_gui.core.file_kinds import kind_of
from samverkan_gui.ui import settings
from samverkan_gui.ui.opening import workshop_opener
from samverkan_gui.ui.recovered import RecoveredWorkList
from samverkan_gui.ui.recovery import RecoveredWork

if TYPE_CHECKING:
    from pathlib import Path

    from PySide6.QtWidgets import QMenu, QWidget

    from samverkan_gui.core.assessment import Assessment
    from samverkan_gui.ui.document import DocumentController
    from samverkan_gui.ui.start import StartView


class RestoringWindow(Protocol):
    """The main window, as far as restoring recovered work needs it."""

    def restore(self, assessment: Assessment, original: Path | None) -> bool:
        """Take the recovered assessment (unsaved); False when the user kept the open one."""


class StartLists(QObject):
    """Recent files and recovered work of one main window's start view."""

    def __init__(
        self, window: QWidget, restorer: RestoringWindow, view: StartView, document: DocumentController, menu: QMenu
    ) -> None:
        super().__init__(window)
        self._window = window
        self._restorer = restorer
        self._view = view
        self._document = document
        self._menu = menu
        self.recovered = RecoveredWorkList(window)
        # How complete each recent file is needs a YAML parse: only once the window is on screen.
        self.describe_files = False
        view.restore_requested.connect(self.restore_recovered)
        view.discard_requested.connect(self.discard_recovered)

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
        return self.tr("%1 of %2 answered").replace("%1", str(found.answered)).replace("%2", str(found.total))

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
            if not self._restorer.restore(work.assessment, work.original):
                return
            self.recovered.take(row)
            work.remove()  # after the window's own recovery file is written: never only in memory
        elif (opener := workshop_opener()) is not None:
            # A workshop group: into a new workshop window, unsaved.
            self.recovered.take(row)
            opener(self._window).restore(work.document, work.original)
            work.remove()
        self._view.set_recovered(self.recovered.rows())

    def discard_recovered(self, row: int) -> None:
        if self.recovered.discard(row):
            self._view.set_recovered(self.recovered.rows())

    def release_all(self) -> None:
        """The window closes: every claim is given up (offered again at the next start)."""
        self.recovered.release_all()
