"""The workshop commands: score/report/export-csv with several files, blank-form."""

from __future__ import annotations

import csv
import json
import os
import subprocess
import sys
from pathlib import Path

import docx
import pytest
from pypdf import PdfReader

from samverkan_gui.cli import main
from samverkan_gui.core.assessment import Assessment, save_assessment

REPO = Path(__file__).resolve().parent.parent


@pytest.fixture
def usb(tmp_path: Path, questionnaire) -> Path:
    """Three participants' files: all 3, all 4, all 2 except start-1 = 5."""
    folder = tmp_path / "usb"
    folder.mkdir()
    for name, value, extra in (("a", 3, {}), ("b", 4, {}), ("c", 2, {"start-1": 5})):
        a = Assessment.new(questionnaire, respondent=f"Hemlig {name}")
        for qid in questionnaire.question_ids:
            a = a.with_answer(qid, extra.get(qid, value))
        save_assessment(folder / f"{name}.samverkan", a, questionnaire)
    return folder


def _files(folder: Path) -> list[str]:
    return sorted(str(p) for p in folder.glob("*.samverkan"))


def test_score_several_files_prints_group_summary(usb: Path, capsys) -> None:
    assert main(["score", *_files(usb), "--lang", "sv"]) == 0
    out = capsys.readouterr().out
    assert "Deltagare: 3 (3 med alla frågor besvarade): D1, D2, D3" in out
    assert "Medelsumma: 64,0 / 105 (n = 3), lägst 45, högst 84" in out
    assert "Poängintervall 63–83" in out
    # Every question's answers lie on neighbouring steps: no question is listed for discussion.
    assert "Inga frågor där synen skiljer sig (samsyn under 0,60)." in out
    assert "Hemlig" not in out


def test_score_json_is_the_group_view_data(usb: Path, capsys) -> None:
    assert main(["score", str(usb), "--json", "--lang", "en"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["participants"] == 3
    assert data["mean_total"] == 64.0
    assert data["band"]["min"] == 63
    assert data["codes"] == ["D1", "D2", "D3"]
    first = data["questions"][0]
    assert first["counts"] == {"1": 0, "2": 0, "3": 1, "4": 1, "5": 1}
    assert first["consensus"] == 0.723  # 3, 4, 5: 1 + 2/3 · log2(3/4)
    assert first["views_differ"] is False
    assert data["discussion"] == []
    assert data["differ_rule"] == {"measure": "tastle-wierman", "below": 0.6}


def test_score_lists_the_split_questions_with_their_consensus(capsys) -> None:
    assert main(["score", str(REPO / "examples" / "workshop-7.samverkan-grupp"), "--lang", "sv"]) == 0
    out = capsys.readouterr().out
    assert "Här skiljer sig synen (samsyn under 0,60), lägst samsyn först:" in out
    assert "samsyn 0,31, medel 3,0, spridning 4 (1–5)" in out
    assert out.count("samsyn 0,") == 4


def test_problem_files_are_named_on_stderr_and_the_rest_used(usb: Path, tmp_path: Path, capsys) -> None:
    broken = tmp_path / "trasig.samverkan"
    broken.write_bytes(b"\x00\x01")
    files = _files(usb)
    assert main(["score", *files, files[0], str(broken), "--lang", "sv"]) == 1
    captured = capsys.readouterr()
    assert "Deltagare: 3" in captured.out
    assert "a.samverkan valdes två gånger" in captured.err
    assert "trasig.samverkan är ingen textfil" in captured.err


def test_nothing_loadable_is_exit_1(tmp_path: Path, capsys) -> None:
    assert main(["score", str(tmp_path / "x.samverkan"), str(tmp_path / "y.samverkan")]) == 1
    assert "Inga filer kunde läsas in." in capsys.readouterr().err


def test_report_writes_group_pdf(usb: Path, tmp_path: Path) -> None:
    target = tmp_path / "grupp.pdf"
    assert main(["report", *_files(usb), "-o", str(target), "--lang", "sv"]) == 0
    text = " ".join(" ".join(page.extract_text() for page in PdfReader(target).pages).split())
    assert "Medelsumma 64,0 av 105 poäng" in text
    assert "Hemlig" not in text


def test_report_writes_group_word_report(usb: Path, tmp_path: Path) -> None:
    target = tmp_path / "grupp.docx"
    assert main(["report", *_files(usb), "-o", str(target), "--lang", "sv"]) == 0
    document = docx.Document(str(target))
    text = [paragraph.text for paragraph in document.paragraphs]
    assert "Medelsumma 64,0 av 105 poäng" in text
    assert not any("Hemlig" in line for line in text)


def test_export_csv_and_blank_form(usb: Path, tmp_path: Path) -> None:
    out = tmp_path / "out.csv"
    assert main(["export-csv", *_files(usb), "-o", str(out), "--per-participant"]) == 0
    with out.open(encoding="utf-8-sig", newline="") as stream:
        rows = list(csv.reader(stream, delimiter=";"))
    assert rows[0][-3:] == ["D1", "D2", "D3"]
    assert rows[1][-3:] == ["3", "4", "5"]
    english_excel = tmp_path / "en.csv"
    assert main(["export-csv", *_files(usb), "-o", str(english_excel), "--lang", "sv", "--excel", "en"]) == 0
    with english_excel.open(encoding="utf-8-sig", newline="") as stream:
        rows = list(csv.DictReader(stream, delimiter=","))
    assert rows[0]["Medel"] == "4.00"  # Swedish words, English Excel's numbers
    assert rows[-1]["Fråge-id"] == "band"
    form = tmp_path / "form.pdf"
    assert main(["blank-form", "-o", str(form), "--lang", "en"]) == 0
    assert "Participant code" in PdfReader(form).pages[0].extract_text()


def test_usage_errors_are_exit_2(capsys) -> None:
    with pytest.raises(SystemExit) as info:
        main(["blank-form"])
    assert info.value.code == 2
    with pytest.raises(SystemExit) as info:
        main(["export-csv", "a.samverkan", "-o", "x.csv", "--lang", "fi"])
    assert info.value.code == 2


def test_subprocess_python_m(usb: Path, tmp_path: Path) -> None:
    env = {**os.environ, "PYTHONPATH": str(REPO), "SAMVERKAN_LANG": "sv"}
    done = subprocess.run(
        [sys.executable, "-m", "samverkan_gui", "score", *_files(usb)],
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=env,
        cwd=tmp_path,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert "Medelsumma: 64,0 / 105" in done.stdout
    form = tmp_path / "f.pdf"
    done = subprocess.run(
        [sys.executable, "-m", "samverkan_gui", "blank-form", "-o", str(form)],
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=env,
        cwd=tmp_path,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert "Deltagarkod" in PdfReader(form).pages[0].extract_text()
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "samverkan_gui",
            "report",
            str(tmp_path / "nope.samverkan"),
            str(usb / "a.samverkan"),
            "-o",
            str(tmp_path / "g.pdf"),
        ],
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=env,
        cwd=tmp_path,
        check=False,
    )
    assert done.returncode == 1
    assert "nope.samverkan finns inte" in done.stderr
    assert "Traceback" not in done.stderr
    assert (tmp_path / "g.pdf").exists()


def test_single_group_file_gives_the_group_summary(usb: Path, tmp_path: Path, capsys) -> None:
    from samverkan_gui.core.group_file import save_group
    from samverkan_gui.core.group_load import load_files
    from samverkan_gui.core.registry import shipped_registry

    outcome = load_files([usb])
    group_file = tmp_path / "workshop.samverkan-grupp"
    save_group(group_file, outcome.group, shipped_registry().default())
    assert main(["score", str(group_file), "--lang", "en"]) == 0
    assert "Participants: 3 (3 with every question answered): D1, D2, D3" in capsys.readouterr().out


def test_score_lists_every_code_however_many(tmp_path, questionnaire, capsys) -> None:
    from samverkan_gui.core.group import Group, Participant
    from samverkan_gui.core.group_file import save_group

    group = Group.new(questionnaire, collaboration="Stor grupp")
    codes = [f"deltagare-nummer-{n:03}" for n in range(1, 41)]
    for code in codes:
        group = group.with_participant(Participant(code, dict.fromkeys(questionnaire.question_ids, 3)))
    path = tmp_path / "stor.samverkan-grupp"
    save_group(path, group, questionnaire)
    assert main(["score", str(path), "--lang", "sv"]) == 0
    first_line = capsys.readouterr().out.splitlines()[0]
    assert first_line == "Deltagare: 40 (40 med alla frågor besvarade): " + ", ".join(codes)
