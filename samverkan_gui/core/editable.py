"""What an assessment and a workshop group share as immutable documents.

Both are frozen dataclasses with answers (an assessment's own, a group's per
participant), the collaboration, date and language, notes per block, an action
plan and what they follow up.  Those fields, their cleaning on the way in and
the edits both documents have are written here once: each edit returns a
changed copy.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from dataclasses import KW_ONLY, dataclass, field, replace
from typing import TYPE_CHECKING, Any, ClassVar, Self

from samverkan_gui.core.messages import DEFAULT_LANGUAGE
from samverkan_gui.core.plan import BlockPlan, FollowsRecord, normalise_plan, printable_plan
from samverkan_gui.core.text import clean_text

if TYPE_CHECKING:
    from samverkan_gui.core.questionnaire import Questionnaire


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


@dataclass(frozen=True)
class EditableDocument:
    """The fields and edits of the document dataclasses (Assessment, Group).

    Every field after the questionnaire's key is keyword-only, so a subclass's own
    fields (an assessment's answers, a group's participants) keep their place
    after the key.
    """

    questionnaire_id: str
    questionnaire_version: int
    _: KW_ONLY
    #: Which collaboration is assessed ("Samverkan kring ...").
    collaboration: str = ""
    date: dt.date | None = None
    language: str = DEFAULT_LANGUAGE
    #: Free text per block id (a group's: what the group said).
    notes: Mapping[str, str] = field(default_factory=dict)
    created: dt.datetime | None = None
    modified: dt.datetime | None = None
    #: The action plan, one entry per chosen block (format version 2).
    plan: tuple[BlockPlan, ...] = ()
    #: Which file this one follows up (format version 2).
    follows: FollowsRecord | None = None

    #: Text fields cleaned on the way in (see core/text.py); subclasses add their own.
    TEXT_FIELDS: ClassVar[tuple[str, ...]] = ("collaboration",)
    #: What a follow-up keeps besides the questionnaire, collaboration, language and plan.
    FOLLOW_UP_FIELDS: ClassVar[tuple[str, ...]] = ()

    def __post_init__(self) -> None:
        # Every way in (the window, a file, a replace()) passes here.
        for name in self.TEXT_FIELDS:
            value = getattr(self, name)
            if isinstance(value, str):
                object.__setattr__(self, name, clean_text(value))
        object.__setattr__(self, "notes", clean_notes(self.notes))
        object.__setattr__(self, "plan", normalise_plan(self.plan))

    @property
    def key(self) -> tuple[str, int]:
        """The questionnaire's (id, version), as the registry finds it."""
        return (self.questionnaire_id, self.questionnaire_version)

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
        return replace(self, notes=notes)

    def with_details(self, **details: Any) -> Self:
        return replace(self, **details)

    def with_plan(self, plan: Sequence[BlockPlan]) -> Self:
        """A copy with ``plan`` (one entry per block; a block twice is a ValueError)."""
        return replace(self, plan=tuple(plan))

    def has_content(self) -> bool:
        """Whether anything was written into it (a never saved document is worth keeping then)."""
        return bool(self.collaboration or self.notes or printable_plan(self.plan))

    def content_equal(self, other: Self) -> bool:
        """Same data, ignoring the modification time (for 'unsaved changes').

        Block plans with nothing written are ignored too: they are not saved (see
        :func:`samverkan_gui.core.codec.add_version_2`), so ticking a block changes nothing to save.
        """

        def comparable(document: EditableDocument) -> Any:
            return replace(document, modified=None, plan=printable_plan(document.plan))

        return bool(comparable(self) == comparable(other))
