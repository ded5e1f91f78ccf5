"""The workshop window, opened from the main window: imported on first use, not at start-up.

One assessment opens in the main window; a group file, several files or a folder
go to the workshop window (see :func:`samverkan_gui.core.file_kinds.opens_as_group`).
The workshop package costs ~5 MB and ~90 ms to import, so it is imported here,
when the first group is opened, and not while the main window first appears.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from pathlib import Path

    from PySide6.QtWidgets import QWidget

    from samverkan_gui.ui.workshop import WorkshopWindow


def open_workshop(parent: QWidget | None) -> WorkshopWindow:
    """A new workshop window (shown, closed with ``parent``)."""
    from samverkan_gui.ui.workshop import open_workshop as opened

    return opened(parent)


def open_in_workshop(parent: QWidget, paths: list[Path]) -> WorkshopWindow | None:
    """One group file opens as it is; assessments or a folder become a new group. Returns the window."""
    from samverkan_gui.ui.workshop import open_files

    return open_files(parent, paths)
