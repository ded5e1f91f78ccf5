"""What every ``samverkan`` sub-command shares: exit codes, output, the default language.

The command modules (:mod:`samverkan_gui.cli`, :mod:`samverkan_gui.group_cli`, …) import
from here, never from each other's private names. A new module of sub-commands provides
``add_commands(commands, lang)`` (its help texts in ``lang``, from the catalogue's ``help.``
section) and is listed in :data:`samverkan_gui.cli.COMMAND_MODULES`.
"""

from __future__ import annotations

import argparse
import json
import locale
import os
import re
import sys
from typing import Any, NoReturn

from samverkan_gui.core.messages import normalise_language, render

EXIT_OK = 0
EXIT_BAD_INPUT = 1
EXIT_USAGE = 2
#: The reader of our output went away (``samverkan score … | head -1``): 128 + SIGPIPE, as Unix tools exit.
EXIT_BROKEN_PIPE = 141
EXIT_INTERRUPTED = 130


def default_language() -> str:
    """$SAMVERKAN_LANG, else the locale's language if Swedish or English, else Swedish."""
    for variable in ("SAMVERKAN_LANG", "LC_ALL", "LC_MESSAGES", "LANG"):
        value = os.environ.get(variable)
        if value:
            return normalise_language(value)
    try:
        return normalise_language(locale.getlocale()[0])
    except ValueError:
        return normalise_language(None)


def out(text: str) -> None:
    """One line on standard output."""
    sys.stdout.write(text + "\n")


def err(text: str) -> None:
    """One line on standard error (messages for the user, in their language)."""
    sys.stderr.write(text + "\n")


def print_json(data: Any) -> None:
    """``data`` as indented UTF-8 JSON on standard output."""
    out(json.dumps(data, ensure_ascii=False, indent=2))


def silence_stdout() -> None:
    """Point standard output at the null device after the reader closed the pipe.

    Python flushes stdout once more at exit; into a closed pipe that prints
    "Exception ignored … BrokenPipeError" (the recipe of the Python docs, "Note on SIGPIPE").
    """
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        os.close(devnull)
    except (OSError, ValueError):
        # No file descriptor (stdout replaced, e.g. in tests): nothing is flushed to a pipe at exit.
        pass


# --- argparse in the user's language ------------------------------------------------------

#: argparse's complaints we say in the user's language (the rest stay as argparse writes them).
_COMPLAINTS: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(r"the following arguments are required: (?P<names>.*)"), "help.required"),
    (
        re.compile(r"argument (?P<name>.+?): invalid choice: (?P<value>.+?) \(choose from (?P<choices>.*)\)"),
        "help.invalid_choice",
    ),
    (re.compile(r"unrecognized arguments: (?P<names>.*)"), "help.unrecognized"),
    (re.compile(r"argument (?P<name>.+?): expected one argument"), "help.expected_one"),
)


def complaint(message: str, lang: str) -> str:
    """One of argparse's complaints in ``lang`` (unknown ones as argparse wrote them)."""
    for pattern, key in _COMPLAINTS:
        found = pattern.fullmatch(message)
        if found:
            return render(key, lang, **found.groupdict())
    return message


def parser_class(lang: str) -> type[argparse.ArgumentParser]:
    """An ``ArgumentParser`` whose help and complaints are in ``lang``: headings, -h, usage, errors.

    Sub-parsers are made of the same class, so every ``samverkan COMMAND --help`` speaks ``lang`` too.
    """

    class Formatter(argparse.HelpFormatter):
        def add_usage(self, usage: Any, actions: Any, groups: Any, prefix: str | None = None) -> None:
            super().add_usage(usage, actions, groups, render("help.usage", lang) if prefix is None else prefix)

    class Parser(argparse.ArgumentParser):
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            kwargs.setdefault("formatter_class", Formatter)
            kwargs["add_help"] = False
            super().__init__(*args, **kwargs)
            self._positionals.title = render("help.positionals", lang)
            self._optionals.title = render("help.options", lang)
            self.add_argument("-h", "--help", action="help", default=argparse.SUPPRESS, help=render("help.help", lang))

        def error(self, message: str) -> NoReturn:
            # Exit code 2 (wrong usage) and the usage line, as argparse does.
            self.print_usage(sys.stderr)
            self.exit(EXIT_USAGE, render("help.error", lang, prog=self.prog, message=complaint(message, lang)) + "\n")

    return Parser
