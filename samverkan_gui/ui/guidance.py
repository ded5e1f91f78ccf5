"""The background material (ladder, simple questions, pitfalls, success factors) as a help window.

Non-modal, so a group can keep it open next to its results; the text comes
from ``resources/guidance/`` through the core loader, in the window's language.
"""

from __future__ import annotations

import html

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

from samverkan_gui.core.guidance import Guidance, shipped_guidance
from samverkan_gui.ui.i18n import current_language


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


class GuidanceWindow(QDialog):
    """Shown with ``show()`` (never ``exec()``): it does not block the main window."""

    def __init__(self, parent: QWidget | None = None, guidance: Guidance | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("guidance")
        self.setModal(False)
        self._guidance = guidance or shipped_guidance()
        self._section = ""
        layout = QVBoxLayout(self)
        self.browser = QTextBrowser()
        self.browser.setOpenLinks(False)  # offline: nothing to follow
        layout.addWidget(self.browser)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.close)
        layout.addWidget(buttons)
        self.resize(640, 720)
        self.retranslate()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def show_section(self, section_id: str) -> None:
        """Scroll to one section (``traps``, ``factors``, …) of the material."""
        self._section = section_id
        self.browser.scrollToAnchor(section_id)

    def retranslate(self) -> None:
        lang = current_language()
        self.setWindowTitle(self._guidance.title.get(lang))
        self.browser.setAccessibleName(self.tr("Background material"))
        self.browser.setHtml(guidance_html(self._guidance, lang))
        if self._section:
            self.browser.scrollToAnchor(self._section)
