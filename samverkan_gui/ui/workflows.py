"""A window's document and everything done with it, put together the same way for both windows.

The main window (an assessment) and the workshop window (a group) each make one
:class:`DocumentWorkflows` from their session and kind: the autosave, the action
plan, the document controller (given the plan's input check and the autosave's
discard at construction), the follow-up and the exports.  A window lists
:class:`DocumentWindow` before its Qt base class: it puts the workflows' messages
in the status bar, shows the views they ask for (:meth:`DocumentWindow.show_view`)
and names their parts.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Signal

from samverkan_gui.core.file_kinds import ReportFormat
from samverkan_gui.core.placeholders import fill
from samverkan_gui.ui.actions import ActionRegistry
from samverkan_gui.ui.document import DocumentController, DocumentKind
from samverkan_gui.ui.exports import Exports
from samverkan_gui.ui.learning_loop import FollowUp, FollowUpTexts, PlanBinding
from samverkan_gui.ui.recovery import RecoveryAutosave, RecoveryStore

if TYPE_CHECKING:
    from PySide6.QtWidgets import QMainWindow, QWidget

    from samverkan_gui.ui.read_only import ReadOnlyBanner
    from samverkan_gui.ui.session import DocumentSession
    from samverkan_gui.ui.views import View

    _Base = QMainWindow
else:
    _Base = object

#: How long a message about the document stays in the status bar.
MESSAGE_MS = 8000


class DocumentWorkflows(QObject):
    """The document side of one window: autosave, plan, controller, follow-up, exports."""

    #: ``(view)``: the window should show this :class:`~samverkan_gui.ui.views.View`.
    show_view_requested = Signal(object)
    #: ``(text, milliseconds)``: something for the window's status bar ("" clears it).
    status_message = Signal(str, int)

    def __init__(
        self,
        window: QWidget,
        session: DocumentSession[Any],
        kind: DocumentKind,
        follow_up: FollowUpTexts,
        recovery: RecoveryStore[Any, Any],
        *,
        redirect: Callable[[Path], bool] | None = None,
    ) -> None:
        """``redirect``: opens a file of the other kind elsewhere (see :class:`DocumentController`)."""
        super().__init__(window)
        self.session = session
        self.autosave = RecoveryAutosave(recovery, session, parent=self)
        self.plan = PlanBinding(session, self)
        self.document = DocumentController(
            window,
            kind,
            session,
            redirect=redirect,
            discard_backup=self.autosave.discard,
            check_input=self.plan.check_input,
            pending_input=self.plan.has_pending_input,
        )
        self.follow_up = FollowUp(session, self.document, window, follow_up)
        self.exports = Exports(self.document, window)
        for part in (self.document, self.plan, self.follow_up, self.exports):
            part.status_message.connect(self.status_message)
        for part in (self.plan, self.follow_up):
            part.show_view_requested.connect(self.show_view_requested)
        self.autosave.recovery_failed.connect(
            lambda reason: self.status_message.emit(fill(self.tr("Automatic backup failed: %1"), reason), MESSAGE_MS)
        )
        session.document_replaced.connect(self.document.update_title)
        session.path_changed.connect(lambda _path: self.document.update_title())
        session.modified_changed.connect(lambda _modified: self.document.update_title())

    def restore(self, document: Any, original: Path | None) -> None:
        """Recovered work: unsaved, belonging to ``original``; at once in this window's own recovery file."""
        self.session.restore(document, original)
        self.document.adopt(original)
        # Our own recovery file first, then the caller removes the old one: the work is never only in memory.
        self.autosave.write_now()
        self.status_message.emit(self.tr("Unsaved work restored. Save it to keep it."), MESSAGE_MS)

    def close(self) -> None:
        """The window closes (its unsaved work was saved or given up): no recovery file, no lock."""
        self.autosave.shutdown()
        self.document.close_document()


class DocumentWindow(_Base):
    """Mixin for a window with one document: its :class:`DocumentWorkflows` and their parts by name."""

    workflows: DocumentWorkflows
    # The workflows' parts, by name (set by set_up_document).
    document: DocumentController
    autosave: RecoveryAutosave
    plan: PlanBinding
    follow_up: FollowUp
    exports: Exports
    read_only_banner: ReadOnlyBanner

    def set_up_document(self, parts: DocumentWorkflows) -> None:
        """Take ``parts`` (made for this window): its messages go to the status bar, its views are shown."""
        self.workflows = parts
        self.document, self.autosave, self.plan = parts.document, parts.autosave, parts.plan
        self.follow_up, self.exports = parts.follow_up, parts.exports
        parts.status_message.connect(lambda text, ms: self.statusBar().showMessage(text, ms))
        parts.show_view_requested.connect(self.show_view)

    def set_content(self, content: QWidget) -> None:
        """``content`` as the window's central widget, under the banner a read-only file shows
        ("Read-only: …" with "Save as a copy…"), which ``self.read_only_banner`` names."""
        from PySide6.QtWidgets import QVBoxLayout, QWidget

        from samverkan_gui.ui.read_only import ReadOnlyBanner

        self.read_only_banner = ReadOnlyBanner()
        self.read_only_banner.save_copy_requested.connect(self.save_as)
        central = QWidget()
        layout = QVBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.read_only_banner)
        layout.addWidget(content, 1)
        self.setCentralWidget(central)

    def show_view(self, view: View) -> None:
        """Show ``view`` (the window's own way: a page, a tab)."""
        raise NotImplementedError

    def new_document(self) -> None:
        """File → New (after "save changes?")."""
        raise NotImplementedError

    def open_dialog(self) -> None:
        """File → Open…"""
        raise NotImplementedError

    def export_report(self, report_format: ReportFormat | None = None) -> bool:
        """The document's report as PDF or Word (None: chosen in the save dialog); True when written."""
        raise NotImplementedError

    def export_pdf(self) -> bool:
        """File → Export → PDF… (Ctrl+E)."""
        return self.export_report(ReportFormat.PDF)

    def export_word(self) -> bool:
        """File → Export → Word…"""
        return self.export_report(ReportFormat.WORD)

    def connect_document_actions(self, actions: ActionRegistry) -> None:
        """New, Open…, Save, Save as and the report (as PDF, as Word): the same commands in every window."""
        for name, slot in (
            ("new", self.new_document),
            ("open", self.open_dialog),
            ("save", self.save),
            ("save_as", self.save_as),
            ("export_pdf", self.export_pdf),
            ("export_word", self.export_word),
        ):
            getattr(actions, name).triggered.connect(slot)

    def maybe_save(self) -> bool:
        """Ask before unsaved work would be lost; True when it is fine to go on."""
        return self.document.maybe_save()

    def open_path(self, path: Path, *, ask: bool = True) -> bool:
        """Open ``path`` here (after "save changes?" when ``ask``), or a file of the other kind in its window."""
        return self.document.open_path(Path(path), ask=ask)

    def save(self) -> bool:
        return self.document.save()

    def save_as(self) -> bool:
        return self.document.save_as()
