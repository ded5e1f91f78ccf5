"""What an assessment and a workshop group do alike as immutable documents.

Both are frozen dataclasses with answers (an assessment's own, a group's per
participant), notes per block, an action plan and a modification time. The
edits they share are written here once: each returns a changed copy.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any, Self

from samverkan_gui.core.messages import DEFAULT_LANGUAGE
from samverkan_gui.core.plan import printable_plan
from samverkan_gui.core.text import clean_text

if TYPE_CHECKING:
    from samverkan_gui.core.plan import BlockPlan, FollowsRecord
    from samverkan_gui.core.questionnaire import Questionnaire

#: ``dataclasses.replace`` for the frozen dataclasses below, whose mixin type mypy cannot see as one.
_replace: Any = dataclasses.replace


def now() -> dt.datetime:
    """The current time in UTC, to the second (what files store)."""
    return dt.datetime.now(dt.UTC).replace(microsecond=0)


def clean_notes(notes: Mapping[str, str]) -> dict[str, str]:
    """Notes with their text cleaned (see core/text.py); an empty note is no note."""
    cleaned = {block_id: clean_text(text) for block_id, text in notes.items()}
    return {block_id: text for block_id, text in cleaned.items() if text}


def answers_with(answers: Mapping[str, int], question_id: str, value: int | None) -> dict[str, int]:
    """``answers`` with one answer set, or removed when ``value`` is None."""
    changed = dict(answers)
    if value is None:
        changed.pop(question_id, None)
    else:
        changed[question_id] = value
    return changed


class EditableDocument:
    """Mixin for the frozen document dataclasses (Assessment, Group): the edits both have."""

    questionnaire_id: str
    questionnaire_version: int
    notes: Mapping[str, str]
    modified: dt.datetime | None
    plan: tuple[BlockPlan, ...]
    follows: FollowsRecord | None

    @classmethod
    def new(cls, questionnaire: Questionnaire, language: str = DEFAULT_LANGUAGE, **details: Any) -> Self:
        """A new document for ``questionnaire``, created and modified now, dated today unless given."""
        stamp = now()
        details.setdefault("date", stamp.date())
        return cls(
            questionnaire_id=questionnaire.id,  # type: ignore[call-arg]
            questionnaire_version=questionnaire.version,
            language=language,
            created=stamp,
            modified=stamp,
            **details,
        )

    def with_note(self, block_id: str, text: str) -> Self:
        notes = dict(self.notes)
        if text:
            notes[block_id] = text
        else:
            notes.pop(block_id, None)
        result: Self = _replace(self, notes=notes)
        return result

    def with_details(self, **details: Any) -> Self:
        result: Self = _replace(self, **details)
        return result

    def with_plan(self, plan: Sequence[BlockPlan]) -> Self:
        """A copy with ``plan`` (one entry per block; a block twice is a ValueError)."""
        result: Self = _replace(self, plan=tuple(plan))
        return result

    def content_equal(self, other: Self) -> bool:
        """Same data, ignoring the modification time (for 'unsaved changes').

        Block plans with nothing written are ignored too: they are not saved (see
        :func:`samverkan_gui.core.codec.add_version_2`), so ticking a block changes nothing to save.
        """

        def comparable(document: EditableDocument) -> Any:
            return _replace(document, modified=None, plan=printable_plan(document.plan))

        return bool(comparable(self) == comparable(other))
