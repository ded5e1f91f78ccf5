"""Help → About Samverkan: the version, where the questionnaire comes from, that nothing leaves the computer."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from samverkan_gui import __version__
from samverkan_gui.ui import dialogs

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget


def about_html() -> str:
    """The about box's text in the current language."""
    paragraphs = [
        QCoreApplication.translate("About", "A self-assessment of collaboration: “Testa din samverkan!”"),
        QCoreApplication.translate(
            "About",
            "The questionnaire comes from the presentation “Samverkan som gör skillnad” "
            "(Reglab’s annual conference 2019, Arena för Tillväxt).",
        ),
        QCoreApplication.translate(
            "About",
            "Its questions, block headings and advice are quoted as the presentation writes them, "
            "unusual spellings included.",
        ),
        QCoreApplication.translate(
            "About",
            "This program never uses the network: your answers stay on this computer and in the files you save.",
        ),
        QCoreApplication.translate("About", "Licence: MIT. Fonts: DejaVu (free licence)."),
    ]
    return f"<h3>Samverkan {__version__}</h3>" + "".join(f"<p>{text}</p>" for text in paragraphs)


def show_about(parent: QWidget) -> None:
    dialogs.show_about(parent, QCoreApplication.translate("About", "About Samverkan"), about_html())
