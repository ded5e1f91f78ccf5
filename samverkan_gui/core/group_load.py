"""Loading many assessment and group files into one group at once.

Loading never stops at the first bad file: every file that cannot be used is
reported by name (see :func:`load_files`) and the rest load.
"""

from __future__ import annotations

import datetime as dt
import gc
import hashlib
from collections.abc import Iterable
from dataclasses import dataclass, replace
from pathlib import Path

from samverkan_gui.core.assessment import FORMAT as ASSESSMENT_FORMAT
from samverkan_gui.core.assessment import Assessment, assessment_from_root
from samverkan_gui.core.errors import AssessmentFileError, SamverkanError
from samverkan_gui.core.file_kinds import is_samverkan_file
from samverkan_gui.core.group import CODE_PREFIX, CODE_RE, Group, Participant
from samverkan_gui.core.group_file import FORMAT, group_from_root
from samverkan_gui.core.questionnaire import Questionnaire
from samverkan_gui.core.registry import QuestionnaireRegistry, shipped_registry
from samverkan_gui.core.yamlio import parse_document, read_bytes


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
    #: The ``date`` of each file used, in the order of ``loaded`` (None when a file has none).
    dates: tuple[dt.date | None, ...] = ()


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
                (p for p in path.iterdir() if is_samverkan_file(p) and p.is_file()),
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

    The cyclic garbage collector is paused while the files load: every file adds
    thousands of long-lived objects and no cycles, and each full collection walks
    all of them, which made loading grow faster than the number of files.
    """
    collecting = gc.isenabled()
    gc.disable()
    try:
        return _load_files(paths, group, questionnaire=questionnaire, registry=registry)
    finally:
        if collecting:
            gc.enable()


def _load_files(
    paths: Iterable[Path | str],
    group: Group | None,
    *,
    questionnaire: Questionnaire | None,
    registry: QuestionnaireRegistry | None,
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
    dates: list[dt.date | None] = []
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
        dates.append(item.date)
        if isinstance(item, Assessment):
            added.append(roster.add(participant_from_assessment(item, source=path, sha256=digest)).code)
        else:
            if not roster.participants and not group.collaboration:
                group = group.with_details(
                    collaboration=item.collaboration, notes=dict(item.notes), plan=item.plan, follows=item.follows
                )
            for participant in item.participants:
                added.append(roster.add(participant).code)
    if group is None:
        group = Group.new(questionnaire or registry.default())
    elif roster is not None:
        group = replace(group, participants=tuple(roster.participants))
    return LoadOutcome(
        group=group, problems=tuple(problems), loaded=tuple(loaded), added=tuple(added), dates=tuple(dates)
    )


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
        if match := CODE_RE.match(participant.code):
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
        return group_from_root(root, registry)
    if fmt == ASSESSMENT_FORMAT:
        return assessment_from_root(root, registry)  # parsed once, not twice
    raise AssessmentFileError("assessment.foreign_file", path=name)


def _resolve(path: Path) -> Path:
    try:
        return path.resolve()
    except OSError:
        return path.absolute()
