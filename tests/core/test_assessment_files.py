"""The .samverkan file: round trip, atomic save, and a clear refusal of every bad file."""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from samverkan_gui.core import atomic
from samverkan_gui.core.assessment import Assessment, load_assessment, parse_assessment, save_assessment
from samverkan_gui.core.errors import AssessmentFileError, SaveError
from samverkan_gui.core.registry import shipped_registry

Q = shipped_registry().default()
EXAMPLES = Path(__file__).resolve().parents[2] / "examples"

# Text a user can type (YAML cannot hold most C0 controls, and the UI never produces them).
typed_text = st.text(
    alphabet=st.characters(blacklist_categories=("Cs", "Cc"), blacklist_characters="\ufeff\x85\u2028\u2029")
    | st.sampled_from("\n\t"),
    max_size=200,
)


def _full(value: int = 4) -> Assessment:
    a = Assessment.new(Q, collaboration="Näringslivsrådet", respondent="Anna", organisation="Kommunen")
    for qid in Q.question_ids:
        a = a.with_answer(qid, value)
    return a


@settings(max_examples=60, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    answers=st.dictionaries(st.sampled_from(Q.question_ids), st.integers(1, 5)),
    collaboration=typed_text,
    respondent=typed_text,
    note=typed_text,
    language=st.sampled_from(["sv", "en"]),
    date=st.none() | st.dates(min_value=dt.date(1900, 1, 1), max_value=dt.date(2999, 12, 31)),
)
def test_save_then_load_gives_back_the_same_assessment(
    tmp_path: Path,
    answers: dict[str, int],
    collaboration: str,
    respondent: str,
    note: str,
    language: str,
    date: dt.date | None,
) -> None:
    original = Assessment.new(Q, language=language, collaboration=collaboration, respondent=respondent, date=date)
    for qid, value in answers.items():
        original = original.with_answer(qid, value)
    original = original.with_note("utfall", note)
    path = tmp_path / "a.samverkan"
    saved = save_assessment(path, original, Q)
    assert load_assessment(path) == saved
    assert saved.content_equal(original)


def test_file_is_plain_utf8_yaml_with_the_fixed_keys(tmp_path: Path) -> None:
    path = tmp_path / "å.samverkan"
    save_assessment(path, _full().with_details(collaboration="Samverkan i Östra Göinge"), Q)
    raw = path.read_bytes()
    text = raw.decode("utf-8")
    assert "Samverkan i Östra Göinge" in text  # not \\u-escaped: readable in Notepad
    data = yaml.safe_load(text)
    assert data["format"] == "samverkan-assessment"
    assert data["format_version"] == 1
    assert data["questionnaire"] == {"id": "testa-din-samverkan", "version": 1}
    assert list(data["answers"]) == list(Q.question_ids)
    assert set(data["answers"].values()) == {4}


def test_examples_load() -> None:
    complete = load_assessment(EXAMPLES / "komplett.samverkan")
    assert complete.score(Q).complete and complete.score(Q).total == 66
    draft = load_assessment(EXAMPLES / "utkast.samverkan")
    assert not draft.score(Q).complete


def test_unanswered_questions_are_absent(tmp_path: Path) -> None:
    path = tmp_path / "d.samverkan"
    save_assessment(path, _full().with_answer("start-2", None), Q)
    assert "start-2" not in yaml.safe_load(path.read_text(encoding="utf-8"))["answers"]


VALID = (EXAMPLES / "komplett.samverkan").read_text(encoding="utf-8")


def _error(data: bytes | str, name: str = "x.samverkan") -> AssessmentFileError:
    if isinstance(data, str):
        data = data.encode("utf-8")
    with pytest.raises(AssessmentFileError) as caught:
        parse_assessment(data, name)
    return caught.value


@pytest.mark.parametrize(
    ("data", "sv", "en"),
    [
        ("just some words: [", "kan inte tolkas", "cannot be parsed"),
        (VALID.replace("samverkan-assessment", "something-else"), "ingen Samverkan-fil", "not a Samverkan file"),
        ("- a\n- list\n", "ingen Samverkan-fil", "not a Samverkan file"),
        (
            VALID.replace("format_version: 1", "format_version: 3"),
            "nyare version av Samverkan",
            "newer version of Samverkan",
        ),
        (VALID.replace("id: testa-din-samverkan", "id: annat-formular"), "som inte är installerat", "not installed"),
        (VALID.replace("  version: 1", "  version: 9"), "som inte är installerat", "not installed"),
        (VALID.replace("start-1: 4", "start-1: 6"), "utanför skalan 1–5", "outside the scale 1–5"),
        (VALID.replace("start-1: 4", "start-1: 0"), "utanför skalan 1–5", "outside the scale 1–5"),
        (VALID.replace("start-1: 4", "start-1: fyra"), "förväntade ett heltal", "expected a whole number"),
        (VALID.replace("start-1: 4", "start-99: 4"), "finns inte i frågeformuläret", "does not exist in the"),
        (VALID.replace("language: sv", "language: fi"), "språket fi", "language fi"),
        (VALID.replace("date: '2026-11-20'", "date: igår"), "ogiltigt datum", "invalid date"),
        (VALID.replace("language: sv", "language: sv\ncolour: red"), "okänd nyckel", "unknown key"),
        (VALID[: len(VALID) // 2] + '\n  "unterminated', "kan inte tolkas", "cannot be parsed"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "ingen textfil", "not a text file"),
        ("format: samverkan-assessment\n".encode("utf-16"), "ingen textfil", "not a text file"),
        ("collaboration: Malm\xf6\n".encode("latin-1"), "inte sparad som UTF-8", "not saved as UTF-8"),
        ("", "är tom", "is empty"),
        (
            VALID.replace("format_version: 1", "format_version: !!python/object/apply:os.system [ls]"),
            "inte tillåten",
            "is not allowed",
        ),
    ],
)
def test_bad_files_get_their_own_clear_message(data: bytes | str, sv: str, en: str) -> None:
    error = _error(data)
    assert sv in error.message("sv"), error.message("sv")
    assert en in error.message("en"), error.message("en")
    assert "x.samverkan" in error.message("sv")
    assert "Traceback" not in error.message("sv")


def test_missing_file(tmp_path: Path) -> None:
    with pytest.raises(AssessmentFileError) as caught:
        load_assessment(tmp_path / "nope.samverkan")
    assert "finns inte" in caught.value.message("sv")


def test_huge_file_is_refused_before_parsing(tmp_path: Path) -> None:
    path = tmp_path / "big.samverkan"
    path.write_bytes(VALID.encode() + b"#" * (6 * 1024 * 1024))
    with pytest.raises(AssessmentFileError) as caught:
        load_assessment(path)
    assert "för stor" in caught.value.message("sv")
    assert "too large" in caught.value.message("en")


def test_failed_replace_leaves_the_old_file_untouched(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "a.samverkan"
    save_assessment(path, _full(4), Q)
    before = path.read_bytes()

    def broken_replace(src: str, dst: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(atomic.os, "replace", broken_replace)
    with pytest.raises(SaveError) as caught:
        save_assessment(path, _full(2), Q)
    assert path.read_bytes() == before
    assert os.listdir(tmp_path) == ["a.samverkan"]  # no temp file left behind
    assert "disken är full" in caught.value.message("sv")
    assert "previous version of the file is untouched" in caught.value.message("en")


def test_save_into_missing_folder_says_so(tmp_path: Path) -> None:
    with pytest.raises(SaveError) as caught:
        save_assessment(tmp_path / "gone" / "a.samverkan", _full(), Q)
    assert "mappen finns inte" in caught.value.message("sv")


def test_save_keeps_existing_permissions(tmp_path: Path) -> None:
    path = tmp_path / "a.samverkan"
    save_assessment(path, _full(), Q)
    os.chmod(path, 0o640)
    save_assessment(path, _full(3), Q)
    assert (path.stat().st_mode & 0o777) == 0o640
