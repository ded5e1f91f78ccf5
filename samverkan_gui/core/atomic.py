"""Atomic file writing: the old file survives any failure.

The data goes to a temporary file in the same folder, is flushed and fsynced,
and then replaces the target in one rename.  On Windows a virus scanner or the
search indexer may hold the target for a moment, so the replace is retried a
few times on ``PermissionError`` before giving up.
"""

from __future__ import annotations

import contextlib
import errno
import glob
import logging
import os
import sys
import tempfile
import time
from pathlib import Path

from samverkan_gui.core.errors import SaveError
from samverkan_gui.core.messages import Msg

log = logging.getLogger(__name__)

REPLACE_ATTEMPTS = 5
_RETRY_DELAY_S = 0.05


def atomic_write(path: Path | str, data: bytes) -> None:
    """Write ``data`` to ``path`` atomically or raise :class:`SaveError`.

    On failure the previous content of ``path`` (if any) is untouched and no
    temporary file is left behind.
    """
    path = Path(path)
    tmp_name: str | None = None
    # Only a file that was there can be "untouched" (save.failed says so; save.failed_new does not).
    try:
        existed = path.exists()
    except OSError:  # a name the system refuses (too long): the write below reports it
        existed = False
    _remove_stale_temp_files(path)
    try:
        mode = _mode_for(path)
        fd, tmp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
        with os.fdopen(fd, "wb") as stream:
            stream.write(data)
            stream.flush()
            os.fsync(stream.fileno())
        with contextlib.suppress(OSError):
            os.chmod(tmp_name, mode)
        _replace(tmp_name, path)
        tmp_name = None
        _fsync_folder(path.parent)
    except OSError as exc:
        log.warning("saving %s failed: %s", path, exc)
        key = "save.failed" if existed else "save.failed_new"
        raise SaveError(key, path=str(path), reason=describe_os_error(exc)) from exc
    finally:
        if tmp_name is not None:
            with contextlib.suppress(OSError):
                os.unlink(tmp_name)


#: A temporary file of ours this old was left by a process that was killed mid-save.
STALE_TEMP_S = 600


def _remove_stale_temp_files(path: Path) -> None:
    """Remove temporary files of earlier saves of ``path`` that were killed before cleaning up."""
    now = time.time()
    with contextlib.suppress(OSError):
        for leftover in path.parent.glob(f".{glob.escape(path.name)}.*.tmp"):
            with contextlib.suppress(OSError):
                if now - leftover.stat().st_mtime > STALE_TEMP_S:
                    leftover.unlink()


def _mode_for(path: Path) -> int:
    """Keep an existing file's permissions; new files get the usual 0666 & ~umask."""
    try:
        return path.stat().st_mode & 0o777
    except OSError:
        umask = os.umask(0)
        os.umask(umask)
        return 0o666 & ~umask


def _replace(source: str, target: Path) -> None:
    for attempt in range(1, REPLACE_ATTEMPTS + 1):
        try:
            os.replace(source, target)
            return
        except PermissionError:
            if sys.platform != "win32" or attempt == REPLACE_ATTEMPTS:
                raise
            time.sleep(_RETRY_DELAY_S * attempt)


def _fsync_folder(folder: Path) -> None:
    """Make the rename itself durable (POSIX only; Windows has no folder handles)."""
    if sys.platform == "win32":
        return
    with contextlib.suppress(OSError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def describe_os_error(exc: OSError) -> Msg | str:
    """A user-readable reason for an OS error, as a message rendered in the user's language."""
    known = {
        errno.ENOSPC: "save.disk_full",
        errno.EDQUOT: "save.disk_full",
        errno.EACCES: "save.permission",
        errno.EPERM: "save.permission",
        errno.ENOENT: "save.no_folder",
        errno.ENOTDIR: "save.no_folder",
        errno.EROFS: "save.read_only",
        errno.EBUSY: "save.busy",
        errno.ETXTBSY: "save.busy",
        errno.EISDIR: "save.is_folder",
        errno.ENAMETOOLONG: "save.bad_name",
        errno.EINVAL: "save.bad_name",
        errno.EIO: "save.io",
    }
    key = known.get(exc.errno or 0)
    if key is None and isinstance(exc, PermissionError):
        key = "save.permission"
    return Msg(key) if key else (exc.strerror or str(exc))
