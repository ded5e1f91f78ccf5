"""The results page that leads somewhere: band ladder, lowest questions, notes, next steps."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible, QColor, QImage, QPalette

from samverkan_gui.core.questionnaire import Band, LocalizedText
from samverkan_gui.present import band_range
from samverkan_gui.ui.ladder import BandLadder
from samverkan_gui.ui.main_window import View
from tests.ui.conftest import press

BANDS = [
    Band(low, high, LocalizedText({"sv": ""})) for low, high in ((21, 41), (42, 62), (63, 83), (84, 94), (95, 105))
]


def _answer(window, questionnaire, values: dict[int, int], default: int) -> None:  # type: ignore[no-untyped-def]
    """Answer every question ``default`` except the 1-based question numbers in ``values``."""
    window.start_new(questionnaire, {"collaboration": "Stegen"})
    for number, question_id in enumerate(questionnaire.question_ids, start=1):
        window.session.set_answer(question_id, values.get(number, default))
    window.session.set_note("samverkansprocessen", "Vi träffas för sällan.")
    window.editor_view.request_results()
    assert window.current_view() == View.RESULTS


def _spoken(widget) -> tuple[str, str]:  # type: ignore[no-untyped-def]
    interface = QAccessible.queryAccessibleInterface(widget)
    assert interface is not None
    return interface.text(QAccessible.Text.Name), interface.text(QAccessible.Text.Description)


@pytest.mark.parametrize(
    ("lang", "name", "band_text"),
    [
        ("sv", "66 av 105, intervall 63–83", "Summan ligger i intervallet 63–83 (intervall 3 av 5)."),
        ("en", "66 of 105, band 63–83", "The total is in the band 63–83 (band 3 of 5)."),
    ],
)
def test_a_screen_reader_hears_the_total_and_its_band(window, questionnaire, lang, name, band_text):
    if lang == "en":
        window.commands.lang_en.trigger()
    # 21 × 3 = 63, three questions one higher: 66.
    _answer(window, questionnaire, {2: 4, 9: 4, 15: 4}, 3)
    ladder = window.results_view.ladder
    assert ladder.total() == 66
    assert (ladder.current_band().min, ladder.current_band().max) == (63, 83)
    assert [band_range(band) for band in ladder.bands()] == ["21–41", "42–62", "63–83", "84–94", "95–105"]
    spoken_name, description = _spoken(ladder)
    assert spoken_name == name
    assert "21–41, 42–62, 63–83, 84–94, 95–105" in description
    assert window.results_view.band_label.text() == band_text
    assert ladder.focusPolicy() & Qt.FocusPolicy.TabFocus  # reachable for a screen-reader user


def test_a_draft_shows_no_ladder(window, questionnaire):
    window.start_new(questionnaire, {"collaboration": "Utkast"})
    window.session.set_answer(questionnaire.question_ids[0], 3)
    window.show_view(View.RESULTS)
    assert window.results_view.ladder.isHidden()
    assert window.results_view.band_label.isHidden()


def test_the_lowest_questions_their_answers_and_the_notes(window, questionnaire):
    # Ties at the third-lowest value: all of them join, in questionnaire order; five are listed, the rest counted.
    _answer(window, questionnaire, {4: 1, 8: 2, 12: 2, 16: 2, 18: 2, 20: 2}, 4)
    steps = window.results_view.next_steps
    lines = steps.lowest_label.text().splitlines()
    labels = [line.split(":")[0] for line in lines if not line.startswith(" ")]
    # The source's numbering, per block: questions 4, 8, 12, 16 and 18 of 21.
    assert labels == ["Fråga 1.4", "Fråga 2.3", "Fråga 3.2", "Fråga 3.6", "Fråga 3.8", "… och 1 till med svar 2"]
    question_4 = questionnaire.questions[3]
    assert lines[0] == f"Fråga 1.4: {question_4.text.get('sv')}"
    assert lines[1].strip() == f"{questionnaire.block_of(question_4.id).title.get('sv')} – svar: 1 (" + (
        questionnaire.scale.label(1, "sv") + ")"
    )
    assert steps.lowest_heading.text() == "Lägst skattade frågor"
    assert steps.notes_label.text() == "SAMVERKANSPROCESSEN: Vi träffas för sällan."
    assert steps.next_heading.text() == "Nästa steg"


def test_next_steps_open_the_plan_for_the_weakest_and_the_background(window, qtbot, questionnaire):
    _answer(window, questionnaire, {1: 1, 2: 1, 3: 1, 4: 1, 5: 1}, 4)  # Startförhållanden lowest
    steps = window.results_view.next_steps
    assert "och börja med startförhållanden: svara på de enkla men svåra frågorna" in steps.next_label.text()
    steps.guidance_button.setFocus()
    press(qtbot, Qt.Key.Key_Return)
    guidance = window._guidance_window  # the window the button opened
    assert guidance is not None and guidance.isVisible()
    assert guidance.browser.verticalScrollBar().value() > 0  # scrolled to the pitfalls
    guidance.close()
    window.activateWindow()
    steps.plan_button.setFocus()
    press(qtbot, Qt.Key.Key_Return)
    assert window.current_view() == View.PLAN
    assert [entry.block for entry in window.session.assessment.plan] == ["startforhallanden"]
    assert window.isWindowModified()


def test_ladder_draws_with_palette_colours_and_a_marker(qtbot):
    ladder = BandLadder()
    qtbot.addWidget(ladder)
    ladder.set_ladder(BANDS, 66, here_text="er summa", accessible_name="66 av 105", description="")
    palette = QPalette(QColor("#202020"))
    palette.setColor(QPalette.ColorRole.WindowText, QColor("#fafafa"))
    palette.setColor(QPalette.ColorRole.Base, QColor("#2b2b2b"))
    palette.setColor(QPalette.ColorRole.Highlight, QColor("#2a6fbd"))
    ladder.setPalette(palette)
    ladder.resize(600, ladder.sizeHint().height())
    image: QImage = ladder.grab().toImage()
    colours = {image.pixelColor(x, y).rgb() for x in range(0, image.width(), 2) for y in range(image.height())}
    assert QColor("#fafafa").rgb() in colours  # text and frames in the palette's text colour
    assert QColor("#2a6fbd").rgb() in colours  # the current band in the palette's highlight
    assert QColor("#000000").rgb() not in colours  # nothing in a fixed black on a dark theme
    # The marker sits over the current band: its column has the text colour above the bands.
    x = round(12 + (600 - 24) * (66 + 0.5 - 21) / 85)
    top = [image.pixelColor(x, y).rgb() for y in range(0, ladder.fontMetrics().height() + 14)]
    assert QColor("#fafafa").rgb() in top
