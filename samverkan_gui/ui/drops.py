"""Files dropped on a window: one rule for which drops are taken, for every window that takes them.

Only local files count (a link from a browser is not a file on this computer). A window
lists :class:`FileDropTarget` before its Qt base class, calls ``setAcceptDrops(True)``,
and says what it does with the files in ``files_dropped``; ``accepts_drop`` narrows
which files it wants (the main window: Samverkan files and folders only).
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PySide6.QtGui import QDragEnterEvent, QDropEvent
    from PySide6.QtWidgets import QWidget

    _Base = QWidget
else:
    _Base = object


def local_paths(event: QDragEnterEvent | QDropEvent) -> list[Path]:
    """The local files and folders a drag carries (none for web links or text)."""
    mime = event.mimeData()
    if not mime.hasUrls():
        return []
    return [Path(url.toLocalFile()) for url in mime.urls() if url.isLocalFile()]


class FileDropTarget(_Base):
    """Mixin for a window that takes dropped files: drags with none it wants are refused."""

    def accepts_drop(self, path: Path) -> bool:
        """Whether this window takes ``path`` (every local file or folder unless narrowed)."""
        return True

    def files_dropped(self, paths: list[Path]) -> None:
        """Do what the window does with the dropped files (each window has its own)."""
        raise NotImplementedError

    def _wanted(self, event: QDragEnterEvent | QDropEvent) -> list[Path]:
        return [path for path in local_paths(event) if self.accepts_drop(path)]

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if self._wanted(event):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = self._wanted(event)
        if not paths:
            event.ignore()
            return
        event.acceptProposedAction()
        self.files_dropped(paths)
