"""Owner files beside an open document, as LibreOffice's ``.~lock.<name>#``.

While a copy of Samverkan has a document open it keeps ``.~lock.<name>#`` in the
document's folder.  The file is one line of comma-separated fields::

    Samverkan,<user>,<machine>,<ISO time UTC>,<pid>

so that another copy (on this or another PC, e.g. on a shared network drive) can
say who has the file open and since when.  The lock is advisory: it only makes
the second copy ask.  It is removed when the document is closed; a lock left by
a crashed or killed copy is *stale* when it names this machine and its process
is gone, or when it is older than :data:`STALE_AFTER` (a PC that crashed on
another machine cannot be asked).

No Qt here: the command line may use it too.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import getpass
import logging
import os
import sys
from dataclasses import dataclass
from pathlib import Path

log = logging.getLogger(__name__)

PREFIX = ".~lock."
APP = "Samverkan"
#: A lock this old is stale whoever wrote it: nobody keeps a form open for a week.
STALE_AFTER = dt.timedelta(days=7)

#: Lock files this process holds (several windows may run in one process).
_held: dict[Path, DocumentLock] = {}


def lock_path(document: Path) -> Path:
    """``<folder>/.~lock.<name>#`` for ``document``."""
    document = Path(document)
    return document.with_name(f"{PREFIX}{document.name}#")


def _user() -> str:
    try:
        return getpass.getuser()
    except (OSError, KeyError, ImportError):  # no login name (a service account, a container)
        return os.environ.get("USERNAME") or os.environ.get("USER") or "?"


def _machine() -> str:
    # Not socket.gethostname(): this app imports no network module at all (tests/test_offline.py).
    if sys.platform == "win32":
        return os.environ.get("COMPUTERNAME") or "?"
    return os.uname().nodename or "?"


def _clean(field: str) -> str:
    return field.replace(",", " ").replace("\n", " ").replace("\r", " ").strip()


@dataclass(frozen=True)
class LockInfo:
    """Who holds a document, read from its lock file."""

    user: str
    machine: str
    since: dt.datetime
    pid: int

    def format(self) -> str:
        return f"{APP},{_clean(self.user)},{_clean(self.machine)},{self.since.isoformat()},{self.pid}\n"

    @classmethod
    def parse(cls, text: str) -> LockInfo | None:
        fields = text.strip().split(",")
        if len(fields) != 5 or fields[0] != APP:
            return None
        try:
            since = dt.datetime.fromisoformat(fields[3])
            pid = int(fields[4])
        except ValueError:
            return None
        if since.tzinfo is None:
            since = since.replace(tzinfo=dt.UTC)
        return cls(fields[1], fields[2], since, pid)

    @classmethod
    def mine(cls) -> LockInfo:
        return cls(_user(), _machine(), dt.datetime.now(dt.UTC).replace(microsecond=0), os.getpid())

    @property
    def on_this_machine(self) -> bool:
        return self.machine.casefold() == _clean(_machine()).casefold()

    def is_stale(self, path: Path | None = None, now: dt.datetime | None = None) -> bool:
        """True when the owner is surely gone: dead process here, or a very old lock anywhere."""
        now = now or dt.datetime.now(dt.UTC)
        if now - self.since > STALE_AFTER:
            return True
        if not self.on_this_machine:
            return False
        if self.pid == os.getpid():
            # One of this process's windows, or a leftover with a reused pid.
            return path is None or lock_path_resolved(path) not in _held
        return not process_alive(self.pid)


def lock_path_resolved(path: Path) -> Path:
    with contextlib.suppress(OSError):
        return path.resolve()
    return path.absolute()


def process_alive(pid: int) -> bool:
    """Whether a process with ``pid`` runs on this machine."""
    if pid <= 0:
        return False
    if sys.platform == "win32":  # os.kill(pid, 0) would terminate the process on Windows
        import ctypes

        kernel32 = ctypes.WinDLL("kernel32", use_last_error=True)  # type: ignore[attr-defined,unused-ignore]
        kernel32.OpenProcess.restype = ctypes.c_void_p  # a HANDLE: pointer-sized, not int
        kernel32.CloseHandle.argtypes = [ctypes.c_void_p]
        kernel32.GetExitCodeProcess.argtypes = [ctypes.c_void_p, ctypes.POINTER(ctypes.c_ulong)]
        handle = kernel32.OpenProcess(0x1000, False, pid)  # PROCESS_QUERY_LIMITED_INFORMATION
        if not handle:
            # Access denied: another user's process (a terminal server, Citrix) is alive; 87: no such process.
            return bool(ctypes.get_last_error() == 5)  # type: ignore[attr-defined,unused-ignore]
        try:
            code = ctypes.c_ulong()
            if not kernel32.GetExitCodeProcess(handle, ctypes.byref(code)):
                return True
            return code.value == 259  # STILL_ACTIVE
        finally:
            kernel32.CloseHandle(handle)
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:  # someone else's process: alive
        return True
    except OSError:
        return False
    return True


def read_lock(document: Path) -> LockInfo | None:
    """The lock on ``document`` if one exists and can be read (an unreadable one counts as none)."""
    path = lock_path(document)
    try:
        text = path.read_text(encoding="utf-8", errors="replace")
    except OSError:
        return None
    info = LockInfo.parse(text)
    if info is None:
        log.info("lock file %s is not ours or is damaged; ignored", path)
    return info


def held_by_other(document: Path) -> LockInfo | None:
    """The live owner of ``document`` other than this window, or None (no lock, or a stale one)."""
    info = read_lock(document)
    if info is None:
        return None
    path = lock_path(document)
    if lock_path_resolved(path) in _held and info.pid == os.getpid() and info.on_this_machine:
        # Our own process holds it: another window of this process has the document open.
        return info
    if info.is_stale(path):
        return None
    return info


def _hide(path: Path) -> None:
    """On Windows a leading dot hides nothing: set the hidden attribute, as LibreOffice does."""
    if sys.platform != "win32":
        return
    import ctypes

    with contextlib.suppress(OSError, AttributeError):
        ctypes.windll.kernel32.SetFileAttributesW(str(path), 0x2)  # type: ignore[attr-defined,unused-ignore]


class DocumentLock:
    """This copy's lock on one document; :meth:`release` removes the file again."""

    def __init__(self, document: Path, info: LockInfo) -> None:
        self.document = Path(document)
        self.path = lock_path(self.document)
        self.info = info

    @classmethod
    def acquire(cls, document: Path, *, force: bool = False) -> DocumentLock | None:
        """Write the lock file; None when the folder is read-only or another live copy holds it.

        With ``force`` an existing lock (stale, or taken over by "Open anyway") is replaced.
        """
        info = LockInfo.mine()
        path = lock_path(document)
        if force or (read_lock(document) is not None and held_by_other(document) is None):
            with contextlib.suppress(OSError):
                path.unlink()
        try:
            fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o644)
        except OSError as exc:  # exists (a live owner), or a read-only folder: open without a lock
            log.info("no lock file for %s: %s", document, exc)
            return None
        try:
            with os.fdopen(fd, "w", encoding="utf-8") as stream:
                stream.write(info.format())
        except OSError as exc:
            log.info("lock file %s not written: %s", path, exc)
            with contextlib.suppress(OSError):
                path.unlink()
            return None
        _hide(path)
        lock = cls(document, info)
        _held[lock_path_resolved(path)] = lock  # the newest holder in this process (see release)
        return lock

    def still_ours(self) -> bool:
        return read_lock(self.document) == self.info

    def release(self) -> None:
        """Remove the lock file if it is still ours (another copy may have taken it over)."""
        resolved = lock_path_resolved(self.path)
        if _held.get(resolved) is not self:
            return  # another window of this process took the file over ("Open anyway"): its lock now
        del _held[resolved]
        if self.still_ours():
            try:
                self.path.unlink()
            except FileNotFoundError:
                pass
            except OSError as exc:
                log.info("lock file %s not removed: %s", self.path, exc)
