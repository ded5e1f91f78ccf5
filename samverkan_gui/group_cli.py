"""Workshop (group) commands of ``samverkan``; :mod:`samverkan_gui.cli` delegates here.

* ``samverkan score FILE FILE...`` prints the group summary (``--json``: the
  data of the group view),
* ``samverkan report FILE FILE... -o group.pdf`` writes the group report (``-o group.docx``: as Word),
* ``samverkan export-csv FILE... -o out.csv`` writes the CSV for Excel,
* ``samverkan blank-form -o form.pdf`` writes the printable paper form.

FILE may be a ``.samverkan`` file, a group file or a folder.  A file that
cannot be used is reported on stderr by name and the others are used; the
exit code is then 1 (bad input) although the output was written.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from pathlib import Path
from typing import Any

from samverkan_gui.cli_support import EXIT_BAD_INPUT, EXIT_OK, default_language, err, out, print_json
from samverkan_gui.core.codec import plan_data
from samverkan_gui.core.file_kinds import ASSESSMENT_SUFFIX
from samverkan_gui.core.group import Group
from samverkan_gui.core.group_load import LoadOutcome, load_files
from samverkan_gui.core.group_orgs import OrganisationView, Withheld, organisation_view
from samverkan_gui.core.group_stats import GroupStats, group_stats
from samverkan_gui.core.messages import SUPPORTED_LANGUAGES, Texts, normalise_language, render, render_count
from samverkan_gui.core.questionnaire import Questionnaire
from samverkan_gui.core.registry import shipped_registry
from samverkan_gui.present import present_group
from samverkan_gui.present.group import (
    consensus_limit_text,
    question_consensus_text,
    question_mean_text,
    question_spread_text,
    stats_json,
)
from samverkan_gui.present.organisations import organisations_json, present_organisations
from samverkan_gui.present.questions import question_label

#: The block table's layout (the words come from the catalogue).
_ROW = "{block:<40} {n:>3}  {mean:>6} {low:>6} {high:>6}"


def _load(args: argparse.Namespace) -> tuple[LoadOutcome, Questionnaire, str] | None:
    """Load the FILE arguments; print each refused file on stderr; None when nothing loaded."""
    outcome = load_files(args.files)
    lang = normalise_language(args.lang or (outcome.group.language if outcome.loaded else default_language()))
    for problem in outcome.problems:
        err(problem.message(lang))
    if not outcome.loaded:
        err(render("cli.group.none_loaded", lang))
        return None
    group = outcome.group
    questionnaire = shipped_registry().get(group.questionnaire_id, group.questionnaire_version)
    return outcome, questionnaire, lang


def _status(outcome: LoadOutcome) -> int:
    return EXIT_BAD_INPUT if outcome.problems else EXIT_OK


def cmd_group_score(args: argparse.Namespace) -> int:
    loaded = _load(args)
    if loaded is None:
        return EXIT_BAD_INPUT
    outcome, questionnaire, lang = loaded
    group = outcome.group
    stats = group_stats(group, questionnaire)
    if args.json:
        data = summary_for(group, questionnaire, lang, stats)
        if group.plan:  # the group file's action plan, as stored
            data["plan"] = plan_data(group.plan)
        print_json(data)
        return _status(outcome)
    words = Texts("cli.group", lang)
    shown = present_group(stats, lang)
    out(f"{words.count('participants', stats.participants, complete=stats.complete)}: {', '.join(group.codes)}")
    out("")
    columns = [words.word(key) for key in ("block", "mean", "lowest", "highest")]
    out(_ROW.format(block=columns[0], n="n", mean=columns[1], low=columns[2], high=columns[3]))
    for line in shown.blocks:
        out(
            _ROW.format(
                block=line.title[:40],
                n=line.n,
                mean=line.mean_percent_text,
                low=line.min_percent_text,
                high=line.max_percent_text,
            )
        )
    out("")
    if shown.mean_total_text is not None and shown.band_range is not None:
        out(
            words(
                "mean_total",
                mean=shown.mean_total_text,
                max=stats.max_total,
                n=stats.complete,
                low=stats.min_total,
                high=stats.max_total_seen,
            )
        )
        out(render("report.band", lang, range=shown.band_range))
        out(shown.advice or "")
        if shown.weakest:
            out(shown.weakest)
    else:
        out(words("no_total"))
    out("")
    discussion = stats.discussion
    out(words("differ" if discussion else "no_differ", below=consensus_limit_text(lang)))
    scale = questionnaire.scale
    for rank, q in enumerate(discussion, 1):
        out(f"  {rank:>2}. {question_label(questionnaire, q.question.id, lang)}: {q.question.text.get(lang)}")
        counts = " ".join(f"{value}:{count}" for value, count in q.counts.items())
        detail = words(
            "detail",
            consensus=question_consensus_text(q, lang),
            mean=question_mean_text(q, lang),
            spread=question_spread_text(q),
            scale=f"{scale.min}–{scale.max}",
            counts=counts,
        )
        if q.missing:
            detail += ", " + render_count("cli.group.missing", lang, q.missing)
        out(f"      {detail}")
    _print_organisations(organisation_view(group, questionnaire), lang)
    return _status(outcome)


def _print_organisations(view: OrganisationView, lang: str) -> None:
    """The organisations' views as the group PDF shows them: one table side by side, then where they differ most."""
    if view.withheld is Withheld.FEWER_THAN_TWO_ORGANISATIONS:
        return
    words = Texts("orgs", lang)
    shown = present_organisations(view, lang)
    out("")
    out(words("title"))
    if not shown.available:
        out(shown.withheld_text)
        return
    out(shown.rule_text)
    out("")
    headings = [column.heading for column in shown.columns]
    rows = [[words.word("block"), *headings]]
    for index, title in enumerate(shown.block_titles):
        rows.append([title, *(column.blocks[index].text for column in shown.columns)])
    rows.append([words("total_row", max=shown.max_total), *(column.mean_total_text for column in shown.columns)])
    for line in _aligned(rows):
        out(line)
    out("")
    out(words("differ"))
    out(shown.differ_rule_text)
    if not shown.differ:
        out(shown.no_differ_text)
        return
    rows = [[words.word("question"), *headings, words("difference")]]
    rows += [[line.label, *line.means, line.spread_text] for line in shown.differ]
    header, *lines = _aligned(rows)
    out(header)
    for line, question in zip(lines, shown.differ, strict=True):
        out(line)
        out(f"  {question.block_title}: {question.text}")


def _aligned(rows: list[list[str]]) -> list[str]:
    """The rows as lines of text, each column as wide as its widest cell."""
    widths = [max(len(row[index]) for row in rows) for index in range(len(rows[0]))]
    return ["  ".join(cell.ljust(width) for cell, width in zip(row, widths, strict=True)).rstrip() for row in rows]


def _write_from_group(args: argparse.Namespace, write: Callable[[Group, Questionnaire, str], object]) -> int:
    """Load the FILE arguments and ``write(group, questionnaire, lang)`` the output."""
    loaded = _load(args)
    if loaded is None:
        return EXIT_BAD_INPUT
    outcome, questionnaire, lang = loaded
    write(outcome.group, questionnaire, lang)
    return _status(outcome)


def cmd_group_report(args: argparse.Namespace) -> int:
    """The group report, as PDF or (OUT ending in .docx) Word."""
    from samverkan_gui.core.file_kinds import format_for
    from samverkan_gui.report.formats import write_group_report

    format_for(args.output)  # an unknown suffix is refused before anything is read
    return _write_from_group(args, lambda group, q, lang: write_group_report(group, q, args.output, lang))


def cmd_export_csv(args: argparse.Namespace) -> int:
    from samverkan_gui.report.group_csv import write_group_csv

    return _write_from_group(
        args,
        lambda group, q, lang: write_group_csv(
            group, q, args.output, lang, per_participant=args.per_participant, number_format=args.excel
        ),
    )


def cmd_blank_form(args: argparse.Namespace) -> int:
    from samverkan_gui.report.blank_form import write_blank_form

    lang = args.lang or default_language()
    write_blank_form(shipped_registry().default(), args.output, lang)
    return EXIT_OK


def add_commands(commands: Any, lang: str) -> None:
    """Add the workshop sub-commands to ``samverkan``'s sub-parsers (help in ``lang``)."""

    def helptext(key: str) -> str:
        return render(f"help.{key}", lang)

    form = commands.add_parser("blank-form", help=helptext("blank_form"))
    form.add_argument(
        "-o", "--output", type=Path, required=True, metavar="FORM.pdf", help=helptext("blank_form_output")
    )
    form.add_argument("--lang", choices=SUPPORTED_LANGUAGES, default=None, help=helptext("blank_form_lang"))
    form.set_defaults(handler=cmd_blank_form)

    export = commands.add_parser("export-csv", help=helptext("export_csv"))
    export.add_argument(
        "files", nargs="+", type=Path, metavar="FILE", help=render("help.group_files", lang, suffix=ASSESSMENT_SUFFIX)
    )
    export.add_argument("-o", "--output", type=Path, required=True, metavar="OUT.csv", help=helptext("csv_output"))
    export.add_argument("--lang", choices=SUPPORTED_LANGUAGES, default=None, help=helptext("csv_lang"))
    export.add_argument("--excel", choices=("sv", "en"), default=None, help=helptext("excel"))
    export.add_argument("--per-participant", action="store_true", help=helptext("per_participant"))
    export.set_defaults(handler=cmd_export_csv)


def summary_for(
    group: Group, questionnaire: Questionnaire, lang: str, stats: GroupStats | None = None
) -> dict[str, Any]:
    """The data of the group view (also what ``score --json`` prints), the organisations' views included."""
    data = stats_json(stats or group_stats(group, questionnaire), lang, group)
    data["organisations"] = organisations_json(organisation_view(group, questionnaire), lang)
    return data


__all__ = ["add_commands", "cmd_blank_form", "cmd_export_csv", "cmd_group_report", "cmd_group_score"]
