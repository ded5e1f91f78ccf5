"""The workshop window: collect answers (files, folders, drag and drop, the entry grid),
see the group's results, show them on the projector, export PDF, CSV and blank forms."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QCloseEvent, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenu, QTabWidget, QWidget

from samverkan_gui.core.file_kinds import ASSESSMENT_SUFFIX, GROUP_SUFFIX
from samverkan_gui.core.group import Group
from samverkan_gui.core.placeholders import fill
from samverkan_gui.core.text import slug
from samverkan_gui.ui import dialogs, file_filters
from samverkan_gui.ui.accessible import announce_status_messages
from samverkan_gui.ui.actions import ActionRegistry
from samverkan_gui.ui.document import DocumentController, DocumentKind
from samverkan_gui.ui.drops import FileDropTarget
from samverkan_gui.ui.export_notice import ExportNotice
from samverkan_gui.ui.exports import announce
from samverkan_gui.ui.retranslated import Retranslated
from samverkan_gui.ui.screen import fit_on_screen
from samverkan_gui.ui.settings import remember_folder
from samverkan_gui.ui.workshop import answer_form, exports, participants, plan_tab, recovery
from samverkan_gui.ui.workshop.entry_tab import EntryTab
from samverkan_gui.ui.workshop.projector import ProjectorView
from samverkan_gui.ui.workshop.recovery import GroupAutosave
from samverkan_gui.ui.workshop.results import GroupResultsView
from samverkan_gui.ui.workshop.session import GroupSession, ui_language

log = logging.getLogger(__name__)

ENTRY_TAB, RESULTS_TAB, PLAN_TAB = 0, 1, 2


class WorkshopWindow(FileDropTarget, Retranslated, QMainWindow):
    def __init__(self, parent: QWidget | None = None, *, check_recovery: bool = True) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, False)
        self.session = GroupSession(parent=self)
        self.autosave = GroupAutosave(self.session)
        self.projector: ProjectorView | None = None
        self.document = DocumentController(self, self._document_kind(), self.session)
        self.document.discard_backup = self.autosave.discard
        self.document.status_message.connect(lambda text, ms: self.statusBar().showMessage(text, ms))

        self.entry = EntryTab(self.session)
        self.entry.status_message.connect(lambda text, ms: self.statusBar().showMessage(text, ms))
        self.entry.add_participant_button.clicked.connect(lambda: participants.add(self, ENTRY_TAB))
        self.entry.add_files_button.clicked.connect(self.add_files)
        # The entry tab's parts that the commands (and the participant menu) act on.
        self.grid = self.entry.grid
        self.collaboration = self.entry.collaboration
        self.add_participant_button = self.entry.add_participant_button
        self.add_files_button = self.entry.add_files_button
        self.results = GroupResultsView(self.session)
        self.results.pdf_button.clicked.connect(lambda: exports.group_pdf(self))
        self.results.csv_button.clicked.connect(lambda: exports.group_csv(self, per_participant=False))
        self.results.blank_form_button.clicked.connect(lambda: exports.blank_form(self, self._lang()))
        self.export_notice = ExportNotice()

        self.tabs = QTabWidget()
        self.tabs.addTab(self.entry, "")
        self.tabs.addTab(self.results, "")
        self.commands = ActionRegistry(self)
        self.plan_editor, self.plan_view_action, self.follow_up_action = plan_tab.install(self, PLAN_TAB)
        self.setCentralWidget(self.tabs)
        self.setAcceptDrops(True)
        self._create_actions()
        self._create_menus()
        self.statusBar().addPermanentWidget(self.export_notice)
        announce_status_messages(self.statusBar())
        self.tabs.currentChanged.connect(self._view_changed)
        self.session.group_changed.connect(self._group_changed)
        self.session.path_changed.connect(lambda _path: self._update_title())
        self.retranslate()
        self._group_changed()
        fit_on_screen(self, 1200, 800)
        # Typing the first paper form must work straight away: the grid has the keyboard.
        self.grid.setFocus(Qt.FocusReason.OtherFocusReason)
        if check_recovery:
            recovery.OfferWhenDrawn(self, self.offer_recovery)

    # --- actions and menus -------------------------------------------------

    def _document_kind(self) -> DocumentKind:
        return DocumentKind(
            suffix=GROUP_SUFFIX,
            file_filter=lambda: file_filters.joined(file_filters.groups(), file_filters.all_files()),
            untitled=lambda: self.tr("Untitled group"),
            suggested_stem=lambda: slug(self.session.group.collaboration) or self.tr("workshop"),
            open_caption=lambda: self.tr("Open group file"),
            save_caption=lambda: self.tr("Save group"),
            open_failed=lambda: self.tr("The group file could not be opened"),
            save_failed=lambda: self.tr("The group could not be saved"),
            title=lambda name: fill(self.tr("Workshop – %1[*] – Samverkan"), name),
        )

    def _create_actions(self) -> None:
        keys = QKeySequence.StandardKey
        commands = self.commands
        self.new_action = commands.add("new-group", [keys.New], "document-new", "SP_FileIcon", triggered=self.new_group)
        self.add_files_action = commands.add("add-files", [keys.Open], "list-add", triggered=self.add_files)
        self.add_folder_action = commands.add(
            "add-folder", ["Ctrl+Shift+D"], "folder-open", "SP_DirOpenIcon", triggered=self.add_folder
        )
        self.open_group_action = commands.add(
            "open-group", ["Ctrl+Shift+O"], "document-open", "SP_DialogOpenButton", triggered=self.open_group_file
        )
        self.save_action = commands.add(
            "save-group", [keys.Save], "document-save", "SP_DialogSaveButton", triggered=self.save
        )
        self.save_as_action = commands.add(
            "save-group-as", [keys.SaveAs], "document-save-as", usual="Ctrl+Shift+S", triggered=self.save_as
        )
        self.export_pdf_action = commands.add(
            "export-group-pdf", [keys.Print], "document-export", triggered=lambda: exports.group_pdf(self)
        )
        self.export_csv_action = commands.add(
            "export-csv", [], "x-office-spreadsheet", triggered=lambda: exports.group_csv(self, per_participant=False)
        )
        self.export_csv_people_action = commands.add(
            "export-csv-participants",
            [],
            "x-office-spreadsheet",
            triggered=lambda: exports.group_csv(self, per_participant=True),
        )
        self.blank_form_sv_action = commands.add(
            "blank-form-sv", [], "document-print", triggered=lambda: exports.blank_form(self, "sv")
        )
        self.blank_form_en_action = commands.add(
            "blank-form-en", [], "document-print", triggered=lambda: exports.blank_form(self, "en")
        )
        self.send_form_action = commands.add(
            "send-answer-form",
            [],
            "mail-send",
            triggered=lambda: answer_form.send_form(
                self, self.session, self.document, lambda path: announce(self, path)
            ),
        )
        self.add_codes_action = commands.add(
            "add-answer-codes",
            ["Ctrl+Shift+K"],
            "edit-paste",
            triggered=lambda: answer_form.add_from_codes(self, self.session, self.statusBar().showMessage),
        )
        self.close_action = commands.add(
            "close-workshop", [keys.Close], "window-close", "SP_DialogCloseButton", triggered=self.close
        )
        self.add_participant_action = commands.add(
            "add-participant", ["Ctrl+Shift+N"], "list-add-user", triggered=lambda: participants.add(self, ENTRY_TAB)
        )
        self.rename_participant_action = commands.add(
            "rename-participant", [], "edit-rename", triggered=lambda: participants.rename(self)
        )
        self.organisation_action = commands.add(
            "participant-organisation", [], triggered=lambda: participants.set_organisation(self)
        )
        self.remove_participant_action = commands.add(
            "remove-participant", [], "list-remove-user", triggered=lambda: participants.remove(self)
        )
        self.entry_view_action = commands.add(
            "entry-view", ["Ctrl+1"], triggered=lambda: self.tabs.setCurrentIndex(ENTRY_TAB)
        )
        self.results_view_action = commands.add(
            "results-view", ["Ctrl+2"], "view-statistics", triggered=lambda: self.tabs.setCurrentIndex(RESULTS_TAB)
        )
        self.projector_action = commands.add("projector", ["F5"], "video-display", triggered=self.show_projector)
        self.show_names_action = commands.add("show-names", checkable=True, triggered=self._show_names_toggled)

    def _create_menus(self) -> None:
        bar = self.menuBar()
        self.file_menu = bar.addMenu("")
        for action in (self.new_action, self.open_group_action):
            self.file_menu.addAction(action)
        self.recent_menu = QMenu(self.file_menu)
        self.recent_menu.setObjectName("recent-groups-menu")
        self.recent_menu.aboutToShow.connect(self.refresh_recent_files)
        self.file_menu.addMenu(self.recent_menu)
        for action in (self.add_files_action, self.add_folder_action, self.add_codes_action):
            self.file_menu.addAction(action)
        self.file_menu.addAction(self.follow_up_action)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.save_action)
        self.file_menu.addAction(self.save_as_action)
        self.file_menu.addSeparator()
        self.export_menu = self.file_menu.addMenu("")
        for action in (self.export_pdf_action, self.export_csv_action, self.export_csv_people_action):
            self.export_menu.addAction(action)
        self.export_menu.addSeparator()
        self.export_menu.addAction(self.blank_form_sv_action)
        self.export_menu.addAction(self.blank_form_en_action)
        self.export_menu.addAction(self.send_form_action)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.close_action)
        self.participants_menu = bar.addMenu("")
        for action in (
            self.add_participant_action,
            self.rename_participant_action,
            self.organisation_action,
            self.remove_participant_action,
        ):
            self.participants_menu.addAction(action)
        self.view_menu = bar.addMenu("")
        for action in (self.entry_view_action, self.results_view_action, self.plan_view_action, self.projector_action):
            self.view_menu.addAction(action)
        self.view_menu.addSeparator()
        self.view_menu.addAction(self.show_names_action)
        for menu in (self.file_menu, self.export_menu, self.participants_menu, self.view_menu):
            menu.aboutToShow.connect(self.commands.load_icons)
        self.refresh_recent_files()

    def refresh_recent_files(self) -> None:
        """Open recent: the group files among the recent files."""
        self.document.fill_recent_menu(self.recent_menu, ("group",))

    def retranslate(self) -> None:
        self.file_menu.setTitle(self.tr("&Workshop"))
        self.export_menu.setTitle(self.tr("&Export"))
        self.participants_menu.setTitle(self.tr("&Participants"))
        self.view_menu.setTitle(self.tr("&View"))
        texts = {
            self.new_action: (self.tr("&New group"), self.tr("Start an empty group")),
            self.open_group_action: (self.tr("&Open group file…"), self.tr("Open a saved group file")),
            self.add_files_action: (
                self.tr("&Add participants' files…"),
                fill(self.tr("Add %1 files or group files (several at once)"), ASSESSMENT_SUFFIX),
            ),
            self.add_folder_action: (self.tr("Add a &folder…"), self.tr("Add every Samverkan file in a folder")),
            self.save_action: (self.tr("&Save group"), self.tr("Save the group file")),
            self.save_as_action: (self.tr("Sa&ve group as…"), self.tr("Save the group under a new name")),
            self.export_pdf_action: (self.tr("Group &report (PDF)…"), self.tr("The group report to share")),
            self.export_csv_action: (self.tr("&CSV for Excel…"), self.tr("One row per question")),
            self.export_csv_people_action: (
                self.tr("CSV with a column per &participant…"),
                self.tr("One row per question, one column per participant"),
            ),
            self.blank_form_sv_action: (self.tr("Blank paper form in &Swedish…"), self.tr("A printable answer form")),
            self.blank_form_en_action: (self.tr("Blank paper form in &English…"), self.tr("A printable answer form")),
            self.send_form_action: (
                self.tr("Send out the &questionnaire…"),
                self.tr("An answer form (one web page) for participants without Samverkan"),
            ),
            self.add_codes_action: (
                self.tr("Add from answer co&des…"),
                self.tr("Paste the answer codes participants sent from the answer form"),
            ),
            self.close_action: (self.tr("&Close"), self.tr("Close the workshop window")),
            self.add_participant_action: (self.tr("&Add participant"), self.tr("A new column for a paper form")),
            self.rename_participant_action: (
                self.tr("&Rename participant…"),
                self.tr("Change the selected participant's code"),
            ),
            self.organisation_action: (
                self.tr("&Organisation…"),
                self.tr("The selected participant's organisation, for the organisations' views"),
            ),
            self.remove_participant_action: (
                self.tr("Re&move participant"),
                self.tr("Remove the selected participant"),
            ),
            self.entry_view_action: (self.tr("&Entry"), self.tr("The entry grid")),
            self.results_view_action: (self.tr("&Results"), self.tr("The group's results")),
            self.plan_view_action: (self.tr("Action p&lan"), self.tr("The group's action plan")),
            self.follow_up_action: (
                self.tr("New follow-&up…"),
                self.tr("A new group of the same collaboration, with the plan's actions carried over"),
            ),
            self.projector_action: (self.tr("&Projector"), self.tr("Full screen, one thing at a time")),
            self.show_names_action: (
                self.tr("Show &names"),
                self.tr("Show participants' names instead of codes only (also in the report)"),
            ),
        }
        self.commands.set_texts(texts)
        self.recent_menu.setTitle(self.tr("Open &recent"))
        self.tabs.setTabText(ENTRY_TAB, self.tr("Entry"))
        self.tabs.setTabText(RESULTS_TAB, self.tr("Results"))
        self.tabs.setTabText(PLAN_TAB, self.tr("Action plan"))
        self._update_title()

    # --- state -----------------------------------------------------------

    def _document_name(self) -> str:
        return self.document.document_name()

    def _update_title(self) -> None:
        self.document.update_title()

    def _group_changed(self) -> None:
        group = self.session.group
        has_people = bool(group.participants)
        self.rename_participant_action.setEnabled(has_people)
        self.organisation_action.setEnabled(has_people)
        self.remove_participant_action.setEnabled(has_people)
        self._update_title()

    def _view_changed(self) -> None:
        # A message about the other view ("D3 done.", "Saved …") would be stale here.
        self.statusBar().clearMessage()
        self.export_notice.clear()

    def _show_names_toggled(self, checked: bool) -> None:
        self.results.set_show_names(checked)

    def _lang(self) -> str:
        return ui_language()

    # --- files -----------------------------------------------------------

    def _file_filter(self) -> str:
        return file_filters.joined(file_filters.samverkan_files(), file_filters.all_files())

    def add_files(self) -> None:
        paths = dialogs.open_file_names(
            self,
            self.tr("Add participants' files"),
            exports.start_folder(self.document, "answers"),
            self._file_filter(),
        )
        if paths:
            remember_folder("answers", paths[0])
            self.add_paths(paths)

    def add_folder(self) -> None:
        folder = dialogs.existing_folder(
            self, self.tr("Add a folder of Samverkan files"), exports.start_folder(self.document, "answers")
        )
        if folder is not None:
            remember_folder("answers", folder.parent if folder.parent != folder else folder)
            self.add_paths([folder])

    def add_paths(self, paths: list[Path]) -> None:
        """Load files and folders; every file that cannot be used is listed by name."""
        lang = self._lang()
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

    def files_dropped(self, paths: list[Path]) -> None:
        self.add_paths(paths)

    def _may_discard(self) -> bool:
        """True when the current group may be replaced (saved, discarded or unchanged)."""
        return self.document.maybe_save()

    def new_group(self) -> None:
        if self._may_discard():
            self.session.new_group()
            self.document.adopt()

    def open_group_file(self) -> None:
        self.document.open_dialog()

    def open_path(self, path: Path) -> bool:
        """Open a group file in this window (asks about unsaved changes first)."""
        return self.document.open_path(path)

    def save(self) -> bool:
        return self.document.save()

    def save_as(self) -> bool:
        return self.document.save_as()

    def restore(self, group: Group, original: Path | None) -> None:
        """Recovered work (offered by the start view or by this window): unsaved, belonging to ``original``."""
        self.session.set_group(group, path=original, saved=False)
        self.document.adopt(original)
        self.autosave.write_now()
        self.statusBar().showMessage(self.tr("Unsaved work restored. Save it to keep it."), 8000)

    # --- projector -------------------------------------------------------

    def show_projector(self, *, full_screen: bool = True) -> ProjectorView:
        if self.projector is None:
            self.projector = ProjectorView(self.session, self)
        self.projector.present(self, full_screen=full_screen)
        return self.projector

    # --- recovery and closing --------------------------------------------

    def offer_recovery(self) -> None:
        recovery.offer(self, self)

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self._may_discard():
            event.ignore()
            return
        if self.projector is not None:
            self.projector.close()
        self.autosave.shutdown()
        self.document.close_document()
        event.accept()
