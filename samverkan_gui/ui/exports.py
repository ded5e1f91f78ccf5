"""Writing a window's files (reports, CSV, blank paper forms), the same way in both windows.

:class:`Exports` asks where (through the document controller's
:meth:`~samverkan_gui.ui.document.DocumentController.ask_target`, which asks before
replacing), writes under a wait cursor, shows errors, remembers the folder, and
says what was written by signal: a status line (or none) and :attr:`Exports.file_written`
for the notice with Open / Show in folder.  What each kind of document writes is a
small function here (the assessment's) or in :mod:`samverkan_gui.ui.workshop.exports`.
reportlab is imported only when a file is written.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QObject, Signal

from samverkan_gui.core.file_kinds import PDF_SUFFIX
from samverkan_gui.core.placeholders import fill
from samverkan_gui.ui import file_filters
from samverkan_gui.ui.i18n import current_language
from samverkan_gui.ui.learning_loop import follows_source
from samverkan_gui.ui.settings import last_folder, remember_folder

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from samverkan_gui.ui.document import DocumentController
    from samverkan_gui.ui.session import AssessmentSession, DocumentSession


class Exports(QObject):
    """Asks where, writes and announces the files of one window's document."""

    #: ``(text, milliseconds)``: what was written, for the status bar ("" clears it).
    status_message = Signal(str, int)
    #: ``(path)``: a file was written; the window's notice offers to open it.
    file_written = Signal(object)

    def __init__(self, document: DocumentController, parent: QWidget) -> None:
        super().__init__(parent)
        self.document = document

    def start_folder(self, kind: str | None = None) -> str:
        """Where a file dialog starts: the folder last used for this kind of file, else the document's."""
        remembered = last_folder(kind) if kind else None
        return str(remembered) if remembered is not None else self.document.default_directory()

    def target(
        self, caption: str, suggested: str, file_filter: str, suffix: str, folder_kind: str | None = None
    ) -> Path | None:
        """A file to write (with ``suffix``); the folder is remembered for ``folder_kind``. None: cancelled."""
        path = self.document.ask_target(caption, suggested, file_filter, suffix)
        if path is not None and folder_kind:
            remember_folder(folder_kind, path)
        return path

    def write(self, path: Path, write: Callable[[], object], error_title: str, message: str = "") -> bool:
        """Run ``write`` (errors are shown under ``error_title``); once written, :meth:`announce` it."""
        if not self.document.run_export(write, error_title):
            return False
        self.announce(path, message)
        return True

    def announce(self, path: Path, message: str = "") -> None:
        """``path`` was written: ``message`` (its ``%1`` the path) in the status bar, else none, and the notice."""
        self.status_message.emit(fill(message, str(path)) if message else "", 8000)
        self.file_written.emit(path)


def blank_form(exports: Exports, session: DocumentSession[Any], lang: str) -> bool:
    """A paper form in ``lang`` of the open (else the default) questionnaire, prefilled with the collaboration."""
    from samverkan_gui.core.registry import shipped_registry

    questionnaire = session.questionnaire or shipped_registry().default()
    collaboration = session.document.collaboration.strip() if session.document is not None else ""
    name = ("svarsblankett" if lang == "sv" else "answer-form") + PDF_SUFFIX
    path = exports.target(
        QCoreApplication.translate("BlankForm", "Save blank form"),
        str(Path(exports.start_folder("form")) / name),
        file_filters.pdf(),
        PDF_SUFFIX,
        "form",
    )
    if path is None:
        return False

    def write() -> None:
        from samverkan_gui.report.blank_form import write_blank_form

        write_blank_form(questionnaire, path, lang, collaboration=collaboration)

    return exports.write(
        path,
        write,
        QCoreApplication.translate("BlankForm", "The blank form could not be written"),
        QCoreApplication.translate("Exports", "Blank form written to %1"),
    )


def assessment_pdf(exports: Exports, session: AssessmentSession) -> bool:
    """The open assessment's PDF report (a draft lists what is missing); True when written."""
    result = session.result()
    assessment = session.assessment
    questionnaire = session.questionnaire
    if result is None or assessment is None or questionnaire is None:
        return False
    document = exports.document
    path = exports.target(
        QCoreApplication.translate("Exports", "Export PDF report"),
        document.suggested_path(PDF_SUFFIX),
        file_filters.pdf(),
        PDF_SUFFIX,
    )
    if path is None:
        return False

    def write() -> None:
        # reportlab is imported here, not at start-up: it costs a noticeable part of a second.
        from samverkan_gui.report.pdf import write_assessment_pdf

        # A follow-up's report shows the change since the file it follows, found beside it.
        write_assessment_pdf(assessment, questionnaire, path, lang=current_language(), source=follows_source(session))
        document.remember_directory(path)

    return exports.write(
        path,
        write,
        QCoreApplication.translate("Exports", "The PDF could not be written"),
        QCoreApplication.translate("Exports", "PDF written to %1")
        if result.complete
        else QCoreApplication.translate("Exports", "Draft PDF written to %1"),
    )
