"""Two copies of Samverkan on one file: the second is told, and no saved change is ever lost silently."""

from __future__ import annotations

import datetime as dt
import os
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from samverkan_gui.core import lockfile
from samverkan_gui.core.assessment import Assessment, load_assessment, save_assessment
from samverkan_gui.ui.dialogs import Changed, InUse
from samverkan_gui.ui.main_window import MainWindow
from tests.conftest import REPO
from tests.ui.conftest import end_child, forget_changes


@pytest.fixture
def shared(tmp_path, questionnaire) -> Path:
    """A saved assessment on a "network drive", with one answer."""
    path = tmp_path / "delad.samverkan"
    save_assessment(path, Assessment.new(questionnaire, collaboration="Delad").with_answer("start-1", 3), questionnaire)
    return path


@pytest.fixture
def second(qtbot, app_language, fake_dialogs):  # type: ignore[no-untyped-def]
    """A second main window: another running copy of Samverkan as far as the file is concerned."""
    win = MainWindow()
    win.show()
    qtbot.waitExposed(win)
    yield win
    win.autosave.shutdown()
    win.session.close()
    win.document.close_document()
    win.close()
    win.deleteLater()
    qtbot.wait(1)


def test_second_copy_is_told_who_has_the_file_and_no_saved_change_is_lost(window, second, fake_dialogs, shared):
    assert window.open_path(shared)
    lock = lockfile.lock_path(shared)
    assert lock.is_file()
    owner = lockfile.read_lock(shared)
    assert owner is not None and owner.pid == os.getpid()
    # Copy B: "Filen används av … på … sedan …", and the user opens it anyway.
    fake_dialogs.answer("ask_file_in_use", InUse.ANYWAY)
    assert second.open_path(shared)
    [(_parent, name, user, machine, since)] = fake_dialogs.called("ask_file_in_use")
    assert (name, user, machine) == ("delad.samverkan", owner.user, owner.machine)
    assert since == owner.since.astimezone().strftime("%Y-%m-%d %H:%M")
    # B changes question 2 and saves: nobody else saved meanwhile, so no question.
    second.session.set_answer("start-2", 5)
    assert second.save()
    assert fake_dialogs.called("ask_file_changed") == []
    # A changes question 3 and saves: the file is not what A opened. A is asked; "Save as…" keeps both.
    window.session.set_answer("start-3", 1)
    fake_dialogs.answer("ask_file_changed", Changed.SAVE_AS)
    fake_dialogs.answer("save_file_name", shared.with_name("min-version.samverkan"))
    assert window.save()
    assert [args[1] for args in fake_dialogs.called("ask_file_changed")] == ["delad.samverkan"]
    theirs = load_assessment(shared)
    mine = load_assessment(shared.with_name("min-version.samverkan"))
    assert dict(theirs.answers) == {"start-1": 3, "start-2": 5}
    assert dict(mine.answers) == {"start-1": 3, "start-3": 1}
    assert window.session.path == shared.with_name("min-version.samverkan")


def test_overwrite_and_reload_are_the_users_choice(window, second, fake_dialogs, shared):
    window.open_path(shared)
    fake_dialogs.answer("ask_file_in_use", InUse.ANYWAY)
    second.open_path(shared)
    second.session.set_answer("start-2", 5)
    second.save()
    window.session.set_answer("start-3", 1)
    # Cancel: nothing written, the work stays.
    fake_dialogs.answer("ask_file_changed", Changed.CANCEL)
    assert not window.save()
    assert dict(load_assessment(shared).answers) == {"start-1": 3, "start-2": 5}
    assert window.isWindowModified()
    # Reload: B's version is shown in A.
    fake_dialogs.answer("ask_file_changed", Changed.RELOAD)
    assert not window.save()
    assert dict(window.session.assessment.answers) == {"start-1": 3, "start-2": 5}
    # A changes again and B saves again; A overwrites knowingly.
    second.session.set_answer("start-4", 2)
    second.save()
    window.session.set_answer("start-3", 4)
    fake_dialogs.answer("ask_file_changed", Changed.OVERWRITE)
    assert window.save()
    assert dict(load_assessment(shared).answers) == {"start-1": 3, "start-2": 5, "start-3": 4}
    # B is asked now in turn: A's save changed the file under B.
    second.session.set_answer("start-5", 2)
    fake_dialogs.answer("ask_file_changed", Changed.CANCEL)
    assert not second.save()
    assert len(fake_dialogs.called("ask_file_changed")) == 4


def test_a_change_by_another_program_is_detected_at_save(window, fake_dialogs, shared, questionnaire):
    window.open_path(shared)
    window.session.set_answer("start-2", 2)
    # Another program (a sync client, a colleague's older version) rewrites the file.
    shared.write_bytes(shared.read_bytes().replace(b"start-1: 3", b"start-1: 4"))
    fake_dialogs.answer("ask_file_changed", Changed.CANCEL)
    assert not window.save()
    assert b"start-1: 4" in shared.read_bytes()
    assert b"start-2" not in shared.read_bytes()


def test_read_only_really_never_saves_over_the_file(window, second, fake_dialogs, shared):
    window.open_path(shared)
    before = shared.read_bytes()
    fake_dialogs.answer("ask_file_in_use", InUse.READ_ONLY)
    assert second.open_path(shared)
    assert "(skrivskyddad)" in second.windowTitle()
    second.session.set_answer("start-2", 5)
    fake_dialogs.answer("save_file_name", None)  # Save goes to Save as…; the user cancels
    assert not second.save()
    assert shared.read_bytes() == before
    # The read-only copy holds no lock: closing it leaves A's lock alone.
    second.document.close_document()
    assert lockfile.read_lock(shared).pid == os.getpid()
    assert lockfile.lock_path(shared).is_file()


def test_open_a_copy_is_untitled_and_unsaved(window, second, fake_dialogs, shared):
    window.open_path(shared)
    fake_dialogs.answer("ask_file_in_use", InUse.COPY)
    assert second.open_path(shared)
    assert second.session.path is None
    assert second.isWindowModified()
    assert dict(second.session.assessment.answers) == {"start-1": 3}
    copy = shared.with_name("kopia.samverkan")
    fake_dialogs.answer("save_file_name", copy)
    assert second.save()
    assert load_assessment(copy).collaboration == "Delad"


def test_cancel_keeps_the_second_copy_as_it_was(window, second, fake_dialogs, shared):
    window.open_path(shared)
    fake_dialogs.answer("ask_file_in_use", InUse.CANCEL)
    assert not second.open_path(shared)
    assert not second.session.is_open


def test_lock_is_removed_on_close_and_on_opening_another_file(window, fake_dialogs, shared, tmp_path, questionnaire):
    other = tmp_path / "annan.samverkan"
    save_assessment(other, Assessment.new(questionnaire), questionnaire)
    window.open_path(shared)
    assert lockfile.lock_path(shared).is_file()
    window.open_path(other)
    assert not lockfile.lock_path(shared).exists()
    assert lockfile.lock_path(other).is_file()
    window.close_assessment()
    assert not lockfile.lock_path(other).exists()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["annan.samverkan", "delad.samverkan"]


def test_a_folder_where_no_lock_can_be_written_opens_quietly(window, fake_dialogs, shared, monkeypatch):
    real_open = os.open

    def refuse_locks(path, flags, mode=0o777):  # type: ignore[no-untyped-def]
        if Path(path).name.startswith(lockfile.PREFIX):
            raise PermissionError(13, "Permission denied", str(path))
        return real_open(path, flags, mode)

    monkeypatch.setattr(lockfile.os, "open", refuse_locks)
    assert window.open_path(shared)
    assert not window.document.locked
    assert not lockfile.lock_path(shared).exists()
    assert fake_dialogs.calls == []  # nothing scary said
    window.session.set_answer("start-2", 2)
    assert window.save()
    assert dict(load_assessment(shared).answers) == {"start-1": 3, "start-2": 2}


def test_a_lock_from_another_machine_is_respected_until_very_old(window, fake_dialogs, shared):
    since = dt.datetime.now(dt.UTC).replace(microsecond=0) - dt.timedelta(hours=3)
    lock = lockfile.lock_path(shared)
    lock.write_text(f"Samverkan,kerstin,KOMMUN-PC-17,{since.isoformat()},4242\n", encoding="utf-8")
    fake_dialogs.answer("ask_file_in_use", InUse.CANCEL)
    assert not window.open_path(shared)
    [(_parent, _name, user, machine, _since)] = fake_dialogs.called("ask_file_in_use")
    assert (user, machine) == ("kerstin", "KOMMUN-PC-17")
    assert lock.read_text(encoding="utf-8").startswith("Samverkan,kerstin,")  # not ours to remove
    # Eight days old: that copy is long gone; the file opens without a question.
    old = since - lockfile.STALE_AFTER
    lock.write_text(f"Samverkan,kerstin,KOMMUN-PC-17,{old.isoformat()},4242\n", encoding="utf-8")
    assert window.open_path(shared)
    assert len(fake_dialogs.called("ask_file_in_use")) == 1
    assert lockfile.read_lock(shared).pid == os.getpid()


CHILD = textwrap.dedent(
    """
    import os, sys
    from pathlib import Path
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    from samverkan_gui.app import create_application
    from samverkan_gui.ui.i18n import install_language
    app = create_application()
    install_language("sv")
    from samverkan_gui.ui.main_window import MainWindow
    window = MainWindow()
    window.show()
    ok = window.open_path(Path(sys.argv[1]))
    print("ready" if ok and window.document.locked else "not-locked", flush=True)
    app.exec()
    """
)


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL")
def test_lock_of_a_killed_copy_survives_and_is_recognised_as_stale(window, fake_dialogs, shared):
    child = subprocess.Popen(
        [sys.executable, "-c", CHILD, str(shared)], cwd=REPO, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
    )
    try:
        line = child.stdout.readline().strip() if child.stdout else ""
        assert line == "ready", child.stderr.read() if child.stderr else ""
        # While the other copy runs, opening asks.
        fake_dialogs.answer("ask_file_in_use", InUse.CANCEL)
        assert not window.open_path(shared)
        os.kill(child.pid, signal.SIGKILL)
        child.wait(10)
    finally:
        end_child(child)
    stale = lockfile.read_lock(shared)
    assert stale is not None and stale.pid == child.pid  # the lock file survived the kill
    assert stale.is_stale(lockfile.lock_path(shared))
    assert window.open_path(shared)  # no second question: the owner is gone
    assert len(fake_dialogs.called("ask_file_in_use")) == 1
    assert lockfile.read_lock(shared).pid == os.getpid()


def test_export_restores_the_wait_cursor_even_on_an_unexpected_error(window):
    def broken() -> None:
        raise RuntimeError("a bug in the PDF code")

    with pytest.raises(RuntimeError):
        window.document.run_export(broken, "x")
    assert QApplication.overrideCursor() is None


def test_save_as_onto_a_file_open_in_another_copy_asks(window, second, fake_dialogs, shared, questionnaire):
    assert window.open_path(shared)
    before = shared.read_bytes()
    second.start_new(questionnaire, {"collaboration": "Annan"})
    second.session.set_answer("start-1", 1)
    fake_dialogs.answer("save_file_name", shared)
    fake_dialogs.answer("ask_yes_no", False)
    assert not second.save_as()
    [(_parent, _title, question)] = fake_dialogs.called("ask_yes_no")
    assert question.startswith("delad.samverkan är öppen i en annan kopia av Samverkan (")
    assert shared.read_bytes() == before


def test_open_anyway_takes_the_lock_over_and_the_first_copy_leaves_it(window, second, fake_dialogs, shared):
    window.open_path(shared)
    fake_dialogs.answer("ask_file_in_use", InUse.ANYWAY)
    second.open_path(shared)
    assert second.document.locked
    window.close_assessment()  # the first copy closes: the lock is the second's now
    assert lockfile.lock_path(shared).is_file()
    second.close_assessment()
    assert not lockfile.lock_path(shared).exists()


def test_read_only_means_read_only_until_saved_as_a_copy(window, second, fake_dialogs, shared, qtbot, tmp_path):
    from PySide6.QtCore import Qt

    from samverkan_gui.ui.main_window import View

    window.open_path(shared)
    fake_dialogs.answer("ask_file_in_use", InUse.READ_ONLY)
    assert second.open_path(shared)
    banner = second.read_only_banner
    assert not banner.isHidden()
    assert banner.label.text().startswith("Skrivskyddad: en annan kopia av Samverkan har filen öppen")
    assert banner.save_copy_button.text() == "Spara som &kopia…"
    # The questions: answers shown, none changeable, by mouse or keyboard; the notes readable only.
    second.show_view(View.EDITOR)
    page = second.editor_view.pages[0]
    buttons = page.groups[0].buttons
    assert buttons.button(3).isChecked()
    assert not any(button.isEnabled() for button in buttons.buttons())
    assert page.notes.isReadOnly()
    qtbot.mouseClick(buttons.button(5), Qt.MouseButton.LeftButton)
    assert dict(second.session.assessment.answers) == {"start-1": 3}
    assert not second.commands.edit_details.isEnabled()
    # The plan: nothing to tick, type or add.
    second.plan.open_plan()
    editor = second.plan_page.editor
    assert not any(check.isEnabled() for check in editor.block_checks.values())
    # Save as a copy: the copy is the document now, and it can be changed.
    copy = tmp_path / "min kopia.samverkan"
    fake_dialogs.answer("save_file_name", copy)
    banner.save_copy_button.click()
    assert copy.exists() and second.session.path == copy
    assert banner.isHidden() and "(skrivskyddad)" not in second.windowTitle()
    assert all(button.isEnabled() for button in buttons.buttons())
    assert not page.notes.isReadOnly()
    assert all(check.isEnabled() for check in editor.block_checks.values())


def test_a_read_only_group_file_cannot_be_typed_into(qtbot, app_language, fake_dialogs, tmp_path):
    import shutil

    from PySide6.QtCore import Qt

    from samverkan_gui.ui.workshop.window import WorkshopWindow
    from tests.conftest import EXAMPLES

    path = tmp_path / "grupp.samverkan-grupp"
    shutil.copy(EXAMPLES / "workshop-7.samverkan-grupp", path)
    first, other = WorkshopWindow(check_recovery=False), WorkshopWindow(check_recovery=False)
    try:
        assert first.open_path(path)
        fake_dialogs.answer("ask_file_in_use", InUse.READ_ONLY)
        assert other.open_path(path)
        other.show()
        assert not other.read_only_banner.isHidden()
        before = other.session.group
        other.grid.setFocus()
        other.grid.go_to(0, 0)
        qtbot.keyClick(other.grid, Qt.Key.Key_5)
        qtbot.keyClick(other.grid, Qt.Key.Key_Delete)
        assert other.session.group == before
        assert not other.add_participant_button.isEnabled() and other.results.notes_edit.isReadOnly()
    finally:
        for workshop in (other, first):
            workshop.document.close_document()
            forget_changes(workshop.session)
            workshop.close()
