"""A workshop group: many participants' answers to one questionnaire, and the group file.

A facilitator collects ``.samverkan`` files (one per participant) and typed-in
paper forms; the group holds them all under short codes (D1, D2, …) so that
the group view and the group report need not show names.  The group file
(``format: samverkan-group``) is documented in docs/file-format.md.

Loading many files at once never stops at the first bad one: every file that
cannot be used is reported by name (see :func:`load_files`) and the rest load.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from samverkan_gui.core.assessment import (
    FORMAT as ASSESSMENT_FORMAT,
)
from samverkan_gui.core.assessment import (
    Assessment,
    assessment_from_root,
    check_header,
    now,
    read_answers,
    read_language,
    read_notes,
    resolve_questionnaire,
)
from samverkan_gui.core.atomic import atomic_write
from samverkan_gui.core.errors import AssessmentFileError, SamverkanError
from samverkan_gui.core.messages import DEFAULT_LANGUAGE
from samverkan_gui.core.questionnaire import Questionnaire
from samverkan_gui.core.registry import QuestionnaireRegistry, shipped_registry
from samverkan_gui.core.scoring import Result, score
from samverkan_gui.core.text import clean_text
from samverkan_gui.core.yamlio import YNode, dump, parse_document, read_bytes

FORMAT = "samverkan-group"
FORMAT_VERSION = 1
SUFFIX = ".samverkan-grupp"
#: Participant codes are D1, D2, … ("deltagare"); other codes a facilitator types are kept.
CODE_PREFIX = "D"
_CODE_RE = re.compile(r"^D(\d+)$")
MAX_CODE_LENGTH = 20

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
}
_PARTICIPANT_KEYS = {"code", "name", "organisation", "answers", "notes", "source"}
_SOURCE_KEYS = {"file", "sha256"}


@dataclass(frozen=True)
class Participant:
    """One participant's answers under a short code; the name is optional and private."""

    code: str
    answers: Mapping[str, int] = field(default_factory=dict)
    name: str = ""
    organisation: str = ""
    #: Free text per block id (from the participant's own file).
    notes: Mapping[str, str] = field(default_factory=dict)
    #: File name the answers came from ('' when typed in) and the SHA-256 of its bytes,
    #: so that the same file is recognised when it is offered again later.
    source_file: str = ""
    source_sha256: str = ""

    def __post_init__(self) -> None:
        # Typed or pasted text is cleaned on the way in, as in Assessment (see core/text.py).
        for name in ("code", "name", "organisation"):
            object.__setattr__(self, name, clean_text(getattr(self, name)))
        object.__setattr__(self, "notes", _clean_notes(self.notes))

    def with_answer(self, question_id: str, value: int | None) -> Participant:
        answers = dict(self.answers)
        if value is None:
            answers.pop(question_id, None)
        else:
            answers[question_id] = value
        return replace(self, answers=answers)

    def score(self, questionnaire: Questionnaire) -> Result:
        return score(questionnaire, self.answers)


@dataclass(frozen=True)
class Group:
    """Every participant of one workshop, for one questionnaire. Immutable like Assessment."""

    questionnaire_id: str
    questionnaire_version: int
    participants: tuple[Participant, ...] = ()
    collaboration: str = ""
    date: dt.date | None = None
    language: str = DEFAULT_LANGUAGE
    #: The facilitator's notes per block id (what the group said).
    notes: Mapping[str, str] = field(default_factory=dict)
    created: dt.datetime | None = None
    modified: dt.datetime | None = None

    def __post_init__(self) -> None:
        object.__setattr__(self, "collaboration", clean_text(self.collaboration))
        object.__setattr__(self, "notes", _clean_notes(self.notes))

    @classmethod
    def new(cls, questionnaire: Questionnaire, language: str = DEFAULT_LANGUAGE, **details: Any) -> Group:
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

    @property
    def key(self) -> tuple[str, int]:
        return (self.questionnaire_id, self.questionnaire_version)

    @property
    def codes(self) -> tuple[str, ...]:
        return tuple(p.code for p in self.participants)

    def participant(self, code: str) -> Participant:
        for participant in self.participants:
            if participant.code == code:
                return participant
        raise KeyError(code)

    def next_code(self) -> str:
        """The next free D-number: one more than the highest in use."""
        numbers = [int(m.group(1)) for c in self.codes if (m := _CODE_RE.match(c))]
        return f"{CODE_PREFIX}{max(numbers, default=0) + 1}"

    def with_participant(self, participant: Participant | None = None) -> Group:
        """Add ``participant`` (a new empty one when None); a taken code gets the next free one."""
        if participant is None:
            participant = Participant(code=self.next_code())
        elif not participant.code or participant.code in self.codes:
            participant = replace(participant, code=self.next_code())
        return replace(self, participants=(*self.participants, participant))

    def without_participant(self, code: str) -> Group:
        return replace(self, participants=tuple(p for p in self.participants if p.code != code))

    def with_answer(self, code: str, question_id: str, value: int | None) -> Group:
        return self._replace_participant(code, lambda p: p.with_answer(question_id, value))

    def with_participant_details(self, code: str, /, **details: Any) -> Group:
        if "code" in details and details["code"] != code and details["code"] in self.codes:
            raise ValueError(f"code {details['code']} already used")
        return self._replace_participant(code, lambda p: replace(p, **details))

    def with_note(self, block_id: str, text: str) -> Group:
        notes = dict(self.notes)
        if text:
            notes[block_id] = text
        else:
            notes.pop(block_id, None)
        return replace(self, notes=notes)

    def with_details(self, **details: Any) -> Group:
        return replace(self, **details)

    def content_equal(self, other: Group) -> bool:
        """Same data, ignoring the modification time (for 'unsaved changes')."""
        return replace(self, modified=None) == replace(other, modified=None)

    def _replace_participant(self, code: str, change: Any) -> Group:
        found = False
        changed = []
        for participant in self.participants:
            if participant.code == code:
                participant = change(participant)
                found = True
            changed.append(participant)
        if not found:
            raise KeyError(code)
        return replace(self, participants=tuple(changed))

    def has_source(self, sha256: str) -> Participant | None:
        for participant in self.participants:
            if sha256 and participant.source_sha256 == sha256:
                return participant
        return None

    # --- file format ---------------------------------------------------------

    def to_data(self, questionnaire: Questionnaire | None = None) -> dict[str, Any]:
        order = questionnaire.question_ids if questionnaire else None
        block_order = [b.id for b in questionnaire.blocks] if questionnaire else sorted(self.notes)
        return {
            "format": FORMAT,
            "format_version": FORMAT_VERSION,
            "questionnaire": {"id": self.questionnaire_id, "version": self.questionnaire_version},
            "collaboration": self.collaboration,
            "date": self.date.isoformat() if self.date else None,
            "language": self.language,
            "created": self.created.isoformat() if self.created else None,
            "modified": self.modified.isoformat() if self.modified else None,
            "notes": _ordered_notes(self.notes, block_order),
            "participants": [_participant_data(p, order, block_order) for p in self.participants],
        }


def _clean_notes(notes: Mapping[str, str]) -> dict[str, str]:
    cleaned = {block_id: clean_text(text) for block_id, text in notes.items()}
    return {block_id: text for block_id, text in cleaned.items() if text}


def _ordered_notes(notes: Mapping[str, str], block_order: Sequence[str]) -> dict[str, str]:
    ordered = {bid: notes[bid] for bid in block_order if notes.get(bid)}
    ordered.update({bid: text for bid, text in sorted(notes.items()) if bid not in ordered and text})
    return ordered


def _participant_data(
    participant: Participant, order: Sequence[str] | None, block_order: Sequence[str]
) -> dict[str, Any]:
    ids = order if order is not None else sorted(participant.answers)
    answers = {qid: participant.answers[qid] for qid in ids if qid in participant.answers}
    answers.update({qid: v for qid, v in sorted(participant.answers.items()) if qid not in answers})
    data: dict[str, Any] = {
        "code": participant.code,
        "name": participant.name,
        "organisation": participant.organisation,
        "answers": answers,
        "notes": _ordered_notes(participant.notes, block_order),
    }
    if participant.source_file or participant.source_sha256:
        data["source"] = {"file": participant.source_file, "sha256": participant.source_sha256}
    return data


def dump_group(group: Group, questionnaire: Questionnaire | None = None) -> bytes:
    header = "# Samverkan – grupp / workshop group. UTF-8 YAML, see docs/file-format.md\n"
    return header.encode("utf-8") + dump(group.to_data(questionnaire))


def save_group(
    path: Path | str, group: Group, questionnaire: Questionnaire | None = None, *, touch: bool = True
) -> Group:
    """Save atomically; returns the group as saved. Raises SaveError (old file intact)."""
    saved = replace(group, modified=now()) if touch else group
    atomic_write(Path(path), dump_group(saved, questionnaire))
    return saved


def load_group(path: Path | str, registry: QuestionnaireRegistry | None = None) -> Group:
    """Read and validate a group file; raise :class:`AssessmentFileError`."""
    path = Path(path)
    return parse_group(read_bytes(path, AssessmentFileError), str(path), registry)


def parse_group(data: bytes, name: str, registry: QuestionnaireRegistry | None = None) -> Group:
    return _group_from_root(parse_document(data, name, AssessmentFileError), registry)


def _group_from_root(root: YNode, registry: QuestionnaireRegistry | None) -> Group:
    top = check_header(root, FORMAT, FORMAT_VERSION, _TOP_KEYS)
    questionnaire = resolve_questionnaire(top["questionnaire"], registry)
    participants: list[Participant] = []
    if "participants" in top and not top["participants"].node.tag.endswith(":null"):
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
        collaboration=top["collaboration"].optional_text() if "collaboration" in top else "",
        date=top["date"].date() if "date" in top else None,
        language=read_language(top["language"]) if "language" in top else DEFAULT_LANGUAGE,
        notes=read_notes(top["notes"], questionnaire) if "notes" in top else {},
        created=top["created"].datetime() if "created" in top else None,
        modified=top["modified"].datetime() if "modified" in top else None,
    )


def _read_participant(node: YNode, questionnaire: Questionnaire) -> Participant:
    entries = node.mapping(_PARTICIPANT_KEYS, required={"code"})
    code = entries["code"].text().strip()
    if len(code) > MAX_CODE_LENGTH:
        entries["code"].fail("group.code_too_long", limit=MAX_CODE_LENGTH)
    source_file = source_sha = ""
    if "source" in entries and not entries["source"].node.tag.endswith(":null"):
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


# --- loading many files ------------------------------------------------------------


@dataclass(frozen=True)
class LoadOutcome:
    """What :func:`load_files` made of a batch of files."""

    group: Group
    #: One error per file that was not used, each naming the file.
    problems: tuple[SamverkanError, ...]
    #: The files that were used, in the order given.
    loaded: tuple[Path, ...]
    #: The participants added by this batch (codes in the returned group).
    added: tuple[str, ...]


def participant_from_assessment(
    assessment: Assessment, code: str = "", source: Path | None = None, sha256: str = ""
) -> Participant:
    return Participant(
        code=code,
        answers=dict(assessment.answers),
        name=assessment.respondent,
        organisation=assessment.organisation,
        notes=dict(assessment.notes),
        source_file=source.name if source else "",
        source_sha256=sha256,
    )


def expand_paths(paths: Iterable[Path | str]) -> list[Path]:
    """Folders become the Samverkan files directly inside them (sorted by name)."""
    expanded: list[Path] = []
    for entry in paths:
        path = Path(entry)
        if path.is_dir():
            expanded += sorted(
                (p for p in path.iterdir() if p.suffix in (".samverkan", SUFFIX) and p.is_file()),
                key=lambda p: p.name.lower(),
            )
        else:
            expanded.append(path)
    return expanded


def load_files(
    paths: Iterable[Path | str],
    group: Group | None = None,
    *,
    questionnaire: Questionnaire | None = None,
    registry: QuestionnaireRegistry | None = None,
) -> LoadOutcome:
    """Load assessment and group files into ``group`` (a new group when None).

    Every file is read on its own; a file that cannot be used is reported in
    ``problems`` by name and the others still load:

    * the same file twice (same path, or byte-identical content, also when that
      content already came into the group earlier),
    * a file of another questionnaire or version than the group's (the group's
      questionnaire is that of ``group``, else ``questionnaire``, else the first
      file that loads),
    * an unreadable, broken or foreign file.

    Participants from single files get the next free code; a group file's
    participants keep their codes unless taken, then they get the next free one.
    """
    registry = registry or shipped_registry()
    problems: list[SamverkanError] = []
    loaded: list[Path] = []
    added: list[str] = []
    seen_paths: dict[Path, Path] = {}
    seen_digests: dict[str, Path] = {}
    # Participants are collected here and put into the group once at the end: adding
    # them one by one with with_participant() costs O(n) each (10,000 files: minutes).
    roster = _Roster(group.participants) if group is not None else None
    for path in expand_paths(paths):
        name = path.name
        resolved = _resolve(path)
        if resolved in seen_paths:
            problems.append(AssessmentFileError("group.same_file", path=name))
            continue
        try:
            data = read_bytes(path, AssessmentFileError)
        except AssessmentFileError as exc:
            problems.append(exc)
            continue
        digest = hashlib.sha256(data).hexdigest()
        if digest in seen_digests:
            problems.append(AssessmentFileError("group.same_content", path=name, other=seen_digests[digest].name))
            continue
        if roster is not None and (earlier := roster.sources.get(digest)) is not None:
            problems.append(AssessmentFileError("group.already_in_group", path=name, code=earlier.code))
            continue
        try:
            item = parse_samverkan_file(data, str(path), registry)
        except SamverkanError as exc:
            problems.append(exc)
            continue
        key = (item.questionnaire_id, item.questionnaire_version)
        if group is None:
            if questionnaire is not None:
                group = Group.new(questionnaire)
            else:
                group = Group.new(registry.get(*key))
                if isinstance(item, Assessment):
                    group = group.with_details(collaboration=item.collaboration, language=item.language)
            roster = _Roster(group.participants)
        assert roster is not None
        if key != group.key:
            problems.append(
                AssessmentFileError(
                    "group.other_questionnaire",
                    path=name,
                    qid=key[0],
                    version=key[1],
                    group_qid=group.questionnaire_id,
                    group_version=group.questionnaire_version,
                )
            )
            continue
        seen_paths[resolved] = path
        seen_digests[digest] = path
        loaded.append(path)
        if isinstance(item, Assessment):
            added.append(roster.add(participant_from_assessment(item, source=path, sha256=digest)).code)
        else:
            if not roster.participants and not group.collaboration:
                group = group.with_details(collaboration=item.collaboration, notes=dict(item.notes))
            for participant in item.participants:
                added.append(roster.add(participant).code)
    if group is None:
        group = Group.new(questionnaire or registry.default())
    elif roster is not None:
        group = replace(group, participants=tuple(roster.participants))
    return LoadOutcome(group=group, problems=tuple(problems), loaded=tuple(loaded), added=tuple(added))


class _Roster:
    """Participants being added in one batch, with the codes :meth:`Group.with_participant` would give."""

    def __init__(self, participants: Iterable[Participant]) -> None:
        self.participants: list[Participant] = []
        self.codes: set[str] = set()
        self.highest = 0
        #: The first participant per source file digest (as :meth:`Group.has_source`).
        self.sources: dict[str, Participant] = {}
        for participant in participants:
            self._keep(participant)

    def add(self, participant: Participant) -> Participant:
        """Add ``participant``; without a code or with a taken one it gets the next free D-number."""
        if not participant.code or participant.code in self.codes:
            participant = replace(participant, code=f"{CODE_PREFIX}{self.highest + 1}")
        self._keep(participant)
        return participant

    def _keep(self, participant: Participant) -> None:
        self.participants.append(participant)
        self.codes.add(participant.code)
        if match := _CODE_RE.match(participant.code):
            self.highest = max(self.highest, int(match.group(1)))
        if participant.source_sha256:
            self.sources.setdefault(participant.source_sha256, participant)


def parse_samverkan_file(data: bytes, name: str, registry: QuestionnaireRegistry | None = None) -> Assessment | Group:
    """An assessment or a group, by the file's ``format``; anything else is refused."""
    root = parse_document(data, name, AssessmentFileError)
    fmt = None
    if root.is_mapping():
        fmt_node = root.node.value
        for key_node, value_node in fmt_node:
            if getattr(key_node, "value", None) == "format":
                fmt = getattr(value_node, "value", None)
    if fmt == FORMAT:
        return _group_from_root(root, registry)
    if fmt == ASSESSMENT_FORMAT:
        return assessment_from_root(root, registry)  # parsed once, not twice
    raise AssessmentFileError("assessment.foreign_file", path=name)


def _resolve(path: Path) -> Path:
    try:
        return path.resolve()
    except OSError:
        return path.absolute()
