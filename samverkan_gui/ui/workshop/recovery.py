"""Autosave of the workshop group to a recovery file, and finding work a crash left behind.

The scheme is the single assessments' one (:mod:`samverkan_gui.ui.recovery`):
each workshop window writes ``recovery-workshop/<pid>-<random>.samverkan-grupp``
(atomically, through the core's group save) plus a ``.json`` naming the original
file, and holds a ``.lock`` while it has unsaved work.  The folder is separate
from the single assessments' recovery folder so neither picks up the other's files.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer
from PySide6.QtGui import QWindow
from PySide6.QtWidgets import QWidget

from samverkan_gui.core.file_kinds import GROUP_SUFFIX
from samverkan_gui.core.group import Group
from samverkan_gui.core.group_file import load_group, save_group
from samverkan_gui.core.placeholders import fill
from samverkan_gui.core.questionnaire import Questionnaire
from samverkan_gui.ui import dialogs
from samverkan_gui.ui.recovery import (
    WORKSHOP_FOLDER,
    Recovered,
    RecoveryStore,
)

FOLDER = WORKSHOP_FOLDER


class RecoveredGroup(Recovered[Group]):
    """A workshop group left behind by a crashed process."""

    @property
    def group(self) -> Group:
        return self.document


def _save(path: Path, group: Group, questionnaire: Questionnaire | None) -> object:
    return save_group(path, group, questionnaire, touch=False)


GROUPS: RecoveryStore[Group, RecoveredGroup] = RecoveryStore(FOLDER, GROUP_SUFFIX, load_group, _save, RecoveredGroup)


def recovery_dir() -> Path:
    """``$SAMVERKAN_DATA_DIR/recovery-workshop`` (tests, portable) or the per-user data folder."""
    return GROUPS.folder(create=True)


def find_orphans(folder: Path | None = None) -> list[RecoveredGroup]:
    """Workshop recovery files whose owner is gone, newest first; each is locked for this process."""
    return GROUPS.find_orphans(folder)


# --- offering it to the facilitator -------------------------------------------------------------


def offer(window: QWidget, restore: Callable[[Group, Path | None], object]) -> None:
    """Ask about the newest group a crashed copy left behind: ``restore`` it, delete it, or keep it for later.

    Older ones are released (offered again next time).
    """
    orphans = find_orphans()
    if not orphans:
        return
    newest, rest = orphans[0], orphans[1:]
    for other in rest:
        other.release()
    count = str(len(newest.group.participants))
    if newest.original:
        question = fill(
            QCoreApplication.translate(
                "GroupRecovery",
                "Samverkan was closed without saving the workshop group %1 (participants: %2). Recover it?",
            ),
            newest.original.name,
            count,
        )
    else:
        question = fill(
            QCoreApplication.translate(
                "GroupRecovery",
                "Samverkan was closed before an untitled workshop group (participants: %1) was saved. Recover it?",
            ),
            count,
        )
    # Enter restores: typed-in paper forms must never go with one reflexive key press.
    if dialogs.ask_yes_no(
        window, QCoreApplication.translate("GroupRecovery", "Recover workshop"), question, default_yes=True
    ):
        restore(newest.group, newest.original)
        newest.remove()
    elif dialogs.ask_yes_no(
        window,
        QCoreApplication.translate("GroupRecovery", "Discard the recovered group?"),
        QCoreApplication.translate(
            "GroupRecovery", "The recovered group and its answers will be deleted. This cannot be undone."
        ),
    ):
        newest.remove()
    else:
        newest.release()  # kept: offered again next time


class OfferWhenDrawn(QObject):
    """Calls ``offer`` once, right after ``window`` is first drawn on screen.

    Not at its show event: that comes before the window is on screen, and the facilitator
    must see the window the group is recovered into.
    """

    def __init__(self, window: QWidget, offer: Callable[[], object]) -> None:
        super().__init__(window)
        self._window = window
        self._offer = offer
        self._handle: QWindow | None = None
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if self._handle is None:
            if watched is self._window and event.type() == QEvent.Type.Show:
                # Shown, not yet drawn: wait for its native window to be exposed.
                self._handle = self._window.windowHandle()
                if self._handle is not None:
                    self._window.removeEventFilter(self)
                    self._handle.installEventFilter(self)
        elif watched is self._handle and event.type() == QEvent.Type.Expose and self._handle.isExposed():
            self._handle.removeEventFilter(self)
            QTimer.singleShot(0, self._window, self._offer)  # after the expose has painted the window
        return False
