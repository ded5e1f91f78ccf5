"""Files handed to the app (Arkiv → Öppna, a drop, ``samverkan FILE…``) go to the window of their kind.

One assessment opens in the main window; a group file, several files or a folder
go to the workshop window (see :func:`samverkan_gui.core.file_kinds.opens_as_group`).
The workshop package is optional and heavy: it is found without importing it and
imported only when a group is opened.
"""

from __future__ import annotations

import importlib.util
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from samverkan_gui.core.file_kinds import opens_as_group

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from samverkan_gui.ui.workshop import WorkshopWindow


class AssessmentWindow(Protocol):
    """The main window, as far as opening files needs it."""

    def open_path(self, path: Path, *, ask: bool = True) -> bool: ...


def workshop_available() -> bool:
    """Whether the workshop package is there (without importing it: start-up stays fast)."""
    try:
        return importlib.util.find_spec("samverkan_gui.ui.workshop") is not None
    except (ImportError, ValueError):
        return False


def workshop_opener() -> Callable[[QWidget | None], WorkshopWindow] | None:
    """``open_workshop(parent)`` from the workshop package, or None when it isn't installed."""
    try:
        from samverkan_gui.ui.workshop import open_workshop
    except ImportError:
        return None
    return open_workshop


def open_in_workshop(parent: QWidget, paths: list[Path]) -> WorkshopWindow | None:
    """One group file opens as it is; assessments or a folder become a new group. Returns the window."""
    if workshop_opener() is None:
        return None
    from samverkan_gui.ui.workshop import open_files

    return open_files(parent, paths)


def open_paths(window: AssessmentWindow, paths: list[Path]) -> bool:
    """One assessment opens in ``window``; a group file, several files or a folder open the workshop."""
    if not opens_as_group(paths):
        return window.open_path(paths[0])
    return open_in_workshop(window, paths) is not None  # type: ignore[arg-type]
