"""What the assessment file and the group file share: one reader and one writer per piece.

Both files start with the same header (``format``, ``format_version``,
``questionnaire``), hold answers and notes by the same rules, and since format
version 2 the same ``plan`` and ``follows``.  Each piece is read (validated,
naming file, line and key on every refusal) and written here once; the two
file modules (:mod:`~samverkan_gui.core.assessment`,
:mod:`~samverkan_gui.core.group_file`) only list their own keys.

Versioning: a file that uses ``plan`` or ``follows`` is written as format
version 2; a file that uses neither is written as version 1, byte for byte as
before, so that colleagues on an older release can still open it.  A block
plan with nothing written in it (:meth:`BlockPlan.is_empty`, e.g. the weakest
block the plan page ticks by itself) is not written: it alone never makes a
file version 2.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path
from typing import Any, TypeVar

from samverkan_gui.core.atomic import atomic_write
from samverkan_gui.core.editable import EditableDocument, now
from samverkan_gui.core.errors import AssessmentFileError
from samverkan_gui.core.messages import DEFAULT_LANGUAGE, SUPPORTED_LANGUAGES
from samverkan_gui.core.plan import (
    MAX_PLAN_TEXT,
    PLAN_QUESTIONS,
    Action,
    BlockPlan,
    FollowsRecord,
    Status,
    printable_plan,
)
from samverkan_gui.core.questionnaire import Questionnaire
from samverkan_gui.core.registry import QuestionnaireRegistry, shipped_registry
from samverkan_gui.core.yamlio import YNode, dump, parse_document, read_bytes

D = TypeVar("D", bound=EditableDocument)
T = TypeVar("T")

#: The highest format version this release reads.
READ_VERSION = 2
#: The version written when no key of version 2 is used.
BASE_VERSION = 1
#: Keys that exist from format version 2 on (in both files).
VERSION_2_KEYS = ("plan", "follows")

_PLAN_KEYS = {"block", *PLAN_QUESTIONS, "actions"}
_ACTION_KEYS = {"text", "who", "due", "status"}
_FOLLOWS_KEYS = {"file", "date", "created", "sha256"}
_SHA256_RE = re.compile(r"^[0-9a-f]{64}$")


def is_null(node: YNode) -> bool:
    return node.node.tag.endswith(":null")


# --- reading -------------------------------------------------------------------


def check_header(root: YNode, fmt: str, allowed: set[str]) -> dict[str, YNode]:
    """Check ``format``/``format_version`` before anything else, then the keys.

    Keys of a later format version in an older-version file are refused (a
    file claiming version 1 with a ``plan`` would be misread by the release
    that wrote version 1 files).
    """
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
    if file_version > READ_VERSION:
        raise AssessmentFileError(
            "assessment.newer_version", path=root.path, value=file_version, supported=READ_VERSION
        )
    if file_version < 1:
        version_node.fail("schema.wrong_format", expected=BASE_VERSION, value=file_version)
    top = root.mapping(allowed, required={"format", "format_version", "questionnaire"})
    if file_version < 2:
        for key in VERSION_2_KEYS:
            if key in top:
                top[key].fail("plan.needs_version", version=2)
    return top


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
    if is_null(node):
        return {}
    known = set(questionnaire.question_ids)
    scale = questionnaire.scale
    answers: dict[str, int] = {}
    for question_id, value_node in node.mapping().items():
        if question_id not in known:
            value_node.fail("assessment.unknown_question", value=question_id)
        if is_null(value_node):
            continue
        value = value_node.integer()
        if not scale.min <= value <= scale.max:
            value_node.fail("assessment.answer_range", value=value, low=scale.min, high=scale.max)
        answers[question_id] = value
    return answers


def read_notes(node: YNode, questionnaire: Questionnaire) -> dict[str, str]:
    if is_null(node):
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


def _plan_text(node: YNode) -> str:
    text = node.optional_text()
    if len(text) > MAX_PLAN_TEXT:
        node.fail("plan.text_too_long", length=len(text), limit=MAX_PLAN_TEXT)
    return text


def read_plan(node: YNode, questionnaire: Questionnaire) -> tuple[BlockPlan, ...]:
    """The ``plan`` list: one entry per block, every key and value checked."""
    if is_null(node):
        return ()
    known = {block.id for block in questionnaire.blocks}
    plan: list[BlockPlan] = []
    seen: set[str] = set()
    for item in node.sequence():
        entries = item.mapping(_PLAN_KEYS, required={"block"})
        block_id = entries["block"].text()
        if block_id not in known:
            entries["block"].fail("assessment.unknown_block", value=block_id)
        if block_id in seen:
            entries["block"].fail("plan.block_twice", value=block_id)
        seen.add(block_id)
        texts = {name: _plan_text(entries[name]) for name in PLAN_QUESTIONS if name in entries}
        actions: tuple[Action, ...] = ()
        if "actions" in entries and not is_null(entries["actions"]):
            actions = tuple(_read_action(action) for action in entries["actions"].sequence())
        plan.append(BlockPlan(block=block_id, actions=actions, **texts))
    return tuple(plan)


def _read_action(node: YNode) -> Action:
    entries = node.mapping(_ACTION_KEYS, required={"text"})
    status = Status.PLANNED
    if "status" in entries and not is_null(entries["status"]):
        value = entries["status"].text(allow_empty=True)
        try:
            status = Status(value)
        except ValueError:
            entries["status"].fail("plan.bad_status", value=value, allowed=", ".join(s.value for s in Status))
    return Action(
        text=_plan_text(entries["text"]),
        who=_plan_text(entries["who"]) if "who" in entries else "",
        due=entries["due"].date() if "due" in entries else None,
        status=status,
    )


def read_follows(node: YNode) -> FollowsRecord | None:
    """The ``follows`` record of a follow-up (``null`` is none)."""
    if is_null(node):
        return None
    entries = node.mapping(_FOLLOWS_KEYS, required={"file"})
    sha256 = entries["sha256"].optional_text().strip().lower() if "sha256" in entries else ""
    if sha256 and not _SHA256_RE.match(sha256):
        entries["sha256"].fail("plan.bad_sha256")
    file_name = entries["file"].optional_text()
    if len(file_name) > MAX_PLAN_TEXT:
        entries["file"].fail("plan.text_too_long", length=len(file_name), limit=MAX_PLAN_TEXT)
    return FollowsRecord(
        file=file_name,
        date=entries["date"].date() if "date" in entries else None,
        created=entries["created"].datetime() if "created" in entries else None,
        sha256=sha256,
    )


def read_shared(top: Mapping[str, YNode], questionnaire: Questionnaire) -> dict[str, Any]:
    """The keys both files hold beside the questionnaire, as model keyword arguments."""

    def get(key: str, read: Any, default: Any) -> Any:
        return read(top[key]) if key in top else default

    return {
        "collaboration": get("collaboration", YNode.optional_text, ""),
        "date": get("date", YNode.date, None),
        "language": get("language", read_language, DEFAULT_LANGUAGE),
        "notes": get("notes", lambda n: read_notes(n, questionnaire), {}),
        "created": get("created", YNode.datetime, None),
        "modified": get("modified", YNode.datetime, None),
        "plan": get("plan", lambda n: read_plan(n, questionnaire), ()),
        "follows": get("follows", read_follows, None),
    }


# --- writing -------------------------------------------------------------------


def format_version(plan: Sequence[BlockPlan], follows: FollowsRecord | None) -> int:
    """2 when the file uses a version-2 key, else 1 (readable by older releases).

    Empty block plans are not written (see :func:`add_version_2`), so they do not count.
    """
    return 2 if printable_plan(plan) or follows is not None else BASE_VERSION


def header_data(fmt: str, document: EditableDocument) -> dict[str, Any]:
    """The keys every file starts with: ``format``, ``format_version``, ``questionnaire``."""
    return {
        "format": fmt,
        "format_version": format_version(document.plan, document.follows),
        "questionnaire": {"id": document.questionnaire_id, "version": document.questionnaire_version},
    }


def questionnaire_orders(questionnaire: Questionnaire | None) -> tuple[list[str] | None, list[str] | None]:
    """The question ids and block ids in the questionnaire's order (None each when not known)."""
    if questionnaire is None:
        return None, None
    return list(questionnaire.question_ids), [b.id for b in questionnaire.blocks]


def iso(value: dt.date | dt.datetime | None) -> str | None:
    return value.isoformat() if value else None


def ordered_answers(answers: Mapping[str, int], order: Sequence[str] | None) -> dict[str, int]:
    """Answers in the questionnaire's order when known; any others after, sorted."""
    ids = order if order is not None else sorted(answers)
    ordered = {qid: answers[qid] for qid in ids if qid in answers}
    ordered.update({qid: v for qid, v in sorted(answers.items()) if qid not in ordered})
    return ordered


def ordered_notes(notes: Mapping[str, str], block_order: Sequence[str] | None) -> dict[str, str]:
    ids = block_order if block_order is not None else sorted(notes)
    ordered = {bid: notes[bid] for bid in ids if notes.get(bid)}
    ordered.update({bid: text for bid, text in sorted(notes.items()) if bid not in ordered and text})
    return ordered


def plan_data(plan: Sequence[BlockPlan]) -> list[dict[str, Any]]:
    """The ``plan`` list as stored (also what ``samverkan score --json`` prints)."""
    return [
        {
            "block": entry.block,
            **entry.answers(),
            "actions": [
                {"text": a.text, "who": a.who, "due": iso(a.due), "status": a.status.value} for a in entry.actions
            ],
        }
        for entry in plan
    ]


def follows_data(follows: FollowsRecord) -> dict[str, Any]:
    return {
        "file": follows.file,
        "date": iso(follows.date),
        "created": iso(follows.created),
        "sha256": follows.sha256,
    }


def add_version_2(data: dict[str, Any], plan: Sequence[BlockPlan], follows: FollowsRecord | None) -> dict[str, Any]:
    """Append the version-2 keys that are used (none: the data stays version 1).

    Only block plans with something written are stored: a block merely ticked holds nothing to keep.
    """
    if follows is not None:
        data["follows"] = follows_data(follows)
    written = printable_plan(plan)
    if written:
        data["plan"] = plan_data(written)
    return data


def dump_document(header: str, data: Mapping[str, Any]) -> bytes:
    """The file's bytes: a one-line comment naming the format, then the YAML."""
    return header.encode("utf-8") + dump(dict(data))


def write_document(path: Path | str, data: bytes) -> None:
    """Save atomically (the old file survives any failure); raises SaveError."""
    atomic_write(Path(path), data)


def save_document(path: Path | str, document: D, to_bytes: Callable[[D], bytes], *, touch: bool = True) -> D:
    """Save atomically; returns the document as saved (with ``modified`` updated unless ``touch`` is False).

    Raises :class:`~samverkan_gui.core.errors.SaveError`; the old file is then intact.
    """
    saved: D = dataclasses.replace(document, modified=now()) if touch else document  # type: ignore[type-var]
    write_document(path, to_bytes(saved))
    return saved


def load_document(path: Path | str, parse: Callable[[bytes, str], T]) -> T:
    """Read a file whole and hand its bytes to ``parse``; raise :class:`AssessmentFileError`."""
    path = Path(path)
    return parse(read_bytes(path, AssessmentFileError), str(path))


def parse_root(data: bytes, name: str) -> YNode:
    """The parsed YAML document of a file's bytes; raise :class:`AssessmentFileError`."""
    return parse_document(data, name, AssessmentFileError)
