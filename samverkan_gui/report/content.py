"""What the reports say, independent of the file format: the PDF and the Word export render the same content.

Every table of every report is built here once, as a :class:`TableContent` of plain
strings with a :class:`Look` per paragraph (the PDF picks a paragraph style for it,
the Word export a run format), so that a text or a number can never differ between
the two formats.  The numbers themselves come from :mod:`samverkan_gui.present`, the
sentences from :mod:`samverkan_gui.core.messages`.
"""

from __future__ import annotations

import datetime as dt
import enum
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from samverkan_gui import __version__
from samverkan_gui.core.assessment import Assessment
from samverkan_gui.core.compare import ActionHistory, Comparison, ItemScore, QuestionChange, since_last
from samverkan_gui.core.group import Group, Participant
from samverkan_gui.core.group_stats import GroupStats, QuestionStats
from samverkan_gui.core.messages import Texts, render, render_count
from samverkan_gui.core.plan import (
    PLAN_QUESTIONS,
    BlockPlan,
    FollowsRecord,
    question_detail,
    question_label,
)
from samverkan_gui.core.questionnaire import Band, Question, Questionnaire
from samverkan_gui.present import NOT_AVAILABLE, GroupPresentation, ResultPresentation, band_range, block_display_name
from samverkan_gui.present import questions as numbering
from samverkan_gui.present.compare import (
    Number,
    change_words,
    collaboration_title,
    comparison_digits,
    due_text,
    format_change,
    format_value,
    notices,
    occasion_date,
    status_over_time,
)
from samverkan_gui.present.group import question_consensus_text, question_mean_text
from samverkan_gui.present.learning import (
    SinceLastPresentation,
    overdue_summary,
    overdue_word,
    present_since_last,
    status_text,
)
from samverkan_gui.present.organisations import OrganisationColumn, OrganisationPresentation
from samverkan_gui.present.result import BlockLine, LowestPresentation


class Look(enum.Enum):
    """How a paragraph of a table cell is set: plain, bold (a value to find at a glance) or small (secondary).

    ``LABEL`` is a question's label ("Fråga 2.3"), small enough to stay on one line of its
    column; ``TYPED`` is what users typed into a narrow cell (an action, who does it): a long
    word there breaks at a syllable with a hyphen in the PDF rather than anywhere.
    """

    PLAIN = "plain"
    BOLD = "bold"
    SMALL = "small"
    LABEL = "label"
    TYPED = "typed"


@dataclass(frozen=True)
class Text:
    """One paragraph of a cell."""

    text: str
    look: Look = Look.PLAIN


@dataclass(frozen=True)
class Distribution:
    """A cell that shows how many answered each step of the scale (a stacked bar in both formats)."""

    question: QuestionStats


#: A cell: its paragraphs (or the distribution of a question's answers), top to bottom.
Cell = tuple[Text | Distribution, ...]


def cell(text: str, look: Look = Look.PLAIN) -> Cell:
    return (Text(text, look),)


@dataclass(frozen=True)
class TableContent:
    """A data table: one header row (column headings) and its rows."""

    header: tuple[str, ...]
    rows: tuple[tuple[Cell, ...], ...]
    #: The last row sums up the others (a rule above it in the PDF, bold in both).
    total_row: bool = False


def _dash(text: str) -> str:
    """An empty value as the reports write it."""
    return text or NOT_AVAILABLE


# --- details under the title -----------------------------------------------------------


def questionnaire_line(questionnaire: Questionnaire, lang: str) -> str:
    """'Testa din samverkan! (version 1)'."""
    return f"{questionnaire.title.get(lang)} ({render('word.version', lang)} {questionnaire.version})"


def assessment_details(assessment: Assessment, questionnaire: Questionnaire, lang: str) -> list[tuple[str, str]]:
    """Label and value of the single report's details ('' when not given)."""
    words = Texts("pdf", lang)
    return [
        (words.word("collaboration"), assessment.collaboration),
        (words("respondent"), assessment.respondent),
        (words.word("organisation"), assessment.organisation),
        (words.word("date"), assessment.date.isoformat() if assessment.date else ""),
        (words.word("questionnaire"), questionnaire_line(questionnaire, lang)),
    ]


def participant_label(participant: Participant, show_names: bool) -> str:
    """A participant as the group report names them: the code, with name and organisation only when asked."""
    if not show_names:
        return participant.code
    extra = ", ".join(part for part in (participant.name, participant.organisation) if part)
    return f"{participant.code} ({extra})" if extra else participant.code


def group_details(
    group: Group, questionnaire: Questionnaire, stats: GroupStats, lang: str, show_names: bool
) -> list[tuple[str, str]]:
    words = Texts("group_pdf", lang)
    people = ", ".join(participant_label(p, show_names) for p in group.participants)
    count = words.count("participants_value", stats.participants, complete=stats.complete)
    return [
        (words.word("collaboration"), group.collaboration),
        (words.word("date"), group.date.isoformat() if group.date else ""),
        (words.word("questionnaire"), questionnaire_line(questionnaire, lang)),
        (words.word("participants"), f"{count}: {people}" if people else count),
    ]


def comparison_details(result: Comparison, lang: str) -> list[tuple[str, str]]:
    """The collaboration (each one's name when the files are of several) and the questionnaire."""
    return [
        (render("word.collaboration", lang), collaboration_title(result, lang)),
        (render("word.questionnaire", lang), questionnaire_line(result.questionnaire, lang)),
    ]


def footer_text(texts: Texts, questionnaire_title: str, created: dt.date) -> str:
    """The line at the foot of every page: 'Samverkan 1.2.0 · Testa din samverkan! · skapad 2026-11-26'."""
    return texts("footer", version=__version__, title=questionnaire_title, date=created.isoformat())


def document_title(questionnaire_title: str, collaboration: str) -> str:
    """The document's title (PDF Info, Word core properties): 'Testa din samverkan! – Rådet'."""
    return f"{questionnaire_title} – {collaboration}" if collaboration else questionnaire_title


# --- the single report ---------------------------------------------------------------------


def block_table(shown: ResultPresentation) -> TableContent:
    """Block, score, maximum and share per block, and the total."""
    words = Texts("pdf", shown.lang)
    rows = [
        (cell(line.title), cell(str(line.score)), cell(str(line.max)), cell(line.percent_text)) for line in shown.blocks
    ]
    rows.append(
        (
            cell(words.word("total"), Look.BOLD),
            cell(shown.total_text, Look.BOLD),
            cell(str(shown.max_total), Look.BOLD),
            cell(shown.total_percent_text, Look.BOLD),
        )
    )
    header = tuple(words.word(key) for key in ("block", "score", "max", "share"))
    return TableContent(header, tuple(rows), total_row=True)


def answer_text(value: int, label: str) -> str:
    """'4 – I hög grad': an answer with the scale's words for it."""
    return f"{value} – {label}"


def answer_table(
    assessment: Assessment, questionnaire: Questionnaire, questions: Sequence[Question], lang: str
) -> TableContent:
    """One block's questions with their answers."""
    words = Texts("pdf", lang)
    rows = []
    for question in questions:
        value = assessment.answers.get(question.id)
        answer = (
            cell(answer_text(value, questionnaire.scale.label(value, lang)), Look.BOLD)
            if value is not None
            else cell(words("no_answer"), Look.SMALL)
        )
        rows.append((label_cell(questionnaire, question.id, lang), cell(question.text.get(lang)), answer))
    return TableContent(("#", words.word("question"), words.word("answer")), tuple(rows))


def label_cell(questionnaire: Questionnaire, question_id: str, lang: str) -> Cell:
    """A question's one label ("Fråga 2.3", see :mod:`samverkan_gui.present.questions`) in a table cell."""
    return cell(numbering.question_label(questionnaire, question_id, lang), Look.LABEL)


def block_heading(line: BlockLine) -> str:
    """A block's heading over its answers: 'STARTFÖRHÅLLANDEN  (12/20)'."""
    return f"{line.title}  ({line.score}/{line.max})"


def missing_questions(assessment: Assessment, questionnaire: Questionnaire, lang: str) -> list[str]:
    """A draft's unanswered questions: 'Fråga 3.2: Det finns …'."""
    lines = []
    for question_id in assessment.score(questionnaire).missing:
        label = numbering.question_label(questionnaire, question_id, lang)
        lines.append(f"{label}: {questionnaire.question(question_id).text.get(lang)}")
    return lines


def notes_label(lang: str) -> str:
    """'Anteckningar:' over a block's notes."""
    return f"{render('word.notes', lang)}:"


# --- the learning loop: lowest questions, band ladder, plan -------------------------------


def lowest_table(lowest: LowestPresentation, lang: str) -> TableContent:
    """The lowest-rated questions with their answers."""
    rows = tuple(
        (
            cell(line.question_label, Look.LABEL),
            cell(line.question),
            cell(line.block_title, Look.SMALL),
            cell(answer_text(line.value, line.label), Look.BOLD),
        )
        for line in lowest.lines
    )
    header = ("#", *(render(key, lang) for key in ("word.question", "word.block", "word.answer")))
    return TableContent(header, rows)


def plan_block_title(questionnaire: Questionnaire, block_id: str, lang: str) -> str:
    try:
        return questionnaire.block(block_id).title.get(lang)
    except KeyError:  # a block of another version of the questionnaire (comparison)
        return block_id


def follows_line(follows: FollowsRecord | None, lang: str) -> str:
    """'Uppföljning av förra.samverkan (2025-11-20).', or '' when the plan follows nothing."""
    if follows is None or not follows.file:
        return ""
    date = follows.date.isoformat() if follows.date else render("compare.no_date", lang)
    return render("plan.follows", lang, file=follows.file, date=date)


@dataclass(frozen=True)
class PlanAnswer:
    """One of the five planning questions ('VARFÖR?', 'Syftet med samverkan') and what was written."""

    label: str
    detail: str
    answer: str


def plan_answers(entry: BlockPlan, lang: str) -> list[PlanAnswer]:
    return [
        PlanAnswer(question_label(name, lang), question_detail(name, lang), _dash(getattr(entry, name)))
        for name in PLAN_QUESTIONS
    ]


def overdue_line(entries: Sequence[BlockPlan], today: dt.date, lang: str) -> str:
    """Under the plan's heading: 'Försenade åtgärder (2): …', or '' when no action is past its due date."""
    return overdue_summary(entries, today, lang)


def plan_actions_table(entry: BlockPlan, lang: str, today: dt.date) -> TableContent | None:
    """Action, who, due date and status of one block's actions; None when it has none.

    An action past its due date on ``today`` and not done says so in its status, in bold.
    """
    if not entry.actions:
        return None
    header = tuple(render(key, lang) for key in ("plan.action", "plan.who", "plan.due", "plan.status"))
    rows = tuple(
        (
            cell(_dash(action.text), Look.TYPED),
            cell(_dash(action.who), Look.TYPED),
            cell(due_text(action.due)),
            cell(status_text(action, today, lang), Look.BOLD if action.is_overdue(today) else Look.PLAIN),
        )
        for action in entry.actions
    )
    return TableContent(header, rows)


# --- the group report ----------------------------------------------------------------------


def group_block_table(shown: GroupPresentation) -> TableContent:
    words = Texts("group_pdf", shown.lang)
    header = (words.word("block"), "n", *(words.word(key) for key in ("mean", "lowest", "highest")))
    rows = tuple(
        (
            cell(line.title),
            cell(str(line.n)),
            cell(line.mean_text),
            cell(line.min_percent_text),
            cell(line.max_percent_text),
        )
        for line in shown.blocks
    )
    return TableContent(header, rows)


def scale_labels(questionnaire: Questionnaire, lang: str) -> str:
    """'1 = Inte alls, 2 = …': the scale as the answers' legend names it."""
    return ", ".join(f"{v} = {questionnaire.scale.label(v, lang)}" for v in questionnaire.scale.values)


def question_table(
    questionnaire: Questionnaire,
    questions: Sequence[QuestionStats],
    lang: str,
    *,
    with_block: bool,
) -> TableContent:
    """The group's answers per question: distribution, mean and consensus."""
    words = Texts("group_pdf", lang)
    scale = questionnaire.scale
    header = (
        "#",
        words.word("question"),
        words("distribution", low=scale.min, high=scale.max),
        words.word("mean"),
        words.word("consensus"),
    )
    rows = []
    for q in questions:
        question: list[Text | Distribution] = []
        if with_block:
            question.append(Text(q.block.title.get(lang), Look.SMALL))
        question.append(Text(q.question.text.get(lang)))
        if q.missing:
            question.append(Text(words("answered", n=q.n, missing=q.missing), Look.SMALL))
        rows.append(
            (
                label_cell(questionnaire, q.question.id, lang),
                tuple(question),
                (Distribution(q),),
                cell(question_mean_text(q, lang), Look.BOLD),
                cell(question_consensus_text(q, lang), Look.BOLD if q.views_differ else Look.PLAIN),
            )
        )
    return TableContent(header, tuple(rows))


def own_notes(group: Group, block_id: str) -> list[str]:
    """The participants' own notes on a block, under their codes (never names): 'P3: …'."""
    return [f"{p.code}: {p.notes[block_id]}" for p in group.participants if p.notes.get(block_id, "").strip()]


def organisation_heading(column: OrganisationColumn) -> str:
    """An organisation's column heading: its name over its n."""
    return f"{column.name}\nn = {column.n}"


def organisation_means_table(shown: OrganisationPresentation) -> TableContent:
    """Each organisation's mean per block, side by side, and its mean total."""
    words = Texts("orgs", shown.lang)
    rows = [
        (cell(title), *(cell(column.blocks[index].text) for column in shown.columns))
        for index, title in enumerate(shown.block_titles)
    ]
    rows.append(
        (
            cell(words("total_row", max=shown.max_total), Look.BOLD),
            *(cell(column.mean_total_text, Look.BOLD) for column in shown.columns),
        )
    )
    header = (words.word("block"), *(organisation_heading(column) for column in shown.columns))
    return TableContent(header, tuple(rows), total_row=True)


def organisation_differ_table(shown: OrganisationPresentation) -> TableContent:
    """The questions where the organisations differ most: each one's mean, and the difference."""
    words = Texts("orgs", shown.lang)
    header = (
        "#",
        words.word("question"),
        *(organisation_heading(column) for column in shown.columns),
        words("difference"),
    )
    rows = tuple(
        (
            cell(line.label, Look.LABEL),
            (Text(line.block_title, Look.SMALL), Text(line.text)),
            *(cell(mean) for mean in line.means),
            cell(line.spread_text, Look.BOLD),
        )
        for line in shown.differ
    )
    return TableContent(header, rows)


# --- the comparison ------------------------------------------------------------------------


def compare_title(result: Comparison, lang: str) -> str:
    """The comparison's document title: 'Jämförelse över tid – Rådet'."""
    return document_title(render("compare.title", lang), collaboration_title(result, lang))


def comparison_notices(result: Comparison, lang: str) -> list[str]:
    """Under the totals: files of several collaborations, a person's answers beside a group's, versions."""
    return notices(result, lang)


def totals_table(result: Comparison, lang: str) -> TableContent:
    """Date, collaboration and file, total and band of each file."""
    header = tuple(render(key, lang) for key in ("word.date", "compare.file", "word.total", "compare.band"))
    digits = comparison_digits(result)
    rows = []
    for item in result.items:
        total = (
            f"{format_value(item.total, lang, digits)} / {item.max}" if item.complete else render("compare.draft", lang)
        )
        name = item.item.name
        if item.participants is not None:
            name += f" ({render_count('compare.participants', lang, item.participants)})"
        collaboration = item.item.collaboration or render("compare.no_collaboration", lang)
        rows.append(
            (
                cell(occasion_date(item, lang)),
                (Text(collaboration, Look.BOLD), Text(name, Look.SMALL)),
                cell(total, Look.BOLD),
                cell(band_range(item.band) if item.band else NOT_AVAILABLE),
            )
        )
    return TableContent(header, tuple(rows))


def changes_heading(result: Comparison, lang: str) -> str:
    return render(
        "compare.changes", lang, first=occasion_date(result.first, lang), last=occasion_date(result.last, lang)
    )


def _change_cell(change: Number | None, lang: str, digits: int) -> Cell:
    return cell(f"{format_change(change, lang, digits)} ({change_words(change, lang)})", Look.BOLD)


def change_table(result: Comparison, lang: str) -> TableContent:
    """Block, first and last value, change (every date's values are in the totals table and the chart)."""
    first, last = result.first, result.last
    digits = comparison_digits(result)
    header = (
        render("word.block", lang),
        occasion_date(first, lang),
        occasion_date(last, lang),
        render("compare.change", lang),
    )
    rows = []
    for change in result.blocks:
        values = []
        for item in (first, last):
            value = item.block_value(change.block.id)
            shown = (
                NOT_AVAILABLE
                if value is None or not value.complete
                else f"{format_value(value.score, lang, digits)}/{value.max}"
            )
            values.append(cell(shown))
        rows.append((cell(change.block.title.get(lang)), *values, _change_cell(change.change, lang, digits)))
    totals = [
        cell(format_value(item.total, lang, digits) if item.complete else render("compare.draft", lang), Look.BOLD)
        for item in (first, last)
    ]
    rows.append((cell(render("word.total", lang), Look.BOLD), *totals, _change_cell(result.total_change, lang, digits)))
    return TableContent(header, tuple(rows), total_row=True)


def moved_table(result: Comparison, moved: Sequence[QuestionChange], lang: str) -> TableContent:
    header = ("#", render("word.question", lang), render("compare.from_to", lang), render("compare.change", lang))
    digits = comparison_digits(result)
    rows = tuple(
        (
            label_cell(result.questionnaire, q.question.id, lang),
            cell(q.question.text.get(lang)),
            cell(f"{format_value(q.first, lang, digits)} → {format_value(q.last, lang, digits)}"),
            cell(format_change(q.change, lang, digits), Look.BOLD),
        )
        for q in moved
    )
    return TableContent(header, rows)


def compare_block_name(result: Comparison, block_id: str, lang: str) -> str:
    try:
        return block_display_name(result.questionnaire.block(block_id), lang)
    except KeyError:
        return block_id


def history_table(result: Comparison, history: Sequence[ActionHistory], lang: str, today: dt.date) -> TableContent:
    """One row per action: block, action, who, due, and its status at each date where it changed.

    An action still not done in the latest plan that has it, past its due date, is marked "försenad".
    """
    header = tuple(render(key, lang) for key in ("word.block", "plan.action", "plan.who", "plan.due", "plan.status"))
    rows = tuple(
        (
            cell(compare_block_name(result, action.block, lang), Look.LABEL),
            cell(_dash(action.text), Look.TYPED),
            cell(_dash(action.who), Look.TYPED),
            cell(due_text(action.due)),
            _history_status(action, lang, today),
        )
        for action in history
    )
    return TableContent(header, rows)


def _history_status(action: ActionHistory, lang: str, today: dt.date) -> Cell:
    statuses = status_over_time(action.changes, lang)
    if action.is_overdue(today):
        return cell(f"{statuses} – {overdue_word(lang)}", Look.BOLD)
    return cell(statuses)


# --- a follow-up: the change since the file it follows ---------------------------------------


def since_shown(owner: Assessment | Group, source: Path | None, lang: str) -> SinceLastPresentation | None:
    """A follow-up's change since the file it follows (found beside ``source``); None for a first time."""
    since = since_last(owner, source.parent if source is not None else None, path=source)
    return present_since_last(since, lang) if since is not None else None


def since_heading(since: SinceLastPresentation, lang: str) -> str:
    """'Sedan förra gången (2025-03-06): +19 ↑' over the blocks' changes; the section's name when none can be shown."""
    return since.headline if since.blocks else render("since.title", lang)


def since_reason(since: SinceLastPresentation) -> str:
    """Why no change can be shown (the followed file is not beside this one); '' when it is shown."""
    return "" if since.blocks else since.headline


def since_table(since: SinceLastPresentation, lang: str) -> TableContent | None:
    """Each block's change since last time, with its direction in words; None when none can be shown."""
    if not since.blocks:
        return None
    rows = tuple(
        (cell(name), cell(change, Look.BOLD)) for name, change in (line.rsplit(": ", 1) for line in since.spoken)
    )
    return TableContent((render("word.block", lang), render("compare.change", lang)), rows)


# --- the texts drawn in the charts --------------------------------------------------------


def ladder_text(total: int, max_total: int, band: Band, lang: str) -> str:
    """What the ladder says in words (and a screen reader hears): "66 av 105, intervall 63–83"."""
    return render("ladder.marked", lang, total=total, max=max_total, min=band.min, band_max=band.max)


def compare_bar_text(item: ItemScore, block_id: str, lang: str, digits: int | None = None) -> str:
    """A date's value of one block, as written beside its bar: '12/25', or '–' without one.

    ``digits``: the comparison's decimals (:func:`~samverkan_gui.present.compare.comparison_digits`).
    """
    value = item.block_value(block_id)
    if value is None or value.score is None:
        return NOT_AVAILABLE
    return f"{format_value(value.score, lang, digits)}/{value.max}"


def compare_bar_label(item: ItemScore, block_id: str, lang: str, digits: int | None = None) -> str:
    """The label at a bar of the comparison chart: '2025-05-01: 12/25'."""
    return f"{occasion_date(item, lang)}: {compare_bar_text(item, block_id, lang, digits)}"
