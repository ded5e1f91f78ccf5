"""Autosave to a recovery file, and finding work left behind by a crashed process.

One scheme serves single assessments and workshop groups alike; a
:class:`RecoveryStore` names the folder, the file suffix and how a document is
loaded and saved.  Each window writes ``<folder>/<pid>-<random><suffix>``
(atomically, via the core's save) plus ``<same>.json`` naming the original
file, and holds ``<same>.lock`` with a :class:`QLockFile` for as long as it
has unsaved work.  Another running copy cannot take that lock, so it never
touches a live window's recovery file; once the owning process is gone
(crashed, killed) the lock is stale and the next start offers the work back.
Saving or discarding removes the files.  Each store has its own folder, so
single assessments and workshop groups never pick up each other's files.
"""

from __future__ import annotations

import contextlib
import logging
import os
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, Generic, TypeVar

from PySide6.QtCore import QLockFile, QObject, QTimer, Signal

from samverkan_gui.core.errors import SamverkanError
from samverkan_gui.core.file_kinds import ASSESSMENT_SUFFIX
from samverkan_gui.ui import appdirs

if TYPE_CHECKING:
    from samverkan_gui.core.assessment import Assessment
    from samverkan_gui.core.questionnaire import Questionnaire
    from samverkan_gui.ui.session import DocumentSession

log = logging.getLogger(__name__)

#: How long after the last change the recovery file is written.
AUTOSAVE_DELAY_MS = 1500
#: The workshop groups' recovery folder under the data folder (their store is in
#: ``ui.workshop.recovery``; named here so the start can look into it without importing the workshop).
WORKSHOP_FOLDER = "recovery-workshop"

D = TypeVar("D")
R = TypeVar("R", bound="Recovered[Any]")


def _lock_for(data_file: Path) -> QLockFile:
    lock = QLockFile(str(data_file.with_suffix(".lock")))
    # Only a dead owner makes a lock stale: a live window may idle for hours.
    lock.setStaleLockTime(0)
    return lock


def _remove_files(data_file: Path) -> None:
    for path in (data_file, data_file.with_suffix(".json")):
        try:
            path.unlink()
        except FileNotFoundError:
            pass
        except OSError as exc:  # pragma: no cover - e.g. a virus scanner holding it on Windows
            log.warning("recovery file %s not removed: %s", path, exc)


def has_candidates(folder: Path, suffix: str) -> bool:
    """Whether ``folder`` may hold recovery files ending in ``suffix``: a directory listing, nothing parsed.

    The start asks this before loading a kind's code: usually there is nothing to recover.
    A folder that exists but cannot be listed counts as a yes, so the full scan reports it.
    """
    try:
        with os.scandir(folder) as entries:
            return any(entry.name.endswith(suffix) for entry in entries)
    except FileNotFoundError:
        return False
    except OSError:
        return True


@dataclass
class Recovered(Generic[D]):
    """A recovery file whose owner is gone, claimed (locked) by this process."""

    data_file: Path
    original: Path | None
    document: D
    lock: QLockFile

    def remove(self) -> None:
        _remove_files(self.data_file)
        self.lock.unlock()

    def release(self) -> None:
        """Give the claim up without deleting anything (offered again next start)."""
        self.lock.unlock()


@dataclass(frozen=True)
class RecoveryStore(Generic[D, R]):
    """Where and how one kind of document is kept for recovery."""

    #: Folder name under the app's data folder.
    folder_name: str
    #: File suffix of the document (the core's own, so a recovery file opens like any other).
    suffix: str
    load: Callable[[Path], D]
    #: ``(path, document, questionnaire)``: an atomic save that keeps the document's timestamps.
    save: Callable[[Path, D, Questionnaire | None], object]
    #: Builds the claimed record handed to the window.
    record: Callable[[Path, Path | None, D, QLockFile], R]

    def folder(self, create: bool = False) -> Path:
        path = appdirs.data_dir(create) / self.folder_name
        if create:
            path.mkdir(parents=True, exist_ok=True)
        return path

    def find_orphans(self, folder: Path | None = None) -> list[R]:
        """Recovery files whose owning process is gone, newest first; each is locked for this process."""
        folder = folder or self.folder()
        import json  # only when there is something to scan or write

        found: list[R] = []
        try:
            candidates = sorted(folder.glob(f"*{self.suffix}"), key=lambda p: p.stat().st_mtime, reverse=True)
        except OSError as exc:  # folder unreadable: nothing can be offered, but the app must start
            log.warning("recovery folder %s cannot be read: %s", folder, exc)
            return []
        for data_file in candidates:
            lock = _lock_for(data_file)
            if not lock.tryLock(0):
                continue  # a live window (this or another process) owns it
            try:
                document = self.load(data_file)
            except SamverkanError as exc:
                log.warning("recovery file %s cannot be read: %s", data_file, exc)
                lock.unlock()
                continue
            original = None
            with contextlib.suppress(OSError, ValueError, TypeError, AttributeError):
                value = json.loads(data_file.with_suffix(".json").read_text(encoding="utf-8")).get("original")
                original = Path(value) if value else None
            found.append(self.record(data_file, original, document, lock))
        return found


class RecoveryAutosave(QObject):
    """Writes a window's unsaved work (its session's document) to its recovery file, debounced."""

    #: ``(path)``: the recovery file was written.
    recovery_written = Signal(str)
    #: ``(message)``: writing failed (disk full, folder gone); the window may show it in the status bar.
    recovery_failed = Signal(str)

    def __init__(
        self,
        store: RecoveryStore[Any, Any],
        session: DocumentSession[Any],
        folder: Path | None = None,
        parent: QObject | None = None,
        delay_ms: int = AUTOSAVE_DELAY_MS,
    ) -> None:
        super().__init__(parent)
        self._store = store
        self.session = session
        self._folder = folder
        # pid + a random per-window id (os.urandom: the uuid module is slow to import).
        self._stem = f"{os.getpid()}-{os.urandom(6).hex()}"
        self._lock: QLockFile | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(delay_ms)
        self._timer.timeout.connect(self.write_now)
        session.document_changed.connect(self._changed)
        session.modified_changed.connect(self._changed)

    def _snapshot(self) -> tuple[Any, Questionnaire | None, Path | None] | None:
        """``(document, questionnaire, original file)`` of the unsaved work, or None if all is saved."""
        session = self.session
        if session.document is None or not session.modified:
            return None
        return session.document, session.questionnaire, session.path

    @property
    def data_file(self) -> Path:
        return (self._folder or self._store.folder()) / f"{self._stem}{self._store.suffix}"

    def _changed(self) -> None:
        if self._snapshot() is not None:
            self._timer.start()
        else:
            self._timer.stop()
            self.discard()

    def _ensure_lock(self) -> None:
        if self._lock is None:
            lock = _lock_for(self.data_file)
            if not lock.tryLock(0):  # pragma: no cover - the name has this pid and a fresh random id
                raise OSError(f"recovery lock {self.data_file} is held")
            self._lock = lock

    def write_now(self) -> None:
        """Write the recovery file now if there is unsaved work (also called on timer)."""
        self._timer.stop()
        snapshot = self._snapshot()
        if snapshot is None:
            self.discard()
            return
        document, questionnaire, original = snapshot
        import json

        from samverkan_gui.core.atomic import atomic_write

        try:
            self.data_file.parent.mkdir(parents=True, exist_ok=True)
            self._ensure_lock()
            meta = json.dumps({"original": str(original) if original else None, "pid": os.getpid()}, ensure_ascii=False)
            atomic_write(self.data_file.with_suffix(".json"), meta.encode("utf-8"))
            self._store.save(self.data_file, document, questionnaire)
        except (SamverkanError, OSError) as exc:  # autosave must never interrupt the user
            log.warning("autosave failed: %s", exc)
            self.recovery_failed.emit(str(exc))
            return
        self.recovery_written.emit(str(self.data_file))

    def discard(self) -> None:
        """Remove this window's recovery file (after a save, a discard, or a clean close)."""
        _remove_files(self.data_file)
        if self._lock is not None:
            self._lock.unlock()
            self._lock = None

    def shutdown(self) -> None:
        """The window closes normally: no recovery needed."""
        self._timer.stop()
        self.discard()


# --- single assessments --------------------------------------------------------------------------


class RecoveredWork(Recovered["Assessment"]):
    """An assessment left behind by a crashed process."""

    @property
    def assessment(self) -> Assessment:
        return self.document


def _load_assessment(path: Path) -> Assessment:
    from samverkan_gui.core.assessment import load_assessment

    return load_assessment(path)


def _save_assessment(path: Path, assessment: Assessment, questionnaire: Questionnaire | None) -> object:
    from samverkan_gui.core.assessment import save_assessment

    return save_assessment(path, assessment, questionnaire, touch=False)


ASSESSMENTS: RecoveryStore[Assessment, RecoveredWork] = RecoveryStore(
    "recovery", ASSESSMENT_SUFFIX, _load_assessment, _save_assessment, RecoveredWork
)


def find_orphans(folder: Path | None = None) -> list[RecoveredWork]:
    """Assessment recovery files whose owning process is gone; each is locked for this process."""
    return ASSESSMENTS.find_orphans(folder or appdirs.recovery_dir(create=False))
