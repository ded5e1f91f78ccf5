"""One user action on a question reports one rating (a click emitted ``rated`` twice)."""

from __future__ import annotations

from PySide6.QtCore import Qt

from samverkan_gui.ui.editor import RatingGroup


def _group(qtbot, questionnaire) -> tuple[RatingGroup, list[tuple[str, object]]]:  # type: ignore[no-untyped-def]
    question = questionnaire.questions[0]
    group = RatingGroup(question, 1, len(questionnaire.questions), questionnaire.scale)
    qtbot.addWidget(group)
    group.show()
    qtbot.waitExposed(group)
    ratings: list[tuple[str, object]] = []
    group.rated.connect(lambda question_id, value: ratings.append((question_id, value)))
    return group, ratings


def test_a_mouse_click_reports_the_rating_once(qtbot, app_language, questionnaire) -> None:
    group, ratings = _group(qtbot, questionnaire)
    question_id = group.question.id
    button = group.buttons.button(4)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton, pos=button.rect().center())
    assert ratings == [(question_id, 4)]
    # Clicking the answer already chosen changes nothing, so reports nothing.
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton, pos=button.rect().center())
    assert ratings == [(question_id, 4)]
    other = group.buttons.button(2)
    qtbot.mouseClick(other, Qt.MouseButton.LeftButton, pos=other.rect().center())
    assert ratings == [(question_id, 4), (question_id, 2)]


def test_keys_report_the_rating_once(qtbot, app_language, questionnaire) -> None:
    group, ratings = _group(qtbot, questionnaire)
    question_id = group.question.id
    group.focus_entry()
    qtbot.keyClick(group, Qt.Key.Key_3)
    assert ratings == [(question_id, 3)]
    qtbot.keyClick(group, Qt.Key.Key_5)
    assert ratings == [(question_id, 3), (question_id, 5)]
    qtbot.keyClick(group, Qt.Key.Key_Delete)
    assert ratings == [(question_id, 3), (question_id, 5), (question_id, None)]


def test_showing_a_saved_value_reports_nothing(qtbot, app_language, questionnaire) -> None:
    group, ratings = _group(qtbot, questionnaire)
    group.set_value(5)
    group.set_value(None)
    assert ratings == []
