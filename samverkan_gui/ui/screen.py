"""Windows on the screen: sized to fit it whole, and the keyboard focus drawn where it lands.

A 1024×768 laptop (or projector) leaves about 1024×728 for windows once the taskbar
is there, and the title bar and borders come on top of the size given to ``resize``:
a window asking for its preferred size unchecked would push its bottom bar (Back/Next,
the status bar with messages) below the screen's edge.
"""

from __future__ import annotations

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QPushButton, QWidget

#: Room left for the window frame, which is only known once the window is shown
#: (title bar and borders: about 31 + 8 px on Windows at 100 %, more at 150 %).
#: Side borders are a pixel or invisible: the full width stays usable (at 1024 wide
#: the five Swedish answers then still fit on one row).
FRAME_ALLOWANCE_WIDTH = 0
FRAME_ALLOWANCE_HEIGHT = 48


def fit_on_screen(window: QWidget, width: int, height: int) -> None:
    """Resize ``window`` to ``width``×``height``, shrunk and placed so it fits the available screen."""
    screen = window.screen() or QGuiApplication.primaryScreen()
    if screen is None:
        window.resize(width, height)
        return
    available = screen.availableGeometry()
    width = max(200, min(width, available.width() - FRAME_ALLOWANCE_WIDTH))
    height = max(200, min(height, available.height() - FRAME_ALLOWANCE_HEIGHT))
    window.resize(width, height)
    # Centred, with the title bar inside the available area.
    left = available.x() + max(0, (available.width() - width - FRAME_ALLOWANCE_WIDTH) // 2)
    top = available.y() + max(0, (available.height() - height - FRAME_ALLOWANCE_HEIGHT) // 2)
    window.move(left, top)


def show_keyboard_focus(widget: QWidget) -> None:
    """Give ``widget`` the focus with its focus frame drawn, as a Tab press would.

    Styles draw the frame only after a keyboard focus change in the window; moving the
    focus from code (to the results' Export button after Ctrl+R) would leave it invisible.
    """
    # Imported here: the Qt namespace's enums cost ~20 ms and ~1.4 MB, not needed before the first paint.
    from PySide6.QtCore import Qt

    widget.setFocus(Qt.FocusReason.TabFocusReason)
    # After setFocus: a Tab reason outside a real Tab key event clears the flag again.
    widget.window().setAttribute(Qt.WidgetAttribute.WA_KeyboardFocusChange)
    widget.update()


def in_tab_order(after: QWidget, *widgets: QWidget) -> None:
    """Put ``widgets``, in this order, right after ``after`` in the Tab order.

    A widget added to a window joins the end of its Tab order; one built later than its
    neighbours on screen (the start view's recovered work) is moved to where it is seen.
    """
    for before, widget in zip((after, *widgets), widgets, strict=False):
        QWidget.setTabOrder(before, widget)


def enter_presses(*buttons: QPushButton) -> None:
    """Let Enter press these buttons when they have the focus, as Space does.

    Outside dialogs Qt's push buttons ignore Enter: a keyboard user on "Restore"
    or "Export PDF…" would press it and nothing would happen.
    """
    for button in buttons:
        button.setAutoDefault(True)
