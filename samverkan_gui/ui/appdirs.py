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
    value = settings().value("recent_files", [])
    if isinstance(value, str):  # QSettings gives a bare string for a one-item list in INI files
        value = [value]
    if not isinstance(value, list):
        return []
    return [Path(str(item)) for item in value if item]


def add_recent_file(path: Path) -> list[Path]:
    path = Path(path).resolve()
    files = [path] + [p for p in recent_files() if p != path]
    files = files[:MAX_RECENT_FILES]
    store = settings()
    store.setValue("recent_files", [str(p) for p in files])
    store.sync()
    return files


def remove_recent_file(path: Path) -> list[Path]:
    files = [p for p in recent_files() if p != Path(path)]
    store = settings()
    store.setValue("recent_files", [str(p) for p in files])
    store.sync()
    return files
