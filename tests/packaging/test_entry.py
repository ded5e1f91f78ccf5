"""The frozen executables' entry script: no console streams, and no traceback for a user."""

from __future__ import annotations

import runpy
import sys
import tempfile
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
ENTRY = REPO / "packaging" / "samverkan_entry.py"


def test_entry_runs_the_samverkan_command(monkeypatch: pytest.MonkeyPatch, capsys) -> None:
    monkeypatch.setattr(sys, "argv", ["samverkan", "questionnaire", "--lang", "en"])
    with pytest.raises(SystemExit) as stop:
        runpy.run_path(str(ENTRY), run_name="__main__")
    assert stop.value.code == 0
    assert "Test your collaboration!" in capsys.readouterr().out


def test_a_crash_is_logged_not_shown(monkeypatch: pytest.MonkeyPatch, tmp_path: Path, capsys) -> None:
    import samverkan_gui.cli

    def broken_main(argv=None):
        raise RuntimeError("simulated broken bundle")

    monkeypatch.setattr(samverkan_gui.cli, "main", broken_main)
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))
    monkeypatch.setattr(sys, "argv", ["samverkan"])
    with pytest.raises(SystemExit) as stop:
        runpy.run_path(str(ENTRY), run_name="__main__")
    assert stop.value.code == 1
    err = capsys.readouterr().err
    assert "Samverkan kunde inte starta" in err and "Samverkan could not start" in err
    assert "Traceback" not in err and "RuntimeError" not in err
    log = (tmp_path / "samverkan-crash.log").read_text(encoding="utf-8")
    assert "RuntimeError: simulated broken bundle" in log
    assert str(tmp_path / "samverkan-crash.log") in err


def test_missing_console_streams_are_replaced(monkeypatch: pytest.MonkeyPatch) -> None:
    entry = runpy.run_path(str(ENTRY))
    monkeypatch.setattr(sys, "stdout", None)
    monkeypatch.setattr(sys, "stderr", None)
    assert entry["_fix_streams"]() is True
    replaced = (sys.stdout, sys.stderr)
    try:
        sys.stdout.write("lost")  # no AttributeError on None: the windowed exe keeps running
        assert sys.stdout.name == sys.stderr.name
    finally:
        for stream in replaced:
            stream.close()
