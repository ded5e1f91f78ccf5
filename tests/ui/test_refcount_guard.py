"""The guard in samverkan_gui.ui against PySide6 dropping references to None/True (see its docstring)."""

from __future__ import annotations

import subprocess
import sys
import textwrap

from tests.conftest import REPO

SCRIPT = textwrap.dedent(
    """
    import os, sys
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    import samverkan_gui.ui  # the guard
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
