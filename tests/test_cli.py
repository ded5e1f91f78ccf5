"""The samverkan command line: JSON shapes, reports, exit codes."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import docx
import pytest
from pypdf import PdfReader

from samverkan_gui.cli import main

REPO = Path(__file__).resolve().parent.parent
EXAMPLES = REPO / "examples"


def test_questionnaire_json(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["questionnaire", "--json", "--lang", "sv"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert list(data) == ["id", "version", "title", "blocks", "bands"]
    assert data["id"] == "testa-din-samverkan" and data["version"] == 1
    assert [b["id"] for b in data["blocks"]] == [
        "startforhallanden",
        "organisatorisk-design",
        "samverkansprocessen",
        "utfall",
    ]
    assert [b["max"] for b in data["blocks"]] == [25, 25, 50, 5]
    assert list(data["blocks"][0]) == ["id", "title", "max", "questions"]
    assert data["blocks"][0]["questions"][0] == {
        "id": "start-1",
        "text": "Finns sedan tidigare tillit och förtroende mellan de samverkande parterna?",
        "label": "Fråga 1.1",
    }
    assert [(b["min"], b["max"]) for b in data["bands"]] == [(21, 41), (42, 62), (63, 83), (84, 94), (95, 105)]


def test_questionnaire_validates_a_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    bad = tmp_path / "egen.yaml"
    bad.write_text("format: samverkan-questionnaire\nformat_version: 1\nid: x\n", encoding="utf-8")
    assert main(["questionnaire", str(bad), "--lang", "sv"]) == 1
    err = capsys.readouterr().err
    assert "egen.yaml" in err and "saknas" in err
    assert "Traceback" not in err


def test_questionnaire_text_in_english(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["questionnaire", "--lang", "en"]) == 0
    out = capsys.readouterr().out
    assert "Test your collaboration!" in out and "STARTING CONDITIONS  (max 25)" in out
    assert main(["questionnaire", "--lang", "sv"]) == 0
    assert "STARTFÖRHÅLLANDEN  (högst 25)" in capsys.readouterr().out


def test_score_json_complete(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["score", str(EXAMPLES / "komplett.samverkan"), "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert list(data) == [
        "complete",
        "total",
        "max",
        "band",
        "blocks",
        "weakest_blocks",
        "missing",
        "percent",
        "weakest",
        "lowest",
    ]
    assert data["complete"] is True and data["total"] == 66 and data["max"] == 105
    assert data["band"]["min"] == 63 and data["band"]["max"] == 83
    assert data["band"]["advice"].endswith("Titta särskilt på organisatorisk design och ledarskap.")
    assert data["weakest_blocks"] == ["organisatorisk-design"]
    assert data["missing"] == []
    assert [b["score"] for b in data["blocks"]] == [17, 13, 33, 3]
    assert list(data["blocks"][0]) == ["id", "title", "score", "max", "percent"]
    assert [b["percent"] for b in data["blocks"]] == [68, 52, 66, 60]
    assert data["percent"] == 63  # 66 of 105


def test_score_json_draft(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["score", str(EXAMPLES / "utkast.samverkan"), "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["complete"] is False and data["total"] is None and data["band"] is None
    assert data["missing"][0] == "design-4" and len(data["missing"]) == 13


def test_score_text_in_english(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["score", str(EXAMPLES / "komplett.samverkan"), "--lang", "en"]) == 0
    out = capsys.readouterr().out
    assert "Total" in out and "66 / 105" in out and "organisational design and leadership" in out


def test_report(tmp_path: Path) -> None:
    out = tmp_path / "r.pdf"
    assert main(["report", str(EXAMPLES / "komplett.samverkan"), "-o", str(out)]) == 0
    text = "".join(page.extract_text() for page in PdfReader(out).pages)
    assert "66 av 105 poäng" in text


def test_report_as_word_when_the_name_ends_in_docx(tmp_path: Path) -> None:
    out = tmp_path / "rapport.DOCX"
    assert main(["report", str(EXAMPLES / "komplett.samverkan"), "-o", str(out), "--lang", "en"]) == 0
    document = docx.Document(str(out))
    assert document.paragraphs[0].style.name == "Heading 1"
    assert "66 of 105 points" in [paragraph.text for paragraph in document.paragraphs]
    assert document.core_properties.language == "en-GB"


def test_an_unknown_report_suffix_is_refused_before_anything_is_read(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "rapport.odt"
    # The input does not even exist: the output's suffix is checked first.
    assert main(["report", str(tmp_path / "saknas.samverkan"), "-o", str(out), "--lang", "sv"]) == 1
    err = capsys.readouterr().err
    assert err == (
        f"Rapporten kan inte skrivas till {out}: en rapport blir PDF (.pdf) eller Word (.docx), inte ”.odt”.\n"
    )
    assert list(tmp_path.iterdir()) == []
    assert main(["report", str(EXAMPLES / "komplett.samverkan"), "-o", str(out), "--lang", "en"]) == 1
    assert "a report is a PDF (.pdf) or a Word document (.docx), not “.odt”" in capsys.readouterr().err


def test_bad_input_exits_1_with_one_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    broken = tmp_path / "trasig.samverkan"
    broken.write_bytes(b"\x00\x01garbage")
    assert main(["score", str(broken)]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "trasig.samverkan" in err


def test_failed_report_write_exits_1(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["report", str(EXAMPLES / "komplett.samverkan"), "-o", str(tmp_path / "no" / "r.pdf")]) == 1
    assert "mappen finns inte" in capsys.readouterr().err


def test_wrong_usage_exits_2() -> None:
    with pytest.raises(SystemExit) as caught:
        main(["score"])
    assert caught.value.code == 2
    with pytest.raises(SystemExit) as caught:
        main(["report", str(EXAMPLES / "komplett.samverkan")])
    assert caught.value.code == 2


def test_module_entry_point_runs_without_qt() -> None:
    done = subprocess.run(
        [sys.executable, "-m", "samverkan_gui", "score", str(EXAMPLES / "utkast.samverkan")],
        capture_output=True,
        text=True,
        cwd=REPO,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert "Utkast – 13 frågor saknar svar" in done.stdout
