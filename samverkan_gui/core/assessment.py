"""One person's (or one group's consensus) answers, and the ``.samverkan`` file.

The file format is a contract kept for years; see docs/file-format.md.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from samverkan_gui.core.atomic import atomic_write
from samverkan_gui.core.errors import AssessmentFileError
from samverkan_gui.core.messages import DEFAULT_LANGUAGE, SUPPORTED_LANGUAGES
from samverkan_gui.core.questionnaire import Questionnaire
from samverkan_gui.core.registry import QuestionnaireRegistry, shipped_registry
from samverkan_gui.core.scoring import Result, score
from samverkan_gui.core.text import clean_text
from samverkan_gui.core.yamlio import YNode, dump, parse_document, read_bytes

FORMAT = "samverkan-assessment"
FORMAT_VERSION = 1
SUFFIX = ".samverkan"

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
}


def now() -> dt.datetime:
    """The current time in UTC, to the second (what files store)."""
    return dt.datetime.now(dt.UTC).replace(microsecond=0)


@dataclass(frozen=True)
class Assessment:
    """Answers to one questionnaire plus what identifies them.

    Immutable: the ``with_*`` methods return a changed copy, so a UI session
    can hold the current value and compare it with the saved one.
    """

    questionnaire_id: str
    questionnaire_version: int
    answers: Mapping[str, int] = field(default_factory=dict)
    #: Which collaboration is assessed ("Samverkan kring ...").
    collaboration: str = ""
    #: Optional: the respondent's name or role.
    respondent: str = ""
    organisation: str = ""
    date: dt.date | None = None
    language: str = DEFAULT_LANGUAGE
    #: Free text per block id.
    notes: Mapping[str, str] = field(default_factory=dict)
    created: dt.datetime | None = None
    modified: dt.datetime | None = None

    @classmethod
    def new(cls, questionnaire: Questionnaire, language: str = DEFAULT_LANGUAGE, **details: Any) -> Assessment:
        stamp = now()
        details.setdefault("date", stamp.date())
        return cls(
            questionnaire_id=questionnaire.id,
            questionnaire_version=questionnaire.version,
            language=language,
            created=stamp,
            modified=stamp,
            **details,
        )

    def __post_init__(self) -> None:
        # Every way in (the window, a file, a replace()) passes here; see core/text.py.
        for name in ("collaboration", "respondent", "organisation"):
            value = getattr(self, name)
            if isinstance(value, str):
                object.__setattr__(self, name, clean_text(value))
        notes = {block_id: clean_text(text) for block_id, text in self.notes.items()}
        object.__setattr__(self, "notes", {block_id: text for block_id, text in notes.items() if text})

    def with_answer(self, question_id: str, value: int | None) -> Assessment:
        answers = dict(self.answers)
        if value is None:
            answers.pop(question_id, None)
        else:
            answers[question_id] = value
        return replace(self, answers=answers)

    def with_note(self, block_id: str, text: str) -> Assessment:
        notes = dict(self.notes)
        if text:
            notes[block_id] = text
        else:
            notes.pop(block_id, None)
        return replace(self, notes=notes)

    def with_details(self, **details: Any) -> Assessment:
        return replace(self, **details)

    def score(self, questionnaire: Questionnaire) -> Result:
        return score(questionnaire, self.answers)

    def content_equal(self, other: Assessment) -> bool:
        """Same data, ignoring the modification time (for 'unsaved changes')."""
        return replace(self, modified=None) == replace(other, modified=None)

    # --- file format ---------------------------------------------------------

    def to_data(self, questionnaire: Questionnaire | None = None) -> dict[str, Any]:
        """Plain data for YAML, answers in the questionnaire's order when known."""
        order = questionnaire.question_ids if questionnaire else tuple(sorted(self.answers))
        answers = {qid: self.answers[qid] for qid in order if qid in self.answers}
        answers.update({qid: v for qid, v in sorted(self.answers.items()) if qid not in answers})
        block_order = [b.id for b in questionnaire.blocks] if questionnaire else sorted(self.notes)
        notes = {bid: self.notes[bid] for bid in block_order if self.notes.get(bid)}
        return {
            "format": FORMAT,
            "format_version": FORMAT_VERSION,
            "questionnaire": {"id": self.questionnaire_id, "version": self.questionnaire_version},
            "collaboration": self.collaboration,
            "respondent": self.respondent,
            "organisation": self.organisation,
            "date": self.date.isoformat() if self.date else None,
            "language": self.language,
            "created": _iso(self.created),
            "modified": _iso(self.modified),
            "answers": answers,
            "notes": notes,
        }


def _iso(value: dt.datetime | None) -> str | None:
    return value.isoformat() if value else None


def dump_assessment(assessment: Assessment, questionnaire: Questionnaire | None = None) -> bytes:
    header = "# Samverkan – självskattning / self-assessment. UTF-8 YAML, see docs/file-format.md\n"
    return header.encode("utf-8") + dump(assessment.to_data(questionnaire))


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
    saved = replace(assessment, modified=now()) if touch else assessment
    atomic_write(Path(path), dump_assessment(saved, questionnaire))
    return saved


def load_assessment(path: Path | str, registry: QuestionnaireRegistry | None = None) -> Assessment:
    """Read and validate a ``.samverkan`` file; raise :class:`AssessmentFileError`."""
    path = Path(path)
    return parse_assessment(read_bytes(path, AssessmentFileError), str(path), registry)


def parse_assessment(data: bytes, name: str, registry: QuestionnaireRegistry | None = None) -> Assessment:
    return assessment_from_root(parse_document(data, name, AssessmentFileError), registry)


def assessment_from_root(root: YNode, registry: QuestionnaireRegistry | None = None) -> Assessment:
    """The assessment in an already parsed document (see :func:`parse_assessment`)."""
    top = check_header(root, FORMAT, FORMAT_VERSION, _TOP_KEYS)
    questionnaire = resolve_questionnaire(top["questionnaire"], registry)
    return Assessment(
        questionnaire_id=questionnaire.id,
        questionnaire_version=questionnaire.version,
        answers=read_answers(top["answers"], questionnaire) if "answers" in top else {},
        collaboration=top["collaboration"].optional_text() if "collaboration" in top else "",
        respondent=top["respondent"].optional_text() if "respondent" in top else "",
        organisation=top["organisation"].optional_text() if "organisation" in top else "",
        date=top["date"].date() if "date" in top else None,
        language=read_language(top["language"]) if "language" in top else DEFAULT_LANGUAGE,
        notes=read_notes(top["notes"], questionnaire) if "notes" in top else {},
        created=top["created"].datetime() if "created" in top else None,
        modified=top["modified"].datetime() if "modified" in top else None,
    )


# --- pieces shared with the group file -------------------------------------


def check_header(root: YNode, fmt: str, version: int, allowed: set[str]) -> dict[str, YNode]:
    """Check ``format``/``format_version`` before anything else, then the keys."""
    if not root.is_mapping():
        raise AssessmentFileError("assessment.foreign_file", path=root.path)
    loose = root.mapping()
    fmt_node = loose.get("format")
    if fmt_node is None or fmt_node.scalar() != fmt:
        raise AssessmentFileError("assessment.foreign_file", path=root.path)
    version_node = loose.get("format_version")
    if version_node is None:
        root.fail("schema.missing_key", missing="format_version")
    file_version = version_node.integer()
    if file_version > version:
        raise AssessmentFileError("assessment.newer_version", path=root.path, value=file_version, supported=version)
    if file_version < 1:
        version_node.fail("schema.wrong_format", expected=version, value=file_version)
    return root.mapping(allowed, required={"format", "format_version", "questionnaire"})


def resolve_questionnaire(node: YNode, registry: QuestionnaireRegistry | None) -> Questionnaire:
    entries = node.mapping({"id", "version"}, required={"id", "version"})
    questionnaire_id, version = entries["id"].text(), entries["version"].integer()
    found = (registry or shipped_registry()).find(questionnaire_id, version)
    if found is None:
        raise AssessmentFileError(
            "assessment.unknown_questionnaire", path=node.path, qid=questionnaire_id, version=version
        )
    return found


def read_answers(node: YNode, questionnaire: Questionnaire) -> dict[str, int]:
    if node.node.tag.endswith(":null"):
        return {}
    known = set(questionnaire.question_ids)
    scale = questionnaire.scale
    answers: dict[str, int] = {}
    for question_id, value_node in node.mapping().items():
        if question_id not in known:
            value_node.fail("assessment.unknown_question", value=question_id)
        if value_node.node.tag.endswith(":null"):
            continue
        value = value_node.integer()
        if not scale.min <= value <= scale.max:
            value_node.fail("assessment.answer_range", value=value, low=scale.min, high=scale.max)
        answers[question_id] = value
    return answers


def read_notes(node: YNode, questionnaire: Questionnaire) -> dict[str, str]:
    if node.node.tag.endswith(":null"):
        return {}
    known = {block.id for block in questionnaire.blocks}
    notes: dict[str, str] = {}
    for block_id, text_node in node.mapping().items():
        if block_id not in known:
            text_node.fail("assessment.unknown_block", value=block_id)
        text = text_node.optional_text()
        if text:
            notes[block_id] = text
    return notes


def read_language(node: YNode) -> str:
    lang = node.text()
    if lang not in SUPPORTED_LANGUAGES:
        node.fail("schema.unknown_language", lang=lang, languages=", ".join(SUPPORTED_LANGUAGES))
    return lang
