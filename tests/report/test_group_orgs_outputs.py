"""The organisations' views in ``samverkan score`` (text and JSON), the CSV and the group PDF, read back as a user would.

The example has ten participants: Region Västernorrland 4 (typed three ways), Norrby kommun 3
(two ways), Polisen 2 and Föreningen Framåt 1. The last two are pooled as "Övriga" and must
never be named in any output.
"""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import docx
import pytest
from pypdf import PdfReader

from samverkan_gui.cli import main
from samverkan_gui.core.group import Group, Participant
from samverkan_gui.core.group_file import save_group
from samverkan_gui.core.messages import render
from samverkan_gui.core.registry import shipped_registry

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"
EXAMPLE = EXAMPLES / "workshop-organisationer.samverkan-grupp"
#: Names of organisations with fewer than three participants, in any spelling the file uses.
SMALL = ("Polisen", "polisen", "Framåt", "Föreningen")


def _assert_small_unnamed(text: str) -> None:
    assert [name for name in SMALL if name in text] == []


def test_score_json_carries_the_organisations(capsys) -> None:
    assert main(["score", str(EXAMPLE), "--json", "--lang", "sv"]) == 0
    out = capsys.readouterr().out
    _assert_small_unnamed(out)
    data = json.loads(out)
    organisations = data["organisations"]
    assert organisations["withheld"] is None
    assert organisations["min_participants"] == 3
    assert organisations["named"] == 4
    assert [(g["name"], g["pooled"], g["n"], g["mean_total"]) for g in organisations["groups"]] == [
        ("Region Västernorrland", False, 4, 67.0),
        ("Norrby kommun", False, 3, 66.33),
        ("Övriga", True, 3, 57.33),
    ]
    # start-1: Region (D1, D4, D7, D9) 3, 4, 3, 4 → 3.5; Norrby 4, 4, 4 → 4; the pool (D5, D8, D10) 5, 2, 3 → 3.33.
    assert [g["question_means"]["start-1"] for g in organisations["groups"]] == [3.5, 4.0, 3.33]
    assert organisations["spread"]["start-1"] == 0.67
    assert organisations["differ_most"] == ["process-1", "process-2", "process-10", "start-3", "process-7"]
    assert organisations["differ_rule"] == {"measure": "spread-of-means", "at_least": 1.0, "max_questions": 5}
    # The keys that were there before stay as they were.
    assert data["participants"] == 10 and data["mean_total"] == 63.9


def test_score_json_without_organisations_says_why(capsys) -> None:
    assert main(["score", str(EXAMPLES / "workshop-7.samverkan-grupp"), "--json"]) == 0
    organisations = json.loads(capsys.readouterr().out)["organisations"]
    assert organisations["withheld"] == "fewer-than-two-organisations"
    assert organisations["groups"] == [] and organisations["differ_most"] == []


def _lines(text: str) -> list[str]:
    """The text's lines with the columns' padding folded to one space."""
    return [" ".join(line.split()) for line in text.splitlines()]


def test_score_text_shows_the_organisations_in_the_pdfs_words(capsys) -> None:
    assert main(["score", str(EXAMPLE), "--lang", "sv"]) == 0
    text = capsys.readouterr().out
    _assert_small_unnamed(text)
    lines = _lines(text[text.index("Organisationernas syn") :])
    assert lines[:9] == [
        "Organisationernas syn",
        render("orgs.rule", "sv", min=3),
        "",
        "Block Region Västernorrland (n = 4) Norrby kommun (n = 3) Övriga (n = 3)",
        "STARTFÖRHÅLLANDEN 62 % (15,5/25) 64 % (16,0/25) 57 % (14,3/25)",
        "ORGANISATORISK DESIGN OCH LEDARSKAP 64 % (16,0/25) 61 % (15,3/25) 56 % (14,0/25)",
        "SAMVERKANSPROCESSEN 64 % (32,0/50) 64 % (32,0/50) 53 % (26,3/50)",
        "UTFALL 70 % (3,5/5) 60 % (3,0/5) 53 % (2,7/5)",
        "Medelsumma (max 105) 67,0 66,3 57,3",
    ]
    differ = lines[lines.index("Där organisationerna skiljer sig mest") :]
    assert differ[1] == render("orgs.differ_rule", "sv", at_least="1,0", count=5)
    assert differ[2] == "Fråga Region Västernorrland (n = 4) Norrby kommun (n = 3) Övriga (n = 3) Skillnad"
    assert differ[3:5] == ["Fråga 3.1 4,0 3,7 2,3 1,7", "SAMVERKANSPROCESSEN: Är syftet med samverkan tydligt?"]
    # The questions of score --json's differ_most, in its order (the source's numbering).
    assert [" ".join(line.split()[:2]) for line in differ[3::2]] == [
        "Fråga 3.1",
        "Fråga 3.2",
        "Fråga 3.10",
        "Fråga 1.3",
        "Fråga 3.7",
    ]
    # Shown as the first participant typed it, never as the later spellings.
    assert "region västernorrland" not in text and "norrby  kommun" not in text


def test_score_text_says_why_the_organisations_are_not_shown(tmp_path: Path, capsys) -> None:
    questionnaire = shipped_registry().default()
    group = Group.new(questionnaire)
    for code, organisation in enumerate(["Kommunen", "Kommunen", "Regionen", "Regionen"], 1):
        answers = dict.fromkeys(questionnaire.question_ids, 3)
        group = group.with_participant(Participant(code=f"D{code}", organisation=organisation, answers=answers))
    save_group(tmp_path / "grupp.samverkan-grupp", group, questionnaire)
    assert main(["score", str(tmp_path / "grupp.samverkan-grupp"), "--lang", "en"]) == 0
    text = capsys.readouterr().out
    assert text.endswith(
        "\nThe organisations' views\n" + render("orgs.withheld.too_few_participants", "en", named=2, min=3) + "\n"
    )
    assert "Kommunen" not in text and "Others" not in text
    # Fewer than two organisations named: no section at all, as in the PDF.
    assert main(["score", str(EXAMPLES / "workshop-7.samverkan-grupp"), "--lang", "sv"]) == 0
    text = capsys.readouterr().out
    assert "Organisationernas syn" not in text and "Övriga" not in text


@pytest.mark.parametrize("per_participant", [False, True])
def test_csv_has_a_column_per_organisation_after_all_others(tmp_path: Path, per_participant: bool) -> None:
    target = tmp_path / "grupp.csv"
    arguments = ["export-csv", str(EXAMPLE), "-o", str(target), "--lang", "sv"]
    assert main(arguments + (["--per-participant"] if per_participant else [])) == 0
    text = target.read_bytes().decode("utf-8-sig")
    _assert_small_unnamed(text)
    rows = list(csv.reader(io.StringIO(text), delimiter=";"))
    header = rows[0]
    added = [
        "Medel Region Västernorrland (n = 4)",
        "Medel Norrby kommun (n = 3)",
        "Medel Övriga (n = 3)",
        "Skillnad mellan organisationer",
        "Organisationerna skiljer sig mest",
    ]
    assert header[-5:] == added
    # The columns that were there before keep their places.
    assert header[:18][-1] == "Synen skiljer sig"
    assert header[18:-5] == ([f"D{n}" for n in range(1, 11)] if per_participant else [])
    by_id = {row[2]: row for row in rows[1:]}
    assert by_id["start-1"][-5:] == ["3,50", "4,00", "3,33", "0,67", "nej"]
    assert by_id["process-1"][-5:] == ["4,00", "3,67", "2,33", "1,67", "ja"]
    assert by_id["startforhallanden"][-5:] == ["15,50", "16,00", "14,33", "", ""]
    assert by_id["total"][-5:] == ["67,00", "66,33", "57,33", "", ""]
    assert all(len(row) == len(header) for row in rows)


def test_csv_without_organisations_is_as_before(tmp_path: Path) -> None:
    target = tmp_path / "grupp.csv"
    assert main(["export-csv", str(EXAMPLES / "workshop-7.samverkan-grupp"), "-o", str(target), "--lang", "en"]) == 0
    header = next(csv.reader(io.StringIO(target.read_bytes().decode("utf-8-sig"))))
    assert header[-1] == "Views differ"


def test_group_pdf_has_the_organisations_section(tmp_path: Path) -> None:
    target = tmp_path / "grupp.pdf"
    assert main(["report", str(EXAMPLE), "-o", str(target), "--lang", "sv"]) == 0
    text = " ".join(" ".join(page.extract_text() for page in PdfReader(target).pages).split())
    _assert_small_unnamed(text)
    assert "Organisationernas syn" in text
    assert "Region Västernorrland n = 4 Norrby kommun n = 3 Övriga n = 3" in text
    assert "Medelsumma (max 105) 67,0 66,3 57,3" in text
    assert "STARTFÖRHÅLLANDEN 62 % (15,5/25) 64 % (16,0/25) 57 % (14,3/25)" in text
    assert "Där organisationerna skiljer sig mest" in text
    assert "Är syftet med samverkan tydligt? 4,0 3,7 2,3 1,7" in text
    # Shown as the first participant typed it, never as the later spellings.
    assert "region västernorrland" not in text and "norrby  kommun" not in text


def test_group_pdf_without_organisations_has_no_section(tmp_path: Path) -> None:
    target = tmp_path / "grupp.pdf"
    assert main(["report", str(EXAMPLES / "workshop-7.samverkan-grupp"), "-o", str(target), "--lang", "sv"]) == 0
    text = " ".join(page.extract_text() for page in PdfReader(target).pages)
    assert "Organisationernas syn" not in text and "Övriga" not in text


def test_group_word_report_has_the_organisations_section(tmp_path: Path) -> None:
    target = tmp_path / "grupp.docx"
    assert main(["report", str(EXAMPLE), "-o", str(target), "--lang", "sv"]) == 0
    document = docx.Document(str(target))
    headings = [p.text for p in document.paragraphs if p.style.name.startswith("Heading")]
    assert headings.index("Organisationernas syn") < headings.index("Där organisationerna skiljer sig mest")
    tables = [[[cell.text for cell in row.cells] for row in table.rows] for table in document.tables]
    means = next(table for table in tables if table[0][0] == "Block" and len(table[0]) == 4)
    assert means[0] == ["Block", "Region Västernorrland\nn = 4", "Norrby kommun\nn = 3", "Övriga\nn = 3"]
    assert means[1] == ["STARTFÖRHÅLLANDEN", "62\u00a0% (15,5/25)", "64\u00a0% (16,0/25)", "57\u00a0% (14,3/25)"]
    assert means[-1] == ["Medelsumma (max 105)", "67,0", "66,3", "57,3"]
    differ = next(table for table in tables if table[0][-1] == "Skillnad")
    assert differ[1] == [
        "Fråga 3.1",
        "SAMVERKANSPROCESSEN\nÄr syftet med samverkan tydligt?",
        "4,0",
        "3,7",
        "2,3",
        "1,7",
    ]
    text = "\n".join(p.text for p in document.paragraphs) + str(tables)
    _assert_small_unnamed(text.replace("\u00a0", " "))
    assert "Organisationernas syn" in text


def test_group_word_report_without_organisations_has_no_section(tmp_path: Path) -> None:
    target = tmp_path / "grupp.docx"
    assert main(["report", str(EXAMPLES / "workshop-7.samverkan-grupp"), "-o", str(target), "--lang", "sv"]) == 0
    text = "\n".join(p.text for p in docx.Document(str(target)).paragraphs)
    assert "Organisationernas syn" not in text and "Övriga" not in text
