"""The workshop window: collect answers (files, folders, drag and drop, the entry grid),
see the group's results, show them on the projector, export PDF, CSV and blank forms."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QFrame, QMainWindow, QMenu, QScrollArea, QTabWidget, QWidget

from samverkan_gui.core.file_kinds import ReportFormat
from samverkan_gui.core.group import Group
from samverkan_gui.core.registry import QuestionnaireRegistry
from samverkan_gui.ui import dialogs, file_filters, zoom
from samverkan_gui.ui.accessible import announce_status_messages, install_roles
from samverkan_gui.ui.document_kinds import GROUP, GROUP_FOLLOW_UP
from samverkan_gui.ui.drops import FileDropTarget
from samverkan_gui.ui.export_notice import ExportNotice
from samverkan_gui.ui.exports import blank_form
from samverkan_gui.ui.i18n import current_language
from samverkan_gui.ui.plan_editor import PlanEditor
from samverkan_gui.ui.retranslated import Retranslated
from samverkan_gui.ui.screen import fit_on_screen
from samverkan_gui.ui.settings import remember_folder
from samverkan_gui.ui.views import View
from samverkan_gui.ui.workflows import DocumentWindow, DocumentWorkflows
from samverkan_gui.ui.workshop import answer_form, participants, recovery
from samverkan_gui.ui.workshop.actions import WorkshopActions
from samverkan_gui.ui.workshop.entry_tab import EntryTab
from samverkan_gui.ui.workshop.exports import group_csv, group_report
from samverkan_gui.ui.workshop.projector import ProjectorView
from samverkan_gui.ui.workshop.results import GroupResultsView
from samverkan_gui.ui.workshop.session import GroupSession

log = logging.getLogger(__name__)

ENTRY_TAB, RESULTS_TAB, PLAN_TAB = 0, 1, 2
TABS = {View.EDITOR: ENTRY_TAB, View.RESULTS: RESULTS_TAB, View.PLAN: PLAN_TAB}


class WorkshopWindow(FileDropTarget, Retranslated, DocumentWindow, QMainWindow):
    def __init__(
        self,
        parent: QWidget | None = None,
        *,
        check_recovery: bool = True,
        registry: QuestionnaireRegistry | None = None,
    ) -> None:
        # Before a screen reader asks about the tabs: their stack then shows it the tab shown only.
        install_roles()
        super().__init__(parent, Qt.WindowType.Window)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, False)
        self.session = GroupSession(registry, self)
        self.projector: ProjectorView | None = None
        self.set_up_document(DocumentWorkflows(self, self.session, GROUP, GROUP_FOLLOW_UP, recovery.GROUPS))

        self.entry = EntryTab(self.session)
        self.entry.status_message.connect(lambda text, ms: self.statusBar().showMessage(text, ms))
        self.entry.add_participant_button.clicked.connect(self.add_participant)
        self.entry.add_files_button.clicked.connect(self.add_files)
        # The entry tab's parts that the commands (and the participant menu) act on.
        self.grid = self.entry.grid
        self.collaboration = self.entry.collaboration
        self.add_participant_button = self.entry.add_participant_button
        self.add_files_button = self.entry.add_files_button
        self.results = GroupResultsView(self.session)
        self.results.pdf_button.clicked.connect(lambda: self.export_report())
        self.results.csv_button.clicked.connect(lambda: self.export_csv(per_participant=False))
        self.results.blank_form_button.clicked.connect(lambda: self.blank_form(current_language()))
        self.export_notice = ExportNotice()
        self.exports.file_written.connect(self.export_notice.show_for)

        self.tabs = QTabWidget()
        self.tabs.addTab(self.entry, "")
        # At large text sizes the results are taller than the window: they scroll (never sideways).
        results_scroll = QScrollArea()
        results_scroll.setObjectName("results-scroll")
        results_scroll.setWidgetResizable(True)
        results_scroll.setFrameShape(QFrame.Shape.NoFrame)
        results_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        results_scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # an unnamed Tab stop; the controls inside take focus
        results_scroll.setWidget(self.results)
        self.tabs.addTab(results_scroll, "")
        self.plan_editor = PlanEditor()
        self.plan.bind(self.plan_editor)
        self.tabs.addTab(self.plan_editor, "")
        self.commands = WorkshopActions(self)
        self.set_content(self.tabs)  # a read-only group file says so above every tab
        self.document.read_only_changed.connect(self._read_only_changed)
        self.setAcceptDrops(True)
        self._connect_actions()
        self._create_menus()
        self.statusBar().addPermanentWidget(self.export_notice)
        announce_status_messages(self.statusBar())
        self.tabs.currentChanged.connect(self._view_changed)
        self.session.document_changed.connect(self._group_changed)
        self.retranslate()
        self._group_changed()
        fit_on_screen(self, 1200, 800)
        # Typing the first paper form must work straight away: the grid has the keyboard.
        self.grid.setFocus(Qt.FocusReason.OtherFocusReason)
        if check_recovery:
            recovery.OfferWhenDrawn(self, self.offer_recovery)

    # --- actions and menus -------------------------------------------------

    def _read_only_changed(self, read_only: bool) -> None:
        """Read-only means read-only: the banner; the grid, the participants, notes and plan unchangeable."""
        self.read_only_banner.setVisible(read_only)
        self.grid.set_read_only(read_only)
        self.plan_editor.set_read_only(read_only)
        self.results.notes_edit.setReadOnly(read_only)
        self.collaboration.setReadOnly(read_only)
        for button in (self.add_participant_button, self.add_files_button):
            button.setEnabled(not read_only)

    def _connect_actions(self) -> None:
        a = self.commands
        self.connect_document_actions(a)
        # The app's one text size (the main window's too), from this window's View menu and keys.
        a.zoom_in.triggered.connect(lambda: zoom.step_zoom(+1))
        a.zoom_out.triggered.connect(lambda: zoom.step_zoom(-1))
        a.zoom_reset.triggered.connect(lambda: zoom.set_zoom(1.0))
        a.add_files.triggered.connect(self.add_files)
        a.add_folder.triggered.connect(self.add_folder)
        a.export_csv.triggered.connect(lambda: self.export_csv(per_participant=False))
        a.export_csv_people.triggered.connect(lambda: self.export_csv(per_participant=True))
        a.blank_form_sv.triggered.connect(lambda: self.blank_form("sv"))
        a.blank_form_en.triggered.connect(lambda: self.blank_form("en"))
        a.send_form.triggered.connect(
            lambda: answer_form.send_form(self, self.session, self.document, self.exports.announce)
        )
        a.add_codes.triggered.connect(
            lambda: answer_form.add_from_codes(self, self.session, self.statusBar().showMessage)
        )
        a.close.triggered.connect(self.close)
        a.add_participant.triggered.connect(self.add_participant)
        a.rename_participant.triggered.connect(lambda: participants.rename(self, self.session, self.grid))
        a.organisation.triggered.connect(lambda: participants.set_organisation(self, self.session, self.grid))
        a.remove_participant.triggered.connect(lambda: participants.remove(self, self.session, self.grid))
        a.entry_view.triggered.connect(lambda: self.show_view(View.EDITOR))
        a.results_view.triggered.connect(lambda: self.show_view(View.RESULTS))
        a.plan.triggered.connect(lambda: self.plan.open_plan())
        a.follow_up.triggered.connect(self.follow_up.start)
        a.projector.triggered.connect(lambda: self.show_projector())
        a.show_names.toggled.connect(self.results.set_show_names)

    def _create_menus(self) -> None:
        a = self.commands
        bar = self.menuBar()
        self.recent_menu = QMenu(self)
        self.recent_menu.setObjectName("recent-groups-menu")
        self.recent_menu.aboutToShow.connect(self.refresh_recent_files)
        self.export_menu = a.add_menu(
            [
                [a.export_pdf, a.export_word, a.export_csv, a.export_csv_people],
                [a.blank_form_sv, a.blank_form_en, a.send_form],
            ]
        )
        self.file_menu = a.add_menu(
            [
                [a.new, a.open, self.recent_menu, a.add_files, a.add_folder, a.add_codes, a.follow_up],
                [a.save, a.save_as],
                [self.export_menu],
                [a.close],
            ],
            bar,
        )
        self.participants_menu = a.add_menu(
            [[a.add_participant, a.rename_participant, a.organisation, a.remove_participant]], bar
        )
        self.view_menu = a.add_menu(
            [
                [a.entry_view, a.results_view, a.plan, a.projector],
                [a.show_names],
                [a.zoom_in, a.zoom_out, a.zoom_reset],
            ],
            bar,
        )
        self.refresh_recent_files()

    def refresh_recent_files(self) -> None:
        """Open recent: the group files among the recent files."""
        self.document.fill_recent_menu(self.recent_menu, ("group",))

    def retranslate(self) -> None:
        self.file_menu.setTitle(self.tr("&Workshop"))
        self.export_menu.setTitle(self.tr("&Export"))
        self.participants_menu.setTitle(self.tr("&Participants"))
        self.view_menu.setTitle(self.tr("&View"))
        self.commands.retranslate()
        self.recent_menu.setTitle(self.tr("Open &recent"))
        self.tabs.setTabText(ENTRY_TAB, self.tr("Entry"))
        self.tabs.setTabText(RESULTS_TAB, self.tr("Results"))
        self.tabs.setTabText(PLAN_TAB, self.tr("Action plan"))
        self.document.update_title()

    # --- state -----------------------------------------------------------

    def _group_changed(self) -> None:
        group = self.session.group
        has_people = bool(group.participants)
        self.commands.rename_participant.setEnabled(has_people)
        self.commands.organisation.setEnabled(has_people)
        self.commands.remove_participant.setEnabled(has_people)

    def show_view(self, view: View) -> None:
        """Show the tab of ``view`` (the entry grid is where answers go)."""
        self.tabs.setCurrentIndex(TABS[view])

    def _view_changed(self) -> None:
        # A message about the other view ("D3 done.", "Saved …") would be stale here.
        self.statusBar().clearMessage()
        self.export_notice.clear()

    # --- files -----------------------------------------------------------

    def add_files(self) -> None:
        paths = dialogs.open_file_names(
            self,
            self.tr("Add participants' files"),
            self.exports.start_folder("answers"),
            file_filters.joined(file_filters.samverkan_files(), file_filters.all_files()),
        )
        if paths:
            remember_folder("answers", paths[0])
            self.add_paths(paths)

    def add_folder(self) -> None:
        folder = dialogs.existing_folder(
            self, self.tr("Add a folder of Samverkan files"), self.exports.start_folder("answers")
        )
        if folder is not None:
            remember_folder("answers", folder.parent if folder.parent != folder else folder)
            self.add_paths([folder])

    def add_paths(self, paths: list[Path]) -> None:
        """Load files and folders; every file that cannot be used is listed by name."""
        lang = current_language()
        outcome = self.session.add_files(paths)
        self.statusBar().showMessage(
            self.tr("%n file(s) added.", "", len(outcome.loaded))
            + " "
            + self.tr("%n participant(s) in the group.", "", len(self.session.group.participants)),
            8000,
        )
        if outcome.problems:
            dialogs.show_problems(
                self,
                self.tr("Some files were not added"),
                self.tr("%n of the files could not be added; the others were.", "", len(outcome.problems)),
                [problem.message(lang) for problem in outcome.problems],
            )

    def add_participant(self) -> None:
        """A column for a paper form: the entry grid shows it, its cursor at the top."""
        self.show_view(View.EDITOR)
        participants.add(self.session, self.grid)

    def files_dropped(self, paths: list[Path]) -> None:
        self.add_paths(paths)

    def new_document(self) -> None:
        if self.maybe_save():
            self.session.new(self.session.questionnaire, current_language())
            self.document.adopt()

    def open_dialog(self) -> None:
        self.document.open_dialog()

    def restore(self, group: Group, original: Path | None) -> None:
        """Recovered work (offered by the start view or by this window): unsaved, belonging to ``original``."""
        self.workflows.restore(group, original)

    # --- exports -------------------------------------------------------

    def export_report(self, report_format: ReportFormat | None = None) -> bool:
        return group_report(
            self.exports,
            self.session,
            report_format,
            show_names=self.commands.show_names.isChecked(),
            participant_notes=self.results.include_notes.isChecked(),
        )

    def export_csv(self, *, per_participant: bool) -> bool:
        return group_csv(
            self.exports, self.session, per_participant=per_participant, show_names=self.commands.show_names.isChecked()
        )

    def blank_form(self, lang: str) -> bool:
        return blank_form(self.exports, self.session, lang)

    # --- projector -------------------------------------------------------

    def show_projector(self, *, full_screen: bool = True) -> ProjectorView:
        if self.projector is None:
            self.projector = ProjectorView(self.session, self)
        self.projector.present(self, full_screen=full_screen)
        return self.projector

    # --- recovery and closing --------------------------------------------

    def offer_recovery(self) -> None:
        recovery.offer(self, self.restore)

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self.maybe_save():
            event.ignore()
            return
        if self.projector is not None:
            self.projector.close()
        self.workflows.close()
        event.accept()
