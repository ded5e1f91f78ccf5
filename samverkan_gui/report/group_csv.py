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
from samverkan_gui.core.messages import normalise_language
from samverkan_gui.core.questionnaire import Questionnaire

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
        "yes": "yes",
        "no": "no",
    },
}

_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def dialect_for(lang: str) -> tuple[str, str]:
    """(separator, decimal mark) for ``lang``."""
    return (";", ",") if lang == "sv" else (",", ".")


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
    words = HEADERS[lang]
    separator, decimal = dialect_for(lang)
    stats = group_stats(group, questionnaire)

    def num(value: float | None, digits: int = 2) -> str:
        return "" if value is None else f"{value:.{digits}f}".replace(".", decimal)

    header = [words["number"], words["block"], words["id"], words["question"], words["n"], words["missing"]]
    header += [words["count"].format(value=v) for v in questionnaire.scale.values]
    header += [words["mean"], words["spread"], words["lowest"], words["highest"], words["std_dev"], words["differ"]]
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
            words["yes"] if q.views_differ else words["no"],
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
