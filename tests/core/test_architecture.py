"""core/, present/ and report/ stay Qt-free: they must work on a server and in the CLI."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[2] / "samverkan_gui"
QT_FREE = ["core", "present", "report"]


@pytest.mark.parametrize("area", QT_FREE)
def test_no_qt_import_in_source(area: str) -> None:
    offenders = [
        str(path.relative_to(PACKAGE))
        for path in (PACKAGE / area).rglob("*.py")
        if "PySide6" in path.read_text(encoding="utf-8") or "shiboken" in path.read_text(encoding="utf-8")
    ]
    assert offenders == []


def test_importing_core_and_report_loads_no_qt() -> None:
    modules = [
        f"samverkan_gui.{area}.{path.stem}"
        for area in QT_FREE
        for path in sorted((PACKAGE / area).glob("*.py"))
        if path.stem != "__init__"
    ]
    code = (
        "import sys, importlib\n"
        f"for name in {modules!r}: importlib.import_module(name)\n"
        "import samverkan_gui.cli\n"
        "bad = sorted(m for m in sys.modules if m.startswith(('PySide6', 'shiboken6')))\n"
        "print(bad); sys.exit(1 if bad else 0)\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=False)
    assert done.returncode == 0, done.stdout + done.stderr
