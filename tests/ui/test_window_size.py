"""Every top-level window opens with all of itself on the screen (1024×768 laptops, projectors)."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QGuiApplication

from samverkan_gui.ui.screen import FRAME_ALLOWANCE_HEIGHT, FRAME_ALLOWANCE_WIDTH

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")


def _fits(window) -> bool:  # type: ignore[no-untyped-def]
    available = QGuiApplication.primaryScreen().availableGeometry()
    # The frame (title bar, borders) comes on top of the window's own size.
    return (
        window.width() + FRAME_ALLOWANCE_WIDTH <= available.width()
        and window.height() + FRAME_ALLOWANCE_HEIGHT <= available.height()
        and available.contains(window.pos())
    )


def test_main_window_first_start_fits_the_screen(qtbot, app_language):
    from samverkan_gui.ui.main_window import MainWindow

    available = QGuiApplication.primaryScreen().availableGeometry()
    # The offscreen screen is smaller than the window's preferred 1100×820, like a 1024×768 laptop.
    assert available.height() < 820 + FRAME_ALLOWANCE_HEIGHT
    window = MainWindow()
    try:
        assert _fits(window)
        window.show()
        qtbot.waitExposed(window)
        # The status bar (where "PDF written to …" appears) is inside the screen.
        status_bottom = window.statusBar().mapToGlobal(window.statusBar().rect().bottomLeft()).y()
        assert status_bottom <= available.bottom()
    finally:
        window.close()
        window.deleteLater()


def test_workshop_window_fits_the_screen(qtbot, app_language):
    from samverkan_gui.ui.workshop.window import WorkshopWindow

    window = WorkshopWindow(check_recovery=False)
    qtbot.addWidget(window)
    assert _fits(window)
