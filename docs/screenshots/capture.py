"""Take the README screenshots: start view, a block page, the results (top and next steps), the action
plan and the comparison over time, at 1024×768 and 1920×1080.

Run under a real X server (Xvfb is fine), in Swedish, with throw-away settings:

    Xvfb :91 -screen 0 1920x1080x24 &
    DISPLAY=:91 QT_QPA_PLATFORM=xcb python docs/screenshots/capture.py [--dark]
"""

from __future__ import annotations

import datetime as dt
import os
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[1]))
_tmp = Path(tempfile.mkdtemp(prefix="samverkan-shots-"))
os.environ["SAMVERKAN_CONFIG_DIR"] = str(_tmp / "config")
os.environ["SAMVERKAN_DATA_DIR"] = str(_tmp / "data")
os.environ["SAMVERKAN_LANG"] = "sv"

from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtGui import QColor, QPalette  # noqa: E402
from PySide6.QtWidgets import QApplication, QScrollArea  # noqa: E402

from samverkan_gui.app import create_application  # noqa: E402
from samverkan_gui.core.assessment import Assessment, save_assessment  # noqa: E402
from samverkan_gui.core.plan import Action, BlockPlan, Status  # noqa: E402
from samverkan_gui.core.registry import shipped_registry  # noqa: E402
from samverkan_gui.ui import appdirs  # noqa: E402
from samverkan_gui.ui.i18n import install_language  # noqa: E402
from samverkan_gui.ui.main_window import MainWindow, View  # noqa: E402

SIZES = [(1024, 768), (1920, 1080)]
ANSWERS = [4, 3, 4, 5, 3, 2, 3, 2, 3, 3, 2, 4, 4, 3, 4, 3, 4, 4, 3, 4, 4]
#: Two earlier years of the same collaboration, for the comparison over time.
EARLIER = [
    (dt.date(2024, 11, 18), [3, 3, 3, 4, 3, 2, 2, 2, 2, 3, 2, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3]),
    (dt.date(2025, 11, 20), [4, 3, 3, 4, 3, 2, 3, 2, 3, 3, 2, 3, 4, 3, 3, 3, 4, 3, 3, 4, 3]),
]
PLAN = (
    BlockPlan(
        block="organisatorisk-design",
        why="Besluten fattas mellan mötena, av dem som råkar vara där.",
        what="Spelregler för styrgruppen: mandat, beslutsordning och vem som företräder vem.",
        who="Styrgruppen, näringslivskontoret och företagarföreningen",
        when_where="Arbetsmöte i januari, beslut på vårens första rådsmöte",
        how="Ett utkast från näringslivskontoret, synpunkter från alla parter, beslut i rådet.",
        actions=(
            Action(
                "Skriv ett utkast till spelregler", "Anna, näringslivskontoret", dt.date(2027, 1, 31), Status.STARTED
            ),
            Action("Bjud in civilsamhällets nätverk till rådet", "Ordföranden", None, Status.PLANNED),
            Action("Boka vårens möten", "Sekreteraren", dt.date(2026, 12, 15), Status.DONE),
        ),
    ),
)


#: Text on its background in the dark palette: each pair must reach WCAG AA (4.5:1) for text.
DARK_TEXT_PAIRS = [
    ("WindowText", "Window"),
    ("Text", "Base"),
    ("Text", "AlternateBase"),
    ("ButtonText", "Button"),
    ("HighlightedText", "Highlight"),
    ("PlaceholderText", "Base"),
    ("ToolTipText", "ToolTipBase"),
    ("Link", "Window"),
    ("Link", "Base"),
    ("LinkVisited", "Window"),
    ("LinkVisited", "Base"),
]


def dark_palette() -> QPalette:
    """Fusion in dark colours; every text colour meets WCAG AA on its background (see DARK_TEXT_PAIRS).

    Disabled text stays dimmer on purpose (WCAG exempts inactive controls).
    """
    palette = QPalette()
    for role, colour in {
        QPalette.ColorRole.Window: "#2b2b2b",
        QPalette.ColorRole.WindowText: "#eeeeee",
        QPalette.ColorRole.Base: "#1e1e1e",
        QPalette.ColorRole.AlternateBase: "#3a3f4b",
        QPalette.ColorRole.Text: "#eeeeee",
        QPalette.ColorRole.Button: "#353535",
        QPalette.ColorRole.ButtonText: "#eeeeee",
        QPalette.ColorRole.Highlight: "#2a6fbd",  # white on it: 5.1:1
        QPalette.ColorRole.HighlightedText: "#ffffff",
        QPalette.ColorRole.PlaceholderText: "#9a9a9a",
        QPalette.ColorRole.ToolTipBase: "#353535",
        QPalette.ColorRole.ToolTipText: "#eeeeee",
        QPalette.ColorRole.Link: "#8ab4f8",
        QPalette.ColorRole.LinkVisited: "#c58af9",
    }.items():
        palette.setColor(role, QColor(colour))
    palette.setColor(QPalette.ColorGroup.Disabled, QPalette.ColorRole.WindowText, QColor("#8a8a8a"))
    palette.setColor(QPalette.ColorGroup.Disabled, QPalette.ColorRole.ButtonText, QColor("#8a8a8a"))
    return palette


def settle(app: QApplication) -> None:
    for _ in range(5):
        app.processEvents()


def main() -> int:
    dark = "--dark" in sys.argv
    scale = float(os.environ.get("QT_SCALE_FACTOR", "1") or 1)
    app = create_application()
    app.setStyle("Fusion")
    if dark:
        app.setPalette(dark_palette())
    install_language("sv")
    questionnaire = shipped_registry().default()
    # The recent list as a user has it after a while: a group file and an assessment in progress.
    examples = HERE.parents[1] / "examples"
    group = _tmp / "Workshop unga i Norrby.samverkan-grupp"
    group.write_bytes((examples / "workshop-7.samverkan-grupp").read_bytes())
    appdirs.add_recent_file(group)
    recent = _tmp / "Näringslivsrådet-2026-11-20.samverkan"
    sample = Assessment.new(questionnaire, collaboration="Näringslivsrådet i Storby kommun")
    for question in questionnaire.questions[:12]:
        sample = sample.with_answer(question.id, 3)
    save_assessment(recent, sample, questionnaire)
    appdirs.add_recent_file(recent)
    suffix = ("-dark" if dark else "") + (f"-scale{scale:g}" if scale != 1 else "")
    for width, height in SIZES:
        window = MainWindow()
        window.resize(round(width / scale), round(height / scale))  # physical pixels as on such a screen
        window.show()
        window.activateWindow()
        settle(app)
        window.grab().save(str(HERE / f"start-{width}x{height}{suffix}.png"))

        window.start_new(
            questionnaire,
            {
                "collaboration": "Näringslivsrådet i Storby kommun",
                "respondent": "Näringslivsutvecklare",
                "organisation": "Storby kommun",
            },
        )
        for question_id, value in zip(questionnaire.question_ids[:7], ANSWERS, strict=False):
            window.session.set_answer(question_id, value)
        window.editor_view.go_to(1, focus=False)
        window.editor_view.pages[1].groups[2].focus_entry()
        settle(app)
        window.grab().save(str(HERE / f"block-{width}x{height}{suffix}.png"))

        for question_id, value in zip(questionnaire.question_ids, ANSWERS, strict=True):
            window.session.set_answer(question_id, value)
        window.session.set_note(questionnaire.blocks[1].id, "Vi saknar spelregler för beslut mellan mötena.")
        window.editor_view.request_results()
        assert window.current_view() == View.RESULTS
        settle(app)
        window.grab().save(str(HERE / f"results-{width}x{height}{suffix}.png"))
        scroll = window.results_view.findChild(QScrollArea)
        scroll.verticalScrollBar().setValue(scroll.verticalScrollBar().maximum())
        settle(app)
        window.grab().save(str(HERE / f"results-next-{width}x{height}{suffix}.png"))

        # "Skriv en handlingsplan för …": the weakest block chosen, then the group's plan written.
        window.results_view.next_steps.plan_button.click()
        assert window.current_view() == View.PLAN
        window.session.set_plan(PLAN)
        settle(app)
        window.plan_page.editor.boxes[0].rows[0].what.setFocus()
        settle(app)
        window.grab().save(str(HERE / f"plan-{width}x{height}{suffix}.png"))

        # Two earlier years and this one, given out of order: the comparison sorts them by date.
        paths = []
        for date, answers in EARLIER:
            earlier = Assessment.new(questionnaire, collaboration="Näringslivsrådet i Storby kommun", date=date)
            for question_id, value in zip(questionnaire.question_ids, answers, strict=True):
                earlier = earlier.with_answer(question_id, value)
            if date.year == 2025:
                earlier = earlier.with_plan(PLAN)
            path = _tmp / f"naringslivsradet-{date.isoformat()}.samverkan"
            save_assessment(path, earlier, questionnaire)
            paths.append(path)
        latest = _tmp / "naringslivsradet-2026.samverkan"
        save_assessment(latest, window.session.assessment, questionnaire)
        view = window.open_compare([paths[1], latest, paths[0]])
        assert view is not None
        view.resize(round(width / scale), round(height / scale))
        settle(app)
        view.grab().save(str(HERE / f"compare-{width}x{height}{suffix}.png"))
        view.close()
        window.autosave.shutdown()
        window.session.close()
        window.close()
        window.deleteLater()
        settle(app)
    QApplication.setOverrideCursor(Qt.CursorShape.ArrowCursor)
    QApplication.restoreOverrideCursor()
    return 0


if __name__ == "__main__":
    sys.exit(main())
