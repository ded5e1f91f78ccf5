"""One numbering: the same question has the same label in every output.

The question followed here is design-3, the third question of the second block: the source
prints it as question 3 of 5 under its block, so every output calls it "Fråga 2.3" (never 8,
its place among all 21). Each output is read as a user meets it: the window's labels, the
PDFs read back with pypdf, the Word reports with python-docx, the CSV's cells, the
projector's slide, the command line's text and JSON.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import re
import subprocess
import sys
from pathlib import Path

import docx
import pytest
from pypdf import PdfReader

from samverkan_gui.core.assessment import Assessment, save_assessment
from samverkan_gui.core.group import Group, Participant
from samverkan_gui.core.group_file import save_group
from samverkan_gui.present.questions import question_label, question_place
from tests.conftest import REPO
from tests.ui.conftest import forget_changes

QUESTION = "design-3"
LABEL = "Fråga 2.3"
COLLABORATION = "Samverkan kring unga i Norrby"


def _answers(questionnaire, value: int, **special: int) -> dict[str, int]:  # type: ignore[no-untyped-def]
    answers = dict.fromkeys(questionnaire.question_ids, 4)
    answers.update({key.replace("_", "-"): v for key, v in special.items()})
    return answers | {QUESTION: value}


@pytest.fixture
def files(tmp_path: Path, questionnaire) -> dict[str, Path]:  # type: ignore[no-untyped-def]
    """Last year's assessment (design-3 the lowest), this year's (it moved most) and a split group."""
    earlier = Assessment(
        questionnaire.id,
        questionnaire.version,
        answers=_answers(questionnaire, 1),
        collaboration=COLLABORATION,
        date=dt.date(2025, 3, 6),
    )
    later = Assessment(
        questionnaire.id,
        questionnaire.version,
        answers=_answers(questionnaire, 5),
        collaboration=COLLABORATION,
        date=dt.date(2026, 3, 6),
    )
    group = Group(
        questionnaire.id,
        questionnaire.version,
        participants=(
            Participant("D1", _answers(questionnaire, 1)),
            Participant("D2", _answers(questionnaire, 5)),
            Participant("D3", _answers(questionnaire, 1)),
            Participant("D4", _answers(questionnaire, 5)),
        ),
        collaboration=COLLABORATION,
        date=dt.date(2026, 4, 1),
    )
    paths = {
        "earlier": tmp_path / "2025.samverkan",
        "later": tmp_path / "2026.samverkan",
        "group": tmp_path / "verkstad.samverkan-grupp",
    }
    save_assessment(paths["earlier"], earlier, questionnaire)
    save_assessment(paths["later"], later, questionnaire)
    save_group(paths["group"], group, questionnaire)
    return paths


def _pdf(path: Path) -> str:
    return re.sub(r"\s+", " ", " ".join(page.extract_text() for page in PdfReader(path).pages))


def _word(path: Path) -> str:
    """Every paragraph and table cell of a Word document, in reading order enough to find a label."""
    document = docx.Document(str(path))
    cells = [cell.text for table in document.tables for row in table.rows for cell in row.cells]
    return re.sub(r"\s+", " ", " ".join([p.text for p in document.paragraphs] + cells))


def _run(*args: str) -> str:
    done = subprocess.run(
        [sys.executable, "-m", "samverkan_gui", *args], capture_output=True, text=True, cwd=REPO, check=True
    )
    return done.stdout


def test_the_label_is_the_sources_numbering(questionnaire) -> None:
    place = question_place(questionnaire, QUESTION)
    assert (place.block_number, place.number, place.block_size) == (2, 3, 5)
    assert question_label(questionnaire, QUESTION, "sv") == LABEL
    assert question_label(questionnaire, QUESTION, "en") == "Question 2.3"
    assert question_label(questionnaire, "process-10", "sv") == "Fråga 3.10"


def test_window_pdfs_csv_projector_and_command_line_call_it_the_same(
    window, qtbot, questionnaire, files: dict[str, Path], tmp_path: Path
) -> None:
    from samverkan_gui.core.assessment import load_assessment
    from samverkan_gui.core.compare import compare, load_for_compare
    from samverkan_gui.core.group_file import load_group
    from samverkan_gui.report.blank_form import write_blank_form
    from samverkan_gui.report.compare_pdf import write_compare_pdf
    from samverkan_gui.report.formats import write_assessment_report, write_compare_report, write_group_report
    from samverkan_gui.report.group_csv import group_csv_text
    from samverkan_gui.report.group_pdf import write_group_pdf
    from samverkan_gui.report.pdf import write_assessment_pdf
    from samverkan_gui.ui.compare_view import CompareWindow
    from samverkan_gui.ui.main_window import View
    from samverkan_gui.ui.workshop.window import WorkshopWindow

    seen: dict[str, str] = {}

    # The question page: block 2 of 4, question 3 of 5 (the label's two numbers).
    earlier = load_assessment(files["earlier"])
    window.start_new(questionnaire, {"collaboration": COLLABORATION})
    for question_id, value in earlier.answers.items():
        window.session.set_answer(question_id, value)
    editor = window.editor_view
    editor.go_to(1)
    page = editor.current_page()
    assert page is not None
    box = next(group for group in page.groups if group.question.id == QUESTION)
    seen["page"] = f"{editor.step_label.text()} / {box.title()}"
    assert seen["page"] == "Block 2 av 4 / Fråga 3 av 5"

    # The results page's lowest-rated questions.
    editor.request_results()
    assert window.current_view() == View.RESULTS
    lowest = window.results_view.next_steps.lowest_label.text()
    assert lowest.startswith(f"{LABEL}: ")
    seen["lowest list"] = lowest

    # Every PDF: the single report (lowest table and answers), group report, comparison, blank form.
    single = tmp_path / "en.pdf"
    write_assessment_pdf(earlier, questionnaire, single, lang="sv")
    seen["single PDF"] = _pdf(single)
    assert seen["single PDF"].count(f"{LABEL} ") == 2  # the lowest-rated table and the answers table
    group = load_group(files["group"])
    group_pdf = tmp_path / "grupp.pdf"
    write_group_pdf(group, questionnaire, group_pdf, lang="sv")
    seen["group PDF"] = _pdf(group_pdf)
    comparison = compare(load_for_compare([files["earlier"], files["later"]]))
    compare_pdf = tmp_path / "jämförelse.pdf"
    write_compare_pdf(comparison, compare_pdf, lang="sv")
    seen["comparison PDF"] = _pdf(compare_pdf)
    form = tmp_path / "blankett.pdf"
    write_blank_form(questionnaire, form, "sv")
    seen["blank form"] = _pdf(form)

    # The Word reports: the same tables as the PDFs.
    write_assessment_report(earlier, questionnaire, tmp_path / "rapport.docx", "sv")
    seen["single Word"] = _word(tmp_path / "rapport.docx")
    assert seen["single Word"].count(f"{LABEL} ") == 2
    write_group_report(group, questionnaire, tmp_path / "grupp.docx", "sv")
    seen["group Word"] = _word(tmp_path / "grupp.docx")
    write_compare_report(comparison, tmp_path / "jämförelse.docx", "sv")
    seen["comparison Word"] = _word(tmp_path / "jämförelse.docx")

    # The CSV: the label beside the stable id.
    rows = list(csv.reader(io.StringIO(group_csv_text(group, questionnaire, "sv")), delimiter=";"))
    row = next(row for row in rows if QUESTION in row)
    assert row[0] == LABEL and row[2] == QUESTION
    seen["CSV"] = row[0]

    # The workshop: entry grid, results table, projector; the comparison window.
    workshop = WorkshopWindow(check_recovery=False)
    try:
        workshop.show()
        assert workshop.open_path(files["group"])
        model = workshop.grid.entry_model
        row_index = next(r for r in range(model.rowCount()) if model.question_id_at(r) == QUESTION)
        seen["entry grid"] = model.headerData(row_index, _vertical())
        table = workshop.results.question_table
        workshop.tabs.setCurrentIndex(1)  # the results tab draws when shown
        seen["workshop results"] = next(
            table.item(r, 0).text() for r in range(table.rowCount()) if _question_text(questionnaire) in _row(table, r)
        )
        projector = workshop.show_projector(full_screen=False)
        slide = next(i for i, s in enumerate(projector.slides) if s.question and s.question.question.id == QUESTION)
        projector.go_to(slide)
        seen["projector"] = projector.body.text()
        projector.close()
    finally:
        forget_changes(workshop.session)
        workshop.close()
        workshop.deleteLater()
    view = CompareWindow(window)
    try:
        assert view.load([files["earlier"], files["later"]])
        seen["comparison window"] = view.moved_label.text()
    finally:
        view.close()

    # The command line, text and JSON.
    seen["CLI compare"] = _run("compare", str(files["earlier"]), str(files["later"]), "--lang", "sv")
    compare_json = json.loads(_run("compare", str(files["earlier"]), str(files["later"]), "--json", "--lang", "sv"))
    seen["CLI compare JSON"] = next(q["label"] for q in compare_json["changes"]["questions"] if q["id"] == QUESTION)
    seen["CLI group"] = _run("score", str(files["group"]), "--lang", "sv")
    group_json = json.loads(_run("score", str(files["group"]), "--json", "--lang", "sv"))
    seen["CLI group JSON"] = next(q["label"] for q in group_json["questions"] if q["id"] == QUESTION)
    seen["CLI questionnaire"] = _run("questionnaire", "--lang", "sv")

    text = _question_text(questionnaire)
    for output, shown in seen.items():
        if output == "page":
            continue
        assert LABEL in shown, output
        # Never the old running number: "8." or a lone 8 in a number column beside the question.
        assert not re.search(rf"(?<![\d.,])8\.? {re.escape(text)}", shown), output


def _question_text(questionnaire) -> str:  # type: ignore[no-untyped-def]
    return questionnaire.question(QUESTION).text.get("sv")


def _vertical():  # type: ignore[no-untyped-def]
    from PySide6.QtCore import Qt

    return Qt.Orientation.Vertical


def _row(table, row: int) -> str:  # type: ignore[no-untyped-def]
    return " ".join(table.item(row, c).text() for c in range(table.columnCount()) if table.item(row, c))
