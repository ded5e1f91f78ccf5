"""Where things land on the pages: no block alone on a page, colours explained before use."""

from __future__ import annotations

import io
import re

import pytest
from pypdf import PdfReader

from samverkan_gui.core.assessment import load_assessment
from samverkan_gui.core.group_load import load_files
from samverkan_gui.report.group_pdf import write_group_pdf
from samverkan_gui.report.pdf import write_assessment_pdf
from tests.conftest import EXAMPLES

#: An answers-per-question heading of the single report: "UTFALL (3/5)".
_BLOCK_HEADING = re.compile(r"^([A-ZÅÄÖ ]+) \(\d+/\d+\)$", re.MULTILINE)


def _pages(data: bytes) -> list[str]:
    return [page.extract_text() for page in PdfReader(io.BytesIO(data)).pages]


@pytest.mark.parametrize("name", ["komplett", "utkast", "complete-en"])
def test_no_block_of_answers_stands_alone_on_a_page(name: str, questionnaire) -> None:
    stream = io.BytesIO()
    write_assessment_pdf(load_assessment(EXAMPLES / f"{name}.samverkan"), questionnaire, stream)
    pages = _pages(stream.getvalue())
    headings = [_BLOCK_HEADING.findall(page) for page in pages]
    assert sum(len(found) for found in headings) == len(questionnaire.blocks)
    # The one-question outcome block shares its page with the block before it.
    last = questionnaire.blocks[-1].title.get("sv" if name != "complete-en" else "en")
    page_of_last = next(found for found in headings if last in found)
    assert len(page_of_last) >= 2, headings
    # And the source credit ends the last page with it, never alone.
    assert "Reglab" in pages[-1] and last in headings[-1]


@pytest.mark.parametrize("notes", [True, False])
@pytest.mark.parametrize("lang", ["sv", "en"])
def test_with_a_plan_the_last_page_never_holds_only_the_last_block(lang: str, notes: bool, questionnaire) -> None:
    import dataclasses
    import datetime as dt

    from samverkan_gui.core.plan import Action, BlockPlan

    plan = (
        BlockPlan(
            "organisatorisk-design",
            why="Beslut fattas inte mellan mötena",
            what="Spelregler",
            actions=(Action("Skriv spelregler", "Anna", dt.date(2027, 3, 31)), Action("Bjud in", "Per")),
        ),
    )
    assessment = load_assessment(EXAMPLES / "komplett.samverkan")
    assessment = dataclasses.replace(assessment, plan=plan, notes=assessment.notes if notes else {})
    stream = io.BytesIO()
    write_assessment_pdf(assessment, questionnaire, stream, lang=lang)
    last_page = _BLOCK_HEADING.findall(_pages(stream.getvalue())[-1])
    assert len(last_page) >= 2, last_page  # "UTFALL" and the credit line never alone


@pytest.mark.parametrize("lang", ["sv", "en"])
def test_group_pdf_explains_the_answer_colours_before_the_first_coloured_bar(lang: str, questionnaire) -> None:
    # The seven-person example: four questions where views differ (consensus below 0.6).
    outcome = load_files([EXAMPLES / "workshop-7.samverkan-grupp"])
    assert outcome.group.participants
    stream = io.BytesIO()
    write_group_pdf(outcome.group, questionnaire, stream, lang=lang)
    text = "\n".join(_pages(stream.getvalue()))
    legend = {"sv": "Fördelning av svaren:", "en": "Distribution of the answers:"}[lang]
    first_bars = {"sv": "Fördelning 1–5", "en": "Distribution 1–5"}[lang]
    assert _has_discussion(text, lang)
    assert text.index(legend) < text.index(first_bars)


def _has_discussion(text: str, lang: str) -> bool:
    # The group has questions where views differ, so their table (with bars) comes first.
    none = {"sv": "Gruppen har ungefär samma syn", "en": "The group has much the same view"}[lang]
    return none not in text
