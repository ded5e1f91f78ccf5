"""What the recent-files list says about each file: its kind and how complete it is.

Reading a file costs a YAML parse, so each result is kept per file and reused
while the file's modification time and size stay the same; the start view asks
only after the window is on screen.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from pathlib import Path

from samverkan_gui.core.errors import SamverkanError
from samverkan_gui.core.file_kinds import kind_of

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Summary:
    """``answered`` of ``total`` questions (an assessment), or ``participants`` (a group)."""

    kind: str
    answered: int = 0
    total: int = 0
    participants: int = 0


_cache: dict[Path, tuple[tuple[int, int], Summary | None]] = {}


def summary(path: Path) -> Summary | None:
    """The file's summary; None when it is gone or cannot be read (the list still shows its name)."""
    try:
        status = path.stat()
    except OSError:
        return None
    stamp = (status.st_mtime_ns, status.st_size)
    cached = _cache.get(path)
    if cached is not None and cached[0] == stamp:
        return cached[1]
    found = _read(path)
    _cache[path] = (stamp, found)
    return found


def _read(path: Path) -> Summary | None:
    from samverkan_gui.core.errors import AssessmentFileError
    from samverkan_gui.core.registry import shipped_registry
    from samverkan_gui.core.yamlio import read_bytes

    try:
        data = read_bytes(path, AssessmentFileError)
        if kind_of(path) == "group":
            from samverkan_gui.core.group_file import parse_group

            group = parse_group(data, str(path))
            return Summary("group", participants=len(group.participants))
        from samverkan_gui.core.assessment import parse_assessment

        assessment = parse_assessment(data, str(path))
    except SamverkanError as exc:
        log.info("recent file %s not summarised: %s", path, exc)
        return None
    questionnaire = shipped_registry().find(assessment.questionnaire_id, assessment.questionnaire_version)
    total = len(questionnaire.question_ids) if questionnaire is not None else 0
    return Summary("assessment", answered=len(assessment.answers), total=total)
