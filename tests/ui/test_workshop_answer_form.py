"""The workshop window's "Skicka ut enkäten…" and "Lägg till från svarskoder…", used as a facilitator would."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from samverkan_gui.cli import main
from samverkan_gui.core.answer_code import encode_answer_code
from samverkan_gui.core.assessment import load_assessment
from samverkan_gui.ui import dialogs
from samverkan_gui.ui.workshop import open_workshop
from samverkan_gui.ui.workshop.answer_form import AnswerCodesDialog, SendFormDialog
from samverkan_gui.ui.workshop.window import WorkshopWindow

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")


@pytest.fixture
def workshop(qtbot, app_language, fake_dialogs):  # type: ignore[no-untyped-def]
    # Not qtbot.addWidget: pytest-qt would close it after the dialogs' fake is gone.
    win = open_workshop()
    yield win
    fake_dialogs.answer("ask_save_changes", dialogs.Choice.DISCARD)  # the test's group is not the point
    win.close()
    win.deleteLater()
    qtbot.wait(1)


def _dialog(qtbot, window: WorkshopWindow, kind: type):  # type: ignore[no-untyped-def]
    qtbot.waitUntil(lambda: any(d.isVisible() for d in window.findChildren(kind)))
    return next(d for d in window.findChildren(kind) if d.isVisible())


def _codes(questionnaire, count: int) -> list[str]:  # type: ignore[no-untyped-def]
    codes = []
    for person in range(count):
        answers = {qid: (person + index) % 5 + 1 for index, qid in enumerate(questionnaire.question_ids)}
        codes.append(
            encode_answer_code(
                questionnaire,
                answers,
                respondent=f"Person {person + 1}",
                organisation="Polisen" if person % 2 else "Kommunen",
                date=dt.date(2026, 11, 26),
            )
        )
    return codes


def test_ten_pasted_codes_become_ten_participants_and_a_typo_is_refused_by_line(
    qtbot, workshop: WorkshopWindow, fake_dialogs, questionnaire, tmp_path: Path
) -> None:
    codes = _codes(questionnaire, 10)
    typo = codes[4][:10] + ("Z" if codes[4][10] != "Z" else "Y") + codes[4][11:]
    mail = "Hej! Här är svaren från i går:\n\n" + "\n".join(f"> {code}" for code in codes[:5])
    mail += f"\n{typo}\nOch resten:\n" + "\n".join(codes[5:]) + "\n\nVänliga hälsningar\nAnna\n"

    workshop.commands.add_codes.trigger()
    dialog = _dialog(qtbot, workshop, AnswerCodesDialog)
    assert not dialog.add_button.isEnabled()
    dialog.text.setFocus()
    QApplication.clipboard().setText(mail)
    qtbot.keyClick(dialog.text, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    shown = [dialog.preview.item(i).text() for i in range(dialog.preview.count())]
    assert len(shown) == 11
    assert shown[0] == "Rad 3: D1 – Person 1, Kommunen, 21 av 21 frågor besvarade"
    assert (
        shown[5]
        == "Rad 8: Koden är felskriven: kontrollsumman stämmer inte. Jämför den tecken för tecken med originalet."
    )
    assert dialog.summary.text() == "10 deltagare kan läggas till. 1 rad kan inte användas; den läggs inte till."
    assert dialog.add_button.text() == "&Lägg till 10 deltagare"

    fake_dialogs.answer("show_problems", None)
    qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
    group = workshop.session.group
    assert group.codes == tuple(f"D{n}" for n in range(1, 11))
    assert [p.name for p in group.participants] == [f"Person {n}" for n in range(1, 11)]
    [(_title, _text, problems)] = [call[1:] for call in fake_dialogs.called("show_problems")]
    assert problems == [shown[5]]
    assert "10 deltagare lades till från svarskoder." in workshop.statusBar().currentMessage()
    qtbot.waitUntil(lambda: not dialog.isVisible())

    # samverkan answer-code reads the same text the same way: the same answers, the same refusal.
    mail_file = tmp_path / "mejl.txt"
    mail_file.write_text(mail, encoding="utf-8")
    assert main(["answer-code", "--input", str(mail_file), "-o", str(tmp_path / "svar")]) == 1
    files = sorted((tmp_path / "svar").iterdir(), key=lambda p: int(re.search(r"Person-(\d+)", p.name).group(1)))
    assert [dict(load_assessment(f).answers) for f in files] == [dict(p.answers) for p in group.participants]

    # The same codes again (another evening): already in the group, nothing added twice.
    workshop.commands.add_codes.trigger()
    again = _dialog(qtbot, workshop, AnswerCodesDialog)
    again.text.setPlainText(codes[0])
    assert [again.preview.item(i).text() for i in range(again.preview.count())] == [
        "Rad 1: Koden finns redan i gruppen (deltagare D1)."
    ]
    assert not again.add_button.isEnabled()
    again.reject()


def test_send_out_writes_the_form_for_the_group(qtbot, workshop: WorkshopWindow, fake_dialogs, tmp_path: Path) -> None:
    session = workshop.session
    session.update(session.group.with_details(collaboration="Trygg hemgång <Östersund>", date=dt.date(2026, 11, 26)))
    workshop.commands.send_form.trigger()
    dialog = _dialog(qtbot, workshop, SendFormDialog)
    assert dialog.collaboration.text() == "Trygg hemgång <Östersund>"
    assert dialog.date.text() == "2026-11-26"
    assert dialog.show_score.isChecked()
    dialog.language.setCurrentIndex(dialog.language.findData("en"))
    qtbot.mouseClick(dialog.show_score, Qt.MouseButton.LeftButton)
    target = tmp_path / "form.html"
    fake_dialogs.answer("save_file_name", target)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    suggested = fake_dialogs.called("save_file_name")[0][2]
    assert suggested.endswith("Trygg-hemgång-Östersund-answer-form.html")
    page = target.read_text(encoding="utf-8")
    assert '<html lang="en">' in page
    assert "<dd>Trygg hemgång &lt;Östersund&gt;</dd>" in page and "<dd>2026-11-26</dd>" in page
    assert "does not show your result" in page
    assert workshop.export_notice.isVisible()
    qtbot.waitUntil(lambda: not dialog.isVisible())
