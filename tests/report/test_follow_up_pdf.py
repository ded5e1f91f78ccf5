"""A follow-up's report says what changed since last time; every report marks actions past their due date.

Each in both formats: the PDF read back with pypdf, the Word document with python-docx.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import io
import re
from pathlib import Path

import docx
from pypdf import PdfReader

from samverkan_gui.core.assessment import Assessment, load_assessment, save_assessment
from samverkan_gui.core.compare import compare, load_for_compare
from samverkan_gui.core.followup import follow_up
from samverkan_gui.core.group import Group, Participant
from samverkan_gui.core.plan import Action, BlockPlan, Status
from samverkan_gui.core.registry import shipped_registry
from samverkan_gui.report.compare_pdf import write_compare_pdf
from samverkan_gui.report.compare_word import write_compare_docx
from samverkan_gui.report.group_pdf import write_group_pdf
from samverkan_gui.report.group_word import write_group_docx
from samverkan_gui.report.pdf import write_assessment_pdf
from samverkan_gui.report.word import write_assessment_docx

Q = shipped_registry().default()
TODAY = dt.date(2026, 3, 6)
PLAN = (
    BlockPlan(
        "organisatorisk-design",
        actions=(
            Action("Skriv spelregler", "Anna", dt.date(2026, 1, 31), Status.STARTED),
            Action("Bjud in", "Per", dt.date(2026, 1, 31), Status.DONE),
        ),
    ),
)


def _text(data: bytes) -> str:
    return re.sub(r"\s+", " ", " ".join(page.extract_text() for page in PdfReader(io.BytesIO(data)).pages))


def _word(data: bytes) -> str:
    document = docx.Document(io.BytesIO(data))
    cells = [" ".join(cell.text for cell in row.cells) for table in document.tables for row in table.rows]
    return re.sub(r"\s+", " ", " ".join([p.text for p in document.paragraphs] + cells))


def _files(tmp_path: Path) -> tuple[Path, Path]:
    earlier = tmp_path / "unga-2025.samverkan"
    answers = dict.fromkeys(Q.question_ids, 3)
    save_assessment(earlier, Assessment(Q.id, Q.version, answers=answers, date=dt.date(2025, 3, 6), plan=PLAN), Q)
    now = follow_up(load_assessment(earlier), earlier, today=TODAY)
    now = dataclasses.replace(now, answers=dict.fromkeys(Q.question_ids, 4))
    later = tmp_path / "unga-2026.samverkan"
    save_assessment(later, now, Q)
    return earlier, later


def test_a_follow_ups_pdf_shows_the_change_since_last_time(tmp_path: Path) -> None:
    _earlier, later = _files(tmp_path)
    stream = io.BytesIO()
    write_assessment_pdf(load_assessment(later), Q, stream, lang="sv", today=TODAY, source=later)
    text = _text(stream.getvalue())
    assert "Sedan förra gången (2025-03-06): +21 ↑ Block Förändring STARTFÖRHÅLLANDEN" in text
    assert "STARTFÖRHÅLLANDEN +5 ↑ (upp)" in text and "UTFALL +1 ↑ (upp)" in text


def test_without_the_file_it_follows_the_pdf_says_so(tmp_path: Path) -> None:
    earlier, later = _files(tmp_path)
    earlier.unlink()
    stream = io.BytesIO()
    write_assessment_pdf(load_assessment(later), Q, stream, lang="sv", today=TODAY, source=later)
    text = _text(stream.getvalue())
    assert "följer upp unga-2025.samverkan, men den filen finns inte i samma mapp" in text
    assert "Sedan förra gången (" not in text


def test_overdue_actions_are_marked_in_the_plan_of_every_pdf(tmp_path: Path) -> None:
    earlier, later = _files(tmp_path)
    single = io.BytesIO()
    write_assessment_pdf(load_assessment(later), Q, single, lang="sv", today=TODAY)
    text = _text(single.getvalue())
    assert "Försenade åtgärder (1), inte klara fast klart senast-datumet har passerat: ”Skriv spelregler”" in text
    assert "pågår – försenad" in text and "klar – försenad" not in text
    group = Group(Q.id, Q.version, participants=(Participant("D1", dict.fromkeys(Q.question_ids, 3)),), plan=PLAN)
    grouped = io.BytesIO()
    write_group_pdf(group, Q, grouped, "sv", today=TODAY)
    assert "pågår – försenad" in _text(grouped.getvalue())
    compared = io.BytesIO()
    write_compare_pdf(compare(load_for_compare([earlier, later])), compared, "sv", today=TODAY)
    assert "2025-03-06: pågår – försenad" in _text(compared.getvalue())
    # Before the due date nothing is late.
    early = io.BytesIO()
    write_assessment_pdf(load_assessment(later), Q, early, lang="sv", today=dt.date(2026, 1, 31))
    assert "försenad" not in _text(early.getvalue())


def test_the_word_reports_say_the_same(tmp_path: Path) -> None:
    earlier, later = _files(tmp_path)
    single = io.BytesIO()
    write_assessment_docx(load_assessment(later), Q, single, "sv", today=TODAY, source=later)
    text = _word(single.getvalue())
    assert "Sedan förra gången (2025-03-06): +21 ↑" in text
    assert "STARTFÖRHÅLLANDEN +5 ↑ (upp)" in text and "UTFALL +1 ↑ (upp)" in text
    assert "Försenade åtgärder (1), inte klara fast klart senast-datumet har passerat: ”Skriv spelregler”" in text
    assert "pågår – försenad" in text and "klar – försenad" not in text
    group = Group(Q.id, Q.version, participants=(Participant("D1", dict.fromkeys(Q.question_ids, 3)),), plan=PLAN)
    grouped = io.BytesIO()
    write_group_docx(group, Q, grouped, "sv", today=TODAY)
    assert "pågår – försenad" in _word(grouped.getvalue())
    compared = io.BytesIO()
    write_compare_docx(compare(load_for_compare([earlier, later])), compared, "sv", today=TODAY)
    assert "2025-03-06: pågår – försenad" in _word(compared.getvalue())
    # Without the file it follows, the Word report says so too.
    earlier.unlink()
    alone = io.BytesIO()
    write_assessment_docx(load_assessment(later), Q, alone, "sv", today=TODAY, source=later)
    text = _word(alone.getvalue())
    assert "följer upp unga-2025.samverkan, men den filen finns inte i samma mapp" in text
    assert "Sedan förra gången (" not in text
