"""Nothing lost: autosave to a recovery file, restore after a killed process, never steal a live one."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from samverkan_gui.core.assessment import load_assessment
from samverkan_gui.ui import appdirs
from samverkan_gui.ui.dialogs import Choice
from samverkan_gui.ui.main_window import MainWindow, View
from samverkan_gui.ui.recovery import AUTOSAVE_DELAY_MS, find_orphans
from tests.conftest import REPO
from tests.ui.conftest import end_child, press

CHILD = textwrap.dedent(
    """
    import os, sys, time
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    from samverkan_gui.app import create_application
    from samverkan_gui.ui.i18n import install_language
    app = create_application()
    install_language("sv")
    from samverkan_gui.ui.main_window import MainWindow
    from samverkan_gui.core.registry import shipped_registry
    q = shipped_registry().default()
    window = MainWindow()
    window.show()
    window.start_new(q, {"collaboration": "Krasch-test", "respondent": "Åsa"})
    for index, question_id in enumerate(q.question_ids[:13]):
        window.session.set_answer(question_id, 1 + index % 5)
    window.session.set_note(q.blocks[0].id, "Skrivet precis före kraschen – åäö")
    # Wait for the debounced autosave (no explicit write: that is what is tested).
    deadline = time.monotonic() + 10
    while not window.autosave.data_file.exists() and time.monotonic() < deadline:
        app.processEvents()
        time.sleep(0.02)
    print("ready" if window.autosave.data_file.exists() else "no-autosave", flush=True)
    app.exec()
    """
)


def _start_child() -> subprocess.Popen[str]:
    child = subprocess.Popen(
        [sys.executable, "-c", CHILD], cwd=REPO, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
    )
    line = child.stdout.readline().strip() if child.stdout else ""
    if line != "ready":
        child.kill()
        pytest.fail(f"child did not autosave: {line!r} {child.stderr.read() if child.stderr else ''}")
    return child


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL")
def test_killed_process_work_is_restored_on_next_start(window, qtbot, questionnaire):
    child = _start_child()
    try:
        # While the other copy runs, its recovery file is not ours to offer.
        assert window.offer_recovery() == 0
        assert window.start_view.recovery_box.isHidden()
        os.kill(child.pid, signal.SIGKILL)
        child.wait(10)
    finally:
        end_child(child)
    old_files = sorted(appdirs.recovery_dir().glob("*.samverkan"))
    assert len(old_files) == 1 and old_files[0].name.startswith(f"{child.pid}-")

    assert window.offer_recovery() == 1
    assert window.start_view.recovery_box.isVisible()
    assert "Krasch-test" in window.start_view.recovery_list.item(0).text()
    assert "13 svar" in window.start_view.recovery_list.item(0).text()
    window.start_view.restore_button.click()

    assessment = window.session.assessment
    expected = {qid: 1 + i % 5 for i, qid in enumerate(questionnaire.question_ids[:13])}
    assert dict(assessment.answers) == expected
    assert assessment.respondent == "Åsa"
    assert assessment.notes[questionnaire.blocks[0].id] == "Skrivet precis före kraschen – åäö"
    assert window.current_view() == View.EDITOR
    assert window.isWindowModified()
    # The killed copy's files are gone; the work now lives in this window's recovery file.
    assert not old_files[0].exists()
    assert sorted(appdirs.recovery_dir().glob("*.samverkan")) == [window.autosave.data_file]
    assert load_assessment(window.autosave.data_file).content_equal(assessment)


def test_autosave_within_two_seconds_and_gone_after_save(window, qtbot, fake_dialogs, tmp_path):
    press(qtbot, Qt.Key.Key_Return)
    assert AUTOSAVE_DELAY_MS <= 2000
    started = time.monotonic()
    press(qtbot, Qt.Key.Key_4)
    recovery = window.autosave.data_file
    qtbot.waitUntil(recovery.exists, timeout=3000)
    assert time.monotonic() - started < 2.5
    assert load_assessment(recovery).answers == window.session.assessment.answers
    target = tmp_path / "klar.samverkan"
    fake_dialogs.answer("save_file_name", target)
    assert window.save()
    assert not recovery.exists()
    assert list(appdirs.recovery_dir().glob("*")) == []


def test_recovery_file_gone_after_explicit_discard(window, qtbot, fake_dialogs):
    press(qtbot, Qt.Key.Key_Return)
    press(qtbot, Qt.Key.Key_2)
    window.autosave.write_now()
    recovery = window.autosave.data_file
    assert recovery.exists()
    fake_dialogs.answer("ask_save_changes", Choice.DISCARD)
    press(qtbot, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert not recovery.exists()
    assert window.current_view() == View.START


def test_two_windows_never_share_or_steal_recovery_files(window, qtbot, questionnaire):
    other = MainWindow()
    try:
        window.start_new(questionnaire, {"collaboration": "Ett"})
        other.start_new(questionnaire, {"collaboration": "Två"})
        window.autosave.write_now()
        other.autosave.write_now()
        assert window.autosave.data_file != other.autosave.data_file
        assert load_assessment(window.autosave.data_file).collaboration == "Ett"
        assert load_assessment(other.autosave.data_file).collaboration == "Två"
        # Both are alive: neither is offered as recoverable.
        assert find_orphans() == []
    finally:
        other.autosave.shutdown()
        other.session.close()
        other.close()
        other.deleteLater()


def test_discarding_recovered_work_deletes_it(window, qtbot, fake_dialogs, questionnaire):
    # A recovery file without a live owner (its lock is gone): what a crash leaves.
    from samverkan_gui.core.assessment import Assessment, save_assessment

    leftover = appdirs.recovery_dir() / "999999-deadbeef.samverkan"
    save_assessment(
        leftover, Assessment.new(questionnaire, collaboration="Gammalt").with_answer("start-1", 3), questionnaire
    )
    assert window.offer_recovery() == 1
    fake_dialogs.answer("ask_yes_no", True)
    window.start_view.discard_button.click()
    assert not leftover.exists()
    assert window.start_view.recovery_box.isHidden()


def test_unreadable_recovery_file_is_left_alone(window, questionnaire):
    broken = appdirs.recovery_dir() / "999998-broken.samverkan"
    broken.write_bytes(b"\x00\x01 not yaml")
    assert window.offer_recovery() == 0
    assert broken.exists()  # kept for a human to look at, never silently deleted
    Path(broken).unlink()


def test_an_unwritable_data_folder_costs_the_backup_not_the_work(window, qtbot, monkeypatch, tmp_path):
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("x", encoding="utf-8")
    monkeypatch.setenv("SAMVERKAN_DATA_DIR", str(blocker / "data"))
    assert window.offer_recovery() == 0  # cannot even look: the window still works
    press(qtbot, Qt.Key.Key_Return)
    with qtbot.waitSignal(window.autosave.recovery_failed, timeout=3000):
        press(qtbot, Qt.Key.Key_3)
    assert "Den automatiska säkerhetskopian misslyckades" in window.statusBar().currentMessage()
    assert window.session.modified and len(window.session.assessment.answers) == 1


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL")
def test_a_fresh_start_offers_killed_work_without_being_asked(qtbot, app_language):
    """As a user starts the app: show the window and wait; nothing calls offer_recovery for us.

    (The deferred start once waited for a paint event that the start view never gets,
    so killed work was never offered.)
    """
    child = _start_child()
    end_child(child, kill=True)
    window = MainWindow()
    try:
        window.show()
        qtbot.waitUntil(window.start_view.recovery_box.isVisible, timeout=5000)
        assert "Krasch-test" in window.start_view.recovery_list.item(0).text()
        # The questionnaires were loaded by the same deferred start: the form can start at once.
        assert window.start_view.start_button.isEnabled()
        # Restore has the keyboard focus (Enter in the form would start a new, empty assessment).
        window.activateWindow()
        qtbot.waitUntil(lambda: QApplication.focusWidget() is window.start_view.restore_button)
        # Enter presses it, as a keyboard user expects (Qt's buttons outside dialogs ignore Enter).
        qtbot.keyClick(window.start_view.restore_button, Qt.Key.Key_Return)
        assert window.session.assessment.respondent == "Åsa"
        assert len(window.session.assessment.answers) == 13
    finally:
        window.autosave.shutdown()
        window.session.close()
        window.close()
        window.deleteLater()
