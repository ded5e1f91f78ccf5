"""Files and errors: every failure shows a plain message in the user's language and keeps the work."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

from PySide6.QtCore import Qt

from samverkan_gui.core.assessment import Assessment, save_assessment
from samverkan_gui.ui import appdirs
from samverkan_gui.ui.dialogs import Choice
from samverkan_gui.ui.main_window import View
from tests.conftest import REPO
from tests.ui.conftest import press


def _work_in_progress(window, qtbot):  # type: ignore[no-untyped-def]
    press(qtbot, Qt.Key.Key_Return)
    for key in (Qt.Key.Key_5, Qt.Key.Key_4, Qt.Key.Key_3):
        press(qtbot, key)
    return window.session.assessment


def test_corrupt_file_shows_message_and_keeps_the_work(window, qtbot, fake_dialogs, tmp_path):
    before = _work_in_progress(window, qtbot)
    bad = tmp_path / "trasig.samverkan"
    bad.write_text("format: samverkan-assessment\nformat_version: 1\nanswers: [oops\n", encoding="utf-8")
    window.open_path(bad, ask=False)
    [error] = fake_dialogs.take_errors()
    assert error.startswith("Filen kan inte öppnas: ")
    assert "trasig.samverkan" in error and "kan inte tolkas" in error
    # In Swedish words; the parser's English problem text is translated too.
    assert "är skadad eller ingen Samverkan-fil" in error
    assert "did not find" not in error  # the parser's English is translated
    assert window.session.assessment == before
    assert window.current_view() == View.EDITOR


def test_newer_format_version_is_refused_in_plain_words(window, qtbot, fake_dialogs, tmp_path):
    newer = tmp_path / "framtid.samverkan"
    newer.write_text(
        "format: samverkan-assessment\nformat_version: 99\nquestionnaire: {id: testa-din-samverkan, version: 1}\n",
        encoding="utf-8",
    )
    fake_dialogs.answer("open_file_name", newer)
    window.commands.open.trigger()
    [error] = fake_dialogs.take_errors()
    assert "99" in error and "framtid.samverkan" in error
    assert "Traceback" not in error
    assert not window.session.is_open


def test_failed_save_shows_message_and_keeps_the_work(window, qtbot, fake_dialogs, tmp_path):
    before = _work_in_progress(window, qtbot)
    blocker = tmp_path / "inte-en-mapp"
    blocker.write_text("a file where a folder should be", encoding="utf-8")
    fake_dialogs.answer("save_file_name", blocker / "x.samverkan", tmp_path / "saknas" / "y.samverkan")
    assert not window.save()
    assert not window.save_as()
    errors = fake_dialogs.take_errors()
    assert len(errors) == 2
    assert all(e.startswith("Bedömningen kunde inte sparas: ") for e in errors)
    assert window.session.assessment == before
    assert window.isWindowModified() and window.session.path is None
    assert not (tmp_path / "saknas").exists()


def test_save_as_never_silently_replaces_a_file(window, qtbot, fake_dialogs, tmp_path):
    _work_in_progress(window, qtbot)
    existing = tmp_path / "gammal.samverkan"
    existing.write_bytes(b"precious")
    # The user typed "gammal" without the suffix; the dialog confirmed "gammal", not "gammal.samverkan".
    fake_dialogs.answer("save_file_name", tmp_path / "gammal")
    fake_dialogs.answer("ask_yes_no", False)
    assert not window.save_as()
    assert existing.read_bytes() == b"precious"
    [(_parent, _title, question)] = fake_dialogs.called("ask_yes_no")
    assert "gammal.samverkan finns redan" in question


def test_close_with_unsaved_work_asks_and_cancel_keeps_the_window(window, qtbot, fake_dialogs):
    _work_in_progress(window, qtbot)
    fake_dialogs.answer("ask_save_changes", Choice.CANCEL)
    assert not window.close()
    assert window.isVisible()
    fake_dialogs.answer("ask_save_changes", Choice.SAVE)
    fake_dialogs.answer("save_file_name", None)  # the user cancels the save dialog
    assert not window.close()
    assert window.isVisible() and window.session.is_open


def test_open_asks_before_discarding(window, qtbot, fake_dialogs, tmp_path, questionnaire):
    before = _work_in_progress(window, qtbot)
    other = tmp_path / "annan.samverkan"
    save_assessment(other, Assessment.new(questionnaire, collaboration="Annan"), questionnaire)
    fake_dialogs.answer("ask_save_changes", Choice.CANCEL)
    window.commands.open.trigger()
    assert window.session.assessment == before
    assert fake_dialogs.called("open_file_name") == []


def test_pdf_export_failure_is_reported(window, qtbot, fake_dialogs, tmp_path, questionnaire):
    window.start_new(questionnaire, {"collaboration": "PDF"})
    for question_id in questionnaire.question_ids:
        window.session.set_answer(question_id, 3)
    fake_dialogs.save_report(tmp_path / "saknas" / "r.pdf")
    assert not window.export_pdf()
    [error] = fake_dialogs.take_errors()
    assert error.startswith("PDF-filen kunde inte skrivas: ")
    assert window.session.is_open


def test_drafts_cannot_show_results(window, qtbot):
    _work_in_progress(window, qtbot)
    press(qtbot, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier)
    assert window.current_view() == View.EDITOR


def test_a_draft_exports_as_a_draft_pdf_from_the_editor(window, qtbot, fake_dialogs, tmp_path):
    from pypdf import PdfReader

    _work_in_progress(window, qtbot)
    missing = len(window.session.result().missing)
    assert 0 < missing < 21
    assert window.current_view() == View.EDITOR
    assert window.commands.export_pdf.isEnabled()
    fake_dialogs.save_report(tmp_path / "utkast")
    press(qtbot, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    written = tmp_path / "utkast.pdf"
    text = " ".join((page.extract_text() or "") for page in PdfReader(written).pages)
    assert f"Utkast: {missing} av 21 frågor saknar svar" in " ".join(text.split())
    assert window.statusBar().currentMessage() == f"PDF av utkastet sparad i {written}"
    assert window.current_view() == View.EDITOR


def test_unexpected_exception_is_logged_and_shown_and_the_app_goes_on(window, qtbot, fake_dialogs):
    from samverkan_gui.app import excepthook

    try:
        raise ZeroDivisionError("boom")
    except ZeroDivisionError as exc:
        excepthook(type(exc), exc, exc.__traceback__)
    [(_parent, title, text, details)] = fake_dialogs.called("show_unexpected_error")
    assert title == "Oväntat fel"
    assert "Ert arbete finns kvar" in text and str(appdirs.log_file()) in text
    assert "ZeroDivisionError: boom" in details and "ZeroDivisionError" not in text
    assert "ZeroDivisionError: boom" in appdirs.log_file().read_text(encoding="utf-8")
    assert window.isVisible()


def test_about_box_says_version_licence_source_and_offline(window, fake_dialogs):
    from samverkan_gui import __version__

    window.commands.about.trigger()
    [(_parent, title, html)] = fake_dialogs.called("show_about")
    assert title == "Om Samverkan"
    for part in (__version__, "MIT", "Reglab", "2019", "Arena för Tillväxt", "använder aldrig nätverket"):
        assert part in html
    # The source's oddities ("I vilken grad.....") are its words, quoted as written.
    assert "återges som presentationen skriver dem" in html


def test_settings_and_data_live_under_the_environment_folders(window, tmp_path):
    import os

    window.close()
    assert Path(appdirs.settings().fileName()).parent == Path(os.environ["SAMVERKAN_CONFIG_DIR"])
    assert (Path(os.environ["SAMVERKAN_CONFIG_DIR"]) / "samverkan.ini").is_file()
    assert appdirs.recovery_dir() == Path(os.environ["SAMVERKAN_DATA_DIR"]) / "recovery"


def test_start_up_defers_yaml_until_painted_and_never_loads_reportlab():
    code = textwrap.dedent(
        """
        import os, sys
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
        from samverkan_gui.app import create_application
        from samverkan_gui.ui.i18n import install_language
        app = create_application()
        install_language("sv")
        from samverkan_gui.ui.main_window import MainWindow
        window = MainWindow()
        # Until the first paint: no YAML parsing, no core file machinery (see docs in main_window).
        print(sorted(m for m in sys.modules if m in ("yaml", "samverkan_gui.core.assessment")))
        window.show()
        app.processEvents()
        print(sorted(m for m in sys.modules if m.startswith("reportlab")))
        """
    )
    done = subprocess.run(
        [sys.executable, "-c", code], cwd=REPO, capture_output=True, text=True, timeout=60, check=False
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.split("\n")[:2] == ["[]", "[]"]


def test_a_broken_installation_without_questionnaires_says_so(qtbot, app_language, fake_dialogs, tmp_path):
    from samverkan_gui.core.registry import QuestionnaireRegistry
    from samverkan_gui.ui.main_window import MainWindow

    broken = tmp_path / "trasig.yaml"
    broken.write_text("format: samverkan-questionnaire\nformat_version: 1\nid: [\n", encoding="utf-8")
    registry = QuestionnaireRegistry.discover([tmp_path])
    window = MainWindow(registry)
    try:
        window.finish_start()
        [error] = fake_dialogs.take_errors()
        assert error.startswith("Inget frågeformulär kan användas: ") and "trasig.yaml" in error
        assert not window.start_view.start_button.isEnabled()
    finally:
        window.close()
        window.deleteLater()


def test_an_exception_inside_a_qt_slot_reaches_the_hook_and_the_app_runs_on(tmp_path):
    """In a real process: a failing slot is logged and shown; the event loop keeps going."""
    code = textwrap.dedent(
        """
        import os, sys
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
        from PySide6.QtCore import QTimer
        from PySide6.QtWidgets import QApplication
        app = QApplication([])
        from samverkan_gui import app as samverkan_app
        from samverkan_gui.ui import dialogs
        shown = []
        dialogs.show_unexpected_error = lambda parent, title, text, details: shown.append((title, details))
        samverkan_app.create_application()
        samverkan_app.install_excepthook()

        def broken():
            raise RuntimeError("slot failed")

        def later():
            print("alive", len(shown), shown[0][1].strip().splitlines()[-1] if shown else "", flush=True)
            app.quit()

        QTimer.singleShot(0, broken)
        QTimer.singleShot(100, later)
        app.exec()
        """
    )
    done = subprocess.run(
        [sys.executable, "-c", code], cwd=REPO, capture_output=True, text=True, timeout=60, check=False
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "alive 1 RuntimeError: slot failed"
    log = Path(os.environ["SAMVERKAN_DATA_DIR"]) / "samverkan-errors.log"
    assert "RuntimeError: slot failed" in log.read_text(encoding="utf-8")


def test_details_can_be_corrected_after_starting(window, qtbot, fake_dialogs):
    import datetime as dt

    _work_in_progress(window, qtbot)
    fake_dialogs.answer(
        "edit_details",
        {"collaboration": " Rättat namn ", "respondent": "Kim", "organisation": "Storby", "date": "2026-11-20"},
        {"collaboration": "X", "respondent": "", "organisation": "", "date": "20/11"},
    )
    press(qtbot, Qt.Key.Key_I, Qt.KeyboardModifier.ControlModifier)
    assessment = window.session.assessment
    assert (assessment.collaboration, assessment.respondent, assessment.organisation) == (
        "Rättat namn",
        "Kim",
        "Storby",
    )
    assert assessment.date == dt.date(2026, 11, 20)
    assert "Rättat namn" in window.editor_view.heading.text()
    [(_parent, _title, fields)] = fake_dialogs.called("edit_details")
    assert fields[0][1] == "Samverkan:"
    assert not window.edit_details()  # a date that is not a date: nothing changes
    [error] = fake_dialogs.take_errors()
    assert "”20/11” är inget datum" in error
    assert window.session.assessment.collaboration == "Rättat namn"


def test_save_dialog_suggests_a_tidy_name_in_an_existing_folder(
    window, fake_dialogs, questionnaire, monkeypatch, tmp_path
):
    import datetime as dt

    from PySide6.QtCore import QStandardPaths

    # A profile without a Documents folder: the dialog must not fall back to the program's folder.
    home = tmp_path / "hem"
    home.mkdir()
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setattr(QStandardPaths, "writableLocation", staticmethod(lambda _location: str(home / "Documents")))
    window.start_new(questionnaire, {"collaboration": "Trygg hemgång – Östersund", "date": dt.date(2026, 11, 26)})
    fake_dialogs.answer("save_file_name", None)
    assert not window.save_as()
    [(_parent, _caption, suggested, _filter)] = fake_dialogs.called("save_file_name")
    assert Path(suggested) == home / "Trygg-hemgång-Östersund-2026-11-26.samverkan"


def test_a_recent_file_that_is_gone_can_be_removed_from_the_list(window, qtbot, fake_dialogs, questionnaire, tmp_path):
    from samverkan_gui.core.assessment import Assessment, save_assessment
    from samverkan_gui.ui import appdirs

    kept, gone = tmp_path / "kvar.samverkan", tmp_path / "borta.samverkan"
    for path in (kept, gone):
        save_assessment(path, Assessment.new(questionnaire, collaboration=path.stem), questionnaire)
        appdirs.add_recent_file(path)
    window.refresh_recent_files()
    gone.unlink()
    recent = window.start_view.recent_list
    assert [recent.item(r).text().split("\n")[0] for r in range(recent.count())] == [gone.name, kept.name]
    fake_dialogs.answer("ask_yes_no", True)
    recent.setCurrentRow(0)
    recent.setFocus()
    qtbot.keyClick(recent, Qt.Key.Key_Return)
    [error] = fake_dialogs.take_errors()
    assert "borta.samverkan" in error
    [(_parent, title, question)] = fake_dialogs.called("ask_yes_no")
    assert title == "Ta bort från senaste filer?"
    assert question.endswith("borta.samverkan finns inte längre. Vill ni ta bort den från senaste filer?")
    assert [recent.item(r).text().split("\n")[0] for r in range(recent.count())] == [kept.name]
