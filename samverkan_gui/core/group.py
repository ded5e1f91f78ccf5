"""A workshop group: many participants' answers to one questionnaire (the model).

A facilitator collects ``.samverkan`` files (one per participant) and typed-in
paper forms; the group holds them all under short codes (D1, D2, …) so that
the group view and the group report need not show names.  The group file is
read and written by :mod:`samverkan_gui.core.group_file`; loading many files at
once is :mod:`samverkan_gui.core.group_load`.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from typing import Any

from samverkan_gui.core.editable import EditableDocument, answers_with, clean_notes
from samverkan_gui.core.lookup import find
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
        return replace(self, answers=answers_with(self.answers, question_id, value))

    def score(self, questionnaire: Questionnaire) -> Result:
        return score(questionnaire, self.answers)


@dataclass(frozen=True)
class Group(EditableDocument):
    """Every participant of one workshop, for one questionnaire. Immutable like Assessment."""

    participants: tuple[Participant, ...] = ()

    def has_content(self) -> bool:
        return bool(self.participants or super().has_content())

    @property
    def codes(self) -> tuple[str, ...]:
        return tuple(p.code for p in self.participants)

    def participant(self, code: str) -> Participant:
        return find(self.participants, lambda participant: participant.code, code)

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
