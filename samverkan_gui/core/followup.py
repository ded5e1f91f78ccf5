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

from samverkan_gui.core.assessment import Assessment, now
from samverkan_gui.core.errors import AssessmentFileError
from samverkan_gui.core.group import Group
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


def follow_up(
    assessment: Assessment,
    source_path: Path | str,
    source_bytes: bytes | None = None,
    today: dt.date | None = None,
) -> Assessment:
    """A new assessment following ``assessment``, saved earlier at ``source_path``.

    ``source_bytes`` are the file's bytes as saved (read from ``source_path`` when not given;
    :class:`~samverkan_gui.core.errors.AssessmentFileError` when that fails).
    """
    stamp = now()
    return Assessment(
        questionnaire_id=assessment.questionnaire_id,
        questionnaire_version=assessment.questionnaire_version,
        collaboration=assessment.collaboration,
        respondent=assessment.respondent,
        organisation=assessment.organisation,
        date=today or stamp.date(),
        language=assessment.language,
        created=stamp,
        modified=stamp,
        plan=assessment.plan,
        follows=follows_record(source_path, assessment.date, assessment.created, source_bytes),
    )


def follow_up_group(
    group: Group,
    source_path: Path | str,
    source_bytes: bytes | None = None,
    today: dt.date | None = None,
) -> Group:
    """The same for a workshop group: no participants, the group's plan carried over."""
    stamp = now()
    return Group(
        questionnaire_id=group.questionnaire_id,
        questionnaire_version=group.questionnaire_version,
        collaboration=group.collaboration,
        date=today or stamp.date(),
        language=group.language,
        created=stamp,
        modified=stamp,
        plan=group.plan,
        follows=follows_record(source_path, group.date, group.created, source_bytes),
    )
