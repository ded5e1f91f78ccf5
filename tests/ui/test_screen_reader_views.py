"""What a screen reader finds in every view, checked through Qt's accessibility interfaces (fast, no Orca).

The Orca walks (tests/screenreader) hear the app; these find the same kinds of gap in a
second: a focusable object without a name, a hidden object that claims the focus, a
keyboard trap, a message shown but not announced, a focus that passes through three
widgets before it lands.
"""

from __future__ import annotations

import shutil
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QAccessible, QAccessibleInterface
from PySide6.QtWidgets import QApplication, QWidget

from samverkan_gui.ui.accessible import announced
from samverkan_gui.ui.views import View
from tests.conftest import EXAMPLES
from tests.ui.conftest import forget_changes, press


def _tree(interface: QAccessibleInterface, depth: int = 0) -> Iterator[QAccessibleInterface]:
    yield interface
    if depth > 40:
        return
    for index in range(interface.childCount()):
        child = interface.child(index)
        if child is not None and child.isValid():
            yield from _tree(child, depth + 1)


def _describe(interface: QAccessibleInterface) -> str:
    widget = interface.object()
    kind = type(widget).__name__ if widget is not None else "?"
    name = widget.objectName() if isinstance(widget, QWidget) else ""
    return f"{interface.role().name} {kind} {name!r}".strip()


def _on_screen(interface: QAccessibleInterface) -> bool:
    """Not invisible, and in a shown widget (cells of a table on a hidden tab say they are visible)."""
    if interface.state().invisible:
        return False
    while interface is not None and not isinstance(interface.object(), QWidget):
        interface = interface.parent()
    return interface is None or interface.object().isVisible()


def _lands_here(interface: QAccessibleInterface) -> bool:
    """The focus can land on it (a widget with a focus proxy hands the focus on)."""
    widget = interface.object()
    return not (isinstance(widget, QWidget) and widget.focusProxy() is not None)


def unnamed_focusable(window: QWidget) -> list[str]:
    """Objects a screen reader can land on (focusable, on screen) that have no name."""
    root = QAccessible.queryAccessibleInterface(window)
    assert root is not None
    found = []
    for interface in _tree(root):
        if not (interface.state().focusable and _on_screen(interface) and _lands_here(interface)):
            continue
        if not interface.text(QAccessible.Text.Name).strip():
            found.append(_describe(interface))
    return found


def hidden_but_focused(window: QWidget) -> list[str]:
    """Objects that say they have the focus although they are not on screen.

    Orca started after the app looks for the first object marked *focused*, visible or not,
    and announced the hidden questionnaire list of the start view. (Every view, as a keyboard
    user goes through it: tests/ui/test_focus_on_screen.py.)
    """
    root = QAccessible.queryAccessibleInterface(window)
    assert root is not None
    return [_describe(i) for i in _tree(root) if i.state().focused and not _on_screen(i)]


def _check(window: QWidget, where: str) -> None:
    assert unnamed_focusable(window) == [], f"{where}: focusable objects without a name"


def _answer_all(window, questionnaire, value: int = 3) -> None:  # type: ignore[no-untyped-def]
    for question in questionnaire.questions:
        window.session.set_answer(question.id, value)


# --- every view has a name for every object a screen reader can land on ---------------------------


def test_start_view(window, qtbot) -> None:
    window.finish_start()
    qtbot.wait(10)
    _check(window, "the start view")
    assert hidden_but_focused(window) == []


def test_block_pages(window, qtbot, questionnaire) -> None:
    window.start_new(questionnaire, {"collaboration": "Namn"})
    for index in range(len(questionnaire.blocks)):
        window.editor_view.go_to(index, focus=True)
        _check(window, f"block page {index + 1}")


def test_results(window, qtbot, questionnaire) -> None:
    window.start_new(questionnaire, {"collaboration": "Namn"})
    _answer_all(window, questionnaire)
    window.request_results()
    qtbot.waitUntil(lambda: window.results_view.isVisible())
    _check(window, "the results")


def test_plan(window, qtbot, questionnaire) -> None:
    window.start_new(questionnaire, {"collaboration": "Namn"})
    _answer_all(window, questionnaire)
    window.plan.open_plan(["organisatorisk-design"])
    editor = window.plan_page.editor
    editor.boxes[0].add_action_button.click()
    _check(window, "the action plan")


def test_compare(qtbot, app_language, fake_dialogs, tmp_path) -> None:
    from samverkan_gui.ui import dialogs
    from samverkan_gui.ui.compare_view import CompareWindow

    # The two examples are of different collaborations: compared anyway (the window asks first).
    fake_dialogs.answer("ask_other_collaborations", dialogs.OtherCollaborations.COMPARE_ANYWAY)

    paths = []
    for name in ("komplett.samverkan", "utkast.samverkan"):
        shutil.copy(EXAMPLES / name, tmp_path / name)
        paths.append(tmp_path / name)
    compare = CompareWindow()
    qtbot.addWidget(compare)
    assert compare.load(paths)
    compare.show()
    qtbot.waitExposed(compare)
    _check(compare, "the comparison")


@pytest.fixture
def workshop(example_workshop):  # type: ignore[no-untyped-def]
    return example_workshop


@pytest.mark.parametrize("tab", [0, 1, 2], ids=["entry", "results", "plan"])
def test_workshop_tabs(workshop, qtbot, tab: int) -> None:
    workshop.tabs.setCurrentIndex(tab)
    qtbot.wait(10)
    _check(workshop, f"workshop tab {tab}")


def test_projector(workshop, qtbot) -> None:
    projector = workshop.show_projector(full_screen=False)
    qtbot.waitExposed(projector)
    _check(projector, "the projector")
    projector.reveal()
    _check(projector, "the projector, revealed")


# --- a hidden widget never claims the focus ------------------------------------------------------


def test_hidden_questionnaire_list_claims_no_focus(window, qtbot) -> None:
    window.finish_start()
    combo = window.start_view.questionnaire_combo
    assert combo.isHidden()
    assert hidden_but_focused(window) == []


# --- the keyboard: arrows along the scale, no trap ----------------------------------------------


def test_arrow_keys_follow_the_scale_when_the_answers_wrap(window, qtbot, questionnaire) -> None:
    """In English the five answers wrap onto two rows in a narrow window; Down from 1 went to 4."""
    window.set_language("en")
    window.start_new(questionnaire, {})
    window.resize(560, 700)
    qtbot.wait(20)
    group = window.editor_view.pages[0].groups[0]
    buttons = group.buttons.buttons()
    rows = {group._grid.getItemPosition(group._grid.indexOf(b))[0] for b in buttons}
    assert len(rows) > 1, "the answers did not wrap: the test would prove nothing"
    buttons[0].setFocus()
    reached = [group.buttons.id(QApplication.focusWidget())]
    for key in (Qt.Key.Key_Down, Qt.Key.Key_Down, Qt.Key.Key_Right, Qt.Key.Key_Right, Qt.Key.Key_Down):
        press(qtbot, key)
        reached.append(group.buttons.id(QApplication.focusWidget()))
    for key in (Qt.Key.Key_Up, Qt.Key.Key_Left):
        press(qtbot, key)
        reached.append(group.buttons.id(QApplication.focusWidget()))
    assert reached == [1, 2, 3, 4, 5, 5, 4, 3]
    assert group.value() == 3  # the arrows answer, as Qt's own arrow keys did


def test_the_entry_grid_is_left_with_ctrl_tab_and_from_its_last_cell(workshop, qtbot) -> None:
    grid = workshop.grid
    grid.setFocus()
    grid.go_to(0, 0)
    press(qtbot, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is grid, "Tab inside the grid moves between cells"
    press(qtbot, Qt.Key.Key_Tab, Qt.KeyboardModifier.ControlModifier)
    assert QApplication.focusWidget() is not grid
    grid.setFocus()
    grid.go_to(grid.entry_model.rowCount() - 1, grid.entry_model.columnCount() - 1)
    press(qtbot, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is not grid
    grid.setFocus()
    grid.go_to(0, 0)
    press(qtbot, Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
    assert QApplication.focusWidget() is not grid
    assert workshop.tabs.currentIndex() == 0, "Ctrl+Tab left the grid, not the tab"


def test_the_entry_grid_says_the_cell_and_confirms_a_digit(workshop, qtbot, questionnaire) -> None:
    grid = workshop.grid
    grid.setFocus()
    grid.go_to(1, 2)
    interface = QAccessible.queryAccessibleInterface(grid)
    assert interface.role() == QAccessible.Role.Table
    assert interface.childCount() == 0, "cells (and rows of other participants) would be read out"
    second = questionnaire.blocks[0].questions[1].text.get("sv")
    value = workshop.session.group.participant("D3").answers["start-2"]
    assert interface.text(QAccessible.Text.Name) == f"D3, Fråga 1.2: {second} – {value}"
    press(qtbot, Qt.Key.Key_5)
    assert "D3, Fråga 1.2: 5" in announced(workshop)
    third = questionnaire.blocks[0].questions[2].text.get("sv")
    assert interface.text(QAccessible.Text.Name).startswith(f"D3, Fråga 1.3: {third} – ")


# --- announcements ----------------------------------------------------------------------------


def test_status_messages_are_announced(window, qtbot, questionnaire) -> None:
    window.start_new(questionnaire, {})
    window.request_results()  # not complete: goes to the first question and says how many are missing
    assert "21 frågor saknar fortfarande svar." in announced(window)


def test_a_digit_announces_the_rating(window, qtbot, questionnaire) -> None:
    window.start_new(questionnaire, {})
    window.editor_view.go_to(0, focus=True)
    press(qtbot, Qt.Key.Key_4)
    assert "Svar: 4 – I hög grad" in announced(window)


def test_the_projector_names_each_slide_and_announces_what_is_revealed(workshop, qtbot) -> None:
    projector = workshop.show_projector(full_screen=False)
    qtbot.waitExposed(projector)
    interface = QAccessible.queryAccessibleInterface(projector)
    slides = len(projector.slides)
    assert interface.text(QAccessible.Text.Name).startswith(f"1 av {slides}. ")
    assert not announced(projector)
    qtbot.keyClick(projector, Qt.Key.Key_Space)
    result = projector.result.text().splitlines()[0]
    assert any(result in text for text in announced(projector))
    qtbot.keyClick(projector, Qt.Key.Key_Space)
    name = interface.text(QAccessible.Text.Name)
    assert name.startswith(f"2 av {slides}. ")
    question = projector.slides[1].question
    assert question is not None and question.question.text.get("sv") in name


def test_a_message_waits_until_the_window_is_active_again(window, qtbot) -> None:
    """ "Saved …" comes as the file dialog closes; said before the window manager hands the
    activation back, Orca put it before or after the window and its focus, by chance."""
    other = QWidget()
    qtbot.addWidget(other)
    other.show()
    other.activateWindow()
    qtbot.waitUntil(other.isActiveWindow)
    other.hide()  # as a dialog closes: for a moment no window of the app is active
    assert QApplication.activeWindow() is None
    window.statusBar().showMessage("Sparade regionalt.samverkan")
    assert "Sparade regionalt.samverkan" not in announced(window)
    window.activateWindow()
    qtbot.waitUntil(lambda: "Sparade regionalt.samverkan" in announced(window))


# --- Enter in the new-assessment form: a title and a focus, no flood of new widgets ----------------


def test_the_block_pages_are_ready_before_enter(window, qtbot) -> None:
    """Orca drops what was queued before a flood of events (it said the new window title only
    when it had taken it from its queue first): Enter must not build ~200 widgets."""
    window.finish_start()
    form = window.start_view.collaboration_edit
    form.setFocus()
    qtbot.keyClicks(form, "Regionalt samarbete")
    qtbot.waitUntil(lambda: window._editor_view is not None and bool(window._editor_view.pages))
    pages = list(window.editor_view.pages)
    press(qtbot, Qt.Key.Key_Return)
    assert window.current_view() == View.EDITOR
    assert window.editor_view.pages == pages, "Enter built the pages again"
    assert QApplication.focusWidget() is pages[0].groups[0].buttons.button(1)


def test_the_form_tells_which_questionnaire_to_prepare(window, qtbot) -> None:
    """Once per form and questionnaire: typing, then choosing another questionnaire, then a new form."""
    from samverkan_gui.core.qindex import QuestionnaireHeader
    from samverkan_gui.core.questionnaire import LocalizedText

    view = window.start_view
    first, second = (QuestionnaireHeader(key, 1, LocalizedText({"sv": key})) for key in ("ett", "två"))
    view.set_questionnaires([first, second])
    told: list[object] = []
    view.form_started.connect(told.append)
    view.collaboration_edit.setFocus()
    qtbot.keyClicks(view.collaboration_edit, "Ab")
    assert told == [first]
    view.questionnaire_combo.setCurrentIndex(1)
    view.questionnaire_combo.activated.emit(1)
    qtbot.keyClicks(view.collaboration_edit, "c")
    assert told == [first, second]
    view.reset_form()
    assert told == [first, second], "resetting the form is not filling it in"
    qtbot.keyClicks(view.collaboration_edit, "d")
    assert told == [first, second, second]


def test_the_next_assessment_reuses_the_pages_without_the_last_ones_answers(window, qtbot, questionnaire) -> None:
    window.start_new(questionnaire, {"collaboration": "Första"})
    first = questionnaire.blocks[0].questions[0].id
    window.session.set_answer(first, 4)
    window.editor_view.pages[0].notes.setPlainText("Anteckning")
    pages = list(window.editor_view.pages)
    assert pages[0].groups[0].value() == 4
    forget_changes(window.session)
    window.new_document()
    window.start_new(questionnaire, {"collaboration": "Andra"})
    assert window.editor_view.pages == pages
    assert pages[0].groups[0].value() is None
    assert not pages[0].groups[0].buttons.button(4).font().bold(), "the last answer still marked as chosen"
    assert pages[0].notes.toPlainText() == ""


def test_the_window_title_changes_once(window, qtbot, questionnaire) -> None:
    """Orca says every change of the window's name: "Namnlös – Samverkan", then
    "Namnlös* – Samverkan" was the same news twice."""
    names: list[str] = []

    class Watch(QObject):
        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if event.type() in (QEvent.Type.WindowTitleChange, QEvent.Type.ModifiedChange):
                names.append(QAccessible.queryAccessibleInterface(window).text(QAccessible.Text.Name))
            return False

    watch = Watch()
    window.installEventFilter(watch)
    window.start_new(questionnaire, {"collaboration": "Namn"})
    window.removeEventFilter(watch)
    assert set(names) == {"Namnlös* – Samverkan"}


# --- the focus moves once ----------------------------------------------------------------------


def test_adding_removing_and_undoing_an_action_moves_the_focus_once(window, qtbot, questionnaire) -> None:
    window.start_new(questionnaire, {})
    _answer_all(window, questionnaire)
    window.plan.open_plan(["organisatorisk-design"])
    editor = window.plan_page.editor
    moves: list[QWidget | None] = []
    QApplication.instance().focusChanged.connect(lambda _old, new: moves.append(new))

    def once(action, target):  # type: ignore[no-untyped-def]
        moves.clear()
        action()
        assert len(moves) == 1, [type(w).__name__ + " " + (w.objectName() if w else "") for w in moves]
        assert moves[0] is target()

    add = editor.boxes[0].add_action_button
    add.setFocus()
    once(lambda: press(qtbot, Qt.Key.Key_Space), lambda: editor.boxes[0].rows[0].what)
    remove = editor.boxes[0].rows[0].remove_button
    remove.setFocus()
    once(lambda: press(qtbot, Qt.Key.Key_Space), lambda: editor.boxes[0].add_action_button)
    once(lambda: press(qtbot, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier), lambda: editor.boxes[0].rows[0].what)


# --- the background material is read line by line ---------------------------------------------------


def test_background_material_is_a_read_only_text_with_a_caret(window, qtbot) -> None:
    window.show_guidance("traps")
    guidance = window._guidance_window
    qtbot.waitExposed(guidance)
    interface = QAccessible.queryAccessibleInterface(guidance.browser)
    assert interface.role() == QAccessible.Role.EditableText  # a label would be read as one block
    assert interface.state().readOnly
    assert guidance.browser.textInteractionFlags() & Qt.TextInteractionFlag.TextSelectableByKeyboard
    assert guidance.browser.textCursor().block().text() == "Fällor och fallgropar"
    guidance.close()
