"""Take the 200 % text size screenshots: results, plan, workshop results and the comparison at 1024×768.

Larger text is for everyone (Ctrl++, one size for every window): at 200 % the pages reflow
instead of scrolling sideways. Each shot is checked as it is taken: no visible scroll area may
scroll sideways (the script fails otherwise).

Run under a real X server (Xvfb is fine), in Swedish, with throw-away settings:

    Xvfb :91 -screen 0 1920x1080x24 &
    DISPLAY=:91 QT_QPA_PLATFORM=xcb python docs/screenshots/capture_zoom.py
"""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import capture  # noqa: E402  (sets the throw-away settings folders and the language first)
from PySide6.QtWidgets import QScrollArea, QWidget  # noqa: E402

from samverkan_gui.app import create_application  # noqa: E402
from samverkan_gui.core.assessment import Assessment, save_assessment  # noqa: E402
from samverkan_gui.core.registry import shipped_registry  # noqa: E402
from samverkan_gui.ui import zoom  # noqa: E402
from samverkan_gui.ui.i18n import install_language  # noqa: E402
from samverkan_gui.ui.main_window import MainWindow, View  # noqa: E402
from samverkan_gui.ui.workshop.window import RESULTS_TAB, WorkshopWindow  # noqa: E402

WIDTH, HEIGHT = 1024, 768
#: Three tied weakest blocks: the answers that made the plan button wider than the page.
TIED = [2] * 20 + [4]
EXAMPLE = HERE.parents[1] / "examples" / "workshop-7.samverkan-grupp"


def shoot(app, widget: QWidget, name: str) -> None:  # type: ignore[no-untyped-def]
    capture.settle(app)
    sideways = [
        area.objectName() or type(area.parent()).__name__
        for area in widget.findChildren(QScrollArea)
        if area.isVisible() and area.horizontalScrollBar().isVisible()
    ]
    assert not sideways, f"{name}: scrolls sideways in {sideways}"
    widget.grab().save(str(HERE / f"{name}-{WIDTH}x{HEIGHT}-zoom200.png"))


def main() -> int:
    app = create_application()
    app.setStyle("Fusion")
    install_language("sv")
    questionnaire = shipped_registry().default()
    window = MainWindow()  # it takes the remembered text size: 200 % after it
    window.resize(WIDTH, HEIGHT)
    window.show()
    zoom.set_zoom(2.0, remember=False)
    window.start_new(questionnaire, {"collaboration": "Samverkan kring unga i Örnsköldsvik"})
    for question_id, value in zip(questionnaire.question_ids, TIED, strict=True):
        window.session.set_answer(question_id, value)
    window.show_view(View.RESULTS)
    shoot(app, window, "results")
    scroll = window.results_view.findChild(QScrollArea)
    scroll.verticalScrollBar().setValue(scroll.verticalScrollBar().maximum())
    shoot(app, window, "results-next")
    window.results_view.next_steps.plan_button.click()
    editor = window.plan_page.editor
    editor.boxes[0].add_action_button.click()
    row = editor.boxes[0].rows[0]
    row.what.setText("Skriv spelregler för styrgruppen")
    row.who.setText("Förvaltningscheferna")
    row.due.setText("2027-03-31")
    shoot(app, window, "plan")
    window.plan_page.editor.scroll_area.ensureWidgetVisible(row.what)
    shoot(app, window, "plan-actions")

    earlier = capture._tmp / "unga-2025.samverkan"
    last_year = Assessment.new(
        questionnaire, collaboration="Samverkan kring unga i Örnsköldsvik", date=dt.date(2025, 3, 6)
    )
    for question_id in questionnaire.question_ids:
        last_year = last_year.with_answer(question_id, 3)
    save_assessment(earlier, last_year, questionnaire)
    latest = capture._tmp / "unga-2026.samverkan"
    save_assessment(latest, window.session.assessment, questionnaire)
    view = window.open_compare([earlier, latest])
    assert view is not None
    view.resize(WIDTH, HEIGHT)
    shoot(app, view, "compare")
    view.close()

    workshop = WorkshopWindow(check_recovery=False)
    assert workshop.open_path(EXAMPLE)
    workshop.resize(WIDTH, HEIGHT)
    workshop.show()
    workshop.tabs.setCurrentIndex(RESULTS_TAB)
    shoot(app, workshop, "workshop-results")
    workshop.close()
    window.autosave.shutdown()
    window.session.close()
    window.close()
    zoom.set_zoom(1.0, remember=False)
    return 0


if __name__ == "__main__":
    sys.exit(main())
