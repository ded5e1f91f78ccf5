"""Answers from people without Samverkan: the commands of the HTML answer form and answer codes.

* ``samverkan answer-form [QUESTIONNAIRE] -o FORM.html`` writes the offline answer form
  (:mod:`samverkan_gui.report.answer_form`) for the shipped questionnaire, an installed one
  named by its id, or a questionnaire file;
* ``samverkan answer-code CODE... -o FOLDER`` turns answer codes into ``.samverkan``
  files; without CODE (or with ``--input FILE``) it reads them from standard input or the
  file, one per line, whatever mail text surrounds them.
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from samverkan_gui.cli_support import EXIT_BAD_INPUT, EXIT_OK, default_language, err, out
from samverkan_gui.core.file_kinds import ASSESSMENT_SUFFIX, is_questionnaire_file
from samverkan_gui.core.messages import SUPPORTED_LANGUAGES, normalise_language, render
from samverkan_gui.core.questionnaire import Questionnaire


def _questionnaire(choice: str | None) -> Questionnaire:
    """A questionnaire file, else an installed questionnaire by id (its highest version), else the shipped default."""
    from samverkan_gui.core.errors import QuestionnaireError
    from samverkan_gui.core.loader import load_questionnaire
    from samverkan_gui.core.registry import shipped_registry

    registry = shipped_registry()
    if choice is None:
        return registry.default()
    path = Path(choice)
    if path.is_file() or is_questionnaire_file(path):
        return load_questionnaire(path)
    versions = [q for q in registry.questionnaires if q.id == choice]
    if not versions:
        raise QuestionnaireError("registry.not_found_id", qid=choice)
    return max(versions, key=lambda q: q.version)


def cmd_answer_form(args: argparse.Namespace) -> int:
    from samverkan_gui.report.answer_form import write_answer_form

    lang = args.lang or default_language()
    write_answer_form(
        args.output,
        _questionnaire(args.questionnaire),
        lang,
        collaboration=args.collaboration or "",
        date=args.date,
        show_score=not args.no_score,
    )
    return EXIT_OK


def _unused(folder: Path, name: str) -> Path:
    """``folder/name``, or ``name-2``, ``name-3``… when taken: codes never overwrite a file."""
    path = folder / name
    stem, suffix = path.stem, path.suffix
    number = 2
    while path.exists():
        path = folder / f"{stem}-{number}{suffix}"
        number += 1
    return path


def cmd_answer_code(args: argparse.Namespace) -> int:
    from samverkan_gui.core.answer_code import answer_file_name, line_error, read_codes
    from samverkan_gui.core.assessment import save_assessment
    from samverkan_gui.core.registry import shipped_registry

    lang = normalise_language(args.lang or default_language())
    if args.codes:
        text = "\n".join(args.codes)
    elif args.input is not None and str(args.input) != "-":
        from samverkan_gui.core.errors import AssessmentFileError
        from samverkan_gui.core.yamlio import decode_text, read_bytes

        text = decode_text(read_bytes(args.input, AssessmentFileError), str(args.input), AssessmentFileError)
    else:
        text = sys.stdin.read()
    lines = read_codes(text)
    if not lines:
        err(render("code.none_found", lang))
        return EXIT_BAD_INPUT
    args.output.mkdir(parents=True, exist_ok=True)
    refused = False
    for line in lines:
        if line.code is None:
            assert line.error is not None
            err(line_error(line.line, line.error).message(lang))
            refused = True
            continue
        code = line.code
        assessment = code.assessment(collaboration=args.collaboration or "")
        path = _unused(args.output, answer_file_name(assessment.collaboration, code.respondent, code.text, code.date))
        save_assessment(path, assessment, shipped_registry().get(code.questionnaire_id, code.questionnaire_version))
        out(render("code.written", lang, line=line.line, path=str(path)))
    return EXIT_BAD_INPUT if refused else EXIT_OK


def _date_in(lang: str) -> Callable[[str], dt.date]:
    """argparse's type for a date, refusing anything else in ``lang``."""

    def date(text: str) -> dt.date:
        try:
            return dt.date.fromisoformat(text)
        except ValueError:
            raise argparse.ArgumentTypeError(render("help.not_a_date", lang, value=text)) from None

    return date


def add_commands(commands: Any, lang: str) -> None:
    """Add ``answer-form`` and ``answer-code`` to ``samverkan``'s sub-parsers (help in ``lang``)."""

    def helptext(key: str) -> str:
        return render(f"help.{key}", lang)

    form = commands.add_parser("answer-form", help=helptext("answer_form"))
    form.add_argument(
        "questionnaire", nargs="?", default=None, metavar="QUESTIONNAIRE", help=helptext("form_questionnaire")
    )
    form.add_argument("-o", "--output", type=Path, required=True, metavar="FORM.html", help=helptext("form_output"))
    form.add_argument("--lang", choices=SUPPORTED_LANGUAGES, default=None, help=helptext("blank_form_lang"))
    form.add_argument("--collaboration", default=None, metavar="NAME", help=helptext("form_collaboration"))
    form.add_argument("--date", type=_date_in(lang), default=None, metavar="YYYY-MM-DD", help=helptext("form_date"))
    form.add_argument("--no-score", action="store_true", help=helptext("form_no_score"))
    form.set_defaults(handler=cmd_answer_form)

    code = commands.add_parser("answer-code", help=render("help.answer_code", lang, suffix=ASSESSMENT_SUFFIX))
    code.add_argument("codes", nargs="*", metavar="CODE", help=helptext("codes"))
    code.add_argument("-i", "--input", type=Path, default=None, metavar="FILE", help=helptext("codes_input"))
    code.add_argument("-o", "--output", type=Path, required=True, metavar="FOLDER", help=helptext("codes_output"))
    code.add_argument("--collaboration", default=None, metavar="NAME", help=helptext("codes_collaboration"))
    code.add_argument("--lang", choices=SUPPORTED_LANGUAGES, default=None, help=helptext("messages_lang"))
    code.set_defaults(handler=cmd_answer_code)


__all__ = ["add_commands", "cmd_answer_code", "cmd_answer_form"]
