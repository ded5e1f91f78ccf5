"""Start-up cost: what the first paint does without, and that nothing is lost by it.

Not timed: the machine is shared. The child process starts the app exactly as ``samverkan``
does (``run_gui([])``) and reports which heavy modules are loaded at its first paint and
once the deferred start (questionnaires, recent files, recovered work) has run.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from samverkan_gui.core.qindex import QuestionnaireHeader
from samverkan_gui.core.questionnaire import LocalizedText
from samverkan_gui.ui import appdirs
from samverkan_gui.ui.main_window import MainWindow
from tests.conftest import REPO

#: Needed only once the user acts (or when there is something to recover).
DEFERRED = (
    "yaml",
    "reportlab",
    "pikepdf",
    "hashlib",
    "samverkan_gui.core.yamlio",
    "samverkan_gui.core.registry",
    "samverkan_gui.core.assessment",
    "samverkan_gui.present",
    "samverkan_gui.report",
    "samverkan_gui.ui.editor",
    "samverkan_gui.ui.results",
    "samverkan_gui.ui.plan_editor",
    "samverkan_gui.ui.compare_view",
    "samverkan_gui.ui.workshop",
    # Qt's accessibility types (QAccessible's enums): needed for a role or an announcement, not to paint.
    "samverkan_gui.ui.accessible_objects",
)

CHILD = textwrap.dedent(
    """
    import gc, json, os, sys, time
    from PySide6.QtCore import QEvent, QObject, QTimer
    from PySide6.QtWidgets import QApplication, QWidget

    DEFERRED = json.loads(sys.argv[1])
    report = {}

    def loaded():
        # "Qt": the Qt namespace's ~100 enum classes (~19 ms) are built on first touch of PySide6.QtCore.Qt.
        qt_namespace = ["Qt"] if "Qt" in vars(sys.modules["PySide6.QtCore"]) else []
        # "QAccessible": its enums of roles and events, built on first touch (~2.5 ms with its kin).
        accessible = ["QAccessible"] if "QAccessible" in vars(sys.modules["PySide6.QtGui"]) else []
        return sorted(name for name in DEFERRED if name in sys.modules) + qt_namespace + accessible

    def at_first_paint():
        import linecache
        from PySide6.QtWidgets import QAbstractItemView
        window = next(w for w in QApplication.topLevelWidgets() if w.objectName() == "main-window")
        report["paint"] = loaded()
        # Source files read at start-up: PySide6's import hook reads every module imported after it.
        report["sources_read"] = sorted(name for name in linecache.cache if "samverkan_gui" in name)
        report["item_views"] = [type(view).__name__ for view in window.findChildren(QAbstractItemView)]
        report["icon_at_paint"] = not QApplication.windowIcon().isNull()
        report["collector_at_paint"] = gc.isenabled()

    def started():
        window = next(w for w in QApplication.topLevelWidgets() if w.objectName() == "main-window")
        window.finish_start()  # the deferred start (a no-op if it has run already)
        report["started"] = loaded()
        report["title"] = window.start_view.title_label.text()
        report["recovered"] = [window.start_view.recovery_list.item(i).text()
                               for i in range(window.start_view.recovery_list.count())]
        report["recovery_shown"] = window.start_view.recovery_box.isVisible()
        deadline = time.monotonic() + 5
        while (QApplication.windowIcon().isNull() or not gc.isenabled()) and time.monotonic() < deadline:
            app.processEvents()
        report["icon_later"] = not QApplication.windowIcon().isNull()
        report["collector_later"] = gc.isenabled()
        print(json.dumps(report), flush=True)
        os._exit(0)

    class FirstPaint(QObject):
        def eventFilter(self, obj, event):
            if "paint" not in report and event.type() == QEvent.Type.Paint and isinstance(obj, QWidget):
                at_first_paint()
                QTimer.singleShot(0, started)
            return False

    app = QApplication(sys.argv[:1])
    watcher = FirstPaint()
    app.installEventFilter(watcher)
    QTimer.singleShot(30_000, lambda: os._exit(3))
    from samverkan_gui.app import run_gui
    run_gui([])
    """
)


def start_app() -> dict:
    """Start the app in a child process (this test's settings and data folders) to its first paint."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(REPO)}
    done = subprocess.run(
        [sys.executable, "-c", CHILD, json.dumps(DEFERRED)],
        cwd=REPO,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    lines = [line for line in done.stdout.splitlines() if line.startswith("{")]
    assert lines, f"the app did not paint (exit {done.returncode}): {done.stderr[-2000:]}"
    return json.loads(lines[-1])


def test_the_first_paint_needs_no_yaml_pdf_or_workshop_code_and_the_next_start_none_at_all() -> None:
    first = start_app()
    assert first["paint"] == []  # neither these modules nor the Qt namespace's enums
    # The first start reads the questionnaires once (after the paint) and remembers their titles.
    assert "yaml" in first["started"]
    assert not {"reportlab", "samverkan_gui.report", "samverkan_gui.ui.workshop"} & set(first["started"])
    assert first["title"] == "Testa din samverkan!"
    assert appdirs.questionnaire_index().is_file()

    second = start_app()
    assert second["paint"] == []
    assert second["started"] == []  # the start view is complete without reading any YAML
    assert second["title"] == "Testa din samverkan!"
    assert second["recovered"] == [] and not second["recovery_shown"]


def test_the_first_paint_reads_no_source_file_and_builds_no_empty_list() -> None:
    """What a plain Qt form of the start view's shape does not pay either (also with a screen reader on).

    PySide6 reads the whole source of every module imported after it unless told the module
    selects no PySide feature; the recovery list and the recent files are built when they have
    something to show.
    """
    found = start_app()
    assert found["sources_read"] == []
    assert found["item_views"] == []  # nothing recovered, no recent files: no list widgets
    assert found["recovered"] == [] and not found["recovery_shown"]


def test_the_window_icon_and_the_garbage_collector_wait_for_the_first_frame() -> None:
    """Decoding the icon's seven sizes for the window manager, and collecting cycles among objects
    that all live on, would only delay the first frame; both follow right after it."""
    found = start_app()
    assert not found["icon_at_paint"] and not found["collector_at_paint"]
    assert found["icon_later"] and found["collector_later"]


def test_work_left_by_a_crash_is_offered_right_after_the_first_paint(questionnaire) -> None:
    from samverkan_gui.core.assessment import Assessment, save_assessment

    start_app()  # the index exists: the offer must not depend on a YAML parse having happened anyway
    work = Assessment.new(questionnaire, collaboration="Efter kraschen")
    work = work.with_answer(questionnaire.question_ids[0], 4)
    folder = appdirs.recovery_dir(create=True)
    save_assessment(folder / f"{os.getpid() + 1_000_000}-0a1b2c.samverkan", work, questionnaire)

    found = start_app()
    assert found["paint"] == []
    assert found["recovery_shown"]
    assert len(found["recovered"]) == 1 and found["recovered"][0].startswith("Efter kraschen – 1 svar")
    assert "samverkan_gui.ui.workshop" not in found["started"]  # no group left behind: no workshop code


def test_a_workshop_group_left_by_a_crash_is_offered_too(questionnaire) -> None:
    from samverkan_gui.core.group import Group
    from samverkan_gui.core.group_file import save_group
    from samverkan_gui.ui.recovery import WORKSHOP_FOLDER

    group = Group.new(questionnaire, collaboration="Workshop i Kiruna")
    folder = appdirs.data_dir(create=True) / WORKSHOP_FOLDER
    folder.mkdir(parents=True, exist_ok=True)
    save_group(folder / f"{os.getpid() + 1_000_000}-0a1b2c.samverkan-grupp", group, questionnaire)

    found = start_app()
    assert found["paint"] == []
    assert found["recovery_shown"]
    assert len(found["recovered"]) == 1 and found["recovered"][0].startswith("Workshop i Kiruna – Grupp")


# --- the index in the window (in this process) -----------------------------------------------------


def _fresh_window(qtbot) -> MainWindow:  # type: ignore[no-untyped-def]
    window = MainWindow()
    window.show()
    qtbot.waitUntil(lambda: window._started, timeout=5000)
    return window


def _close(window: MainWindow) -> None:
    window.autosave.shutdown()
    window.session.close()
    window.close()
    window.deleteLater()


def test_a_start_from_the_index_begins_the_assessment_with_the_full_questionnaire(qtbot, app_language, questionnaire):
    first = _fresh_window(qtbot)
    _close(first)
    assert appdirs.questionnaire_index().is_file()

    window = _fresh_window(qtbot)
    try:
        assert not window.session.registry_loaded  # the titles came from the index
        assert window.start_view.title_label.text() == "Testa din samverkan!"
        assert not window.start_view.questionnaire_combo.isVisibleTo(window)  # one questionnaire
        window.start_view.collaboration_edit.setText("Från indexet")
        window.start_view.start_button.click()
        assessment = window.session.assessment
        assert assessment is not None and assessment.collaboration == "Från indexet"
        assert window.session.questionnaire == questionnaire
        assert window.editor_view.isVisible()
    finally:
        _close(window)


def test_a_questionnaire_gone_since_the_index_was_read_is_not_started(qtbot, app_language, questionnaire, fake_dialogs):
    import dataclasses

    from samverkan_gui.core.registry import QuestionnaireRegistry

    window = _fresh_window(qtbot)
    try:
        # The start view lists a title from the index; meanwhile the files hold another questionnaire.
        window.start_view.set_questionnaires([QuestionnaireHeader("borttagen", 1, LocalizedText({"sv": "Borta"}))])
        other = dataclasses.replace(
            questionnaire, id="egen-variant", version=2, title=LocalizedText({"sv": "Vår egen variant"})
        )
        registry = QuestionnaireRegistry()
        registry.add(other)
        window.session._registry = registry
        window.start_view.start_button.click()
        assert window.session.assessment is None  # nothing started with a questionnaire that is gone
        assert window.start_view.title_label.text() == "Vår egen variant"  # what is there now
        window.start_view.start_button.click()
        assert window.session.assessment is not None
        assert window.session.assessment.questionnaire_id == "egen-variant"
    finally:
        _close(window)


@pytest.mark.parametrize("broken", ["format: samverkan-questionnaire\nid: [\n"])
def test_a_refused_questionnaire_writes_no_index_so_its_message_comes_at_every_start(
    qtbot, app_language, monkeypatch, tmp_path: Path, broken: str
):
    from samverkan_gui.core import registry

    extra = tmp_path / "egna"
    extra.mkdir()
    (extra / "trasig.yaml").write_text(broken, encoding="utf-8")
    monkeypatch.setenv("SAMVERKAN_QUESTIONNAIRES", str(extra))
    monkeypatch.setattr(registry, "_shipped", None)
    for _ in range(2):
        window = _fresh_window(qtbot)
        try:
            assert "trasig.yaml" in window.statusBar().currentMessage()
            assert not appdirs.questionnaire_index().exists()
        finally:
            _close(window)
        monkeypatch.setattr(registry, "_shipped", None)


def test_the_recent_files_detail_role_is_the_first_user_role_after_qts_own() -> None:
    from PySide6.QtCore import Qt

    from samverkan_gui.ui.recent import RecentDelegate

    assert Qt.ItemDataRole.UserRole + 1 == RecentDelegate.DETAIL_ROLE


@pytest.mark.parametrize("recovered_first", [True, False])
def test_recovered_work_and_recent_files_built_later_sit_in_the_tab_order_where_they_are_seen(
    window, qtbot, tmp_path: Path, recovered_first: bool
) -> None:
    """Built after the form, they would come last on Tab: they come where they are on screen."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication

    view = window.start_view
    fill = [
        lambda: view.set_recovered([("Kvar efter en krasch", "3 svar")]),
        lambda: view.set_recent_files([tmp_path / "förra.samverkan"]),
    ]
    for step in fill if recovered_first else reversed(fill):
        step()
    qtbot.waitUntil(view.restore_button.isVisible)
    view.open_button.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is view.open_button)
    reached = [view.open_button]
    for _ in range(14):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        if QApplication.focusWidget() is not reached[-1]:  # Tab also steps through the date's parts
            reached.append(QApplication.focusWidget())
    expected = [
        view.open_button,
        view.recent_list,
        view.recovery_list,  # Tab goes round: from the last control of the view to the first
        view.restore_button,
        view.discard_button,
        view.collaboration_edit,  # the questionnaire choice is hidden: there is one questionnaire
        view.respondent_edit,
        view.organisation_edit,
        view.date_edit,
        view.start_button,
        view.open_button,
    ]
    assert [f"{type(w).__name__} {w.objectName()}" for w in reached[: len(expected)]] == [
        f"{type(w).__name__} {w.objectName()}" for w in expected
    ]
