"""Guard against the PySide6 6.12.0 refcount bug that aborts the app under Python 3.11.

PySide6 6.12.0 drops one reference to ``None`` on every Qt call that returns
nothing; before Python 3.12 ``None`` is refcounted, so after enough calls (a
facilitator typing thirty paper forms) the process aborts with
"none_dealloc".  pyproject.toml excludes 6.12.0 for Python < 3.12; this test
shows whether the Qt in use has the bug.
"""

from __future__ import annotations

import sys

import PySide6
import pytest
from PySide6.QtWidgets import QLabel

_BROKEN = PySide6.__version__ == "6.12.0" and sys.version_info < (3, 12)


@pytest.mark.xfail(_BROKEN, reason="PySide6 6.12.0 leaks None references under Python < 3.12", strict=True)
def test_void_qt_calls_keep_none_alive(qtbot) -> None:
    label = QLabel()
    qtbot.addWidget(label)
    before = sys.getrefcount(None)
    for _ in range(200):
        label.setText("x")
    assert sys.getrefcount(None) - before > -100
