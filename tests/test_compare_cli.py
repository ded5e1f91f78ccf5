"""``samverkan compare``: its JSON keys, the text, the PDF, exit codes; plan in score and report."""

from __future__ import annotations

import datetime as dt
import json
import re
import subprocess
import sys
from pathlib import Path

import docx
import pytest
from pypdf import PdfReader

from samverkan_gui.cli import main
from samverkan_gui.core.assessment import Assessment, save_assessment
from samverkan_gui.core.group import Group, Participant
from samverkan_gui.core.group_file import save_group
from samverkan_gui.core.messages import render
from samverkan_gui.core.plan import Action, BlockPlan, Status
from samverkan_gui.core.registry import shipped_registry

REPO = Path(__file__).resolve().parent.parent
Q = shipped_registry().default()
PLAN = (
    BlockPlan(
        "organisatorisk-design",
        why="Beslut fattas inte mellan mötena",
        actions=(Action("Skriv spelregler för styrgruppen", "Anna, näringslivskontoret", dt.date(2027, 3, 31)),),
    ),
)


def _save(
    path: Path, date: dt.date, base: int, plan=(), language: str = "sv", collaboration: str = "", **overrides: int
) -> Path:
    answers = dict.fromkeys(Q.question_ids, base)
    answers.update({k.replace("_", "-"): v for k, v in overrides.items()})
    assessment = Assessment(
        Q.id, Q.version, answers=answers, date=date, plan=plan, language=language, collaboration=collaboration
    )
    save_assessment(path, assessment, Q)
    return path


@pytest.fixture
def files(tmp_path: Path) -> list[Path]:
    return [
        _save(tmp_path / "2025.samverkan", dt.date(2025, 3, 1), 3),
        _save(tmp_path / "2026.samverkan", dt.date(2026, 3, 1), 4, start_1=5, process_10=1),
        _save(tmp_path / "2024.samverkan", dt.date(2024, 3, 1), 2, plan=PLAN),
    ]


def test_compare_json_has_exactly_the_documented_keys(files, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["compare", *map(str, files), "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert {"assessments", "changes"} <= set(data)
    first = data["assessments"][0]
    assert list(first) == ["file", "date", "complete", "total", "max", "band", "blocks", "collaboration", "kind"]
    assert first["collaboration"] == "" and first["kind"] == "individual"
    assert data["collaborations_differ"] is False and data["individual_and_group"] is False
    assert [a["file"] for a in data["assessments"]] == [str(files[2]), str(files[0]), str(files[1])]
    assert [a["date"] for a in data["assessments"]] == ["2024-03-01", "2025-03-01", "2026-03-01"]
    # 2024: 21 × 2 = 42; 2025: 63; 2026: 21 × 4 + 1 − 3 = 82.
    assert [a["total"] for a in data["assessments"]] == [42, 63, 82]
    assert first["band"] == {"min": 42, "max": 62} and first["max"] == 105 and first["complete"] is True
    assert first["blocks"][0] == {"id": "startforhallanden", "score": 10, "max": 25}
    changes = data["changes"]
    assert list(changes) == ["total", "blocks", "questions"]
    assert changes["total"] == 40
    assert changes["blocks"] == [
        {"id": "startforhallanden", "change": 11},
        {"id": "organisatorisk-design", "change": 10},
        {"id": "samverkansprocessen", "change": 17},
        {"id": "utfall", "change": 2},
    ]
    assert changes["questions"][0] == {"id": "start-1", "from": 2, "to": 5, "change": 3, "label": "Fråga 1.1"}
    assert changes["questions"][-1] == {"id": "process-10", "from": 2, "to": 1, "change": -1, "label": "Fråga 3.10"}
    assert data["plans"][0]["plan"][0]["actions"][0]["status"] == "planned"


def test_compare_json_of_a_group_file_gives_the_mean_and_participants(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    group = Group(
        Q.id,
        Q.version,
        participants=(
            Participant("D1", dict.fromkeys(Q.question_ids, 3)),
            Participant("D2", dict.fromkeys(Q.question_ids, 4)),
            Participant("D3", {"start-1": 1}),
        ),
        date=dt.date(2026, 1, 1),
    )
    save_group(tmp_path / "verkstad.samverkan-grupp", group, Q)
    single = _save(tmp_path / "förra.samverkan", dt.date(2025, 1, 1), 2)
    assert main(["compare", str(tmp_path / "verkstad.samverkan-grupp"), str(single), "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert "participants" not in data["assessments"][0]
    assert data["assessments"][1]["participants"] == 3
    assert data["assessments"][1]["total"] == 73.5  # (63 + 84) / 2: only complete participants
    assert data["changes"]["total"] == 31.5
    # start-1: D1 3, D2 4, D3 1 → mean 8/3 = 2.666… → 2.7; from 2 → change 0.666… → 0.7.
    start_1 = next(q for q in data["changes"]["questions"] if q["id"] == "start-1")
    assert start_1 == {"id": "start-1", "from": 2, "to": 2.7, "change": 0.7, "label": "Fråga 1.1"}


def test_compare_text_shows_signed_changes_with_arrows(files, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["compare", *map(str, files), "--lang", "sv"]) == 0
    out = capsys.readouterr().out
    lines = out.splitlines()
    # The heading is what is compared (the collaboration), not the questionnaire.
    assert lines[0] == "Jämförelse över tid: ingen samverkan angiven"
    assert "2024-03-01  ingen samverkan angiven (2024.samverkan): 42 / 105  (poängintervall 42–62)" in out
    assert "Förändring från 2024-03-01 till 2026-03-01" in out
    assert "+40 ↑" in out and "−1 ↓" in out
    assert "Frågor som gått mest nedåt:" in out


def test_compare_as_word(files, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "jämförelse.docx"
    assert main(["compare", *map(str, files), "-o", str(out), "--lang", "sv"]) == 0
    assert capsys.readouterr().out == ""
    document = docx.Document(str(out))
    assert [p.text for p in document.paragraphs if p.style.name == "Heading 1"] == ["Jämförelse över tid"]
    totals = [[cell.text for cell in row.cells] for row in document.tables[0].rows]
    assert totals[0] == ["Datum", "Samverkan och fil", "Summa", "Intervall"]
    # Each file under its collaboration (these files name none).
    assert ["2024-03-01", f"{render('compare.no_collaboration', 'sv')}\n2024.samverkan", "42 / 105", "42–62"] in totals
    assert main(["compare", *map(str, files), "-o", str(tmp_path / "jämförelse.txt")]) == 1
    assert "(.docx)" in capsys.readouterr().err


def test_compare_pdf_reads_back(files, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "jämförelse.pdf"
    assert main(["compare", *map(str, files), "-o", str(out), "--lang", "en"]) == 0
    assert capsys.readouterr().out == ""
    text = re.sub(r"\s+", " ", " ".join(page.extract_text() for page in PdfReader(out).pages))
    for expected in (
        "Comparison over time",
        "2024.samverkan",
        "42 / 105",
        "82 / 105",
        "+40 ↑ (up)",
        "−1 ↓",
        "Questions that moved most up",
        "Questions that moved most down",
        "The action plans' actions",
        "2024-03-01: planned",
        "Skriv spelregler för styrgruppen",
        "Anna, näringslivskontoret",
        "2027-03-31",
        "planned",
    ):
        assert expected in text, expected


def test_compare_refuses_bad_input_with_one_line_and_exit_1(tmp_path: Path, files) -> None:
    broken = tmp_path / "trasig.samverkan"
    broken.write_bytes(b"\x00\x01")
    done = subprocess.run(
        [sys.executable, "-m", "samverkan_gui", "compare", str(files[0]), str(broken), "--lang", "en"],
        capture_output=True,
        text=True,
        cwd=REPO,
        check=False,
    )
    assert done.returncode == 1
    assert done.stderr.strip().splitlines() == [
        f"Cannot compare: The file {broken} is not a text file and cannot be a Samverkan file."
    ]
    assert "Traceback" not in done.stderr


def test_compare_of_one_file_is_a_usage_error(files, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["compare", str(files[0]), "--lang", "en"]) == 2
    assert capsys.readouterr().err.strip() == "Choose at least two assessments to compare (chosen: 1)."
    with pytest.raises(SystemExit) as caught:
        main(["compare"])
    assert caught.value.code == 2


def test_score_json_prints_the_plan_as_stored(files, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["score", str(files[2]), "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["plan"] == [
        {
            "block": "organisatorisk-design",
            "why": "Beslut fattas inte mellan mötena",
            "what": "",
            "who": "",
            "when_where": "",
            "how": "",
            "actions": [
                {
                    "text": "Skriv spelregler för styrgruppen",
                    "who": "Anna, näringslivskontoret",
                    "due": "2027-03-31",
                    "status": "planned",
                }
            ],
        }
    ]
    assert main(["score", str(files[0]), "--json"]) == 0
    assert "plan" not in json.loads(capsys.readouterr().out)


def test_report_prints_the_plan_section(files, tmp_path: Path) -> None:
    out = tmp_path / "rapport.pdf"
    assert main(["report", str(files[2]), "-o", str(out), "--lang", "sv"]) == 0
    text = "\n".join(page.extract_text() for page in PdfReader(out).pages)
    assert "Handlingsplan" in text
    assert "VARFÖR?" in text and "Syftet med samverkan" in text
    assert "Beslut fattas inte mellan mötena" in text
    assert "Skriv spelregler för styrgruppen" in text and "planerad" in text
    no_plan = tmp_path / "utan.pdf"
    assert main(["report", str(files[0]), "-o", str(no_plan), "--lang", "sv"]) == 0
    assert "Handlingsplan" not in "\n".join(page.extract_text() for page in PdfReader(no_plan).pages)


def test_status_words_in_english(tmp_path: Path) -> None:
    plan = (BlockPlan("utfall", actions=(Action("A", status=Status.STARTED), Action("B", status=Status.DONE))),)
    path = _save(tmp_path / "x.samverkan", dt.date(2025, 1, 1), 3, plan=plan, language="en")
    out = tmp_path / "x.pdf"
    assert main(["report", str(path), "-o", str(out)]) == 0
    text = "\n".join(page.extract_text() for page in PdfReader(out).pages)
    assert "Action plan" in text and "in progress" in text and "done" in text
    assert "WHEN AND WHERE?" in text


def test_a_group_files_plan_in_score_json_and_the_group_report(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    group = Group(Q.id, Q.version, participants=(Participant("D1", dict.fromkeys(Q.question_ids, 3)),), plan=PLAN)
    path = tmp_path / "verkstad.samverkan-grupp"
    save_group(path, group, Q)
    assert main(["score", str(path), "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["plan"][0]["actions"][0]["text"] == "Skriv spelregler för styrgruppen"
    out = tmp_path / "grupp.pdf"
    assert main(["report", str(path), "-o", str(out), "--lang", "sv"]) == 0
    text = re.sub(r"\s+", " ", " ".join(page.extract_text() for page in PdfReader(out).pages))
    assert "Handlingsplan" in text and "Skriv spelregler för styrgruppen" in text


# --- a comparison you can trust: one collaboration unless the user says otherwise -------------

UNGA = "Samverkan kring unga i Örnsköldsvik"
NARINGSLIV = "Näringslivsrådet i Storby kommun"


def _group_file(path: Path, date: dt.date, collaboration: str) -> Path:
    participants = (
        Participant("D1", dict.fromkeys(Q.question_ids, 3)),
        Participant("D2", dict.fromkeys(Q.question_ids, 4)),
    )
    save_group(path, Group(Q.id, Q.version, participants=participants, date=date, collaboration=collaboration), Q)
    return path


def test_two_collaborations_are_refused_naming_each_with_its_files(tmp_path: Path) -> None:
    unga = _save(tmp_path / "unga.samverkan", dt.date(2025, 3, 6), 3, collaboration=UNGA)
    rad = _save(tmp_path / "rådet.samverkan", dt.date(2026, 3, 6), 4, collaboration=NARINGSLIV)
    done = subprocess.run(
        [sys.executable, "-m", "samverkan_gui", "compare", str(unga), str(rad), "--lang", "sv", "--json"],
        capture_output=True,
        text=True,
        cwd=REPO,
        check=False,
    )
    assert done.returncode == 1
    assert done.stdout == ""  # no trend printed, not even as JSON
    assert done.stderr.splitlines() == [
        f"Filerna gäller olika samverkan: ”{UNGA}” (unga.samverkan); ”{NARINGSLIV}” (rådet.samverkan). "
        "En förändring mellan dem är ingen utveckling över tid.",
        "Jämför bara filer för samma samverkan, eller lägg till --any-collaboration för att ändå jämföra dem.",
    ]


def test_any_collaboration_compares_and_says_so_in_text_and_json(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    unga = _save(tmp_path / "unga.samverkan", dt.date(2025, 3, 6), 3, collaboration=UNGA)
    rad = _save(tmp_path / "rådet.samverkan", dt.date(2026, 3, 6), 4, collaboration=NARINGSLIV)
    assert main(["compare", str(unga), str(rad), "--any-collaboration", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert [a["collaboration"] for a in data["assessments"]] == [UNGA, NARINGSLIV]
    assert data["collaborations_differ"] is True
    assert main(["compare", str(unga), str(rad), "--any-collaboration", "--lang", "sv"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0] == f"Jämförelse över tid: ”{UNGA}” och ”{NARINGSLIV}”"
    assert f"2025-03-06  {UNGA} (unga.samverkan): 63 / 105  (poängintervall 63–83)" in lines
    assert any(line.startswith("Obs! Filerna gäller olika samverkan (") for line in lines)


def test_the_same_collaboration_written_differently_is_one(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    first = _save(tmp_path / "a.samverkan", dt.date(2025, 3, 6), 3, collaboration=UNGA)
    second = _save(
        tmp_path / "b.samverkan", dt.date(2026, 3, 6), 4, collaboration="  samverkan kring UNGA i  Örnsköldsvik"
    )
    assert main(["compare", str(first), str(second), "--lang", "sv"]) == 0
    out = capsys.readouterr().out
    assert out.splitlines()[0] == f"Jämförelse över tid: {UNGA}"
    assert "Obs!" not in out


def test_a_person_beside_a_group_is_said_in_words_and_decimals_agree(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    single = _save(tmp_path / "jag.samverkan", dt.date(2025, 3, 6), 3, collaboration=UNGA, start_1=5)
    group = _group_file(tmp_path / "gruppen.samverkan-grupp", dt.date(2026, 3, 6), UNGA)
    assert main(["compare", str(single), str(group), "--lang", "sv"]) == 0
    out = capsys.readouterr().out
    assert (
        "Obs! Här jämförs en persons svar med en grupps medelvärden. En förändring kan bero på vilka som svarade, "
        "inte bara på hur samverkan har utvecklats."
    ) in out
    # One decimal for every number of the comparison: "+7,5 ↑" stands beside "+1,5 ↑", never "+2 ↑".
    changes = re.findall(r"[+−]?\d+(?:,\d)? [↑↓→]", out)
    assert changes and all("," in change for change in changes), changes
    assert "65,0 / 105" in out  # 63 + 2: the person's total, written as the group's mean is
    assert main(["compare", str(single), str(group), "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["individual_and_group"] is True
    assert [a["kind"] for a in data["assessments"]] == ["individual", "group"]


@pytest.mark.parametrize("suffix", [".pdf", ".docx"])
def test_the_comparison_report_says_what_is_compared(tmp_path: Path, suffix: str) -> None:
    unga = _save(tmp_path / "unga.samverkan", dt.date(2025, 3, 6), 3, collaboration=UNGA)
    group = _group_file(tmp_path / "rådet.samverkan-grupp", dt.date(2026, 3, 6), NARINGSLIV)
    out = tmp_path / f"j{suffix}"
    assert main(["compare", str(unga), str(group), "--any-collaboration", "-o", str(out), "--lang", "sv"]) == 0
    if suffix == ".pdf":
        text = " ".join(page.extract_text() for page in PdfReader(out).pages)
    else:
        document = docx.Document(str(out))
        cells = [cell.text for table in document.tables for row in table.rows for cell in row.cells]
        text = " ".join([paragraph.text for paragraph in document.paragraphs] + cells)
    text = re.sub(r"\s+", " ", text)
    assert f"Samverkan ”{UNGA}” och ”{NARINGSLIV}”" in text
    assert "Obs! Filerna gäller olika samverkan" in text
    assert "Obs! Här jämförs en persons svar med en grupps medelvärden." in text
    assert f"{NARINGSLIV} rådet.samverkan-grupp" in text  # each occasion's collaboration beside its file
