"""The action plan (Handlingsplan) and the follow-up record: plain frozen dataclasses.

A plan is kept in the assessment file and in the group file under ``plan``:
one :class:`BlockPlan` per chosen block, with the five planning questions of
the source ("De enkla men svåra frågorna": VARFÖR? VAD? VEM? VILKA? NÄR OCH
VAR? HUR?) and a list of concrete :class:`Action` s.  A follow-up assessment
records which earlier file it follows in :class:`FollowsRecord`.

Reading and writing them is in :mod:`samverkan_gui.core.codec`; the format is
documented in docs/file-format.md (format version 2).
"""

from __future__ import annotations

import datetime as dt
import enum
from collections.abc import Iterable
from dataclasses import dataclass, field

from samverkan_gui.core.messages import render
from samverkan_gui.core.text import clean_text


class Status(enum.StrEnum):
    """Where an action stands; the value is what the file stores."""

    PLANNED = "planned"
    STARTED = "started"
    DONE = "done"


#: The five planning questions, in the source's order (also the field order in the file).
PLAN_QUESTIONS: tuple[str, ...] = ("why", "what", "who", "when_where", "how")


def question_label(name: str, lang: str) -> str:
    """The planning question's heading, verbatim from the source ("VARFÖR?", "VEM? VILKA?" …)."""
    return render(f"plan.question.{name}", lang)


def question_detail(name: str, lang: str) -> str:
    """The line under the heading in the source ("Syftet med samverkan" …)."""
    return render(f"plan.question.{name}.detail", lang)


def status_label(status: Status | str, lang: str) -> str:
    """planerad / pågår / klar (planned / in progress / done)."""
    return render(f"plan.status.{Status(status).value}", lang)


#: The longest text one plan field may hold (characters).  Files with longer
#: texts are refused by name; text put into the model is cut to this length so
#: that whatever the app saves it can open again.  Editors limit input to it.
MAX_PLAN_TEXT = 10_000


def _clip(text: str) -> str:
    return clean_text(text)[:MAX_PLAN_TEXT]


@dataclass(frozen=True)
class Action:
    """One concrete step: what, who, by when, and how far it has come."""

    text: str
    who: str = ""
    due: dt.date | None = None
    status: Status = Status.PLANNED

    def __post_init__(self) -> None:
        object.__setattr__(self, "text", _clip(self.text))
        object.__setattr__(self, "who", _clip(self.who))
        object.__setattr__(self, "status", Status(self.status))

    def is_overdue(self, today: dt.date) -> bool:
        """Its due date has passed and it is not done."""
        return self.due is not None and self.due < today and self.status is not Status.DONE


@dataclass(frozen=True)
class BlockPlan:
    """The plan for one block of the questionnaire."""

    #: A block id of the questionnaire.
    block: str
    why: str = ""
    what: str = ""
    who: str = ""
    when_where: str = ""
    how: str = ""
    actions: tuple[Action, ...] = field(default_factory=tuple)

    def __post_init__(self) -> None:
        for name in PLAN_QUESTIONS:
            object.__setattr__(self, name, _clip(getattr(self, name)))
        object.__setattr__(self, "actions", tuple(self.actions))

    def is_empty(self) -> bool:
        """Nothing written: no answer to any of the five questions and no action."""
        return not self.actions and not any(getattr(self, name).strip() for name in PLAN_QUESTIONS)

    def answers(self) -> dict[str, str]:
        """The five question texts by field name, in :data:`PLAN_QUESTIONS` order."""
        return {name: getattr(self, name) for name in PLAN_QUESTIONS}


def normalise_plan(plan: Iterable[BlockPlan]) -> tuple[BlockPlan, ...]:
    """``plan`` as a tuple; a block planned twice is a programming error."""
    entries = tuple(plan)
    seen: set[str] = set()
    for entry in entries:
        if entry.block in seen:
            raise ValueError(f"block {entry.block!r} planned twice")
        seen.add(entry.block)
    return entries


def overdue_actions(plan: Iterable[BlockPlan], today: dt.date) -> tuple[tuple[str, Action], ...]:
    """(block id, action) for every action of ``plan`` past its due date and not done, in plan order."""
    return tuple((entry.block, action) for entry in plan for action in entry.actions if action.is_overdue(today))


def printable_plan(plan: Iterable[BlockPlan]) -> tuple[BlockPlan, ...]:
    """The entries worth printing: those with something written."""
    return tuple(entry for entry in plan if not entry.is_empty())


@dataclass(frozen=True)
class FollowsRecord:
    """Which assessment (or group file) a follow-up follows.

    Stored so that a reader (and :mod:`samverkan_gui.core.compare`) can tell the
    files of one collaboration apart and recognise the earlier file even after
    it was renamed or moved:

    * ``file``: the earlier file's name (never its folder: folders differ between PCs);
    * ``date``: the earlier assessment's date (``date`` in that file);
    * ``created``: the earlier file's ``created`` time stamp, which never changes when it is saved again;
    * ``sha256``: SHA-256 of the earlier file's bytes when the follow-up was made.
    """

    file: str = ""
    date: dt.date | None = None
    created: dt.datetime | None = None
    sha256: str = ""

    def __post_init__(self) -> None:
        object.__setattr__(self, "file", clean_text(self.file))
