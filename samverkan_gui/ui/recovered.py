"""The start view's list of work left behind by a crashed copy: assessments and workshop groups.

The main window restores a row (it knows its session and views); this list finds
the work, claims it (see :mod:`samverkan_gui.ui.recovery`), describes each row
and deletes a row only after the user confirmed.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QWidget

from samverkan_gui.core.file_kinds import GROUP_SUFFIX
from samverkan_gui.core.placeholders import fill
from samverkan_gui.ui import appdirs, dialogs
from samverkan_gui.ui.recovery import WORKSHOP_FOLDER, Recovered, RecoveredWork, find_orphans, has_candidates


class RecoveredWorkList(QObject):
    """Claimed recovery files of both kinds, newest assessments first, then groups."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self._window = parent
        self._items: list[Recovered[Any]] = []

    def __len__(self) -> int:
        return len(self._items)

    def scan(self) -> int:
        """Give up earlier claims and find (and claim) what crashed copies left behind."""
        self.release_all()
        self._items = list(find_orphans())
        # The workshop package (~5 MB, ~90 ms) is imported only when it has something to offer.
        if has_candidates(appdirs.data_dir(False) / WORKSHOP_FOLDER, GROUP_SUFFIX):
            from samverkan_gui.ui.workshop.recovery import find_orphans as find_group_orphans

            self._items += find_group_orphans()
        return len(self._items)

    def rows(self) -> list[tuple[str, str]]:
        """(title, detail) per row, for :meth:`StartView.set_recovered`."""
        if not self._items:
            return []
        import datetime as dt  # only when there is something to list

        rows = []
        for work in self._items:
            stamp = work.data_file.stat().st_mtime if work.data_file.exists() else 0
            when = dt.datetime.fromtimestamp(stamp).strftime("%Y-%m-%d %H:%M")
            if isinstance(work, RecoveredWork):
                title = work.assessment.collaboration or self.tr("Untitled")
                answered = len(work.assessment.answers)
                detail = fill(self.tr("%n answer(s), last change %1", "", answered), when)
            else:
                title = work.document.collaboration or self.tr("Untitled group")
                count = len(work.document.participants)
                detail = fill(self.tr("Group, %n participant(s), last change %1", "", count), when)
            if work.original:
                detail += f" ({work.original.name})"
            rows.append((title, detail))
        return rows

    def peek(self, row: int) -> Recovered[Any] | None:
        return self._items[row] if 0 <= row < len(self._items) else None

    def take(self, row: int) -> Recovered[Any] | None:
        """Row ``row``, no longer listed (still claimed: the caller removes it once restored)."""
        return self._items.pop(row) if 0 <= row < len(self._items) else None

    def discard(self, row: int) -> bool:
        """Delete row ``row`` after asking; True when it was deleted."""
        if self.peek(row) is None:
            return False
        if not dialogs.ask_yes_no(
            self._window,
            self.tr("Discard recovered work?"),
            self.tr("The recovered answers will be deleted. This cannot be undone."),
        ):
            return False
        self._items.pop(row).remove()
        return True

    def release_all(self) -> None:
        """Give every claim up (the window closes): offered again at the next start."""
        for work in self._items:
            work.release()
        self._items.clear()
