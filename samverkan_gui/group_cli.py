"""Workshop (group) commands of ``samverkan``; :mod:`samverkan_gui.cli` delegates here.

* ``samverkan score FILE FILE...`` prints the group summary (``--json``: the
  data of the group view),
* ``samverkan report FILE FILE... -o group.pdf`` writes the group report,
* ``samverkan export-csv FILE... -o out.csv`` writes the CSV for Excel,
* ``samverkan blank-form -o form.pdf`` writes the printable paper form.

FILE may be a ``.samverkan`` file, a group file or a folder.  A file that
cannot be used is reported on stderr by name and the others are used; the
exit code is then 1 (bad input) although the output was written.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from samverkan_gui.cli import EXIT_BAD_INPUT, EXIT_OK, _default_language, _err, _json, _out
from samverkan_gui.core.group import Group
from samverkan_gui.core.group_load import LoadOutcome, load_files
from samverkan_gui.core.group_stats import DIFFER_SPREAD, group_stats, stats_json
from samverkan_gui.core.messages import SUPPORTED_LANGUAGES, normalise_language
from samverkan_gui.core.questionnaire import Questionnaire
from samverkan_gui.core.registry import shipped_registry

_TEXT: dict[str, dict[str, Any]] = {
    "sv": {
        "participants": "Deltagare: {n} ({complete} med alla frågor besvarade): {codes}",
        "header": "{block:<40} {n:>3}  {mean:>6} {low:>6} {high:>6}",
        "columns": ("Block", "n", "Medel", "Lägst", "Högst"),
        "mean_total": "Medelsumma: {mean} / {max} (n = {n}), lägst {low}, högst {high}",
        "band": "Poängintervall {min}–{max}",
        "no_total": "Ingen deltagare har besvarat alla frågor ännu: ingen summa och inget råd.",
        "differ": "Här skiljer sig synen (högsta − lägsta ≥ {spread}), störst spridning först:",
        "no_differ": "Inga frågor där synen skiljer sig (svar över tre steg eller fler).",
        "question": "  {rank:>2}. {block} {number}: {text}",
        "detail": "      medel {mean}, spridning {spread} ({low}–{high}), svar 1–5: {counts}{missing}",
        "missing": ", {n} utan svar",
        "none_loaded": "Inga filer kunde läsas in.",
    },
    "en": {
        "participants": "Participants: {n} ({complete} with every question answered): {codes}",
        "header": "{block:<40} {n:>3}  {mean:>6} {low:>6} {high:>6}",
        "columns": ("Block", "n", "Mean", "Lowest", "Highest"),
        "mean_total": "Mean total: {mean} / {max} (n = {n}), lowest {low}, highest {high}",
        "band": "Score band {min}–{max}",
        "no_total": "No participant has answered every question yet: no total and no advice.",
        "differ": "Where views differ (highest − lowest ≥ {spread}), widest spread first:",
        "no_differ": "No questions where views differ (answers spanning three steps or more).",
        "question": "  {rank:>2}. {block} {number}: {text}",
        "detail": "      mean {mean}, spread {spread} ({low}–{high}), answers 1–5: {counts}{missing}",
        "missing": ", {n} without an answer",
        "none_loaded": "No file could be loaded.",
    },
}


def _load(args: argparse.Namespace) -> tuple[LoadOutcome, Questionnaire, str] | None:
    """Load the FILE arguments; print each refused file on stderr; None when nothing loaded."""
    outcome = load_files(args.files)
    lang = normalise_language(args.lang or (outcome.group.language if outcome.loaded else _default_language()))
    for problem in outcome.problems:
        _err(problem.message(lang))
    if not outcome.loaded:
        _err(_TEXT[lang]["none_loaded"])
        return None
    group = outcome.group
    questionnaire = shipped_registry().get(group.questionnaire_id, group.questionnaire_version)
    return outcome, questionnaire, lang


def _status(outcome: LoadOutcome) -> int:
    return EXIT_BAD_INPUT if outcome.problems else EXIT_OK


def _number(value: float | None, lang: str, digits: int = 1) -> str:
    if value is None:
        return "–"
    text = f"{value:.{digits}f}"
    return text.replace(".", ",") if lang == "sv" else text


def _percent(share: float | None) -> str:
    return "–" if share is None else f"{round(share * 100)} %"


def cmd_group_score(args: argparse.Namespace) -> int:
    loaded = _load(args)
    if loaded is None:
        return EXIT_BAD_INPUT
    outcome, questionnaire, lang = loaded
    group = outcome.group
    stats = group_stats(group, questionnaire)
    if args.json:
        _json(stats_json(stats, lang, group))
        return _status(outcome)
    words = _TEXT[lang]
    _out(words["participants"].format(n=stats.participants, complete=stats.complete, codes=", ".join(group.codes)))
    _out("")
    block_col, n_col, mean_col, low_col, high_col = words["columns"]
    _out(words["header"].format(block=block_col, n=n_col, mean=mean_col, low=low_col, high=high_col))
    for b in stats.blocks:
        _out(
            words["header"].format(
                block=b.block.title.get(lang)[:40],
                n=b.n,
                mean=_percent(b.mean_share),
                low=_percent(b.min_share),
                high=_percent(b.max_share),
            )
        )
    _out("")
    if stats.band is not None:
        _out(
            words["mean_total"].format(
                mean=_number(stats.mean_total, lang),
                max=stats.max_total,
                n=stats.complete,
                low=stats.min_total,
                high=stats.max_total_seen,
            )
        )
        _out(words["band"].format(min=stats.band.min, max=stats.band.max))
        _out(stats.advice(lang) or "")
    else:
        _out(words["no_total"])
    _out("")
    discussion = stats.discussion
    _out(words["differ"].format(spread=DIFFER_SPREAD) if discussion else words["no_differ"])
    for rank, q in enumerate(discussion, 1):
        _out(
            words["question"].format(
                rank=rank, block=q.block.title.get(lang), number=q.number_in_block, text=q.question.text.get(lang)
            )
        )
        counts = " ".join(f"{value}:{count}" for value, count in q.counts.items())
        _out(
            words["detail"].format(
                mean=_number(q.mean, lang),
                spread=q.spread,
                low=q.lowest,
                high=q.highest,
                counts=counts,
                missing=words["missing"].format(n=q.missing) if q.missing else "",
            )
        )
    return _status(outcome)


def cmd_group_report(args: argparse.Namespace) -> int:
    from samverkan_gui.report.group_pdf import write_group_pdf

    loaded = _load(args)
    if loaded is None:
        return EXIT_BAD_INPUT
    outcome, questionnaire, lang = loaded
    write_group_pdf(outcome.group, questionnaire, args.output, lang=lang)
    return _status(outcome)


def cmd_export_csv(args: argparse.Namespace) -> int:
    from samverkan_gui.report.group_csv import write_group_csv

    loaded = _load(args)
    if loaded is None:
        return EXIT_BAD_INPUT
    outcome, questionnaire, lang = loaded
    write_group_csv(outcome.group, questionnaire, args.output, lang, per_participant=args.per_participant)
    return _status(outcome)


def cmd_blank_form(args: argparse.Namespace) -> int:
    from samverkan_gui.report.blank_form import write_blank_form

    lang = args.lang or _default_language()
    write_blank_form(shipped_registry().default(), args.output, lang)
    return EXIT_OK


def add_commands(commands: Any) -> None:
    """Add the workshop sub-commands to ``samverkan``'s sub-parsers."""
    lang_help = "language: sv or en (default: the files' language, else the system's)"
    form = commands.add_parser("blank-form", help="write a printable blank answer form (PDF)")
    form.add_argument("-o", "--output", type=Path, required=True, metavar="FORM.pdf")
    form.add_argument(
        "--lang",
        choices=SUPPORTED_LANGUAGES,
        default=None,
        help="language of the form: sv or en (default: the system's)",
    )
    form.set_defaults(handler=cmd_blank_form)

    export = commands.add_parser("export-csv", help="export a group (several files) as CSV for Excel")
    export.add_argument("files", nargs="+", type=Path, metavar="FILE", help=".samverkan files, group files or folders")
    export.add_argument("-o", "--output", type=Path, required=True, metavar="OUT.csv")
    export.add_argument(
        "--lang",
        choices=SUPPORTED_LANGUAGES,
        default=None,
        help=lang_help + "; sv gives ; and decimal comma, en gives , and decimal point",
    )
    export.add_argument(
        "--per-participant", action="store_true", help="add one column of answers per participant (by code)"
    )
    export.set_defaults(handler=cmd_export_csv)


def summary_for(group: Group, questionnaire: Questionnaire, lang: str) -> dict[str, Any]:
    """The data of the group view (also what ``score --json`` prints)."""
    return stats_json(group_stats(group, questionnaire), lang, group)


__all__ = ["add_commands", "cmd_blank_form", "cmd_export_csv", "cmd_group_report", "cmd_group_score"]
