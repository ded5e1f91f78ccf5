"""The workshop window's actions, created in one place as the main window's are
(:class:`samverkan_gui.ui.actions.Actions`); the window connects them and puts them in its menus."""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtGui import QKeySequence

from samverkan_gui.core.file_kinds import ASSESSMENT_SUFFIX
from samverkan_gui.core.placeholders import fill
from samverkan_gui.ui.actions import ActionRegistry
from samverkan_gui.ui.zoom import zoom_texts

Key = QKeySequence.StandardKey


class WorkshopActions(ActionRegistry):
    """``retranslate()`` sets every text (one call on a language switch)."""

    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        self.new = self.add("new-group", [Key.New], "document-new", "SP_FileIcon")
        self.open = self.add("open-group", ["Ctrl+Shift+O"], "document-open", "SP_DialogOpenButton")
        self.add_files = self.add("add-files", [Key.Open], "list-add")
        self.add_folder = self.add("add-folder", ["Ctrl+Shift+D"], "folder-open", "SP_DirOpenIcon")
        self.save = self.add("save-group", [Key.Save], "document-save", "SP_DialogSaveButton")
        self.save_as = self.add("save-group-as", [Key.SaveAs], "document-save-as", usual="Ctrl+Shift+S")
        self.export_pdf = self.add("export-group-pdf", [Key.Print], "document-export")
        self.export_word = self.add("export-group-word", [], "x-office-document")
        self.export_csv = self.add("export-csv", [], "x-office-spreadsheet")
        self.export_csv_people = self.add("export-csv-participants", [], "x-office-spreadsheet")
        self.blank_form_sv = self.add("blank-form-sv", [], "document-print")
        self.blank_form_en = self.add("blank-form-en", [], "document-print")
        self.send_form = self.add("send-answer-form", [], "mail-send")
        self.add_codes = self.add("add-answer-codes", ["Ctrl+Shift+K"], "edit-paste")
        self.close = self.add("close-workshop", [Key.Close], "window-close", "SP_DialogCloseButton")
        self.add_participant = self.add("add-participant", ["Ctrl+Shift+N"], "list-add-user")
        self.rename_participant = self.add("rename-participant", [], "edit-rename")
        self.organisation = self.add("participant-organisation", [])
        self.remove_participant = self.add("remove-participant", [], "list-remove-user")
        self.entry_view = self.add("entry-view", ["Ctrl+1"])
        self.results_view = self.add("results-view", ["Ctrl+2"], "view-statistics")
        # Icons as the main window's "Action plan" and "New follow-up".
        self.plan = self.add("group-plan", ["Ctrl+3"], "view-task")
        self.follow_up = self.add("group-follow-up", [], "document-new")
        self.projector = self.add("projector", ["F5"], "video-display")
        self.show_names = self.add("show-names", checkable=True)
        # One text size for every window (ui/zoom.py): the same keys and words as the main window's.
        self.zoom_in = self.add("zoom-in", [Key.ZoomIn, "Ctrl+="], "zoom-in")
        self.zoom_out = self.add("zoom-out", [Key.ZoomOut], "zoom-out")
        self.zoom_reset = self.add("zoom-reset", ["Ctrl+0"], "zoom-original")
        self.retranslate()

    def retranslate(self) -> None:
        texts = {
            self.new: (self.tr("&New group"), self.tr("Start an empty group")),
            self.open: (self.tr("&Open group file…"), self.tr("Open a saved group file")),
            self.add_files: (
                self.tr("&Add participants' files…"),
                fill(self.tr("Add %1 files or group files (several at once)"), ASSESSMENT_SUFFIX),
            ),
            self.add_folder: (self.tr("Add a &folder…"), self.tr("Add every Samverkan file in a folder")),
            self.save: (self.tr("&Save group"), self.tr("Save the group file")),
            self.save_as: (self.tr("Sa&ve group as…"), self.tr("Save the group under a new name")),
            self.export_pdf: (self.tr("Group &report (PDF)…"), self.tr("The group report to share")),
            self.export_word: (
                self.tr("Group report (&Word)…"),
                self.tr("The group report as a Word document, to edit or to take into your own template"),
            ),
            self.export_csv: (self.tr("&CSV for Excel…"), self.tr("One row per question")),
            self.export_csv_people: (
                self.tr("CSV with a column per &participant…"),
                self.tr("One row per question, one column per participant"),
            ),
            self.blank_form_sv: (self.tr("Blank paper form in &Swedish…"), self.tr("A printable answer form")),
            self.blank_form_en: (self.tr("Blank paper form in &English…"), self.tr("A printable answer form")),
            self.send_form: (
                self.tr("Send out the &questionnaire…"),
                self.tr("An answer form (one web page) for participants without Samverkan"),
            ),
            self.add_codes: (
                self.tr("Add from answer co&des…"),
                self.tr("Paste the answer codes participants sent from the answer form"),
            ),
            self.close: (self.tr("&Close"), self.tr("Close the workshop window")),
            self.add_participant: (self.tr("&Add participant"), self.tr("A new column for a paper form")),
            self.rename_participant: (
                self.tr("&Rename participant…"),
                self.tr("Change the selected participant's code"),
            ),
            self.organisation: (
                self.tr("&Organisation…"),
                self.tr("The selected participant's organisation, for the organisations' views"),
            ),
            self.remove_participant: (self.tr("Re&move participant"), self.tr("Remove the selected participant")),
            self.entry_view: (self.tr("&Entry"), self.tr("The entry grid")),
            self.results_view: (self.tr("&Results"), self.tr("The group's results")),
            self.plan: (self.tr("Action p&lan"), self.tr("The group's action plan")),
            self.follow_up: (
                self.tr("New follow-&up…"),
                self.tr("A new group of the same collaboration, with the plan's actions carried over"),
            ),
            self.projector: (self.tr("&Projector"), self.tr("Full screen, one thing at a time")),
            self.show_names: (
                self.tr("Show &names"),
                self.tr("Show participants' names instead of codes only (also in the report)"),
            ),
            **dict(zip((self.zoom_in, self.zoom_out, self.zoom_reset), zoom_texts(), strict=True)),
        }
        self.set_texts(texts)
