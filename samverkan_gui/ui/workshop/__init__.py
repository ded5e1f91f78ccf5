"""Workshop mode for facilitators: many participants, the group's results, the projector.

The main window opens it through :mod:`samverkan_gui.ui.opening` (imported on first use,
not at start-up).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication, QWidget

from samverkan_gui.core.file_kinds import kind_of
from samverkan_gui.ui.workshop.window import WorkshopWindow


class _CloseWithParent(QObject):
    """Closing the main window first closes the workshop window (which asks about unsaved work).

    Without this a child window is destroyed with its parent, silently, unsaved group and all.
    If the facilitator cancels, the main window stays open too.
    """

    def __init__(self, window: WorkshopWindow, parent: QWidget) -> None:
        super().__init__(window)
        self.window = window
        parent.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Close and self.window.isVisible() and not self.window.close():
            event.ignore()
            return True
        return False


def open_workshop(parent: QWidget | None = None) -> WorkshopWindow:
    """Create and show the workshop window (a separate top-level window); returns it."""
    window = WorkshopWindow(parent)
    if parent is not None:
        _CloseWithParent(window, parent)
    window.show()
    window.raise_()
    window.activateWindow()
    return window


def open_files(parent: QWidget | None, paths: list[Path]) -> WorkshopWindow | None:
    """Files from Arkiv → Öppna, the command line or a drop on the main window.

    One group file opens as it is (or, already open here, its window comes to the front);
    assessments or a folder become a new group with those participants. None when nothing opened.
    """
    if len(paths) == 1:
        shown = [w for w in QApplication.topLevelWidgets() if isinstance(w, WorkshopWindow) and w.isVisible()]
        for window in shown:
            if window.session.path is not None and window.session.path.resolve() == paths[0].resolve():
                window.raise_()
                window.activateWindow()
                return window
    window = open_workshop(parent)
    if len(paths) == 1 and kind_of(paths[0]) == "group" and not paths[0].is_dir():
        if not window.document.open_path(paths[0], ask=False):
            window.close()
            return None
    else:
        window.add_paths(paths)
    return window


__all__ = ["WorkshopWindow", "open_files", "open_workshop"]
