""" "Lägst skattade frågor" says the same in the window, the PDF and the command line.

Hand-made answer sets: a tie the list of five cannot hold (it is counted, never hidden),
and every answer equal (no list: it is said instead).
"""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest
from pypdf import PdfReader

from samverkan_gui.cli import main
from samverkan_gui.core.assessment import Assessment, load_assessment, save_assessment
from samverkan_gui.report.pdf import write_assessment_pdf
from samverkan_gui.ui.main_window import View

TIE = {4: 1, 8: 2, 12: 2, 15: 2, 18: 2, 20: 2}  # question 20 has the same answer as 15


def _saved(tmp_path: Path, questionnaire, values: dict[int, int], default: int) -> Path:  # type: ignore[no-untyped-def]
    assessment = Assessment.new(questionnaire, collaboration="Lägst")
    for number, question_id in enumerate(questionnaire.question_ids, start=1):
        assessment = assessment.with_answer(question_id, values.get(number, default))
    path = tmp_path / "lagst.samverkan"
    save_assessment(path, assessment, questionnaire)
    return path


def _window_lines(window, qtbot, path: Path) -> tuple[list[str], str]:  # type: ignore[no-untyped-def]
    assert window.open_path(path)
    window.show_view(View.RESULTS)
    steps = window.results_view.next_steps
    qtbot.waitUntil(lambda: steps.lowest_label.text() != "")
    caption = steps.lowest_caption.text() if steps.lowest_caption.isVisibleTo(window) else ""
    return steps.lowest_label.text().splitlines(), caption


def _pdf_section(path: Path, questionnaire) -> str:  # type: ignore[no-untyped-def]
    stream = io.BytesIO()
    write_assessment_pdf(load_assessment(path), questionnaire, stream, lang="sv")
    text = " ".join(" ".join(page.extract_text().split()) for page in PdfReader(stream).pages)
    start = text.index("Lägst skattade frågor")
    return text[start : text.index("Svar per fråga", start)]


def _cli(path: Path, capsys: pytest.CaptureFixture[str], *args: str) -> str:
    assert main(["score", str(path), "--lang", "sv", *args]) == 0
    return capsys.readouterr().out


def test_a_tie_is_counted_the_same_way_everywhere(window, qtbot, tmp_path, questionnaire, capsys):
    path = _saved(tmp_path, questionnaire, TIE, 4)
    question = {n: questionnaire.questions[n - 1].text.get("sv") for n in (4, 8, 12, 15, 18, 20)}
    # Each named as the source numbers it (block.question), the same in every output.
    label = {4: "Fråga 1.4", 8: "Fråga 2.3", 12: "Fråga 3.2", 15: "Fråga 3.5", 18: "Fråga 3.8"}
    more = "… och 1 till med svar 2"
    # The window: five questions, then the count of the one left out.
    lines, caption = _window_lines(window, qtbot, path)
    numbered = [line for line in lines if not line.startswith(" ")]
    assert numbered[:-1] == [f"{label[n]}: {question[n]}" for n in (4, 8, 12, 15, 18)]
    assert numbered[-1] == more
    assert caption.startswith("Frågorna med de tre lägsta svaren och alla med samma svar som den tredje")
    # The PDF: the same five, the same count, the same caption.
    section = _pdf_section(path, questionnaire)
    assert all(question[n] in section and label[n] in section for n in (4, 8, 12, 15, 18))
    assert question[20] not in section
    assert more in section and caption in section
    # The command line: text and JSON.
    text = _cli(path, capsys)
    for n in (4, 8, 12, 15, 18):
        assert f"{label[n]}: {question[n]}" in text
    assert question[20] not in text
    assert text.rstrip().endswith(more) and caption in text
    data = json.loads(_cli(path, capsys, "--json"))["lowest"]
    assert [q["number"] for q in data["questions"]] == [4, 8, 12, 15, 18]
    assert [q["label"] for q in data["questions"]] == [label[n] for n in (4, 8, 12, 15, 18)]
    assert data["more"] == {"count": 1, "value": 2} and data["all_equal"] is None


def test_all_answers_equal_lists_nothing_and_says_so_everywhere(window, qtbot, tmp_path, questionnaire, capsys):
    path = _saved(tmp_path, questionnaire, {}, 3)
    said = "Alla frågor har samma svar (3): ingen är lägre skattad än någon annan."
    lines, caption = _window_lines(window, qtbot, path)
    assert lines == [said] and caption == ""
    section = _pdf_section(path, questionnaire)
    assert said in section
    assert questionnaire.questions[0].text.get("sv") not in section  # no question 1–5 as if a finding
    text = _cli(path, capsys)
    assert text.rstrip().endswith(f"Lägst skattade frågor\n{said}")
    data = json.loads(_cli(path, capsys, "--json"))["lowest"]
    assert data == {"questions": [], "more": None, "all_equal": 3}
