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
"""

from __future__ import annotations

import csv
import io
from pathlib import Path
from typing import IO

from samverkan_gui.core.atomic import atomic_write
from samverkan_gui.core.group import Group
from samverkan_gui.core.group_stats import group_stats
from samverkan_gui.core.messages import normalise_language
from samverkan_gui.core.questionnaire import Band, Questionnaire

HEADERS: dict[str, dict[str, str]] = {
    "sv": {
        "number": "Nr",
        "block": "Block",
        "id": "Fråge-id",
        "question": "Fråga",
        "n": "Antal svar",
        "missing": "Utan svar",
        "count": "Antal {value}",
        "mean": "Medel",
        "spread": "Spridning",
        "lowest": "Lägst",
        "highest": "Högst",
        "std_dev": "Standardavvikelse",
        "differ": "Synen skiljer sig",
        "consensus": "Samsyn",
        "block_row": "Blockets poäng (max {max})",
        "total_row": "Summa (max {max})",
        "band_row": "Poängintervall",
        "yes": "ja",
        "no": "nej",
    },
    "en": {
        "number": "No",
        "block": "Block",
        "id": "Question id",
        "question": "Question",
        "n": "Answers",
        "missing": "No answer",
        "count": "Count {value}",
        "mean": "Mean",
        "spread": "Spread",
        "lowest": "Lowest",
        "highest": "Highest",
        "std_dev": "Standard deviation",
        "differ": "Views differ",
        "consensus": "Consensus",
        "block_row": "Block score (max {max})",
        "total_row": "Total (max {max})",
        "band_row": "Score band",
        "yes": "yes",
        "no": "no",
    },
}

_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


#: The Excel number formats a CSV can be written for (``number_format``).
NUMBER_FORMATS = ("sv", "en")


def dialect_for(number_format: str) -> tuple[str, str]:
    """(separator, decimal mark) for Swedish (``"sv"``) or English (``"en"``) Excel."""
    return (";", ",") if number_format == "sv" else (",", ".")


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
    words = HEADERS[lang]
    separator, decimal = dialect_for(number_format or lang)
    stats = group_stats(group, questionnaire)

    def num(value: float | None, digits: int = 2) -> str:
        return "" if value is None else f"{value:.{digits}f}".replace(".", decimal)

    header = [words["number"], words["block"], words["id"], words["question"], words["n"], words["missing"]]
    header += [words["count"].format(value=v) for v in questionnaire.scale.values]
    header += [words["mean"], words["spread"], words["lowest"], words["highest"], words["std_dev"]]
    header += [words["consensus"], words["differ"]]
    if per_participant:
        for participant in group.participants:
            label = participant.code
            if show_names and participant.name:
                label = f"{participant.code} {participant.name}"
            header.append(label)
    rows = [header]
    for q in stats.questions:
        row = [
            str(q.number),
            q.block.title.get(lang),
            q.question.id,
            q.question.text.get(lang),
            str(q.n),
            str(q.missing),
            *[str(q.counts[v]) for v in questionnaire.scale.values],
            num(q.mean),
            "" if q.spread is None else str(q.spread),
            "" if q.lowest is None else str(q.lowest),
            "" if q.highest is None else str(q.highest),
            num(q.std_dev),
            num(q.consensus, 3),
            words["yes"] if q.views_differ else words["no"],
        ]
        if per_participant:
            row += [str(p.answers.get(q.question.id, "")) for p in group.participants]
        rows.append(row)
    steps = len(questionnaire.scale.values)

    def summary_row(block: str, row_id: str, label: str, n: str, missing: str, values: list[str]) -> list[str]:
        # Nr, block, id, label, n, missing, the step counts (empty), mean, spread, lowest, highest,
        # standard deviation, consensus, differ.
        return ["", block, row_id, label, n, missing, *[""] * steps, values[0], "", values[1], values[2], "", "", ""]

    for b in stats.blocks:
        row = summary_row(
            b.block.title.get(lang),
            b.block.id,
            words["block_row"].format(max=b.max),
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
        words["total_row"].format(max=stats.max_total),
        str(stats.complete),
        str(stats.participants - stats.complete),
        [num(stats.mean_total), _int(stats.min_total), _int(stats.max_total_seen)],
    )
    band_row = summary_row("", "band", words["band_row"], str(stats.complete), "", [_band(stats.band), "", ""])
    if per_participant:
        for participant in group.participants:
            result = participant.score(questionnaire)
            total_row.append(_int(result.total))
            band_row.append(_band(result.band))
    rows += [total_row, band_row]
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


def _int(value: int | None) -> str:
    return "" if value is None else str(value)


def _band(band: Band | None) -> str:
    # "63–83" with an en dash: Excel keeps it as text (a hyphen could become a date or a sum).
    return "" if band is None else f"{band.min}–{band.max}"


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
