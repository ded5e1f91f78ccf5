"""A follow-up's results page: the change since the file it follows, and actions past their due date."""

from __future__ import annotations

import dataclasses
import datetime as dt
from pathlib import Path

from samverkan_gui.core.assessment import Assessment, load_assessment, save_assessment
from samverkan_gui.core.followup import follow_up
from samverkan_gui.core.plan import Action, BlockPlan, Status
from samverkan_gui.core.registry import shipped_registry
from samverkan_gui.ui.compare_view import CompareWindow
from samverkan_gui.ui.main_window import View

Q = shipped_registry().default()
#: Long past: late on any day the tests run.
LONG_AGO = dt.date(2020, 1, 31)
PLAN = (
    BlockPlan(
        "organisatorisk-design",
        actions=(
            Action("Skriv spelregler", "Anna", LONG_AGO, Status.STARTED),
            Action("Bjud in", "Per", LONG_AGO, Status.DONE),
        ),
    ),
)


def _files(tmp_path: Path) -> tuple[Path, Path]:
    earlier = tmp_path / "unga-2025.samverkan"
    answers = dict.fromkeys(Q.question_ids, 3)
    save_assessment(
        earlier,
        Assessment(Q.id, Q.version, answers=answers, date=dt.date(2025, 3, 6), plan=PLAN, collaboration="Unga"),
        Q,
    )
    now = follow_up(load_assessment(earlier), earlier, today=dt.date(2026, 3, 6))
    later = tmp_path / "unga-2026.samverkan"
    save_assessment(later, dataclasses.replace(now, answers=dict.fromkeys(Q.question_ids, 4)), Q)
    return earlier, later


def _results(window, path: Path):  # type: ignore[no-untyped-def]
    assert window.open_path(path)
    window.show_view(View.RESULTS)
    return window.results_view


def test_the_results_page_says_what_changed_since_last_time(window, tmp_path: Path) -> None:
    _earlier, later = _files(tmp_path)
    view = _results(window, later)
    assert not view.since_label.isHidden()
    assert view.since_heading.text() == "Sedan förra gången"
    lines = view.since_label.text().splitlines()
    assert lines[0] == "Sedan förra gången (2025-03-06): +21 ↑"
    assert lines[1:] == [
        "STARTFÖRHÅLLANDEN: +5 ↑",
        "ORGANISATORISK DESIGN OCH LEDARSKAP: +5 ↑",
        "SAMVERKANSPROCESSEN: +10 ↑",
        "UTFALL: +1 ↑",
    ]
    assert "STARTFÖRHÅLLANDEN: +5 ↑ (upp)" in view.since_label.accessibleDescription()
    # A change of an answer changes what is said at once.
    window.session.set_answer("start-1", 5)
    assert view.since_label.text().splitlines()[0] == "Sedan förra gången (2025-03-06): +22 ↑"


def test_without_the_file_it_follows_the_page_says_so(window, tmp_path: Path) -> None:
    earlier, later = _files(tmp_path)
    earlier.unlink()
    view = _results(window, later)
    assert view.since_label.text().startswith("Den här bedömningen följer upp unga-2025.samverkan, men den filen")


def test_an_assessment_that_follows_nothing_shows_no_such_section(window, tmp_path: Path) -> None:
    earlier, _later = _files(tmp_path)
    view = _results(window, earlier)
    assert view.since_label.isHidden() and view.since_heading.isHidden()


def test_overdue_actions_are_named_on_the_results_page_and_in_the_comparison(window, tmp_path: Path) -> None:
    earlier, later = _files(tmp_path)
    view = _results(window, later)
    assert not view.overdue_label.isHidden()
    assert view.overdue_label.text() == (
        "Försenade åtgärder (1), inte klara fast klart senast-datumet har passerat: "
        "”Skriv spelregler” (klart senast 2020-01-31)."
    )
    compared = CompareWindow(window)
    try:
        assert compared.load([earlier, later])
        statuses = [compared.plans_table.item(row, 4).text() for row in range(compared.plans_table.rowCount())]
        assert statuses == ["2025-03-06: pågår – försenad", "2025-03-06: klar"]
    finally:
        compared.close()


def _compare_window(window) -> CompareWindow:  # type: ignore[no-untyped-def]
    window.commands.compare.trigger()
    (found,) = [w for w in window.findChildren(CompareWindow) if w.isVisible()]
    return found


def test_compare_from_an_open_follow_up_starts_with_it_and_the_file_it_follows(window, fake_dialogs, tmp_path) -> None:
    earlier, later = _files(tmp_path)
    assert window.open_path(later)
    view = _compare_window(window)  # no file dialog: both are known
    assert view.paths() == [earlier, later]
    assert view.comparison is not None
    assert [item.item.name for item in view.comparison.items] == ["unga-2025.samverkan", "unga-2026.samverkan"]
    assert fake_dialogs.called("open_file_names") == []
    view.close()


def test_compare_asks_for_the_followed_file_when_it_is_not_beside_it(window, fake_dialogs, tmp_path) -> None:
    earlier, later = _files(tmp_path)
    moved = tmp_path / "arkiv"
    moved.mkdir()
    elsewhere = earlier.rename(moved / "gammal.samverkan")
    assert window.open_path(later)
    fake_dialogs.answer("open_file_name", elsewhere)
    view = _compare_window(window)
    (asked,) = fake_dialogs.called("open_file_name")
    assert asked[1] == "Vilken fil följer den här upp? (unga-2025.samverkan finns inte bredvid den)"
    assert view.paths() == [elsewhere, later]
    view.close()


def test_compare_from_an_assessment_that_follows_nothing_asks_for_more(window, fake_dialogs, tmp_path) -> None:
    earlier, _later = _files(tmp_path)
    assert window.open_path(earlier)
    fake_dialogs.answer("open_file_names", [])
    view = _compare_window(window)
    assert view.paths() == [earlier]  # it starts with the open one, and asks for the others
    assert len(fake_dialogs.called("open_file_names")) == 1
    view.close()


def test_a_group_follow_ups_results_say_what_changed_and_what_is_late(qtbot, app_language, fake_dialogs, tmp_path):
    from samverkan_gui.core.group import Group, Participant
    from samverkan_gui.core.group_file import load_group, save_group
    from samverkan_gui.ui.workshop.window import RESULTS_TAB, WorkshopWindow
    from tests.ui.conftest import forget_changes

    people = (Participant("D1", dict.fromkeys(Q.question_ids, 3)), Participant("D2", dict.fromkeys(Q.question_ids, 4)))
    earlier = tmp_path / "verkstad-2025.samverkan-grupp"
    save_group(
        earlier,
        Group(Q.id, Q.version, participants=people, date=dt.date(2025, 3, 6), collaboration="Unga", plan=PLAN),
        Q,
    )
    now = follow_up(load_group(earlier), earlier, today=dt.date(2026, 3, 6))
    later = tmp_path / "verkstad-2026.samverkan-grupp"
    save_group(later, dataclasses.replace(now, participants=(Participant("D1", dict.fromkeys(Q.question_ids, 5)),)), Q)
    workshop = WorkshopWindow(check_recovery=False)
    try:
        assert workshop.open_path(later)
        workshop.show()
        workshop.tabs.setCurrentIndex(RESULTS_TAB)
        lines = workshop.results.learning.text().splitlines()
        assert lines[0] == "Sedan förra gången (2025-03-06): +31,5 ↑"  # 105 − mean of 63 and 84
        assert lines[1] == "STARTFÖRHÅLLANDEN: +7,5 ↑"
        assert lines[-1].startswith("Försenade åtgärder (1)")
    finally:
        forget_changes(workshop.session)
        workshop.close()
