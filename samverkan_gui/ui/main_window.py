"""The main window: start view, block pages and results around one session."""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QLabel, QMainWindow, QMenu, QStackedWidget, QWidget

from samverkan_gui.core.file_kinds import ReportFormat, is_samverkan_file, opens_as_group
from samverkan_gui.core.qindex import QuestionnaireHeader
from samverkan_gui.ui import about, details, dialogs, file_filters, opening, settings
from samverkan_gui.ui.accessible import announce_status_messages
from samverkan_gui.ui.actions import Actions
from samverkan_gui.ui.document_kinds import ASSESSMENT, ASSESSMENT_FOLLOW_UP
from samverkan_gui.ui.drops import FileDropTarget
from samverkan_gui.ui.export_notice import ExportNotice
from samverkan_gui.ui.exports import assessment_report, blank_form
from samverkan_gui.ui.fonts import refresh_relative_fonts
from samverkan_gui.ui.i18n import current_language, install_language
from samverkan_gui.ui.learning_loop import compare_start, open_compare
from samverkan_gui.ui.recovery import ASSESSMENTS
from samverkan_gui.ui.retranslated import Retranslated
from samverkan_gui.ui.screen import fit_on_screen, show_keyboard_focus
from samverkan_gui.ui.session import AssessmentSession
from samverkan_gui.ui.start import StartView
from samverkan_gui.ui.start_lists import StartLists
from samverkan_gui.ui.views import View
from samverkan_gui.ui.workflows import DocumentWindow, DocumentWorkflows
from samverkan_gui.ui.zoom import Zoomable

if TYPE_CHECKING:
    # Only annotations: Qt creates these Python types when such an event first arrives.
    from PySide6.QtGui import QCloseEvent, QShowEvent

    from samverkan_gui.core.assessment import Assessment
    from samverkan_gui.core.questionnaire import Questionnaire
    from samverkan_gui.core.registry import QuestionnaireRegistry
    from samverkan_gui.ui.compare_view import CompareWindow
    from samverkan_gui.ui.editor import EditorView
    from samverkan_gui.ui.plan_editor import PlanPage
    from samverkan_gui.ui.results import ResultsView

log = logging.getLogger(__name__)

#: At the latest this long after the window is shown, the deferred start-up work runs.
FINISH_START_FALLBACK_MS = 1500


class MainWindow(Zoomable, FileDropTarget, Retranslated, DocumentWindow, QMainWindow):
    def __init__(self, registry: QuestionnaireRegistry | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("main-window")
        # The app icon (set on the QApplication by app.py) is inherited; nothing to load here.
        self.session = AssessmentSession(registry, self)
        self.set_up_document(
            DocumentWorkflows(
                self,
                self.session,
                ASSESSMENT,
                ASSESSMENT_FOLLOW_UP,
                ASSESSMENTS,
                # A group file (Arkiv → Öppna, Open recent) goes to the workshop window.
                redirect=lambda path: opening.open_in_workshop(self, [path]) is not None,
            )
        )
        self._guidance_window: QWidget | None = None
        self.commands = Actions(self)

        self._started = False
        # Questionnaires, recovered work and icons follow right after the first paint.
        self.start_view = StartView([])
        self.start_view.questionnaire_loader = self.finish_start
        self.start_view.first_painted.connect(lambda: QTimer.singleShot(0, self.finish_start))
        # The block pages and the results are built on first use: a faster start.
        self._editor_view: EditorView | None = None
        self._results_view: ResultsView | None = None
        self._plan_page: PlanPage | None = None
        self.views = QStackedWidget()
        self.views.insertWidget(View.START, self.start_view)
        self.views.insertWidget(View.EDITOR, QWidget())
        self.views.insertWidget(View.RESULTS, QWidget())
        self.views.insertWidget(View.PLAN, QWidget())
        self.set_content(self.views)  # a read-only file says so above every page
        self._build_menus()
        self.start_lists = StartLists(
            self.session, self.document, self.start_view, self.recent_menu, self.restore, parent=self
        )
        self.status_label = QLabel()
        self.statusBar().addPermanentWidget(self.status_label)
        #: "Saved X" with Open and Show in folder after an export; gone when the view changes.
        self.export_notice = ExportNotice()
        self.statusBar().addPermanentWidget(self.export_notice)
        announce_status_messages(self.statusBar())
        self.setAcceptDrops(True)

        self._connect()
        self.set_zoom(settings.ZOOM.get(), remember=False)
        self._restore_geometry()
        self.refresh_recent_files()
        self.retranslate()
        self.show_view(View.START)
        self._update_actions()

    # --- construction -----------------------------------------------------------------------

    def finish_start(self) -> None:
        """Start-up work that can wait until the window is on screen (runs once)."""
        if self._started:
            return
        self._started = True
        self.start_lists.describe_files = True
        self.start_lists.show_questionnaires(at_start=True)
        self.refresh_recent_files()
        self.offer_recovery()

    def _build_menus(self) -> None:
        a = self.commands
        bar = self.menuBar()
        self.recent_menu = QMenu(self)
        self.recent_menu.setObjectName("recent-menu")
        self.export_menu = a.add_menu([[a.export_pdf, a.export_word]])
        self.export_menu.setObjectName("export-menu")
        self.file_menu = a.add_menu(
            [
                [a.new, a.open, self.recent_menu, a.follow_up, a.compare],
                [a.save, a.save_as, self.export_menu, a.blank_form],
                [a.edit_details],
                [a.close_assessment, a.quit],
            ],
            bar,
        )
        self.view_menu = a.add_menu(
            [
                [a.previous_block, a.next_block],
                [a.show_results, a.back_to_editing, a.action_plan],
                [a.zoom_in, a.zoom_out, a.zoom_reset],
            ],
            bar,
        )
        self.language_menu = a.add_menu([[a.lang_sv, a.lang_en]], bar)
        self.workshop_menu = a.add_menu([[a.workshop]], bar)
        self.help_menu = a.add_menu([[a.guidance, a.about]], bar)

    def _connect(self) -> None:
        a = self.commands
        self.connect_document_actions(a)
        a.blank_form.triggered.connect(lambda: blank_form(self.exports, self.session, current_language()))
        a.close_assessment.triggered.connect(self.close_assessment)
        a.edit_details.triggered.connect(self.edit_details)
        a.quit.triggered.connect(self.close)
        a.previous_block.triggered.connect(self._previous_block)
        a.next_block.triggered.connect(self._next_block)
        a.show_results.triggered.connect(self.request_results)
        a.back_to_editing.triggered.connect(self.back_to_editing)
        self.connect_zoom(a.zoom_in, a.zoom_out, a.zoom_reset)
        a.language_group.triggered.connect(lambda action: self.set_language(str(action.data())))
        a.workshop.triggered.connect(self.open_workshop)
        a.action_plan.triggered.connect(lambda: self.plan.open_plan())
        a.follow_up.triggered.connect(self.follow_up.start)
        a.compare.triggered.connect(lambda: self.open_compare())
        self.document.read_only_changed.connect(self._read_only_changed)
        a.guidance.triggered.connect(lambda: self.show_guidance())
        a.about.triggered.connect(lambda: about.show_about(self))
        self.session.document_changed.connect(self._update_actions)
        d = self.document
        d.document_opened.connect(self._on_opened)
        self.start_lists.status_message.connect(self.statusBar().showMessage)
        self.exports.file_written.connect(self.export_notice.show_for)
        d.recent_changed.connect(self.refresh_recent_files)
        self.start_view.new_requested.connect(self.start_new)
        # After the keystroke that began the form is on screen.
        self.start_view.form_started.connect(
            lambda chosen: QTimer.singleShot(0, self, lambda: self._prepare_editor(chosen))
        )
        self.start_view.open_dialog_requested.connect(self.open_dialog)
        self.start_view.open_requested.connect(lambda path: self.open_path(Path(path)))

    # --- views --------------------------------------------------------------------------------

    def _install_view(self, view: View, widget: QWidget) -> None:
        placeholder = self.views.widget(view)
        current = self.views.currentIndex()
        if placeholder is not None:
            self.views.removeWidget(placeholder)
            placeholder.deleteLater()
        self.views.insertWidget(view, widget)
        self.views.setCurrentIndex(current)
        refresh_relative_fonts(widget)

    @property
    def editor_view(self) -> EditorView:
        if self._editor_view is None:
            from samverkan_gui.ui.editor import EditorView

            editor = EditorView(self.session)
            editor.set_read_only(self.document.read_only)
            editor.results_requested.connect(lambda: self.show_view(View.RESULTS))
            editor.status_message.connect(lambda text: self.statusBar().showMessage(text, 6000))
            self._editor_view = editor
            self._install_view(View.EDITOR, editor)
        return self._editor_view

    @property
    def results_view(self) -> ResultsView:
        if self._results_view is None:
            from samverkan_gui.ui.results import ResultsView

            results = ResultsView(self.session)
            results.edit_requested.connect(self.back_to_editing)
            results.save_button.clicked.connect(self.save)
            results.export_button.clicked.connect(lambda: self.export_report())
            results.plan_requested.connect(self.plan.open_plan)
            results.follow_up_requested.connect(self.follow_up.start)
            results.guidance_requested.connect(self.show_guidance)
            self._results_view = results
            self._install_view(View.RESULTS, results)
        return self._results_view

    @property
    def plan_page(self) -> PlanPage:
        if self._plan_page is None:
            from samverkan_gui.ui.plan_editor import PlanPage

            page = PlanPage()
            self.plan.bind(page.editor)
            page.editor.set_read_only(self.document.read_only)
            page.back_requested.connect(lambda: self.show_view(View.RESULTS))
            page.save_button.clicked.connect(self.save)
            page.export_button.clicked.connect(lambda: self.export_report())
            self._plan_page = page
            self._install_view(View.PLAN, page)
        return self._plan_page

    def _read_only_changed(self, read_only: bool) -> None:
        """Read-only means read-only: the banner, and nothing on any page can be changed."""
        self.read_only_banner.setVisible(read_only)
        if self._editor_view is not None:
            self._editor_view.set_read_only(read_only)
        if self._plan_page is not None:
            self._plan_page.editor.set_read_only(read_only)
        self._update_actions()

    def current_view(self) -> View:
        return View(self.views.currentIndex())

    def request_results(self) -> None:
        """Visa resultat (Ctrl+R) from the questions or the plan: the results when complete,
        otherwise the first unanswered question."""
        result = self.session.result()
        if self.current_view() == View.PLAN and result is not None and not result.complete:
            self.show_view(View.EDITOR)
        self.editor_view.request_results()

    def show_view(self, view: View) -> None:
        if view != self.views.currentIndex():
            self.export_notice.clear()  # it was about the view being left
            # So was the status message ("every question is answered: press Enter…" on the results).
            self.statusBar().clearMessage()
        if view == View.EDITOR:
            self.editor_view  # noqa: B018 - built on first use
        elif view == View.RESULTS:
            self.results_view  # noqa: B018
        elif view == View.PLAN:
            self.plan_page  # noqa: B018
        self.views.setCurrentIndex(view)
        if view == View.START:
            self.start_view.focus_form()
        elif view == View.EDITOR:
            page = self.editor_view.current_page()
            if page is not None:
                page.focus_first()
        elif view == View.RESULTS:
            self.results_view.refresh()
            # The summary (total, band, advice): what a screen reader says on arrival.
            show_keyboard_focus(self.results_view.summary)
        self._update_actions()

    def back_to_editing(self) -> None:
        if self.session.is_open:
            self.show_view(View.EDITOR)

    def _previous_block(self) -> None:
        if self.current_view() == View.EDITOR:
            self.editor_view.previous_page()

    def _next_block(self) -> None:
        if self.current_view() == View.EDITOR:
            self.editor_view.next_page()

    def _update_actions(self) -> None:
        a = self.commands
        is_open = self.session.is_open
        view = self.current_view()
        result = self.session.result()
        for action in (a.save, a.save_as, a.close_assessment, a.edit_details):
            action.setEnabled(is_open)
        a.edit_details.setEnabled(is_open and not self.document.read_only)  # nothing changes in a read-only file
        # A draft's report is written too: it lists what is missing.
        for action in (a.export_pdf, a.export_word):
            action.setEnabled(result is not None)
        self.export_menu.setEnabled(result is not None)
        a.previous_block.setEnabled(view == View.EDITOR)
        a.next_block.setEnabled(view == View.EDITOR)
        a.show_results.setEnabled(is_open and view in (View.EDITOR, View.PLAN))
        a.back_to_editing.setEnabled(is_open and view in (View.RESULTS, View.PLAN))
        a.action_plan.setEnabled(is_open and view != View.PLAN)

    # --- new / open / close -------------------------------------------------------------------

    def new_document(self) -> None:
        if not self.maybe_save():
            return
        self.session.close()
        self.document.close_document()
        self.start_view.reset_form()
        self.show_view(View.START)

    def _read(self, chosen: Questionnaire | QuestionnaireHeader) -> Questionnaire | None:
        """The questionnaire itself (one chosen from the index is read now; None: its file changed meanwhile)."""
        if isinstance(chosen, QuestionnaireHeader):
            return self.session.registry.find(*chosen.key)
        return chosen

    def _prepare_editor(self, chosen: Questionnaire | QuestionnaireHeader) -> None:
        """The new-assessment form is being filled in: the block pages get ready for Enter."""
        questionnaire = self._read(chosen)
        if questionnaire is not None and not self.session.is_open:
            self.editor_view.prepare(questionnaire)

    def start_new(self, chosen: Questionnaire | QuestionnaireHeader, details: dict) -> None:
        self.finish_start()
        questionnaire = self._read(chosen)
        if questionnaire is None:  # the files changed meanwhile: show what is there now
            self.start_lists.show_questionnaires()
            return
        if not self.maybe_save():
            return
        self.session.new(questionnaire, current_language(), **details)
        self.document.adopt()
        self.editor_view.go_to(0, focus=False)
        self.show_view(View.EDITOR)

    def edit_details(self) -> bool:
        """Correct the collaboration, respondent, organisation or date of the open assessment."""
        return details.edit_details(self, self.session)

    def close_assessment(self) -> None:
        if not self.maybe_save():
            return
        self.session.close()
        self.document.close_document()
        self.show_view(View.START)

    def open_dialog(self) -> None:
        self.document.open_dialog(
            file_filters.joined(
                file_filters.samverkan_files(),
                file_filters.assessments(),
                file_filters.groups(),
                file_filters.all_files(),
            )
        )

    def open_files(self, paths: list[Path]) -> bool:
        """One assessment opens here; a group file, several files or a folder open the workshop."""
        if not opens_as_group(paths):
            return self.open_path(paths[0])
        return opening.open_in_workshop(self, paths) is not None

    def _on_opened(self, _path: Path) -> None:
        self.editor_view.go_to(0, focus=False)
        result = self.session.result()
        self.show_view(View.RESULTS if result and result.complete else View.EDITOR)

    # --- save / export ---------------------------------------------------------------------------

    def export_report(self, report_format: ReportFormat | None = None) -> bool:
        return assessment_report(self.exports, self.session, report_format)

    # --- start view's lists --------------------------------------------------------------------

    def refresh_recent_files(self) -> None:
        self.start_lists.refresh_recent_files()

    def offer_recovery(self) -> int:
        """Show work left behind by a crashed or killed Samverkan in the start view (groups too)."""
        return self.start_lists.offer_recovery()

    def restore(self, assessment: Assessment, original: Path | None) -> bool:
        """Recovered work (offered by the start view): unsaved, belonging to ``original``."""
        if not self.maybe_save():
            return False
        self.workflows.restore(assessment, original)
        self.editor_view.go_to(0, focus=False)
        first_missing = self.session.result()
        self.show_view(View.EDITOR)
        if first_missing and first_missing.missing:
            self.editor_view.focus_question(first_missing.missing[0])
        return True

    # --- text size ------------------------------------------------------------------------------

    def zoom_changed(self) -> None:
        if self._results_view is not None:
            self._results_view.refresh()

    # --- language ----------------------------------------------------------------------------------

    def set_language(self, lang: str) -> None:
        install_language(lang, remember=True)

    def retranslate(self) -> None:
        self.commands.retranslate()
        self.file_menu.setTitle(self.tr("&File"))
        self.recent_menu.setTitle(self.tr("Open &recent"))
        self.export_menu.setTitle(self.tr("&Export"))
        self.view_menu.setTitle(self.tr("&View"))
        self.language_menu.setTitle(self.tr("&Language"))
        self.workshop_menu.setTitle(self.tr("&Workshop"))
        self.help_menu.setTitle(self.tr("&Help"))
        lang = current_language()
        (self.commands.lang_sv if lang == "sv" else self.commands.lang_en).setChecked(True)
        self.status_label.setText(self.tr("Offline – nothing is sent anywhere"))
        self.document.update_title()
        self.start_lists.retranslate()

    # --- help / workshop ----------------------------------------------------------------------------

    def show_guidance(self, section: str = "") -> None:
        """The background material in its own, non-modal window (kept open beside the results)."""
        if self._guidance_window is None:
            from samverkan_gui.core.errors import QuestionnaireError
            from samverkan_gui.ui.guidance import GuidanceWindow

            try:
                self._guidance_window = GuidanceWindow(self)
            except QuestionnaireError as exc:
                dialogs.show_error(
                    self, self.tr("The background material cannot be shown"), exc.message(current_language())
                )
                return
        if section:
            self._guidance_window.show_section(section)  # type: ignore[attr-defined]
        self._guidance_window.show()
        self._guidance_window.raise_()
        self._guidance_window.activateWindow()

    def open_compare(self, paths: list[Path] | None = None) -> CompareWindow | None:
        """The comparison in a window of its own: ``paths``, else the open assessment and the one it follows."""
        folder = self.document.default_directory()
        start = compare_start(self.session, self, folder) if paths is None else []
        return open_compare(self, folder, self.session.registry, paths, start=start)

    def open_workshop(self) -> None:
        opening.open_workshop(self)

    # --- drag and drop ---------------------------------------------------------------------------

    def accepts_drop(self, path: Path) -> bool:
        """Samverkan files and folders (of other dropped things nothing is taken)."""
        return path.is_dir() or is_samverkan_file(path)

    def files_dropped(self, paths: list[Path]) -> None:
        # Leave the drop handler first: the save question must not block the drag source.
        QTimer.singleShot(0, lambda: self.open_files(paths))

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        # Normally the first paint of the start view finishes the start; should no paint come
        # (a window started minimised), recovered work must still be offered.
        QTimer.singleShot(FINISH_START_FALLBACK_MS, self._finish_start_if_shown)

    def _finish_start_if_shown(self) -> None:
        if self.isVisible():  # a window closed in the meantime must not claim anyone's recovery files
            self.finish_start()

    # --- geometry / close --------------------------------------------------------------------------

    def _restore_geometry(self) -> None:
        stored = settings.GEOMETRY.get()
        if not stored.isEmpty() and self.restoreGeometry(stored):
            return
        fit_on_screen(self, 1100, 820)

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self.maybe_save():
            event.ignore()
            return
        settings.GEOMETRY.set(self.saveGeometry())
        self.workflows.close()
        self.start_lists.release_all()
        event.accept()
