"""Swedish and English: switching retranslates the open window at once and is remembered."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QDialogButtonBox

from samverkan_gui.ui import appdirs, i18n
from samverkan_gui.ui.main_window import MainWindow
from tests.ui.conftest import press


def test_switching_language_retranslates_an_open_assessment(window, qtbot, questionnaire):
    press(qtbot, Qt.Key.Key_Return)
    press(qtbot, Qt.Key.Key_3)
    page = window.editor_view.pages[0]
    group = page.groups[0]
    question = questionnaire.blocks[0].questions[0]
    assert page.title_label.text() == "STARTFÖRHÅLLANDEN"
    assert group.text_label.text() == question.text.get("sv")
    assert group.buttons.button(1).text() == "1 – I mycket liten grad"
    assert window.editor_view.step_label.text() == "Block 1 av 4"
    assert window.file_menu.title() == "&Arkiv"

    window.commands.lang_en.trigger()

    assert i18n.current_language() == "en"
    assert page.title_label.text() == "STARTING CONDITIONS"
    assert group.text_label.text() == question.text.get("en")
    assert group.title() == "Question 1 of 5"
    assert group.buttons.button(1).text() == "1 – To a very small extent"
    assert _name(group) == f"Question 1 of 5: {question.text.get('en')}"
    assert _name(group.buttons.button(1)) == "1 – To a very small extent"
    assert _name(page) == "Block 1 of 4: STARTING CONDITIONS. Rate with the digits 1 to 5."
    assert window.editor_view.step_label.text() == "Block 1 of 4"
    assert window.editor_view.answered_label.text() == "1 of 21 questions answered"
    assert window.editor_view.next_button.text() == "&Next →"
    assert window.file_menu.title() == "&File"
    assert window.commands.save.text() == "&Save"
    assert window.commands.lang_en.isChecked()
    assert window.windowTitle().startswith("Untitled")
    # The answer is untouched by the switch.
    assert window.session.assessment.answers == {question.id: 3}
    # Remembered for the next start.
    assert appdirs.settings().value("language") == "en"
    assert i18n.initial_language() == "en"

    window.commands.lang_sv.trigger()
    assert page.title_label.text() == "STARTFÖRHÅLLANDEN"
    assert window.editor_view.step_label.text() == "Block 1 av 4"
    assert window.commands.save.text() == "&Spara"


def test_results_follow_the_language(window, qtbot, questionnaire):
    window.start_new(questionnaire, {"collaboration": "X"})
    for question_id in questionnaire.question_ids:
        window.session.set_answer(question_id, 4)
    window.editor_view.request_results()
    result = window.session.result()
    assert window.results_view.total_label.text() == f"Summa: {result.total} av 105"
    window.commands.lang_en.trigger()
    assert window.results_view.total_label.text() == f"Total: {result.total} of 105"
    assert window.results_view.advice_label.text() == result.advice("en")
    assert window.results_view.table.horizontalHeaderItem(1).text() == "Score"
    assert window.results_view.table.item(0, 0).text() == "STARTING CONDITIONS"
    window.commands.lang_sv.trigger()
    assert window.results_view.table.horizontalHeaderItem(1).text() == "Poäng"


def test_qt_own_buttons_are_swedish(app_language):
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel | QDialogButtonBox.StandardButton.Save)
    assert box.button(QDialogButtonBox.StandardButton.Cancel).text() == "Avbryt"
    assert box.button(QDialogButtonBox.StandardButton.Save).text() == "Spara"


@pytest.mark.parametrize(("system", "expected"), [("sv_SE", "sv"), ("en_US", "en"), ("de_DE", "sv"), ("fi_FI", "sv")])
def test_first_start_follows_the_system_language_when_sv_or_en(monkeypatch, system, expected):
    from PySide6.QtCore import QLocale

    monkeypatch.delenv("SAMVERKAN_LANG")
    monkeypatch.setattr(QLocale, "system", staticmethod(lambda: QLocale(system)))
    assert i18n.initial_language() == expected


def test_remembered_language_is_used_by_a_new_window(qtbot, app_language):
    i18n.install_language("en", remember=True)
    assert i18n.install_language(i18n.initial_language()) == "en"
    fresh = MainWindow()
    try:
        assert fresh.start_view.start_button.text() == "&Start the assessment"
    finally:
        fresh.close()
        fresh.deleteLater()


# --- the translation files ---------------------------------------------------------------


def test_every_source_string_has_a_swedish_translation():
    missing = i18n.unfinished_messages(i18n.ts_file("sv"))
    assert missing == [], "untranslated (run: python -m samverkan_gui.ui.i18n --update, then translate)"


def test_the_ts_files_list_every_string_in_the_code(tmp_path):
    """lupdate over the sources finds no string that the committed .ts lacks."""
    target = tmp_path / "check.ts"
    root = Path(i18n.__file__).resolve().parents[2]
    sources = [str(p) for p in i18n.source_files()]
    import subprocess

    subprocess.run([i18n.qt_tool("lupdate"), "-silent", *sources, "-ts", str(target)], check=True, cwd=root)

    def sources_of(path: Path) -> set[tuple[str, str]]:
        tree = ET.parse(path)
        return {
            (c.findtext("name") or "", m.findtext("source") or "")
            for c in tree.iter("context")
            for m in c.iter("message")
        }

    assert sources_of(target) <= sources_of(i18n.ts_file("sv"))
    assert sources_of(target) <= sources_of(i18n.ts_file("en"))


def test_committed_qm_files_are_what_lrelease_builds(tmp_path):
    built = i18n.release(tmp_path)
    for path in built:
        committed = i18n.qm_file(path.stem.rsplit("_", 1)[1])
        assert committed.read_bytes() == path.read_bytes(), f"{committed.name} is stale: run the i18n --release"


def test_swedish_qm_really_translates(app_language):
    assert QCoreApplication.translate("Actions", "&Save") == "&Spara"
    assert QCoreApplication.translate("EditorView", "%n question(s) still without an answer.", "", 2) == (
        "2 frågor saknar fortfarande svar."
    )
    assert QCoreApplication.translate("EditorView", "%n question(s) still without an answer.", "", 1) == (
        "1 fråga saknar fortfarande svar."
    )


def _clipped_answers(page) -> list[str]:  # type: ignore[no-untyped-def]
    """Answer labels narrower than their text needs (what a user sees cut off: "4 – To a large exte")."""
    return [
        button.text()
        for group in page.groups
        for button in group.buttons.buttons()
        if button.width() < button.sizeHint().width() or not group.rect().contains(button.geometry())
    ]


def test_longer_english_answers_are_not_cut_off_at_1024_wide(window, qtbot, questionnaire):
    press(qtbot, Qt.Key.Key_Return)
    qtbot.wait(1)
    assert window.width() == 1024
    assert _clipped_answers(window.editor_view.pages[0]) == []

    window.commands.lang_en.trigger()
    qtbot.waitUntil(lambda: _clipped_answers(window.editor_view.pages[0]) == [], timeout=2000)
    for index in range(1, len(window.editor_view.pages)):
        window.editor_view.go_to(index)
        qtbot.waitUntil(lambda i=index: _clipped_answers(window.editor_view.pages[i]) == [], timeout=2000)

    # Larger text for a projector: still whole.
    window.editor_view.go_to(0)
    window.step_zoom(+1)
    window.step_zoom(+1)
    qtbot.waitUntil(lambda: _clipped_answers(window.editor_view.pages[0]) == [], timeout=2000)
    window.commands.lang_sv.trigger()
    window.set_zoom(1.0)


def _name(widget) -> str:  # type: ignore[no-untyped-def]
    """The name a screen reader reads (through Qt's accessibility interface)."""
    from PySide6.QtGui import QAccessible

    return QAccessible.queryAccessibleInterface(widget).text(QAccessible.Text.Name)
