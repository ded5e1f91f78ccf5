"""Exceptions the core raises, each carrying a message a user can read.

The core is Qt-free, so it cannot use ``tr()``.  Instead every error names a
message key from :mod:`samverkan_gui.core.messages` plus its parameters, and
renders itself in Swedish or English on demand.  The UI and the command line
call :meth:`SamverkanError.message` with the user's language; ``str()`` gives
English for logs.
"""

from __future__ import annotations

from typing import Any

from samverkan_gui.core.messages import render


class SamverkanError(Exception):
    """Base of every error the core raises on bad input or a failed operation."""

    def __init__(self, message_key: str, /, **params: Any) -> None:
        self.key = message_key
        self.params = params
        super().__init__(render(message_key, "en", **params))

    def message(self, lang: str = "en") -> str:
        """The message in ``lang`` (``sv`` or ``en``), ready to show a user."""
        return render(self.key, lang, **self.params)


class QuestionnaireError(SamverkanError):
    """A questionnaire file that cannot be used (syntax, schema or logic)."""


class AssessmentFileError(SamverkanError):
    """An assessment or group file that cannot be read."""


class SaveError(SamverkanError):
    """Writing a file failed; the previous version of the file is untouched."""


class ReportError(SamverkanError):
    """A report or export could not be produced."""
