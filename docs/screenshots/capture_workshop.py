"""Take the workshop screenshots: entry grid, results tab, projector overview and a question slide,
light and dark, at 1024×768 and 1920×1080, from examples/workshop-7.samverkan-grupp; and the
organisations' views (results sub-tab and projector slide) from
examples/workshop-organisationer.samverkan-grupp.

Run under a real X server (Xvfb is fine), in Swedish, with throw-away settings:

    Xvfb :91 -screen 0 1920x1080x24 &
    DISPLAY=:91 QT_QPA_PLATFORM=xcb python docs/screenshots/capture_workshop.py [--dark]
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import capture  # noqa: E402  (sets the throw-away settings folders and the language first)
from PySide6.QtWidgets import QApplication  # noqa: E402

from samverkan_gui.app import create_application  # noqa: E402
from samverkan_gui.ui.i18n import install_language  # noqa: E402
from samverkan_gui.ui.workshop.window import RESULTS_TAB, WorkshopWindow  # noqa: E402

EXAMPLE = HERE.parents[1] / "examples" / "workshop-7.samverkan-grupp"
ORGANISATIONS = HERE.parents[1] / "examples" / "workshop-organisationer.samverkan-grupp"


def main() -> int:
    dark = "--dark" in sys.argv
    app = create_application()
    app.setStyle("Fusion")
    if dark:
        app.setPalette(capture.dark_palette())
    install_language("sv")
    suffix = "-dark" if dark else ""
    for width, height in capture.SIZES:
        window = WorkshopWindow(check_recovery=False)
        window.session.open(EXAMPLE)
        window.resize(width, height)
        window.show()
        capture.settle(app)
        window.grab().save(str(HERE / f"workshop-entry-{width}x{height}{suffix}.png"))
        window.tabs.setCurrentIndex(RESULTS_TAB)
        capture.settle(app)
        window.grab().save(str(HERE / f"workshop-results-{width}x{height}{suffix}.png"))
        projector = window.show_projector(full_screen=False)
        projector.resize(width, height)
        projector.reveal()
        capture.settle(app)
        projector.grab().save(str(HERE / f"workshop-overview-{width}x{height}{suffix}.png"))
        projector.go_to(1)
        projector.reveal()
        capture.settle(app)
        projector.grab().save(str(HERE / f"workshop-question-{width}x{height}{suffix}.png"))
        projector.close()
        window.session.open(ORGANISATIONS)
        results = window.results
        results.lower_tabs.setCurrentWidget(results.organisations)
        capture.settle(app)
        window.grab().save(str(HERE / f"workshop-organisations-{width}x{height}{suffix}.png"))
        projector = window.show_projector(full_screen=False)
        projector.resize(width, height)
        projector.go_to(1)
        projector.reveal()
        capture.settle(app)
        projector.grab().save(str(HERE / f"workshop-organisations-projector-{width}x{height}{suffix}.png"))
        projector.close()
        window.session.new(window.session.questionnaire, "sv")
        window.close()
        window.deleteLater()
        capture.settle(app)
    QApplication.processEvents()
    return 0


if __name__ == "__main__":
    sys.exit(main())
