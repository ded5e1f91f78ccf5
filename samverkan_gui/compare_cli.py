"""``samverkan compare FILE FILE... [--json] [-o compare.pdf|compare.docx] [--lang sv|en] [--any-collaboration]``.

Compares two or more assessments (``.samverkan`` files, group files, or
folders: one group each) of the same questionnaire in date order; see
:mod:`samverkan_gui.core.compare` for the rules.  Files of different
collaborations are refused (exit 1, naming each collaboration and its files)
unless ``--any-collaboration`` is given.  ``--json`` prints the keys
documented in docs/file-format.md ("Comparing over time"); ``-o`` writes the
comparison as PDF, or as a Word document when the name ends in ``.docx``.  Exit codes as elsewhere: 0, 1 bad input (one clear line per
problem, no traceback), 2 wrong usage.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING, Any

from samverkan_gui.cli_support import EXIT_BAD_INPUT, EXIT_OK, EXIT_USAGE, default_language, err, out, print_json
from samverkan_gui.core.file_kinds import ASSESSMENT_SUFFIX
from samverkan_gui.core.messages import SUPPORTED_LANGUAGES, normalise_language, render, render_count

if TYPE_CHECKING:
    from samverkan_gui.core.compare import Comparison

# The parser is built at every start (also the window's), so the comparison code
# (YAML, scoring) is imported only when the command runs.


def add_commands(commands: Any, lang: str) -> None:
    """Register ``compare`` on the ``samverkan`` parser's sub-commands (help in ``lang``)."""

    def helptext(key: str) -> str:
        return render(f"help.{key}", lang)

    c = commands.add_parser("compare", help=helptext("compare"))
    c.add_argument(
        "files", nargs="+", type=Path, metavar="FILE", help=render("help.compare_files", lang, suffix=ASSESSMENT_SUFFIX)
    )
    c.add_argument("--json", action="store_true", help=helptext("json"))
    c.add_argument("-o", "--output", type=Path, default=None, metavar="OUT", help=helptext("compare_pdf"))
    c.add_argument("--lang", choices=SUPPORTED_LANGUAGES, default=None, help=helptext("compare_lang"))
    c.add_argument("--any-collaboration", action="store_true", help=helptext("any_collaboration"))
    c.set_defaults(handler=cmd_compare)


def cmd_compare(args: argparse.Namespace) -> int:
    from samverkan_gui.core.compare import CompareError, compare, load_for_compare, require_one_collaboration

    if args.output is not None:
        from samverkan_gui.core.file_kinds import format_for

        format_for(args.output)  # an unknown suffix is refused before anything is read
    if len(args.files) < 2:
        err(render("compare.too_few", normalise_language(args.lang or default_language()), count=len(args.files)))
        return EXIT_USAGE
    chosen = load_for_compare(args.files)
    if not args.any_collaboration:
        try:
            require_one_collaboration(chosen)
        except CompareError as exc:
            lang = normalise_language(args.lang or default_language())
            err(exc.message(lang))
            err(render("cli.compare.any_collaboration", lang))
            return EXIT_BAD_INPUT
    result = compare(chosen)
    last = result.last.item
    owner = last.assessment or last.group
    lang = normalise_language(args.lang or (owner.language if owner is not None else default_language()))
    args.lang = lang
    if args.output is not None:
        from samverkan_gui.report.formats import write_compare_report

        write_compare_report(result, args.output, lang)
    if args.json:
        print_json(comparison_json(result, lang))
    elif args.output is None:
        for line in comparison_lines(result, lang):
            out(line)
    return EXIT_OK


def comparison_json(result: Comparison, lang: str) -> dict[str, Any]:
    """The documented JSON of a comparison (more keys may be added beside these)."""
    from samverkan_gui.core.codec import plan_data
    from samverkan_gui.core.compare import one_decimal
    from samverkan_gui.present.questions import question_label

    assessments = []
    for item in result.items:
        entry: dict[str, Any] = {
            "file": str(item.item.path),
            "date": item.item.date.isoformat() if item.item.date else None,
            "complete": item.complete,
            "total": one_decimal(item.total),
            "max": item.max,
            "band": {"min": item.band.min, "max": item.band.max} if item.band else None,
            "blocks": [{"id": b.block.id, "score": one_decimal(b.score), "max": b.max} for b in item.blocks],
            # Added after the keys above, which keep their order.
            "collaboration": item.item.collaboration,
            "kind": "group" if item.item.is_group else "individual",
        }
        if item.participants is not None:
            entry["participants"] = item.participants
        assessments.append(entry)
    return {
        "questionnaire": {"id": result.questionnaire.id, "version": result.questionnaire.version},
        "assessments": assessments,
        "changes": {
            "total": one_decimal(result.total_change),
            "blocks": [{"id": c.block.id, "change": one_decimal(c.change)} for c in result.blocks],
            "questions": [
                {
                    "id": q.question.id,
                    "from": one_decimal(q.first),
                    "to": one_decimal(q.last),
                    "change": one_decimal(q.change),
                    "label": question_label(result.questionnaire, q.question.id, lang),
                }
                for q in result.questions
            ],
        },
        "versions_differ": result.versions_differ,
        "collaborations_differ": result.collaborations_differ,
        "individual_and_group": result.individual_and_group,
        "plans": [
            {
                "file": str(item.item.path),
                "date": item.item.date.isoformat() if item.item.date else None,
                "plan": plan_data(plan),
            }
            for item, plan in result.plans
        ],
    }


def comparison_lines(result: Comparison, lang: str) -> list[str]:
    """The comparison as plain text lines (what ``samverkan compare`` prints without --json)."""
    from samverkan_gui.present import band_range
    from samverkan_gui.present.compare import (
        collaboration_title,
        comparison_digits,
        format_change,
        format_value,
        notices,
        occasion_date,
    )
    from samverkan_gui.present.questions import question_label

    def word(key: str, **params: Any) -> str:
        return render(key, lang, **params)

    digits = comparison_digits(result)
    lines = [f"{word('compare.title')}: {collaboration_title(result, lang)}", ""]
    for item in result.items:
        date = occasion_date(item, lang)
        total = f"{format_value(item.total, lang, digits)} / {item.max}" if item.complete else word("compare.draft")
        band = f"  ({word('compare.band_line', range=band_range(item.band))})" if item.band else ""
        who = (
            f"  {render_count('compare.participants', lang, item.participants)}"
            if item.participants is not None
            else ""
        )
        collaboration = item.item.collaboration or word("compare.no_collaboration")
        lines.append(f"{date}  {collaboration} ({item.item.name}): {total}{band}{who}")
    for notice in notices(result, lang):
        lines += ["", notice]
    first, last = result.first.item, result.last.item
    lines += ["", word("compare.changes", first=_when(first.date, lang), last=_when(last.date, lang))]
    lines.append(f"  {word('word.total'):<40} {format_change(result.total_change, lang, digits)}")
    for change in result.blocks:
        lines.append(f"  {change.block.title.get(lang)[:40]:<40} {format_change(change.change, lang, digits)}")
    for key, moved in (("compare.moved_up", result.moved_up), ("compare.moved_down", result.moved_down)):
        lines += ["", word(key) + ":"]
        if not moved:
            lines.append("  " + word("compare.none_moved"))
        for q in moved:
            lines.append(
                f"  {question_label(result.questionnaire, q.question.id, lang)}: {q.question.text.get(lang)}  "
                f"{format_value(q.first, lang, digits)} → "
                f"{format_value(q.last, lang, digits)} ({format_change(q.change, lang, digits)})"
            )
    return lines


def _when(date: Any, lang: str) -> str:
    return date.isoformat() if date else render("compare.no_date", lang)
