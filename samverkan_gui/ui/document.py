"""One document controller for every window: open, save, save as, and never lose work.

Both the main window (one assessment) and the workshop window (a group file)
hand their document to a :class:`DocumentController`.  The window supplies a
small :class:`DocumentKind` (suffix, file filter, default name, texts) and its
:class:`~samverkan_gui.ui.session.DocumentSession`; the controller does the rest,
the same way for both:

* open (with a lock file beside the document, see :mod:`samverkan_gui.core.lockfile`,
  and the "file in use" question when another copy holds it), save, save as,
  "save changes?", replacing a file only when asked, recent files, the title
  with ``[*]``;
* before every save, the file on disk is compared with what was loaded or last
  saved (SHA-256 of the bytes): a change by anyone else is never overwritten
  silently;
* read-only mode (chosen when the file is in use): Save goes to Save as;
* exports with a wait cursor that is always restored.

A window that makes a new document out of the current one (a follow-up, a copy)
puts it into its session and calls :meth:`DocumentController.adopt`: the old
document's lock is released and the new one is untitled (or at ``path``).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QStandardPaths, Signal

from samverkan_gui.core.errors import AssessmentFileError, SamverkanError
from samverkan_gui.core.file_kinds import has_suffix, kind_of, with_suffix
from samverkan_gui.core.placeholders import fill
from samverkan_gui.ui import dialogs, settings
from samverkan_gui.ui.i18n import current_language

if TYPE_CHECKING:
    from PySide6.QtWidgets import QMenu, QWidget

    from samverkan_gui.core.lockfile import DocumentLock, LockInfo
    from samverkan_gui.ui.session import DocumentSession

log = logging.getLogger(__name__)


def digest(data: bytes) -> str:
    import hashlib  # here: OpenSSL's libcrypto costs ~3.5 MB, and no document is open at start-up

    return hashlib.sha256(data).hexdigest()


def held_by_other(path: Path) -> LockInfo | None:
    """:func:`samverkan_gui.core.lockfile.held_by_other`, imported when a file is first opened or saved."""
    from samverkan_gui.core.lockfile import held_by_other as held

    return held(path)


@dataclass(frozen=True)
class DocumentKind:
    """What differs between an assessment and a group file (texts are callables: they are translated)."""

    suffix: str
    #: The Open/Save dialog's filter.
    file_filter: Callable[[], str]
    #: "Untitled" / "Untitled group".
    untitled: Callable[[], str]
    #: File name stem Save as suggests for the document (None: none is open), without suffix.
    suggested_stem: Callable[[Any], str]
    open_caption: Callable[[], str]
    save_caption: Callable[[], str]
    open_failed: Callable[[], str]
    save_failed: Callable[[], str]
    #: Window title from the document name ("name[*] – Samverkan"); must contain ``[*]``.
    title: Callable[[str], str]


class DocumentController(QObject):
    """Open, save and protect one document of one window. Shows dialogs only through :mod:`dialogs`."""

    #: ``(path)``: a document was opened from this file.
    document_opened = Signal(object)
    #: ``(path)``: the document was written to this file.
    document_saved = Signal(object)
    #: ``(text, milliseconds)``: something for the status bar.
    status_message = Signal(str, int)
    #: The recent-files list changed (any window).
    recent_changed = Signal()
    #: ``(read_only)``: the document became read-only (opened so) or writable again (saved as a copy).
    read_only_changed = Signal(bool)

    def __init__(
        self,
        window: QWidget,
        kind: DocumentKind,
        session: DocumentSession[Any],
        *,
        redirect: Callable[[Path], bool] | None = None,
        discard_backup: Callable[[], None] | None = None,
        check_input: Callable[[], bool] | None = None,
        pending_input: Callable[[], bool] | None = None,
    ) -> None:
        """``window`` gets the title and parents the dialogs; the callables change what the controller does:

        * ``redirect(path)``: opens a file of another kind (``.samverkan-grupp`` in the main window)
          elsewhere; True when it was opened. Without it such a file is opened here and refused.
        * ``discard_backup()``: the user chose to forget the unsaved work ("Don't save").
        * ``check_input()``: before every save; False (after telling the user and showing where) when
          something typed cannot be saved as it stands (a due date that is not a date): nothing is saved.
        * ``pending_input()``: whether something typed is not in the document yet because it is
          invalid: closing asks about unsaved work then too.
        """
        super().__init__(window)
        self.window = window
        self.kind = kind
        self.session = session
        self._lock: DocumentLock | None = None
        self._disk_digest: str | None = None
        self._read_only = False
        self._redirect = redirect
        self._discard_backup = discard_backup or (lambda: None)
        self._check_input = check_input or (lambda: True)
        self._pending_input = pending_input or (lambda: False)
        _RECENT.changed.connect(self.recent_changed)

    # --- state ---------------------------------------------------------------------------

    @property
    def read_only(self) -> bool:
        return self._read_only

    @property
    def locked(self) -> bool:
        """Whether this window holds the lock file of its document."""
        return self._lock is not None

    def document_name(self) -> str:
        path = self.session.path
        return path.name if path else self.kind.untitled()

    def update_title(self) -> None:
        window = self.window
        if not self.session.is_open:
            window.setWindowTitle("Samverkan")
            window.setWindowModified(False)
            return
        name = self.document_name()
        if self._read_only:
            name = fill(self.tr("%1 (read-only)"), name)
        from PySide6.QtCore import Qt  # not before the first paint (the start view has no document)

        # The "*" first, then the title: one change of the window's name, so a screen reader says
        # the new title once ("Untitled* – Samverkan"), not the title and then the title with "*".
        window.setAttribute(Qt.WidgetAttribute.WA_WindowModified, self.session.modified)
        window.setWindowTitle(self.kind.title(name))
        window.setWindowModified(self.session.modified)  # what the platform shows (macOS's dot)

    # --- folders ---------------------------------------------------------------------------

    def default_directory(self) -> str:
        path = self.session.path
        if path is not None and path.parent.is_dir():
            return str(path.parent)
        stored = settings.LAST_DIRECTORY.get()
        if stored and Path(stored).is_dir():
            return stored
        documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        # A missing Documents folder would make the dialog open in the current folder:
        # for a shortcut's start that is the program's own folder.
        return documents if documents and Path(documents).is_dir() else str(Path.home())

    def remember_directory(self, path: Path) -> None:
        settings.LAST_DIRECTORY.set(str(Path(path).parent))

    def suggested_path(self, suffix: str) -> str:
        if self.session.path is not None:
            return str(self.session.path.with_suffix(suffix) if suffix != self.kind.suffix else self.session.path)
        stem = self.kind.suggested_stem(self.session.document) or "samverkan"
        return str(Path(self.default_directory()) / f"{stem}{suffix}")

    # --- asking --------------------------------------------------------------------------

    def maybe_save(self) -> bool:
        """Ask before unsaved work would be lost; True when it is fine to go on."""
        if not self.session.is_open or not (self.session.modified or self._pending_input()):
            return True
        choice = dialogs.ask_save_changes(self.window, self.document_name())
        if choice is dialogs.Choice.SAVE:
            return self.save()
        if choice is dialogs.Choice.DISCARD:
            self._discard_backup()
            return True
        return False

    def confirm_replace(self, path: Path) -> bool:
        """The name got its suffix after the dialog: ask before replacing a file the dialog never showed."""
        if not path.exists():
            return True
        return dialogs.ask_yes_no(
            self.window,
            self.tr("Replace file?"),
            fill(self.tr("%1 already exists. Do you want to replace it?"), path.name),
        )

    def ask_target(self, caption: str, suggested: str, file_filter: str, suffix: str) -> Path | None:
        """A file to write, with ``suffix``; None when cancelled or replacing was refused."""
        path = dialogs.save_file_name(self.window, caption, suggested, file_filter)
        if path is None:
            return None
        if has_suffix(path, suffix):
            return path  # the save dialog has already asked about replacing it
        path = with_suffix(path, suffix)
        return path if self.confirm_replace(path) else None

    # --- open ------------------------------------------------------------------------------

    def open_dialog(self, file_filter: str | None = None) -> bool:
        if not self.maybe_save():
            return False
        path = dialogs.open_file_name(
            self.window, self.kind.open_caption(), self.default_directory(), file_filter or self.kind.file_filter()
        )
        return path is not None and self.open_path(path, ask=False)

    def open_path(self, path: Path, *, ask: bool = True) -> bool:
        """Open ``path`` in this window (after "save changes?" when ``ask``); False if it was not opened."""
        path = Path(path)
        if self._redirect is not None and kind_of(path) != kind_of(Path(self.kind.suffix)):
            return self._redirect(path)
        if ask and not self.maybe_save():
            return False
        mode = None if self._holds(path) else self._ask_if_in_use(path)
        if mode is dialogs.InUse.CANCEL:
            return False
        from samverkan_gui.core.yamlio import read_bytes

        try:
            data = read_bytes(path, AssessmentFileError)
            self.session.open_data(path, data)
        except SamverkanError as exc:
            dialogs.show_error(self.window, self.kind.open_failed(), exc.message(current_language()))
            self._offer_to_forget(path)
            return False
        if mode is dialogs.InUse.COPY:
            self.session.detach()
            self._take(None, None)
            self.status_message.emit(fill(self.tr("Opened a copy of %1: save it under a new name."), path.name), 8000)
        else:
            self._take(path, data, read_only=mode is dialogs.InUse.READ_ONLY, force=mode is dialogs.InUse.ANYWAY)
            self.status_message.emit(fill(self.tr("Opened %1"), str(path)), 5000)
        self.remember_directory(path)
        add_recent(path)
        self.update_title()
        self.document_opened.emit(path)
        return True

    def _holds(self, path: Path) -> bool:
        return self._lock is not None and _same(self._lock.document, path)

    def _ask_if_in_use(self, path: Path) -> dialogs.InUse | None:
        """None when no other copy has ``path`` open, else what the user chose."""
        owner = held_by_other(path)
        if owner is None:
            return None
        since = owner.since.astimezone().strftime("%Y-%m-%d %H:%M")
        return dialogs.ask_file_in_use(self.window, path.name, owner.user, owner.machine, since)

    def _take(self, path: Path | None, data: bytes | None, *, read_only: bool = False, force: bool = False) -> None:
        """This window's document is now ``path`` (None: untitled) as ``data`` on disk."""
        if self._lock is not None and (path is None or not _same(self._lock.document, path)):
            self._lock.release()
            self._lock = None
        self._disk_digest = digest(data) if data is not None else None
        if read_only != self._read_only:
            self._read_only = read_only
            self.read_only_changed.emit(read_only)
        if path is not None and not read_only and self._lock is None:
            # None in a read-only folder or on a file in use: the document opens all the same.
            from samverkan_gui.core.lockfile import DocumentLock

            self._lock = DocumentLock.acquire(path, force=force)

    def adopt(self, path: Path | None = None) -> None:
        """The session now holds a new document (new, restored, a follow-up of the old one).

        ``path`` is the file it belongs to (recovered work of a saved file), else None
        (untitled).  The old document's lock is released; the file's current bytes
        become the base the next save is compared with.
        """
        data = None
        if path is not None:
            try:
                data = Path(path).read_bytes()
            except OSError:
                data = None
        self._take(path, data)
        self.update_title()

    def close_document(self) -> None:
        """The document is closed: the lock goes."""
        self._take(None, None)

    def _offer_to_forget(self, path: Path) -> None:
        """A recent file that is gone (moved, deleted) need not be offered forever; a USB stick may come back."""
        if path.exists() or not any(_same(path, p) for p in settings.recent_files()):
            return
        if dialogs.ask_yes_no(
            self.window,
            self.tr("Remove from recent files?"),
            fill(self.tr("%1 is not there any more. Remove it from the recent files?"), str(path)),
        ):
            settings.remove_recent_file(path.resolve())
            _RECENT.changed.emit()

    # --- recent files ------------------------------------------------------------------------

    def fill_recent_menu(self, menu: QMenu, kinds: tuple[str, ...] = ("assessment", "group")) -> list[Path]:
        """Fill an "Open recent" menu with the recent files of ``kinds``; group files are marked."""
        files = [path for path in settings.recent_files() if kind_of(path) in kinds]
        menu.clear()
        for path in files:
            group = kind_of(path) == "group" and len(kinds) > 1
            text = fill(self.tr("%1 (group)"), path.name) if group else path.name
            action = menu.addAction(text.replace("&", "&&"))  # a menu eats single &
            action.setStatusTip(str(path))
            action.triggered.connect(lambda _checked=False, p=path: self.open_path(p))
        menu.setEnabled(bool(files))
        return files

    # --- save ------------------------------------------------------------------------------

    def save(self) -> bool:
        if not self.session.is_open or not self._check_input():
            return False
        path = self.session.path
        if path is None or self._read_only:
            return self.save_as()
        if self._changed_on_disk(path):
            choice = dialogs.ask_file_changed(self.window, path.name)
            if choice is dialogs.Changed.SAVE_AS:
                return self.save_as()
            if choice is dialogs.Changed.RELOAD:
                self.open_path(path, ask=False)
                return False
            if choice is not dialogs.Changed.OVERWRITE:
                return False
        return self.save_to(path)

    def save_as(self) -> bool:
        if not self.session.is_open or not self._check_input():
            return False
        path = self.ask_target(
            self.kind.save_caption(), self.suggested_path(self.kind.suffix), self.kind.file_filter(), self.kind.suffix
        )
        if path is None:
            return False
        owner = None if self._holds(path) else held_by_other(path)
        if owner is not None and not dialogs.ask_yes_no(
            self.window,
            self.tr("Replace file?"),
            fill(
                self.tr("%1 is open in another copy of Samverkan (%2 on %3). Replace it all the same?"),
                path.name,
                owner.user,
                owner.machine,
            ),
        ):
            return False
        return self.save_to(path)

    def _changed_on_disk(self, path: Path) -> bool:
        """Whether someone changed or replaced the file since this window read or wrote it."""
        try:
            data = path.read_bytes()
        except FileNotFoundError:
            return False  # deleted meanwhile: saving puts it back, nothing of anyone's is lost
        except OSError as exc:
            log.info("cannot compare %s before saving: %s", path, exc)
            return False  # the save itself will report the problem
        return self._disk_digest is None or digest(data) != self._disk_digest

    def save_to(self, path: Path) -> bool:
        path = Path(path)
        try:
            self.session.save(path)
        except SamverkanError as exc:
            text = exc.message(current_language())
            if dialogs.show_save_failed(self.window, self.kind.save_failed(), text):
                return self.save_as()
            return False
        try:
            data: bytes | None = path.read_bytes()
        except OSError:
            data = None
        self._take(path, data, force=self._holds(path))
        self.remember_directory(path)
        add_recent(path)
        self.update_title()
        self.status_message.emit(fill(self.tr("Saved %1"), str(path)), 5000)
        self.document_saved.emit(path)
        return True

    # --- exports ---------------------------------------------------------------------------

    def run_export(self, write: Callable[[], object], error_title: str) -> bool:
        """Run ``write`` under a wait cursor (always restored); a SamverkanError is shown, False."""
        from PySide6.QtCore import Qt
        from PySide6.QtWidgets import QApplication

        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            write()
        except SamverkanError as exc:
            failure: SamverkanError | None = exc
        else:
            failure = None
        finally:
            # Restored before any message, and also when ``write`` fails unexpectedly (the excepthook shows that).
            QApplication.restoreOverrideCursor()
        if failure is not None:
            dialogs.show_error(self.window, error_title, failure.message(current_language()))
            return False
        return True


def _same(a: Path, b: Path) -> bool:
    try:
        return Path(a).resolve() == Path(b).resolve()
    except OSError:
        return Path(a).absolute() == Path(b).absolute()


class _RecentNotifier(QObject):
    #: The recent-files list in the settings changed.
    changed = Signal()


_RECENT = _RecentNotifier()


def add_recent(path: Path) -> None:
    settings.add_recent_file(path)
    _RECENT.changed.emit()
