"""Answer codes: what goes in comes out, every typing slip is refused, codes are found in mail text."""

from __future__ import annotations

import datetime as dt
import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from samverkan_gui.core.answer_code import (
    ALPHABET,
    PREFIX,
    AnswerCodeError,
    add_codes,
    answer_file_name,
    decode_answer_code,
    encode_answer_code,
    find_codes,
    read_codes,
)
from samverkan_gui.core.assessment import Assessment, dump_assessment, parse_assessment
from samverkan_gui.core.group import Group
from samverkan_gui.core.registry import QuestionnaireRegistry, shipped_registry
from tests.conftest import REPO

Q = shipped_registry().default()
FULL = {qid: 1 + index % 5 for index, qid in enumerate(Q.question_ids)}

names = st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=40)


@settings(max_examples=150)
@given(
    answers=st.dictionaries(st.sampled_from(Q.question_ids), st.integers(1, 5)),
    respondent=names,
    organisation=names,
    date=st.none() | st.dates(min_value=dt.date(2000, 1, 1), max_value=dt.date(2179, 6, 1)),
    language=st.sampled_from(["sv", "en"]),
)
def test_a_code_gives_back_what_was_put_in(
    answers: dict[str, int], respondent: str, organisation: str, date: dt.date | None, language: str
) -> None:
    text = encode_answer_code(
        Q, answers, respondent=respondent, organisation=organisation, date=date, language=language
    )
    code = decode_answer_code(text)
    assert (code.questionnaire_id, code.questionnaire_version) == Q.key
    assert dict(code.answers) == answers
    assert (code.respondent, code.organisation, code.date, code.language) == (respondent, organisation, date, language)
    assert code.text == text


def test_a_complete_code_is_short_and_typable() -> None:
    text = encode_answer_code(Q, FULL, date=dt.date(2026, 11, 26))
    assert text.startswith(PREFIX + "-")
    symbols = text.replace("-", "")[len(PREFIX) :]
    assert set(symbols) <= set(ALPHABET)
    assert not set("ILOU") & set(symbols)
    # 21 answers and a date: under 40 characters with the hyphens, groups of four.
    assert len(text) <= 40, text
    assert all(len(group) <= 4 for group in text.split("-"))


def test_reading_forgives_case_dashes_spaces_and_look_alike_letters() -> None:
    text = encode_answer_code(Q, FULL, respondent="Anna", date=dt.date(2026, 11, 26))
    sloppy = text.lower().replace("0", "o").replace("1", "l").replace("-", " – ", 2)
    assert decode_answer_code(sloppy).answers == FULL
    assert decode_answer_code(text.replace("-", "")).respondent == "Anna"
    # Without its prefix too.
    assert decode_answer_code(text[len(PREFIX) + 1 :]).answers == FULL


def test_every_single_mistyped_character_is_refused() -> None:
    """A code that reads is the code written: one wrong character anywhere never gives other answers."""
    text = encode_answer_code(Q, FULL, organisation="Storby kommun", date=dt.date(2026, 11, 26))
    positions = [i for i, ch in enumerate(text) if ch in ALPHABET and i > len(PREFIX)]
    for position in positions:
        for other in ALPHABET:
            if other == text[position]:
                continue
            typo = text[:position] + other + text[position + 1 :]
            with pytest.raises(AnswerCodeError) as caught:
                decode_answer_code(typo)
            assert caught.value.key in {
                "code.checksum",
                "code.too_short",
                "code.newer_version",
                "code.unknown_questionnaire",
            }


def test_swapped_neighbours_and_missing_characters_are_refused() -> None:
    text = encode_answer_code(Q, FULL, date=dt.date(2026, 11, 26))
    symbols = text.replace("-", "")[len(PREFIX) :]
    for i in range(len(symbols) - 1):
        if symbols[i] == symbols[i + 1]:
            continue
        swapped = symbols[:i] + symbols[i + 1] + symbols[i] + symbols[i + 2 :]
        with pytest.raises(AnswerCodeError):
            decode_answer_code(swapped)
    for i in range(len(symbols)):
        with pytest.raises(AnswerCodeError):
            decode_answer_code(symbols[:i] + symbols[i + 1 :])


@pytest.mark.parametrize(
    ("typed", "key", "says"),
    [
        ("SAMV-61T1-UUUU", "code.bad_character", "”U”"),
        ("SAMV-61T1", "code.too_short", "ofullständig"),
        ("SAMV-", "code.too_short", "ofullständig"),
    ],
)
def test_a_bad_code_is_refused_with_a_clear_reason(typed: str, key: str, says: str) -> None:
    with pytest.raises(AnswerCodeError) as caught:
        decode_answer_code(typed)
    assert caught.value.key == key
    assert says in caught.value.message("sv")
    assert caught.value.message("en")


def test_a_code_of_a_questionnaire_not_installed_is_refused() -> None:
    text = encode_answer_code(Q, FULL)
    with pytest.raises(AnswerCodeError) as caught:
        decode_answer_code(text, QuestionnaireRegistry())
    assert caught.value.key == "code.unknown_questionnaire"
    assert "inte är installerat" in caught.value.message("sv")


def test_dates_outside_the_code_s_range_are_left_out() -> None:
    assert decode_answer_code(encode_answer_code(Q, FULL, date=dt.date(1999, 12, 31))).date is None
    assert decode_answer_code(encode_answer_code(Q, FULL, date=dt.date(2000, 1, 1))).date == dt.date(2000, 1, 1)


MAIL = """Hej!

Här är mina svar, jag kunde inte skicka filen:
{first}

Och Bos kod (han har ingen dator): {second} /Bo
Mvh Anna – tack för i går!
Kod från Cecilia: SAMV-0000-0000
"""


def test_codes_are_found_in_mail_text_by_line() -> None:
    first = encode_answer_code(Q, FULL, respondent="Anna")
    second = encode_answer_code(Q, {**FULL, "start-1": 5}, respondent="Bo")
    found = find_codes(MAIL.format(first=first, second=second))
    assert found == [(4, first), (6, second), (8, "SAMV-0000-0000")]
    lines = read_codes(MAIL.format(first=first, second=second))
    assert [(line.line, line.code.respondent if line.code else None) for line in lines] == [
        (4, "Anna"),
        (6, "Bo"),
        (8, None),
    ]
    assert lines[2].error is not None and lines[2].error.key == "code.too_short"


def test_a_code_pasted_twice_is_read_once() -> None:
    text = encode_answer_code(Q, FULL)
    lines = read_codes(f"{text}\n{text.lower()}\n")
    assert lines[0].code is not None
    assert lines[1].error is not None and "rad 1" in lines[1].error.message("sv")


def test_codes_become_participants_and_bad_lines_are_refused_by_line() -> None:
    codes = [encode_answer_code(Q, {**FULL, "utfall-1": 1 + i % 5}, organisation=f"Org {i}") for i in range(10)]
    broken = codes[3][:-1] + ("0" if codes[3][-1] != "0" else "1")
    text = "\n".join([*codes, "Vänliga hälsningar", broken])
    group = Group.new(Q)
    outcome = add_codes(group, read_codes(text))
    assert [p.code for p in outcome.group.participants] == [f"D{i}" for i in range(1, 11)]
    assert [p.organisation for p in outcome.group.participants] == [f"Org {i}" for i in range(10)]
    assert outcome.added[0] == (1, "D1")
    assert [problem.message("sv") for problem in outcome.problems] == [
        "Rad 12: Koden är felskriven: kontrollsumman stämmer inte. Jämför den tecken för tecken med originalet."
    ]
    # The same codes offered again (another session): already in the group, by participant.
    again = add_codes(outcome.group, read_codes(codes[0]))
    assert again.added == ()
    assert again.problems[0].message("en") == "Line 1: The code is already in the group (participant D1)."


def test_the_same_answers_by_file_and_by_code_score_byte_identically() -> None:
    from samverkan_gui.cli import score_json

    answers = {**FULL, "design-2": 2, "process-4": 5}
    by_file = Assessment.new(Q, respondent="Anna", organisation="Storby kommun", date=dt.date(2026, 11, 26))
    for qid, value in answers.items():
        by_file = by_file.with_answer(qid, value)
    loaded = parse_assessment(dump_assessment(by_file, Q), "anna.samverkan")
    code = decode_answer_code(
        encode_answer_code(Q, answers, respondent="Anna", organisation="Storby kommun", date=dt.date(2026, 11, 26))
    )
    from_code = parse_assessment(dump_assessment(code.assessment(), Q), "kod.samverkan")
    for lang in ("sv", "en"):
        assert json.dumps(score_json(loaded.score(Q), lang)) == json.dumps(score_json(from_code.score(Q), lang))


def test_file_names_say_collaboration_who_and_date() -> None:
    assert (
        answer_file_name("Trygg hemgång – Östersund", "Anna Berg", "SAMV-AAAA-K7QX", dt.date(2026, 11, 26))
        == "Trygg-hemgång-Östersund-Anna-Berg-2026-11-26.samverkan"
    )
    assert answer_file_name("", "", "SAMV-AAAA-K7QX", None) == "K7QX.samverkan"


def test_the_format_is_documented() -> None:
    doc = (REPO / "docs" / "file-format.md").read_text(encoding="utf-8")
    assert "## Answer codes" in doc
    example = encode_answer_code(Q, FULL, date=dt.date(2026, 11, 26))
    assert example in doc, "the documented example is what the encoder writes"
