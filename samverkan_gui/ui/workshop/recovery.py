"""Autosave of the workshop group to a recovery file, and finding work a crash left behind.

Same scheme as single assessments: each workshop window writes
``recovery-workshop/<pid>-<uuid>.samverkan-grupp`` (atomically, through the
core's group save) plus a ``.json`` naming the original file, and holds a
``.lock`` (:class:`QLockFile`) while it lives.  A lock whose process is gone is
stale: the next workshop window offers that work back.  Saving or closing
without saving removes the files.  The folder is separate from the single
assessments' recovery folder so neither picks up the other's files.
"""

from __future__ import annotations

import contextlib
import json
import logging
import os
import uuid
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QLockFile, QObject, QStandardPaths, QTimer

from samverkan_gui.core.atomic import atomic_write
from samverkan_gui.core.errors import SamverkanError
from samverkan_gui.core.group import SUFFIX, Group, load_group, save_group
from samverkan_gui.ui.workshop.session import GroupSession

log = logging.getLogger(__name__)

AUTOSAVE_DELAY_MS = 1500
FOLDER = "recovery-workshop"


def recovery_dir() -> Path:
    """``$SAMVERKAN_DATA_DIR/recovery-workshop`` (tests, portable) or the per-user data folder."""
    folder = os.environ.get("SAMVERKAN_DATA_DIR")
    base = (
        Path(folder)
        if folder
        else Path(QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppLocalDataLocation))
    )
    path = base / FOLDER
    path.mkdir(parents=True, exist_ok=True)
    return path


def _lock_for(data_file: Path) -> QLockFile:
    lock = QLockFile(str(data_file.with_suffix(".lock")))
    lock.setStaleLockTime(0)  # only a dead owner makes the lock stale
    return lock


@dataclass
class RecoveredGroup:
    data_file: Path
    original: Path | None
    group: Group
    lock: QLockFile

    def remove(self) -> None:
        for path in (self.data_file, self.data_file.with_suffix(".json")):
            with contextlib.suppress(FileNotFoundError):
                path.unlink()
        self.lock.unlock()

    def release(self) -> None:
        self.lock.unlock()


def find_orphans(folder: Path | None = None) -> list[RecoveredGroup]:
    """Recovery files whose owner is gone, newest first; each is locked for this process."""
    folder = folder or recovery_dir()
    found: list[RecoveredGroup] = []
    for data_file in sorted(folder.glob(f"*{SUFFIX}"), key=lambda p: p.stat().st_mtime, reverse=True):
        lock = _lock_for(data_file)
        if not lock.tryLock(0):
            continue
        try:
            group = load_group(data_file)
        except SamverkanError as exc:
            log.warning("workshop recovery file %s cannot be read: %s", data_file, exc)
            lock.unlock()
            continue
        original = None
        with contextlib.suppress(OSError, ValueError, TypeError, AttributeError):
            meta = json.loads(data_file.with_suffix(".json").read_text(encoding="utf-8"))
            original = Path(meta["original"]) if meta.get("original") else None
        found.append(RecoveredGroup(data_file, original, group, lock))
    return found


class GroupAutosave(QObject):
    """Writes the session's group to its recovery file shortly after each unsaved change."""

    def __init__(self, session: GroupSession, folder: Path | None = None, delay_ms: int = AUTOSAVE_DELAY_MS) -> None:
        super().__init__(session)
        self.session = session
        self.folder = folder or recovery_dir()
        self.data_file = self.folder / f"{os.getpid()}-{uuid.uuid4().hex[:12]}{SUFFIX}"
        self._lock = _lock_for(self.data_file)
        self._lock.tryLock(0)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(delay_ms)
        self._timer.timeout.connect(self.write_now)
        session.group_changed.connect(self._changed)

    def _changed(self) -> None:
        if self.session.modified:
            self._timer.start()
        else:
            self._timer.stop()
            self.remove()

    def write_now(self) -> None:
        if not self.session.modified:
            return
        try:
            save_group(self.data_file, self.session.group, self.session.questionnaire, touch=False)
            original = str(self.session.path) if self.session.path else None
            atomic_write(self.data_file.with_suffix(".json"), json.dumps({"original": original}).encode("utf-8"))
        except SamverkanError as exc:  # autosave must never interrupt the facilitator
            log.warning("workshop autosave failed: %s", exc)

    def remove(self) -> None:
        for path in (self.data_file, self.data_file.with_suffix(".json")):
            with contextlib.suppress(FileNotFoundError):
                path.unlink()

    def close(self) -> None:
        """The window closes normally: no recovery needed."""
        self._timer.stop()
        self.remove()
        self._lock.unlock()
        with contextlib.suppress(FileNotFoundError):
            self.data_file.with_suffix(".lock").unlink()
