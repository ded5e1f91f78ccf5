"""Larger text for everyone: one zoom for every window, menus and dialogs, remembered; pages reflow."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QScrollArea

from samverkan_gui.ui import appdirs, zoom
from samverkan_gui.ui.compare_view import CompareWindow
from samverkan_gui.ui.main_window import View
from tests.ui.conftest import forget_changes, press


def _sideways(widget) -> list[str]:  # type: ignore[no-untyped-def]
    """The scroll areas under ``widget`` that scroll sideways."""
    return [
        area.objectName() or type(area.parent()).__name__
        for area in widget.findChildren(QScrollArea)
        if area.isVisible() and area.horizontalScrollBar().isVisible()
    ]


def test_one_text_size_for_every_window_menu_and_dialog(window, qtbot) -> None:
    normal = QApplication.font().pointSizeF()
    menu_normal = QApplication.font("QMenu").pointSizeF()  # type: ignore[call-overload]
    press(qtbot, Qt.Key.Key_Plus, Qt.KeyboardModifier.ControlModifier)
    press(qtbot, Qt.Key.Key_Plus, Qt.KeyboardModifier.ControlModifier)
    assert zoom.current_zoom() == 1.3
    assert QApplication.font().pointSizeF() == pytest.approx(normal * 1.3)
    assert QApplication.font("QMenu").pointSizeF() == pytest.approx(menu_normal * 1.3)  # type: ignore[call-overload]
    assert window.file_menu.font().pointSizeF() == pytest.approx(menu_normal * 1.3)
    assert float(appdirs.settings().value("zoom")) == 1.3  # remembered for the next start
    # Another window has the same size, and changes it for all.
    compared = CompareWindow(window)
    compared.show()
    qtbot.waitExposed(compared)
    try:
        assert compared.title_label.font().pointSizeF() == pytest.approx(normal * 1.3 * 1.4)
        compared.activateWindow()
        qtbot.waitUntil(compared.isActiveWindow)
        press(qtbot, Qt.Key.Key_Plus, Qt.KeyboardModifier.ControlModifier)
        assert zoom.current_zoom() == 1.5
        assert window.font().pointSizeF() == pytest.approx(normal * 1.5)
        assert compared.title_label.font().pointSizeF() == pytest.approx(normal * 1.5 * 1.4)
        press(qtbot, Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)
        assert zoom.current_zoom() == 1.0
    finally:
        compared.close()


def test_the_projector_grows_with_the_same_zoom(qtbot, app_language) -> None:
    from samverkan_gui.ui.workshop.window import WorkshopWindow
    from tests.conftest import EXAMPLES

    workshop = WorkshopWindow(check_recovery=False)
    try:
        assert workshop.open_path(EXAMPLES / "workshop-7.samverkan-grupp")
        projector = workshop.show_projector(full_screen=False)
        projector.resize(1200, 800)  # 20 pt body text at 100 %
        qtbot.waitUntil(lambda: projector.height() == 800)
        before = projector.heading.font().pointSizeF()
        zoom.set_zoom(2.0, remember=False)
        assert projector.heading.font().pointSizeF() == pytest.approx(before * 2.0)
        projector.close()
    finally:
        forget_changes(workshop.session)
        workshop.close()


#: Three tied weakest blocks (their names made the plan button wider than a page) and Utfall above.
TIED = [2] * 20 + [4]


@pytest.mark.parametrize("size", [(1024, 768), (1366, 768)])
def test_results_and_plan_reflow_at_200_percent(window, qtbot, questionnaire, size) -> None:
    window.resize(*size)
    window.start_new(questionnaire, {"collaboration": "Samverkan kring unga i Örnsköldsvik"})
    for question_id, value in zip(questionnaire.question_ids, TIED, strict=True):
        window.session.set_answer(question_id, value)
    zoom.set_zoom(2.0, remember=False)
    window.show_view(View.RESULTS)
    qtbot.wait(10)
    results = window.results_view
    assert _sideways(results) == []
    # The chart goes under the table, and no heading is cut.
    assert results.chart.geometry().top() > results.table.geometry().bottom()
    assert not any("…" in results.table.item(row, 0).text() for row in range(results.table.rowCount()))
    results.next_steps.plan_button.click()
    editor = window.plan_page.editor
    editor.boxes[0].add_action_button.click()
    row = editor.boxes[0].rows[0]
    row.what.setText("Skriv spelregler för styrgruppen")
    row.who.setText("Förvaltningscheferna")
    qtbot.wait(10)
    assert window.current_view() == View.PLAN
    assert _sideways(window.plan_page) == []
    assert [box.block_id for box in editor.boxes] == [
        "startforhallanden",
        "organisatorisk-design",
        "samverkansprocessen",
    ]


def test_the_workshop_has_the_same_zoom_in_its_view_menu_and_keys(qtbot, app_language, fake_dialogs) -> None:
    from samverkan_gui.ui.workshop.window import WorkshopWindow
    from tests.ui.conftest import forget_changes

    normal = QApplication.font().pointSizeF()
    workshop = WorkshopWindow(check_recovery=False)
    workshop.show()
    qtbot.waitExposed(workshop)
    try:
        texts = [action.text() for action in workshop.view_menu.actions() if not action.isSeparator()]
        assert texts[-3:] == ["&Större text", "&Mindre text", "N&ormal textstorlek"]
        workshop.activateWindow()
        qtbot.waitUntil(workshop.isActiveWindow)
        workshop.grid.setFocus()
        press(qtbot, Qt.Key.Key_Plus, Qt.KeyboardModifier.ControlModifier)  # ignored before
        assert zoom.current_zoom() == 1.15
        assert workshop.grid.font().pointSizeF() == pytest.approx(normal * 1.15 * 1.25)  # its digits a size up
        assert workshop.view_menu.font().pointSizeF() > QApplication.font("QMenu").pointSizeF() / 1.15 - 0.01  # type: ignore[call-overload]
    finally:
        forget_changes(workshop.session)
        workshop.close()
