"""Which question is which: one numbering, the source's, for every output.

The source numbers its questions within each block ("Fråga 3 av 5" under the
block's heading), so every output names a question by its block's place and its
place in the block: "Fråga 2.3" / "Question 2.3" (block 2, question 3).  The
window's question page, the lowest-rated list, every PDF, the CSV, the entry
grid, the projector and the command line all call :func:`question_label`; a
group talking about "fråga 2.3" finds it wherever they look.  The word stays in
the label so that a spreadsheet never reads "3.10" as the number 3.1 or a date.
Machines use the question's id (``design-3``), which never changes.
"""

from __future__ import annotations

from dataclasses import dataclass

from samverkan_gui.core.messages import render
from samverkan_gui.core.questionnaire import Questionnaire


@dataclass(frozen=True)
class QuestionPlace:
    """Where a question stands in its questionnaire (1-based)."""

    block_number: int
    #: The question's place within its block, as the source numbers it.
    number: int
    #: How many questions the block has ("Fråga 3 av 5").
    block_size: int


def question_place(questionnaire: Questionnaire, question_id: str) -> QuestionPlace:
    """The block's place and the question's place in it; KeyError for a question the questionnaire lacks."""
    for block_number, block in enumerate(questionnaire.blocks, 1):
        for number, question in enumerate(block.questions, 1):
            if question.id == question_id:
                return QuestionPlace(block_number, number, len(block.questions))
    raise KeyError(question_id)


def question_label(questionnaire: Questionnaire, question_id: str, lang: str) -> str:
    """ "Block 2, fråga 3" / "Block 2, question 3": the one name of a question in every output."""
    place = question_place(questionnaire, question_id)
    return render("question.label", lang, block=place.block_number, number=place.number)
