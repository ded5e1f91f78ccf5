"""A file named ``budget%2.samverkan`` is shown as named in every message, never as "budgetanna…".

Placeholders are filled in one pass (``core.placeholders.fill``); a guard below fails if a
chained ``.replace("%1", …)`` fill comes back anywhere in the package.
"""

from __future__ import annotations

import ast
import datetime as dt
import re
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from samverkan_gui.core import lockfile
from samverkan_gui.core.assessment import Assessment, save_assessment
from samverkan_gui.ui import dialogs
from tests.conftest import REPO

ODD_NAME = "budget%2.samverkan"

# Taken at import, before the autouse fixture replaces the dialogs with fakes.
REAL_ASK_FILE_IN_USE = dialogs.ask_file_in_use


def _locked_by_anna(path: Path) -> None:
    since = dt.datetime.now(dt.UTC).replace(microsecond=0) - dt.timedelta(hours=1)
    lockfile.lock_path(path).write_text(f"Samverkan,anna,PC-7,{since.isoformat()},4242\n", encoding="utf-8")


def test_save_as_over_a_file_open_elsewhere_names_the_file_as_it_is(window, fake_dialogs, tmp_path, questionnaire):
    target = tmp_path / ODD_NAME
    save_assessment(target, Assessment.new(questionnaire, collaboration="Budget"), questionnaire)
    _locked_by_anna(target)
    mine = tmp_path / "mine.samverkan"
    save_assessment(mine, Assessment.new(questionnaire, collaboration="Budget"), questionnaire)
    assert window.open_path(mine)
    fake_dialogs.answer("save_file_name", target)
    fake_dialogs.answer("ask_yes_no", False)
    assert not window.save_as()
    [(_parent, _title, question)] = fake_dialogs.called("ask_yes_no")
    assert question == f"{ODD_NAME} är öppen i en annan kopia av Samverkan (anna på PC-7). Vill ni ersätta den ändå?"


def test_the_file_in_use_dialog_shows_name_and_user_as_they_are(qtbot, app_language):
    seen: list[str] = []

    def read_and_cancel() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(20, read_and_cancel)
            return
        seen.extend((box.text(), box.informativeText()))
        box.reject()

    QTimer.singleShot(0, read_and_cancel)
    assert REAL_ASK_FILE_IN_USE(None, ODD_NAME, "anna%3", "PC-7", "2026-03-06 09:15") is dialogs.InUse.CANCEL
    assert seen[0] == "Filen används av anna%3 på PC-7 sedan 2026-03-06 09:15."
    assert seen[1].startswith(f"{ODD_NAME} är öppen i en annan kopia av Samverkan.")


def _replace_fills(tree: ast.AST) -> list[int]:
    """Lines where a placeholder is filled with ``.replace("%N", …)`` (chained, it replaces inside values)."""
    return [
        node.lineno
        for node in ast.walk(tree)
        if isinstance(node, ast.Call)
        and isinstance(node.func, ast.Attribute)
        and node.func.attr == "replace"
        and node.args
        and isinstance(node.args[0], ast.Constant)
        and isinstance(node.args[0].value, str)
        and re.fullmatch(r"%\d+", node.args[0].value)
    ]


def test_no_placeholder_is_filled_by_replace():
    found = []
    for path in sorted((REPO / "samverkan_gui").rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        found += [f"{path.relative_to(REPO)}:{line}" for line in _replace_fills(tree)]
    assert found == [], "fill placeholders with core.placeholders.fill, in one pass"


def test_the_guard_sees_a_chained_fill():
    assert _replace_fills(ast.parse('text = tr("%1 of %2").replace("%1", a).replace("%2", b)')) == [1, 1]
    assert _replace_fills(ast.parse('text = fill(tr("%1 of %2"), a, b)')) == []
