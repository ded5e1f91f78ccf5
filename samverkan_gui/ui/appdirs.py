"""Where the window keeps its state: settings (UI state only) and the data folder.

Tests and portable installs point ``SAMVERKAN_CONFIG_DIR`` / ``SAMVERKAN_DATA_DIR``
somewhere else; otherwise Qt's per-user locations are used.
"""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QSettings, QStandardPaths

ORGANISATION = "Samverkan"
APPLICATION = "Samverkan"
SETTINGS_FILE = "samverkan.ini"
MAX_RECENT_FILES = 8


def settings() -> QSettings:
    """The app's settings; an INI file under ``$SAMVERKAN_CONFIG_DIR`` when that is set."""
    folder = os.environ.get("SAMVERKAN_CONFIG_DIR")
    if folder:
        Path(folder).mkdir(parents=True, exist_ok=True)
        return QSettings(str(Path(folder) / SETTINGS_FILE), QSettings.Format.IniFormat)
    return QSettings(QSettings.Format.NativeFormat, QSettings.Scope.UserScope, ORGANISATION, APPLICATION)


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


def log_file() -> Path:
    return data_dir() / "samverkan-errors.log"


def recent_files() -> list[Path]:
    """Kept for callers of earlier versions: the typed setting lives in :mod:`samverkan_gui.ui.settings`."""
    from samverkan_gui.ui import settings as typed

    return typed.recent_files()


def add_recent_file(path: Path) -> list[Path]:
    from samverkan_gui.ui import settings as typed

    return typed.add_recent_file(path)


def remove_recent_file(path: Path) -> list[Path]:
    from samverkan_gui.ui import settings as typed

    return typed.remove_recent_file(path)
