"""What the app tells screen readers beyond what Qt's widgets tell them by themselves.

**Roles.** A widget class may declare ``ACCESSIBLE_ROLE`` (a ``QAccessible.Role``); it is then
reported with that role instead of the plain widget's (``Client``, which Orca treats as a
layout-only filler and never reads). A block page is a *grouping*: entering it, Orca says its
name ("Block 2 of 4: …") once, as it does for any named group the focus moves into.
With ``ACCESSIBLE_AS_ONE = True`` as well, its parts are not reported: the widget is one
object whose name says what matters now (the entry grid: the current cell, in words).

**Announcements.** Status-bar messages ("Saved …", "21 questions still without an answer."), a
rating confirmed by a digit key, a projector slide's results revealed: a sighted user sees them
appear; a screen-reader user only hears them if they are announced. :func:`announce` does it
with one mechanism per accessibility bridge, so that no screen reader hears a message twice:

* AT-SPI (Linux and the other X11/Wayland desktops): a short-lived, invisible object with the
  role *notification* appears; Orca speaks "notification" and its name when one becomes
  showing (every Orca version does; Orca 43 ignores Qt's announcement event, see
  docs/accessibility.md).
* Windows (UI Automation: NVDA, Narrator, JAWS) and macOS (VoiceOver): Qt's announcement event
  (``QAccessibleAnnouncementEvent``, Qt 6.8), which those bridges raise as a notification.

:func:`announce_status_messages` makes every message of a window's status bar announced, so no
caller of ``showMessage`` has to remember it.
"""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer

if TYPE_CHECKING:
    from PySide6.QtWidgets import QLineEdit, QStatusBar, QWidget

#: How long a notification object stays (ms): long enough for a screen reader to read its name.
LIFETIME_MS = 30_000


def uses_at_spi() -> bool:
    """Whether Qt talks to screen readers through AT-SPI here (not UI Automation or macOS)."""
    return sys.platform not in ("win32", "cygwin", "darwin")


# --- roles -------------------------------------------------------------------------------------


def install_roles() -> None:
    """Let widget classes declare ``ACCESSIBLE_ROLE`` (call before such a widget is first queried)."""
    # The role wrappers live apart: Qt's accessibility types are not needed before the first paint.
    from samverkan_gui.ui.accessible_objects import install_roles as install

    install()


# --- focus ---------------------------------------------------------------------------------------


def settle_caret(*edits: QLineEdit) -> None:
    """Give line edits made empty a caret position now, so Tab into them is spoken.

    A line edit built without text has no caret position yet; the first time it gets the
    focus it reports its caret moving *before* it reports the focus, and Orca follows the
    caret there silently: Tab into "Your name or role" said nothing (Shift+Tab back did).
    """
    for edit in edits:
        edit.setCursorPosition(edit.cursorPosition())


# --- announcements -----------------------------------------------------------------------------


def announce(widget: QWidget, text: str) -> None:
    """Have screen readers say ``text`` (about ``widget``'s window) without a focus change."""
    text = text.strip()
    if not text:
        return
    if not uses_at_spi():
        from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent

        QAccessible.updateAccessibility(QAccessibleAnnouncementEvent(widget, text))
        return
    window = widget.window()
    if not window.isVisible():
        return
    from samverkan_gui.ui.accessible_objects import Notification, when_active

    # A new object per message: the screen reader reads the name when it gets to the event,
    # and by then one shared object could already carry the next message.
    note = Notification(text, window)
    QTimer.singleShot(LIFETIME_MS, note.deleteLater)
    # "Saved …" comes as the file dialog closes, before the window manager has handed the
    # activation back: shown then, Orca said it before or after the window and its focus,
    # depending on which event reached it first (and real speech cut it off when before).
    when_active(window, note.show, owner=note)


def announce_status_messages(status_bar: QStatusBar) -> None:
    """Announce every message the status bar shows (``showMessage``), as it appears."""
    status_bar.messageChanged.connect(lambda text: announce(status_bar, text))


def announced(window: QWidget) -> list[str]:
    """The texts announced in ``window`` that are still around (for tests); not those still
    waiting for the window to be active again."""
    from samverkan_gui.ui.accessible_objects import Notification

    return [note.text for note in window.findChildren(Notification) if not note.isHidden()]
