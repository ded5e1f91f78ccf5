"""Where the window keeps its state: settings (UI state only) and the data folder.

Tests and portable installs point ``SAMVERKAN_CONFIG_DIR`` / ``SAMVERKAN_DATA_DIR``
somewhere else; otherwise Qt's per-user locations are used.
"""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QStandardPaths

# The settings themselves are declared in samverkan_gui.ui.settings; these names stay here for callers.
from samverkan_gui.ui.settings import (
    APPLICATION,
    MAX_RECENT_FILES,
    ORGANISATION,
    SETTINGS_FILE,
    add_recent_file,
    recent_files,
    remove_recent_file,
)
from samverkan_gui.ui.settings import store as settings

__all__ = [
    "APPLICATION",
    "MAX_RECENT_FILES",
    "ORGANISATION",
    "SETTINGS_FILE",
    "add_recent_file",
    "data_dir",
    "log_file",
    "questionnaire_index",
    "recent_files",
    "recovery_dir",
    "remove_recent_file",
    "settings",
]


def data_dir(create: bool = True) -> Path:
    """The app-local data folder (recovery files, the error log).

    With ``create`` the folder is made when missing, which may raise ``OSError``
    (a locked-down profile); callers that only read or delete pass ``create=False``.
    """
    folder = os.environ.get("SAMVERKAN_DATA_DIR")
    path = (
        Path(folder)
        if folder
        else Path(QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppLocalDataLocation))
    )
    if create:
        path.mkdir(parents=True, exist_ok=True)
    return path


def recovery_dir(create: bool = True) -> Path:
    path = data_dir(create) / "recovery"
    if create:
        path.mkdir(parents=True, exist_ok=True)
    return path


def questionnaire_index() -> Path:
    """The questionnaire titles remembered for a fast start (a cache: see ``core.qindex``)."""
    return data_dir(create=False) / "questionnaire-index.json"


def log_file() -> Path:
    return data_dir() / "samverkan-errors.log"
