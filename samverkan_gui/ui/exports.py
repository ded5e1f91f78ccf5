"""Writing a window's files (reports, CSV, blank paper forms), the same way in both windows.

:class:`Exports` asks where (through the document controller's
:meth:`~samverkan_gui.ui.document.DocumentController.ask_target`, which asks before
replacing), writes under a wait cursor, shows errors, remembers the folder, and
says what was written by signal: a status line (or none) and :attr:`Exports.file_written`
for the notice with Open / Show in folder.  What each kind of document writes is a
small function here (the assessment's) or in :mod:`samverkan_gui.ui.workshop.exports`.
reportlab and python-docx are imported only when a file is written.

A report is a PDF or a Word document.  Its save dialog offers both (:func:`ask_report_target`):
the one asked for (*Exportera → PDF…* / *Word…*), else the one written last; the type chosen
in the dialog is what is written, and is remembered.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QObject, Signal

from samverkan_gui.core.file_kinds import PDF_SUFFIX, ReportFormat, has_suffix, with_suffix
from samverkan_gui.core.placeholders import fill
from samverkan_gui.ui import dialogs, file_filters
from samverkan_gui.ui.follows import follows_source
from samverkan_gui.ui.i18n import current_language
from samverkan_gui.ui.settings import REPORT_FORMAT, last_folder, remember_folder

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

    def report_target(
        self, caption: str, suggested: Path | str, report_format: ReportFormat | None, folder_kind: str | None = None
    ) -> tuple[Path, ReportFormat] | None:
        """Where to write a report, and as what (see :func:`ask_report_target`). None: cancelled."""
        chosen = ask_report_target(
            self.document.window, caption, Path(suggested), report_format, self.document.confirm_replace
        )
        if chosen is not None and folder_kind:
            remember_folder(folder_kind, chosen[0])
        return chosen

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


def report_filters() -> dict[ReportFormat, str]:
    """The save dialog's file type for each report format."""
    return {ReportFormat.PDF: file_filters.pdf(), ReportFormat.WORD: file_filters.word()}


def ask_report_target(
    parent: QWidget,
    caption: str,
    suggested: Path,
    report_format: ReportFormat | None,
    confirm_replace: Callable[[Path], bool],
) -> tuple[Path, ReportFormat] | None:
    """Ask where to write a report and as what; None when cancelled or replacing was refused.

    The dialog offers PDF and Word, ``report_format`` (else the last one written) chosen, with
    ``suggested`` named for it. The type chosen in the dialog is what is written: a name ending
    in the other type's suffix gets this one's, a name without it gets it added (and then
    ``confirm_replace`` asks about an existing file, which the dialog could not).
    """
    preferred = report_format or REPORT_FORMAT.get()
    filters = report_filters()
    answer = dialogs.save_file_name_with_choice(
        parent, caption, str(_named(suggested, preferred)), list(filters.values()), filters[preferred]
    )
    if answer is None:
        return None
    path, chosen_filter = answer
    chosen = next(kind for kind, text in filters.items() if text == chosen_filter)
    named = _named(path, chosen)
    if named != path and not confirm_replace(named):
        return None
    REPORT_FORMAT.set(chosen)
    return named, chosen


def _named(path: Path, report_format: ReportFormat) -> Path:
    """``path`` ending in ``report_format``'s suffix: another report suffix is swapped, none is added."""
    for other in ReportFormat:
        if other is not report_format and has_suffix(path, other.suffix):
            return path.with_name(path.name[: -len(other.suffix)] + report_format.suffix)
    return with_suffix(path, report_format.suffix)


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


def assessment_report(exports: Exports, session: AssessmentSession, report_format: ReportFormat | None = None) -> bool:
    """The open assessment's report as PDF or Word (a draft lists what is missing); True when written."""
    result = session.result()
    assessment = session.assessment
    questionnaire = session.questionnaire
    if result is None or assessment is None or questionnaire is None:
        return False
    document = exports.document
    chosen = exports.report_target(
        QCoreApplication.translate("Exports", "Export the report"), document.suggested_path(PDF_SUFFIX), report_format
    )
    if chosen is None:
        return False
    path, written_as = chosen

    def write() -> None:
        # reportlab and python-docx are imported here, not at start-up: they cost a noticeable part of a second.
        from samverkan_gui.report.formats import write_assessment_report

        # A follow-up's report shows the change since the file it follows, found beside it.
        write_assessment_report(
            assessment,
            questionnaire,
            path,
            current_language(),
            report_format=written_as,
            source=follows_source(session),
        )
        document.remember_directory(path)

    return exports.write(path, write, report_failed(written_as), report_written(written_as, draft=not result.complete))


def report_failed(report_format: ReportFormat) -> str:
    """The title of the error shown when a report could not be written."""
    if report_format is ReportFormat.WORD:
        return QCoreApplication.translate("Exports", "The Word document could not be written")
    return QCoreApplication.translate("Exports", "The PDF could not be written")


def report_written(report_format: ReportFormat, *, draft: bool = False) -> str:
    """The status line once a report is written (``%1``: where)."""
    if report_format is ReportFormat.WORD:
        return (
            QCoreApplication.translate("Exports", "Draft Word document written to %1")
            if draft
            else QCoreApplication.translate("Exports", "Word document written to %1")
        )
    return (
        QCoreApplication.translate("Exports", "Draft PDF written to %1")
        if draft
        else QCoreApplication.translate("Exports", "PDF written to %1")
    )
