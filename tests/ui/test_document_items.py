"""The document controller's smaller promises: failed saves, the recent list, recovery, group files everywhere."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPoint, Qt, QUrl
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QApplication

from samverkan_gui.core.assessment import Assessment, load_assessment, save_assessment
from samverkan_gui.core.group import Group
from samverkan_gui.core.group_file import load_group, save_group
from samverkan_gui.ui import settings
from samverkan_gui.ui.main_window import View
from samverkan_gui.ui.workshop.window import WorkshopWindow
from tests.ui.conftest import crash, forget_changes

# The offscreen platform cannot raise windows; that warning is about the test platform, not us.
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")


def _workshops() -> list[WorkshopWindow]:
    return [w for w in QApplication.topLevelWidgets() if isinstance(w, WorkshopWindow) and w.isVisible()]


def _close_workshops() -> None:
    for workshop in _workshops():
        workshop.autosave.shutdown()
        forget_changes(workshop.session)
        workshop.close()
        workshop.deleteLater()


@pytest.fixture
def close_workshops(qtbot):  # type: ignore[no-untyped-def]
    yield
    _close_workshops()
    qtbot.wait(1)


def _assessment(path: Path, questionnaire, answered: int, **details) -> Path:  # type: ignore[no-untyped-def]
    assessment = Assessment.new(questionnaire, **details)
    for question_id in questionnaire.question_ids[:answered]:
        assessment = assessment.with_answer(question_id, 3)
    save_assessment(path, assessment, questionnaire)
    return path


def _group(path: Path, questionnaire, people: int, collaboration: str = "Gruppen") -> Path:  # type: ignore[no-untyped-def]
    group = Group.new(questionnaire, collaboration=collaboration)
    for _ in range(people):
        group = group.with_participant()
    save_group(path, group, questionnaire)
    return path


# --- failed saves ----------------------------------------------------------------------------


def test_a_failed_save_offers_save_as_and_a_new_file_claims_no_previous_version(
    window, fake_dialogs, questionnaire, tmp_path
):
    window.start_new(questionnaire, {"collaboration": "Ny"})
    window.session.set_answer("start-1", 4)
    good = tmp_path / "här-går-det.samverkan"
    fake_dialogs.answer("save_file_name", tmp_path / "saknas" / "ny.samverkan", good)
    fake_dialogs.answer("show_save_failed", True)  # "Spara som…"
    assert window.save()
    [(_parent, title, text)] = fake_dialogs.called("show_save_failed")
    fake_dialogs.take_errors()
    assert title == "Bedömningen kunde inte sparas"
    assert "ny.samverkan kunde inte sparas" in text
    assert "tidigare versionen" not in text  # there was none
    assert load_assessment(good).answers == {"start-1": 4}
    assert window.session.path == good and not window.isWindowModified()


def test_a_failed_save_over_an_existing_file_says_it_is_untouched(
    window, fake_dialogs, questionnaire, tmp_path, monkeypatch
):
    from samverkan_gui.core import atomic

    path = _assessment(tmp_path / "finns.samverkan", questionnaire, 2)
    before = path.read_bytes()
    window.open_path(path)
    window.session.set_answer("start-5", 1)

    def full_disk(_src, _dst):  # type: ignore[no-untyped-def]
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(atomic.os, "replace", full_disk)
    assert not window.save()  # unanswered: "Ok"
    [(_parent, _title, text)] = fake_dialogs.called("show_save_failed")
    fake_dialogs.take_errors()
    assert "disken är full" in text and "Den tidigare versionen av filen är orörd" in text
    assert path.read_bytes() == before


# --- the recent list ---------------------------------------------------------------------------


def test_recent_list_shows_one_entry_per_file_with_how_complete_it_is(
    window, qtbot, questionnaire, tmp_path, close_workshops
):
    total = len(questionnaire.question_ids)
    draft = _assessment(tmp_path / "utkast.samverkan", questionnaire, 12)
    group = _group(tmp_path / "grupp.samverkan-grupp", questionnaire, 7)
    for path in (draft, group):
        settings.add_recent_file(path)
    window.finish_start()
    window.refresh_recent_files()
    recent = window.start_view.recent_list
    assert recent.count() == 2  # two files, two entries (not four lines that look like entries)
    first, second = recent.item(0), recent.item(1)
    assert first.text().split("\n")[0] == "grupp.samverkan-grupp"
    assert first.data(Qt.ItemDataRole.AccessibleTextRole) == f"grupp.samverkan-grupp, Grupp, 7 deltagare, i {tmp_path}"
    assert (
        second.data(Qt.ItemDataRole.AccessibleTextRole) == f"utkast.samverkan, besvarade: 12 av {total}, i {tmp_path}"
    )
    assert [a.text() for a in window.recent_menu.actions()] == ["grupp.samverkan-grupp (grupp)", "utkast.samverkan"]
    # Cached by modification time: a changed file is read again.
    _assessment(draft, questionnaire, total)
    window.refresh_recent_files()
    first = recent.item(0)
    assert f"besvarade: {total} av {total}" in recent.item(1).data(Qt.ItemDataRole.AccessibleTextRole)
    # One entry is one row of the list's height: name over folder.
    rect = recent.visualItemRect(first)
    assert rect.height() >= 2 * recent.fontMetrics().height()
    # Opening the group entry opens the workshop window.
    recent.setCurrentRow(0)
    recent.setFocus()
    qtbot.keyClick(recent, Qt.Key.Key_Return)
    [workshop] = _workshops()
    assert workshop.session.path == group and len(workshop.session.group.participants) == 7


# --- recovery ----------------------------------------------------------------------------------


def test_recovery_heading_says_what_can_be_done_not_what_was_done(window):
    assert window.start_view.recovery_box.title() == "Osparat arbete som kan återställas"


def test_group_recovery_is_offered_on_the_start_view(window, qtbot, fake_dialogs, close_workshops):
    crashed = WorkshopWindow(check_recovery=False)
    qtbot.addWidget(crashed)
    crashed.commands.add_participant.trigger()
    crashed.grid.go_to(0, 0)
    qtbot.keyClicks(crashed.grid, "425")
    crashed.collaboration.setText("Krasch-gruppen")
    crashed.session.update(crashed.session.group.with_details(collaboration="Krasch-gruppen"))
    crashed.autosave._timer.stop()
    crashed.autosave.write_now()
    # The process dies: its lock goes, nothing else happens.
    crash(crashed.autosave)
    forget_changes(crashed.session)
    assert window.offer_recovery() == 1
    row = window.start_view.recovery_list.item(0).text()
    assert row.startswith("Krasch-gruppen – Grupp, 1 deltagare, senast ändrad ")
    window.start_view.restore_button.click()
    [workshop] = [w for w in _workshops() if w is not crashed]
    assert workshop.session.group.participant("D1").answers == {"start-1": 4, "start-2": 2, "start-3": 5}
    assert workshop.isWindowModified()
    assert window.start_view.recovery_box.isHidden()
    assert fake_dialogs.calls == []  # the workshop window asks nothing more
    crashed.close()


# --- group files are documents too -----------------------------------------------------------------


def test_file_open_offers_both_kinds_and_opens_a_group_in_the_workshop(
    window, fake_dialogs, questionnaire, tmp_path, close_workshops
):
    group = _group(tmp_path / "workshop.samverkan-grupp", questionnaire, 3, "Unga i Norrby")
    fake_dialogs.answer("open_file_name", group)
    window.commands.open.trigger()
    [(_parent, _caption, _folder, file_filter)] = fake_dialogs.called("open_file_name")
    assert file_filter.startswith("Samverkan-filer (*.samverkan *.samverkan-grupp);;")
    assert "Gruppfiler (*.samverkan-grupp)" in file_filter
    [workshop] = _workshops()
    assert workshop.session.path == group
    assert workshop.collaboration.text() == "Unga i Norrby"
    assert "workshop.samverkan-grupp" in workshop.windowTitle()
    assert workshop.document.locked
    assert window.current_view() == View.START  # the main window is left as it was


def test_dropping_a_group_file_or_a_folder_opens_the_workshop(window, qtbot, questionnaire, tmp_path, close_workshops):
    # Names as a Windows share or an e-mail program may give them: the case of a suffix does not matter.
    group = _group(tmp_path / "G.SAMVERKAN-GRUPP", questionnaire, 2)
    folder = tmp_path / "svar"
    folder.mkdir()
    for answered, name in enumerate(("a.samverkan", "B.SAMVERKAN", "c.Samverkan"), 1):
        _assessment(folder / name, questionnaire, answered)

    def drop(*paths: Path) -> None:
        mime = QMimeData()
        mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
        event = QDropEvent(
            QPoint(10, 10), Qt.DropAction.CopyAction, mime, Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier
        )
        window.dropEvent(event)
        assert event.isAccepted()

    drop(group)
    qtbot.waitUntil(lambda: len(_workshops()) == 1)
    assert _workshops()[0].session.path == group
    drop(folder)
    qtbot.waitUntil(lambda: len(_workshops()) == 2)
    [new] = [w for w in _workshops() if w.session.path is None]
    assert new.session.group.codes == ("D1", "D2", "D3")


def test_command_line_opens_a_group_file_and_several_files(
    qtbot, app_language, fake_dialogs, questionnaire, tmp_path, monkeypatch, close_workshops
):
    from samverkan_gui import app, cli
    from samverkan_gui.ui.main_window import MainWindow

    monkeypatch.setattr(app, "create_application", lambda *a: _NoLoop(QApplication.instance()))
    monkeypatch.setattr(app, "install_excepthook", lambda: None)
    group = _group(tmp_path / "kväll.samverkan-grupp", questionnaire, 4)
    one = _assessment(tmp_path / "en.samverkan", questionnaire, 1)
    two = _assessment(tmp_path / "två.samverkan", questionnaire, 2)
    assert cli.main([str(group)]) == 0
    [workshop] = _workshops()
    assert workshop.session.path == group and len(workshop.session.group.participants) == 4
    assert cli.main([str(one), str(two)]) == 0
    [new] = [w for w in _workshops() if w is not workshop]
    assert new.session.group.codes == ("D1", "D2")
    _close_workshops()
    for window in [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow)]:
        window.autosave.shutdown()
        window.close()
        window.deleteLater()


class _NoLoop:
    """The real application, but ``exec`` returns at once (the test is the event loop)."""

    def __init__(self, real) -> None:  # type: ignore[no-untyped-def]
        self._real = real

    def exec(self) -> int:
        return 0


def test_two_workshop_windows_on_one_group_file(
    qtbot, app_language, fake_dialogs, questionnaire, tmp_path, close_workshops
):
    from samverkan_gui.ui.dialogs import Changed, InUse
    from samverkan_gui.ui.workshop import open_workshop

    path = _group(tmp_path / "delad.samverkan-grupp", questionnaire, 1)
    first, second = open_workshop(), open_workshop()
    assert first.document.open_path(path)
    fake_dialogs.answer("ask_file_in_use", InUse.ANYWAY)
    assert second.document.open_path(path)
    second.session.update(second.session.group.with_answer("D1", "start-1", 5))
    assert second.save()
    first.session.update(first.session.group.with_answer("D1", "start-2", 1))
    fake_dialogs.answer("ask_file_changed", Changed.CANCEL)
    assert not first.save()
    assert load_group(path).participant("D1").answers == {"start-1": 5}
    # The workshop lists recent group files too.
    first.refresh_recent_files()
    assert [a.text() for a in first.recent_menu.actions()] == ["delad.samverkan-grupp"]


@pytest.mark.parametrize("language", ["sv", "en"])
def test_workshop_file_menu_letters_are_distinct(qtbot, app_language, language):
    from samverkan_gui.ui.i18n import install_language
    from tests.ui.test_mnemonics import mnemonic

    install_language(language)
    workshop = WorkshopWindow(check_recovery=False)
    qtbot.addWidget(workshop)
    letters = [mnemonic(action.text()) for action in workshop.file_menu.actions() if not action.isSeparator()]
    assert None not in letters
    assert len(letters) == len(set(letters)), letters
    # Every command's tooltip names its shortcut (one action registry for both windows).
    assert workshop.commands.save.toolTip() == ("Spara gruppen (Ctrl+S)" if language == "sv" else "Save group (Ctrl+S)")
    install_language("sv")


def test_a_group_already_open_in_a_workshop_window_is_shown_not_opened_twice(
    window, fake_dialogs, questionnaire, tmp_path, close_workshops
):
    group = _group(tmp_path / "en-gång.samverkan-grupp", questionnaire, 2)
    assert window.open_path(group)
    assert window.open_path(group)
    assert len(_workshops()) == 1
    assert fake_dialogs.calls == []  # no "file in use" about our own window
