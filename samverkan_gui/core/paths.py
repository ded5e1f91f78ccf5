"""Where the shipped data lives: installed wheel, source tree or frozen bundle.

In the repository ``questionnaires/`` and ``resources/`` sit at the top level.
The wheel carries them inside the package (``samverkan_gui/questionnaires``,
``samverkan_gui/resources``), and a PyInstaller bundle puts them under
``sys._MEIPASS``.  This module finds whichever exists.
"""

from __future__ import annotations

import sys
from functools import cache
from pathlib import Path

_PACKAGE_DIR = Path(__file__).resolve().parent.parent


def _candidates(name: str) -> list[Path]:
    found = [_PACKAGE_DIR / name, _PACKAGE_DIR.parent / name]
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        found[:0] = [Path(bundle) / "samverkan_gui" / name, Path(bundle) / name]
    return found


@cache
def data_dir(name: str) -> Path:
    for candidate in _candidates(name):
        if candidate.is_dir():
            return candidate
    # Report the installed location: that is where a broken install is missing it.
    return _candidates(name)[0]


def questionnaires_dir() -> Path:
    return data_dir("questionnaires")


def resources_dir() -> Path:
    return data_dir("resources")


def font_path(file_name: str) -> Path:
    return resources_dir() / "fonts" / file_name
