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
from tests.ui.conftest import press

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
    assert not window.session.is_modified

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
        win.plan_view_action.trigger()  # Ctrl+3
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
        win.session.set_group(win.session.group, saved=True)
        win.close()
