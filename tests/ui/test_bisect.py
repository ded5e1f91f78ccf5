from PySide6.QtCore import Qt
from tests.ui.conftest import press
from samverkan_gui.core.assessment import Assessment, save_assessment
CTRL = Qt.KeyboardModifier.ControlModifier

def test_a(window, qtbot, fake_dialogs, questionnaire, tmp_path):
    a = Assessment.new(questionnaire, collaboration="x")
    for q in questionnaire.question_ids:
        a = a.with_answer(q, 3)
    path = tmp_path / "a.samverkan"
    save_assessment(path, a, questionnaire)
    import os
    mode = os.environ.get("BISECT")
    if mode == "1":
        window.open_path(path)
    elif mode == "2":
        fake_dialogs.answer("open_file_name", path)
        press(qtbot, Qt.Key.Key_O, CTRL)
    elif mode == "3":
        fake_dialogs.answer("open_file_name", path)
        window.actions.open.trigger()
    elif mode == "4":
        window.session.open(path)
    elif mode == "5":
        window.open_path(path)
        fake_dialogs.answer("save_file_name", tmp_path / "r.pdf")
        window.export_pdf()
        window.open_path(path)
    elif mode == "6":
        window.open_path(path)
        window.session.close()
        window.open_path(path)
    elif mode == "7":
        window.open_path(path)
        window.open_path(path)
    elif mode == "8":
        window.open_path(path)
        window.session.close()
    elif mode == "9":
        press(qtbot, Qt.Key.Key_Return)
        press(qtbot, Qt.Key.Key_3)
        fake_dialogs.answer("ask_save_changes", __import__("samverkan_gui.ui.dialogs").ui.dialogs.Choice.DISCARD)
        press(qtbot, Qt.Key.Key_N, CTRL)
        window.open_path(path)
    elif mode == "10":
        press(qtbot, Qt.Key.Key_Return)
        press(qtbot, Qt.Key.Key_3)
        window.open_path(path, ask=False)
    elif mode == "11":
        press(qtbot, Qt.Key.Key_Return)
        press(qtbot, Qt.Key.Key_3)
        window.session.close()
