"""The ``samverkan`` command: starts the app, or scores and reports without a window.

Exit codes: 0 success, 1 bad input (one clear line on stderr), 2 wrong usage.
Qt is imported only when the window is started, so the sub-commands work on a
server without a display and start fast.
"""

from __future__ import annotations

import argparse
import json
import locale
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from samverkan_gui import __version__
from samverkan_gui.core.errors import SamverkanError
from samverkan_gui.core.messages import SUPPORTED_LANGUAGES, normalise_language

EXIT_OK = 0
EXIT_BAD_INPUT = 1
EXIT_USAGE = 2


def _default_language() -> str:
    for variable in ("SAMVERKAN_LANG", "LC_ALL", "LC_MESSAGES", "LANG"):
        value = os.environ.get(variable)
        if value:
            return normalise_language(value)
    try:
        return normalise_language(locale.getlocale()[0])
    except ValueError:
        return normalise_language(None)


def _out(text: str) -> None:
    sys.stdout.write(text + "\n")


def _err(text: str) -> None:
    sys.stderr.write(text + "\n")


def _json(data: Any) -> None:
    _out(json.dumps(data, ensure_ascii=False, indent=2))


# --- sub-commands ------------------------------------------------------------------


def cmd_questionnaire(args: argparse.Namespace) -> int:
    from samverkan_gui.core.loader import load_questionnaire
    from samverkan_gui.core.registry import shipped_registry

    questionnaire = load_questionnaire(args.path) if args.path else shipped_registry().default()
    lang = args.lang
    if args.json:
        _json(questionnaire_json(questionnaire, lang))
        return EXIT_OK
    _out(f"{questionnaire.title.get(lang)}  ({questionnaire.id}, version {questionnaire.version})")
    _out(questionnaire.credit.get(lang))
    for block in questionnaire.blocks:
        _out("")
        _out(f"{block.title.get(lang)}  (max {block.max_score(questionnaire.scale.max)})")
        _out(f"  {block.lead_in.get(lang)}")
        for number, question in enumerate(block.questions, 1):
            _out(f"  {number:>2}. {question.text.get(lang)}")
    _out("")
    for band in questionnaire.bands:
        _out(f"{band.min}–{band.max}: {band.advice.get(lang)}")
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
                "questions": [{"id": q.id, "text": q.text.get(lang)} for q in block.questions],
            }
            for block in questionnaire.blocks
        ],
        "bands": [{"min": b.min, "max": b.max, "advice": b.advice.get(lang)} for b in questionnaire.bands],
    }


def score_json(result: Any, lang: str) -> dict[str, Any]:
    band = result.band
    return {
        "complete": result.complete,
        "total": result.total,
        "max": result.max_total,
        "band": {"min": band.min, "max": band.max, "advice": result.advice(lang)} if band else None,
        "blocks": [
            {"id": bs.block.id, "title": bs.block.title.get(lang), "score": bs.score, "max": bs.max}
            for bs in result.blocks
        ],
        "weakest_blocks": list(result.weakest_blocks),
        "missing": list(result.missing),
    }


_SCORE_TEXT = {
    "sv": {"total": "Summa", "draft": "Utkast – {n} frågor saknar svar", "missing": "Saknar svar"},
    "en": {"total": "Total", "draft": "Draft – {n} questions have no answer", "missing": "No answer"},
}


def cmd_score(args: argparse.Namespace) -> int:
    from samverkan_gui.core.assessment import load_assessment
    from samverkan_gui.core.registry import shipped_registry

    if _is_group_input(args.files):
        return _group_command("score", args)
    assessment = load_assessment(args.files[0])
    questionnaire = shipped_registry().get(assessment.questionnaire_id, assessment.questionnaire_version)
    result = assessment.score(questionnaire)
    lang = args.lang or assessment.language
    if args.json:
        data = score_json(result, lang)
        if assessment.plan:
            from samverkan_gui.core.codec import plan_data

            data["plan"] = plan_data(assessment.plan)  # as stored in the file
        _json(data)
        return EXIT_OK
    words = _SCORE_TEXT.get(lang, _SCORE_TEXT["sv"])
    for bs in result.blocks:
        _out(f"{bs.block.title.get(lang):<40} {bs.score:>3} / {bs.max:<3} {bs.percent:>3} %")
    if result.complete:
        _out(f"{words['total']:<40} {result.total:>3} / {result.max_total}")
        _out("")
        _out(result.advice(lang) or "")
    else:
        _out(words["draft"].format(n=len(result.missing)))
        _out(f"{words['missing']}: {', '.join(result.missing)}")
    return EXIT_OK


def cmd_report(args: argparse.Namespace) -> int:
    from samverkan_gui.core.assessment import load_assessment
    from samverkan_gui.core.registry import shipped_registry
    from samverkan_gui.report.pdf import write_assessment_pdf

    if _is_group_input(args.files):
        return _group_command("report", args)
    assessment = load_assessment(args.files[0])
    questionnaire = shipped_registry().get(assessment.questionnaire_id, assessment.questionnaire_version)
    write_assessment_pdf(assessment, questionnaire, args.output, lang=args.lang)
    return EXIT_OK


def _is_group_input(files: Sequence[Path]) -> bool:
    """Several files, a folder or a group file: the workshop version of the command."""
    if len(files) > 1 or files[0].is_dir():
        return True
    return files[0].name.endswith(".samverkan-grupp")


def _group_command(name: str, args: argparse.Namespace) -> int:
    """Several files: the workshop (group) version of a command."""
    try:
        from samverkan_gui import group_cli  # type: ignore[attr-defined,unused-ignore]
    except ImportError:
        _err("Several files at once (workshop mode) are not supported by this version.")
        return EXIT_USAGE
    handler: Any = getattr(group_cli, f"cmd_group_{name.replace('-', '_')}")
    return int(handler(args))


def cmd_gui(args: argparse.Namespace) -> int:
    if getattr(args, "self_test", False):
        # The frozen bundle's smoke test (packaging): offscreen, no user files touched.
        from samverkan_gui.selftest import run_self_test

        return int(run_self_test())
    try:
        from samverkan_gui.app import run_gui
    except ImportError as exc:
        if "samverkan_gui.app" not in str(exc) and "PySide6" not in str(exc):
            raise
        _err(f"The desktop window cannot start: {exc}")
        return EXIT_BAD_INPUT
    return int(run_gui(args.files))


# --- argument parsing ----------------------------------------------------------------


class _Parser(argparse.ArgumentParser):
    """argparse exits with 2 on usage errors, which is what we want; keep its messages."""


def build_parser() -> argparse.ArgumentParser:
    lang_help = "language of the output: sv or en (default: the file's language, else the system's)"
    parser = _Parser(
        prog="samverkan",
        description="Testa din samverkan! – self-assessment of collaboration. "
        "Without a command, opens the desktop app (with FILE, opens that file).",
    )
    parser.add_argument("--version", action="version", version=f"samverkan {__version__}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    q = commands.add_parser("questionnaire", help="show or validate a questionnaire")
    q.add_argument("path", nargs="?", type=Path, help="questionnaire YAML (default: the shipped one)")
    q.add_argument("--json", action="store_true", help="print JSON")
    q.add_argument("--lang", choices=SUPPORTED_LANGUAGES, default=None, help=lang_help)
    q.set_defaults(handler=cmd_questionnaire)

    s = commands.add_parser("score", help="score one assessment (several files: the group summary)")
    s.add_argument("files", nargs="+", type=Path, metavar="FILE")
    s.add_argument("--json", action="store_true", help="print JSON")
    s.add_argument("--lang", choices=SUPPORTED_LANGUAGES, default=None, help=lang_help)
    s.set_defaults(handler=cmd_score)

    r = commands.add_parser("report", help="write a PDF report (several files: the group report)")
    r.add_argument("files", nargs="+", type=Path, metavar="FILE")
    r.add_argument("-o", "--output", type=Path, required=True, metavar="OUT.pdf")
    r.add_argument("--lang", choices=SUPPORTED_LANGUAGES, default=None, help=lang_help)
    r.set_defaults(handler=cmd_report)

    from samverkan_gui.compare_cli import add_command as add_compare_command

    add_compare_command(commands, lang_help)
    _add_extra_commands(commands)
    return parser


def _add_extra_commands(commands: Any) -> None:
    """Commands contributed by the workshop module, when present."""
    try:
        from samverkan_gui import group_cli  # type: ignore[attr-defined,unused-ignore]
    except ImportError:
        return
    group_cli.add_commands(commands)


def _command_names(parser: argparse.ArgumentParser) -> set[str]:
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            return set(action.choices)
    return set()


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    parser = build_parser()
    known = _command_names(parser)
    if not argv or (argv[0] not in known and not argv[0].startswith("-")) or argv[0] == "--self-test":
        gui = argparse.ArgumentParser(prog="samverkan")
        gui.add_argument("files", nargs="*", type=Path)
        gui.add_argument("--self-test", action="store_true", help=argparse.SUPPRESS)
        return cmd_gui(gui.parse_args(argv))
    args = parser.parse_args(argv)
    if getattr(args, "lang", "unset") is None and args.command == "questionnaire":
        args.lang = _default_language()
    try:
        return int(args.handler(args))
    except SamverkanError as exc:
        _err(exc.message(args.lang or _default_language()))
        return EXIT_BAD_INPUT
    except KeyboardInterrupt:
        return 130


def gui_main() -> int:
    """Entry point of ``samverkan-gui`` (a gui-script: no console window on Windows)."""
    gui = argparse.ArgumentParser(prog="samverkan-gui")
    gui.add_argument("files", nargs="*", type=Path)
    return cmd_gui(gui.parse_args())


if __name__ == "__main__":
    sys.exit(main())
