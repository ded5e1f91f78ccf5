"""The learning-loop sections of the PDFs: band ladder, lowest-rated questions, Handlingsplan."""

from __future__ import annotations

import datetime as dt
import io
import re
from pathlib import Path

from pypdf import PdfReader

from samverkan_gui.core.assessment import load_assessment
from samverkan_gui.core.group import Group, Participant
from samverkan_gui.core.plan import Action, BlockPlan, FollowsRecord, Status
from samverkan_gui.core.registry import shipped_registry
from samverkan_gui.report.group_pdf import write_group_pdf
from samverkan_gui.report.pdf import write_assessment_pdf

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
    BlockPlan("startforhallanden"),  # nothing written: not printed
)


def _text(data: bytes) -> str:
    return re.sub(r"[ \t]+", " ", "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(data)).pages))


def _pdf(assessment, lang: str) -> str:
    stream = io.BytesIO()
    write_assessment_pdf(assessment, Q, stream, lang=lang, today=TODAY)
    return _text(stream.getvalue())


def test_single_pdf_shows_the_band_ladder_and_the_lowest_questions_in_both_languages() -> None:
    complete = load_assessment(EXAMPLES / "komplett.samverkan")
    sv = _pdf(complete, "sv")
    assert "Poängskala" in sv
    for band in ("21–41", "42–62", "63–83", "84–94", "95–105"):
        assert band in sv
    assert "66 av 105, intervall 63–83" in sv
    assert "Lägst skattade frågor" in sv
    # The three 2s of the example, in questionnaire order: design-2, design-3, process-10.
    lowest = sv[sv.index("Lägst skattade frågor") :]
    positions = [lowest.index(Q.question(qid).text.get("sv")[:30]) for qid in ("design-2", "design-3", "process-10")]
    assert positions == sorted(positions)
    assert "2 – I liten grad" in lowest
    en = _pdf(complete, "en")
    assert "66 of 105, range 63–83" in en and "Lowest-rated questions" in en
    assert "Handlingsplan" not in sv and "Action plan" not in en


def test_single_pdf_prints_the_plan_after_the_results_with_hostile_text_as_typed() -> None:
    assessment = load_assessment(EXAMPLES / "komplett.samverkan").with_plan(PLAN)
    assessment = assessment.with_details(follows=FollowsRecord("storby-2025.samverkan", dt.date(2025, 11, 20)))
    sv = _pdf(assessment, "sv")
    plan = sv[sv.index("Handlingsplan") :]
    assert sv.index("Resultat per block") < sv.index("Handlingsplan") < sv.index("Svar per fråga")
    assert "Uppföljning av storby-2025.samverkan (2025-11-20)." in plan
    for label in ("VARFÖR?", "VAD?", "VEM? VILKA?", "NÄR OCH VAR?", "HUR?", "Tajming, arenor/mötesplatser"):
        assert label in plan
    assert '<img src="x.png"> & <b>utkast</b>' in plan
    for cell in ("Åtgärd", "Vem", "Klart senast", "Status", "Skriv spelregler för styrgruppen", "2027-03-31"):
        assert cell in plan
    assert "planerad" in plan and "klar" in plan
    assert "STARTFÖRHÅLLANDEN" not in plan.split("Svar per fråga")[0]  # the empty block plan is left out
    en = _pdf(assessment, "en")
    assert "Action plan" in en and "WHY?" in en and "Due" in en and "done" in en


def test_group_pdf_prints_the_groups_plan(tmp_path: Path) -> None:
    group = Group(
        Q.id,
        Q.version,
        participants=(Participant("D1", dict.fromkeys(Q.question_ids, 3)),),
        collaboration="Unga i Norrby",
        plan=PLAN,
    )
    out = tmp_path / "grupp.pdf"
    write_group_pdf(group, Q, out, lang="sv", today=TODAY)
    text = _text(out.read_bytes())
    assert "Handlingsplan" in text and "Boka workshop" in text and "klar" in text
    write_group_pdf(Group(Q.id, Q.version, participants=group.participants), Q, out, lang="sv", today=TODAY)
    assert "Handlingsplan" not in _text(out.read_bytes())
