"""Workshop mode for facilitators: many participants, the group's results, the projector.

The main window adds a menu action calling :func:`open_workshop` when this
package is importable.
"""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from samverkan_gui.ui.workshop.window import WorkshopWindow


def open_workshop(parent: QWidget | None = None) -> WorkshopWindow:
    """Create and show the workshop window (a separate top-level window); returns it."""
    window = WorkshopWindow(parent)
    window.show()
    window.raise_()
    window.activateWindow()
    return window


__all__ = ["WorkshopWindow", "open_workshop"]
