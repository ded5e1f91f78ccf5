"""The main window: start view, block pages and results around one session."""

from __future__ import annotations

import enum
import logging
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QLabel, QMainWindow, QMenu, QStackedWidget, QWidget

import samverkan_gui.ui.learning_loop as learning_loop  # the action plan, follow-up and comparison (issue 10)
from samverkan_gui.core.file_kinds import ASSESSMENT_SUFFIX, is_samverkan_file
from samverkan_gui.core.placeholders import fill
from samverkan_gui.core.qindex import QuestionnaireHeader
from samverkan_gui.core.text import slug
from samverkan_gui.ui import about, details, dialogs, exports, file_filters, settings
from samverkan_gui.ui.accessible import announce_status_messages
from samverkan_gui.ui.actions import Actions
from samverkan_gui.ui.document import DocumentController, DocumentKind
from samverkan_gui.ui.drops import FileDropTarget
from samverkan_gui.ui.export_notice import ExportNotice
from samverkan_gui.ui.fonts import refresh_relative_fonts
from samverkan_gui.ui.i18n import current_language, install_language
from samverkan_gui.ui.opening import open_in_workshop, open_paths, workshop_available, workshop_opener
from samverkan_gui.ui.recovery import Autosaver
from samverkan_gui.ui.retranslated import Retranslated
from samverkan_gui.ui.screen import fit_on_screen, show_keyboard_focus
from samverkan_gui.ui.session import AssessmentSession
from samverkan_gui.ui.start import StartView
from samverkan_gui.ui.start_lists import StartLists
from samverkan_gui.ui.zoom import Zoomable

if TYPE_CHECKING:
    # Only annotations: Qt creates these Python types when such an event first arrives.
    from PySide6.QtGui import QCloseEvent, QShowEvent

    from samverkan_gui.core.assessment import Assessment
    from samverkan_gui.core.questionnaire import Questionnaire
    from samverkan_gui.core.registry import QuestionnaireRegistry
    from samverkan_gui.ui.editor import EditorView
    from samverkan_gui.ui.plan_editor import PlanPage
    from samverkan_gui.ui.results import ResultsView

log = logging.getLogger(__name__)

#: At the latest this long after the window is shown, the deferred start-up work runs.
FINISH_START_FALLBACK_MS = 1500


class View(enum.IntEnum):
    START = 0
    EDITOR = 1
    RESULTS = 2
    PLAN = 3


class MainWindow(Zoomable, FileDropTarget, Retranslated, QMainWindow):
    def __init__(self, registry: QuestionnaireRegistry | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("main-window")
        # The app icon (set on the QApplication by app.py) is inherited; nothing to load here.
        self.session = AssessmentSession(registry, self)
        self.autosaver = Autosaver(self.session, parent=self)
        self._guidance_window: QWidget | None = None
        self.commands = Actions(self)
        self.document = DocumentController(self, self._document_kind(), self.session)
        # A group file (Arkiv → Öppna, Open recent) goes to the workshop window.
        self.document.redirect = lambda path: open_in_workshop(self, [path]) is not None
        self.document.discard_backup = self.autosaver.discard

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
        self.setCentralWidget(self.views)
        self._build_menus()
        self.start_lists = StartLists(self)
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
        menu_bar = self.menuBar()
        self.file_menu = menu_bar.addMenu("")
        self.file_menu.addActions([a.new, a.open])
        self.recent_menu = QMenu(self.file_menu)
        self.recent_menu.setObjectName("recent-menu")
        self.file_menu.addMenu(self.recent_menu)
        self.file_menu.addActions([a.follow_up, a.compare])
        self.file_menu.addSeparator()
        self.file_menu.addActions([a.save, a.save_as, a.export_pdf, a.blank_form])
        self.file_menu.addSeparator()
        self.file_menu.addAction(a.edit_details)
        self.file_menu.addSeparator()
        self.file_menu.addActions([a.close_assessment, a.quit])
        self.view_menu = menu_bar.addMenu("")
        self.view_menu.addActions([a.previous_block, a.next_block])
        self.view_menu.addSeparator()
        self.view_menu.addActions([a.show_results, a.back_to_editing, a.action_plan])
        self.view_menu.addSeparator()
        self.view_menu.addActions([a.zoom_in, a.zoom_out, a.zoom_reset])
        self.language_menu = menu_bar.addMenu("")
        self.language_menu.addActions([a.lang_sv, a.lang_en])
        self.workshop_menu = menu_bar.addMenu("")
        self.workshop_menu.addAction(a.workshop)
        self.workshop_menu.menuAction().setVisible(workshop_available())
        self.help_menu = menu_bar.addMenu("")
        self.help_menu.addActions([a.guidance, a.about])
        # The icons are only seen in an open menu: loaded when one opens first, not at start-up.
        for menu in (self.file_menu, self.view_menu, self.language_menu, self.workshop_menu, self.help_menu):
            menu.aboutToShow.connect(a.load_icons)

    def _document_kind(self) -> DocumentKind:
        def stem() -> str:
            assessment = self.session.assessment
            if assessment is None:
                return "samverkan"
            parts = [slug(assessment.collaboration), assessment.date.isoformat() if assessment.date else ""]
            return "-".join(p for p in parts if p) or "samverkan"

        return DocumentKind(
            suffix=ASSESSMENT_SUFFIX,
            file_filter=lambda: file_filters.joined(file_filters.assessments(), file_filters.all_files()),
            untitled=lambda: self.tr("Untitled"),
            suggested_stem=stem,
            open_caption=lambda: self.tr("Open assessment"),
            save_caption=lambda: self.tr("Save assessment"),
            open_failed=lambda: self.tr("The file cannot be opened"),
            save_failed=lambda: self.tr("The assessment could not be saved"),
            title=lambda name: f"{name}[*] – Samverkan",
        )

    def _connect(self) -> None:
        a = self.commands
        a.new.triggered.connect(self.new_assessment)
        a.open.triggered.connect(self.open_dialog)
        a.save.triggered.connect(self.save)
        a.save_as.triggered.connect(self.save_as)
        a.export_pdf.triggered.connect(self.export_pdf)
        a.blank_form.triggered.connect(lambda: exports.blank_form(self))
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
        a.action_plan.triggered.connect(lambda: learning_loop.open_plan(self))
        a.follow_up.triggered.connect(lambda: learning_loop.new_follow_up(self))
        a.compare.triggered.connect(lambda: learning_loop.open_compare(self))
        a.guidance.triggered.connect(lambda: self.show_guidance())
        a.about.triggered.connect(lambda: about.show_about(self))
        s = self.session
        s.modified_changed.connect(lambda _m: self._update_title())
        s.assessment_replaced.connect(self._update_title)
        s.assessment_replaced.connect(self._update_actions)
        s.assessment_changed.connect(self._update_actions)
        d = self.document
        d.document_opened.connect(self._on_opened)
        d.status_message.connect(self.statusBar().showMessage)
        d.recent_changed.connect(self.refresh_recent_files)
        self.start_view.new_requested.connect(self.start_new)
        self.start_view.open_dialog_requested.connect(self.open_dialog)
        self.start_view.open_requested.connect(lambda path: self.open_path(Path(path)))
        self.autosaver.recovery_failed.connect(self._on_autosave_failed)

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
            results.export_button.clicked.connect(self.export_pdf)
            results.plan_requested.connect(lambda blocks: learning_loop.open_plan(self, blocks))
            results.follow_up_requested.connect(lambda: learning_loop.new_follow_up(self))
            results.guidance_requested.connect(self.show_guidance)
            self._results_view = results
            self._install_view(View.RESULTS, results)
        return self._results_view

    @property
    def plan_page(self) -> PlanPage:
        if self._plan_page is None:
            self._plan_page = learning_loop.make_plan_page(self)
            self._install_view(View.PLAN, self._plan_page)
        return self._plan_page

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
        a.export_pdf.setEnabled(result is not None)  # a draft prints too: the PDF lists what is missing
        a.previous_block.setEnabled(view == View.EDITOR)
        a.next_block.setEnabled(view == View.EDITOR)
        a.show_results.setEnabled(is_open and view in (View.EDITOR, View.PLAN))
        a.back_to_editing.setEnabled(is_open and view in (View.RESULTS, View.PLAN))
        a.action_plan.setEnabled(is_open and view != View.PLAN)

    def _update_title(self) -> None:
        self.document.update_title()

    def document_name(self) -> str:
        return self.document.document_name()

    # --- new / open / close -------------------------------------------------------------------

    def maybe_save_changes(self) -> bool:
        """Ask before unsaved work would be lost; True when it is fine to go on."""
        return self.document.maybe_save()

    def new_assessment(self) -> None:
        if not self.maybe_save_changes():
            return
        self.session.close()
        self.document.close_document()
        self.start_view.reset_form()
        self.show_view(View.START)

    def start_new(self, questionnaire: Questionnaire | QuestionnaireHeader, details: dict) -> None:
        self.finish_start()
        if isinstance(questionnaire, QuestionnaireHeader):  # chosen from the index: now read the YAML
            found = self.session.registry.find(*questionnaire.key)
            if found is None:  # the files changed meanwhile: show what is there now
                self.start_lists.show_questionnaires()
                return
            questionnaire = found
        if not self.maybe_save_changes():
            return
        self.session.new(questionnaire, current_language(), **details)
        self.document.adopt()
        self.editor_view.go_to(0, focus=False)
        self.show_view(View.EDITOR)

    def edit_details(self) -> bool:
        """Correct the collaboration, respondent, organisation or date of the open assessment."""
        return details.edit_details(self, self.session)

    def close_assessment(self) -> None:
        if not self.maybe_save_changes():
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

    def open_path(self, path: Path, *, ask: bool = True) -> bool:
        """Open an assessment here, or a group file in the workshop window."""
        return self.document.open_path(Path(path), ask=ask)

    def _on_opened(self, _path: Path) -> None:
        self.editor_view.go_to(0, focus=False)
        result = self.session.result()
        self.show_view(View.RESULTS if result and result.complete else View.EDITOR)

    # --- save / export ---------------------------------------------------------------------------

    def save(self) -> bool:
        return self.document.save()

    def save_as(self) -> bool:
        return self.document.save_as()

    def export_pdf(self) -> bool:
        return exports.assessment_pdf(self)

    def _on_autosave_failed(self, reason: str) -> None:
        self.statusBar().showMessage(fill(self.tr("Automatic backup failed: %1"), reason), 8000)

    # --- start view's lists --------------------------------------------------------------------

    def refresh_recent_files(self) -> None:
        self.start_lists.refresh_recent_files()

    def offer_recovery(self) -> int:
        """Show work left behind by a crashed or killed Samverkan in the start view (groups too)."""
        return self.start_lists.offer_recovery()

    def restore(self, assessment: Assessment, original: Path | None) -> bool:
        """Recovered work (offered by the start view): unsaved, belonging to ``original``."""
        if not self.maybe_save_changes():
            return False
        self.session.restore(assessment, original)
        self.document.adopt(original)
        # Our own recovery file first, then the old one goes: the work is never only in memory.
        self.autosaver.write_now()
        self.editor_view.go_to(0, focus=False)
        first_missing = self.session.result()
        self.show_view(View.EDITOR)
        if first_missing and first_missing.missing:
            self.editor_view.focus_question(first_missing.missing[0])
        self.statusBar().showMessage(self.tr("Unsaved work restored. Save it to keep it."), 8000)
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
        self.view_menu.setTitle(self.tr("&View"))
        self.language_menu.setTitle(self.tr("&Language"))
        self.workshop_menu.setTitle(self.tr("&Workshop"))
        self.help_menu.setTitle(self.tr("&Help"))
        lang = current_language()
        (self.commands.lang_sv if lang == "sv" else self.commands.lang_en).setChecked(True)
        self.status_label.setText(self.tr("Offline – nothing is sent anywhere"))
        self._update_title()
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

    def open_workshop(self) -> None:
        opener = workshop_opener()
        if opener is not None:
            opener(self)

    # --- drag and drop ---------------------------------------------------------------------------

    def accepts_drop(self, path: Path) -> bool:
        """Samverkan files and folders (of other dropped things nothing is taken)."""
        return path.is_dir() or is_samverkan_file(path)

    def files_dropped(self, paths: list[Path]) -> None:
        # Leave the drop handler first: the save question must not block the drag source.
        QTimer.singleShot(0, lambda: open_paths(self, paths))

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
        if not self.maybe_save_changes():
            event.ignore()
            return
        settings.GEOMETRY.set(self.saveGeometry())
        self.autosaver.shutdown()
        self.document.close_document()
        self.start_lists.release_all()
        event.accept()
