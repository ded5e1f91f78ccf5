"""The PDF report: what a reader sees, in both languages, with user text shown as typed."""

from __future__ import annotations

import datetime as dt
import io
import re
from pathlib import Path

import pytest
from pypdf import PdfReader
from reportlab import rl_config

from samverkan_gui.core.assessment import load_assessment
from samverkan_gui.core.registry import shipped_registry
from samverkan_gui.report.pdf import write_assessment_pdf

Q = shipped_registry().default()
EXAMPLES = Path(__file__).resolve().parents[2] / "examples"
TODAY = dt.date(2026, 11, 26)


def _text(data: bytes) -> str:
    reader = PdfReader(io.BytesIO(data))
    return "\n".join(page.extract_text() for page in reader.pages)


def _pdf(assessment, lang: str | None = None) -> bytes:
    stream = io.BytesIO()
    write_assessment_pdf(assessment, Q, stream, lang=lang, today=TODAY)
    return stream.getvalue()


@pytest.fixture
def complete():
    return load_assessment(EXAMPLES / "komplett.samverkan")


def _flat(text: str) -> str:
    return re.sub(r"\s+", " ", text)


def test_swedish_report_shows_the_result(complete) -> None:
    data = _pdf(complete)
    assert data.startswith(b"%PDF")
    text = _flat(_text(data))
    assert "Testa din samverkan!" in text
    assert "Näringslivsrådet i Storby kommun" in text
    assert "Näringslivsutvecklare" in text and "Storby kommun" in text
    assert "2026-11-20" in text
    assert "66 av 105 poäng" in text
    assert "Poängintervall 63–83" in text
    assert "Titta särskilt på organisatorisk design och ledarskap." in text
    for question in Q.questions:
        assert _flat(question.text.get("sv")) in text
    assert "Vi saknar spelregler för hur beslut fattas mellan mötena." in text
    assert "Sida 1 av 3" in text and "Sida 3 av 3" in text
    assert "version 1" in text
    assert "4 – I hög grad" in text


def test_english_report(complete) -> None:
    text = _flat(_text(_pdf(complete, "en")))
    assert "Test your collaboration!" in text
    assert "66 of 105 points" in text
    assert "Look especially at organisational design and leadership." in text
    assert "Page 2 of 3" in text
    assert "Självskattning" not in text and "Sida" not in text


def test_language_follows_the_assessment(complete) -> None:
    text = _flat(_text(_pdf(complete.with_details(language="en"))))
    assert "66 of 105 points" in text


def test_metadata_title_and_language(complete) -> None:
    reader = PdfReader(io.BytesIO(_pdf(complete)))
    assert reader.metadata.title == "Testa din samverkan! – Näringslivsrådet i Storby kommun"
    assert reader.trailer["/Root"]["/Lang"] == "sv-SE"
    assert PdfReader(io.BytesIO(_pdf(complete, "en"))).trailer["/Root"]["/Lang"] == "en-GB"


def test_font_is_embedded_and_covers_sami_letters(complete) -> None:
    sami = "Sámi: č đ ŋ š ŧ ž Č Đ Ŋ Š Ŧ Ž"
    data = _pdf(complete.with_details(organisation=sami))
    assert b"DejaVuSans" in data and b"/FontFile2" in data
    assert sami in _text(data)


@pytest.mark.parametrize(
    "typed",
    [
        "a < b & c",
        "<b>inte fet</b>",
        '<img src="/etc/passwd"/>',
        '<a href="https://example.com">länk</a>',
        "<para>&amp; &lt; &#169;</para>",
    ],
)
def test_user_text_appears_as_typed(complete, typed: str) -> None:
    assessment = complete.with_details(collaboration=typed).with_note("utfall", f"Rad 1 {typed}\nRad 2")
    text = _text(_pdf(assessment))
    assert typed in text
    assert "Rad 1" in text and "Rad 2" in text


def test_line_breaks_in_notes_are_kept(complete) -> None:
    text = _text(_pdf(complete.with_note("utfall", "första raden\nandra raden")))
    lines = [line.strip() for line in text.splitlines()]
    assert "första raden" in lines and "andra raden" in lines


def test_no_file_is_read_because_of_user_text(complete, monkeypatch: pytest.MonkeyPatch) -> None:
    import builtins

    opened: list[str] = []
    real_open = builtins.open

    def spy(file, *args, **kwargs):  # type: ignore[no-untyped-def]
        opened.append(str(file))
        return real_open(file, *args, **kwargs)

    _pdf(complete)  # fonts are registered before we watch
    monkeypatch.setattr(builtins, "open", spy)
    _pdf(complete.with_details(collaboration='<img src="/etc/hostname"/>'))
    assert not [name for name in opened if "hostname" in name]


def test_draft_report_lists_missing_questions_and_has_no_total() -> None:
    draft = load_assessment(EXAMPLES / "utkast.samverkan")
    text = _flat(_text(_pdf(draft)))
    assert "Utkast: 13 av 21 frågor saknar svar." in text
    assert "av 105 poäng" not in text
    assert "Frågor utan svar" in text
    assert "Inget svar" in text
    assert "Är syftet med samverkan tydligt?" in text


def test_invariant_mode_gives_reproducible_bytes(complete, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(rl_config, "invariant", 1)
    assert _pdf(complete) == _pdf(complete)


def test_written_to_a_path_atomically(tmp_path: Path, complete) -> None:
    out = tmp_path / "rapport.pdf"
    out.write_bytes(b"old")
    write_assessment_pdf(complete, Q, out, today=TODAY)
    assert out.read_bytes().startswith(b"%PDF")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["rapport.pdf"]


def test_long_notes_flow_over_pages(complete) -> None:
    note = "\n".join(f"Rad {i}: " + "lång anteckning " * 12 for i in range(250))
    data = _pdf(complete.with_note("samverkansprocessen", note))
    reader = PdfReader(io.BytesIO(data))
    assert len(reader.pages) > 5
    assert "Rad 249:" in _text(data)


def _scored(total_plan: dict[str, int]):  # type: ignore[no-untyped-def]
    from samverkan_gui.core.assessment import Assessment

    assessment = Assessment.new(Q, collaboration="Band")
    for question_id, value in total_plan.items():
        assessment = assessment.with_answer(question_id, value)
    return assessment


@pytest.mark.parametrize("lang", ["sv", "en"])
def test_bands_whose_advice_names_no_block_still_name_the_weakest(lang: str) -> None:
    # 58 points (band 42–62, advice without a block); "design" is clearly the weakest block.
    plan = {q.id: (2 if q.id.startswith("design") else 3) for q in Q.questions}
    assessment = _scored(plan)
    result = assessment.score(Q)
    assert result.band is not None and "{weakest_blocks}" not in result.band.advice.get(lang)
    text = _flat(_text(_pdf(assessment, lang)))
    expected = {
        "sv": "Lägst andel av maxpoäng har organisatorisk design och ledarskap (40 %): titta särskilt där.",
        "en": "The lowest share of the maximum is in organisational design and leadership (40 %): look there especially.",
    }[lang]
    # The block's in-sentence name, lower case in both languages (the heading capitalises it).
    assert _flat(expected) in text


def test_no_second_weakest_line_when_the_advice_names_the_block(complete) -> None:
    text = _flat(_text(_pdf(complete)))
    assert "Titta särskilt på organisatorisk design och ledarskap." in text
    assert "Lägst andel av maxpoäng" not in text


def test_total_row_shows_the_share_like_the_window(complete) -> None:
    # 66 of 105: 63 % in the window's table, and now in the report's too.
    text = _flat(_text(_pdf(complete)))
    assert "Summa 66 105 63 %" in text
