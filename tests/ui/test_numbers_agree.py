"""The window's table, the PDF, the Word report and ``samverkan score --json`` show the same numbers.

The questionnaires are made so that shares land exactly on a half (25 of 40 = 62.5 %),
where two rounding rules (half to even, half up) would disagree: every output must show 63 %.
"""

from __future__ import annotations

import io
import json
import os
import re
import subprocess
import sys
from pathlib import Path

import docx
import pytest
from pypdf import PdfReader

from samverkan_gui.core.assessment import Assessment, save_assessment
from samverkan_gui.core.loader import load_questionnaire
from samverkan_gui.report.pdf import write_assessment_pdf
from samverkan_gui.report.word import write_assessment_docx
from tests.conftest import REPO


def _questionnaire_yaml(blocks: dict[str, list[int]], split: int) -> str:
    """A questionnaire with one block per entry (its answers give the question count).

    Totals up to ``split`` get advice that names no block (so the weakest-block sentence shows).
    """
    questions = sum(len(values) for values in blocks.values())
    lines = [
        "format: samverkan-questionnaire",
        "format_version: 1",
        f"id: halva-{questions}",
        "version: 1",
        "languages: [sv, en]",
        "title: {sv: Halva poäng, en: Half points}",
        "credit: {sv: Test, en: Test}",
        "scale:",
        "  min: 1",
        "  max: 5",
        "  labels:",
        *[f"    {v}: {{sv: Steg {v}, en: Step {v}}}" for v in range(1, 6)],
        "blocks:",
    ]
    for block_id, values in blocks.items():
        lines += [
            f"  - id: {block_id}",
            f"    title: {{sv: BLOCK {block_id.upper()}, en: BLOCK {block_id.upper()}}}",
            f"    name: {{sv: block {block_id}, en: block {block_id}}}",
            "    lead_in: {sv: I vilken grad, en: To what extent}",
            "    questions:",
        ]
        for number in range(1, len(values) + 1):
            lines.append(f"      - {{id: {block_id}-{number}, text: {{sv: Fråga {number}, en: Question {number}}}}}")
    lines += [
        "bands:",
        f"  - {{min: {questions}, max: {split}, advice: {{sv: Lågt., en: Low.}}}}",
        f"  - {{min: {split + 1}, max: {questions * 5}, advice: {{sv: 'Titta på {{weakest_blocks}}.', en: 'See {{weakest_blocks}}.'}}}}",
    ]
    return "\n".join(lines) + "\n"


CASES = {
    # 8 questions, 40 points; 25 points = 62.5 %.
    "40-points": ({"a": [4, 3, 3, 3], "b": [3, 3, 3, 3]}, 30),
    # 16 questions; blocks at 25/40 = 62.5 % and 21/40 = 52.5 %, total 46/80 = 57.5 %.
    "80-points": ({"a": [4, 3, 3, 3, 3, 3, 3, 3], "b": [3, 3, 3, 3, 3, 2, 2, 2]}, 60),
}
EXPECTED = {"40-points": ([65, 60], 63), "80-points": ([63, 53], 58)}


def _flat(text: str) -> str:
    return re.sub(r"\s+", " ", text)


@pytest.mark.parametrize("case", sorted(CASES))
def test_window_pdf_and_json_show_the_same_numbers(case: str, window, tmp_path: Path, monkeypatch) -> None:
    blocks, split = CASES[case]
    folder = tmp_path / "questionnaires"
    folder.mkdir()
    source = folder / "halva.yaml"
    source.write_text(_questionnaire_yaml(blocks, split), encoding="utf-8")
    questionnaire = load_questionnaire(source)
    answers = {f"{block_id}-{n}": value for block_id, values in blocks.items() for n, value in enumerate(values, 1)}
    block_percents, total_percent = EXPECTED[case]

    # The window, as a user fills it in (the questionnaire installed for this test only).
    registry = window.session.registry
    monkeypatch.setattr(registry, "questionnaires", [*registry.questionnaires, questionnaire])
    window.start_new(questionnaire, {"collaboration": "Halva"})
    for question_id, value in answers.items():
        window.session.set_answer(question_id, value)
    window.editor_view.request_results()
    table = window.results_view.table
    window_rows = [[table.item(row, column).text() for column in range(4)] for row in range(table.rowCount())]
    window_weakest = window.results_view.weakest_label.text()

    # The PDF, read back.
    assessment = Assessment(
        questionnaire.id, questionnaire.version, answers=answers, collaboration="Halva", language="sv"
    )
    stream = io.BytesIO()
    write_assessment_pdf(assessment, questionnaire, stream)
    pdf_text = _flat("\n".join(page.extract_text() for page in PdfReader(io.BytesIO(stream.getvalue())).pages))

    # The Word report, read back: its block table, and the weakest-block sentence.
    stream = io.BytesIO()
    write_assessment_docx(assessment, questionnaire, stream)
    word = docx.Document(io.BytesIO(stream.getvalue()))
    word_rows = [[cell.text for cell in row.cells] for row in word.tables[0].rows[1:]]
    word_paragraphs = [paragraph.text for paragraph in word.paragraphs]

    # The command line, as a separate program finds the questionnaire.
    saved = tmp_path / "halva.samverkan"
    save_assessment(saved, assessment, questionnaire)
    env = {**os.environ, "SAMVERKAN_QUESTIONNAIRES": str(folder)}
    done = subprocess.run(
        [sys.executable, "-m", "samverkan_gui", "score", str(saved), "--json"],
        cwd=REPO,
        env=env,
        capture_output=True,
        text=True,
        check=True,
    )
    data = json.loads(done.stdout)

    scores = [sum(values) for values in blocks.values()]
    maxima = [5 * len(values) for values in blocks.values()]
    total = sum(scores)
    assert [block["percent"] for block in data["blocks"]] == block_percents
    assert data["percent"] == total_percent
    for row, block_id in enumerate(blocks):
        expected = [str(scores[row]), str(maxima[row]), f"{block_percents[row]}\u00a0%"]
        assert window_rows[row] == [f"BLOCK {block_id.upper()}", *expected]  # the heading, as in the PDF
        assert _flat(f"BLOCK {block_id.upper()} {' '.join(expected)}") in pdf_text
        assert data["blocks"][row]["score"] == scores[row] and data["blocks"][row]["max"] == maxima[row]
    assert window_rows[-1] == ["Summa", str(total), str(sum(maxima)), f"{total_percent}\u00a0%"]
    # The window names a block by its in-sentence name, the reports by its heading.
    assert word_rows[:-1] == [
        [f"BLOCK {block_id.upper()}", *row[1:]] for block_id, row in zip(blocks, window_rows, strict=False)
    ]
    assert word_rows[-1] == window_rows[-1]
    assert _flat(f"Summa {total} {sum(maxima)} {total_percent}\u00a0%") in pdf_text
    assert data["total"] == total

    # The weakest-block sentence, with its percentage, is the same sentence everywhere.
    assert window_weakest == data["weakest"]
    assert window_weakest.startswith("Lägst andel av maxpoäng har block b (")
    assert _flat(window_weakest) in pdf_text
    assert window_weakest in word_paragraphs


def test_group_window_pdf_csv_and_cli_show_the_same_numbers(qtbot, app_language, questionnaire, tmp_path: Path) -> None:
    """Eight participants, the outcome block (max 5) at 25 of 40 points: a mean of 62.5 % shows as 63 % everywhere."""
    from samverkan_gui.core.group import Group, Participant
    from samverkan_gui.core.group_file import save_group
    from samverkan_gui.report.group_csv import group_csv_text
    from samverkan_gui.report.group_pdf import write_group_pdf
    from samverkan_gui.ui.workshop.results import GroupResultsView
    from samverkan_gui.ui.workshop.session import GroupSession

    group = Group.new(questionnaire, collaboration="Åtta", language="sv")
    for outcome in [4, 3, 3, 3, 3, 3, 3, 3]:
        group = group.with_participant(
            Participant("", {**dict.fromkeys(questionnaire.question_ids, 3), "utfall-1": outcome})
        )
    # Mean 25/8 = 3.125: one decimal 3,1; two decimals (CSV) 3,13, where f"{3.125:.2f}" gives 3.12.
    expected_block = "63\u00a0% (3,1/5)"

    session = GroupSession()
    session.replace(group)
    view = GroupResultsView(session)
    qtbot.addWidget(view)
    view.show()
    qtbot.waitExposed(view)
    row = [b.block.id for b in view.stats.blocks].index("utfall")
    window_cells = [view.block_table.item(row, column).text() for column in range(1, 5)]
    assert window_cells == ["8", expected_block, "60\u00a0%", "80\u00a0%"]

    stream = io.BytesIO()
    write_group_pdf(group, questionnaire, stream, lang="sv")
    pdf_text = _flat("\n".join(page.extract_text() for page in PdfReader(io.BytesIO(stream.getvalue())).pages))
    assert _flat(f"UTFALL 8 {expected_block} 60\u00a0% 80\u00a0%") in pdf_text

    csv_rows = [line.split(";") for line in group_csv_text(group, questionnaire, "sv").splitlines()]
    header, outcome_row = csv_rows[0], next(r for r in csv_rows if r[2] == "utfall-1")
    assert outcome_row[header.index("Medel")] == "3,13"

    path = tmp_path / "atta.samverkan-grupp"
    save_group(path, group, questionnaire)
    done = subprocess.run(
        [sys.executable, "-m", "samverkan_gui", "score", str(path), "--lang", "sv"],
        cwd=REPO,
        capture_output=True,
        text=True,
        check=True,
    )
    cli_row = next(line for line in done.stdout.splitlines() if line.startswith("UTFALL"))
    assert re.split(" +", cli_row)[1:] == ["8", "63\u00a0%", "60\u00a0%", "80\u00a0%"]

    # The group's JSON rounds the same way (3.125 → 3.13, where round() gives 3.12).
    done = subprocess.run(
        [sys.executable, "-m", "samverkan_gui", "score", str(path), "--json"],
        cwd=REPO,
        capture_output=True,
        text=True,
        check=True,
    )
    data = json.loads(done.stdout)
    outcome_question = next(q for q in data["questions"] if q["id"] == "utfall-1")
    assert outcome_question["mean"] == 3.13
    assert next(b for b in data["blocks"] if b["id"] == "utfall")["mean_score"] == 3.13
