"""The objects behind :mod:`samverkan_gui.ui.accessible`: role wrappers and notifications.

Imported when a widget class with ``ACCESSIBLE_ROLE`` is built or a message is announced, not
at start-up: Qt's accessibility types (``QAccessible`` and its enums of roles and events) cost
~2.5 ms and memory before the main window's first paint otherwise.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtGui import QAccessible, QAccessibleInterface
from PySide6.QtWidgets import QAccessibleWidget, QApplication, QWidget

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


# --- activation ----------------------------------------------------------------------------------


def when_active(window: QWidget, action: Callable[[], None], owner: QObject) -> None:
    """Run ``action`` now, or, while none of the app's windows is active, once ``window`` is again
    (unless ``owner`` is gone by then).

    The activation comes through the window manager, after a dialog has closed; a screen reader
    then presents the window and its focus. Run after that (one event-loop turn later, when Qt
    has moved the focus in), ``action``'s news follows what the screen reader says about the
    window instead of racing it.
    """
    active = QApplication.activeWindow()
    if window.isActiveWindow() or (active is not None and active.isVisible()):
        action()
        return
    _WhenActive(window, action, owner)


class _WhenActive(QObject):
    def __init__(self, window: QWidget, action: Callable[[], None], owner: QObject) -> None:
        super().__init__(owner)
        self._action = action
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.WindowActivate:
            watched.removeEventFilter(self)
            QTimer.singleShot(0, self, self._run)
        return False

    def _run(self) -> None:
        self._action()
        self.deleteLater()
