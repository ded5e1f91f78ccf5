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

from PySide6.QtCore import QTimer
from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent, QAccessibleInterface
from PySide6.QtWidgets import QAccessibleWidget, QLineEdit, QStatusBar, QWidget

#: How long a notification object stays (ms): long enough for a screen reader to read its name.
LIFETIME_MS = 30_000


def uses_at_spi() -> bool:
    """Whether Qt talks to screen readers through AT-SPI here (not UI Automation or macOS)."""
    return sys.platform not in ("win32", "cygwin", "darwin")


# --- roles -------------------------------------------------------------------------------------


class _RoleAccessible(QAccessibleWidget):
    def __init__(self, widget: QWidget, role: QAccessible.Role) -> None:
        super().__init__(widget, role)


class _WholeAccessible(_RoleAccessible):
    """One object, no parts: what Qt reports of its inside (a table's cells) stays out of sight."""

    def childCount(self) -> int:
        return 0

    def child(self, _index: int) -> QAccessibleInterface:
        # Qt's item views report "the focus moved to cell n" as an event on child n: with no
        # children that is the widget itself (returning nothing would log a warning per key).
        return self

    def indexOfChild(self, _child: QAccessibleInterface) -> int:
        return -1


def _factory(_class_name: str, instance: object) -> QAccessibleInterface | None:
    kind = type(instance)
    role = getattr(kind, "ACCESSIBLE_ROLE", None)
    if role is None or not isinstance(instance, QWidget):
        return None
    if getattr(kind, "ACCESSIBLE_AS_ONE", False):
        return _WholeAccessible(instance, role)
    return _RoleAccessible(instance, role)


_factory_installed = False


def install_roles() -> None:
    """Let widget classes declare ``ACCESSIBLE_ROLE`` (call before such a widget is first queried)."""
    global _factory_installed
    if not _factory_installed:
        QAccessible.installFactory(_factory)
        _factory_installed = True


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


class Notification(QWidget):
    """An invisible object (1×1, outside any layout) that a screen reader reads as it appears."""

    ACCESSIBLE_ROLE = QAccessible.Role.Notification

    def __init__(self, text: str, parent: QWidget) -> None:
        install_roles()
        super().__init__(parent)
        self.text = text
        self.setObjectName("announcement")
        self.setGeometry(0, 0, 1, 1)
        self.setAccessibleName(text)


def announce(widget: QWidget, text: str) -> None:
    """Have screen readers say ``text`` (about ``widget``'s window) without a focus change."""
    text = text.strip()
    if not text:
        return
    if not uses_at_spi():
        QAccessible.updateAccessibility(QAccessibleAnnouncementEvent(widget, text))
        return
    window = widget.window()
    if not window.isVisible():
        return
    # A new object per message: the screen reader reads the name when it gets to the event,
    # and by then one shared object could already carry the next message.
    note = Notification(text, window)
    note.show()
    QTimer.singleShot(LIFETIME_MS, note.deleteLater)


def announce_status_messages(status_bar: QStatusBar) -> None:
    """Announce every message the status bar shows (``showMessage``), as it appears."""
    status_bar.messageChanged.connect(lambda text: announce(status_bar, text))


def announced(window: QWidget) -> list[str]:
    """The texts announced in ``window`` that are still around (for tests)."""
    return [note.text for note in window.findChildren(Notification)]
