"""Every push button can be reached with Alt+letter, and no two things on screen share a letter.

What counts is what a user sees at one time: the menu bar's titles, the visible
buttons and the visible labels that lead to a field (a hidden page's shortcuts
do not fire, so two views of the window may reuse a letter).
"""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QAbstractButton, QLabel, QMainWindow, QPushButton, QRadioButton

from samverkan_gui.ui.main_window import View


def mnemonic(text: str) -> str | None:
    """The Alt+ letter of a Qt text ('&&' is a literal ampersand), lower-cased."""
    i = 0
    while i < len(text) - 1:
        if text[i] == "&":
            if text[i + 1] != "&":
                return text[i + 1].lower()
            i += 1
        i += 1
    return None


def shown_mnemonics(window: QMainWindow) -> tuple[dict[str, list[str]], list[str]]:
    """(letter -> texts using it, visible push buttons without a letter)."""
    used: dict[str, list[str]] = {}
    unmarked: list[str] = []
    texts = [action.text() for action in window.menuBar().actions() if action.isVisible()]
    for button in window.findChildren(QAbstractButton):
        if button.isVisible() and button.text() and not isinstance(button, QRadioButton):
            texts.append(button.text())
            if isinstance(button, QPushButton) and mnemonic(button.text()) is None:
                unmarked.append(button.text())
    texts += [label.text() for label in window.findChildren(QLabel) if label.isVisible() and label.buddy()]
    for text in texts:
        letter = mnemonic(text)
        if letter:
            used.setdefault(letter, []).append(text)
    return used, unmarked


def assert_clear(window: QMainWindow, where: str) -> None:
    used, unmarked = shown_mnemonics(window)
    assert unmarked == [], f"{where}: buttons without Alt+letter"
    clashes = {letter: texts for letter, texts in used.items() if len(texts) > 1}
    assert clashes == {}, f"{where}: the same Alt+letter twice"


@pytest.mark.parametrize("language", ["sv", "en"])
def test_main_window_buttons_have_distinct_mnemonics(window, qtbot, questionnaire, language, tmp_path):
    if language == "en":
        window.commands.lang_en.trigger()
    # Everything the start view can show at once: recovered work and recent files too.
    window.start_view.set_recovered([("Kvar efter en krasch", "3 svar")])
    window.start_view.set_recent_files([tmp_path / "förra.samverkan"])
    qtbot.waitUntil(lambda: window.start_view.restore_button.isVisible())
    assert window.start_view.recent_label.isVisible()
    assert_clear(window, "start")
    window.start_new(questionnaire, {"collaboration": "Alt"})
    assert window.current_view() == View.EDITOR
    assert_clear(window, "editor")
    for question_id in questionnaire.question_ids:
        window.session.set_answer(question_id, 4)
    window.show_view(View.RESULTS)
    assert_clear(window, "results")


@pytest.mark.parametrize("language", ["sv", "en"])
def test_workshop_buttons_have_distinct_mnemonics(qtbot, app_language, language):
    from samverkan_gui.ui.i18n import install_language
    from samverkan_gui.ui.workshop.window import WorkshopWindow

    install_language(language)
    workshop = WorkshopWindow(check_recovery=False)
    qtbot.addWidget(workshop)
    workshop.show()
    qtbot.waitExposed(workshop)
    assert workshop.add_participant_button.text() == {"sv": "&Lägg till deltagare", "en": "&Add participant"}[language]
    assert workshop.add_files_button.text() == {"sv": "Lägg till &filer…", "en": "Add &files…"}[language]
    assert_clear(workshop, "workshop entry")
    workshop.tabs.setCurrentIndex(1)
    assert_clear(workshop, "workshop results")
    workshop.close()
