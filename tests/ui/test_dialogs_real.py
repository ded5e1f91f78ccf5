"""The real dialog functions (every other test uses fakes): they open, show plain text and answer."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QDialog, QDialogButtonBox, QLineEdit, QMessageBox

from samverkan_gui.ui import dialogs

# Taken at import, before the autouse fixture replaces them with fakes.
REAL = {
    name: getattr(dialogs, name)
    for name in (
        "show_error",
        "show_problems",
        "ask_save_changes",
        "ask_yes_no",
        "ask_follow_up",
        "ask_other_collaborations",
        "edit_details",
        "open_file_name",
        "get_text",
        "show_about",
        "ask_file_in_use",
        "ask_file_changed",
        "show_save_failed",
    )
}


def _then(qtbot, action) -> list[str]:  # type: ignore[no-untyped-def]
    """Run ``action`` on the modal dialog as soon as it is open; returns what it showed."""
    seen: list[str] = []

    def act() -> None:
        modal = QApplication.activeModalWidget()
        if modal is None:
            QTimer.singleShot(20, act)
            return
        seen.append(modal.text() if isinstance(modal, QMessageBox) else modal.windowTitle())
        action(modal)

    QTimer.singleShot(0, act)
    return seen


def test_error_message_is_plain_text(qtbot, app_language):
    seen = _then(qtbot, lambda box: box.accept())
    REAL["show_error"](None, "Fel", "<b>fil.samverkan</b> kan inte läsas", "detaljer")
    assert seen == ["<b>fil.samverkan</b> kan inte läsas"]


def test_save_changes_question_has_swedish_buttons_and_answers(qtbot, app_language):
    def press_discard(box: QMessageBox) -> None:
        assert box.button(QMessageBox.StandardButton.Cancel).text() == "Avbryt"
        box.button(QMessageBox.StandardButton.Discard).click()

    seen = _then(qtbot, press_discard)
    assert REAL["ask_save_changes"](None, "a.samverkan") is dialogs.Choice.DISCARD
    assert seen == ["Vill ni spara ändringarna i a.samverkan?"]
    _then(qtbot, lambda box: box.reject())
    assert REAL["ask_save_changes"](None, "a.samverkan") is dialogs.Choice.CANCEL


def test_yes_no_defaults_to_no(qtbot, app_language):
    _then(qtbot, lambda box: box.defaultButton().click())
    assert REAL["ask_yes_no"](None, "Ersätta?", "x finns redan") is False


def test_yes_no_can_default_to_yes(qtbot, app_language):
    _then(qtbot, lambda box: box.defaultButton().click())
    assert REAL["ask_yes_no"](None, "Återställa?", "Grupp hittad", default_yes=True) is True


def test_problems_list_each_file_as_plain_text(qtbot, app_language):
    seen = _then(qtbot, lambda box: box.accept())
    REAL["show_problems"](None, "Filer", "Kunde inte läggas till:", ["<i>a.samverkan</i>: trasig", "b.txt: fel typ"])
    assert seen == ["Kunde inte läggas till:\n\n<i>a.samverkan</i>: trasig\n\nb.txt: fel typ"]


def test_text_question_returns_typed_text_or_none(qtbot, app_language):
    def type_and_accept(dialog: QDialog) -> None:
        dialog.findChild(QLineEdit).setText("D7")
        dialog.accept()

    _then(qtbot, type_and_accept)
    assert REAL["get_text"](None, "Byt namn", "Kod:", "D1") == "D7"
    _then(qtbot, lambda dialog: dialog.reject())
    assert REAL["get_text"](None, "Byt namn", "Kod:", "D1") is None


def test_details_form_returns_the_typed_values(qtbot, app_language):
    def type_and_accept(dialog: QDialog) -> None:
        dialog.findChild(QLineEdit, "details-collaboration").setText("Nytt")
        dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok).click()

    _then(qtbot, type_and_accept)
    values = REAL["edit_details"](
        None, "Uppgifter", [("collaboration", "Samverkan:", "Gammalt"), ("date", "Datum:", "")]
    )
    assert values == {"collaboration": "Nytt", "date": ""}
    _then(qtbot, lambda dialog: dialog.reject())
    assert REAL["edit_details"](None, "Uppgifter", [("collaboration", "Samverkan:", "x")]) is None


def test_open_dialog_cancelled_gives_none(qtbot, app_language, tmp_path):
    _then(qtbot, lambda dialog: dialog.reject())
    assert REAL["open_file_name"](None, "Öppna", str(tmp_path), "Samverkan (*.samverkan)") is None


def test_about_box_opens(qtbot, app_language):
    seen = _then(qtbot, lambda box: box.accept())
    REAL["show_about"](None, "Om Samverkan", "<h3>Samverkan</h3>")
    assert seen == ["<h3>Samverkan</h3>"]  # our own HTML, shown as such


def test_details_dialog_follows_the_windows_text_size(window, qtbot, monkeypatch, questionnaire):
    from PySide6.QtCore import Qt

    from tests.ui.conftest import press

    window.start_new(questionnaire, {"collaboration": "Stor text"})
    normal = QApplication.font().pointSizeF()
    window.set_zoom(2.0, remember=False)
    monkeypatch.setattr(dialogs, "edit_details", REAL["edit_details"])
    sizes: dict[str, float] = {}

    def look_and_cancel(dialog: QDialog) -> None:
        edit = dialog.findChild(QLineEdit, "details-collaboration")
        sizes["field"] = edit.font().pointSizeF()
        sizes["button"] = (
            dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok).font().pointSizeF()
        )
        assert edit.text() == "Stor text"
        dialog.reject()

    _then(qtbot, look_and_cancel)
    press(qtbot, Qt.Key.Key_I, Qt.KeyboardModifier.ControlModifier)
    assert sizes == {"field": normal * 2.0, "button": normal * 2.0}
    assert window.session.assessment.collaboration == "Stor text"


def test_messages_follow_the_windows_text_size(window, qtbot):
    normal = QApplication.font().pointSizeF()
    window.set_zoom(1.5, remember=False)
    sizes: list[float] = []

    def look(box: QMessageBox) -> None:
        sizes.append(box.font().pointSizeF())
        box.accept()

    _then(qtbot, look)
    REAL["show_error"](window, "Fel", "Filen kan inte läsas")
    _then(qtbot, look)
    REAL["ask_yes_no"](window, "Ersätta?", "x finns redan")
    assert sizes == [normal * 1.5] * 2


def _button(box: QMessageBox, text: str):  # type: ignore[no-untyped-def]
    [button] = [b for b in box.buttons() if b.text().replace("&", "") == text]
    return button


def test_file_in_use_names_who_and_offers_three_ways(qtbot, app_language):
    texts: list[list[str]] = []

    def choose(label: str):  # type: ignore[no-untyped-def]
        def act(box: QMessageBox) -> None:
            texts.append([b.text().replace("&", "") for b in box.buttons()])
            assert box.defaultButton() is _button(box, "Öppna skrivskyddad")
            _button(box, label).click()

        return act

    ask = REAL["ask_file_in_use"]
    seen = _then(qtbot, choose("Öppna en kopia"))
    assert ask(None, "a.samverkan", "kerstin", "KOMMUN-PC", "2026-12-01 09:14") is dialogs.InUse.COPY
    assert seen == ["Filen används av kerstin på KOMMUN-PC sedan 2026-12-01 09:14."]
    assert sorted(texts[0]) == sorted(["Öppna skrivskyddad", "Öppna en kopia", "Öppna ändå", "Avbryt"])
    _then(qtbot, choose("Öppna ändå"))
    assert ask(None, "a.samverkan", "k", "PC", "nu") is dialogs.InUse.ANYWAY
    _then(qtbot, lambda box: box.reject())  # Esc
    assert ask(None, "a.samverkan", "k", "PC", "nu") is dialogs.InUse.CANCEL


def test_file_changed_offers_reload_save_as_overwrite(qtbot, app_language):
    ask = REAL["ask_file_changed"]
    seen = _then(qtbot, lambda box: _button(box, "Läs in igen").click())
    assert ask(None, "a.samverkan") is dialogs.Changed.RELOAD
    assert seen == ["a.samverkan har ändrats av någon annan sedan ni öppnade den."]
    _then(qtbot, lambda box: box.defaultButton().click())  # Enter: the choice that keeps both
    assert ask(None, "a.samverkan") is dialogs.Changed.SAVE_AS
    _then(qtbot, lambda box: _button(box, "Skriv över").click())
    assert ask(None, "a.samverkan") is dialogs.Changed.OVERWRITE
    _then(qtbot, lambda box: box.reject())
    assert ask(None, "a.samverkan") is dialogs.Changed.CANCEL


def test_failed_save_offers_save_as(qtbot, app_language):
    show = REAL["show_save_failed"]
    _then(qtbot, lambda box: _button(box, "Spara som…").click())
    assert show(None, "Kunde inte sparas", "Filen x kunde inte sparas.") is True
    _then(qtbot, lambda box: box.reject())
    assert show(None, "Kunde inte sparas", "Filen x kunde inte sparas.") is False


def test_the_follow_up_dialog_asks_the_date_with_a_picker_and_what_comes_along(qtbot, app_language):
    import datetime as dt

    from PySide6.QtCore import QDate
    from PySide6.QtWidgets import QCheckBox, QDateEdit

    shown: dict[str, object] = {}

    def choose(dialog: QDialog) -> None:
        date = dialog.findChild(QDateEdit, "follow-up-date")
        plan = dialog.findChild(QCheckBox, "follow-up-plan")
        shown.update(popup=date.calendarPopup(), date=date.date(), plan=plan.text(), checked=plan.isChecked())
        date.setDate(QDate(2026, 3, 20))
        plan.setChecked(False)
        dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok).click()

    seen = _then(qtbot, choose)
    choice = REAL["ask_follow_up"](None, "unga-2025.samverkan", dt.date(2026, 3, 6), 2)
    assert seen == ["Ny uppföljning"]
    assert shown == {
        "popup": True,  # a date picker
        "date": QDate(2026, 3, 6),  # today by default
        "plan": "Handlings&planen (åtgärder: 2), så att ni kan uppdatera deras status",
        "checked": True,
    }
    assert choice == dialogs.FollowUpChoice(dt.date(2026, 3, 20), carry_plan=False)
    _then(qtbot, lambda dialog: dialog.reject())
    assert REAL["ask_follow_up"](None, "unga-2025.samverkan", dt.date(2026, 3, 6), 0) is None


def test_other_collaborations_offer_removing_them_first(qtbot, app_language):
    seen = _then(qtbot, lambda box: _button(box, "Ta bort de andra").click())
    answer = REAL["ask_other_collaborations"](None, "Filerna gäller olika samverkan: …")
    assert seen == ["Filerna gäller olika samverkan: …"]
    assert answer is dialogs.OtherCollaborations.REMOVE_OTHERS
    _then(qtbot, lambda box: box.reject())  # Esc: nothing changes
    assert REAL["ask_other_collaborations"](None, "x") is dialogs.OtherCollaborations.CANCEL
