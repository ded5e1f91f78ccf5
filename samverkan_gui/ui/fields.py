"""Showing the document's text in a field the user also types into (block notes, the group's notes)."""

from __future__ import annotations

from PySide6.QtCore import QSignalBlocker
from PySide6.QtWidgets import QPlainTextEdit


def show_text(field: QPlainTextEdit, text: str) -> None:
    """Put ``text`` into ``field`` without it counting as the user's edit.

    An unchanged text is left alone, so the cursor stays where the user is typing.
    """
    if field.toPlainText() != text:
        with QSignalBlocker(field):
            field.setPlainText(text)
