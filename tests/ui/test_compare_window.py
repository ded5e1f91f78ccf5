"""The comparison window you can trust: one collaboration unless you say so, files you can take out."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from samverkan_gui.core.assessment import Assessment, save_assessment
from samverkan_gui.core.group import Group, Participant
from samverkan_gui.core.group_file import save_group
from samverkan_gui.core.registry import shipped_registry
from samverkan_gui.ui import dialogs
from samverkan_gui.ui.compare_view import CompareWindow

Q = shipped_registry().default()
UNGA = "Samverkan kring unga i Örnsköldsvik"
RADET = "Näringslivsrådet i Storby kommun"


def _save(path: Path, date: dt.date, base: int, collaboration: str) -> Path:
    answers = dict.fromkeys(Q.question_ids, base)
    save_assessment(path, Assessment(Q.id, Q.version, answers=answers, date=date, collaboration=collaboration), Q)
    return path


@pytest.fixture
def view(qtbot, app_language):  # type: ignore[no-untyped-def]
    window = CompareWindow()
    window.show()
    qtbot.waitExposed(window)
    yield window
    window.close()


@pytest.fixture
def files(tmp_path: Path) -> dict[str, Path]:
    return {
        "unga-2025": _save(tmp_path / "unga-2025.samverkan", dt.date(2025, 3, 6), 3, UNGA),
        "unga-2026": _save(tmp_path / "unga-2026.samverkan", dt.date(2026, 3, 6), 4, UNGA),
        "radet": _save(tmp_path / "rådet.samverkan", dt.date(2025, 11, 20), 2, RADET),
    }


def _rows(view: CompareWindow) -> list[str]:
    return [view.files_list.item(row).text() for row in range(view.files_list.count())]


def test_another_collaboration_is_never_a_trend_without_the_users_say_so(view, fake_dialogs, files) -> None:
    # Asked: removing the others keeps the first file's collaboration, in date order.
    fake_dialogs.answer("ask_other_collaborations", dialogs.OtherCollaborations.REMOVE_OTHERS)
    assert view.load([files["unga-2025"], files["radet"], files["unga-2026"]])
    (asked,) = fake_dialogs.called("ask_other_collaborations")
    assert asked[1] == (
        f"Filerna gäller olika samverkan: ”{UNGA}” (unga-2025.samverkan, unga-2026.samverkan); "
        f"”{RADET}” (rådet.samverkan). En förändring mellan dem är ingen utveckling över tid."
    )
    assert view.paths() == [files["unga-2025"], files["unga-2026"]]
    assert view.comparison is not None and not view.comparison.collaborations_differ
    assert view.notices_label.isHidden()
    assert view.title_label.text() == f"Jämförelse över tid: {UNGA}"


def test_cancel_changes_nothing_and_compare_anyway_says_so(view, fake_dialogs, files) -> None:
    assert view.load([files["unga-2025"], files["unga-2026"]])
    fake_dialogs.answer("ask_other_collaborations", dialogs.OtherCollaborations.CANCEL)
    assert not view.load([*view.paths(), files["radet"]])
    assert view.paths() == [files["unga-2025"], files["unga-2026"]]
    fake_dialogs.answer("ask_other_collaborations", dialogs.OtherCollaborations.COMPARE_ANYWAY)
    assert view.load([*view.paths(), files["radet"]])
    assert view.comparison is not None and view.comparison.collaborations_differ
    assert not view.notices_label.isHidden()
    assert view.notices_label.text().startswith(f"Obs! Filerna gäller olika samverkan (”{UNGA}” och ”{RADET}”).")
    assert view.title_label.text() == f"Jämförelse över tid: ”{UNGA}” och ”{RADET}”"
    # Each occasion's collaboration beside its file, in date order.
    assert _rows(view) == [
        f"2025-03-06 – {UNGA} – unga-2025.samverkan",
        f"2025-11-20 – {RADET} – rådet.samverkan",
        f"2026-03-06 – {UNGA} – unga-2026.samverkan",
    ]
    # Once said, adding another file of the same two does not ask again.
    assert fake_dialogs.unused_answers() == {}


def test_a_person_beside_a_group_is_said_in_words(view, files, tmp_path) -> None:
    group = Group(
        Q.id,
        Q.version,
        participants=(Participant("D1", dict.fromkeys(Q.question_ids, 4)),),
        date=dt.date(2027, 1, 1),
        collaboration=UNGA,
    )
    save_group(tmp_path / "verkstad.samverkan-grupp", group, Q)
    assert view.load([files["unga-2025"], tmp_path / "verkstad.samverkan-grupp"])
    assert "Obs! Här jämförs en persons svar med en grupps medelvärden." in view.notices_label.text()
    assert view.totals_table.item(0, 2).text() == "63,0 av 105"  # one decimal beside the group's mean


def test_a_wrong_file_is_taken_out_with_the_button_delete_or_the_menu(view, qtbot, fake_dialogs, files) -> None:
    extra = _save(files["radet"].with_name("unga-2027.samverkan"), dt.date(2027, 3, 6), 5, UNGA)
    assert view.load([files["unga-2026"], extra, files["unga-2025"]])
    assert [row.split(" – ")[0] for row in _rows(view)] == ["2025-03-06", "2026-03-06", "2027-03-06"]
    assert not view.remove_button.isEnabled()  # nothing chosen yet
    # The button.
    view.files_list.setCurrentRow(2)
    assert view.remove_button.isEnabled()
    view.remove_button.click()
    assert view.paths() == [files["unga-2026"], files["unga-2025"]]
    assert [row.split(" – ")[0] for row in _rows(view)] == ["2025-03-06", "2026-03-06"]
    # Delete on the list.
    assert view.load([*view.paths(), extra])
    view.files_list.setFocus()
    view.files_list.setCurrentRow(0)
    qtbot.keyClick(view.files_list, Qt.Key.Key_Delete)
    assert files["unga-2025"] not in view.paths() and len(view.paths()) == 2
    # The context menu holds the same command.
    (action,) = view.files_list.actions()
    assert action.text() == "Ta bort ur jämförelsen"
    view.files_list.setCurrentRow(0)
    action.trigger()
    # One file left: no comparison until another is added, and the file is still listed.
    assert view.comparison is None and len(view.paths()) == 1
    assert view.content.isHidden() and _rows(view) == [extra.name]
    QApplication.processEvents()
