"""What saving does with the action plan: looking at it changes nothing; typed input is never dropped."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from samverkan_gui.core.assessment import dump_assessment, load_assessment
from samverkan_gui.core.group_file import dump_group, load_group
from samverkan_gui.ui.main_window import View
from samverkan_gui.ui.workshop.window import PLAN_TAB, WorkshopWindow
from tests.ui.conftest import forget_changes, press

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")


def _ctrl(qtbot, key) -> None:  # type: ignore[no-untyped-def]
    press(qtbot, key, Qt.KeyboardModifier.ControlModifier)


def test_looking_at_the_plan_of_a_version_1_file_keeps_it_unmodified_and_version_1(
    window, qtbot, fake_dialogs, tmp_path, questionnaire
):
    path = tmp_path / "komplett.samverkan"
    shutil.copy(EXAMPLES / "komplett.samverkan", path)
    assert window.open_path(path)
    weakest = window.session.result().weakest_blocks
    assert weakest
    window.activateWindow()
    window.setFocus()
    _ctrl(qtbot, Qt.Key.Key_H)  # Visa → Handlingsplan
    assert window.current_view() == View.PLAN
    editor = window.plan_page.editor
    assert [entry.block for entry in editor.plan()] == list(weakest)  # still preselected and ticked
    assert editor.block_checks[weakest[0]].isChecked()
    assert not window.isWindowModified()
    assert "*" not in window.windowTitle().replace("[*]", "")
    assert not window.session.modified

    _ctrl(qtbot, Qt.Key.Key_S)
    data = path.read_bytes()
    assert b"format_version: 1\n" in data
    assert b"plan" not in data
    # Byte for byte what the writer writes for the same assessment without any plan.
    assert data == dump_assessment(window.session.assessment.with_plan(()), questionnaire)
    assert not window.isWindowModified()

    # Typing into the ticked block is a change, and it is saved (format version 2).
    editor.focus_block(weakest[0])
    qtbot.keyClicks(QApplication.focusWidget(), "Vi vill mer")
    assert window.isWindowModified()
    _ctrl(qtbot, Qt.Key.Key_S)
    reopened = load_assessment(path)
    assert [(entry.block, entry.why) for entry in reopened.plan] == [(weakest[0], "Vi vill mer")]
    assert b"format_version: 2\n" in path.read_bytes()
    assert not window.isWindowModified()
    assert fake_dialogs.called("ask_save_changes") == []


def test_looking_at_the_groups_plan_keeps_a_version_1_group_file_unmodified(
    qtbot, app_language, fake_dialogs, tmp_path
):
    path = tmp_path / "workshop-7.samverkan-grupp"
    shutil.copy(EXAMPLES / "workshop-7.samverkan-grupp", path)
    win = WorkshopWindow(check_recovery=False)
    win.show()
    qtbot.waitExposed(win)
    try:
        assert win.open_path(path)
        win.commands.plan.trigger()  # Ctrl+3
        assert win.tabs.currentIndex() == PLAN_TAB
        editor = win.plan_editor
        assert editor.plan(), "the group's weakest block is preselected"
        assert editor.block_checks[editor.plan()[0].block].isChecked()
        assert not win.isWindowModified()
        assert not win.session.modified
        assert win.save()
        data = path.read_bytes()
        assert b"format_version: 1\n" in data
        assert b"plan" not in data
        assert data == dump_group(win.session.group.with_plan(()), win.session.questionnaire)
        assert load_group(path).plan == ()
    finally:
        win.autosave.shutdown()
        forget_changes(win.session)
        win.close()


@pytest.mark.parametrize("lang", ["sv", "en"])
def test_an_invalid_due_date_is_never_dropped_save_refuses_and_points_at_it(
    window, qtbot, fake_dialogs, tmp_path, lang
):
    from samverkan_gui.ui import dialogs
    from samverkan_gui.ui.i18n import install_language

    install_language(lang)
    path = tmp_path / "komplett.samverkan"
    shutil.copy(EXAMPLES / "komplett.samverkan", path)
    before = path.read_bytes()
    assert window.open_path(path)
    weakest = window.session.result().weakest_blocks[0]
    window.activateWindow()
    window.setFocus()
    _ctrl(qtbot, Qt.Key.Key_H)
    editor = window.plan_page.editor
    editor.boxes[0].add_action_button.setFocus()
    press(qtbot, Qt.Key.Key_Space)
    qtbot.keyClicks(QApplication.focusWidget(), "Boka ett mote")
    press(qtbot, Qt.Key.Key_Tab)
    press(qtbot, Qt.Key.Key_Tab)
    row = editor.boxes[0].rows[0]
    assert QApplication.focusWidget() is row.due
    qtbot.keyClicks(row.due, "2027-13-40")
    press(qtbot, Qt.Key.Key_Tab)
    assert not row.date_problem.isHidden()  # the hint under the row

    # Save, from another view: refused with a message naming the action and the form;
    # the plan is shown with the focus in the field.
    window.show_view(View.RESULTS)
    window.results_view.setFocus()
    _ctrl(qtbot, Qt.Key.Key_S)
    errors = fake_dialogs.take_errors()
    assert len(errors) == 1
    message = errors[0]
    block_name = editor.boxes[0].title().lower()  # the heading, in lower case inside the sentence
    assert block_name in message and "Boka ett mote" in message and "2027-13-40" in message
    if lang == "sv":
        assert "åtgärd 1" in message.lower() and "ÅÅÅÅ-MM-DD" in message and "Inget har sparats" in message
    else:
        assert "action 1" in message.lower() and "YYYY-MM-DD" in message and "Nothing was saved" in message
    assert window.current_view() == View.PLAN
    assert QApplication.focusWidget() is row.due
    assert row.due.text() == "2027-13-40"
    assert path.read_bytes() == before

    # Save As refuses the same way, before asking for a name.
    press(qtbot, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert len(fake_dialogs.take_errors()) == 2
    assert QApplication.focusWidget() is row.due
    assert fake_dialogs.called("save_file_name") == []

    # Closing asks (the date is not saved yet); "Save" refuses again and the window stays open.
    fake_dialogs.answer("ask_save_changes", dialogs.Choice.SAVE)
    assert not window.close()
    assert window.isVisible()
    assert len(fake_dialogs.take_errors()) == 3
    assert path.read_bytes() == before

    # Autosave copes: the recovery file holds the action (without the date that is not one yet).
    window.autosave.write_now()
    recovered = load_assessment(window.autosave.data_file)
    assert [a.text for a in recovered.plan[0].actions] == ["Boka ett mote"]
    assert recovered.plan[0].block == weakest

    # Corrected, it saves, and the date is in the file.
    row.due.selectAll()
    qtbot.keyClicks(row.due, "2027-12-31")
    _ctrl(qtbot, Qt.Key.Key_S)
    assert fake_dialogs.untaken_errors() == []
    saved = load_assessment(path)
    assert saved.plan[0].actions[0].due.isoformat() == "2027-12-31"
    assert not window.isWindowModified()


def test_the_workshop_refuses_to_save_an_invalid_due_date_and_shows_it(qtbot, app_language, fake_dialogs, tmp_path):
    from samverkan_gui.ui.workshop.window import ENTRY_TAB

    path = tmp_path / "workshop-7.samverkan-grupp"
    shutil.copy(EXAMPLES / "workshop-7.samverkan-grupp", path)
    before = path.read_bytes()
    win = WorkshopWindow(check_recovery=False)
    win.show()
    qtbot.waitExposed(win)
    win.activateWindow()
    qtbot.waitUntil(win.isActiveWindow)
    try:
        assert win.open_path(path)
        win.commands.plan.trigger()
        editor = win.plan_editor
        editor.boxes[0].add_action_button.click()
        row = editor.boxes[0].rows[0]
        qtbot.keyClicks(row.due, "31/3")
        win.tabs.setCurrentIndex(ENTRY_TAB)
        assert not win.save()
        [message] = fake_dialogs.take_errors()
        assert "31/3" in message and "ÅÅÅÅ-MM-DD" in message and "åtgärd 1" in message
        assert win.tabs.currentIndex() == PLAN_TAB
        assert QApplication.focusWidget() is row.due
        assert path.read_bytes() == before
        row.due.clear()
        assert win.save()
        assert load_group(path).plan[0].actions[0].due is None
    finally:
        for box in win.plan_editor.boxes:  # leave without the save question
            for action_row in box.rows:
                action_row.due.clear()
        win.autosave.shutdown()
        forget_changes(win.session)
        win.close()
