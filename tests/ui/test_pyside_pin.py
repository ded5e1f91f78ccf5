"""The PySide6 pin in pyproject.toml: on CPython 3.11, PySide6 6.12.0 drops a reference to ``None``
with every call of a void Qt method and one to ``True`` with every ``Signal.emit``, without taking
one first, and the interpreter aborts ("Fatal Python error: none_dealloc") after a few thousand
calls.  Python 3.12+ makes those singletons immortal.  Under a PySide6 with that defect this test
fails; under the pinned versions it passes."""

from __future__ import annotations

import subprocess
import sys
import textwrap

from tests.conftest import REPO

SCRIPT = textwrap.dedent(
    """
    import os, sys
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    import samverkan_gui.ui
    from PySide6.QtCore import QObject, QTimer, Signal
    from PySide6.QtWidgets import QApplication, QWidget

    class Source(QObject):
        changed = Signal(str, object)

    app = QApplication([])
    source, widget, timer = Source(), QWidget(), QTimer()
    source.changed.connect(lambda *args: None)
    # Far more calls than there are references to None/True in a fresh interpreter.
    for _ in range(60_000):
        source.changed.emit("x", None)
        widget.update()
        timer.stop()
    print("alive")
    """
)


def test_many_signal_emits_and_void_calls_do_not_abort_the_interpreter() -> None:
    done = subprocess.run(
        [sys.executable, "-c", SCRIPT], cwd=REPO, capture_output=True, text=True, timeout=60, check=False
    )
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.strip() == "alive"
