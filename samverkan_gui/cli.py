"""The ``samverkan`` command: starts the app, or scores and reports without a window.

Exit codes: 0 success, 1 bad input (one clear line on stderr), 2 wrong usage, 141 when the
reader of the output went away (a closed pipe: no message, no traceback).
Qt is imported only when the window is started, so the sub-commands work on a
server without a display and start fast.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from types import ModuleType
from typing import Any

from samverkan_gui import __version__, compare_cli, form_cli, group_cli
from samverkan_gui.cli_support import (
    EXIT_BAD_INPUT,
    EXIT_BROKEN_PIPE,
    EXIT_INTERRUPTED,
    EXIT_OK,
    EXIT_USAGE,
    default_language,
    err,
    out,
    parser_class,
    print_json,
    silence_stdout,
)
from samverkan_gui.core.errors import SamverkanError
from samverkan_gui.core.file_kinds import ASSESSMENT_SUFFIX, opens_as_group
from samverkan_gui.core.messages import SUPPORTED_LANGUAGES, Texts, normalise_language, render, render_count
from samverkan_gui.core.scoring import lowest_questions
from samverkan_gui.present import band_range, present_result
from samverkan_gui.present.questions import question_label
from samverkan_gui.present.result import present_lowest

__all__ = ["COMMAND_MODULES", "EXIT_BAD_INPUT", "EXIT_OK", "EXIT_USAGE", "build_parser", "gui_main", "main"]

#: Modules that add sub-commands: each has ``add_commands(commands, lang)`` (argparse sub-parsers, help in lang);
#: a command's handler takes the parsed arguments and returns the exit code.
COMMAND_MODULES: tuple[ModuleType, ...] = (group_cli, compare_cli, form_cli)


# --- sub-commands ------------------------------------------------------------------


def cmd_questionnaire(args: argparse.Namespace) -> int:
    from samverkan_gui.core.loader import load_questionnaire
    from samverkan_gui.core.registry import shipped_registry

    questionnaire = load_questionnaire(args.path) if args.path else shipped_registry().default()
    lang = args.lang
    if args.json:
        print_json(questionnaire_json(questionnaire, lang))
        return EXIT_OK
    words = Texts("cli", lang)
    out(f"{questionnaire.title.get(lang)}  ({questionnaire.id}, {words.word('version')} {questionnaire.version})")
    out(questionnaire.credit.get(lang))
    for block in questionnaire.blocks:
        out("")
        out(f"{block.title.get(lang)}  ({words('max', max=block.max_score(questionnaire.scale.max))})")
        out(f"  {block.lead_in.get(lang)}")
        for question in block.questions:
            out(f"  {question_label(questionnaire, question.id, lang)}: {question.text.get(lang)}")
    out("")
    for band in questionnaire.bands:
        out(f"{band_range(band)}: {band.advice.get(lang)}")
    return EXIT_OK


def questionnaire_json(questionnaire: Any, lang: str) -> dict[str, Any]:
    return {
        "id": questionnaire.id,
        "version": questionnaire.version,
        "title": questionnaire.title.get(lang),
        "blocks": [
            {
                "id": block.id,
                "title": block.title.get(lang),
                "max": block.max_score(questionnaire.scale.max),
                "questions": [
                    {"id": q.id, "text": q.text.get(lang), "label": question_label(questionnaire, q.id, lang)}
                    for q in block.questions
                ],
            }
            for block in questionnaire.blocks
        ],
        "bands": [{"min": b.min, "max": b.max, "advice": b.advice.get(lang)} for b in questionnaire.bands],
    }


def lowest_json(lowest: Any, questionnaire: Any, lang: str) -> dict[str, Any]:
    """The lowest-rated questions as data: the listed ones, the tied ones left out (counted), or all equal."""
    return {
        "questions": [
            {
                "id": r.question.id,
                "number": r.number,
                "value": r.value,
                "label": question_label(questionnaire, r.question.id, lang),
            }
            for r in lowest.listed
        ],
        "more": {"count": lowest.more, "value": lowest.more_value} if lowest.more else None,
        "all_equal": lowest.all_equal,
    }


def score_json(result: Any, lang: str, answers: Any = None) -> dict[str, Any]:
    """The result as data; ``percent`` is what the window and the PDF show (whole per cent, half up).

    With ``answers`` (question id → answer), also the lowest-rated questions.
    """
    shown = present_result(result, lang)
    band = result.band
    return {
        "complete": result.complete,
        "total": result.total,
        "max": result.max_total,
        "band": {"min": band.min, "max": band.max, "advice": shown.advice} if band else None,
        "blocks": [
            {"id": line.block_id, "title": line.title, "score": line.score, "max": line.max, "percent": line.percent}
            for line in shown.blocks
        ],
        "weakest_blocks": list(result.weakest_blocks),
        "missing": list(result.missing),
        # Added later than the keys above (which keep their order): what the window and PDF show.
        "percent": shown.total_percent,
        "weakest": shown.weakest or None,
    } | (
        {"lowest": lowest_json(lowest_questions(answers, result.questionnaire), result.questionnaire, lang)}
        if answers is not None
        else {}
    )


def cmd_score(args: argparse.Namespace) -> int:
    from samverkan_gui.core.assessment import load_assessment
    from samverkan_gui.core.registry import shipped_registry

    if opens_as_group(args.files):
        return _group_command("score", args)
    assessment = load_assessment(args.files[0])
    questionnaire = shipped_registry().get(assessment.questionnaire_id, assessment.questionnaire_version)
    result = assessment.score(questionnaire)
    lang = args.lang or assessment.language
    if args.json:
        data = score_json(result, lang, assessment.answers)
        if assessment.plan:
            from samverkan_gui.core.codec import plan_data

            data["plan"] = plan_data(assessment.plan)  # as stored in the file
        print_json(data)
        return EXIT_OK
    words = Texts("cli", lang)
    shown = present_result(result, lang)
    for line in shown.blocks:
        out(f"{line.title:<40} {line.score:>3} / {line.max:<3} {line.percent_text:>5}")
    if shown.complete:
        out(f"{words.word('total'):<40} {shown.total:>3} / {shown.max_total:<3} {shown.total_percent_text:>5}")
        out("")
        out(shown.advice or "")
        if shown.weakest:
            out(shown.weakest)
    else:
        out(render_count("cli.draft", lang, shown.missing))
        out(f"{words('missing')}: {', '.join(result.missing)}")
    lowest = present_lowest(lowest_questions(assessment.answers, questionnaire), questionnaire, lang)
    if lowest.shown:
        out("")
        out(lowest.title)
        if lowest.lines:
            out(lowest.caption)
        for low in lowest.lines:
            out(f"  {low.question_label}: {low.question}")
            out(f"     {words('lowest_answer', block=low.block_name, value=low.value, label=low.label)}")
        for extra in (lowest.more, lowest.all_equal):
            if extra:
                out(extra)
    return EXIT_OK


def cmd_report(args: argparse.Namespace) -> int:
    """``report FILE -o OUT``: a PDF, or a Word document when OUT ends in .docx (several files: the group's)."""
    from samverkan_gui.core.assessment import load_assessment
    from samverkan_gui.core.file_kinds import format_for
    from samverkan_gui.core.registry import shipped_registry
    from samverkan_gui.report.formats import write_assessment_report

    format_for(args.output)  # an unknown suffix is refused before anything is read
    if opens_as_group(args.files):
        return _group_command("report", args)
    assessment = load_assessment(args.files[0])
    questionnaire = shipped_registry().get(assessment.questionnaire_id, assessment.questionnaire_version)
    write_assessment_report(assessment, questionnaire, args.output, lang=args.lang, source=args.files[0])
    return EXIT_OK


def _group_command(name: str, args: argparse.Namespace) -> int:
    """Several files: the workshop (group) version of a command."""
    handler = {"score": group_cli.cmd_group_score, "report": group_cli.cmd_group_report}[name]
    return int(handler(args))


def utf8_streams() -> None:
    """Write UTF-8 to stdout/stderr whatever the console's code page (``score --json > out.json``).

    On Windows a redirected stream otherwise uses the ANSI code page (cp1252: "Här" becomes
    byte 0xE4), while our files and JSON are UTF-8 everywhere.
    """
    for stream in (sys.stdout, sys.stderr):
        encoding = (getattr(stream, "encoding", None) or "").lower().replace("-", "")
        if encoding != "utf8" and hasattr(stream, "reconfigure"):
            stream.reconfigure(encoding="utf-8")


def _no_display() -> bool:
    """Linux without X11 or Wayland: Qt would abort with a misleading xcb message."""
    if not sys.platform.startswith("linux") or os.environ.get("QT_QPA_PLATFORM"):
        return False
    return not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))


def cmd_gui(args: argparse.Namespace) -> int:
    if getattr(args, "self_test", False):
        # The frozen bundle's smoke test (packaging): offscreen, no user files touched.
        from samverkan_gui.selftest import run_self_test

        return int(run_self_test())
    if _no_display():
        from samverkan_gui.core.messages import render

        lang = default_language()
        commands = sorted(_command_names(build_parser()))
        err(render("gui.no_display", lang, commands=", ".join(f"samverkan {name}" for name in commands)))
        return EXIT_BAD_INPUT
    try:
        from samverkan_gui.app import run_gui
    except ImportError as exc:
        if "samverkan_gui.app" not in str(exc) and "PySide6" not in str(exc):
            raise
        err(Texts("cli", default_language())("no_window", reason=str(exc)))
        return EXIT_BAD_INPUT
    return int(run_gui(args.files))


# --- argument parsing ----------------------------------------------------------------


def build_parser(lang: str | None = None) -> argparse.ArgumentParser:
    """The ``samverkan`` parser; its help and its complaints in ``lang`` (default: the user's language).

    argparse exits with 2 on usage errors, which is what we want.
    """
    lang = normalise_language(lang or default_language())

    def helptext(key: str) -> str:
        return render(f"help.{key}", lang)

    parser = parser_class(lang)(prog="samverkan", description=helptext("description"))
    parser.add_argument("--version", action="version", version=f"samverkan {__version__}", help=helptext("version"))
    parser.add_argument("--self-test", action="store_true", help=helptext("self_test"))
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    q = commands.add_parser("questionnaire", help=helptext("questionnaire"))
    q.add_argument("path", nargs="?", type=Path, help=helptext("questionnaire_path"))
    q.add_argument("--json", action="store_true", help=helptext("json"))
    q.add_argument("--lang", choices=SUPPORTED_LANGUAGES, default=None, help=helptext("lang"))
    q.set_defaults(handler=cmd_questionnaire)

    s = commands.add_parser("score", help=helptext("score"))
    s.add_argument(
        "files", nargs="+", type=Path, metavar="FILE", help=render("help.score_files", lang, suffix=ASSESSMENT_SUFFIX)
    )
    s.add_argument("--json", action="store_true", help=helptext("json"))
    s.add_argument("--lang", choices=SUPPORTED_LANGUAGES, default=None, help=helptext("lang"))
    s.set_defaults(handler=cmd_score)

    r = commands.add_parser("report", help=helptext("report"))
    r.add_argument(
        "files", nargs="+", type=Path, metavar="FILE", help=render("help.report_files", lang, suffix=ASSESSMENT_SUFFIX)
    )
    r.add_argument("-o", "--output", type=Path, required=True, metavar="OUT", help=helptext("report_output"))
    r.add_argument("--lang", choices=SUPPORTED_LANGUAGES, default=None, help=helptext("lang"))
    r.set_defaults(handler=cmd_report)

    for module in COMMAND_MODULES:
        module.add_commands(commands, lang)
    return parser


def help_language(argv: Sequence[str]) -> str:
    """The language ``--help`` and usage errors speak: ``--lang`` when given, else the user's."""
    for index, argument in enumerate(argv):
        if argument == "--lang" and index + 1 < len(argv):
            return normalise_language(argv[index + 1])
        if argument.startswith("--lang="):
            return normalise_language(argument.split("=", 1)[1])
    return default_language()


def _command_names(parser: argparse.ArgumentParser) -> set[str]:
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            return set(action.choices)
    return set()


def main(argv: Sequence[str] | None = None) -> int:
    utf8_streams()
    argv = list(sys.argv[1:] if argv is None else argv)
    parser = build_parser(help_language(argv))
    known = _command_names(parser)
    if not argv or (argv[0] not in known and not argv[0].startswith("-")) or argv[0] == "--self-test":
        gui = argparse.ArgumentParser(prog="samverkan")
        gui.add_argument("files", nargs="*", type=Path)
        gui.add_argument("--self-test", action="store_true", help=argparse.SUPPRESS)
        return cmd_gui(gui.parse_args(argv))
    args = parser.parse_args(argv)
    if getattr(args, "lang", "unset") is None and args.command == "questionnaire":
        args.lang = default_language()
    try:
        status = int(args.handler(args))
        sys.stdout.flush()  # here, so that a closed pipe is caught below and not at exit
        return status
    except SamverkanError as exc:
        err(exc.message(args.lang or default_language()))
        return EXIT_BAD_INPUT
    except BrokenPipeError:
        # The reader went away (`samverkan score … | head -1`): stop quietly, as Unix tools do.
        silence_stdout()
        return EXIT_BROKEN_PIPE
    except KeyboardInterrupt:
        return EXIT_INTERRUPTED


def gui_main() -> int:
    """Entry point of ``samverkan-gui`` (a gui-script: no console window on Windows)."""
    gui = argparse.ArgumentParser(prog="samverkan-gui")
    gui.add_argument("files", nargs="*", type=Path)
    return cmd_gui(gui.parse_args())


if __name__ == "__main__":
    sys.exit(main())
