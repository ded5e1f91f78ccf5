"""Test-wide set-up: offscreen Qt, and no test touches the user's real files."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

# Before any QApplication exists (pytest-qt creates it lazily).
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

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
