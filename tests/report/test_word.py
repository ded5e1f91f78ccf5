"""The Word reports, read back with python-docx: what a reader, a screen reader and a template see.

Headings are real Heading styles, the language and title are declared, every table's header
row is marked, every picture has alt text stating its numbers, and the texts and numbers are
the PDF's, word for word.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import io
import re
import zipfile
from collections.abc import Iterator
from pathlib import Path

import docx
import pytest
from docx.document import Document
from docx.oxml.ns import qn
from docx.table import Table
from pypdf import PdfReader

from samverkan_gui.core.assessment import Assessment, load_assessment, save_assessment
from samverkan_gui.core.compare import compare, load_for_compare
from samverkan_gui.core.group_file import load_group
from samverkan_gui.core.group_stats import group_stats
from samverkan_gui.core.plan import Action, BlockPlan, FollowsRecord, Status
from samverkan_gui.core.registry import shipped_registry
from samverkan_gui.present import present_group, present_result
from samverkan_gui.present.alt_text import (
    block_chart_text,
    compare_block_text,
    distribution_text,
    group_chart_text,
    score_scale_text,
)
from samverkan_gui.report.compare_pdf import write_compare_pdf
from samverkan_gui.report.compare_word import write_compare_docx
from samverkan_gui.report.group_pdf import write_group_pdf
from samverkan_gui.report.group_word import write_group_docx
from samverkan_gui.report.pdf import write_assessment_pdf
from samverkan_gui.report.word import write_assessment_docx

Q = shipped_registry().default()
EXAMPLES = Path(__file__).resolve().parents[2] / "examples"
TODAY = dt.date(2026, 11, 26)
PLAN = (
    BlockPlan(
        "organisatorisk-design",
        why="Beslut fattas inte mellan mötena",
        what="Spelregler",
        who="Styrgruppen",
        when_where="Mars, styrgruppsmötet",
        how='<img src="x.png"> & <b>utkast</b>',
        actions=(
            Action("Skriv spelregler för styrgruppen", "Anna, näringslivskontoret", dt.date(2027, 3, 31)),
            Action("Boka workshop", "Bo", None, Status.DONE),
        ),
    ),
)
BUILT_IN_STYLES = {
    "Normal",
    "Default Paragraph Font",
    "Heading 1",
    "Heading 2",
    "Heading 3",
    "Subtitle",
    "Body Text",
    "List Bullet",
    "Footer",
    "Strong",
    "Subtle Emphasis",
    "Table Grid",
}


# --- reading a Word file back ---------------------------------------------------------------


def _read(data: bytes) -> Document:
    return docx.Document(io.BytesIO(data))


def _headings(document: Document, level: int) -> list[str]:
    return [p.text for p in document.paragraphs if p.style.name == f"Heading {level}"]


def _tables(document: Document) -> list[list[list[str]]]:
    return [[[cell.text for cell in row.cells] for row in table.rows] for table in document.tables]


def _header_marked(table: Table) -> bool:
    properties = table.rows[0]._tr.trPr
    return properties is not None and properties.find(qn("w:tblHeader")) is not None


def _alt_texts(data: bytes) -> list[str]:
    """The alt text (``descr`` of ``wp:docPr``) of every picture, in document order."""
    document = _read(data)
    return [element.get("descr") for element in document.element.body.iter(qn("wp:docPr"))]


def _language(data: bytes) -> str:
    styles = _read(data).styles.element
    return (
        styles.find(qn("w:docDefaults")).find(qn("w:rPrDefault")).find(qn("w:rPr")).find(qn("w:lang")).get(qn("w:val"))
    )


def _all_paragraphs(document: Document) -> Iterator:
    yield from document.paragraphs
    for table in document.tables:
        for row in table.rows:
            for cell in row.cells:
                yield from cell.paragraphs


def _flat(text: str) -> str:
    return re.sub(r"\s+", " ", text.replace("\u00a0", " ")).strip()


def _pdf_text(data: bytes) -> str:
    return _flat(" ".join(page.extract_text() for page in PdfReader(io.BytesIO(data)).pages))


def _texts(document: Document) -> list[str]:
    """Every piece of text a reader sees: paragraphs (a details line's label and value apart) and cells."""
    pieces = []
    for paragraph in _all_paragraphs(document):
        pieces += [piece for piece in paragraph.text.split("\t") if piece.strip()]
    return pieces


def _word(write, *args, lang: str | None = None, **kwargs) -> bytes:
    """The bytes ``write(*args, stream, lang, **kwargs)`` writes."""
    stream = io.BytesIO()
    write(*args, stream, lang, **kwargs)
    return stream.getvalue()


@pytest.fixture(scope="module")
def complete() -> Assessment:
    return load_assessment(EXAMPLES / "komplett.samverkan")


@pytest.fixture(scope="module")
def planned(complete) -> Assessment:
    return dataclasses.replace(complete, plan=PLAN, follows=FollowsRecord("förra.samverkan", dt.date(2025, 11, 20)))


# --- the single report --------------------------------------------------------------------


def test_swedish_word_report_has_headings_language_title_and_the_numbers(complete) -> None:
    data = _word(write_assessment_docx, complete, Q, today=TODAY)
    document = _read(data)
    assert _headings(document, 1) == ["Testa din samverkan!"]
    assert _headings(document, 2) == ["Resultat", "Svar per fråga"]
    subsections = _headings(document, 3)
    assert subsections[:4] == [
        "Poängskala",
        "Andel av maxpoäng per block",
        "Resultat per block",
        "Lägst skattade frågor",
    ]
    assert "ORGANISATORISK DESIGN OCH LEDARSKAP  (13/25)" in subsections
    assert _language(data) == "sv-SE"
    assert document.core_properties.title == "Testa din samverkan! – Näringslivsrådet i Storby kommun"
    assert document.core_properties.language == "sv-SE"
    assert document.core_properties.author == "Samverkan"
    paragraphs = [p.text for p in document.paragraphs]
    shown = present_result(complete.score(Q), "sv")
    assert "66 av 105 poäng" in paragraphs
    assert "Poängintervall 63–83" in paragraphs
    assert shown.advice in paragraphs and shown.advice.endswith(
        "Titta särskilt på organisatorisk design och ledarskap."
    )
    assert "66 av 105, intervall 63–83" in paragraphs
    assert "Samverkan\tNäringslivsrådet i Storby kommun" in paragraphs
    blocks = _tables(document)[0]
    assert blocks[0] == ["Block", "Poäng", "Max", "Andel"]
    assert blocks[2] == ["ORGANISATORISK DESIGN OCH LEDARSKAP", "13", "25", "52\u00a0%"]
    assert blocks[-1] == ["Summa", "66", "105", "63\u00a0%"]
    for question in Q.questions:
        assert any(question.text.get("sv") in row for table in _tables(document) for row in table)
    assert "Vi saknar spelregler för hur beslut fattas mellan mötena." in "\n".join(paragraphs)


def test_english_word_report(complete) -> None:
    data = _word(write_assessment_docx, complete, Q, lang="en", today=TODAY)
    document = _read(data)
    assert _headings(document, 1) == ["Test your collaboration!"]
    assert _headings(document, 2) == ["Result", "Answers per question"]
    assert _language(data) == "en-GB"
    assert document.core_properties.language == "en-GB"
    paragraphs = [p.text for p in document.paragraphs]
    assert "66 of 105 points" in paragraphs
    assert any(p.endswith("Look especially at organisational design and leadership.") for p in paragraphs)
    assert not any("Sida" in p or "Poäng" in p for p in _texts(document))


def test_every_table_has_a_marked_header_row_and_every_picture_alt_text(planned) -> None:
    data = _word(write_assessment_docx, planned, Q, today=TODAY)
    document = _read(data)
    assert len(document.tables) == 7  # blocks, lowest questions, actions, four blocks of answers
    assert all(_header_marked(table) for table in document.tables)
    # Only the first row is a header row: a marked body row would repeat on every page.
    for table in document.tables:
        for row in table.rows[1:]:
            assert row._tr.trPr is None or row._tr.trPr.find(qn("w:tblHeader")) is None
    alt = _alt_texts(data)
    assert len(alt) == len(document.inline_shapes) == 2
    ladder, chart = alt
    # The same words as the PDF's figures (present/alt_text.py), with every number drawn.
    assert ladder == score_scale_text(Q, 66, "sv")
    assert "21–41, 42–62, 63–83, 84–94, 95–105" in ladder and "66 av 105 poäng" in ladder
    assert chart == block_chart_text(present_result(planned.score(Q), "sv"))
    for expected in (
        "STARTFÖRHÅLLANDEN 17 av 25 (68 %)",
        "ORGANISATORISK DESIGN OCH LEDARSKAP 13 av 25 (52 %)",
        "SAMVERKANSPROCESSEN 33 av 50 (66 %)",
        "UTFALL 3 av 5 (60 %)",
    ):
        assert expected in chart.replace("\u00a0", " ")


def test_the_plan_is_written_with_its_actions_as_a_table(planned) -> None:
    document = _read(_word(write_assessment_docx, planned, Q, today=TODAY))
    assert "Handlingsplan" in _headings(document, 2)
    assert "ORGANISATORISK DESIGN OCH LEDARSKAP" in _headings(document, 3)
    paragraphs = [p.text for p in document.paragraphs]
    assert "Uppföljning av förra.samverkan (2025-11-20)." in paragraphs
    assert "VARFÖR? Syftet med samverkan" in paragraphs
    # Markup a user typed stays text.
    assert '<img src="x.png"> & <b>utkast</b>' in paragraphs
    actions = next(table for table in _tables(document) if table[0] == ["Åtgärd", "Vem", "Klart senast", "Status"])
    assert actions[1:] == [
        ["Skriv spelregler för styrgruppen", "Anna, näringslivskontoret", "2027-03-31", "planerad"],
        ["Boka workshop", "Bo", "–", "klar"],
    ]


def test_a_draft_lists_its_missing_questions_as_a_list() -> None:
    draft = load_assessment(EXAMPLES / "utkast.samverkan")
    document = _read(_word(write_assessment_docx, draft, Q, today=TODAY))
    bullets = [p.text for p in document.paragraphs if p.style.name == "List Bullet"]
    missing = draft.score(Q).missing
    assert len(bullets) == len(missing) > 0
    first = Q.question(missing[0])
    assert bullets[0].endswith(first.text.get("sv"))
    assert not any("av 105 poäng" in p.text for p in document.paragraphs)


@pytest.mark.parametrize("lang", ["sv", "en"])
def test_the_word_report_says_what_the_pdf_says(planned, lang: str) -> None:
    """Every text of the Word report is in the PDF, word for word (only the pictures' alt text is Word's own)."""
    document = _read(_word(write_assessment_docx, planned, Q, lang=lang, today=TODAY))
    stream = io.BytesIO()
    write_assessment_pdf(planned, Q, stream, lang, today=TODAY)
    pdf = _pdf_text(stream.getvalue())
    missing = [text for text in _texts(document) if _flat(text) not in pdf]
    assert missing == []
    # And the reverse check can fail: a text the PDF does not have is caught.
    assert _flat("66 av 106 poäng") not in pdf


def test_a_word_report_is_made_to_be_edited(planned) -> None:
    """Built-in styles only, no empty paragraphs for spacing, no text boxes, a footer with page fields."""
    data = _word(write_assessment_docx, planned, Q, today=TODAY)
    document = _read(data)
    used = {p.style.name for p in _all_paragraphs(document)} | {t.style.name for t in document.tables}
    used |= {run.style.name for p in _all_paragraphs(document) for run in p.runs if run.style is not None}
    assert used <= BUILT_IN_STYLES
    assert all(document.styles[name].builtin for name in used)
    for paragraph in _all_paragraphs(document):
        has_picture = paragraph._p.find(".//" + qn("w:drawing")) is not None
        assert paragraph.text.strip() or has_picture, "an empty paragraph"
    body = zipfile.ZipFile(io.BytesIO(data)).read("word/document.xml").decode("utf-8")
    assert "txbxContent" not in body and "v:textbox" not in body
    footer = document.sections[0].footer.paragraphs[0]
    assert footer.text.startswith("Samverkan ") and "skapad 2026-11-26" in footer.text
    instructions = [f.get(qn("w:instr")) for f in footer._p.iter(qn("w:fldSimple"))]
    assert instructions == ["PAGE", "NUMPAGES"]


def test_hostile_text_stays_text_and_unwritable_characters_are_dropped(complete) -> None:
    typed = "Åsa & <b>Öberg</b> – שלום 👍 čđŋšŧž\u0007\ufffe"
    hostile = dataclasses.replace(complete, collaboration=typed, notes={"startforhallanden": f"rad 1\nrad 2 {typed}"})
    document = _read(_word(write_assessment_docx, hostile, Q, today=TODAY))
    expected = "Åsa & <b>Öberg</b> – שלום 👍 čđŋšŧž"
    assert f"Samverkan\t{expected}" in [p.text for p in document.paragraphs]
    assert f"rad 1\nrad 2 {expected}" in [p.text for p in document.paragraphs]
    assert document.core_properties.title == f"Testa din samverkan! – {expected}"


# --- the group report -------------------------------------------------------------------------


@pytest.fixture(scope="module")
def workshop():
    return load_group(EXAMPLES / "workshop-7.samverkan-grupp")


def test_group_word_report_has_the_groups_numbers_and_no_individuals(workshop) -> None:
    data = _word(write_group_docx, workshop, Q, lang="sv", today=TODAY)
    document = _read(data)
    assert _headings(document, 1) == ["Testa din samverkan!"]
    assert _headings(document, 2) == ["Gruppens resultat", "Här skiljer sig synen", "Svaren per fråga"]
    assert all(_header_marked(table) for table in document.tables)
    text = "\n".join(_texts(document))
    assert "Medelsumma 67,1 av 105 poäng" in text
    stats = group_stats(workshop, Q)
    alt = _alt_texts(data)
    assert len(alt) == len(document.inline_shapes)
    # The range chart, the colour key, and one stacked bar per question (the discussion list, then all).
    assert alt[0] == group_chart_text(present_group(stats, "sv"))
    assert "STARTFÖRHÅLLANDEN medel 63\u00a0% (lägst 52\u00a0%, högst 72\u00a0%, n = 7)" in alt[0]
    assert alt[1].startswith("Färgförklaring för svaren 1–5")
    assert len(alt) == 2 + len(stats.discussion) + len(stats.questions)
    first = stats.questions[0]
    counts = "; ".join(f"{value}: {count}" for value, count in sorted(first.counts.items()))
    assert alt[2 + len(stats.discussion)] == distribution_text(first, "sv") == f"Antal svar per skalsteg: {counts}."


def test_group_word_report_names_and_participants_notes_only_when_asked(workshop) -> None:
    group = workshop.with_participant_details("D2", name="Bo Hemlig", notes={"utfall": "PRIVAT ANTECKNING"})
    plain = "\n".join(_texts(_read(_word(write_group_docx, group, Q, lang="sv", today=TODAY))))
    assert "Bo Hemlig" not in plain and "PRIVAT ANTECKNING" not in plain
    asked = _read(_word(write_group_docx, group, Q, lang="sv", show_names=True, participant_notes=True, today=TODAY))
    text = "\n".join(_texts(asked))
    assert "D2 (Bo Hemlig)" in text
    # A note stands under the code only, even when names are shown.
    assert "D2: PRIVAT ANTECKNING" in text and "Bo Hemlig): PRIVAT" not in text


@pytest.mark.parametrize("lang", ["sv", "en"])
def test_the_group_word_report_says_what_the_group_pdf_says(workshop, lang: str) -> None:
    group = dataclasses.replace(workshop, plan=PLAN)
    document = _read(_word(write_group_docx, group, Q, lang=lang, participant_notes=True, today=TODAY))
    stream = io.BytesIO()
    write_group_pdf(group, Q, stream, lang, participant_notes=True, today=TODAY)
    pdf = _pdf_text(stream.getvalue())
    assert [text for text in _texts(document) if _flat(text) not in pdf] == []


# --- the comparison -------------------------------------------------------------------------


def _comparison(tmp_path: Path):
    files = []
    for index, (date, base) in enumerate([(dt.date(2024, 5, 1), 2), (dt.date(2026, 5, 1), 4)]):
        path = tmp_path / f"c{index}.samverkan"
        answers = dict.fromkeys(Q.question_ids, base)
        plan = PLAN if index == 0 else ()
        save_assessment(path, Assessment(Q.id, Q.version, answers=answers, date=date, plan=plan), Q)
        files.append(path)
    folder = tmp_path / "verkstad"
    folder.mkdir()
    for name, value in (("p1", 3), ("p2", 4)):
        answers = dict.fromkeys(Q.question_ids, value)
        save_assessment(folder / f"{name}.samverkan", Assessment(Q.id, Q.version, answers, date=dt.date(2025, 5, 1)), Q)
    return compare(load_for_compare([*files, folder]))


@pytest.mark.parametrize("lang", ["sv", "en"])
def test_comparison_word_report(tmp_path: Path, lang: str) -> None:
    result = _comparison(tmp_path)
    data = _word(write_compare_docx, result, lang=lang, today=TODAY)
    document = _read(data)
    title = "Jämförelse över tid" if lang == "sv" else "Comparison over time"
    assert _headings(document, 1) == [title]
    assert _language(data) == ("sv-SE" if lang == "sv" else "en-GB")
    assert all(_header_marked(table) for table in document.tables)
    totals = _tables(document)[0]
    assert totals[2][2] == ("73,5 / 105" if lang == "sv" else "73.5 / 105")
    alt = _alt_texts(data)
    assert len(alt) == 1 + len(Q.blocks)  # the key, then one chart per block
    assert "2024-05-01" in alt[0] and "2026-05-01" in alt[0]
    assert alt[1] == compare_block_text(result, Q.blocks[0], lang)
    of = "av" if lang == "sv" else "of"
    assert f"2024-05-01 10 {of} 25" in alt[1] and f"2026-05-01 20 {of} 25" in alt[1]
    stream = io.BytesIO()
    write_compare_pdf(result, stream, lang, today=TODAY)
    pdf = _pdf_text(stream.getvalue())
    # The PDF breaks a long typed word in a narrow cell at a syllable ("närings-livskontoret").
    joined = re.sub(r"(\w)- (\w)", r"\1\2", pdf)
    assert [text for text in _texts(document) if _flat(text) not in pdf and _flat(text) not in joined] == []
