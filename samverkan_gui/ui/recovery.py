"""Autosave to a recovery file, and finding work left behind by a crashed process.

Each window writes ``recovery/<pid>-<uuid>.samverkan`` (atomically, via the
core's save) plus ``<same>.json`` naming the original file, and holds
``<same>.lock`` with a :class:`QLockFile` for as long as it lives.  Another
running copy cannot take that lock, so it never touches a live window's
recovery file; once the owning process is gone (crashed, killed) the lock is
stale and the next start offers the work back.  Saving or discarding removes
the files.
"""

from __future__ import annotations

import contextlib
import json
import logging
import os
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QLockFile, QObject, QTimer, Signal

from samverkan_gui.core.errors import SamverkanError
from samverkan_gui.ui import appdirs

if TYPE_CHECKING:
    from samverkan_gui.core.assessment import Assessment
    from samverkan_gui.ui.session import AssessmentSession

log = logging.getLogger(__name__)

#: How long after the last change the recovery file is written.
AUTOSAVE_DELAY_MS = 1500
SUFFIX = ".samverkan"


def _lock_for(data_file: Path) -> QLockFile:
    lock = QLockFile(str(data_file.with_suffix(".lock")))
    # Only a dead owner makes a lock stale: a live window may idle for hours.
    lock.setStaleLockTime(0)
    return lock


@dataclass
class RecoveredWork:
    """A recovery file whose owner is gone, claimed (locked) by this process."""

    data_file: Path
    original: Path | None
    assessment: Assessment
    lock: QLockFile

    def remove(self) -> None:
        for path in (self.data_file, self.data_file.with_suffix(".json")):
            with contextlib.suppress(FileNotFoundError):
                path.unlink()
        self.lock.unlock()

    def release(self) -> None:
        """Give the claim up without deleting anything (offered again next start)."""
        self.lock.unlock()


def find_orphans(folder: Path | None = None) -> list[RecoveredWork]:
    """Recovery files whose owning process is gone; each is locked for this process."""
    from samverkan_gui.core.assessment import load_assessment

    folder = folder or appdirs.recovery_dir(create=False)
    found: list[RecoveredWork] = []
    try:
        candidates = sorted(folder.glob(f"*{SUFFIX}"), key=lambda p: p.stat().st_mtime, reverse=True)
    except OSError as exc:  # folder unreadable: nothing can be offered, but the app must start
        log.warning("recovery folder %s cannot be read: %s", folder, exc)
        return []
    for data_file in candidates:
        lock = _lock_for(data_file)
        if not lock.tryLock(0):
            continue  # a live window (this or another process) owns it
        try:
            assessment = load_assessment(data_file)
        except SamverkanError as exc:
            log.warning("recovery file %s cannot be read: %s", data_file, exc)
            lock.unlock()
            continue
        original = None
        meta = data_file.with_suffix(".json")
        with contextlib.suppress(OSError, ValueError, TypeError):
            value = json.loads(meta.read_text(encoding="utf-8")).get("original")
            original = Path(value) if value else None
        found.append(RecoveredWork(data_file, original, assessment, lock))
    return found


class Autosaver(QObject):
    """Writes the session's unsaved work to this window's recovery file, debounced."""

    #: ``(path)``: the recovery file was written.
    recovery_written = Signal(str)
    #: ``(message)``: writing failed (disk full, folder gone); the window shows it in the status bar.
    recovery_failed = Signal(str)

    def __init__(self, session: AssessmentSession, folder: Path | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self._folder = folder
        # pid + a random per-window id (os.urandom: the uuid module is slow to import).
        self._stem = f"{os.getpid()}-{os.urandom(6).hex()}"
        self._lock: QLockFile | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(AUTOSAVE_DELAY_MS)
        self._timer.timeout.connect(self.write_now)
        session.assessment_changed.connect(self._schedule)
        session.assessment_replaced.connect(self._schedule)
        session.modified_changed.connect(self._on_modified_changed)

    @property
    def data_file(self) -> Path:
        return (self._folder or appdirs.recovery_dir(create=False)) / f"{self._stem}{SUFFIX}"

    @property
    def pending(self) -> bool:
        return self._timer.isActive()

    def _schedule(self) -> None:
        if self._session.is_modified:
            self._timer.start()
        else:
            self._timer.stop()
            self.discard()

    def _on_modified_changed(self, modified: bool) -> None:
        if modified:
            self._timer.start()
        else:
            self._timer.stop()
            self.discard()

    def _ensure_lock(self) -> None:
        if self._lock is None:
            lock = _lock_for(self.data_file)
            if not lock.tryLock(0):  # pragma: no cover - the name has this pid and a fresh uuid
                raise OSError(f"recovery lock {self.data_file} is held")
            self._lock = lock

    def write_now(self) -> None:
        """Write the recovery file now if there is unsaved work (also called on timer)."""
        self._timer.stop()
        assessment = self._session.assessment
        if assessment is None or not self._session.is_modified:
            self.discard()
            return
        from samverkan_gui.core.assessment import save_assessment
        from samverkan_gui.core.atomic import atomic_write

        try:
            self.data_file.parent.mkdir(parents=True, exist_ok=True)
            self._ensure_lock()
            original = str(self._session.path) if self._session.path else None
            meta = json.dumps({"original": original, "pid": os.getpid()}, ensure_ascii=False)
            atomic_write(self.data_file.with_suffix(".json"), meta.encode("utf-8"))
            save_assessment(self.data_file, assessment, self._session.questionnaire, touch=False)
        except (SamverkanError, OSError) as exc:
            log.warning("autosave failed: %s", exc)
            self.recovery_failed.emit(str(exc))
            return
        self.recovery_written.emit(str(self.data_file))

    def discard(self) -> None:
        """Remove this window's recovery file (after a save, a discard, or a clean close)."""
        for path in (self.data_file, self.data_file.with_suffix(".json")):
            try:
                path.unlink()
            except FileNotFoundError:
                pass
            except OSError as exc:  # pragma: no cover - e.g. a virus scanner holding it on Windows
                log.warning("recovery file %s not removed: %s", path, exc)
        if self._lock is not None:
            self._lock.unlock()
            self._lock = None

    def shutdown(self) -> None:
        self._timer.stop()
        self.discard()
