"""Visa resultat (Ctrl+R) works from the action plan as it does from the questions."""

from __future__ import annotations

from PySide6.QtCore import Qt

from samverkan_gui.ui.main_window import View
from tests.ui.conftest import press


def _start(window, questionnaire, *, answered: int):  # type: ignore[no-untyped-def]
    window.start_new(questionnaire, {"collaboration": "Näringslivsrådet"})
    for question in questionnaire.questions[:answered]:
        window.session.set_answer(question.id, 3)


def test_ctrl_r_from_the_plan_shows_the_results(window, qtbot, questionnaire) -> None:
    _start(window, questionnaire, answered=len(questionnaire.questions))
    press(qtbot, Qt.Key.Key_H, Qt.KeyboardModifier.ControlModifier)
    assert window.current_view() == View.PLAN
    assert window.commands.show_results.isEnabled()
    press(qtbot, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier)
    assert window.current_view() == View.RESULTS


def test_ctrl_r_from_the_plan_of_a_draft_goes_to_the_first_unanswered_question(window, qtbot, questionnaire) -> None:
    _start(window, questionnaire, answered=3)
    press(qtbot, Qt.Key.Key_H, Qt.KeyboardModifier.ControlModifier)
    assert window.current_view() == View.PLAN
    press(qtbot, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier)
    assert window.current_view() == View.EDITOR
    fourth = questionnaire.questions[3]
    assert window.editor_view.current_page().block.id == questionnaire.block_of(fourth.id).id
