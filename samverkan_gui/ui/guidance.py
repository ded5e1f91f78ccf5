"""The background material (ladder, simple questions, pitfalls, success factors) as a help window.

Non-modal, so a group can keep it open next to its results; the text comes
from ``resources/guidance/`` through the core loader, in the window's language.
"""

from __future__ import annotations

import html

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextEdit, QVBoxLayout, QWidget

from samverkan_gui.core.guidance import Guidance, shipped_guidance
from samverkan_gui.ui.i18n import current_language
from samverkan_gui.ui.retranslated import Retranslated


def guidance_html(guidance: Guidance, lang: str) -> str:
    """The material as simple HTML; every text from the file is escaped."""
    parts = [f"<h2>{html.escape(guidance.title.get(lang))}</h2>", f"<p>{html.escape(guidance.intro.get(lang))}</p>"]
    for section in guidance.sections:
        # The anchor lets the results page open the material at one section (e.g. the pitfalls).
        parts.append(f'<h3><a name="{html.escape(section.id)}"></a>{html.escape(section.title.get(lang))}</h3>')
        tag = "ol" if section.numbered else "ul"
        parts.append(f"<{tag}>")
        for item in section.items:
            text = html.escape(item.text.get(lang))
            if item.term is not None:
                text = f"<b>{html.escape(item.term.get(lang))}</b> – {text}"
            parts.append(f"<li>{text}</li>")
        parts.append(f"</{tag}>")
    parts.append(f"<p><i>{html.escape(guidance.credit.get(lang))}</i></p>")
    return "\n".join(parts)


class GuidanceWindow(Retranslated, QDialog):
    """Shown with ``show()`` (never ``exec()``): it does not block the main window."""

    def __init__(self, parent: QWidget | None = None, guidance: Guidance | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("guidance")
        self.setModal(False)
        self._guidance = guidance or shipped_guidance()
        self._section = ""
        layout = QVBoxLayout(self)
        # A read-only text with a caret, not a browser: Qt reports a text browser as one *label*,
        # which a screen reader cannot read line by line (the arrow keys only scrolled it).
        self.browser = QTextEdit()
        self.browser.setReadOnly(True)
        self.browser.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByKeyboard | Qt.TextInteractionFlag.TextSelectableByMouse
        )
        layout.addWidget(self.browser)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.close)
        layout.addWidget(buttons)
        self.resize(640, 720)
        self.retranslate()

    def show_section(self, section_id: str) -> None:
        """Scroll to one section (``traps``, ``factors``, …) of the material; the caret goes to its heading."""
        self._section = section_id
        self._go_to_section()

    def _go_to_section(self) -> None:
        section = next((s for s in self._guidance.sections if s.id == self._section), None)
        if section is None:
            return
        # The caret too, not only the view: reading on with the arrow keys starts there.
        cursor = self.browser.document().find(section.title.get(current_language()))
        if not cursor.isNull():
            cursor.movePosition(QTextCursor.MoveOperation.StartOfBlock)
            self.browser.setTextCursor(cursor)
        self.browser.scrollToAnchor(self._section)

    def retranslate(self) -> None:
        lang = current_language()
        self.setWindowTitle(self._guidance.title.get(lang))
        self.browser.setAccessibleName(self.tr("Background material"))
        self.browser.setHtml(guidance_html(self._guidance, lang))
        if self._section:
            self._go_to_section()
