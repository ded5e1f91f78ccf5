"""One person's (or one group's consensus) answers, and the ``.samverkan`` file.

The file format is a contract kept for years; see docs/file-format.md.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from samverkan_gui.core.codec import (
    READ_VERSION,
    add_version_2,
    check_header,
    dump_document,
    header_data,
    iso,
    load_document,
    ordered_answers,
    ordered_notes,
    parse_root,
    questionnaire_orders,
    read_answers,
    read_shared,
    resolve_questionnaire,
    save_document,
)
from samverkan_gui.core.editable import EditableDocument, answers_with
from samverkan_gui.core.questionnaire import Questionnaire
from samverkan_gui.core.registry import QuestionnaireRegistry
from samverkan_gui.core.scoring import Result, score
from samverkan_gui.core.yamlio import YNode

FORMAT = "samverkan-assessment"
#: The highest format version this release reads (it writes 1 unless a plan or follows is used).
FORMAT_VERSION = READ_VERSION

_TOP_KEYS = {
    "format",
    "format_version",
    "questionnaire",
    "collaboration",
    "respondent",
    "organisation",
    "date",
    "language",
    "created",
    "modified",
    "answers",
    "notes",
    "plan",
    "follows",
}


@dataclass(frozen=True)
class Assessment(EditableDocument):
    """Answers to one questionnaire plus what identifies them.

    Immutable: the ``with_*`` methods return a changed copy, so a UI session
    can hold the current value and compare it with the saved one.
    """

    answers: Mapping[str, int] = field(default_factory=dict)
    #: Optional: the respondent's name or role.
    respondent: str = ""
    organisation: str = ""

    TEXT_FIELDS = ("collaboration", "respondent", "organisation")
    FOLLOW_UP_FIELDS = ("respondent", "organisation")

    def has_content(self) -> bool:
        return bool(self.answers or self.respondent or self.organisation or super().has_content())

    def with_answer(self, question_id: str, value: int | None) -> Assessment:
        return replace(self, answers=answers_with(self.answers, question_id, value))

    def score(self, questionnaire: Questionnaire) -> Result:
        return score(questionnaire, self.answers)

    # --- file format ---------------------------------------------------------

    def to_data(self, questionnaire: Questionnaire | None = None) -> dict[str, Any]:
        """Plain data for YAML, answers in the questionnaire's order when known."""
        order, block_order = questionnaire_orders(questionnaire)
        data = {
            **header_data(FORMAT, self),
            "collaboration": self.collaboration,
            "respondent": self.respondent,
            "organisation": self.organisation,
            "date": iso(self.date),
            "language": self.language,
            "created": iso(self.created),
            "modified": iso(self.modified),
            "answers": ordered_answers(self.answers, order),
            "notes": ordered_notes(self.notes, block_order),
        }
        return add_version_2(data, self.plan, self.follows)


HEADER = "# Samverkan – självskattning / self-assessment. UTF-8 YAML, see docs/file-format.md\n"


def dump_assessment(assessment: Assessment, questionnaire: Questionnaire | None = None) -> bytes:
    return dump_document(HEADER, assessment.to_data(questionnaire))


def save_assessment(
    path: Path | str,
    assessment: Assessment,
    questionnaire: Questionnaire | None = None,
    *,
    touch: bool = True,
) -> Assessment:
    """Save atomically; returns the assessment as saved (with ``modified`` updated).

    Raises :class:`~samverkan_gui.core.errors.SaveError`; the old file is then intact.
    """
    return save_document(path, assessment, lambda saved: dump_assessment(saved, questionnaire), touch=touch)


def load_assessment(path: Path | str, registry: QuestionnaireRegistry | None = None) -> Assessment:
    """Read and validate a ``.samverkan`` file; raise :class:`AssessmentFileError`."""
    return load_document(path, lambda data, name: parse_assessment(data, name, registry))


def parse_assessment(data: bytes, name: str, registry: QuestionnaireRegistry | None = None) -> Assessment:
    return assessment_from_root(parse_root(data, name), registry)


def assessment_from_root(root: YNode, registry: QuestionnaireRegistry | None = None) -> Assessment:
    """The assessment in an already parsed document (see :func:`parse_assessment`)."""
    top = check_header(root, FORMAT, _TOP_KEYS)
    questionnaire = resolve_questionnaire(top["questionnaire"], registry)
    return Assessment(
        questionnaire_id=questionnaire.id,
        questionnaire_version=questionnaire.version,
        answers=read_answers(top["answers"], questionnaire) if "answers" in top else {},
        respondent=top["respondent"].optional_text() if "respondent" in top else "",
        organisation=top["organisation"].optional_text() if "organisation" in top else "",
        **read_shared(top, questionnaire),
    )
