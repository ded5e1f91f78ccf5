"""Which kind of Samverkan file a path is, and which files open as a workshop group.

One rule for the windows, a drop, a folder, ``samverkan FILE…`` and the command
line's ``score``/``report``: one assessment is an assessment; a group file,
several files or a folder are a group.  Suffixes are compared without regard to
case (``X.SAMVERKAN`` from a Windows share or an e-mail is a Samverkan file),
and each suffix is written here once.  Plain names only (no YAML, no Qt): the
start-up and the command line use it before anything is read.
"""

from __future__ import annotations

import enum
from collections.abc import Sequence
from pathlib import Path

from samverkan_gui.core.errors import ReportError

ASSESSMENT_SUFFIX = ".samverkan"
GROUP_SUFFIX = ".samverkan-grupp"
PDF_SUFFIX = ".pdf"
#: A report as a Word document (the same content as the PDF, to edit).
DOCX_SUFFIX = ".docx"
CSV_SUFFIX = ".csv"
#: A questionnaire of one's own (docs/questionnaire-format.md).
QUESTIONNAIRE_SUFFIXES = (".yaml", ".yml")
#: The files a folder contributes to a group or a comparison.
SAMVERKAN_SUFFIXES = (ASSESSMENT_SUFFIX, GROUP_SUFFIX)


def has_suffix(path: Path, suffix: str) -> bool:
    """Whether the name of ``path`` ends in ``suffix``, in any case (``.PDF`` is ``.pdf``)."""
    return path.name.lower().endswith(suffix.lower())


def with_suffix(path: Path, suffix: str) -> Path:
    """``path`` with ``suffix`` added unless its name already ends in it (in any case)."""
    return path if has_suffix(path, suffix) else path.with_name(path.name + suffix)


def is_questionnaire_file(path: Path) -> bool:
    """Whether ``path`` is named as a questionnaire (YAML) file."""
    return any(has_suffix(path, suffix) for suffix in QUESTIONNAIRE_SUFFIXES)


def is_samverkan_file(path: Path) -> bool:
    """An assessment or a group file by its name (what a folder or a drop contributes)."""
    return any(has_suffix(path, suffix) for suffix in SAMVERKAN_SUFFIXES)


def kind_of(path: Path) -> str:
    """``"group"`` for a ``.samverkan-grupp`` file, else ``"assessment"``."""
    return "group" if has_suffix(path, GROUP_SUFFIX) else "assessment"


def opens_as_group(paths: Sequence[Path]) -> bool:
    """Several files, a folder or a group file: the workshop's group, not one assessment."""
    if len(paths) != 1 or paths[0].is_dir():
        return True
    return kind_of(paths[0]) == "group"


def file_pattern(*suffixes: str) -> str:
    """The pattern of a file dialog's filter: ``*.samverkan *.samverkan-grupp``."""
    return " ".join(f"*{suffix}" for suffix in suffixes)


class ReportFormat(enum.StrEnum):
    """A report's file format (report/formats.py writes each); the value is what settings store."""

    PDF = "pdf"
    WORD = "docx"

    @property
    def suffix(self) -> str:
        return PDF_SUFFIX if self is ReportFormat.PDF else DOCX_SUFFIX


def format_for(path: Path | str) -> ReportFormat:
    """The format a report written to ``path`` gets: ``.docx`` Word, ``.pdf`` (or no suffix) PDF.

    Another suffix raises :class:`ReportError` naming the two that work.
    """
    suffix = Path(path).suffix
    if suffix.lower() in ("", PDF_SUFFIX):
        return ReportFormat.PDF
    if suffix.lower() == DOCX_SUFFIX:
        return ReportFormat.WORD
    raise ReportError("report.unknown_format", path=str(path), suffix=suffix)
