"""A whole assessment with the keyboard alone: start view → answers → results → PDF → save → reopen."""

from __future__ import annotations

import io
import re
from pathlib import Path

from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QRadioButton

from samverkan_gui.core.assessment import load_assessment
from samverkan_gui.ui.main_window import View
from tests.ui.conftest import press, type_text

CTRL = Qt.KeyboardModifier.ControlModifier
DIGITS = {n: getattr(Qt.Key, f"Key_{n}") for n in range(1, 6)}


def _flat(text: str) -> str:
    return re.sub(r"\s+", " ", text)


def planned_answers(questionnaire) -> dict[str, int]:  # type: ignore[no-untyped-def]
    """Block 2 rated low so that it is clearly the weakest; the others vary 3–5."""
    answers = {}
    for index, (block, question) in enumerate(questionnaire.iter_questions()):
        answers[question.id] = 2 if block is questionnaire.blocks[1] else 3 + index % 3
    return answers


def test_keyboard_only_from_start_to_pdf_save_and_reopen(window, qtbot, fake_dialogs, questionnaire, tmp_path):
    plan = planned_answers(questionnaire)
    total = sum(plan.values())

    # Start view: the collaboration field has the focus; Return starts the assessment.
    assert window.current_view() == View.START
    assert QApplication.focusWidget() is window.start_view.collaboration_edit
    type_text(qtbot, "Naringslivsradet Storby")
    press(qtbot, Qt.Key.Key_Tab)
    type_text(qtbot, "Lotta")
    press(qtbot, Qt.Key.Key_Return)
    assert window.current_view() == View.EDITOR
    assert window.editor_view.step_label.text() == "Block 1 av 4"

    # 21 digits in a row, as a user with the paper in front of them would type them: the digit
    # goes to the question that has the focus, and the focus moves on, across the blocks.
    for block_index, block in enumerate(questionnaire.blocks):
        assert window.editor_view.current_index == block_index
        assert window.editor_view.step_label.text() == f"Block {block_index + 1} av 4"
        for question in block.questions:
            focused = QApplication.focusWidget()
            assert isinstance(focused, QRadioButton)
            assert focused.objectName().startswith(f"rate-{question.id}-")
            press(qtbot, DIGITS[plan[question.id]])
        if block_index + 1 < len(questionnaire.blocks):
            assert window.statusBar().currentMessage().startswith(f"Vidare till block {block_index + 2}: ")
    assert window.editor_view.answered_label.text() == "Besvarade frågor: 21 av 21"
    assert all(not page.notes.toPlainText() for page in window.editor_view.pages)  # no digit became a note
    # After the last question: the results button, and Enter would show the results.
    assert QApplication.focusWidget() is window.editor_view.results_button
    assert window.statusBar().currentMessage() == "Alla frågor är besvarade: tryck Enter för att se resultatet."

    # A note on block 1: back there, and Tab from its last question reaches the notes field.
    window.editor_view.block_list.setCurrentRow(0)
    window.editor_view.pages[0].groups[-1].focus_entry()
    press(qtbot, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is window.editor_view.pages[0].notes
    type_text(qtbot, "Bra start.")
    assert window.session.assessment.notes == {questionnaire.blocks[0].id: "Bra start."}

    press(qtbot, Qt.Key.Key_R, CTRL)
    assert window.current_view() == View.RESULTS
    result = window.session.result()
    assert window.results_view.total_label.text() == f"Summa: {total} av 105"
    advice = window.results_view.advice_label.text()
    assert advice == result.advice("sv")
    assert "Titta särskilt på organisatorisk design och ledarskap" in advice

    pdf = tmp_path / "rapport.pdf"
    fake_dialogs.save_report(pdf)
    press(qtbot, Qt.Key.Key_E, CTRL)
    text = _flat("\n".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf.read_bytes())).pages))
    assert f"{total} av 105 poäng" in text
    assert _flat(advice) in text
    assert "Naringslivsradet Storby" in text and "Bra start." in text

    saved = tmp_path / "bedomning"  # typed without the suffix: the app adds it
    fake_dialogs.answer("save_file_name", saved)
    press(qtbot, Qt.Key.Key_S, CTRL)
    file = tmp_path / "bedomning.samverkan"
    assert file.is_file()
    assert not window.isWindowModified()
    assert window.windowTitle().startswith("bedomning.samverkan")
    on_disk = load_assessment(file)
    assert dict(on_disk.answers) == plan
    assert on_disk.collaboration == "Naringslivsradet Storby" and on_disk.respondent == "Lotta"
    assert on_disk.notes == {questionnaire.blocks[0].id: "Bra start."}
    before = window.session.assessment

    # New (nothing unsaved: no question), then open the file again with Ctrl+O.
    press(qtbot, Qt.Key.Key_N, CTRL)
    assert window.current_view() == View.START and not window.session.is_open
    fake_dialogs.answer("open_file_name", file)
    press(qtbot, Qt.Key.Key_O, CTRL)
    assert window.current_view() == View.RESULTS
    assert window.session.assessment.content_equal(before)
    assert window.results_view.total_label.text() == f"Summa: {total} av 105"
    assert fake_dialogs.unused_answers() == {}


def test_show_results_early_goes_to_first_unanswered(window, qtbot, questionnaire):
    press(qtbot, Qt.Key.Key_Return)
    for _ in range(3):
        press(qtbot, Qt.Key.Key_5)
    press(qtbot, Qt.Key.Key_PageDown, CTRL)
    press(qtbot, Qt.Key.Key_PageDown, CTRL)
    assert window.editor_view.current_index == 2
    window.editor_view.results_button.click()
    assert window.current_view() == View.EDITOR
    assert window.editor_view.current_index == 0
    first_missing = questionnaire.blocks[0].questions[3].id
    assert QApplication.focusWidget().objectName() == f"rate-{first_missing}-1"
    assert "18 frågor saknar fortfarande svar." in window.statusBar().currentMessage()


def test_pages_in_any_order_and_back(window, qtbot):
    press(qtbot, Qt.Key.Key_Return)
    window.editor_view.block_list.setCurrentRow(3)
    assert window.editor_view.step_label.text() == "Block 4 av 4"
    assert not window.editor_view.next_button.isEnabled()
    press(qtbot, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    assert window.editor_view.step_label.text() == "Block 3 av 4"
    window.editor_view.back_button.click()
    assert window.editor_view.step_label.text() == "Block 2 av 4"


def test_arrow_keys_and_delete_change_the_rating(window, qtbot, questionnaire):
    press(qtbot, Qt.Key.Key_Return)
    first = questionnaire.blocks[0].questions[0].id
    press(qtbot, Qt.Key.Key_3)
    window.editor_view.pages[0].groups[0].focus_entry()
    press(qtbot, Qt.Key.Key_Right)
    assert window.session.assessment.answers[first] == 4
    press(qtbot, Qt.Key.Key_Delete)
    assert first not in window.session.assessment.answers


def test_a_question_is_named_once_and_its_buttons_by_the_scale(window, qtbot, questionnaire):
    """The group carries the question ("Fråga 1 av 5: …"), read once as the focus enters it;
    a button says what it shows, not the question again (a screen reader read it three times)."""
    from PySide6.QtGui import QAccessible

    press(qtbot, Qt.Key.Key_Return)
    group = window.editor_view.pages[0].groups[0]
    question = questionnaire.blocks[0].questions[0]
    assert group.accessibleName() == f"Fråga 1 av 5: {question.text.get('sv')}"
    button = group.buttons.button(5)
    assert button.text() == "5 – I mycket hög grad"
    name = QAccessible.queryAccessibleInterface(button).text(QAccessible.Text.Name)
    assert name == "5 – I mycket hög grad"


def test_file_from_command_line_and_drop(window, qtbot, tmp_path, questionnaire):
    from PySide6.QtCore import QMimeData, QPoint, QUrl
    from PySide6.QtGui import QDropEvent

    from samverkan_gui.core.assessment import Assessment, save_assessment

    assessment = Assessment.new(questionnaire, collaboration="Dropp")
    path = tmp_path / "dropp.samverkan"
    save_assessment(path, assessment.with_answer("start-1", 2), questionnaire)
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path))])
    event = QDropEvent(
        QPoint(10, 10), Qt.DropAction.CopyAction, mime, Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier
    )
    window.dropEvent(event)
    qtbot.waitUntil(lambda: window.session.path == path)
    assert window.session.assessment.answers == {"start-1": 2}
    assert window.windowTitle() == "dropp.samverkan[*] – Samverkan"
    assert Path(path).resolve() in [
        p.resolve() for p in __import__("samverkan_gui.ui.appdirs").ui.appdirs.recent_files()
    ]


def test_enter_in_the_block_list_goes_to_the_questions(window, qtbot, questionnaire):
    press(qtbot, Qt.Key.Key_Return)
    blocks = window.editor_view.block_list
    blocks.setFocus()
    press(qtbot, Qt.Key.Key_Down)
    press(qtbot, Qt.Key.Key_Down)
    assert window.editor_view.step_label.text() == "Block 3 av 4"
    press(qtbot, Qt.Key.Key_Return)
    first = questionnaire.blocks[2].questions[0].id
    assert QApplication.focusWidget().objectName().startswith(f"rate-{first}-")
    press(qtbot, Qt.Key.Key_4)  # rates, instead of the list jumping to block 4
    assert window.session.assessment.answers == {first: 4}
    assert window.editor_view.step_label.text() == "Block 3 av 4"
