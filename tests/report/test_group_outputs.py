"""Group PDF, blank form and CSV, read back the way a user (or Excel) would."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pypdf import PdfReader

from samverkan_gui.core.group import Group, Participant
from samverkan_gui.report.blank_form import write_blank_form
from samverkan_gui.report.group_csv import write_group_csv
from samverkan_gui.report.group_pdf import write_group_pdf


def _text(path_or_bytes) -> str:
    reader = PdfReader(path_or_bytes if isinstance(path_or_bytes, (str, Path)) else io.BytesIO(path_or_bytes))
    return "\n".join(page.extract_text() for page in reader.pages)


def _flat(text: str) -> str:
    return " ".join(text.split())


@pytest.fixture
def workshop(questionnaire) -> Group:
    ids = questionnaire.question_ids
    group = Group.new(questionnaire, collaboration="Samverkan kring <unga> & äldre")
    # D1 all 3 (63), D2 all 4 (84), D3 all 2 but start-1 = 5 (45); D4 answered only start-1 = 1.
    group = group.with_participant(Participant("", dict.fromkeys(ids, 3), name="Anna Hemlig", organisation="Region"))
    group = group.with_participant(Participant("", dict.fromkeys(ids, 4), name="Bo Hemlig"))
    group = group.with_participant(Participant("", {**dict.fromkeys(ids, 2), "start-1": 5}))
    group = group.with_participant(Participant("", {"start-1": 1}, notes={"utfall": "PRIVAT ANTECKNING"}))
    return group.with_note("startforhallanden", "Tillit finns.\n<b>Resurser</b> saknas.")


def test_group_pdf_shows_the_group_picture_and_no_individuals(tmp_path: Path, questionnaire, workshop) -> None:
    target = tmp_path / "grupp.pdf"
    write_group_pdf(workshop, questionnaire, target, "sv")
    text = _flat(_text(target))
    assert "Gruppens resultat" in text
    assert "Samverkan kring <unga> & äldre" in text
    assert "4 deltagare, 3 med alla frågor besvarade: D1, D2, D3, D4" in text
    assert "Medelsumma 64,0 av 105 poäng" in text
    assert "Lägst 45, högst 84 poäng (n = 3" in text
    assert "Poängintervall 63–83" in text
    assert "Titta särskilt på organisatorisk design och ledarskap samt samverkansprocessen." in text
    assert "Här skiljer sig synen" in text
    # start-1 answers 3, 4, 5, 1: consensus 0.396, the only question listed; its row says how
    # many answered.
    assert "Frågor där gruppens samsyn är under 0,60" in text
    assert "Samsyn" in text
    assert "0,40" in text
    assert "n = 4 (1 utan svar)" not in text
    assert "Tillit finns. <b>Resurser</b> saknas." in text
    # Privacy: no names, no participant's own notes.
    assert "Hemlig" not in text
    assert "PRIVAT" not in text
    assert "Region" not in text


def test_group_pdf_names_only_when_asked(questionnaire, workshop) -> None:
    out = io.BytesIO()
    write_group_pdf(workshop, questionnaire, out, "en", show_names=True)
    text = _flat(_text(out.getvalue()))
    assert "D1 (Anna Hemlig, Region)" in text
    assert "Mean total 64.0 of 105 points" in text
    assert "Where views differ" in text


def test_group_pdf_of_empty_group(questionnaire) -> None:
    out = io.BytesIO()
    write_group_pdf(Group.new(questionnaire), questionnaire, out, "sv")
    text = _flat(_text(out.getvalue()))
    assert "Ingen deltagare har besvarat alla frågor ännu" in text
    assert "ingen fråga har samsyn under 0,60" in text


@pytest.mark.parametrize(
    ("lang", "label", "code"),
    [("sv", "I mycket hög grad", "Deltagarkod"), ("en", "To a very large extent", "Participant code")],
)
def test_blank_form_lists_every_question_with_the_scale(tmp_path: Path, questionnaire, lang, label, code) -> None:
    target = tmp_path / "form.pdf"
    write_blank_form(questionnaire, target, lang)
    text = _flat(_text(target))
    assert code in text
    assert f"5 = {label}" in text
    for _block, question in questionnaire.iter_questions():
        assert _flat(question.text.get(lang)) in text
    # Numbered as the source numbers them, per block: the last question is 4.1, not 21.
    assert ("Fråga 4.1 " if lang == "sv" else "Question 4.1 ") in text
    assert "Fråga 3.10 " in text or "Question 3.10 " in text
    # One A4 page in both languages: no page two holding a block and the credit line.
    assert len(PdfReader(target).pages) == 1


def test_blank_form_prefilled_with_the_collaboration_and_asks_about_the_questions(
    tmp_path: Path, questionnaire
) -> None:
    target = tmp_path / "form.pdf"
    write_blank_form(questionnaire, target, "sv", collaboration="Samverkan kring <unga> i Norrby")
    text = _flat(_text(target))
    assert "Samverkan Samverkan kring <unga> i Norrby" in text
    assert "Svara på frågorna" in text
    assert "påståendet" not in text


def _read_like_swedish_excel(path: Path) -> list[list[str]]:
    with path.open(encoding="utf-8-sig", newline="") as stream:
        return list(csv.reader(stream, delimiter=";"))


def test_csv_reads_back_in_swedish_excel_style(tmp_path: Path, questionnaire, workshop) -> None:
    target = tmp_path / "grupp.csv"
    write_group_csv(workshop, questionnaire, target, "sv")
    assert target.read_bytes().startswith(b"\xef\xbb\xbf")
    rows = _read_like_swedish_excel(target)
    header = rows[0]
    assert header[:6] == ["Nr", "Block", "Fråge-id", "Fråga", "Antal svar", "Utan svar"]
    assert len(rows) == 1 + 21 + 4 + 2  # questions, blocks, total, band
    first = dict(zip(header, rows[1], strict=True))
    assert first["Fråge-id"] == "start-1"
    assert first["Antal svar"] == "4"
    assert [first[f"Antal {v}"] for v in range(1, 6)] == ["1", "0", "1", "1", "1"]
    assert first["Medel"] == "3,25"
    assert first["Spridning"] == "4"
    assert first["Samsyn"] == "0,396"
    assert first["Synen skiljer sig"] == "ja"
    second = dict(zip(header, rows[2], strict=True))
    assert second["Utan svar"] == "1"
    assert second["Medel"] == "3,00"
    assert "D1" not in header


def test_csv_per_participant_and_english(tmp_path: Path, questionnaire, workshop) -> None:
    target = tmp_path / "group.csv"
    write_group_csv(workshop, questionnaire, target, "en", per_participant=True)
    with target.open(encoding="utf-8-sig", newline="") as stream:
        rows = list(csv.reader(stream))
    assert rows[0][-4:] == ["D1", "D2", "D3", "D4"]
    assert rows[1][-4:] == ["3", "4", "5", "1"]
    assert rows[2][-4:] == ["3", "4", "2", ""]
    assert dict(zip(rows[0], rows[1], strict=True))["Mean"] == "3.25"
    by_id = {row[2]: dict(zip(rows[0], row, strict=True)) for row in rows[1:]}
    # Block rows: D1 all 3 (start block 15 of 25), D2 all 4, D3 2s and start-1 = 5; D4 incomplete.
    start = by_id["startforhallanden"]
    assert start["Question"] == "Block score (max 25)"
    assert (start["Answers"], start["No answer"]) == ("3", "1")
    assert [start[code] for code in ("D1", "D2", "D3", "D4")] == ["15", "20", "13", ""]
    assert (start["Mean"], start["Lowest"], start["Highest"]) == ("16.00", "13", "20")
    total = by_id["total"]
    assert [total[code] for code in ("D1", "D2", "D3", "D4")] == ["63", "84", "45", ""]
    assert total["Mean"] == "64.00"
    band = by_id["band"]
    assert band["Mean"] == "63–83"
    assert [band[code] for code in ("D1", "D2", "D3", "D4")] == ["63–83", "84–94", "42–62", ""]


@pytest.mark.parametrize(
    ("lang", "number_format", "separator", "mean"),
    [("en", "sv", ";", "3,25"), ("sv", "en", ",", "3.25"), ("en", "en", ",", "3.25"), ("sv", None, ";", "3,25")],
)
def test_csv_number_format_is_chosen_apart_from_the_language(
    tmp_path: Path, questionnaire, workshop, lang, number_format, separator, mean
) -> None:
    target = tmp_path / "g.csv"
    write_group_csv(workshop, questionnaire, target, lang, number_format=number_format)
    with target.open(encoding="utf-8-sig", newline="") as stream:
        rows = list(csv.reader(stream, delimiter=separator))
    assert len(rows[0]) > 10  # the separator really splits the row
    header = rows[0]
    mean_column = header.index("Mean" if lang == "en" else "Medel")
    assert rows[1][mean_column] == mean


def test_participants_notes_only_when_asked_and_under_codes(questionnaire, workshop) -> None:
    workshop = workshop.with_participant_details("D2", notes={"samverkansprocessen": "Vi möts för sällan."})
    plain = io.BytesIO()
    write_group_pdf(workshop, questionnaire, plain, "sv", show_names=True)
    text = _flat(_text(plain.getvalue()))
    assert "Deltagarnas anteckningar" not in text
    assert "PRIVAT ANTECKNING" not in text
    assert "Vi möts för sällan." not in text
    with_notes = io.BytesIO()
    write_group_pdf(workshop, questionnaire, with_notes, "sv", show_names=True, participant_notes=True)
    text = _flat(_text(with_notes.getvalue()))
    assert "Deltagarnas anteckningar:" in text
    assert "D4: PRIVAT ANTECKNING" in text
    assert "D2: Vi möts för sällan." in text
    assert "D2 (Bo Hemlig): Vi" not in text
    # The facilitator's notes are still there, once.
    assert text.count("Tillit finns.") == 1


def test_csv_defuses_formulas(tmp_path: Path, questionnaire) -> None:
    group = Group.new(questionnaire).with_participant(Participant("=HYPERLINK(1)", {"start-1": 2}))
    target = tmp_path / "g.csv"
    write_group_csv(group, questionnaire, target, "sv", per_participant=True)
    rows = _read_like_swedish_excel(target)
    assert rows[0][-1] == "'=HYPERLINK(1)"


@settings(max_examples=30, suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.filter_too_much])
@given(
    people=st.lists(
        st.tuples(
            st.text(min_size=1, max_size=8).filter(lambda c: c.strip() == c and c.isprintable()),
            st.dictionaries(st.sampled_from(["start-1", "design-2", "utfall-1"]), st.integers(1, 5)),
        ),
        max_size=6,
        unique_by=lambda person: person[0],
    ),
    lang=st.sampled_from(["sv", "en"]),
)
def test_csv_round_trip_property(questionnaire, people, lang) -> None:
    group = Group.new(questionnaire)
    for code, answers in people:
        group = group.with_participant(Participant(code, answers))
    out = io.BytesIO()
    write_group_csv(group, questionnaire, out, lang, per_participant=True)
    rows = list(
        csv.reader(io.StringIO(out.getvalue().decode("utf-8-sig"), newline=""), delimiter=";" if lang == "sv" else ",")
    )
    assert len(rows) == 1 + len(questionnaire.question_ids) + len(questionnaire.blocks) + 2
    assert all(len(row) == len(rows[0]) for row in rows)
    header_codes = rows[0][len(rows[0]) - len(group.participants) :]
    for cell, participant in zip(header_codes, group.participants, strict=True):
        # Text Excel would run as a formula is prefixed with an apostrophe.
        assert cell in (participant.code, "'" + participant.code)
    question_rows = rows[1 : 1 + len(questionnaire.question_ids)]
    for row, question_id in zip(question_rows, questionnaire.question_ids, strict=True):
        answered = [p.answers[question_id] for p in group.participants if question_id in p.answers]
        assert sum(int(row[6 + v - 1]) for v in range(1, 6)) == len(answered)


def test_group_pdf_names_the_weakest_block_when_the_advice_does_not(questionnaire) -> None:
    # Two participants, all 3 but "design" all 2: mean 58 (band 42–62, advice without a block).
    ids = questionnaire.question_ids
    answers = {qid: (2 if qid.startswith("design") else 3) for qid in ids}
    group = Group.new(questionnaire)
    group = group.with_participant(Participant("", answers)).with_participant(Participant("", answers))
    text = _flat(_text(_group_pdf_bytes(group, questionnaire, "sv")))
    assert "Poängintervall 42–62" in text
    assert "Lägst andel av maxpoäng har organisatorisk design och ledarskap (medel 40 %): titta särskilt där." in text
    text = _flat(_text(_group_pdf_bytes(group, questionnaire, "en")))
    assert "lowest share of the maximum is in" in text and "(mean 40 %)" in text


def test_group_pdf_says_the_weakest_block_once_when_the_advice_names_it(questionnaire, workshop) -> None:
    text = _flat(_text(_group_pdf_bytes(workshop, questionnaire, "sv")))
    assert "Titta särskilt på organisatorisk design" in text
    assert "Lägst andel av maxpoäng" not in text


def _group_pdf_bytes(group, questionnaire, lang: str) -> bytes:  # type: ignore[no-untyped-def]
    out = io.BytesIO()
    write_group_pdf(group, questionnaire, out, lang)
    return out.getvalue()


def test_the_english_consensus_column_heading_is_one_word(workshop: Group, questionnaire) -> None:
    # "Consensus" broke as "Consensu" / "s" in the question tables' narrow last column.
    out = io.BytesIO()
    write_group_pdf(workshop, questionnaire, out, "en")
    lines = _text(out.getvalue()).splitlines()
    assert any(line.split()[-1:] == ["Consensus"] for line in lines)
    assert "s" not in {line.strip() for line in lines}
