"""The workshop window, driven like a facilitator would (offscreen)."""

from __future__ import annotations

import csv
from collections.abc import Iterator
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent

from samverkan_gui.core.assessment import Assessment, save_assessment
from samverkan_gui.core.group_file import load_group
from samverkan_gui.ui import dialogs, i18n
from samverkan_gui.ui.workshop import open_workshop
from samverkan_gui.ui.workshop.recovery import recovery_dir
from samverkan_gui.ui.workshop.window import WorkshopWindow
from tests.ui.conftest import FakeDialogs, crash, forget_changes

REPO = Path(__file__).resolve().parents[2]

# The offscreen platform cannot raise windows; that warning is about the test platform, not us.
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")


def use_language(monkeypatch: pytest.MonkeyPatch, lang: str) -> str:
    """Show the window (its messages and exports too) in ``lang``; returns the language to restore."""
    monkeypatch.setenv("SAMVERKAN_LANG", lang)
    previous = i18n.current_language()
    i18n.install_language(lang)
    return previous


def restore_language(previous: str) -> None:
    i18n.install_language(previous)


@pytest.fixture
def english(qapp, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    previous = use_language(monkeypatch, "en")
    yield
    restore_language(previous)


@pytest.fixture
def swedish(qapp, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    previous = use_language(monkeypatch, "sv")
    yield
    restore_language(previous)


@pytest.fixture
def window(qtbot, english) -> WorkshopWindow:
    # Not qtbot.addWidget: pytest-qt would close it before this fixture's teardown,
    # and closing with unsaved work asks a question no test has answered.
    win = open_workshop()
    yield win
    forget_changes(win.session)  # leave without the save question
    win.close()
    win.deleteLater()


def _save(path: Path, questionnaire, answers: dict[str, int], **details) -> Path:
    a = Assessment.new(questionnaire, **details)
    for qid, value in answers.items():
        a = a.with_answer(qid, value)
    save_assessment(path, a, questionnaire)
    return path


# Ten paper forms: form i answers (i + question number) % 5 + 1, except form 4 skips question 5.
def _paper_form(i: int) -> list[int | None]:
    values: list[int | None] = [(i + q) % 5 + 1 for q in range(21)]
    if i == 4:
        values[4] = None
    return values


def test_entry_grid_filled_by_keyboard_with_ten_paper_forms(qtbot, window: WorkshopWindow, questionnaire) -> None:
    for _ in range(10):
        window.commands.add_participant.trigger()
    assert window.session.group.codes == tuple(f"D{n}" for n in range(1, 11))
    grid = window.grid
    grid.go_to(0, 0)
    grid.setFocus()
    for i in range(10):
        for value in _paper_form(i):
            if value is None:
                qtbot.keyClick(grid, Qt.Key.Key_Return)
            else:
                qtbot.keyClicks(grid, str(value))
    ids = questionnaire.question_ids
    group = window.session.group
    for i in range(10):
        expected = {qid: v for qid, v in zip(ids, _paper_form(i), strict=True) if v is not None}
        assert dict(group.participant(f"D{i + 1}").answers) == expected
    # What the facilitator sees in the grid: D3, question 2.
    model = grid.entry_model
    assert model.index(1, 2).data() == str(_paper_form(2)[1])
    assert model.index(4, 4).data() == ""
    # The results page counts the nine complete forms toward the mean total.
    totals = [sum(v for v in _paper_form(i) if v) for i in range(10) if i != 4]
    mean = sum(totals) / len(totals)
    window.tabs.setCurrentIndex(1)
    summary = window.results.summary.text()
    assert "Participants: 10 (9 with every question answered)" in summary
    assert f"Mean total {mean:.1f} of 105 points (n = 9" in summary
    assert window.isWindowModified()


def test_wrong_keys_are_refused_on_the_spot(qtbot, window: WorkshopWindow) -> None:
    window.commands.add_participant.trigger()
    grid = window.grid
    grid.go_to(0, 0)
    grid.setFocus()
    with qtbot.waitSignal(grid.entry_refused) as refused:
        qtbot.keyClicks(grid, "7")
    assert refused.args == ["7"]
    assert "“7” is not an answer: type 1–5" in window.statusBar().currentMessage()
    qtbot.keyClicks(grid, "x0")
    assert window.session.group.participant("D1").answers == {}
    assert grid.currentIndex().row() == 0
    qtbot.keyClicks(grid, "4")
    assert window.session.group.participant("D1").answers == {"start-1": 4}
    assert grid.currentIndex().row() == 1
    grid.go_to(0, 0)
    qtbot.keyClick(grid, Qt.Key.Key_Delete)
    assert window.session.group.participant("D1").answers == {}


def test_mixed_duplicate_and_broken_files_reported_by_name(
    window: WorkshopWindow, fake_dialogs: FakeDialogs, tmp_path: Path, questionnaire
) -> None:
    ids = questionnaire.question_ids
    anna = _save(tmp_path / "anna.samverkan", questionnaire, dict.fromkeys(ids, 4), respondent="Anna")
    bo = _save(tmp_path / "bo.samverkan", questionnaire, dict.fromkeys(ids, 2), respondent="Bo")
    copy = tmp_path / "bo-kopia.samverkan"
    copy.write_bytes(bo.read_bytes())
    broken = tmp_path / "trasig.samverkan"
    broken.write_text("format: samverkan-assessment\nformat_version: 1\nquestionnaire: {id: x", encoding="utf-8")
    foreign = tmp_path / "annat.samverkan"
    foreign.write_text("hello: world\n", encoding="utf-8")
    fake_dialogs.answer("open_file_names", [anna, bo, anna, copy, broken, foreign])
    window.commands.add_files.trigger()
    assert window.session.group.codes == ("D1", "D2")
    (problems,) = fake_dialogs.problems()
    assert len(problems) == 4
    joined = "\n".join(problems)
    for name in (
        "The file anna.samverkan was chosen twice",
        "bo-kopia.samverkan has the same content as bo.samverkan",
        "trasig.samverkan",
        "annat.samverkan is not a Samverkan file",
    ):
        assert name in joined
    assert "2 files added. 2 participants in the group." in window.statusBar().currentMessage()
    # Offered again later: recognised as already in the group.
    fake_dialogs.answer("open_file_names", [anna])
    window.commands.add_files.trigger()
    assert "is already in the group (participant D1)" in fake_dialogs.problems()[-1][0]
    assert window.session.group.codes == ("D1", "D2")


def test_folder_and_drag_and_drop(
    window: WorkshopWindow, fake_dialogs: FakeDialogs, tmp_path: Path, questionnaire
) -> None:
    folder = tmp_path / "usb"
    folder.mkdir()
    for value in (1, 2, 3):
        _save(folder / f"p{value}.samverkan", questionnaire, {"start-1": value})
    fake_dialogs.answer("existing_folder", folder)
    window.commands.add_folder.trigger()
    assert window.session.group.codes == ("D1", "D2", "D3")
    dropped = _save(tmp_path / "sent.samverkan", questionnaire, {"start-1": 5})
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(dropped))])
    event = QDropEvent(
        QPointF(10, 10), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    )
    window.dropEvent(event)
    assert window.session.group.codes == ("D1", "D2", "D3", "D4")
    assert window.session.group.participant("D4").answers == {"start-1": 5}
    assert fake_dialogs.problems() == []


def test_save_open_and_unsaved_changes(
    qtbot, window: WorkshopWindow, fake_dialogs: FakeDialogs, tmp_path: Path
) -> None:
    window.commands.add_participant.trigger()
    window.grid.go_to(0, 0)
    qtbot.keyClicks(window.grid, "35")
    window.collaboration.setText("")
    qtbot.keyClicks(window.collaboration, "Unga i Norrby")
    fake_dialogs.answer("save_file_name", tmp_path / "norrby")
    window.commands.save.trigger()
    saved = tmp_path / "norrby.samverkan-grupp"
    group = load_group(saved)
    assert group.collaboration == "Unga i Norrby"
    assert group.participant("D1").answers == {"start-1": 3, "start-2": 5}
    assert not window.isWindowModified()
    assert "norrby.samverkan-grupp" in window.windowTitle()
    # A change, then "New group": the facilitator is asked; Cancel keeps everything.
    window.grid.go_to(2, 0)
    qtbot.keyClicks(window.grid, "1")
    fake_dialogs.answer("ask_save_changes", dialogs.Choice.CANCEL)
    window.commands.new.trigger()
    assert fake_dialogs.asked() == ["norrby.samverkan-grupp"]
    assert window.session.group.participant("D1").answers["start-3"] == 1
    # Save via the question, then open the file again in a fresh group.
    fake_dialogs.answer("ask_save_changes", dialogs.Choice.SAVE)
    window.commands.new.trigger()
    assert window.session.group.participants == ()
    assert load_group(saved).participant("D1").answers["start-3"] == 1
    fake_dialogs.answer("open_file_name", saved)
    window.commands.open.trigger()
    assert window.session.group.participant("D1").answers == {"start-1": 3, "start-2": 5, "start-3": 1}
    assert window.collaboration.text() == "Unga i Norrby"


def test_save_failure_is_explained_and_old_file_kept(
    qtbot, window: WorkshopWindow, fake_dialogs: FakeDialogs, tmp_path: Path
) -> None:
    window.commands.add_participant.trigger()
    fake_dialogs.answer("save_file_name", tmp_path / "missing" / "g.samverkan-grupp")
    window.commands.save.trigger()
    assert "could not be saved" in fake_dialogs.take_errors()[0]
    assert window.isWindowModified()


def test_autosave_and_recovery_after_a_crash(qtbot, fake_dialogs: FakeDialogs, english) -> None:
    first = WorkshopWindow()
    qtbot.addWidget(first)
    first.autosave._timer.setInterval(10)
    first.commands.add_participant.trigger()
    first.grid.go_to(0, 0)
    qtbot.keyClicks(first.grid, "42")
    data_file = first.autosave.data_file
    # The change scheduled an autosave; run it as its timer would (the timer itself is Qt's;
    # a test elsewhere in the suite leaves timers unable to fire for later tests).
    assert first.autosave._timer.isActive()
    first.autosave._timer.stop()
    first.autosave.write_now()
    assert "start-2: 2" in data_file.read_text(encoding="utf-8")
    assert data_file.parent == recovery_dir()
    # A crash: the process is gone, its lock with it (here: released without the normal close).
    crash(first.autosave)
    fake_dialogs.answer("ask_yes_no", True)  # recover it
    second = _shown_after_recovery_question(qtbot, fake_dialogs)
    assert "before an untitled workshop group (participants: 1) was saved" in fake_dialogs.asked()[-1]
    assert second.session.group.participant("D1").answers == {"start-1": 4, "start-2": 2}
    assert second.isWindowModified()
    assert not data_file.exists()
    # Closing normally after saving leaves no recovery file behind.
    fake_dialogs.answer("ask_save_changes", dialogs.Choice.DISCARD)
    second.close()
    assert list(recovery_dir().glob("*.samverkan-grupp")) == []
    forget_changes(first.session)
    first.close()


def _shown_after_recovery_question(qtbot, fake_dialogs: FakeDialogs, questions: int = 1) -> WorkshopWindow:
    """A new workshop window, shown; returns once it has asked its recovery question(s)."""
    before = len(fake_dialogs.asked())
    window = WorkshopWindow()
    qtbot.addWidget(window)
    assert len(fake_dialogs.asked()) == before  # nothing asked before the window is on screen
    window.show()
    qtbot.waitUntil(lambda: len(fake_dialogs.asked()) == before + questions)
    return window


def _crashed_group_with_one_paper_form(qtbot) -> Path:
    first = WorkshopWindow()
    qtbot.addWidget(first)
    first.commands.add_participant.trigger()
    first.grid.go_to(0, 0)
    qtbot.keyClicks(first.grid, "4215")
    first.autosave._timer.stop()
    first.autosave.write_now()
    data_file = first.autosave.data_file
    # The process dies: its lock goes, nothing else happens.
    crash(first.autosave)
    forget_changes(first.session)
    return data_file


def test_recovery_question_names_the_group_file_as_it_is(
    qtbot, fake_dialogs: FakeDialogs, tmp_path: Path, swedish
) -> None:
    # A percent sign and a digit in a file name are not a placeholder of the message.
    first = WorkshopWindow()
    qtbot.addWidget(first)
    first.commands.add_participant.trigger()
    fake_dialogs.answer("save_file_name", tmp_path / "budget%2.samverkan-grupp")
    first.commands.save.trigger()
    first.grid.go_to(0, 0)
    qtbot.keyClicks(first.grid, "4")
    first.autosave._timer.stop()
    first.autosave.write_now()
    crash(first.autosave)
    forget_changes(first.session)
    fake_dialogs.answer("ask_yes_no", True)  # recover it
    second = _shown_after_recovery_question(qtbot, fake_dialogs)
    assert fake_dialogs.asked()[-1] == (
        "Samverkan stängdes utan att workshopgruppen budget%2.samverkan-grupp (deltagare: 1) sparades. "
        "Vill ni återställa den?"
    )
    assert second.session.group.participant("D1").answers == {"start-1": 4}
    forget_changes(second.session)


def test_recovery_question_comes_when_the_workshop_window_is_on_screen(
    qtbot, fake_dialogs: FakeDialogs, english
) -> None:
    _crashed_group_with_one_paper_form(qtbot)
    seen: list[tuple[bool, bool, str]] = []

    def ask(parent, _title: str, text: str, **_kwargs) -> bool:
        handle = parent.windowHandle()
        seen.append((parent.isVisible(), handle is not None and handle.isExposed(), text))
        return True

    fake_dialogs.answer_with("ask_yes_no", ask)
    second = open_workshop()
    qtbot.addWidget(second)
    assert seen == []  # open_workshop has returned: the window is up, the question follows
    qtbot.waitUntil(lambda: seen != [])
    [(visible, exposed, text)] = seen
    assert visible and exposed
    assert text.endswith("untitled workshop group (participants: 1) was saved. Recover it?")
    assert second.session.group.participant("D1").answers == {"start-1": 4, "start-2": 2, "start-3": 1, "start-4": 5}
    assert second.isWindowModified()
    forget_changes(second.session)


def test_declining_recovered_group_keeps_it_unless_discard_is_confirmed(
    qtbot, fake_dialogs: FakeDialogs, swedish
) -> None:
    data_file = _crashed_group_with_one_paper_form(qtbot)
    # "No" to restoring, then "No" to deleting: the typed paper form stays on disk.
    fake_dialogs.answer("ask_yes_no", False, False)
    second = _shown_after_recovery_question(qtbot, fake_dialogs, questions=2)
    assert fake_dialogs.asked()[0] == (
        "Samverkan stängdes innan en namnlös workshopgrupp (deltagare: 1) sparades. Vill ni återställa den?"
    )
    # Enter restores; Enter on the second question keeps the file.
    assert [options.get("default_yes", False) for options in fake_dialogs.keywords("ask_yes_no")] == [True, False]
    assert "kan inte ångras" in fake_dialogs.asked()[1]
    assert second.session.group.participants == ()
    assert data_file.exists()
    # Offered again next time; "No", then "Yes, delete": now it goes.
    fake_dialogs.answer("ask_yes_no", False, True)
    third = _shown_after_recovery_question(qtbot, fake_dialogs, questions=2)
    assert not data_file.exists()
    assert third.session.group.participants == ()


def test_csv_export_reads_back_like_swedish_excel(
    qtbot, window: WorkshopWindow, swedish, fake_dialogs: FakeDialogs, tmp_path: Path
) -> None:
    for _ in range(3):
        window.commands.add_participant.trigger()
    window.grid.go_to(0, 0)
    for column in range(3):
        window.grid.go_to(0, column)
        qtbot.keyClicks(window.grid, "2" if column else "5")
    fake_dialogs.answer_with("save_file_name_with_choice", lambda *args: (tmp_path / "grupp", args[4]))
    window.commands.export_csv_people.trigger()
    with (tmp_path / "grupp.csv").open(encoding="utf-8-sig", newline="") as stream:
        rows = list(csv.reader(stream, delimiter=";"))
    header, first = rows[0], dict(zip(rows[0], rows[1], strict=True))
    assert header[-3:] == ["D1", "D2", "D3"]
    assert first["Medel"] == "3,00"
    assert first["Spridning"] == "3"
    assert first["Synen skiljer sig"] == "ja"
    assert [first["D1"], first["D2"], first["D3"]] == ["5", "2", "2"]


def test_group_pdf_and_blank_form_from_the_menu(
    qtbot, window: WorkshopWindow, swedish, fake_dialogs: FakeDialogs, tmp_path: Path, questionnaire
) -> None:
    ids = questionnaire.question_ids
    paths = [
        _save(tmp_path / f"{n}.samverkan", questionnaire, dict.fromkeys(ids, v), respondent=f"Hemlig {n}")
        for n, v in (("a", 2), ("b", 4))
    ]
    window.add_paths(paths)
    window.collaboration.setText("")
    qtbot.keyClicks(window.collaboration, "Norrby")
    fake_dialogs.save_report(tmp_path / "rapport.pdf", tmp_path / "rapport.pdf")
    window.commands.export_pdf.trigger()
    text = " ".join(" ".join(p.extract_text() for p in PdfReader(tmp_path / "rapport.pdf").pages).split())
    assert "Norrby" in text
    assert "2 deltagare, 2 med alla frågor besvarade: D1, D2" in text
    assert "Medelsumma 63,0 av 105 poäng" in text
    assert "Hemlig" not in text
    window.commands.show_names.trigger()
    window.commands.export_pdf.trigger()
    text = " ".join(" ".join(p.extract_text() for p in PdfReader(tmp_path / "rapport.pdf").pages).split())
    assert "D1 (Hemlig a)" in text
    fake_dialogs.answer("save_file_name", tmp_path / "form")
    window.commands.blank_form_en.trigger()
    assert "Participant code" in PdfReader(tmp_path / "form.pdf").pages[0].extract_text()


def test_projector_hides_until_revealed(qtbot, window: WorkshopWindow, questionnaire) -> None:
    ids = questionnaire.question_ids
    group = window.session.group
    for values in ({**dict.fromkeys(ids, 3), "design-2": 1}, {**dict.fromkeys(ids, 4), "design-2": 5}):
        group = group.with_participant()
        for qid, value in values.items():
            group = group.with_answer(group.codes[-1], qid, value)
    window.session.update(group)
    projector = window.show_projector(full_screen=False)
    qtbot.addWidget(projector)
    assert projector.position.text() == "1 of 2"  # the overview, one question where views differ
    assert projector.windowTitle() == "Projector – Untitled group"
    assert "hidden" in projector.result.text()
    assert "Mean total" not in projector.result.text()
    with qtbot.waitSignal(projector.revealed):
        qtbot.keyClick(projector, Qt.Key.Key_Space)
    # Totals 20 * 3 + 1 = 61 and 20 * 4 + 5 = 85: mean 73.
    assert "Mean total 73.0 of 105 points · score band 63–83" in projector.result.text()
    qtbot.keyClick(projector, Qt.Key.Key_Space)  # revealed: Space moves on
    assert projector.heading.text() == "Where views differ: 1 of 1"
    assert "Are there conditions for inclusion and participation?" in projector.body.text()
    assert "hidden" in projector.result.text()
    projector.reveal_button.click()
    assert "Consensus 0.00 · mean 3.0 · answers from 1 to 5 · 2 answered" in projector.result.text()
    qtbot.keyClick(projector, Qt.Key.Key_Home)
    assert projector.position.text() == "1 of 2"
    qtbot.keyClick(projector, Qt.Key.Key_End)
    assert projector.position.text() == "2 of 2"
    qtbot.keyClick(projector, Qt.Key.Key_PageUp)
    assert projector.position.text() == "1 of 2"
    qtbot.keyClick(projector, Qt.Key.Key_PageDown)
    assert projector.position.text() == "2 of 2"
    qtbot.keyClick(projector, Qt.Key.Key_Escape)
    assert not projector.isVisible()


@pytest.mark.parametrize("size", [(1024, 768), (1920, 1080)])
def test_whole_workshop_on_the_projector_takes_two_presses_per_slide(
    qtbot, window: WorkshopWindow, swedish, size: tuple[int, int]
) -> None:
    """The seven-person example: the overview and its four split questions, with Space only."""
    window.session.open(REPO / "examples" / "workshop-7.samverkan-grupp")
    projector = window.show_projector(full_screen=False)
    qtbot.addWidget(projector)
    projector.resize(*size)
    qtbot.waitUntil(lambda: projector.width() == size[0])
    assert projector.windowTitle() == "Projektor – Samverkan kring unga i Norrby"
    assert len(projector.slides) == 5
    seen: list[str] = []
    while True:
        qtbot.keyClick(projector, Qt.Key.Key_Space)
        assert projector.is_revealed
        seen.append(projector.result.text())
        if projector.index == len(projector.slides) - 1:
            break
        qtbot.keyClick(projector, Qt.Key.Key_Space)
    assert projector.key_presses == 2 * len(projector.slides) - 1
    assert projector.key_presses <= 2 * len(projector.slides)
    assert seen[0].startswith("Medelsumma 67,1 av 105 poäng · poängintervall 63–83")
    assert [text.split(" · ")[0] for text in seen[1:]] == ["Samsyn 0,31", "Samsyn 0,35", "Samsyn 0,39", "Samsyn 0,54"]
    # The key hint is one line that fits beside the buttons.
    hint = projector.hint
    assert not hint.wordWrap()
    qtbot.waitUntil(lambda: hint.width() >= hint.sizeHint().width(), timeout=2000)
    assert hint.geometry().right() < projector.close_button.geometry().left()
    assert "\n" not in hint.text()
    qtbot.keyClick(projector, Qt.Key.Key_Escape)


def test_rename_and_remove_participant(qtbot, window: WorkshopWindow, fake_dialogs: FakeDialogs) -> None:
    window.commands.add_participant.trigger()
    window.commands.add_participant.trigger()
    window.grid.go_to(0, 1)
    qtbot.keyClicks(window.grid, "3")
    window.grid.go_to(0, 1)
    fake_dialogs.answer("get_text", "D1", "Kommun A")
    window.commands.rename_participant.trigger()
    assert "already used" in fake_dialogs.take_errors()[-1]
    window.commands.rename_participant.trigger()
    assert window.session.group.codes == ("D1", "Kommun A")
    assert window.grid.entry_model.headerData(1, Qt.Orientation.Horizontal) == "Kommun A"
    assert window.session.group.participant("Kommun A").answers == {"start-1": 3}
    window.grid.go_to(0, 0)
    fake_dialogs.answer("ask_yes_no", False, True)
    window.commands.remove_participant.trigger()
    assert window.session.group.codes == ("D1", "Kommun A")
    window.commands.remove_participant.trigger()
    assert "Remove D1" in fake_dialogs.asked()[-1]
    assert window.session.group.codes == ("Kommun A",)


def test_swedish_window(qtbot, fake_dialogs: FakeDialogs, swedish, tmp_path: Path, questionnaire) -> None:
    """With the app's Swedish translation the workshop speaks Swedish, numbers with decimal comma."""
    window = open_workshop()
    qtbot.addWidget(window)
    assert window.file_menu.title() == "&Workshop"
    assert window.participants_menu.title() == "&Deltagare"
    assert window.tabs.tabText(1) == "Resultat"
    ids = questionnaire.question_ids
    path = _save(tmp_path / "a.samverkan", questionnaire, dict.fromkeys(ids, 3))
    window.add_paths([path, path])
    assert "Filen a.samverkan valdes två gånger" in fake_dialogs.problems()[0][0]
    window.tabs.setCurrentIndex(1)
    assert "Deltagare: 1 (1 med alla frågor besvarade): D1" in window.results.summary.text()
    assert "Medelsumma 63,0 av 105 poäng" in window.results.summary.text()
    forget_changes(window.session)
    window.close()


def test_export_never_replaces_a_file_the_dialog_did_not_show(
    window: WorkshopWindow, fake_dialogs: FakeDialogs, tmp_path: Path
) -> None:
    window.commands.add_participant.trigger()
    existing = tmp_path / "grupp.csv"
    existing.write_bytes(b"keep me")
    for _ in range(2):  # typed without the suffix
        fake_dialogs.answer_with("save_file_name_with_choice", lambda *args: (tmp_path / "grupp", args[4]))
    fake_dialogs.answer("ask_yes_no", False, True)
    window.commands.export_csv.trigger()
    assert "grupp.csv already exists" in fake_dialogs.asked()[-1]
    assert existing.read_bytes() == b"keep me"
    window.commands.export_csv.trigger()
    assert existing.read_bytes().startswith(b"\xef\xbb\xbf")


def test_opened_from_the_main_window_and_closed_with_it(qtbot, fake_dialogs: FakeDialogs, english) -> None:
    from PySide6.QtWidgets import QApplication, QMainWindow

    parent = QMainWindow()
    qtbot.addWidget(parent)
    parent.show()
    workshop = open_workshop(parent)
    assert workshop in QApplication.topLevelWidgets()
    workshop.commands.add_participant.trigger()
    # Unsaved work: closing the main window asks; Cancel keeps both open.
    fake_dialogs.answer("ask_save_changes", dialogs.Choice.CANCEL, dialogs.Choice.DISCARD)
    assert not parent.close()
    assert parent.isVisible()
    assert workshop.isVisible()
    assert parent.close()
    assert not workshop.isVisible()


def _cut_off_labels(projector) -> list[str]:  # type: ignore[no-untyped-def]
    """Texts on the slide that do not fit their label (a user sees them cut off at the bottom)."""
    labels = (projector.heading, projector.body, projector.result)
    return [
        label.text()
        for label in labels
        if label.isVisible() and label.text() and label.height() < label.heightForWidth(label.width())
    ]


def test_projector_slides_fit_a_1024x768_projector(qtbot, window: WorkshopWindow, questionnaire, swedish) -> None:
    ids = questionnaire.question_ids
    group = window.session.group.with_details(collaboration="Näringslivsrådet i Storby kommun och grannkommunerna")
    for values in (dict.fromkeys(ids, 3), dict.fromkeys(ids, 4), {**dict.fromkeys(ids, 4), "design-2": 1}):
        group = group.with_participant()
        for qid, value in values.items():
            group = group.with_answer(group.codes[-1], qid, value)
    window.session.update(group)
    projector = window.show_projector(full_screen=False)
    qtbot.addWidget(projector)
    projector.resize(1024, 768)
    for index in range(len(projector.slides)):
        projector.go_to(index)
        projector.reveal()
        # Once the layout has settled, nothing is cut off.
        qtbot.waitUntil(lambda: _cut_off_labels(projector) == [], timeout=2000)
        # The buttons stay inside the slide's margins ("Close (Esc)" touched the screen's edge).
        assert projector.close_button.geometry().right() <= projector.width() - 30
    projector.go_to(0)
    projector.reveal()
    assert "Titta särskilt på" in projector.result.text()
    assert projector.body.text().startswith("Näringslivsrådet i Storby kommun och grannkommunerna\n")
    projector.close()


def test_group_results_name_the_weakest_block_in_every_band(qtbot, window: WorkshopWindow, questionnaire, swedish):
    ids = questionnaire.question_ids
    group = window.session.group
    for _ in range(2):
        group = group.with_participant()
        for qid in ids:
            group = group.with_answer(group.codes[-1], qid, 2 if qid.startswith("design") else 3)
    window.session.update(group)
    window.commands.results_view.trigger()
    qtbot.waitUntil(lambda: "Viljan finns" in window.results.advice.text())
    assert window.results.advice.text().endswith(
        "\nLägst andel av maxpoäng har organisatorisk design och ledarskap (medel 40\u00a0%): titta särskilt där."
    )


def test_typing_form_after_form_never_overwrites_the_last_answer(qtbot, window: WorkshopWindow, questionnaire) -> None:
    """A facilitator opens the window and types one paper form after the other, nothing else."""
    from PySide6.QtWidgets import QApplication

    grid = window.grid
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is grid)
    ids = questionnaire.question_ids
    first, second = _paper_form(0), _paper_form(1)
    # An empty group: the first digit starts D1.
    for form in (first, second):
        for value in form:
            if value is None:
                qtbot.keyClick(grid, Qt.Key.Key_Return)
            else:
                qtbot.keyClicks(grid, str(value))
        assert "The next digit starts a new participant." in window.statusBar().currentMessage()
    group = window.session.group
    assert group.codes == ("D1", "D2")
    for code, form in (("D1", first), ("D2", second)):
        expected = {qid: v for qid, v in zip(ids, form, strict=True) if v is not None}
        assert dict(group.participant(code).answers) == expected
    # Moving back to a cell first: the digit corrects that cell, no new participant.
    grid.go_to(len(ids) - 1, 1)
    qtbot.keyClicks(grid, "1")
    assert window.session.group.codes == ("D1", "D2")
    assert window.session.group.participant("D2").answers[ids[-1]] == 1


@pytest.mark.parametrize("size", [(1024, 768), (1280, 1024)])
def test_projector_overview_shows_long_block_names_whole(
    qtbot, window: WorkshopWindow, questionnaire, size: tuple[int, int]
) -> None:
    # "ORGANISATIONAL DESIGN AND LEADERSHIP" ended in "LEADERS…" on 1024×768 and 1280×1024 projectors.
    group = window.session.group.with_participant()
    for qid in questionnaire.question_ids:
        group = group.with_answer(group.codes[-1], qid, 3)
    window.session.update(group)
    projector = window.show_projector(full_screen=False)
    qtbot.addWidget(projector)
    projector.resize(*size)
    qtbot.waitUntil(lambda: projector.width() == size[0])
    for revealed in (False, True):
        projector.chart.grab()
        assert "ORGANISATIONAL DESIGN AND LEADERSHIP" in projector.chart.painted_titles
        assert not any("…" in title for title in projector.chart.painted_titles)
        if not revealed:
            qtbot.keyClick(projector, Qt.Key.Key_Space)


def test_a_failed_backup_is_said_in_the_workshop_too(
    qtbot, window: WorkshopWindow, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("x", encoding="utf-8")
    monkeypatch.setenv("SAMVERKAN_DATA_DIR", str(blocker / "data"))
    window.commands.add_participant.trigger()
    window.grid.go_to(0, 0)
    with qtbot.waitSignal(window.autosave.recovery_failed, timeout=3000):
        qtbot.keyClicks(window.grid, "3")
        window.autosave.write_now()
    assert "Automatic backup failed" in window.statusBar().currentMessage()
