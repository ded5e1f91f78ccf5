"""The Word reports as an organisation's own workflow treats them: opened in LibreOffice and exported to PDF.

LibreOffice Writer (Debian's ``libreoffice-writer``) converts them headless with its
tagged-PDF and PDF/UA options, and the result must pass the PDF/UA-1 profile of
``page-validation`` with no failed rule, keep the reading order, and carry the headings,
the language and the pictures' alt text over, long documents too.  One LibreOffice start
converts them all.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import re
import shutil
import subprocess
import time
from pathlib import Path

import page
import pytest
from pypdf import PdfReader
from pypdf.generic import ArrayObject, DictionaryObject

from samverkan_gui.core.assessment import Assessment, load_assessment, save_assessment
from samverkan_gui.core.compare import compare, load_for_compare
from samverkan_gui.core.group import Group, Participant
from samverkan_gui.core.group_file import load_group
from samverkan_gui.core.plan import Action, BlockPlan, Status
from samverkan_gui.core.registry import shipped_registry
from samverkan_gui.report.compare_word import write_compare_docx
from samverkan_gui.report.group_word import write_group_docx
from samverkan_gui.report.word import write_assessment_docx

Q = shipped_registry().default()
EXAMPLES = Path(__file__).resolve().parents[2] / "examples"
TODAY = dt.date(2026, 11, 26)
#: LibreOffice's PDF export filter with tagging and PDF/UA switched on.
EXPORT = "pdf:writer_pdf_Export:" + json.dumps(
    {
        "UseTaggedPDF": {"type": "boolean", "value": "true"},
        "PDFUACompliance": {"type": "boolean", "value": "true"},
    }
)

pytestmark = [pytest.mark.slow, pytest.mark.timeout(300)]


def _soffice() -> str:
    found = shutil.which("soffice") or shutil.which("libreoffice")
    assert found, "LibreOffice Writer is needed for this test (Debian: apt-get install libreoffice-writer)"
    return found


KINDS = ["rapport", "report", "grupp", "jamforelse"]
#: Long documents: 10,000-character notes in every block, 30 participants with notes, 10 files compared.
LONG = ["lang-rapport", "lang-grupp", "lang-jamforelse"]


def _long_cases(folder: Path) -> None:
    note = ("En lång anteckning om hur samverkan fungerar. " * 250)[:10_000]
    single = load_assessment(EXAMPLES / "komplett.samverkan")
    single = dataclasses.replace(single, notes={block.id: note for block in Q.blocks})
    write_assessment_docx(single, Q, folder / "lang-rapport.docx", "sv", today=TODAY)
    group = Group.new(Q, collaboration="Trettio deltagare", language="sv")
    for index in range(30):
        answers = {qid: 1 + (index + number) % 5 for number, qid in enumerate(Q.question_ids)}
        organisation = ("Region", "Kommun", "Polisen")[index % 3]
        group = group.with_participant(
            Participant("", answers, organisation=organisation, notes={"utfall": note[:800]})
        )
    write_group_docx(group, Q, folder / "lang-grupp.docx", "sv", participant_notes=True, today=TODAY)
    files = []
    for index in range(10):
        path = folder / f"tid-{index}.samverkan"
        answers = {qid: 1 + (index + number) % 5 for number, qid in enumerate(Q.question_ids)}
        save_assessment(path, Assessment(Q.id, Q.version, answers, date=dt.date(2017 + index, 5, 1)), Q)
        files.append(path)
    write_compare_docx(compare(load_for_compare(files)), folder / "lang-jamforelse.docx", "sv", today=TODAY)


@pytest.fixture(scope="module")
def converted(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    folder = tmp_path_factory.mktemp("libreoffice")
    plan = (
        BlockPlan(
            "organisatorisk-design",
            why="Beslut fattas inte mellan mötena",
            actions=(
                Action("Skriv spelregler", "Anna", dt.date(2027, 3, 31)),
                Action("Boka workshop", "Bo", None, Status.DONE),
            ),
        ),
    )
    complete = dataclasses.replace(load_assessment(EXAMPLES / "komplett.samverkan"), plan=plan)
    write_assessment_docx(complete, Q, folder / "rapport.docx", "sv", today=TODAY)
    write_assessment_docx(complete, Q, folder / "report.docx", "en", today=TODAY)
    write_group_docx(load_group(EXAMPLES / "workshop-7.samverkan-grupp"), Q, folder / "grupp.docx", "sv", today=TODAY)
    files = []
    for year, value in ((2024, 2), (2026, 4)):
        path = folder / f"{year}.samverkan"
        answers = dict.fromkeys(Q.question_ids, value)
        save_assessment(path, Assessment(Q.id, Q.version, answers, date=dt.date(year, 3, 1), plan=plan), Q)
        files.append(path)
    write_compare_docx(compare(load_for_compare(files)), folder / "jamforelse.docx", "sv", today=TODAY)
    _long_cases(folder)
    names = [*KINDS, *LONG]
    started = time.monotonic()
    done = subprocess.run(
        [
            _soffice(),
            "--headless",
            "--norestore",
            # A profile of its own: never the user's, and no clash with a LibreOffice already running.
            f"-env:UserInstallation={(folder / 'profile').as_uri()}",
            "--convert-to",
            EXPORT,
            "--outdir",
            str(folder),
            *[str(folder / f"{name}.docx") for name in names],
        ],
        capture_output=True,
        text=True,
        timeout=240,
        check=False,
    )
    seconds = time.monotonic() - started
    assert done.returncode == 0, done.stdout + done.stderr
    assert seconds < 120, f"LibreOffice took {seconds:.0f} s"
    return {name: folder / f"{name}.pdf" for name in names}


@pytest.mark.parametrize("name", KINDS + LONG)
def test_libreoffices_pdf_of_a_word_report_passes_pdf_ua_1(converted: dict[str, Path], name: str) -> None:
    report = page.validate_pdf(converted[name], profile="ua1")
    failures = [f"{failure.rule_id}: {failure.message}" for failure in report.failures]
    assert report.rules.failed == 0, failures
    assert report.is_compliant


def test_the_negative_control_fails_an_untagged_pdf(tmp_path: Path) -> None:
    """The check can fail: the same converter without the tagging options gives a PDF that does not pass."""
    document = tmp_path / "otaggad.docx"
    write_assessment_docx(load_assessment(EXAMPLES / "komplett.samverkan"), Q, document, "sv", today=TODAY)
    subprocess.run(
        [
            _soffice(),
            "--headless",
            "--norestore",
            f"-env:UserInstallation={(tmp_path / 'profile').as_uri()}",
            "--convert-to",
            "pdf",
            "--outdir",
            str(tmp_path),
            str(document),
        ],
        capture_output=True,
        timeout=240,
        check=True,
    )
    report = page.validate_pdf(tmp_path / "otaggad.pdf", profile="ua1")
    assert report.rules.failed > 0


def _structure(node: object, found: list[tuple[str, str]]) -> None:
    """(structure type, alt text) of every element under ``node``, in reading order."""
    node = node.get_object() if hasattr(node, "get_object") else node
    if isinstance(node, ArrayObject):
        for child in node:
            _structure(child, found)
    elif isinstance(node, DictionaryObject):
        if "/S" in node:
            found.append((str(node["/S"]), str(node.get("/Alt", ""))))
        if "/K" in node:
            _structure(node["/K"], found)


def test_the_converted_pdf_keeps_order_headings_language_and_alt_text(converted: dict[str, Path]) -> None:
    reader = PdfReader(converted["rapport"])
    assert reader.trailer["/Root"]["/Lang"] == "sv-SE"
    assert reader.metadata.title == "Testa din samverkan! – Näringslivsrådet i Storby kommun"
    text = re.sub(r"\s+", " ", " ".join(p.extract_text() for p in reader.pages))
    positions = [text.index(heading) for heading in ("66 av 105 poäng", "Handlingsplan", "Svar per fråga")]
    assert positions == sorted(positions)
    elements: list[tuple[str, str]] = []
    _structure(reader.trailer["/Root"]["/StructTreeRoot"], elements)
    kinds = [kind for kind, _ in elements]
    assert kinds.count("/H1") == 1 and "/H2" in kinds and "/H3" in kinds
    assert "/Table" in kinds and "/TH" in kinds
    figures = [alt for kind, alt in elements if kind == "/Figure"]
    assert len(figures) == 2
    assert "ORGANISATORISK DESIGN OCH LEDARSKAP 13 av 25 (52\u00a0%)" in figures[1]
