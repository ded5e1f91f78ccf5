"""Every menu/toolbar action of every window, created in one place.

:class:`ActionRegistry` makes named actions (``action-<name>``) for any window:
standard shortcuts come from ``QKeySequence.StandardKey`` so they follow the
platform, icons come from the desktop theme with a Qt-style fallback (loaded
when a menu first opens), and every tooltip names its shortcut.  The main
window's actions are :class:`Actions`; the workshop window adds its own to a
registry of its own the same way.  A new command is one :meth:`ActionRegistry.add`
call plus its text in the window's ``retranslate()``.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, cast

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QMenu

from samverkan_gui.core.file_kinds import ASSESSMENT_SUFFIX, GROUP_SUFFIX
from samverkan_gui.core.placeholders import fill
from samverkan_gui.ui.zoom import zoom_texts

if TYPE_CHECKING:
    from PySide6.QtGui import QIcon
    from PySide6.QtWidgets import QMenuBar, QWidget

Key = QKeySequence.StandardKey


def themed_icon(theme_name: str, fallback: str | None = None) -> QIcon:
    """The desktop theme's icon, else Qt's own ``QStyle.StandardPixmap`` named ``fallback`` (e.g. "SP_FileIcon")."""
    # Imported here: QIcon and QStyle cost start-up time and icons are only loaded after the first paint.
    from PySide6.QtGui import QIcon
    from PySide6.QtWidgets import QApplication, QStyle

    if QIcon.hasThemeIcon(theme_name):
        return QIcon.fromTheme(theme_name)
    if fallback is not None:
        style = QApplication.style()
        if style is not None:
            return style.standardIcon(getattr(QStyle.StandardPixmap, fallback))
    return QIcon()


class ActionRegistry(QObject):
    """Named actions of one window: shortcuts, icons, and texts with the shortcut in the tooltip."""

    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        self._icons: list[tuple[QAction, str, str | None]] = []
        self._by_name: dict[str, QAction] = {}

    def add(
        self,
        name: str,
        shortcuts: Sequence[QKeySequence | QKeySequence.StandardKey | str] = (),
        theme: str | None = None,
        fallback: str | None = None,
        *,
        checkable: bool = False,
        usual: str | None = None,
        triggered: Callable[..., object] | None = None,
    ) -> QAction:
        """A new action ``action-<name>``; a standard key without a platform binding adds nothing.

        ``usual`` is the shortcut to take where the platform binds none of ``shortcuts``
        (Save As and Quit on Windows); ``triggered`` is connected to the action.
        """
        keys = [QKeySequence(s) if isinstance(s, str) else s for s in shortcuts]
        action = self._make(name, keys, theme, fallback)
        if usual is not None and action.shortcut().isEmpty():
            action.setShortcuts([QKeySequence(usual)])
        action.setCheckable(checkable)
        if triggered is not None:
            action.triggered.connect(triggered)
        return action

    def action(self, name: str) -> QAction:
        return self._by_name[name]

    def set_texts(self, texts: dict[QAction, tuple[str, str]]) -> None:
        """Menu text and status tip per action; the tooltip repeats the text with the first shortcut."""
        for action, (text, tip) in texts.items():
            action.setText(text)
            action.setStatusTip(tip)
            keys = action.shortcuts()
            action.setToolTip(
                f"{text.replace('&', '')} ({keys[0].toString(QKeySequence.SequenceFormat.NativeText)})"
                if keys
                else text.replace("&", "")
            )

    def _make(
        self,
        name: str,
        shortcuts: Sequence[QKeySequence | QKeySequence.StandardKey],
        theme: str | None,
        fallback: str | None = None,
    ) -> QAction:
        action = QAction(self.parent())
        action.setObjectName(f"action-{name}")
        keys: list[QKeySequence] = []
        for shortcut in shortcuts:
            if isinstance(shortcut, QKeySequence):
                keys.append(shortcut)
            else:
                keys.extend(QKeySequence.keyBindings(shortcut))
        action.setShortcuts(keys)
        if theme:
            self._icons.append((action, theme, fallback))
        self._by_name[name] = action
        return action

    def add_menu(self, groups: Sequence[Sequence[QAction | QMenu]], parent: QMenuBar | None = None) -> QMenu:
        """A menu (titled by the window's ``retranslate``) of ``groups`` of actions and submenus with a
        separator between groups: in the menu bar ``parent``, else a submenu for a menu made later.
        Its icons are loaded when a menu first opens."""
        menu = parent.addMenu("") if parent is not None else QMenu(cast("QWidget", self.parent()))
        for index, group in enumerate(groups):
            if index:
                menu.addSeparator()
            for item in group:
                if isinstance(item, QMenu):
                    menu.addMenu(item)
                else:
                    menu.addAction(item)
        menu.aboutToShow.connect(self.load_icons)
        return menu

    def load_icons(self) -> None:
        """Set the icons (once); called when a menu first opens, so start-up never loads QStyle or icon themes."""
        for action, theme, fallback in self._icons:
            action.setIcon(themed_icon(theme, fallback))
        self._icons.clear()


class Actions(ActionRegistry):
    """The main window's actions. ``retranslate()`` sets every text (one call on a language switch)."""

    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        self.new = self._make("new", [Key.New], "document-new", "SP_FileIcon")
        self.open = self._make("open", [Key.Open], "document-open", "SP_DialogOpenButton")
        self.save = self._make("save", [Key.Save], "document-save", "SP_DialogSaveButton")
        self.save_as = self.add("save-as", [Key.SaveAs], "document-save-as", usual="Ctrl+Shift+S")
        # File → Export → PDF… / Word…: the report in either format.
        self.export_pdf = self._make("export-pdf", [QKeySequence("Ctrl+E"), Key.Print], "document-export")
        self.export_word = self._make("export-word", [], "x-office-document")
        self.blank_form = self._make("blank-form", [], "document-print")
        self.edit_details = self._make("edit-details", [QKeySequence("Ctrl+I")], "document-properties")
        self.close_assessment = self._make("close", [Key.Close], "document-close")
        self.quit = self.add("quit", [Key.Quit], "application-exit", usual="Ctrl+Q")
        self.previous_block = self._make(
            "previous-block",
            [QKeySequence("Alt+Left"), QKeySequence("Ctrl+PgUp")],
            "go-previous",
            "SP_ArrowBack",
        )
        self.next_block = self._make(
            "next-block",
            [QKeySequence("Alt+Right"), QKeySequence("Ctrl+PgDown")],
            "go-next",
            "SP_ArrowForward",
        )
        self.show_results = self._make("show-results", [QKeySequence("Ctrl+R")], "view-statistics")
        self.back_to_editing = self._make("back-to-editing", [QKeySequence("Ctrl+B")], "document-edit")
        self.zoom_in = self._make("zoom-in", [Key.ZoomIn, QKeySequence("Ctrl+=")], "zoom-in")
        self.zoom_out = self._make("zoom-out", [Key.ZoomOut], "zoom-out")
        self.zoom_reset = self._make("zoom-reset", [QKeySequence("Ctrl+0")], "zoom-original")
        self.language_group = QActionGroup(self)
        self.language_group.setExclusive(True)
        self.lang_sv = self._make("lang-sv", [], None)
        self.lang_en = self._make("lang-en", [], None)
        for action, code in ((self.lang_sv, "sv"), (self.lang_en, "en")):
            action.setCheckable(True)
            action.setData(code)
            self.language_group.addAction(action)
        self.workshop = self._make("workshop", [], "system-users")
        # The learning loop: the action plan, a follow-up, the comparison over time.
        self.action_plan = self._make("action-plan", [QKeySequence("Ctrl+H")], "view-task")
        self.follow_up = self._make("follow-up", [], "document-new")
        self.compare = self._make("compare", [], "view-statistics")
        self.guidance = self._make("guidance", [Key.HelpContents], "help-contents", "SP_DialogHelpButton")
        self.about = self._make("about", [], "help-about", "SP_MessageBoxInformation")
        self.retranslate()

    def retranslate(self) -> None:
        texts = {
            self.new: (self.tr("&New assessment…"), self.tr("Start a new assessment")),
            self.open: (
                self.tr("&Open…"),
                fill(self.tr("Open a saved assessment (%1) or workshop group (%2)"), ASSESSMENT_SUFFIX, GROUP_SUFFIX),
            ),
            self.save: (self.tr("&Save"), self.tr("Save the assessment")),
            self.save_as: (self.tr("Save &As…"), self.tr("Save the assessment under a new name")),
            self.export_pdf: (self.tr("&PDF…"), self.tr("Write the report as PDF")),
            self.export_word: (
                self.tr("&Word…"),
                self.tr("Write the report as a Word document, to edit or to take into your own template"),
            ),
            self.blank_form: (
                self.tr("Print a &blank form…"),
                self.tr("A paper form with every question, to fill in by hand"),
            ),
            self.edit_details: (
                self.tr("Assessment &details…"),
                self.tr("Change the collaboration, the respondent, the organisation or the date"),
            ),
            self.close_assessment: (
                self.tr("&Close assessment"),
                self.tr("Close the assessment and go to the start view"),
            ),
            self.quit: (self.tr("&Quit"), self.tr("Quit Samverkan")),
            self.previous_block: (self.tr("&Previous block"), self.tr("Go to the previous block")),
            self.next_block: (self.tr("&Next block"), self.tr("Go to the next block")),
            self.show_results: (
                self.tr("Show &results"),
                self.tr("Show the result (or the first unanswered question)"),
            ),
            self.back_to_editing: (self.tr("&Back to the questions"), self.tr("Leave the result and edit the answers")),
            **dict(zip((self.zoom_in, self.zoom_out, self.zoom_reset), zoom_texts(), strict=True)),
            self.lang_sv: ("Svenska", "Visa programmet på svenska"),
            self.lang_en: ("English", "Show the program in English"),
            self.workshop: (self.tr("&Workshop…"), self.tr("Collect and summarise a group's assessments")),
            self.action_plan: (
                self.tr("Action &plan"),
                self.tr("The simple but difficult questions and concrete actions for the blocks you choose"),
            ),
            self.follow_up: (
                self.tr("New &follow-up…"),
                self.tr("A new assessment of the same collaboration, with the plan's actions carried over"),
            ),
            self.compare: (
                self.tr("Co&mpare…"),
                self.tr("Compare two or more assessments of the same collaboration over time"),
            ),
            self.guidance: (
                self.tr("&Background: collaboration that makes a difference"),
                self.tr("The ladder, the simple questions, pitfalls and success factors, for the conversation"),
            ),
            self.about: (
                self.tr("&About Samverkan"),
                self.tr("Version, licence and where the questionnaire comes from"),
            ),
        }
        self.set_texts(texts)
