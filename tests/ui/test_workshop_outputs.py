"""The workshop's outputs where users look, notes, undo in the grid, and per-field signals.

Driven like a facilitator would, in Swedish (the app's first language), with every dialog
patched through ``samverkan_gui.ui.dialogs`` (tests/ui/conftest.py).
"""

from __future__ import annotations

import csv
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QStyleOptionViewItem

from samverkan_gui.core.plan import BlockPlan
from samverkan_gui.ui import export_notice as exports
from samverkan_gui.ui.workshop.window import ENTRY_TAB, RESULTS_TAB, WorkshopWindow
from tests.ui.conftest import forget_changes
from tests.ui.test_accessibility import PALETTES, contrast, palette_of
from tests.ui.test_mnemonics import assert_clear

REPO = Path(__file__).resolve().parents[2]
EXAMPLE = REPO / "examples" / "workshop-7.samverkan-grupp"

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")


@pytest.fixture
def workshop(qtbot, app_language, fake_dialogs):  # type: ignore[no-untyped-def]
    window = WorkshopWindow(check_recovery=False)
    window.resize(1024, 768)
    window.show()
    qtbot.waitExposed(window)
    yield window
    forget_changes(window.session)  # leave without the save question
    window.close()
    window.deleteLater()
    qtbot.wait(1)


@pytest.fixture
def opened(monkeypatch: pytest.MonkeyPatch) -> list[Path]:
    """What the system viewer was asked to open (nothing is really opened)."""
    calls: list[Path] = []

    def fake_open(url):  # type: ignore[no-untyped-def]
        assert url.isLocalFile()
        calls.append(Path(url.toLocalFile()))
        return True

    monkeypatch.setattr(exports.QDesktopServices, "openUrl", fake_open)
    return calls


def _pdf_text(path: Path) -> str:
    return " ".join(" ".join(page.extract_text() for page in PdfReader(path).pages).split())


def test_results_tab_exports_pdf_and_offers_to_open_it(
    qtbot, workshop: WorkshopWindow, fake_dialogs, tmp_path: Path, opened: list[Path]
) -> None:
    workshop.session.open(EXAMPLE)
    workshop.tabs.setCurrentIndex(RESULTS_TAB)
    results = workshop.results
    assert_clear(workshop, "workshop results with the export buttons")
    assert results.pdf_button.isVisible() and results.csv_button.isVisible() and results.blank_form_button.isVisible()
    assert results.pdf_button.text() == "Grupp&rapport (PDF eller Word)…"
    fake_dialogs.save_report(tmp_path / "rapport.pdf")
    results.pdf_button.click()
    notice = workshop.export_notice
    qtbot.waitUntil(notice.isVisible)
    assert notice.label.text() == "Sparade rapport.pdf"
    assert notice.open_button.text() == "&Öppna"
    assert notice.folder_button.text() == "Visa i &mappen"
    assert_clear(workshop, "workshop results after an export")
    notice.open_button.click()
    notice.folder_button.click()
    assert opened == [(tmp_path / "rapport.pdf").resolve(), tmp_path.resolve()]
    text = _pdf_text(tmp_path / "rapport.pdf")
    assert "Samsyn" in text
    assert "Deltagarnas anteckningar" not in text
    # Changing the view clears the notice: it was about the export, not the entry grid.
    workshop.tabs.setCurrentIndex(ENTRY_TAB)
    assert not notice.isVisible()
    assert workshop.statusBar().currentMessage() == ""


def test_only_a_local_existing_file_is_opened(tmp_path: Path, opened: list[Path]) -> None:
    assert not exports.open_local(tmp_path / "borta.pdf")
    assert opened == []


def test_participants_notes_tab_and_opt_in_for_the_report(
    qtbot, workshop: WorkshopWindow, fake_dialogs, tmp_path: Path
) -> None:
    workshop.session.open(EXAMPLE)
    workshop.tabs.setCurrentIndex(RESULTS_TAB)
    results = workshop.results
    results.lower_tabs.setCurrentIndex(2)
    assert results.lower_tabs.tabText(2) == "Anteckningar"
    results.notes_block.setCurrentIndex(0)  # STARTFÖRHÅLLANDEN
    assert results.participant_notes.toPlainText() == "D1: Vi saknar en gemensam bild av målgruppen."
    results.notes_block.setCurrentIndex(1)
    assert (
        results.participant_notes.toPlainText() == "Ingen deltagare har skrivit någon anteckning för det här blocket."
    )
    assert not results.include_notes.isChecked()
    results.include_notes.click()
    fake_dialogs.save_report(tmp_path / "med-anteckningar.pdf")
    results.pdf_button.click()
    text = _pdf_text(tmp_path / "med-anteckningar.pdf")
    assert "Deltagarnas anteckningar:" in text
    assert "D1: Vi saknar en gemensam bild av målgruppen." in text
    assert "D4: Mötena blir ofta informationsmöten." in text


def test_typing_a_note_does_not_recompute_the_statistics(qtbot, workshop: WorkshopWindow) -> None:
    workshop.session.open(EXAMPLE)
    workshop.tabs.setCurrentIndex(RESULTS_TAB)
    results = workshop.results
    results.lower_tabs.setCurrentIndex(2)
    before = results.refresh_count
    notes_seen: list[int] = []
    workshop.session.notes_changed.connect(lambda: notes_seen.append(1))
    results.notes_edit.setFocus()
    qtbot.keyClicks(results.notes_edit, "Tydligare mål")
    assert workshop.session.group.notes["startforhallanden"] == "Tydligare mål"
    assert len(notes_seen) == len("Tydligare mål")
    assert results.refresh_count == before
    # An answer does recompute them.
    workshop.session.update(workshop.session.group.with_answer("D1", "start-1", 5))
    assert results.refresh_count == before + 1


@pytest.mark.parametrize(("choice", "separator", "mean"), [(None, ";", "3,86"), (1, ",", "3.86")])
def test_csv_number_format_is_chosen_in_the_save_dialog(
    workshop: WorkshopWindow, fake_dialogs, tmp_path: Path, choice, separator: str, mean: str
) -> None:
    workshop.session.open(EXAMPLE)
    target = tmp_path / "grupp.csv"

    def answer(_parent, _caption, _folder, choices: list[str], selected: str):  # type: ignore[no-untyped-def]
        assert choices == [
            "Svenskt Excel: semikolon och decimalkomma (*.csv)",
            "English Excel: comma and point (*.csv)",
        ]
        assert selected == choices[0]  # the UI's language decides the default
        return target, selected if choice is None else choices[choice]

    fake_dialogs.answer_with("save_file_name_with_choice", answer)
    workshop.commands.export_csv_people.trigger()
    with target.open(encoding="utf-8-sig", newline="") as stream:
        rows = list(csv.reader(stream, delimiter=separator))
    header = rows[0]
    first = dict(zip(header, rows[1], strict=True))
    assert first["Medel"] == mean  # Swedish words either way: the UI language
    assert first["Samsyn"] == ("0,801" if separator == ";" else "0.801")
    total = next(row for row in rows if row[2] == "total")
    assert total[-7:] == ["56", "65", "68", "67", "77", "66", "71"]


def test_file_dialogs_start_where_that_kind_of_file_was_last_saved(
    workshop: WorkshopWindow, fake_dialogs, tmp_path: Path
) -> None:
    reports, forms = tmp_path / "rapporter", tmp_path / "blanketter"
    reports.mkdir()
    forms.mkdir()
    fake_dialogs.save_report(reports / "a.pdf", None)
    fake_dialogs.answer("save_file_name", forms / "blankett.pdf", None)
    workshop.commands.export_pdf.trigger()
    workshop.commands.blank_form_sv.trigger()
    workshop.commands.export_pdf.trigger()
    workshop.commands.blank_form_sv.trigger()
    report_starts = [Path(args[2]).parent for args in fake_dialogs.called("save_file_name_with_choice")]
    form_starts = [Path(args[2]).parent for args in fake_dialogs.called("save_file_name")]
    assert report_starts[1:] == [reports] and form_starts[1:] == [forms]


def test_blank_form_from_the_workshop_is_prefilled_and_one_page(
    workshop: WorkshopWindow, fake_dialogs, tmp_path: Path
) -> None:
    workshop.session.open(EXAMPLE)
    workshop.tabs.setCurrentIndex(RESULTS_TAB)
    fake_dialogs.answer("save_file_name", tmp_path / "blankett.pdf")
    workshop.results.blank_form_button.click()
    reader = PdfReader(tmp_path / "blankett.pdf")
    assert len(reader.pages) == 1
    assert "Samverkan kring unga i Norrby" in reader.pages[0].extract_text()
    # Said as in the main window: the status line and the notice.
    assert workshop.statusBar().currentMessage() == f"Tom svarsblankett sparad i {tmp_path / 'blankett.pdf'}"
    assert workshop.export_notice.label.text() == "Sparade blankett.pdf"


def test_blank_form_from_the_main_windows_file_menu(window, fake_dialogs, tmp_path: Path, questionnaire) -> None:
    window.start_new(questionnaire, {"collaboration": "Näringslivsrådet i Storby"})
    action = window.commands.blank_form
    assert action in window.file_menu.actions()
    assert action.text() == "Skriv ut en tom &svarsblankett…"
    fake_dialogs.answer("save_file_name", tmp_path / "blankett")
    action.trigger()
    text = _pdf_text(tmp_path / "blankett.pdf")
    assert "Svarsblankett" in text
    assert "Näringslivsrådet i Storby" in text
    assert "Blank" not in window.statusBar().currentMessage()
    assert "svarsblankett sparad" in window.statusBar().currentMessage()


def test_undo_and_redo_typed_answers(qtbot, workshop: WorkshopWindow) -> None:
    grid = workshop.grid
    workshop.commands.add_participant.trigger()
    grid.go_to(0, 0)
    grid.setFocus()
    qtbot.keyClicks(grid, "425")
    answers = lambda: dict(workshop.session.group.participant("D1").answers)  # noqa: E731
    assert answers() == {"start-1": 4, "start-2": 2, "start-3": 5}
    qtbot.keyClick(grid, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert answers() == {"start-1": 4, "start-2": 2}
    assert grid.currentIndex().row() == 2  # the undone cell is shown
    qtbot.keyClick(grid, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(grid, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert answers() == {}
    qtbot.keyClick(grid, Qt.Key.Key_Y, Qt.KeyboardModifier.ControlModifier)
    assert answers() == {"start-1": 4}
    # Overwriting and emptying are undone too.
    grid.go_to(0, 0)
    qtbot.keyClick(grid, Qt.Key.Key_Delete)
    assert answers() == {}
    qtbot.keyClick(grid, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert answers() == {"start-1": 4}


@pytest.mark.parametrize("name", PALETTES)
def test_entry_grid_cells_readable_in_every_palette(workshop: WorkshopWindow, name: str) -> None:
    """The typed digit on both block shades meets WCAG AA (4.5:1) in light, dark and high contrast."""
    grid = workshop.grid
    workshop.commands.add_participant.trigger()
    grid.setPalette(palette_of(PALETTES[name]))
    model = grid.entry_model
    first_block_row, second_block_row = 0, len(workshop.session.questionnaire.blocks[0].questions)
    for row in (first_block_row, second_block_row):
        option = QStyleOptionViewItem()
        option.palette = grid.palette()
        grid.itemDelegate().initStyleOption(option, model.index(row, 0))
        background = option.backgroundBrush.color()
        text = option.palette.color(QPalette.ColorGroup.Active, QPalette.ColorRole.Text)
        assert background.alpha() == 255
        assert contrast(text, background) >= 4.5, f"{name}, row {row}: {text.name()} on {background.name()}"
    # The two shades differ: the blocks stay apart (in high contrast they may be the same colour).
    option_a, option_b = QStyleOptionViewItem(), QStyleOptionViewItem()
    for option, row in ((option_a, first_block_row), (option_b, second_block_row)):
        option.palette = grid.palette()
        grid.itemDelegate().initStyleOption(option, model.index(row, 0))
    if not name.startswith("high-contrast"):
        assert option_a.backgroundBrush.color() != option_b.backgroundBrush.color()
    assert QColor(PALETTES[name][QPalette.ColorRole.Base]) == option_a.backgroundBrush.color()


def test_question_text_is_not_cut_where_there_is_room(qtbot, workshop: WorkshopWindow) -> None:
    workshop.session.open(EXAMPLE)
    workshop.tabs.setCurrentIndex(ENTRY_TAB)
    grid = workshop.grid
    header = grid.verticalHeader()
    longest = max(
        range(grid.entry_model.rowCount()), key=lambda r: len(grid.entry_model.headerData(r, Qt.Orientation.Vertical))
    )
    text = grid.entry_model.headerData(longest, Qt.Orientation.Vertical)
    assert "…" not in text  # the whole question, not a 40-character stub
    # Seven participants leave room: the header is wide enough for the text on one or two lines.
    qtbot.waitUntil(lambda: header.sectionSize(longest) >= header.fontMetrics().height())
    lines = -(-header.fontMetrics().horizontalAdvance(text) // (header.width() - 12))
    assert header.sectionSize(longest) >= lines * header.fontMetrics().height()
    assert grid.entry_model.headerData(longest, Qt.Orientation.Vertical, Qt.ItemDataRole.ToolTipRole).endswith(
        text.split(": ", 1)[1]
    )
    # Group tables: the question column takes the room, the n column only what it needs.
    workshop.tabs.setCurrentIndex(RESULTS_TAB)
    workshop.results.lower_tabs.setCurrentIndex(1)
    table = workshop.results.question_table
    qtbot.waitUntil(lambda: table.columnWidth(1) > 300)
    assert table.columnWidth(5) < 60
    for row in range(table.rowCount()):
        item = table.item(row, 1)
        needed = table.fontMetrics().horizontalAdvance(item.text())
        lines = -(-needed // max(1, table.columnWidth(1) - 8))
        assert table.rowHeight(row) >= lines * table.fontMetrics().lineSpacing() - 2, item.text()


def test_titles_use_one_dash_style(qtbot, workshop: WorkshopWindow) -> None:
    workshop.session.open(EXAMPLE)
    projector = workshop.show_projector(full_screen=False)
    try:
        assert projector.windowTitle() == "Projektor – Samverkan kring unga i Norrby"
        assert workshop.windowTitle() == "Workshop – workshop-7.samverkan-grupp[*] – Samverkan"
        for title in (projector.windowTitle(), workshop.windowTitle()):
            assert " — " not in title and " - " not in title
    finally:
        projector.close()


def test_session_signals_say_what_changed(qapp) -> None:
    from samverkan_gui.ui.workshop.session import GroupSession

    session = GroupSession()
    seen: list[str] = []
    names = (
        "answers_changed",
        "notes_changed",
        "details_changed",
        "plan_changed",
        "document_changed",
        "participants_changed",
        "document_replaced",
    )
    for name in names:
        getattr(session, name).connect(lambda name=name: seen.append(name))
    session.update(session.group.with_participant())
    assert seen == ["participants_changed", "answers_changed", "details_changed", "document_changed"]
    seen.clear()
    session.update(session.group.with_answer("D1", "start-1", 3))
    assert seen == ["answers_changed", "document_changed"]
    seen.clear()
    session.update(session.group.with_note("utfall", "Bra"))
    assert seen == ["notes_changed", "document_changed"]
    seen.clear()
    session.update(session.group.with_participant_details("D1", notes={"utfall": "Egen"}))
    assert seen == ["notes_changed", "document_changed"]
    seen.clear()
    session.update(session.group.with_details(collaboration="Norrby"))
    assert seen == ["details_changed", "document_changed"]
    seen.clear()
    session.set_plan([BlockPlan("utfall", why="Bättre möten")])
    assert seen == ["plan_changed", "document_changed"]
    seen.clear()
    session.update(session.group)  # no change, no signal
    assert seen == []
    session.replace(session.group.with_participant())  # a whole new group: views rebuild
    assert seen == ["document_replaced", "document_changed"]


def test_main_window_pdf_export_offers_to_open_it(
    qtbot, window, fake_dialogs, tmp_path: Path, questionnaire, opened: list[Path]
) -> None:
    from samverkan_gui.ui.main_window import View

    window.start_new(questionnaire, {"collaboration": "Storby"})
    for question_id in questionnaire.question_ids:
        window.session.set_answer(question_id, 4)
    window.show_view(View.RESULTS)
    fake_dialogs.save_report(tmp_path / "storby.pdf")
    window.commands.export_pdf.trigger()
    notice = window.export_notice
    qtbot.waitUntil(notice.isVisible)
    assert notice.label.text() == "Sparade storby.pdf"
    assert_clear(window, "results after an export")
    notice.open_button.click()
    assert opened == [(tmp_path / "storby.pdf").resolve()]
    window.show_view(View.EDITOR)
    assert not notice.isVisible()
