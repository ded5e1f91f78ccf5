"""Autosave of the workshop group to a recovery file, and finding work a crash left behind.

The scheme is the single assessments' one (:mod:`samverkan_gui.ui.recovery`):
each workshop window writes ``recovery-workshop/<pid>-<random>.samverkan-grupp``
(atomically, through the core's group save) plus a ``.json`` naming the original
file, and holds a ``.lock`` while it has unsaved work.  The folder is separate
from the single assessments' recovery folder so neither picks up the other's files.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from samverkan_gui.core.group import Group
from samverkan_gui.core.group_file import SUFFIX, load_group, save_group
from samverkan_gui.core.questionnaire import Questionnaire
from samverkan_gui.ui.recovery import (
    AUTOSAVE_DELAY_MS,
    WORKSHOP_FOLDER,
    Recovered,
    RecoveryAutosave,
    RecoveryStore,
)
from samverkan_gui.ui.workshop.session import GroupSession

FOLDER = WORKSHOP_FOLDER


class RecoveredGroup(Recovered[Group]):
    """A workshop group left behind by a crashed process."""

    @property
    def group(self) -> Group:
        return self.document


def _save(path: Path, group: Group, questionnaire: Questionnaire | None) -> object:
    return save_group(path, group, questionnaire, touch=False)


GROUPS: RecoveryStore[Group, RecoveredGroup] = RecoveryStore(FOLDER, SUFFIX, load_group, _save, RecoveredGroup)


def recovery_dir() -> Path:
    """``$SAMVERKAN_DATA_DIR/recovery-workshop`` (tests, portable) or the per-user data folder."""
    return GROUPS.folder(create=True)


def find_orphans(folder: Path | None = None) -> list[RecoveredGroup]:
    """Workshop recovery files whose owner is gone, newest first; each is locked for this process."""
    return GROUPS.find_orphans(folder)


class GroupAutosave(RecoveryAutosave):
    """Writes the session's group to its recovery file shortly after each unsaved change."""

    def __init__(self, session: GroupSession, folder: Path | None = None, delay_ms: int = AUTOSAVE_DELAY_MS) -> None:
        super().__init__(GROUPS, folder, session, delay_ms)
        self.session = session
        session.group_changed.connect(self._changed)

    def _snapshot(self) -> tuple[Any, Questionnaire | None, Path | None] | None:
        if not self.session.modified:
            return None
        return self.session.group, self.session.questionnaire, self.session.path
