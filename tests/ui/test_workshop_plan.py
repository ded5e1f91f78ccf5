"""The workshop group's action plan (written by the facilitator during the discussion) and a group follow-up."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QApplication

from samverkan_gui.core.group import Participant
from samverkan_gui.core.group_file import load_group
from samverkan_gui.core.lockfile import lock_path
from samverkan_gui.core.plan import Status
from samverkan_gui.ui import dialogs
from samverkan_gui.ui.workshop.window import ENTRY_TAB, PLAN_TAB, WorkshopWindow
from tests.ui.conftest import forget_changes

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")


@pytest.fixture
def workshop(qtbot, app_language, questionnaire):  # type: ignore[no-untyped-def]
    win = WorkshopWindow(check_recovery=False)
    win.show()
    qtbot.waitExposed(win)
    group = win.session.group.with_details(collaboration="Trygg hemgång")
    for code, low in (("D1", 1), ("D2", 2)):
        answers = {q.id: (low if q.id.startswith("process") else 4) for q in questionnaire.questions}
        group = group.with_participant(Participant(code=code, answers=answers))
    win.session.update(group)
    yield win
    win.autosave.shutdown()
    forget_changes(win.session)  # leave without the save question
    win.close()


def _key(qtbot, key, modifier=Qt.KeyboardModifier.NoModifier) -> None:  # type: ignore[no-untyped-def]
    qtbot.keyClick(QApplication.focusWidget(), key, modifier)


def test_the_facilitator_writes_the_groups_plan_and_it_is_saved_in_the_group_file(
    workshop, qtbot, fake_dialogs, tmp_path
):
    workshop.activateWindow()
    workshop.commands.plan.trigger()  # Ctrl+3
    assert workshop.tabs.currentIndex() == PLAN_TAB
    assert workshop.tabs.tabText(PLAN_TAB) == "Handlingsplan"
    editor = workshop.plan_editor
    assert [entry.block for entry in editor.plan()] == ["samverkansprocessen"]  # the group's weakest
    why = editor.boxes[0].fields["why"]
    assert QApplication.focusWidget() is why
    interface = QAccessible.queryAccessibleInterface(why)
    assert interface.text(QAccessible.Text.Name) == "SAMVERKANSPROCESSEN: VARFÖR?"
    qtbot.keyClicks(why, "Vi ses for sallan")
    editor.boxes[0].add_action_button.click()
    qtbot.keyClicks(QApplication.focusWidget(), "Boka fasta moten")
    assert workshop.isWindowModified()
    target = tmp_path / "grupp.samverkan-grupp"
    fake_dialogs.answer("save_file_name", target)
    assert workshop.save()
    saved = load_group(target)
    assert saved.plan[0].block == "samverkansprocessen"
    assert saved.plan[0].why == "Vi ses for sallan"
    assert saved.plan[0].actions[0].text == "Boka fasta moten"
    assert saved.plan[0].actions[0].status is Status.PLANNED


def test_a_group_follow_up_carries_the_plan_and_has_no_participants(workshop, fake_dialogs, tmp_path):
    workshop.commands.plan.trigger()
    workshop.plan_editor.boxes[0].add_action_button.click()
    target = tmp_path / "hosten.samverkan-grupp"
    fake_dialogs.answer("ask_yes_no", True)  # save first?
    fake_dialogs.answer("save_file_name", target)
    fake_dialogs.answer("ask_follow_up", dialogs.FollowUpChoice(dt.date.today()))
    workshop.commands.follow_up.trigger()
    assert not lock_path(target).exists()  # saved, then left for the new, untitled group
    group = workshop.session.group
    assert group.participants == ()
    assert group.collaboration == "Trygg hemgång"
    assert [entry.block for entry in group.plan] == ["samverkansprocessen"]
    assert group.follows is not None and group.follows.file == "hosten.samverkan-grupp"
    assert workshop.session.path is None and workshop.session.modified
    assert [entry.block for entry in workshop.plan_editor.plan()] == ["samverkansprocessen"]
    # As after an assessment's follow-up: where the new answers go, and what to do next.
    assert workshop.tabs.currentIndex() == ENTRY_TAB
    assert "Uppföljning av hosten.samverkan-grupp" in workshop.statusBar().currentMessage()
