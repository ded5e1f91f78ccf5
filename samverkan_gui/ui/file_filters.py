"""The filters of the file dialogs, their patterns built from the suffixes in :mod:`core.file_kinds`.

A filter is a translated name with the pattern put in (``Samverkan-filer (*.samverkan
*.samverkan-grupp)``); several are joined with ``;;`` as Qt's file dialogs expect.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from samverkan_gui.core.file_kinds import (
    ASSESSMENT_SUFFIX,
    CSV_SUFFIX,
    DOCX_SUFFIX,
    GROUP_SUFFIX,
    PDF_SUFFIX,
    file_pattern,
)
from samverkan_gui.core.placeholders import fill


def joined(*filters: str) -> str:
    return ";;".join(filters)


def samverkan_files() -> str:
    """Assessments and group files."""
    return fill(
        QCoreApplication.translate("FileFilters", "Samverkan files (%1)"), file_pattern(ASSESSMENT_SUFFIX, GROUP_SUFFIX)
    )


def assessments() -> str:
    return fill(
        QCoreApplication.translate("FileFilters", "Samverkan assessments (%1)"), file_pattern(ASSESSMENT_SUFFIX)
    )


def groups() -> str:
    return fill(QCoreApplication.translate("FileFilters", "Group files (%1)"), file_pattern(GROUP_SUFFIX))


def pdf() -> str:
    return fill(QCoreApplication.translate("FileFilters", "PDF files (%1)"), file_pattern(PDF_SUFFIX))


def word() -> str:
    return fill(QCoreApplication.translate("FileFilters", "Word documents (%1)"), file_pattern(DOCX_SUFFIX))


def csv_swedish_excel() -> str:
    return fill(
        QCoreApplication.translate("FileFilters", "Swedish Excel: semicolon and decimal comma (%1)"),
        file_pattern(CSV_SUFFIX),
    )


def csv_english_excel() -> str:
    return fill(
        QCoreApplication.translate("FileFilters", "English Excel: comma and point (%1)"), file_pattern(CSV_SUFFIX)
    )


def all_files() -> str:
    return QCoreApplication.translate("FileFilters", "All files (*)")
