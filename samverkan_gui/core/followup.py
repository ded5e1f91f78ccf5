"""A follow-up: a new, empty assessment (or group) of the same collaboration, carrying the plan.

The follow-up has the same questionnaire, collaboration, respondent and
organisation, today's date, no answers and no notes.  The earlier plan comes
along whole (the five answers and every action, status kept) so that the team
can mark what has been done; ``follows`` records which file it follows
(see :class:`~samverkan_gui.core.plan.FollowsRecord`).
"""

from __future__ import annotations

import datetime as dt
import hashlib
from pathlib import Path
from typing import Any, TypeVar

from samverkan_gui.core.editable import EditableDocument, now
from samverkan_gui.core.errors import AssessmentFileError
from samverkan_gui.core.plan import FollowsRecord
from samverkan_gui.core.yamlio import read_bytes


def follows_record(
    source_path: Path | str,
    date: dt.date | None,
    created: dt.datetime | None,
    source_bytes: bytes | None = None,
) -> FollowsRecord:
    """The record of the earlier file; its bytes are read from disk when not given."""
    path = Path(source_path)
    data = source_bytes if source_bytes is not None else read_bytes(path, AssessmentFileError)
    return FollowsRecord(file=path.name, date=date, created=created, sha256=hashlib.sha256(data).hexdigest())


D = TypeVar("D", bound=EditableDocument)


def follow_up(
    earlier: D,
    source_path: Path | str,
    source_bytes: bytes | None = None,
    today: dt.date | None = None,
) -> D:
    """A new document following ``earlier`` (an assessment or a group), saved earlier at ``source_path``.

    An assessment keeps its respondent and organisation; a group starts without participants.
    ``source_bytes`` are the file's bytes as saved (read from ``source_path`` when not given;
    :class:`~samverkan_gui.core.errors.AssessmentFileError` when that fails).
    """
    kept = {name: getattr(earlier, name) for name in earlier.FOLLOW_UP_FIELDS}
    return type(earlier)(**kept, **_carried(earlier, source_path, source_bytes, today))


def _carried(
    earlier: EditableDocument,
    source_path: Path | str,
    source_bytes: bytes | None,
    today: dt.date | None,
) -> dict[str, Any]:
    """What every follow-up takes from the earlier document: questionnaire, collaboration, language, plan.

    Dated today, created and modified now, and ``follows`` naming the earlier file.
    """
    stamp = now()
    return {
        "questionnaire_id": earlier.questionnaire_id,
        "questionnaire_version": earlier.questionnaire_version,
        "collaboration": earlier.collaboration,
        "date": today or stamp.date(),
        "language": earlier.language,
        "created": stamp,
        "modified": stamp,
        "plan": earlier.plan,
        "follows": follows_record(source_path, earlier.date, earlier.created, source_bytes),
    }
