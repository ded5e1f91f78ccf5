"""Hostile text in the window: what the user typed is shown as typed, never interpreted.

A QLabel guesses rich text from ``<``; a QAction eats ``&`` as a shortcut marker.
So typed markup could turn bold, load an image from ``file:///`` or vanish, and a
file called "Anna & Bo" would lose its ampersand in the recent-files menu.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import Qt as GuiQt  # mightBeRichText lives in QtGui's Qt namespace
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QLabel

from samverkan_gui.core.assessment import Assessment, save_assessment
from samverkan_gui.ui import appdirs

HOSTILE = {
    "collaboration": 'Samverkan <b>fet</b> <img src="file:///etc/passwd"> a < b & c',
    "respondent": '<a href="https://evil.example/">Anna</a> & Bo',
    "organisation": "Sámi čđŋšŧž – שלום 😀",
}


def shown_text(label: QLabel) -> str:
    """What a label puts on screen: its text, or the text of its rich text rendered."""
    text = label.text()
    rich = label.textFormat() == Qt.TextFormat.RichText or (
        label.textFormat() == Qt.TextFormat.AutoText and GuiQt.mightBeRichText(text)
    )
    if not rich:
        return text
    document = QTextDocument()
    document.setHtml(text)
    return document.toPlainText()


def visible_texts(window) -> list[str]:  # type: ignore[no-untyped-def]
    return [shown_text(label) for label in window.findChildren(QLabel) if label.isVisible() and label.text()]


def test_typed_markup_is_shown_as_typed_in_the_editor_heading(window, questionnaire) -> None:
    window.start_new(questionnaire, dict(HOSTILE))
    shown = " ".join(visible_texts(window))
    assert HOSTILE["collaboration"] in shown, "the editor heading does not show the collaboration as typed"


def test_no_label_renders_typed_html(window, qtbot, questionnaire) -> None:
    """Every label that holds typed text either is plain text or has it escaped."""
    window.start_new(questionnaire, dict(HOSTILE))
    for question_id in questionnaire.question_ids:
        window.session.set_answer(question_id, 2)
    window.editor_view.request_results()
    qtbot.waitUntil(lambda: window.results_view.isVisible())
    for label in window.findChildren(QLabel):
        text = label.text()
        for typed in HOSTILE.values():
            if typed in text and label.textFormat() != Qt.TextFormat.PlainText:
                assert not GuiQt.mightBeRichText(text), f"label {label.objectName()!r} would render {typed!r} as HTML"


def test_recent_file_with_an_ampersand_keeps_it_in_the_menu(window, tmp_path, questionnaire) -> None:
    path = tmp_path / "Anna & Bo <b>.samverkan"
    save_assessment(path, Assessment.new(questionnaire, collaboration="x"), questionnaire)
    appdirs.add_recent_file(path)
    window.refresh_recent_files()
    texts = [action.text() for action in window.recent_menu.actions()]
    assert texts, "the recent-files menu is empty"
    shown = texts[0].replace("&&", "\0").replace("&", "").replace("\0", "&")  # as QMenu draws it
    assert shown == path.name
