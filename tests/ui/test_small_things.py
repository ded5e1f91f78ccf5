"""The smaller things a new user tripped over: each seen as a user would see it."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage, QPainter, QPalette
from PySide6.QtWidgets import QApplication

from samverkan_gui.ui.main_window import View
from samverkan_gui.ui.workshop.bars import paint_distribution
from tests.conftest import EXAMPLES
from tests.ui.conftest import forget_changes, press


def test_enter_in_the_date_field_starts_the_assessment(window, qtbot) -> None:
    start = window.start_view
    start.collaboration_edit.setText("Samverkan kring unga")
    start.date_edit.setFocus()
    qtbot.waitUntil(start.date_edit.hasFocus)
    press(qtbot, Qt.Key.Key_Return)
    assert window.current_view() == View.EDITOR
    assert window.session.assessment.collaboration == "Samverkan kring unga"


def test_the_editors_status_message_does_not_follow_to_the_results(window, qtbot, questionnaire) -> None:
    window.start_new(questionnaire, {"collaboration": "Klar"})
    for question_id in questionnaire.question_ids:
        window.session.set_answer(question_id, 3)
    window.editor_view.status_message.emit("Alla frågor är besvarade: tryck Enter för att se resultatet.")
    assert window.statusBar().currentMessage().startswith("Alla frågor är besvarade")
    window.show_view(View.RESULTS)
    assert window.statusBar().currentMessage() == ""


def test_the_chosen_answer_stands_out_in_a_dark_palette(window, questionnaire) -> None:
    dark = QPalette()
    for role, colour in (
        (QPalette.ColorRole.Window, "#202124"),
        (QPalette.ColorRole.WindowText, "#e8eaed"),
        (QPalette.ColorRole.Base, "#2b2c2f"),
        (QPalette.ColorRole.Text, "#e8eaed"),
        (QPalette.ColorRole.Highlight, "#8ab4f8"),
        (QPalette.ColorRole.HighlightedText, "#202124"),
    ):
        dark.setColor(role, QColor(colour))
    window.setPalette(dark)
    window.start_new(questionnaire, {"collaboration": "Mörkt"})
    window.session.set_answer("start-1", 4)
    group = window.editor_view.pages[0].groups[0]
    chosen, other = group.buttons.button(4), group.buttons.button(3)
    # Bold, on the highlight colour: not only the style's small indicator.
    assert chosen.font().bold() and not other.font().bold()
    assert chosen.autoFillBackground() and chosen.backgroundRole() == QPalette.ColorRole.Highlight
    assert chosen.foregroundRole() == QPalette.ColorRole.HighlightedText
    assert chosen.palette().color(QPalette.ColorRole.Highlight) == QColor("#8ab4f8")
    window.session.set_answer("start-1", 3)
    assert other.font().bold() and not chosen.font().bold() and not chosen.autoFillBackground()


def test_the_distribution_bars_have_a_legend_and_name_every_answer(qtbot, app_language, fake_dialogs) -> None:
    from samverkan_gui.ui.workshop.window import WorkshopWindow

    workshop = WorkshopWindow(check_recovery=False)
    try:
        assert workshop.open_path(EXAMPLES / "workshop-7.samverkan-grupp")
        workshop.tabs.setCurrentIndex(1)
        legend = workshop.results.legend
        assert workshop.results.legend_label.text() == "Svar:"
        assert legend.entries() == [
            "1 I mycket liten grad",
            "2 I liten grad",
            "3 I viss grad",
            "4 I hög grad",
            "5 I mycket hög grad",
        ]
        table = workshop.results.question_table
        cell = table.item(0, 2)
        # Every answer of the scale is named, also those nobody gave.
        assert cell.toolTip().count(":") == 5
        assert cell.data(Qt.ItemDataRole.AccessibleTextRole).startswith("1: ")
    finally:
        forget_changes(workshop.session)
        workshop.close()


def test_a_segment_says_which_answer_it_counts(app_language) -> None:
    image = QImage(400, 30, QImage.Format.Format_ARGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    drawn: list[str] = []
    original = painter.drawText

    def record(*args) -> None:  # type: ignore[no-untyped-def]
        drawn.append(args[-1])
        original(*args)

    painter.drawText = record  # type: ignore[method-assign]
    from PySide6.QtCore import QRectF

    paint_distribution(painter, QRectF(0, 0, 400, 30), {1: 3, 2: 3, 3: 0, 4: 0, 5: 1}, name_values=True)
    painter.end()
    assert drawn == ["1: 3", "2: 3", "5: 1"]  # "3 | 3 | 1" told which answers only by colour


def test_going_back_keeps_a_revealed_slide_revealed(qtbot, app_language, fake_dialogs) -> None:
    from samverkan_gui.ui.workshop.window import WorkshopWindow

    workshop = WorkshopWindow(check_recovery=False)
    try:
        assert workshop.open_path(EXAMPLES / "workshop-7.samverkan-grupp")
        projector = workshop.show_projector(full_screen=False)
        projector.reveal()
        assert projector.is_revealed
        qtbot.keyClick(projector, Qt.Key.Key_Right)
        assert projector.index == 1 and not projector.is_revealed  # a new slide starts hidden
        qtbot.keyClick(projector, Qt.Key.Key_Left)
        assert projector.index == 0 and projector.is_revealed
        assert projector.reveal_button.isEnabled() is False
        projector.close()
    finally:
        forget_changes(workshop.session)
        workshop.close()
    QApplication.processEvents()
