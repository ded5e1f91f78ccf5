"""Every setting the app remembers, declared once with its type and default.

QSettings holds UI state only (language, text size, window geometry, folders,
recent files); documents hold the data.  Code reads ``settings.ZOOM.get()`` and
writes ``settings.ZOOM.set(1.3)`` instead of raw string keys, so a key is
spelled in one place and a damaged value (a hand-edited INI file) falls back to
the default instead of raising.  The keys are those of earlier versions: a
user's remembered choices survive the update.
"""

from __future__ import annotations

import enum
import os
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QByteArray, QSettings

from samverkan_gui.core.file_kinds import ReportFormat

T = TypeVar("T")

ORGANISATION = "Samverkan"
APPLICATION = "Samverkan"
SETTINGS_FILE = "samverkan.ini"
MAX_RECENT_FILES = 8


def store() -> QSettings:
    """The app's settings; an INI file under ``$SAMVERKAN_CONFIG_DIR`` when that is set (tests, portable)."""
    folder = os.environ.get("SAMVERKAN_CONFIG_DIR")
    if folder:
        Path(folder).mkdir(parents=True, exist_ok=True)
        return QSettings(str(Path(folder) / SETTINGS_FILE), QSettings.Format.IniFormat)
    return QSettings(QSettings.Format.NativeFormat, QSettings.Scope.UserScope, ORGANISATION, APPLICATION)


@dataclass(frozen=True)
class Setting(Generic[T]):
    """One remembered value: ``key`` in the settings file, ``convert`` checks what was read."""

    key: str
    default: T
    convert: Callable[[Any], T]

    def get(self) -> T:
        value = store().value(self.key, None)
        if value is None:
            return self.default
        try:
            return self.convert(value)
        except (TypeError, ValueError):
            return self.default

    def set(self, value: T) -> None:
        settings = store()
        settings.setValue(self.key, _storable(value))
        settings.sync()


def _storable(value: Any) -> Any:
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, Path):
        return str(value)
    if isinstance(value, list | tuple):
        return [_storable(item) for item in value]
    return value


def _text(value: Any) -> str:
    if not isinstance(value, str):
        raise TypeError(value)
    return value


def _number(value: Any) -> float:
    return float(value)


def _bytes(value: Any) -> QByteArray:
    if not isinstance(value, QByteArray):
        raise TypeError(value)
    return value


def _paths(value: Any) -> list[Path]:
    if isinstance(value, str):  # QSettings gives a bare string for a one-item list in INI files
        value = [value]
    if not isinstance(value, list):
        raise TypeError(value)
    return [Path(str(item)) for item in value if item]


#: The UI language chosen in the menu ("sv"/"en"); empty: follow the system.
LANGUAGE: Setting[str] = Setting("language", "", _text)
#: Text size factor (View → Larger text).
ZOOM: Setting[float] = Setting("zoom", 1.0, _number)
#: The main window's geometry.
GEOMETRY: Setting[QByteArray] = Setting("geometry", QByteArray(), _bytes)
#: The folder of the last document opened or saved.
LAST_DIRECTORY: Setting[str] = Setting("last_directory", "", _text)
#: Documents opened or saved lately, newest first (assessments and group files).
RECENT_FILES: Setting[list[Path]] = Setting("recent_files", [], _paths)

#: The format the last report was written in: a report's save dialog offers it first.
REPORT_FORMAT: Setting[ReportFormat] = Setting("report_format", ReportFormat.PDF, ReportFormat)


def recent_files() -> list[Path]:
    return RECENT_FILES.get()


def add_recent_file(path: Path) -> list[Path]:
    path = Path(path).resolve()
    files = [path] + [p for p in recent_files() if p != path]
    files = files[:MAX_RECENT_FILES]
    RECENT_FILES.set(files)
    return files


def remove_recent_file(path: Path) -> list[Path]:
    files = [p for p in recent_files() if p != Path(path)]
    RECENT_FILES.set(files)
    return files


# --- the workshop window and the blank form (helper "workshop") ------------------------------------

#: Kinds of file whose folder is remembered on its own (group files use LAST_DIRECTORY): participants' files (and
#: folders) added to a group, group reports, CSV exports, blank paper forms (both windows).
FOLDER_KINDS = ("answers", "pdf", "csv", "form")


def folder_setting(kind: str) -> Setting[str]:
    """``workshop/folder/<kind>``: the folder last used for that kind of file ("" = none yet)."""
    if kind not in FOLDER_KINDS:
        raise ValueError(kind)
    return Setting(f"workshop/folder/{kind}", "", _text)


def last_folder(kind: str) -> Path | None:
    """The folder last used for ``kind`` (:data:`FOLDER_KINDS`), when it still exists."""
    value = folder_setting(kind).get()
    return Path(value) if value and Path(value).is_dir() else None


def remember_folder(kind: str, path: Path) -> None:
    """Remember the folder of ``path`` (or ``path`` itself, a folder) for ``kind``."""
    folder_setting(kind).set(str(path if path.is_dir() else path.parent))
