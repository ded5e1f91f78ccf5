"""samverkan answer-form and answer-code: the answer form for any questionnaire, codes into files."""

from __future__ import annotations

import datetime as dt
import io
import re
from pathlib import Path

import pytest

from samverkan_gui.cli import main
from samverkan_gui.core.answer_code import encode_answer_code
from samverkan_gui.core.assessment import load_assessment
from samverkan_gui.core.registry import shipped_registry

Q = shipped_registry().default()
FULL = {qid: 1 + index % 5 for index, qid in enumerate(Q.question_ids)}


def test_answer_form_writes_one_page_with_the_given_details(tmp_path: Path) -> None:
    out = tmp_path / "form.html"
    assert (
        main(
            [
                "answer-form",
                "--lang",
                "en",
                "--collaboration",
                "Youth in Norrby",
                "--date",
                "2026-11-26",
                "-o",
                str(out),
            ]
        )
        == 0
    )
    page = out.read_text(encoding="utf-8")
    assert page.startswith("<!DOCTYPE html>") and '<html lang="en">' in page
    assert "<dd>Youth in Norrby</dd>" in page and "<dd>2026-11-26</dd>" in page
    assert "When you have saved, your own total" in page
    assert main(["answer-form", "--no-score", "-o", str(out)]) == 0
    page = out.read_text(encoding="utf-8")
    assert '<html lang="sv">' in page and "Formuläret visar inte ert resultat" in page


def test_answer_form_takes_a_questionnaire_by_id_or_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "form.html"
    assert main(["answer-form", "testa-din-samverkan", "-o", str(out)]) == 0
    assert main(["answer-form", str(Path(Q.source or "")), "-o", str(out)]) == 0
    assert main(["answer-form", "finns-inte", "-o", str(out)]) == 1
    assert "finns-inte" in capsys.readouterr().err
    assert main(["answer-form", str(tmp_path / "saknas.yaml"), "-o", str(out)]) == 1
    assert "saknas.yaml" in capsys.readouterr().err


def test_answer_form_refuses_a_wrong_date() -> None:
    with pytest.raises(SystemExit) as caught:
        main(["answer-form", "--date", "26/11/2026", "-o", "x.html"])
    assert caught.value.code == 2


def test_answer_codes_become_files_named_as_the_form_names_them(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    anna = encode_answer_code(Q, FULL, respondent="Anna Berg", organisation="Polisen", date=dt.date(2026, 11, 26))
    anonymous = encode_answer_code(Q, {**FULL, "utfall-1": 2}, date=dt.date(2026, 11, 26))
    folder = tmp_path / "svar"
    assert main(["answer-code", anna, anonymous, "--collaboration", "Norrby", "-o", str(folder)]) == 0
    written = sorted(p.name for p in folder.iterdir())
    assert written == sorted(
        ["Norrby-Anna-Berg-2026-11-26.samverkan", f"Norrby-{anonymous.replace('-', '')[-4:]}-2026-11-26.samverkan"]
    )
    loaded = load_assessment(folder / "Norrby-Anna-Berg-2026-11-26.samverkan")
    assert (dict(loaded.answers), loaded.respondent, loaded.organisation, loaded.collaboration) == (
        FULL,
        "Anna Berg",
        "Polisen",
        "Norrby",
    )
    assert "Rad 1: " in capsys.readouterr().out
    # Again: the files are kept, the new ones get another name.
    assert main(["answer-code", anna, "--collaboration", "Norrby", "-o", str(folder)]) == 0
    assert (folder / "Norrby-Anna-Berg-2026-11-26-2.samverkan").exists()


def test_answer_codes_from_mail_text_on_stdin_or_in_a_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    codes = [encode_answer_code(Q, {**FULL, "start-1": value}) for value in (1, 2, 3)]
    mail = f"Hej!\nHär kommer koderna:\n{codes[0]}\n> {codes[1]} (från Bo)\n{codes[2][:-1]}X\nMvh Anna\n"
    monkeypatch.setattr("sys.stdin", io.StringIO(mail))
    assert main(["answer-code", "--lang", "en", "-o", str(tmp_path / "a")]) == 1
    captured = capsys.readouterr()
    assert captured.err.strip() == (
        "Line 5: The code is mistyped: its checksum does not match. Compare it character by character with the original."
    )
    assert len(list((tmp_path / "a").iterdir())) == 2
    saved = tmp_path / "mejl.txt"
    saved.write_text(mail, encoding="utf-8")
    assert main(["answer-code", "--input", str(saved), "-o", str(tmp_path / "b")]) == 1
    assert re.findall(r"^Rad (\d+):", capsys.readouterr().out, flags=re.M) == ["3", "4"]


def test_no_code_at_all_is_said_plainly(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["answer-code", "hej", "-o", str(tmp_path)]) == 1
    assert "Ingen svarskod hittades" in capsys.readouterr().err
