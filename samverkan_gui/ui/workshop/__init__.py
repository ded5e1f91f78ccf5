"""Workshop mode for facilitators: many participants, the group's results, the projector.

The main window adds a menu action calling :func:`open_workshop` when this
package is importable.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QWidget

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


__all__ = ["WorkshopWindow", "open_workshop"]
