"""CSV export of a group for Excel: one row per question.

Swedish Excel opens a double-clicked ``.csv`` correctly only when it is UTF-8
*with* a byte-order mark, separated by semicolons and with decimal commas; an
English export uses commas and decimal points.  Cells that Excel would read as
a formula (starting with = + - @) are prefixed with an apostrophe.
"""

from __future__ import annotations

import csv
import io
from pathlib import Path
from typing import IO

from samverkan_gui.core.atomic import atomic_write
from samverkan_gui.core.group import Group
from samverkan_gui.core.group_stats import group_stats
from samverkan_gui.core.messages import Texts, normalise_language
from samverkan_gui.core.questionnaire import Questionnaire
from samverkan_gui.present import decimal_mark, format_number
from samverkan_gui.present.group import question_mean_text

_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def dialect_for(lang: str) -> tuple[str, str]:
    """(separator, decimal mark) for ``lang``: the decimal mark is the one numbers are written with."""
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
) -> str:
    """The CSV as text (without the byte-order mark)."""
    lang = normalise_language(lang or group.language)
    words = Texts("csv", lang)
    separator, _decimal = dialect_for(lang)
    stats = group_stats(group, questionnaire)
    header = [words("number"), words.word("block"), words("id"), words.word("question"), words("n"), words("missing")]
    header += [words("count", value=v) for v in questionnaire.scale.values]
    header += [words.word(key) for key in ("mean", "spread", "lowest", "highest")]
    header += [words("std_dev"), words("differ")]
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
            question_mean_text(q, lang, 2) if q.n else "",
            "" if q.spread is None else str(q.spread),
            "" if q.lowest is None else str(q.lowest),
            "" if q.highest is None else str(q.highest),
            format_number(q.std_dev, lang, 2) if q.std_dev is not None else "",
            words.word("yes") if q.views_differ else words.word("no"),
        ]
        if per_participant:
            row += [str(p.answers.get(q.question.id, "")) for p in group.participants]
        rows.append(row)
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
) -> None:
    """Write the CSV (UTF-8 with BOM) to ``target``; a path is written atomically (SaveError)."""
    text = group_csv_text(group, questionnaire, lang, per_participant=per_participant, show_names=show_names)
    data = text.encode("utf-8-sig")
    if isinstance(target, (str, Path)):
        atomic_write(Path(target), data)
    else:
        target.write(data)


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
