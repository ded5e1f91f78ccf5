"""CSV export of a group for Excel: one row per question, then one per block, the total and band.

Swedish Excel opens a double-clicked ``.csv`` correctly only when it is UTF-8
*with* a byte-order mark, separated by semicolons and with decimal commas;
English Excel wants commas and decimal points.  Which Excel the file is for is
the ``number_format`` (``"sv"`` or ``"en"``), chosen by the user independently
of the language of the words (an English UI may sit on a Swedish Excel).
Cells that Excel would read as a formula (starting with = + - @) are prefixed
with an apostrophe.

Rows after the questions (the ``Nr`` column is empty, the id column says what
the row is): one per block (``n`` = participants with the whole block answered;
mean, lowest, highest block score), ``total`` (the complete participants) and
``band`` (the score band of the group's mean total).  With one column per
participant these rows hold each participant's block scores, total and band.

When the organisations' views exist (:mod:`samverkan_gui.core.group_orgs`), one column
per organisation (and "Övriga") follows all others: its mean answer per question, mean
block score and mean total; then the difference between the organisations (highest minus
lowest mean) and whether the question is among those where they differ most.
"""

from __future__ import annotations

import csv
import io
from pathlib import Path
from typing import IO

from samverkan_gui.core.atomic import atomic_write
from samverkan_gui.core.group import Group
from samverkan_gui.core.group_orgs import OrganisationView, organisation_view
from samverkan_gui.core.group_stats import group_stats
from samverkan_gui.core.messages import Texts, normalise_language
from samverkan_gui.core.questionnaire import Band, Questionnaire
from samverkan_gui.present import band_range, decimal_mark, format_number
from samverkan_gui.present.group import consensus_text, question_mean_text
from samverkan_gui.present.organisations import group_name
from samverkan_gui.present.questions import question_label

_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def dialect_for(lang: str) -> tuple[str, str]:
    """(separator, decimal mark) for ``lang``'s Excel: the decimal mark is the one numbers are written with."""
    # A decimal comma needs another separator than the comma (what Swedish Excel expects).
    mark = decimal_mark(lang)
    return (";" if mark == "," else ",", mark)


def group_csv_text(
    group: Group,
    questionnaire: Questionnaire,
    lang: str | None = None,
    *,
    per_participant: bool = False,
    show_names: bool = False,
    number_format: str | None = None,
) -> str:
    """The CSV as text (without the byte-order mark); ``number_format`` defaults to ``lang``."""
    lang = normalise_language(lang or group.language)
    words = Texts("csv", lang)
    # Numbers are written for the chosen Excel, words in the chosen language.
    numbers = normalise_language(number_format or lang)
    separator, _decimal = dialect_for(numbers)
    stats = group_stats(group, questionnaire)
    header = [words("number"), words.word("block"), words("id"), words.word("question"), words("n"), words("missing")]
    header += [words("count", value=v) for v in questionnaire.scale.values]
    header += [words.word(key) for key in ("mean", "spread", "lowest", "highest")]
    header += [words("std_dev"), words.word("consensus"), words("differ")]
    if per_participant:
        for participant in group.participants:
            label = participant.code
            if show_names and participant.name:
                label = f"{participant.code} {participant.name}"
            header.append(label)
    rows = [header]
    for q in stats.questions:
        row = [
            question_label(questionnaire, q.question.id, lang),
            q.block.title.get(lang),
            q.question.id,
            q.question.text.get(lang),
            str(q.n),
            str(q.missing),
            *[str(q.counts[v]) for v in questionnaire.scale.values],
            question_mean_text(q, numbers, 2) if q.n else "",
            "" if q.spread is None else str(q.spread),
            "" if q.lowest is None else str(q.lowest),
            "" if q.highest is None else str(q.highest),
            format_number(q.std_dev, numbers, 2) if q.std_dev is not None else "",
            consensus_text(q.consensus, numbers, 3) if q.consensus is not None else "",
            words.word("yes") if q.views_differ else words.word("no"),
        ]
        if per_participant:
            row += [str(p.answers.get(q.question.id, "")) for p in group.participants]
        rows.append(row)
    steps = len(questionnaire.scale.values)

    def num(value: float | None) -> str:
        return "" if value is None else format_number(value, numbers, 2)

    def summary_row(block: str, row_id: str, label: str, n: str, missing: str, values: list[str]) -> list[str]:
        # Nr, block, id, label, n, missing, the step counts (empty), mean, spread, lowest, highest,
        # standard deviation, consensus, differ.
        return ["", block, row_id, label, n, missing, *[""] * steps, values[0], "", values[1], values[2], "", "", ""]

    for b in stats.blocks:
        row = summary_row(
            b.block.title.get(lang),
            b.block.id,
            words("block_row", max=b.max),
            str(b.n),
            str(stats.participants - b.n),
            [num(b.mean_score), _int(min(b.scores, default=None)), _int(max(b.scores, default=None))],
        )
        if per_participant:
            ids = [q.id for q in b.block.questions]
            row += [
                str(sum(p.answers[qid] for qid in ids)) if all(qid in p.answers for qid in ids) else ""
                for p in group.participants
            ]
        rows.append(row)
    total_row = summary_row(
        "",
        "total",
        words("total_row", max=stats.max_total),
        str(stats.complete),
        str(stats.participants - stats.complete),
        [num(stats.mean_total), _int(stats.min_total), _int(stats.max_total_seen)],
    )
    band_row = summary_row("", "band", words("band_row"), str(stats.complete), "", [_band(stats.band), "", ""])
    if per_participant:
        for participant in group.participants:
            result = participant.score(questionnaire)
            total_row.append(_int(result.total))
            band_row.append(_band(result.band))
    rows += [total_row, band_row]
    _add_organisation_columns(rows, organisation_view(group, questionnaire), lang, numbers)
    out = io.StringIO()
    writer = csv.writer(out, delimiter=separator, quoting=csv.QUOTE_MINIMAL, lineterminator="\r\n")
    writer.writerows([[_defuse(cell) for cell in row] for row in rows])
    return out.getvalue()


def write_group_csv(
    group: Group,
    questionnaire: Questionnaire,
    target: Path | str | IO[bytes],
    lang: str | None = None,
    *,
    per_participant: bool = False,
    show_names: bool = False,
    number_format: str | None = None,
) -> None:
    """Write the CSV (UTF-8 with BOM) to ``target``; a path is written atomically (SaveError)."""
    text = group_csv_text(
        group, questionnaire, lang, per_participant=per_participant, show_names=show_names, number_format=number_format
    )
    data = text.encode("utf-8-sig")
    if isinstance(target, (str, Path)):
        atomic_write(Path(target), data)
    else:
        target.write(data)


def _add_organisation_columns(rows: list[list[str]], view: OrganisationView, lang: str, numbers: str) -> None:
    """The organisations' views, when there are any, as columns after all others (whose places stay put).

    ``rows`` is the header, one row per question, one per block, the total row and the band row.
    """
    if not view.available:
        return
    words = Texts("csv", lang)
    questionnaire = view.questionnaire
    differ = {q.question.id for q in view.differ_most}
    header, *body = rows
    header += [words("org_mean", name=group_name(g, lang), n=g.n) for g in view.groups]
    header += [words("org_spread"), words("org_differ")]
    question_rows = body[: len(view.questions)]
    block_rows = body[len(view.questions) : len(view.questions) + len(questionnaire.blocks)]
    total_row, band_row = body[-2:]
    for row, q in zip(question_rows, view.questions, strict=True):
        row += [format_number(mean, numbers, 2) for mean in q.means]
        row += [format_number(q.spread, numbers, 2), words.word("yes" if q.question.id in differ else "no")]
    for row, block in zip(block_rows, questionnaire.blocks, strict=True):
        row += [format_number(g.block_mean(block.id), numbers, 2) for g in view.groups] + ["", ""]
    total_row += [format_number(g.mean_total, numbers, 2) for g in view.groups] + ["", ""]
    band_row += [""] * (len(view.groups) + 2)


def _int(value: int | None) -> str:
    return "" if value is None else str(value)


def _band(band: Band | None) -> str:
    # "63–83" with an en dash: Excel keeps it as text (a hyphen could become a date or a sum).
    return "" if band is None else band_range(band)


def _defuse(cell: str) -> str:
    """Text that Excel would run as a formula is shown as text instead."""
    if cell and cell.startswith(_FORMULA_START) and not _is_number(cell):
        return "'" + cell
    return cell


def _is_number(cell: str) -> bool:
    try:
        float(cell.replace(",", "."))
    except ValueError:
        return False
    return True
