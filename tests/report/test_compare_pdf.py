"""The comparison PDF: decimal commas, the different-version note, many dates over pages."""

from __future__ import annotations

import dataclasses
import datetime as dt
import io
import re
from pathlib import Path

from pypdf import PdfReader

from samverkan_gui.core.assessment import Assessment, save_assessment
from samverkan_gui.core.compare import compare, load_for_compare
from samverkan_gui.core.registry import QuestionnaireRegistry, shipped_registry
from samverkan_gui.report.compare_pdf import write_compare_pdf

Q = shipped_registry().default()


def _save(path: Path, date: dt.date, base: int, questionnaire=Q) -> Path:
    answers = dict.fromkeys(questionnaire.question_ids, base)
    save_assessment(
        path, Assessment(questionnaire.id, questionnaire.version, answers=answers, date=date), questionnaire
    )
    return path


def _text(result, lang: str) -> str:
    stream = io.BytesIO()
    write_compare_pdf(result, stream, lang=lang, today=dt.date(2026, 12, 1))
    return re.sub(r"\s+", " ", " ".join(page.extract_text() for page in PdfReader(stream).pages))


def test_a_folders_mean_is_written_with_a_decimal_comma_in_swedish(tmp_path: Path) -> None:
    folder = tmp_path / "verkstad"
    folder.mkdir()
    _save(folder / "p1.samverkan", dt.date(2025, 5, 1), 3)
    _save(folder / "p2.samverkan", dt.date(2025, 5, 1), 4)
    result = compare(load_for_compare([folder, _save(tmp_path / "förra.samverkan", dt.date(2024, 5, 1), 2)]))
    sv = _text(result, "sv")
    assert "verkstad (2 deltagare)" in sv
    assert "73,5 / 105" in sv and "+31,5 ↑ (upp)" in sv
    en = _text(result, "en")
    assert "verkstad (2 participants)" in en and "+31.5 ↑ (up)" in en


def test_another_version_is_named_in_the_pdf(tmp_path: Path) -> None:
    process = Q.block("samverkansprocessen")
    version_2 = dataclasses.replace(
        Q,
        version=2,
        blocks=tuple(dataclasses.replace(b, questions=b.questions[:-1]) if b.id == process.id else b for b in Q.blocks),
    )
    registry = QuestionnaireRegistry(questionnaires=[Q, version_2])
    files = [
        _save(tmp_path / "v1.samverkan", dt.date(2024, 1, 1), 2),
        _save(tmp_path / "v2.samverkan", dt.date(2025, 1, 1), 3, version_2),
    ]
    text = _text(compare(load_for_compare(files, registry=registry)), "sv")
    assert "olika versioner av frågeformuläret; förändringarna räknas på de 20 frågor som alla versionerna har" in text


def test_twelve_dates_flow_over_pages(tmp_path: Path) -> None:
    files = [_save(tmp_path / f"{year}.samverkan", dt.date(year, 1, 1), 1 + year % 5) for year in range(2015, 2027)]
    stream = io.BytesIO()
    write_compare_pdf(compare(load_for_compare(files)), stream, lang="en")
    reader = PdfReader(stream)
    assert len(reader.pages) >= 2
    text = " ".join(page.extract_text() for page in reader.pages)
    assert "2015-01-01: " in text and "2026-01-01: " in text


def test_the_action_history_keeps_each_block_name_whole(tmp_path: Path) -> None:
    # "Samverkansprocessen" and "Startförhållanden" are single long words: the block
    # column must be wide enough that a reader sees them unbroken.
    from samverkan_gui.core.plan import Action, BlockPlan

    plan = tuple(
        BlockPlan(block, actions=(Action("Boka ett gemensamt möte", "Anna"),))
        for block in ("startforhallanden", "samverkansprocessen")
    )
    first = tmp_path / "förra.samverkan"
    answers = dict.fromkeys(Q.question_ids, 3)
    save_assessment(first, Assessment(Q.id, Q.version, answers=answers, date=dt.date(2025, 1, 1), plan=plan), Q)
    result = compare(load_for_compare([first, _save(tmp_path / "nu.samverkan", dt.date(2026, 1, 1), 4)]))
    stream = io.BytesIO()
    write_compare_pdf(result, stream, lang="sv", today=dt.date(2026, 12, 1))
    lines = {line.strip() for page in PdfReader(stream).pages for line in page.extract_text().splitlines()}
    words = {word for line in lines for word in line.split()}
    assert {"STARTFÖRHÅLLANDEN", "SAMVERKANSPROCESSEN"} <= words


def test_a_long_word_in_a_narrow_cell_breaks_at_a_syllable_with_a_hyphen(tmp_path: Path) -> None:
    from samverkan_gui.core.plan import Action, BlockPlan

    plan = (BlockPlan("organisatorisk-design", actions=(Action("Skriv spelregler", "Förvaltningscheferna"),)),)
    paths = []
    for year, base in ((2025, 3), (2026, 4)):
        path = tmp_path / f"{year}.samverkan"
        answers = dict.fromkeys(Q.question_ids, base)
        save_assessment(path, Assessment(Q.id, Q.version, answers=answers, date=dt.date(year, 1, 1), plan=plan), Q)
        paths.append(path)
    stream = io.BytesIO()
    write_compare_pdf(compare(load_for_compare(paths)), stream, lang="sv")
    lines = [line for page in PdfReader(stream).pages for line in page.extract_text().splitlines()]
    # The "Who" cell is too narrow for the word: it breaks after a syllable, and says so with a hyphen.
    head = next(line for line in lines if line.startswith("Förvaltning"))
    assert head != "Förvaltningscheferna"
    assert head.endswith("-") and head[:-1] + lines[lines.index(head) + 1] == "Förvaltningscheferna"


def test_swedish_words_break_between_syllables() -> None:
    from samverkan_gui.report.hyphenation import swedish_breaks

    assert [head for head, _tail in swedish_breaks("Förvaltningscheferna")] == [
        "Förvaltningsche",
        "Förvaltnings",
        "Förvalt",
        "För",
    ]
    assert ("samverkans", "processen") in swedish_breaks("samverkansprocessen")
    assert ("Närings", "livskontoret") in swedish_breaks("Näringslivskontoret")
    assert swedish_breaks("Samverkan") == []  # a short word never breaks
