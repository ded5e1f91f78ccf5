"""Comparing assessments of one collaboration over time (the learning loop).

:func:`load_for_compare` reads two or more ``.samverkan`` files, group files or
folders (a folder is one group of the Samverkan files directly inside it) and
refuses, with every problem listed, files of another questionnaire.
:func:`compare` puts them in date order and computes what the comparison view,
the comparison PDF and ``samverkan compare --json`` show.

The rules (also in docs/file-format.md, "Comparing over time"):

* **Order**: by date, oldest first; equal dates keep the order given; items
  without a date come last.
* **Per item**: an assessment's total (None while a draft), band and block
  scores as in :mod:`~samverkan_gui.core.scoring`.  A group's (or folder's)
  total is the mean total over its complete participants, its band the band
  of that mean rounded half up, a block's score the mean over the participants
  who answered the whole block, a question's value the mean of its answers.
* **Changes** are last minus first.  The total's change is None when either
  total is missing; a block's change is None when either has the block
  unanswered (an assessment: any question of it).  Questions: only those
  answered in both, largest change (by size) first, then questionnaire order.
  **Moved most** are the first :data:`MOVED` questions that went up, and
  down, in that order.
* **Versions**: files of different versions of the same questionnaire are
  compared on the questions both versions have: the changes of blocks and
  total are then sums over those shared questions only, and
  :attr:`Comparison.versions_differ` tells the view to say so.

Group numbers are exact fractions inside and rounded to one decimal (half up)
only when shown.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from fractions import Fraction
from pathlib import Path
from typing import Any

from samverkan_gui.core.assessment import Assessment
from samverkan_gui.core.errors import AssessmentFileError, SamverkanError
from samverkan_gui.core.file_kinds import is_samverkan_file
from samverkan_gui.core.group import Group
from samverkan_gui.core.group_load import expand_paths, load_files, parse_samverkan_file
from samverkan_gui.core.messages import Msg, render
from samverkan_gui.core.numbers import round_decimals, round_half_up
from samverkan_gui.core.plan import BlockPlan, FollowsRecord, Status
from samverkan_gui.core.questionnaire import Band, Block, Question, Questionnaire
from samverkan_gui.core.registry import QuestionnaireRegistry, shipped_registry
from samverkan_gui.core.yamlio import read_bytes

#: How many questions "moved most" lists, up and down.
MOVED = 3

Number = int | Fraction


class CompareError(SamverkanError):
    """The files chosen cannot be compared; the message lists every problem."""


@dataclass(frozen=True)
class _Problems(Msg):
    """Several errors as one message parameter, one line each, in the language asked for."""

    errors: tuple[SamverkanError, ...] = ()

    def render(self, lang: str) -> str:
        return "\n".join(error.message(lang) for error in self.errors)


@dataclass(frozen=True)
class CompareItem:
    """One point in time: an assessment, or a group (a group file or a folder)."""

    path: Path
    questionnaire: Questionnaire
    date: dt.date | None
    assessment: Assessment | None = None
    group: Group | None = None

    @property
    def is_group(self) -> bool:
        return self.group is not None

    @property
    def name(self) -> str:
        """What the user chose: the file's (or folder's) name."""
        return self.path.name

    @property
    def collaboration(self) -> str:
        """Which collaboration the file says it assesses ('' when it names none)."""
        owner = self.assessment or self.group
        return owner.collaboration if owner is not None else ""

    @property
    def plan(self) -> tuple[BlockPlan, ...]:
        owner = self.assessment or self.group
        return owner.plan if owner is not None else ()

    @property
    def answer_sets(self) -> tuple[Mapping[str, int], ...]:
        """Everyone's answers: one set for an assessment, one per participant for a group."""
        if self.group is not None:
            return tuple(p.answers for p in self.group.participants)
        assert self.assessment is not None
        return (self.assessment.answers,)


@dataclass(frozen=True)
class CompareInput:
    """The items to compare, as chosen (not yet in date order)."""

    items: tuple[CompareItem, ...]


@dataclass(frozen=True)
class BlockValue:
    block: Block
    #: An assessment's block score (what is answered so far), a group's mean over
    #: participants with the whole block answered; None when a group has none.
    score: Number | None
    max: int
    complete: bool


@dataclass(frozen=True)
class ItemScore:
    item: CompareItem
    #: Position in date order, 0-based.
    index: int
    complete: bool
    #: The total (a group's mean total, exact); None when incomplete.
    total: Number | None
    max: int
    band: Band | None
    blocks: tuple[BlockValue, ...]
    #: Question id → the answer (a group's mean answer), for the questions answered.
    questions: Mapping[str, Number]
    #: Participants of a group (None for an assessment).
    participants: int | None = None

    def block_value(self, block_id: str) -> BlockValue | None:
        for value in self.blocks:
            if value.block.id == block_id:
                return value
        return None


@dataclass(frozen=True)
class BlockChange:
    block: Block
    #: Last minus first; None when either has the block unanswered.
    change: Number | None


@dataclass(frozen=True)
class QuestionChange:
    block: Block
    question: Question
    #: Position in the (latest) questionnaire, 1-based.
    number: int
    first: Number
    last: Number

    @property
    def change(self) -> Number:
        return self.last - self.first


@dataclass(frozen=True)
class Comparison:
    #: The latest item's questionnaire (block and question names come from it).
    questionnaire: Questionnaire
    #: In date order.
    items: tuple[ItemScore, ...]
    total_change: Number | None
    blocks: tuple[BlockChange, ...]
    #: Questions answered in both first and last, largest change first.
    questions: tuple[QuestionChange, ...]
    #: The items come from different versions of the questionnaire.
    versions_differ: bool = False
    #: Ids of the questions every item's questionnaire has (all, when versions agree).
    shared_questions: tuple[str, ...] = field(default_factory=tuple)

    @property
    def first(self) -> ItemScore:
        return self.items[0]

    @property
    def last(self) -> ItemScore:
        return self.items[-1]

    @property
    def moved_up(self) -> tuple[QuestionChange, ...]:
        return tuple(q for q in self.questions if q.change > 0)[:MOVED]

    @property
    def moved_down(self) -> tuple[QuestionChange, ...]:
        return tuple(q for q in self.questions if q.change < 0)[:MOVED]

    @property
    def collaborations(self) -> tuple[str, ...]:
        """The collaborations compared, each once, in date order (one unless the user said otherwise)."""
        return collaborations(item.item for item in self.items)

    @property
    def collaborations_differ(self) -> bool:
        return len(self.collaborations) > 1

    @property
    def individual_and_group(self) -> bool:
        """One person's answers are compared with a group's means: a change may be who answered."""
        kinds = {item.item.is_group for item in self.items}
        return len(kinds) > 1

    @property
    def plans(self) -> tuple[tuple[ItemScore, tuple[BlockPlan, ...]], ...]:
        """Each item's plan with something written, in date order (the earlier plans' actions)."""
        return tuple((item, plan) for item in self.items if (plan := _written(item.item.plan)))


@dataclass(frozen=True)
class ActionHistory:
    """One action as it appears in the plans over time (the same block and text is the same action)."""

    block: str
    text: str
    #: Who and due date as in the latest file that has the action.
    who: str
    due: dt.date | None
    #: (item, status) for every item whose plan has the action, in date order.
    statuses: tuple[tuple[ItemScore, Status], ...]

    def is_overdue(self, today: dt.date) -> bool:
        """Past its due date and not done at the latest occasion that has it."""
        return self.due is not None and self.due < today and self.statuses[-1][1] is not Status.DONE

    @property
    def changes(self) -> tuple[tuple[ItemScore, Status], ...]:
        """The first status and every later one that differs from the one before."""
        kept: list[tuple[ItemScore, Status]] = []
        for entry in self.statuses:
            if not kept or kept[-1][1] != entry[1]:
                kept.append(entry)
        return tuple(kept)


def action_history(result: Comparison) -> tuple[ActionHistory, ...]:
    """Every action of every plan once, with its status at each date, in order of first appearance."""
    found: dict[tuple[str, str], dict[str, Any]] = {}
    for item in result.items:
        for entry in item.item.plan:
            for action in entry.actions:
                key = (entry.block, action.text)
                record = found.setdefault(key, {"statuses": []})
                record.update(who=action.who, due=action.due)
                record["statuses"].append((item, action.status))
    return tuple(
        ActionHistory(block, text, r["who"], r["due"], tuple(r["statuses"])) for (block, text), r in found.items()
    )


def _written(plan: Sequence[BlockPlan]) -> tuple[BlockPlan, ...]:
    return tuple(entry for entry in plan if not entry.is_empty())


# --- which collaboration ---------------------------------------------------------------


def collaboration_key(name: str) -> str:
    """Names that differ only in case or spacing name the same collaboration."""
    return " ".join(name.split()).casefold()


def collaborations(items: Iterable[CompareItem]) -> tuple[str, ...]:
    """The different collaborations of ``items``, each once as first written, in the order given."""
    found: dict[str, str] = {}
    for item in items:
        found.setdefault(collaboration_key(item.collaboration), item.collaboration)
    return tuple(found.values())


@dataclass(frozen=True)
class _CollaborationFiles(Msg):
    """Each collaboration quoted with the files that assess it: ”A” (a.samverkan); ”B” (b.samverkan)."""

    groups: tuple[tuple[str, tuple[str, ...]], ...] = ()

    def render(self, lang: str) -> str:
        return "; ".join(f"{quoted_collaboration(name, lang)} ({', '.join(files)})" for name, files in self.groups)


def quoted_collaboration(name: str, lang: str) -> str:
    """The collaboration in quotation marks, or the words for none named."""
    return render("compare.quoted", lang, name=name) if name else render("compare.no_collaboration", lang)


def require_one_collaboration(items: CompareInput | Sequence[CompareItem]) -> None:
    """Raise :class:`CompareError` naming every collaboration and its files when there is more than one.

    A trend is only a trend within one collaboration: files of different ones (a shared
    folder, a wrong file) are compared only when the user asks for it.
    """
    chosen = items.items if isinstance(items, CompareInput) else tuple(items)
    by_key: dict[str, tuple[str, list[str]]] = {}
    for item in chosen:
        entry = by_key.setdefault(collaboration_key(item.collaboration), (item.collaboration, []))
        entry[1].append(item.name)
    if len(by_key) > 1:
        groups = tuple((name, tuple(files)) for name, files in by_key.values())
        raise CompareError(
            "compare.collaborations_differ",
            collaborations=_CollaborationFiles("compare.collaborations_differ", groups=groups),
        )


# --- loading -------------------------------------------------------------------------


def load_for_compare(paths: Iterable[Path | str], registry: QuestionnaireRegistry | None = None) -> CompareInput:
    """Read every path; raise :class:`CompareError` listing every problem, or fewer than two items."""
    registry = registry or shipped_registry()
    items: list[CompareItem] = []
    problems: list[SamverkanError] = []
    seen: set[Path] = set()
    for entry in paths:
        path = Path(entry)
        resolved = path.resolve()
        if resolved in seen:
            problems.append(CompareError("compare.same_file", path=str(path)))
            continue
        seen.add(resolved)
        try:
            item = _load_folder(path, registry, problems) if path.is_dir() else _load_file(path, registry)
        except SamverkanError as exc:
            problems.append(exc)
            continue
        if item is not None:
            items.append(item)
    if items:
        first = items[0]
        for item in items[1:]:
            if item.questionnaire.id != first.questionnaire.id:
                problems.append(
                    AssessmentFileError(
                        "compare.other_questionnaire",
                        path=item.name,
                        qid=item.questionnaire.id,
                        first=first.name,
                        first_qid=first.questionnaire.id,
                    )
                )
    if problems:
        raise CompareError("compare.refused", problems=_Problems("compare.refused", errors=tuple(problems)))
    if len(items) < 2:
        raise CompareError("compare.too_few", count=len(items))
    return CompareInput(items=tuple(items))


def _load_file(path: Path, registry: QuestionnaireRegistry) -> CompareItem:
    data = read_bytes(path, AssessmentFileError)
    loaded = parse_samverkan_file(data, str(path), registry)
    questionnaire = registry.get(loaded.questionnaire_id, loaded.questionnaire_version)
    if isinstance(loaded, Group):
        return CompareItem(path=path, questionnaire=questionnaire, date=loaded.date, group=loaded)
    return CompareItem(path=path, questionnaire=questionnaire, date=loaded.date, assessment=loaded)


def _load_folder(path: Path, registry: QuestionnaireRegistry, problems: list[SamverkanError]) -> CompareItem | None:
    """A folder is one group of its Samverkan files; its date is the latest of theirs."""
    if not expand_paths([path]):
        problems.append(CompareError("compare.empty_folder", path=str(path)))
        return None
    outcome = load_files([path], registry=registry)
    if outcome.problems:
        problems.extend(outcome.problems)
        return None
    group = outcome.group
    questionnaire = registry.get(group.questionnaire_id, group.questionnaire_version)
    dates = [date for date in outcome.dates if date is not None]
    return CompareItem(path=path, questionnaire=questionnaire, date=max(dates, default=None), group=group)


# --- computing -----------------------------------------------------------------------


def _mean_sum(answer_sets: Sequence[Mapping[str, int]], question_ids: Sequence[str]) -> Fraction | None:
    """Mean over the answer sets with every one of ``question_ids`` answered of their sum."""
    sums = [sum(a[q] for q in question_ids) for a in answer_sets if all(q in a for q in question_ids)]
    return Fraction(sum(sums), len(sums)) if sums else None


def _exact(value: Fraction | None, single: bool) -> Number | None:
    """An assessment's value is a whole number; a group's stays a fraction."""
    if value is None:
        return None
    return int(value) if single and value.denominator == 1 else value


def one_decimal(value: Number | None) -> int | float | None:
    """A value for JSON: whole numbers stay whole, fractions get one decimal (rounded half up)."""
    if value is None or isinstance(value, int):
        return value
    if value.denominator == 1:
        return int(value)
    return float(round_decimals(value, 1))


def _score_item(item: CompareItem, index: int) -> ItemScore:
    questionnaire = item.questionnaire
    answer_sets = item.answer_sets
    single = not item.is_group
    if single:
        assert item.assessment is not None
        result = item.assessment.score(questionnaire)
        blocks = tuple(BlockValue(bs.block, bs.score, bs.max, bs.complete) for bs in result.blocks)
        return ItemScore(
            item=item,
            index=index,
            complete=result.complete,
            total=result.total,
            max=result.max_total,
            band=result.band,
            blocks=blocks,
            questions=dict(item.assessment.answers),
        )
    total = _mean_sum(answer_sets, questionnaire.question_ids)
    scale_max = questionnaire.scale.max
    group_blocks = []
    for block in questionnaire.blocks:
        mean = _mean_sum(answer_sets, [q.id for q in block.questions])
        group_blocks.append(BlockValue(block, mean, block.max_score(scale_max), mean is not None))
    questions: dict[str, Number] = {}
    for question_id in questionnaire.question_ids:
        mean = _mean_sum(answer_sets, [question_id])
        if mean is not None:
            questions[question_id] = mean
    return ItemScore(
        item=item,
        index=index,
        complete=total is not None,
        total=total,
        max=questionnaire.max_total,
        band=questionnaire.band_for(round_half_up(total)) if total is not None else None,
        blocks=tuple(group_blocks),
        questions=questions,
        participants=len(answer_sets),
    )


def _in_date_order(items: Sequence[CompareItem]) -> list[CompareItem]:
    # sorted() is stable: equal dates keep the order given.
    return sorted(items, key=lambda item: (item.date is None, item.date or dt.date.min))


def compare(items: CompareInput | Sequence[CompareItem], *, in_given_order: bool = False) -> Comparison:
    """Everything the comparison shows; ``items`` in any order (two or more).

    ``in_given_order``: keep the order given (a follow-up after the file it follows, whatever
    the dates say); else by date.
    """
    chosen = items.items if isinstance(items, CompareInput) else tuple(items)
    if len(chosen) < 2:
        raise CompareError("compare.too_few", count=len(chosen))
    ordered = list(chosen) if in_given_order else _in_date_order(chosen)
    scores = tuple(_score_item(item, index) for index, item in enumerate(ordered))
    first, last = scores[0], scores[-1]
    latest = last.item.questionnaire
    versions = {item.questionnaire.key for item in ordered}
    versions_differ = len(versions) > 1
    shared_ids = set(latest.question_ids)
    for item in ordered:
        shared_ids &= set(item.questionnaire.question_ids)
    shared = tuple(qid for qid in latest.question_ids if qid in shared_ids)

    def change_over(question_ids: Sequence[str]) -> Number | None:
        before = _mean_sum(first.item.answer_sets, question_ids)
        after = _mean_sum(last.item.answer_sets, question_ids)
        if before is None or after is None:
            return None
        return _exact(after - before, not (first.item.is_group or last.item.is_group))

    if versions_differ:
        total_change = change_over(shared)
    elif first.total is None or last.total is None:
        total_change = None
    else:
        total_change = last.total - first.total
    block_changes = []
    for block in latest.blocks:
        ids = [q.id for q in block.questions if q.id in shared_ids]
        if not ids:
            continue
        if versions_differ:
            block_changes.append(BlockChange(block, change_over(ids)))
            continue
        before, after = first.block_value(block.id), last.block_value(block.id)
        if before is None or after is None or not before.complete or not after.complete:
            block_changes.append(BlockChange(block, None))
        else:
            assert before.score is not None
            assert after.score is not None
            block_changes.append(BlockChange(block, after.score - before.score))
    question_changes = []
    for number, (block, question) in enumerate(latest.iter_questions(), 1):
        if question.id in shared_ids and question.id in first.questions and question.id in last.questions:
            question_changes.append(
                QuestionChange(block, question, number, first.questions[question.id], last.questions[question.id])
            )
    question_changes.sort(key=lambda q: (-abs(Fraction(q.change)), q.number))
    return Comparison(
        questionnaire=latest,
        items=scores,
        total_change=total_change,
        blocks=tuple(block_changes),
        questions=tuple(question_changes),
        versions_differ=versions_differ,
        shared_questions=shared,
    )


# --- since last time: a follow-up and the file it follows --------------------------------


@dataclass(frozen=True)
class SinceLast:
    """What changed since the file a follow-up follows (``follows``), or why that cannot be said."""

    follows: FollowsRecord
    #: The followed file, found beside the follow-up; None when it is not there.
    found: Path | None
    #: The followed file first, the follow-up last; None when the file was not found or not readable.
    comparison: Comparison | None

    @property
    def date(self) -> dt.date | None:
        """The date of last time: the followed file's own, else the one ``follows`` recorded."""
        if self.comparison is not None and self.comparison.first.item.date is not None:
            return self.comparison.first.item.date
        return self.follows.date


def find_followed(
    folder: Path,
    follows: FollowsRecord,
    *,
    besides: Path | None = None,
    registry: QuestionnaireRegistry | None = None,
) -> Path | None:
    """The file ``follows`` names, in ``folder``: by its name, else (renamed) by its bytes or its ``created``.

    ``besides`` (the follow-up's own file) is never the answer.
    """
    registry = registry or shipped_registry()
    named = folder / follows.file if follows.file else None
    if named is not None and named.is_file() and named != besides:
        return named
    try:
        candidates = sorted(path for path in folder.iterdir() if is_samverkan_file(path) and path != besides)
    except OSError:
        return None
    for candidate in candidates:
        try:
            data = read_bytes(candidate, AssessmentFileError)
        except SamverkanError:
            continue
        if follows.sha256 and hashlib.sha256(data).hexdigest() == follows.sha256:
            return candidate
        if follows.created is None:
            continue
        try:
            loaded = parse_samverkan_file(data, str(candidate), registry)
        except SamverkanError:
            continue
        if loaded.created == follows.created:  # saved again since: the time stamp of its making stays
            return candidate
    return None


def since_last(
    current: Assessment | Group,
    folder: Path | None,
    registry: QuestionnaireRegistry | None = None,
    *,
    path: Path | None = None,
) -> SinceLast | None:
    """The change since the file ``current`` follows, found in ``folder``; None when it follows none.

    ``path`` is ``current``'s own file (when saved); the comparison keeps the followed file
    first whatever the dates say.
    """
    follows = current.follows
    if follows is None:
        return None
    registry = registry or shipped_registry()
    found = find_followed(folder, follows, besides=path, registry=registry) if folder is not None else None
    if found is None:
        return SinceLast(follows, None, None)
    try:
        earlier = _load_file(found, registry)
        questionnaire = registry.get(current.questionnaire_id, current.questionnaire_version)
    except SamverkanError:
        return SinceLast(follows, found, None)
    if earlier.questionnaire.id != questionnaire.id:
        return SinceLast(follows, found, None)
    own = path or Path(follows.file or "")
    now = (
        CompareItem(path=own, questionnaire=questionnaire, date=current.date, group=current)
        if isinstance(current, Group)
        else CompareItem(path=own, questionnaire=questionnaire, date=current.date, assessment=current)
    )
    return SinceLast(follows, found, compare([earlier, now], in_given_order=True))
