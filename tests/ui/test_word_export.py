"""The report as Word from the windows: Arkiv → Exportera → PDF… / Word…, the buttons that offer both,
the save dialog that remembers the format, and the Word file read back.

Driven as a user would, in Swedish, with the save dialog patched through ``samverkan_gui.ui.dialogs``
(tests/ui/conftest.py): a dialog's arguments are (parent, caption, suggested path, file types, the
type offered first).
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import docx
import pytest
from PySide6.QtCore import Qt

from samverkan_gui.core.assessment import Assessment, save_assessment
from samverkan_gui.core.file_kinds import ReportFormat
from samverkan_gui.ui import settings
from samverkan_gui.ui.compare_view import CompareWindow
from samverkan_gui.ui.main_window import View
from samverkan_gui.ui.workshop.window import RESULTS_TAB, WorkshopWindow
from tests.ui.conftest import forget_changes, press

REPO = Path(__file__).resolve().parents[2]
PDF_TYPE = "PDF-filer (*.pdf)"
WORD_TYPE = "Word-dokument (*.docx)"

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")


def _answered(window, questionnaire, value: int = 4) -> None:  # type: ignore[no-untyped-def]
    window.start_new(questionnaire, {"collaboration": "Storby"})
    for question_id in questionnaire.question_ids:
        window.session.set_answer(question_id, value)
    window.show_view(View.RESULTS)


def _paragraphs(path: Path) -> list[str]:
    return [paragraph.text for paragraph in docx.Document(str(path)).paragraphs]


def test_file_export_word_writes_the_report_as_word(window, qtbot, fake_dialogs, questionnaire, tmp_path) -> None:
    _answered(window, questionnaire)
    menu = window.export_menu
    assert menu.title() == "&Exportera"
    assert [action.text() for action in menu.actions()] == ["&PDF…", "&Word…"]
    assert window.commands.export_pdf.shortcut().toString() == "Ctrl+E"
    fake_dialogs.save_report(tmp_path / "storby")  # typed without a suffix
    window.commands.export_word.trigger()
    [(_parent, caption, suggested, types, first)] = fake_dialogs.called("save_file_name_with_choice")
    assert caption == "Exportera rapporten"
    assert types == [PDF_TYPE, WORD_TYPE] and first == WORD_TYPE
    assert suggested.endswith(".docx")
    written = tmp_path / "storby.docx"
    paragraphs = _paragraphs(written)
    assert paragraphs[0] == "Testa din samverkan!"
    assert "84 av 105 poäng" in paragraphs
    assert window.statusBar().currentMessage() == f"Word-dokument sparat i {written}"
    qtbot.waitUntil(window.export_notice.isVisible)
    assert window.export_notice.label.text() == "Sparade storby.docx"
    assert settings.REPORT_FORMAT.get() is ReportFormat.WORD


def test_the_results_button_offers_both_and_remembers_the_last_format(
    window, qtbot, fake_dialogs, questionnaire, tmp_path
) -> None:
    _answered(window, questionnaire)
    button = window.results_view.export_button
    assert button.text() == "&Exportera PDF eller Word…"
    # First time: PDF is offered first. The user picks Word in the dialog (the name still says .pdf).
    fake_dialogs.answer_with("save_file_name_with_choice", lambda *args: (tmp_path / "rapport.pdf", WORD_TYPE))
    button.click()
    assert fake_dialogs.called("save_file_name_with_choice")[0][4] == PDF_TYPE
    assert not (tmp_path / "rapport.pdf").exists()
    assert "84 av 105 poäng" in _paragraphs(tmp_path / "rapport.docx")  # the type chosen is what is written
    # Next time the dialog offers Word first, also after a restart (the setting, not the window, remembers).
    fake_dialogs.save_report(None)
    button.click()
    (_parent, _caption, suggested, _types, first) = fake_dialogs.called("save_file_name_with_choice")[1]
    assert first == WORD_TYPE and suggested.endswith(".docx")
    assert settings.store().value("report_format") == "docx"
    # Ctrl+E is PDF whatever was written last.
    fake_dialogs.save_report(tmp_path / "rapport")
    press(qtbot, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    assert fake_dialogs.called("save_file_name_with_choice")[2][4] == PDF_TYPE
    assert (tmp_path / "rapport.pdf").read_bytes().startswith(b"%PDF")


def test_a_damaged_format_setting_falls_back_to_pdf(window, fake_dialogs, questionnaire) -> None:
    settings.store().setValue("report_format", "odt")
    assert settings.REPORT_FORMAT.get() is ReportFormat.PDF
    _answered(window, questionnaire)
    fake_dialogs.save_report(None)
    assert not window.export_report()
    assert fake_dialogs.called("save_file_name_with_choice")[0][4] == PDF_TYPE


def test_replacing_a_word_file_the_dialog_did_not_name_is_asked(window, fake_dialogs, questionnaire, tmp_path) -> None:
    _answered(window, questionnaire)
    existing = tmp_path / "rapport.docx"
    existing.write_bytes(b"kept")
    fake_dialogs.save_report(tmp_path / "rapport")  # the suffix is added: the dialog could not ask
    fake_dialogs.answer("ask_yes_no", False)
    assert not window.export_word()
    assert existing.read_bytes() == b"kept"
    assert fake_dialogs.asked() == ["rapport.docx finns redan. Vill ni ersätta den?"]


@pytest.fixture
def workshop(qtbot, app_language, fake_dialogs):  # type: ignore[no-untyped-def]
    window = WorkshopWindow(check_recovery=False)
    window.resize(1024, 768)
    window.show()
    qtbot.waitExposed(window)
    yield window
    forget_changes(window.session)
    window.close()
    window.deleteLater()
    qtbot.wait(1)


def test_the_workshop_writes_its_group_report_as_word(workshop, fake_dialogs, tmp_path) -> None:
    workshop.session.open(REPO / "examples" / "workshop-7.samverkan-grupp")
    assert workshop.commands.export_word.text() == "Grupprapport (&Word)…"
    fake_dialogs.save_report(tmp_path / "grupp")
    workshop.commands.export_word.trigger()
    assert fake_dialogs.called("save_file_name_with_choice")[0][4] == WORD_TYPE
    assert "Medelsumma 67,1 av 105 poäng" in _paragraphs(tmp_path / "grupp.docx")
    # The results tab's button offers both, Word first now.
    workshop.tabs.setCurrentIndex(RESULTS_TAB)
    assert workshop.results.pdf_button.text() == "Grupp&rapport (PDF eller Word)…"
    fake_dialogs.save_report(None)
    workshop.results.pdf_button.click()
    assert fake_dialogs.called("save_file_name_with_choice")[1][4] == WORD_TYPE


def _save(path: Path, year: int, value: int, questionnaire) -> Path:  # type: ignore[no-untyped-def]
    answers = dict.fromkeys(questionnaire.question_ids, value)
    save_assessment(
        path, Assessment(questionnaire.id, questionnaire.version, answers, date=dt.date(year, 3, 1)), questionnaire
    )
    return path


def test_the_comparison_window_offers_both(window, fake_dialogs, questionnaire, tmp_path) -> None:
    files = [
        _save(tmp_path / f"{year}.samverkan", year, value, questionnaire) for year, value in ((2024, 2), (2026, 4))
    ]
    fake_dialogs.answer("open_file_names", files)
    window.commands.compare.trigger()
    (view,) = [w for w in window.findChildren(CompareWindow) if w.isVisible()]
    assert view.export_button.text() == "&Exportera PDF eller Word…"
    fake_dialogs.answer_with("save_file_name_with_choice", lambda *args: (Path(args[2]), WORD_TYPE))
    view.export_button.click()
    (_parent, caption, suggested, types, first) = fake_dialogs.called("save_file_name_with_choice")[0]
    assert caption == "Exportera jämförelsen" and types == [PDF_TYPE, WORD_TYPE] and first == PDF_TYPE
    written = Path(suggested).with_suffix(".docx")
    # Named after what is compared, its letters kept (these files name no collaboration).
    assert written.name == "Jämförelse.docx"
    assert _paragraphs(written)[0] == "Jämförelse över tid"
    assert view.statusBar().currentMessage() == f"Word-dokument sparat i {written}"
