"""Test-wide set-up: offscreen Qt, and no test touches the user's real files."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

# Before any QApplication exists (pytest-qt creates it lazily).
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

# Guards against PySide6 6.12 dropping references to None/True on Python 3.11, which aborts a
# long test run (see samverkan_gui/ui/__init__.py). Imports no Qt itself.
import samverkan_gui.ui  # noqa: F401

REPO = Path(__file__).resolve().parent.parent
EXAMPLES = REPO / "examples"


@pytest.fixture(autouse=True)
def _isolated_user_dirs(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Settings, autosave and logs go to a fresh folder for every test."""
    home = tmp_path_factory.mktemp("user")
    monkeypatch.setenv("SAMVERKAN_CONFIG_DIR", str(home / "config"))
    monkeypatch.setenv("SAMVERKAN_DATA_DIR", str(home / "data"))
    monkeypatch.setenv("SAMVERKAN_LANG", "sv")
    return home


@pytest.fixture(scope="session")
def questionnaire():
    from samverkan_gui.core.registry import shipped_registry

    return shipped_registry().default()
