"""What a screen reader gets, checked through QAccessible (not just the widget properties)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QAbstractButton, QApplication, QLineEdit, QPlainTextEdit

from tests.ui.conftest import press


def _accessible(widget):  # type: ignore[no-untyped-def]
    interface = QAccessible.queryAccessibleInterface(widget)
    assert interface is not None
    return interface


def test_each_question_is_named_once_and_each_answer_by_what_it_shows(window, qtbot, questionnaire):
    """The page names its block, the group its question; a button only its answer.

    A screen reader reads the names of the groups the focus enters: the block once on entering
    the page, the question once on entering the group. With the question in every button's
    name, and the group box as every button's label, Orca read each question three times.
    """
    from samverkan_gui.present import block_display_name

    press(qtbot, Qt.Key.Key_Return)
    pages = window.editor_view.pages
    for number, (page, block) in enumerate(zip(pages, questionnaire.blocks, strict=True), start=1):
        page_interface = _accessible(page)
        assert page_interface.role() == QAccessible.Role.Grouping
        name = f"Block {number} av 4: {block_display_name(block, 'sv')}. Svara med siffrorna 1 till 5."
        assert page_interface.text(QAccessible.Text.Name) == name
        # The title's name is what it shows (sentence case), not the file's capitals.
        assert _accessible(page.title_label).text(QAccessible.Text.Name) == block_display_name(block, "sv")
        for place, (group, question) in enumerate(zip(page.groups, block.questions, strict=True), start=1):
            group_interface = _accessible(group)
            assert group_interface.role() == QAccessible.Role.Grouping
            expected = f"Fråga {place} av {len(block.questions)}: {question.text.get('sv')}"
            assert group_interface.text(QAccessible.Text.Name) == expected
            for value in questionnaire.scale.values:
                interface = _accessible(group.buttons.button(value))
                assert interface.role() == QAccessible.Role.RadioButton
                label = questionnaire.scale.label(value, "sv")
                assert interface.text(QAccessible.Text.Name) == f"{value} – {label}"
                assert interface.relations(QAccessible.RelationFlag.Label) == [], "the group box labels the button"
        assert _accessible(page.notes).text(QAccessible.Text.Name).startswith("Anteckningar om ")


def test_chart_describes_its_values(window, questionnaire):
    window.start_new(questionnaire, {})
    for question_id in questionnaire.question_ids:
        window.session.set_answer(question_id, 2)
    window.editor_view.request_results()
    interface = _accessible(window.results_view.chart)
    assert interface.text(QAccessible.Text.Name) == "Stapeldiagram över poängen per block"
    description = interface.text(QAccessible.Text.Description)
    for block_score in window.session.result().blocks:
        assert f"{block_score.score} av {block_score.max}" in description


def test_every_control_of_the_start_view_and_a_page_is_reachable_with_tab(window, qtbot):
    def tab_cycle() -> set[object]:
        """Press Tab until the focus is back where it started (a date edit takes one Tab per section)."""
        first = QApplication.focusWidget()
        seen: set[object] = {first}
        for _ in range(200):
            press(qtbot, Qt.Key.Key_Tab)
            widget = QApplication.focusWidget()
            if widget is first:
                break
            seen.add(widget)
        return seen

    start_controls = {
        window.start_view.collaboration_edit,
        window.start_view.respondent_edit,
        window.start_view.organisation_edit,
        window.start_view.start_button,
        window.start_view.open_button,
    }
    cycle = tab_cycle()
    assert start_controls <= cycle, [w.objectName() for w in cycle]
    press(qtbot, Qt.Key.Key_Return)  # into the first block
    reached = tab_cycle()
    page = window.editor_view.pages[0]
    assert page.notes in reached
    for group in page.groups:  # each question's radio group is one Tab stop
        assert any(isinstance(w, QAbstractButton) and group.isAncestorOf(w) for w in reached)
    for button in (window.editor_view.next_button, window.editor_view.results_button):
        assert button in reached
    assert not any(isinstance(w, QLineEdit | QPlainTextEdit) and not w.isVisible() for w in reached)
