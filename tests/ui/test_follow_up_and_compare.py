"""Follow-up and comparison over time in the window, acting as a user."""

from __future__ import annotations

import dataclasses
import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible

from samverkan_gui.core.assessment import Assessment, load_assessment, save_assessment
from samverkan_gui.core.lockfile import lock_path
from samverkan_gui.core.plan import Action, BlockPlan, Status
from samverkan_gui.core.registry import QuestionnaireRegistry, shipped_registry
from samverkan_gui.ui import dialogs
from samverkan_gui.ui.compare_view import CompareWindow
from samverkan_gui.ui.main_window import View
from tests.ui.conftest import press

Q = shipped_registry().default()
PLAN = (
    BlockPlan(
        block="organisatorisk-design",
        why="Beslut fattas mellan mötena",
        actions=(
            Action("Skriv spelregler för styrgruppen", "Anna", dt.date(2027, 3, 31), Status.PLANNED),
            Action("Bjud in civilsamhället", "Styrgruppen", None, Status.STARTED),
        ),
    ),
)

#: The follow-up's plan a year later: the first action is done.
DONE = (
    dataclasses.replace(
        PLAN[0], actions=(dataclasses.replace(PLAN[0].actions[0], status=Status.DONE), PLAN[0].actions[1])
    ),
)


def _save(path: Path, date: dt.date, base: int, questionnaire=Q, plan=(), **overrides: int) -> Path:  # type: ignore[no-untyped-def]
    answers = {qid: base for qid in questionnaire.question_ids}
    answers.update({qid.replace("_", "-"): value for qid, value in overrides.items()})
    assessment = Assessment(
        questionnaire.id,
        questionnaire.version,
        answers=answers,
        date=date,
        collaboration="Näringslivsrådet",
        respondent="Kim",
        organisation="Storby kommun",
        plan=plan,
    )
    save_assessment(path, assessment, questionnaire)
    return path


def _name(widget) -> str:  # type: ignore[no-untyped-def]
    interface = QAccessible.queryAccessibleInterface(widget)
    assert interface is not None
    return interface.text(QAccessible.Text.Name)


def _description(widget) -> str:  # type: ignore[no-untyped-def]
    interface = QAccessible.queryAccessibleInterface(widget)
    assert interface is not None
    return interface.text(QAccessible.Text.Description)


# --- follow-up -------------------------------------------------------------------------------


def test_follow_up_from_a_saved_file_carries_the_actions(window, qtbot, fake_dialogs, tmp_path):
    earlier = _save(tmp_path / "hösten-2025.samverkan", dt.date(2025, 11, 20), 3, plan=PLAN)
    assert window.open_path(earlier)
    assert window.current_view() == View.RESULTS
    assert lock_path(earlier).exists()  # this window has the earlier file open
    # Asked when it is made and whether the plan comes along (its two actions).
    fake_dialogs.answer("ask_follow_up", dialogs.FollowUpChoice(dt.date(2026, 11, 20), carry_plan=True))
    window.results_view.next_steps.follow_up_button.click()  # the results page's button
    (asked,) = fake_dialogs.called("ask_follow_up")
    assert asked[1:] == ("hösten-2025.samverkan", dt.date.today(), 2)
    assert not lock_path(earlier).exists()  # the follow-up is another, untitled document

    assessment = window.session.assessment
    assert window.current_view() == View.EDITOR
    assert assessment.answers == {}
    assert (assessment.collaboration, assessment.respondent, assessment.organisation) == (
        "Näringslivsrådet",
        "Kim",
        "Storby kommun",
    )
    assert assessment.date == dt.date(2026, 11, 20)  # the date chosen, not today's
    assert assessment.plan == PLAN
    assert assessment.follows is not None and assessment.follows.file == "hösten-2025.samverkan"
    assert window.session.path is None
    assert window.windowTitle().startswith("Namnlös")
    assert "hösten-2025.samverkan" in window.statusBar().currentMessage()

    # The team marks the first action done, by keyboard, in the carried-over plan; the page says so.
    window.commands.action_plan.trigger()
    banner = window.plan_page.editor.follow_up_banner
    assert not banner.isHidden()
    assert banner.text().startswith("Planen följde med från förra gången (hösten-2025.samverkan, 2025-11-20).")
    row = window.plan_page.editor.boxes[0].rows[0]
    assert row.what.text() == "Skriv spelregler för styrgruppen"
    row.status.setFocus()
    press(qtbot, Qt.Key.Key_Down)
    press(qtbot, Qt.Key.Key_Down)
    assert row.status.currentText() == "klar"
    target = tmp_path / "hösten-2026.samverkan"
    fake_dialogs.answer("save_file_name", target)  # a follow-up asks for a name, like a new one
    press(qtbot, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    saved = load_assessment(target)
    assert saved.plan[0].actions[0].status is Status.DONE
    assert saved.plan[0].actions[1].status is Status.STARTED
    assert saved.follows is not None and saved.follows.date == dt.date(2025, 11, 20)
    assert "follows:" in target.read_text(encoding="utf-8")
    assert load_assessment(earlier).plan == PLAN  # the earlier file is untouched


def test_follow_up_from_the_menu_without_an_open_file_asks_which(window, fake_dialogs, tmp_path):
    earlier = _save(tmp_path / "förra.samverkan", dt.date(2025, 1, 10), 4, plan=PLAN)
    fake_dialogs.answer("open_file_name", earlier)
    fake_dialogs.answer("ask_follow_up", dialogs.FollowUpChoice(dt.date.today()))
    window.finish_start()
    window.commands.follow_up.trigger()
    assert window.session.assessment.plan == PLAN
    assert window.session.assessment.follows.file == "förra.samverkan"
    assert window.isWindowModified()


def test_an_unsaved_assessment_is_saved_before_its_follow_up(window, fake_dialogs, tmp_path, questionnaire):
    window.start_new(questionnaire, {"collaboration": "Ny"})
    window.session.set_plan(PLAN)
    fake_dialogs.answer("ask_yes_no", True)
    fake_dialogs.answer("save_file_name", tmp_path / "ny.samverkan")
    fake_dialogs.answer("ask_follow_up", dialogs.FollowUpChoice(dt.date.today()))
    window.commands.follow_up.trigger()
    assert (tmp_path / "ny.samverkan").exists()
    assert window.session.assessment.follows.file == "ny.samverkan"
    assert window.session.path is None


# --- compare -----------------------------------------------------------------------------------


@pytest.fixture
def three_files(tmp_path: Path) -> list[Path]:
    """Given in the order 2025, 2026, 2024 (the window must show them by date)."""
    return [
        _save(tmp_path / "b.samverkan", dt.date(2025, 3, 1), 3, plan=PLAN),
        _save(tmp_path / "c.samverkan", dt.date(2026, 3, 1), 4, plan=DONE, design_2=5, process_3=2, utfall_1=5),
        _save(tmp_path / "a.samverkan", dt.date(2024, 3, 1), 2, start_1=1),
    ]


def _cells(table, column: int) -> list[str]:  # type: ignore[no-untyped-def]
    return [table.item(row, column).text() for row in range(table.rowCount())]


def _open_compare(window, fake_dialogs, paths) -> CompareWindow:  # type: ignore[no-untyped-def]
    fake_dialogs.answer("open_file_names", list(paths))
    window.commands.compare.trigger()
    found = [w for w in window.findChildren(CompareWindow) if w.isVisible()]
    assert len(found) == 1
    return found[0]


def test_three_files_in_mixed_order_are_shown_by_date_with_every_change(window, fake_dialogs, three_files):
    view = _open_compare(window, fake_dialogs, three_files)
    totals = view.totals_table
    assert _cells(totals, 0) == ["2024-03-01", "2025-03-01", "2026-03-01"]
    assert _cells(totals, 1) == ["Näringslivsrådet"] * 3
    files = [view.files_list.item(row).text().split(" – ")[-1] for row in range(view.files_list.count())]
    assert files == ["a.samverkan", "b.samverkan", "c.samverkan"]
    # a: 21 × 2 − 1 = 41; b: 21 × 3 = 63; c: 21 × 4 + 1 − 2 + 1 = 84.
    assert _cells(totals, 2) == ["41 av 105", "63 av 105", "84 av 105"]
    assert _cells(totals, 3) == ["21–41", "63–83", "84–94"]
    blocks = view.blocks_table
    assert _cells(blocks, 0) == [
        "STARTFÖRHÅLLANDEN",
        "ORGANISATORISK DESIGN OCH LEDARSKAP",
        "SAMVERKANSPROCESSEN",
        "UTFALL",
        "Summa",
    ]
    assert _cells(blocks, 1) == ["9", "10", "20", "2", "41"]
    assert _cells(blocks, 2) == ["20", "21", "38", "5", "84"]
    assert _cells(blocks, 3) == ["+11 ↑", "+11 ↑", "+18 ↑", "+3 ↑", "+43 ↑"]
    assert "STARTFÖRHÅLLANDEN: +11 ↑ (upp)" in _description(blocks)
    # Moved most: start-1 1 → 4, design-2 2 → 5 and utfall-1 2 → 5 (+3 each, in questionnaire order).
    moved = view.moved_label.text().splitlines()
    assert moved[0] == "Mest uppåt:"
    assert moved[1].startswith("+3 ↑  Fråga 1.1: ")
    assert moved[1].endswith("(1 → 4)")
    assert moved[2].startswith("+3 ↑  Fråga 2.2: ")  # design-2: block 2, question 2
    assert _cells(view.plans_table, 1) == ["Skriv spelregler för styrgruppen", "Bjud in civilsamhället"]
    assert _cells(view.plans_table, 4) == ["2025-03-01: planerad → 2026-03-01: klar", "2025-03-01: pågår"]
    chart = view.chart
    assert chart.series() == ("2024-03-01", "2025-03-01", "2026-03-01")
    assert [v.value_text for v in chart.groups()[0].values] == ["9 av 25", "15 av 25", "20 av 25"]
    assert _name(chart) == "Stapeldiagram över poängen per block och datum"
    assert "STARTFÖRHÅLLANDEN, 2024-03-01: 9 av 25" in _description(chart)
    assert "UTFALL, 2026-03-01: 5 av 5" in _description(chart)
    assert view.notices_label.isHidden()


def test_english_comparison(window, fake_dialogs, three_files):
    window.commands.lang_en.trigger()
    view = _open_compare(window, fake_dialogs, three_files)
    assert _cells(view.totals_table, 2) == ["41 of 105", "63 of 105", "84 of 105"]
    assert _cells(view.plans_table, 4) == ["2025-03-01: planned → 2026-03-01: done", "2025-03-01: in progress"]
    assert _name(view.chart) == "Bar chart of the score per block and date"
    assert view.moved_label.text().splitlines()[0] == "Up most:"


def _window_with(registry, qtbot):  # type: ignore[no-untyped-def]
    from samverkan_gui.ui.main_window import MainWindow

    win = MainWindow(registry)
    win.show()
    qtbot.waitExposed(win)
    return win


def test_another_questionnaire_is_refused_by_name(qtbot, app_language, fake_dialogs, tmp_path):
    other = dataclasses.replace(Q, id="annat-formular")
    win = _window_with(QuestionnaireRegistry(questionnaires=[Q, other]), qtbot)
    try:
        ours = _save(tmp_path / "vår.samverkan", dt.date(2025, 1, 1), 3)
        theirs = _save(tmp_path / "deras.samverkan", dt.date(2026, 1, 1), 3, questionnaire=other)
        fake_dialogs.answer("open_file_names", [ours, theirs])
        win.commands.compare.trigger()
        (error,) = fake_dialogs.take_errors()
        assert error.startswith("Filerna kan inte jämföras: ")
        assert "Filen deras.samverkan hör till frågeformuläret ”annat-formular”" in error
        (view,) = [w for w in win.findChildren(CompareWindow) if w.isVisible()]
        assert view.comparison is None and view.paths() == []  # nothing compared, nothing half-added
        assert view.pending_label.text().startswith("Lägg till två eller fler bedömningar")
        assert not view.export_button.isEnabled()
    finally:
        win.autosave.shutdown()
        win.close()


def test_another_version_is_compared_on_the_shared_questions_and_says_so(qtbot, app_language, fake_dialogs, tmp_path):
    process = Q.block("samverkansprocessen")
    shorter = dataclasses.replace(process, questions=process.questions[:-1])
    version_2 = dataclasses.replace(Q, version=2, blocks=tuple(shorter if b.id == process.id else b for b in Q.blocks))
    win = _window_with(QuestionnaireRegistry(questionnaires=[Q, version_2]), qtbot)
    try:
        old = _save(tmp_path / "v1.samverkan", dt.date(2024, 1, 1), 2)
        new = _save(tmp_path / "v2.samverkan", dt.date(2025, 1, 1), 3, questionnaire=version_2)
        fake_dialogs.answer("open_file_names", [new, old])
        win.commands.compare.trigger()
        (view,) = [w for w in win.findChildren(CompareWindow) if w.isVisible()]
        assert not view.notices_label.isHidden()
        assert view.notices_label.text() == (
            "Filerna har olika versioner av frågeformuläret; förändringarna räknas på de 20 frågor som alla "
            "versionerna har."
        )
        assert _cells(view.blocks_table, 3)[-1] == "+20 ↑"
    finally:
        win.autosave.shutdown()
        win.close()


def test_the_comparison_is_exported_as_a_pdf(window, qtbot, fake_dialogs, three_files, tmp_path):
    from pypdf import PdfReader

    view = _open_compare(window, fake_dialogs, three_files)
    target = tmp_path / "jämförelse"
    fake_dialogs.save_report(target)  # the suffix is added
    qtbot.keyClick(view.export_button, Qt.Key.Key_Return)  # Enter on the focused button
    pdf = target.with_name("jämförelse.pdf")
    assert pdf.exists()
    # The name offered: what is compared, its letters kept (not "jamforelse.pdf").
    (call,) = fake_dialogs.called("save_file_name_with_choice")
    assert Path(call[2]).name == "Jämförelse-Näringslivsrådet.pdf"
    text = " ".join(" ".join(page.extract_text() for page in PdfReader(str(pdf)).pages).split())
    assert text.startswith("Jämförelse över tid")
    for date in ("2024-03-01", "2025-03-01", "2026-03-01"):
        assert date in text
    assert "Skriv spelregler för styrgruppen" in text  # a table cell may wrap: compared without line breaks
    assert "jämförelse.pdf" in view.statusBar().currentMessage()


def test_folders_are_added_one_group_each_and_one_file_waits_for_more(window, fake_dialogs, tmp_path):
    from samverkan_gui.ui import dialogs

    autumn, spring = tmp_path / "hösten", tmp_path / "våren"
    for folder, date, bases in ((autumn, dt.date(2025, 11, 1), (2, 3)), (spring, dt.date(2026, 5, 1), (4, 5))):
        folder.mkdir()
        for number, base in enumerate(bases, 1):
            _save(folder / f"d{number}.samverkan", date, base)
    fake_dialogs.answer("open_file_names", [])  # a folder cannot be chosen in the file dialog
    window.commands.compare.trigger()
    (view,) = [w for w in window.findChildren(CompareWindow) if w.isVisible()]
    assert view.comparison is None
    fake_dialogs.answer("existing_folder", spring)
    view.add_folder_button.click()
    assert view.comparison is None
    assert [view.files_list.item(r).text() for r in range(view.files_list.count())] == ["våren"]
    fake_dialogs.answer("existing_folder", autumn)
    view.add_folder_button.click()
    assert view.comparison is not None
    # A folder is one group: mean totals over its complete participants, one decimal.
    assert [view.files_list.item(row).text().split(" – ")[-1] for row in range(2)] == ["hösten", "våren"]
    assert _cells(view.totals_table, 2) == ["52,5 av 105", "94,5 av 105"]  # (42 + 63) / 2, (84 + 105) / 2
    assert _cells(view.totals_table, 4) == ["2", "2"]
    # Group means: every number of the comparison with one decimal, the whole change too.
    assert _cells(view.blocks_table, 3)[-1] == "+42,0 ↑"
    assert dialogs  # every dialog above went through ui/dialogs.py (patched)


def test_a_follow_up_can_leave_the_plan_behind_and_cancel_makes_nothing(window, fake_dialogs, tmp_path):
    earlier = _save(tmp_path / "förra.samverkan", dt.date(2025, 1, 10), 4, plan=PLAN)
    assert window.open_path(earlier)
    fake_dialogs.answer("ask_follow_up", None)  # Cancel
    window.commands.follow_up.trigger()
    assert window.session.path == earlier and window.session.assessment.follows is None
    fake_dialogs.answer("ask_follow_up", dialogs.FollowUpChoice(dt.date(2026, 1, 10), carry_plan=False))
    window.commands.follow_up.trigger()
    assessment = window.session.assessment
    assert assessment.follows is not None and assessment.plan == () and assessment.date == dt.date(2026, 1, 10)
    window.commands.action_plan.trigger()
    assert window.plan_page.editor.follow_up_banner.isHidden()  # nothing came along to update
