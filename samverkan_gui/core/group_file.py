"""The group file (``format: samverkan-group``, suffix ``.samverkan-grupp``): save and load.

The format is documented in docs/file-format.md; the pieces it shares with the
assessment file (header, answers, notes, plan, follows) come from
:mod:`samverkan_gui.core.codec`.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

from samverkan_gui.core.codec import (
    READ_VERSION,
    add_version_2,
    check_header,
    dump_document,
    header_data,
    is_null,
    iso,
    load_document,
    ordered_answers,
    ordered_notes,
    parse_root,
    questionnaire_orders,
    read_answers,
    read_notes,
    read_shared,
    resolve_questionnaire,
    save_document,
)
from samverkan_gui.core.group import MAX_CODE_LENGTH, Group, Participant
from samverkan_gui.core.questionnaire import Questionnaire
from samverkan_gui.core.registry import QuestionnaireRegistry
from samverkan_gui.core.yamlio import YNode

FORMAT = "samverkan-group"
#: The highest format version this release reads (it writes 1 unless a plan or follows is used).
FORMAT_VERSION = READ_VERSION
HEADER = "# Samverkan – grupp / workshop group. UTF-8 YAML, see docs/file-format.md\n"

_TOP_KEYS = {
    "format",
    "format_version",
    "questionnaire",
    "collaboration",
    "date",
    "language",
    "created",
    "modified",
    "notes",
    "participants",
    "plan",
    "follows",
}
_PARTICIPANT_KEYS = {"code", "name", "organisation", "answers", "notes", "source"}
_SOURCE_KEYS = {"file", "sha256"}


def group_data(group: Group, questionnaire: Questionnaire | None = None) -> dict[str, Any]:
    """Plain data for YAML, answers and notes in the questionnaire's order when known."""
    order, block_order = questionnaire_orders(questionnaire)
    data = {
        **header_data(FORMAT, group),
        "collaboration": group.collaboration,
        "date": iso(group.date),
        "language": group.language,
        "created": iso(group.created),
        "modified": iso(group.modified),
        "notes": ordered_notes(group.notes, block_order),
        "participants": [_participant_data(p, order, block_order) for p in group.participants],
    }
    return add_version_2(data, group.plan, group.follows)


def _participant_data(
    participant: Participant, order: Sequence[str] | None, block_order: Sequence[str] | None
) -> dict[str, Any]:
    data: dict[str, Any] = {
        "code": participant.code,
        "name": participant.name,
        "organisation": participant.organisation,
        "answers": ordered_answers(participant.answers, order),
        "notes": ordered_notes(participant.notes, block_order),
    }
    if participant.source_file or participant.source_sha256:
        data["source"] = {"file": participant.source_file, "sha256": participant.source_sha256}
    return data


def dump_group(group: Group, questionnaire: Questionnaire | None = None) -> bytes:
    return dump_document(HEADER, group_data(group, questionnaire))


def save_group(
    path: Path | str, group: Group, questionnaire: Questionnaire | None = None, *, touch: bool = True
) -> Group:
    """Save atomically; returns the group as saved. Raises SaveError (old file intact)."""
    return save_document(path, group, lambda saved: dump_group(saved, questionnaire), touch=touch)


def load_group(path: Path | str, registry: QuestionnaireRegistry | None = None) -> Group:
    """Read and validate a group file; raise :class:`AssessmentFileError`."""
    return load_document(path, lambda data, name: parse_group(data, name, registry))


def parse_group(data: bytes, name: str, registry: QuestionnaireRegistry | None = None) -> Group:
    return group_from_root(parse_root(data, name), registry)


def group_from_root(root: YNode, registry: QuestionnaireRegistry | None) -> Group:
    """The group in an already parsed document (see :func:`parse_group`)."""
    top = check_header(root, FORMAT, _TOP_KEYS)
    questionnaire = resolve_questionnaire(top["questionnaire"], registry)
    participants: list[Participant] = []
    if "participants" in top and not is_null(top["participants"]):
        seen: set[str] = set()
        for item in top["participants"].sequence():
            participant = _read_participant(item, questionnaire)
            if participant.code in seen:
                item.mapping()["code"].fail("group.duplicate_code", value=participant.code)
            seen.add(participant.code)
            participants.append(participant)
    return Group(
        questionnaire_id=questionnaire.id,
        questionnaire_version=questionnaire.version,
        participants=tuple(participants),
        **read_shared(top, questionnaire),
    )


def _read_participant(node: YNode, questionnaire: Questionnaire) -> Participant:
    entries = node.mapping(_PARTICIPANT_KEYS, required={"code"})
    code = entries["code"].text().strip()
    if len(code) > MAX_CODE_LENGTH:
        entries["code"].fail("group.code_too_long", limit=MAX_CODE_LENGTH)
    source_file = source_sha = ""
    if "source" in entries and not is_null(entries["source"]):
        source = entries["source"].mapping(_SOURCE_KEYS)
        source_file = source["file"].optional_text() if "file" in source else ""
        source_sha = source["sha256"].optional_text() if "sha256" in source else ""
    return Participant(
        code=code,
        answers=read_answers(entries["answers"], questionnaire) if "answers" in entries else {},
        name=entries["name"].optional_text() if "name" in entries else "",
        organisation=entries["organisation"].optional_text() if "organisation" in entries else "",
        notes=read_notes(entries["notes"], questionnaire) if "notes" in entries else {},
        source_file=source_file,
        source_sha256=source_sha,
    )
