"""What every ``samverkan`` sub-command shares: exit codes, output, the default language.

The command modules (:mod:`samverkan_gui.cli`, :mod:`samverkan_gui.group_cli`, …) import
from here, never from each other's private names. A new module of sub-commands provides
``add_commands(commands)`` and is listed in :data:`samverkan_gui.cli.COMMAND_MODULES`.
"""

from __future__ import annotations

import json
import locale
import os
import sys
from typing import Any

from samverkan_gui.core.messages import normalise_language

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
