"""A workshop group: many participants' answers to one questionnaire (the model).

A facilitator collects ``.samverkan`` files (one per participant) and typed-in
paper forms; the group holds them all under short codes (D1, D2, …) so that
the group view and the group report need not show names.  The group file is
read and written by :mod:`samverkan_gui.core.group_file`; loading many files at
once is :mod:`samverkan_gui.core.group_load`.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace
from typing import Any

from samverkan_gui.core.assessment import now
from samverkan_gui.core.messages import DEFAULT_LANGUAGE
from samverkan_gui.core.plan import BlockPlan, FollowsRecord, normalise_plan
from samverkan_gui.core.questionnaire import Questionnaire
from samverkan_gui.core.scoring import Result, score
from samverkan_gui.core.text import clean_text

#: Participant codes are D1, D2, … ("deltagare"); other codes a facilitator types are kept.
CODE_PREFIX = "D"
CODE_RE = re.compile(r"^D(\d+)$")
MAX_CODE_LENGTH = 20


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
        object.__setattr__(self, "notes", clean_notes(self.notes))

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
    #: The group's action plan, one entry per chosen block (format version 2).
    plan: tuple[BlockPlan, ...] = ()
    #: Which group file this one follows up (format version 2).
    follows: FollowsRecord | None = None

    def __post_init__(self) -> None:
        object.__setattr__(self, "collaboration", clean_text(self.collaboration))
        object.__setattr__(self, "plan", normalise_plan(self.plan))
        object.__setattr__(self, "notes", clean_notes(self.notes))

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
        numbers = [int(m.group(1)) for c in self.codes if (m := CODE_RE.match(c))]
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

    def with_plan(self, plan: Sequence[BlockPlan]) -> Group:
        """A copy with ``plan`` (one entry per block; a block twice is a ValueError)."""
        return replace(self, plan=tuple(plan))

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


def clean_notes(notes: Mapping[str, str]) -> dict[str, str]:
    cleaned = {block_id: clean_text(text) for block_id, text in notes.items()}
    return {block_id: text for block_id, text in cleaned.items() if text}
