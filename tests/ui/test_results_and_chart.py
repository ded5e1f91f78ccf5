"""Results view, the bar chart and the start view."""

from __future__ import annotations

import sys

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage, QPalette
from PySide6.QtWidgets import QApplication

from samverkan_gui.core.assessment import Assessment, save_assessment
from samverkan_gui.ui.chart import Bar, BarChart
from samverkan_gui.ui.main_window import View


def _complete(window, questionnaire, low_block: int = 0):  # type: ignore[no-untyped-def]
    window.start_new(questionnaire, {"collaboration": "Diagram"})
    for block_index, block in enumerate(questionnaire.blocks):
        for question in block.questions:
            window.session.set_answer(question.id, 1 if block_index == low_block else 4)
    window.editor_view.request_results()
    return window.session.result()


def test_results_table_and_chart_describe_the_same_values(window, questionnaire):
    result = _complete(window, questionnaire)
    assert window.current_view() == View.RESULTS
    table = window.results_view.table
    assert table.rowCount() == len(questionnaire.blocks) + 1
    first = result.blocks[0]
    assert [table.item(0, c).text() for c in range(4)] == [
        "STARTFÖRHÅLLANDEN",
        str(first.score),
        str(first.max),
        f"{first.percent}\u00a0%",
    ]
    assert table.item(len(questionnaire.blocks), 0).text() == "Summa"
    assert table.item(len(questionnaire.blocks), 1).text() == str(result.total)
    chart = window.results_view.chart
    assert [bar.value for bar in chart.bars()] == [b.score for b in result.blocks]
    assert chart.accessibleName() == "Stapeldiagram över poängen per block"
    description = chart.accessibleDescription()
    assert f"STARTFÖRHÅLLANDEN: {first.score} av {first.max} ({first.percent}\u00a0%)" in description
    assert "Titta särskilt på startförhållanden" in window.results_view.advice_label.text()


def test_results_update_when_going_back_and_changing_an_answer(window, qtbot, questionnaire):
    result = _complete(window, questionnaire)
    window.results_view.edit_button.click()
    assert window.current_view() == View.EDITOR
    window.session.set_answer(questionnaire.question_ids[0], 5)
    window.editor_view.request_results()
    assert window.results_view.total_label.text() == f"Summa: {result.total + 4} av 105"


def _paint(chart: BarChart, palette: QPalette) -> QImage:
    chart.setPalette(palette)
    chart.resize(500, chart.sizeHint().height())
    return chart.grab().toImage()


def _has_colour(image: QImage, colour: QColor) -> bool:
    return any(
        image.pixelColor(x, y).rgb() == colour.rgb() for x in range(0, image.width(), 1) for y in range(image.height())
    )


def test_chart_follows_light_and_dark_palettes(qtbot):
    chart = BarChart()
    qtbot.addWidget(chart)
    chart.set_bars([Bar("Ett", 10, 25, "10 av 25"), Bar("Två", 25, 25, "25 av 25")], "diagram", "Ett: 10 av 25")
    light = QPalette(QColor("#f0f0f0"))
    dark = QPalette(QColor("#202020"))
    dark.setColor(QPalette.ColorRole.WindowText, QColor("#fafafa"))
    dark.setColor(QPalette.ColorRole.Base, QColor("#2b2b2b"))
    light_image = _paint(chart, light)
    dark_image = _paint(chart, dark)
    assert _has_colour(dark_image, QColor("#fafafa"))  # text and frames in the palette's text colour
    assert _has_colour(light_image, light.color(QPalette.ColorRole.WindowText))
    assert not _has_colour(dark_image, light.color(QPalette.ColorRole.WindowText))


def test_start_view_lists_recent_files_and_opens_one(window, qtbot, questionnaire, tmp_path):
    path = tmp_path / "senast.samverkan"
    save_assessment(path, Assessment.new(questionnaire, collaboration="Senast"), questionnaire)
    assert window.open_path(path)
    window.close_assessment()
    recent = window.start_view.recent_list
    assert recent.count() == 1 and recent.item(0).text().startswith("senast.samverkan")
    assert not window.start_view.questionnaire_combo.isVisibleTo(window)  # only one questionnaire shipped
    recent.setCurrentRow(0)
    recent.setFocus()
    qtbot.keyClick(recent, Qt.Key.Key_Return)
    assert window.session.path == path
    assert window.recent_menu.actions()[0].text() == "senast.samverkan"


def test_run_gui_opens_the_file_from_the_command_line(questionnaire, tmp_path):
    """In a separate process: run_gui owns the event loop and the excepthook, as in real use."""
    import subprocess
    import textwrap

    from tests.conftest import REPO

    path = tmp_path / "kommandorad.samverkan"
    save_assessment(path, Assessment.new(questionnaire, collaboration="Kommandorad"), questionnaire)
    code = textwrap.dedent(
        f"""
        import os, sys
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
        from PySide6.QtCore import QTimer
        from PySide6.QtWidgets import QApplication
        app = QApplication([])
        from samverkan_gui.app import run_gui
        from samverkan_gui.ui.main_window import MainWindow

        def inspect_and_quit():
            window = next(w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow))
            print(window.windowTitle())
            print(window.session.assessment.collaboration)
            print(sys.excepthook.__module__, flush=True)
            window.close()

        QTimer.singleShot(300, inspect_and_quit)
        sys.exit(run_gui([{str(path)!r}]))
        """
    )
    done = subprocess.run(
        [sys.executable, "-c", code], cwd=REPO, capture_output=True, text=True, timeout=60, check=False
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.splitlines() == ["kommandorad.samverkan[*] – Samverkan", "Kommandorad", "samverkan_gui.app"]


def test_larger_text_for_a_projector_scales_headings_and_is_remembered(window, qtbot, questionnaire):
    from samverkan_gui.ui import appdirs

    _complete(window, questionnaire)
    before_total = window.results_view.total_label.font().pointSizeF()
    before_body = window.results_view.table.font().pointSizeF()
    press_keys = [Qt.Key.Key_Plus, Qt.Key.Key_Plus]
    for key in press_keys:
        qtbot.keyClick(QApplication.focusWidget(), key, Qt.KeyboardModifier.ControlModifier)
    assert window.zoom == 1.3
    assert window.results_view.total_label.font().pointSizeF() > before_total * 1.25
    assert window.results_view.table.font().pointSizeF() > before_body * 1.25
    assert float(appdirs.settings().value("zoom")) == 1.3
    window.commands.zoom_reset.trigger()
    assert window.results_view.total_label.font().pointSizeF() == before_total


def test_start_view_offers_a_choice_when_there_are_several_questionnaires(qtbot, app_language, questionnaire):
    import dataclasses

    from samverkan_gui.core.questionnaire import LocalizedText
    from samverkan_gui.core.registry import QuestionnaireRegistry
    from samverkan_gui.ui.main_window import MainWindow

    other = dataclasses.replace(
        questionnaire, id="egen-variant", version=2, title=LocalizedText({"sv": "Vår egen variant", "en": "Our own"})
    )
    registry = QuestionnaireRegistry()
    registry.add(questionnaire)
    registry.add(other)
    window = MainWindow(registry)
    try:
        window.show()
        window.finish_start()
        combo = window.start_view.questionnaire_combo
        assert combo.isVisibleTo(window) and combo.count() == 2
        assert combo.itemText(1) == "Vår egen variant (v2)"
        combo.setCurrentIndex(1)
        window.start_view.start_button.click()
        assert window.session.assessment.questionnaire_id == "egen-variant"
        assert window.session.assessment.questionnaire_version == 2
    finally:
        window.autosave.shutdown()
        window.session.close()
        window.close()
        window.deleteLater()


def test_typed_text_is_shown_as_typed_never_as_markup(window, qtbot, questionnaire):
    hostile = '<img src="x"><b>Samverkan</b> & "co" \u202eabc'
    window.start_new(questionnaire, {"collaboration": hostile, "respondent": "<i>Kim</i>"})
    assert window.editor_view.heading.text().endswith(
        '&lt;img src="x"&gt;&lt;b&gt;Samverkan&lt;/b&gt; &amp; "co" \u202eabc</b>'
    )
    for question_id in questionnaire.question_ids:
        window.session.set_answer(question_id, 3)
    window.editor_view.request_results()
    title = window.results_view.title_label
    assert title.textFormat() == Qt.TextFormat.PlainText and title.text() == f"Resultat: {hostile}"
    assert window.results_view.details_label.text().startswith("<i>Kim</i> · ")
    assert window.results_view.details_label.textFormat() == Qt.TextFormat.PlainText


def test_results_name_the_weakest_block_in_every_band(window, questionnaire):
    # 58 points: band 42–62, whose advice names no block; "Organisatorisk design…" is the weakest.
    window.start_new(questionnaire, {"collaboration": "Svag"})
    for question in questionnaire.questions:
        window.session.set_answer(question.id, 2 if question.id.startswith("design") else 3)
    window.editor_view.request_results()
    view = window.results_view
    assert view.total_label.text() == "Summa: 58 av 105"
    assert "Organisatorisk" not in view.advice_label.text()
    assert view.weakest_label.isVisible()
    assert view.weakest_label.text() == (
        "Lägst andel av maxpoäng har organisatorisk design och ledarskap (40\u00a0%): titta särskilt där."
    )
    window.commands.lang_en.trigger()
    assert view.weakest_label.text() == (
        "The lowest share of the maximum is in organisational design and leadership (40\u00a0%): look there especially."
    )
    window.commands.lang_sv.trigger()
    # A band whose advice names the block itself: no second line saying the same.
    for question in questionnaire.questions:
        if question.id.startswith("process"):
            window.session.set_answer(question.id, 4)
    assert "Titta särskilt på" in view.advice_label.text()
    assert view.weakest_label.isHidden()


def test_ctrl_r_lands_on_the_summary_which_says_the_result(window, qtbot, questionnaire):
    """The focus lands where the result is; a screen reader then reads total, band and advice at once."""
    from PySide6.QtGui import QAccessible

    from tests.ui.conftest import press

    window.start_new(questionnaire, {"collaboration": "Fokus"})
    for question in questionnaire.questions:
        window.session.set_answer(question.id, 4)
    press(qtbot, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier)
    summary = window.results_view.summary
    assert QApplication.focusWidget() is summary
    interface = QAccessible.queryAccessibleInterface(summary)
    assert interface.text(QAccessible.Text.Name) == "Resultat: Fokus. Summa 84 av 105, intervall 4 av 5 (84–94)."
    assert interface.text(QAccessible.Text.Description) == window.results_view.advice_label.text()
    qtbot.wait(1)
    focused = summary.grab().toImage()
    press(qtbot, Qt.Key.Key_Tab)
    assert not summary.hasFocus()
    qtbot.wait(1)
    # The summary without the focus looks different: the focus frame was drawn.
    assert summary.grab().toImage() != focused


def test_enter_on_the_focused_export_button_exports(window, qtbot, fake_dialogs, questionnaire, tmp_path):
    from tests.ui.conftest import press

    window.start_new(questionnaire, {"collaboration": "Enter"})
    for question in questionnaire.questions:
        window.session.set_answer(question.id, 3)
    press(qtbot, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier)
    press(qtbot, Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)  # from the summary back to the last button
    assert QApplication.focusWidget() is window.results_view.export_button
    fake_dialogs.save_report(tmp_path / "enter.pdf")
    press(qtbot, Qt.Key.Key_Return)
    assert (tmp_path / "enter.pdf").read_bytes().startswith(b"%PDF")
