"""One user action on a question reports one rating (a click emitted ``rated`` twice)."""

from __future__ import annotations

import pytest
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


# Every rating widget reads a key press by one rule (ui/rating_keys.py): a digit by its key code,
# with or without the keypad or Shift; another character, Ctrl/Alt, or a digit off the scale rate nothing.
KEYS = [
    pytest.param(Qt.Key.Key_3, Qt.KeyboardModifier.NoModifier, 3, id="digit"),
    pytest.param(Qt.Key.Key_3, Qt.KeyboardModifier.KeypadModifier, 3, id="number-pad"),
    pytest.param(Qt.Key.Key_3, Qt.KeyboardModifier.ShiftModifier, 3, id="shift-digit (AZERTY)"),
    pytest.param(Qt.Key.Key_NumberSign, Qt.KeyboardModifier.ShiftModifier, None, id="shift-3 on Swedish: #"),
    pytest.param(Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier, None, id="ctrl-digit"),
    pytest.param(Qt.Key.Key_7, Qt.KeyboardModifier.NoModifier, None, id="off the scale"),
]


@pytest.mark.parametrize(("key", "modifier", "expected"), KEYS)
def test_a_key_rates_alike_on_the_assessment_page_and_in_the_entry_grid(
    qtbot, app_language, questionnaire, key, modifier, expected
) -> None:
    from samverkan_gui.ui.workshop.entry_grid import EntryGrid
    from samverkan_gui.ui.workshop.session import GroupSession

    group, ratings = _group(qtbot, questionnaire)
    group.focus_entry()
    qtbot.keyClick(group, key, modifier)
    assert group.value() == expected
    assert ratings == ([] if expected is None else [(group.question.id, expected)])

    session = GroupSession()
    session.update(session.group.with_participant())
    grid = EntryGrid(session)
    qtbot.addWidget(grid)
    grid.show()
    grid.go_to(0, 0)
    qtbot.keyClick(grid, key, modifier)
    assert session.group.participant("D1").answers.get(questionnaire.question_ids[0]) == expected
