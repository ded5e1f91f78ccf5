"""``samverkan --self-test``: passes on a working install, names the step that fails."""

from __future__ import annotations

import io
import os
import subprocess
import sys
from pathlib import Path

import pytest

from samverkan_gui import selftest

REPO = Path(__file__).resolve().parent.parent


def test_self_test_passes_from_the_command_line(tmp_path: Path) -> None:
    # QT_QPA_PLATFORM=xcb with no display would fail: the self-test must force offscreen itself.
    env = dict(os.environ, QT_QPA_PLATFORM="xcb", DISPLAY="", PYTHONPATH=str(REPO))
    done = subprocess.run(
        [sys.executable, "-m", "samverkan_gui", "--self-test"],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        env=env,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    lines = done.stdout.splitlines()
    assert lines[0].startswith("Samverkan ") and "self-test" in lines[0]
    steps = [line.split()[1] for line in lines if line.startswith("ok ")]
    assert steps == [
        "qt",
        "translations",
        "questionnaire",
        "score",
        "pdf",
        "word",
        "save+reload",
        "sha256",
        "answer-form",
    ]
    assert "platform offscreen" in done.stdout
    assert "DejaVuSans embedded" in done.stdout
    assert lines[-1] == "self-test passed"
    assert list(tmp_path.iterdir()) == []  # nothing left in the working folder


def test_self_test_reports_a_broken_pdf(monkeypatch: pytest.MonkeyPatch) -> None:
    import samverkan_gui.report.pdf as pdf

    def broken_writer(assessment, questionnaire, target, lang=None):
        Path(target).write_bytes(b"<html>not a pdf</html>")

    monkeypatch.setattr(pdf, "write_assessment_pdf", broken_writer)
    out = io.StringIO()
    assert selftest.run_self_test(out) == 1
    last = out.getvalue().splitlines()[-1]
    assert last.startswith("FAIL  pdf:") and "%PDF-" in last


def test_self_test_reports_an_exception_with_its_reason(monkeypatch: pytest.MonkeyPatch) -> None:
    from samverkan_gui.core import registry

    def no_questionnaires():
        raise OSError("questionnaires folder missing")

    monkeypatch.setattr(registry, "shipped_registry", no_questionnaires)
    # Without a main window: its deferred start-up work would meet the broken registry first.
    monkeypatch.setattr(selftest._Run, "_main_window", staticmethod(lambda: None))
    out = io.StringIO()
    assert selftest.run_self_test(out) == 1
    assert out.getvalue().splitlines()[-1] == "FAIL  questionnaire: OSError: questionnaires folder missing"


def test_self_test_leaves_the_user_dirs_alone(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("SAMVERKAN_CONFIG_DIR", str(tmp_path / "config"))
    monkeypatch.setenv("SAMVERKAN_DATA_DIR", str(tmp_path / "data"))
    assert selftest.run_self_test(io.StringIO()) == 0
    assert os.environ["SAMVERKAN_CONFIG_DIR"] == str(tmp_path / "config")
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (b"PK\x03\x04" + b"x" * 5000, "does not start with %PDF-"),
        (b"%PDF-1.4\n" + b"x" * 5000, "no %%EOF"),
        (b"%PDF-1.4\n%%EOF\n", "outside"),
        (b"%PDF-1.4\n" + b"x" * 5000 + b"\n%%EOF\n", "/FontFile2"),
        (b"%PDF-1.4\n/FontFile2 /BaseFont /AAAAAA+Helvetica" + b" " * 5000 + b"\n%%EOF\n", "DejaVuSans"),
    ],
)
def test_pdf_byte_checks_refuse(data: bytes, reason: str) -> None:
    with pytest.raises(selftest.SelfTestFailure, match=reason):
        selftest.check_pdf_bytes(data)


def test_pdf_byte_checks_accept_a_real_report(tmp_path: Path, questionnaire) -> None:
    from samverkan_gui.core.assessment import load_assessment
    from samverkan_gui.report.pdf import write_assessment_pdf

    target = tmp_path / "r.pdf"
    write_assessment_pdf(load_assessment(REPO / "examples" / "komplett.samverkan"), questionnaire, target)
    assert "DejaVuSans embedded" in selftest.check_pdf_bytes(target.read_bytes())


def test_example_answers_are_complete_and_use_the_whole_scale(questionnaire) -> None:
    answers = selftest.example_answers(questionnaire.question_ids, 1, 5)
    assert list(answers) == list(questionnaire.question_ids)
    assert set(answers.values()) == {1, 2, 3, 4, 5}


def test_without_a_console_the_report_goes_to_a_log(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """The windowed Windows exe: its entry script points stdout at the null device."""
    import tempfile

    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))
    with open(os.devnull, "w", encoding="utf-8") as null:
        monkeypatch.setattr(sys, "stdout", null)
        assert selftest.run_self_test() == 0
    log = (tmp_path / selftest.LOG_NAME).read_text(encoding="utf-8")
    assert log.splitlines()[-1] == "self-test passed"
