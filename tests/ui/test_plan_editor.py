"""The action plan (Handlingsplan) in the main window: typed by keyboard, saved, reopened, printed, undone."""

from __future__ import annotations

import datetime as dt
import io
from dataclasses import replace

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QApplication

from samverkan_gui.core.assessment import load_assessment
from samverkan_gui.core.plan import Action, BlockPlan, Status
from samverkan_gui.report.pdf import write_assessment_pdf
from samverkan_gui.ui.main_window import View
from tests.ui.conftest import press

WEAKEST = "organisatorisk-design"


def _complete(window, questionnaire, low_block: int = 1):  # type: ignore[no-untyped-def]
    window.start_new(questionnaire, {"collaboration": "Näringslivsrådet"})
    for block_index, block in enumerate(questionnaire.blocks):
        for question in block.questions:
            window.session.set_answer(question.id, 2 if block_index == low_block else 4)
    window.editor_view.request_results()
    assert window.current_view() == View.RESULTS


def type_text(qtbot, text: str) -> None:  # type: ignore[no-untyped-def]
    """Type ``text`` where the focus is, key by key; å, ä, ö as a Swedish keyboard sends them."""
    from PySide6.QtCore import QEvent
    from PySide6.QtGui import QKeyEvent

    for char in text:
        target = QApplication.focusWidget()
        assert target is not None, "nothing has the keyboard focus"
        if char.isascii():
            qtbot.keyClick(target, char)
            continue
        key = Qt.Key(ord(char.upper())) if char.upper() in "ÅÄÖ" else Qt.Key.Key_unknown
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(target, QKeyEvent(kind, key, Qt.KeyboardModifier.NoModifier, char))


def _focused():  # type: ignore[no-untyped-def]
    return QApplication.focusWidget()


def _name(widget) -> str:  # type: ignore[no-untyped-def]
    interface = QAccessible.queryAccessibleInterface(widget)
    assert interface is not None
    return interface.text(QAccessible.Text.Name)


def test_plan_typed_by_keyboard_is_saved_reopened_and_printed(window, qtbot, fake_dialogs, tmp_path, questionnaire):
    _complete(window, questionnaire)
    assert questionnaire.blocks[1].id == WEAKEST
    plan_button = window.results_view.next_steps.plan_button
    # Short on the button (three tied blocks made it wider than the page); the blocks in its tool tip.
    assert plan_button.text() == "Skriv handlingsp&lan…"
    assert plan_button.toolTip() == "Handlingsplan för organisatorisk design och ledarskap"
    assert plan_button.accessibleDescription() == plan_button.toolTip()
    plan_button.setFocus()
    press(qtbot, Qt.Key.Key_Space)
    assert window.current_view() == View.PLAN
    editor = window.plan_page.editor
    assert [entry.block for entry in editor.plan()] == [WEAKEST]
    box = editor.boxes[0]
    assert _focused() is box.fields["why"]
    assert _name(box.fields["why"]) == "ORGANISATORISK DESIGN OCH LEDARSKAP: VARFÖR?"
    assert box.question_hints["why"].text() == "Syftet med samverkan"
    type_text(qtbot, "Beslut fattas mellan mötena")
    press(qtbot, Qt.Key.Key_Tab)
    assert _focused() is box.fields["what"]
    type_text(qtbot, "Spelregler för styrgruppen")
    for _ in range(3):
        press(qtbot, Qt.Key.Key_Tab)
    assert _focused() is box.fields["how"]
    press(qtbot, Qt.Key.Key_Tab)
    assert _focused() is box.add_action_button
    press(qtbot, Qt.Key.Key_Space)
    row = editor.boxes[0].rows[0]
    assert _focused() is row.what
    assert _name(row.what) == "Åtgärd 1 i organisatorisk design och ledarskap: vad"
    type_text(qtbot, "Skriv spelregler för styrgruppen")
    press(qtbot, Qt.Key.Key_Tab)
    type_text(qtbot, "Anna, näringslivskontoret")
    press(qtbot, Qt.Key.Key_Tab)
    type_text(qtbot, "2027-03-31")
    press(qtbot, Qt.Key.Key_Tab)
    assert _focused() is row.status
    assert row.status.currentText() == "planerad"
    press(qtbot, Qt.Key.Key_Down)
    assert row.status.currentText() == "pågår"
    assert window.isWindowModified()

    target = tmp_path / "plan.samverkan"
    fake_dialogs.answer("save_file_name", target)
    press(qtbot, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert target.exists()
    assert not window.isWindowModified()
    data = target.read_text(encoding="utf-8")
    assert "format_version: 2" in data
    assert "when_where" in data  # every question's key, as documented

    reopened = load_assessment(target)
    assert reopened.plan == (
        BlockPlan(
            block=WEAKEST,
            why="Beslut fattas mellan mötena",
            what="Spelregler för styrgruppen",
            actions=(
                Action(
                    text="Skriv spelregler för styrgruppen",
                    who="Anna, näringslivskontoret",
                    due=dt.date(2027, 3, 31),
                    status=Status.STARTED,
                ),
            ),
        ),
    )
    window.session.close()
    assert window.open_path(target)
    window.plan_page  # noqa: B018 - built on first use
    assert window.plan_page.editor.boxes[0].rows[0].what.text() == "Skriv spelregler för styrgruppen"

    pdf = tmp_path / "plan.pdf"
    fake_dialogs.save_report(pdf)
    assert window.export_pdf()
    text = "\n".join(page.extract_text() for page in PdfReader(str(pdf)).pages)
    assert "Handlingsplan" in text
    assert "Skriv spelregler för styrgruppen" in text
    assert "Anna, näringslivskontoret" in text
    assert "2027-03-31" in text


def test_adding_and_removing_actions_and_blocks_undo_with_ctrl_z(window, qtbot, fake_dialogs, questionnaire):
    _complete(window, questionnaire)
    window.commands.action_plan.trigger()
    editor = window.plan_page.editor
    assert [entry.block for entry in editor.plan()] == [WEAKEST]  # the menu opens it for the weakest, too
    box = editor.boxes[0]
    box.add_action_button.click()
    type_text(qtbot, "Boka ett möte")
    editor.boxes[0].rows[0].remove_button.setFocus()
    press(qtbot, Qt.Key.Key_Space)
    assert editor.plan()[0].actions == ()
    assert _focused() is editor.boxes[0].add_action_button
    press(qtbot, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert [a.text for a in editor.plan()[0].actions] == ["Boka ett möte"]
    assert [a.text for a in window.session.assessment.plan[0].actions] == ["Boka ett möte"]

    # A second block by ticking it; unticking removes it, Ctrl+Z brings it back with its text.
    start = editor.block_checks[questionnaire.blocks[0].id]
    start.setFocus()
    press(qtbot, Qt.Key.Key_Space)
    assert [entry.block for entry in window.session.assessment.plan] == [questionnaire.blocks[0].id, WEAKEST]
    editor.boxes[0].fields["why"].setFocus()
    type_text(qtbot, "Vi vill växa")
    start.setFocus()
    press(qtbot, Qt.Key.Key_Space)
    assert [entry.block for entry in window.session.assessment.plan] == [WEAKEST]
    press(qtbot, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert window.session.assessment.plan[0].why == "Vi vill växa"
    assert start.isChecked()


def test_a_bad_due_date_is_named_and_never_stored(window, qtbot, questionnaire):
    _complete(window, questionnaire)
    window.commands.action_plan.trigger()
    editor = window.plan_page.editor
    editor.boxes[0].add_action_button.click()
    row = editor.boxes[0].rows[0]
    row.due.setFocus()
    type_text(qtbot, "31/3")
    assert not row.date_problem.isHidden()
    assert "ÅÅÅÅ-MM-DD" in row.date_problem.text()
    assert window.session.assessment.plan[0].actions[0].due is None
    row.due.clear()
    type_text(qtbot, "2027-04-01")
    assert row.date_problem.isHidden()
    assert window.session.assessment.plan[0].actions[0].due == dt.date(2027, 4, 1)


@pytest.mark.parametrize("lang", ["sv", "en"])
def test_the_five_questions_are_labelled_from_the_source(window, questionnaire, lang) -> None:
    from samverkan_gui.ui.i18n import install_language

    install_language(lang)
    _complete(window, questionnaire)
    window.commands.action_plan.trigger()
    box = window.plan_page.editor.boxes[0]
    labels = [box.question_labels[name].text() for name in ("why", "what", "who", "when_where", "how")]
    if lang == "sv":
        assert labels == ["VARFÖR?", "VAD?", "VEM? VILKA?", "NÄR OCH VAR?", "HUR?"]
        assert box.question_hints["when_where"].text() == "Tajming, arenor/mötesplatser"
        assert window.plan_page.editor.title_label.text() == "Handlingsplan"
    else:
        assert labels == ["WHY?", "WHAT?", "WHO?", "WHEN AND WHERE?", "HOW?"]
        assert _name(box.fields["how"]) == "ORGANISATIONAL DESIGN AND LEADERSHIP: HOW?"
        assert window.plan_page.editor.title_label.text() == "Action plan"
    for name in ("why", "what", "who", "when_where", "how"):
        assert _name(box.fields[name]).endswith(box.question_labels[name].text())
    # The PDF of a plan prints the same five labels, each with the hint the window shows under it.
    planned = replace(window.session.assessment, plan=(BlockPlan(block=WEAKEST, why="Syftet"),))
    stream = io.BytesIO()
    write_assessment_pdf(planned, questionnaire, stream, lang=lang)
    pdf_lines = [
        line.strip()
        for page in PdfReader(io.BytesIO(stream.getvalue())).pages
        for line in page.extract_text().split("\n")
    ]
    for name, label in zip(("why", "what", "who", "when_where", "how"), labels, strict=True):
        assert label in pdf_lines, (label, pdf_lines)
        assert box.question_hints[name].text() in " ".join(pdf_lines)  # a hint may wrap in its cell


@pytest.mark.parametrize("lang", ["sv", "en"])
def test_plan_page_and_comparison_have_distinct_mnemonics(window, fake_dialogs, questionnaire, tmp_path, lang):
    from samverkan_gui.core.assessment import save_assessment
    from tests.ui.test_mnemonics import assert_clear

    if lang == "en":
        window.commands.lang_en.trigger()
    _complete(window, questionnaire)
    assert_clear(window, "results with next steps")
    window.commands.action_plan.trigger()
    window.plan_page.editor.boxes[0].add_action_button.click()
    window.plan_page.editor.block_checks[questionnaire.blocks[0].id].click()
    assert_clear(window, "plan")
    paths = []
    for year in (2024, 2025):
        path = tmp_path / f"{year}.samverkan"
        save_assessment(path, window.session.assessment.with_details(date=dt.date(year, 1, 1)), questionnaire)
        paths.append(path)
    fake_dialogs.answer("open_file_names", paths)
    window.commands.compare.trigger()
    from samverkan_gui.ui.compare_view import CompareWindow

    (view,) = window.findChildren(CompareWindow)
    assert_clear(view, "comparison")
    view.close()


def test_every_control_of_the_plan_page_is_reached_by_tab_in_reading_order(window, qtbot, questionnaire):
    _complete(window, questionnaire)
    window.commands.action_plan.trigger()
    editor = window.plan_page.editor
    editor.boxes[0].add_action_button.click()
    expected = [*editor.tab_chain(), window.plan_page.back_button, window.plan_page.save_button]
    expected[0].setFocus()
    seen = [_focused()]
    for _ in range(len(expected) - 1):
        press(qtbot, Qt.Key.Key_Tab)
        seen.append(_focused())
    assert seen == expected


def test_every_control_of_the_plan_and_the_comparison_has_a_name(window, fake_dialogs, questionnaire, tmp_path):
    from samverkan_gui.core.assessment import save_assessment
    from samverkan_gui.ui.compare_view import CompareWindow
    from tests.ui.test_accessibility import _tab_stops

    _complete(window, questionnaire)
    window.commands.action_plan.trigger()
    window.plan_page.editor.boxes[0].add_action_button.click()
    stops = _tab_stops(window.plan_page)
    assert len(stops) >= 5 + 5 + 1 + 3  # five questions, an action's five controls, add, the bar
    assert [f"{type(w).__name__} {w.objectName()}" for w in stops if not _name(w).strip()] == []
    status = window.plan_page.editor.boxes[0].rows[0].status
    interface = QAccessible.queryAccessibleInterface(status)
    assert interface.text(QAccessible.Text.Name) == "planerad"  # a combo box says its value
    assert interface.text(QAccessible.Text.Description) == "Åtgärd 1 i organisatorisk design och ledarskap: status"
    paths = []
    for year in (2024, 2025):
        path = tmp_path / f"{year}.samverkan"
        save_assessment(path, window.session.assessment.with_details(date=dt.date(year, 1, 1)), questionnaire)
        paths.append(path)
    fake_dialogs.answer("open_file_names", paths)
    window.commands.compare.trigger()
    (view,) = window.findChildren(CompareWindow)
    stops = _tab_stops(view)
    assert view.chart in stops and view.blocks_table in stops
    assert [f"{type(w).__name__} {w.objectName()}" for w in stops if not _name(w).strip()] == []
    view.close()


def test_the_plan_is_autosaved_and_recovered(window, qtbot, questionnaire):
    _complete(window, questionnaire)
    window.commands.action_plan.trigger()
    editor = window.plan_page.editor
    editor.boxes[0].add_action_button.click()
    type_text(qtbot, "Boka ett möte")
    window.autosave.write_now()
    # What another start of Samverkan would find after a crash: the recovery file holds the plan.
    saved = load_assessment(window.autosave.data_file)
    assert saved.plan[0].actions[0].text == "Boka ett möte"
    assert saved.plan[0].block == WEAKEST


def test_the_plan_follows_the_language_and_the_text_size(window, qtbot, questionnaire):
    _complete(window, questionnaire)
    window.commands.action_plan.trigger()
    editor = window.plan_page.editor
    editor.boxes[0].add_action_button.click()
    small = editor.boxes[0].fields["why"].height()
    window.commands.zoom_in.trigger()
    window.commands.zoom_in.trigger()
    box = editor.boxes[0]
    assert box.fields["why"].height() > small
    assert box.question_labels["why"].font().pointSizeF() >= window.font().pointSizeF()
    window.commands.lang_en.trigger()
    assert editor.title_label.text() == "Action plan"
    assert box.question_labels["why"].text() == "WHY?"
    assert box.rows[0].status.currentText() == "planned"
    assert _name(box.rows[0].what) == "Action 1 in organisational design and leadership: what"
    assert window.plan_page.back_button.text() == "← &Back to the result"


def test_the_session_swaps_the_plan_and_says_so_once(qtbot, questionnaire):
    from samverkan_gui.ui.session import AssessmentSession

    session = AssessmentSession()
    session.new(questionnaire, "sv")
    assert not session.modified
    plan = (BlockPlan(block=WEAKEST, actions=(Action("Boka ett möte"),)),)
    with qtbot.waitSignals([session.plan_changed, session.document_changed, session.modified_changed]):
        session.set_plan(plan)
    assert session.assessment.plan == plan
    assert session.modified  # a plan alone is work worth keeping
    with qtbot.assertNotEmitted(session.plan_changed), qtbot.assertNotEmitted(session.document_changed):
        session.set_plan(plan)  # the same plan again: nothing happened
