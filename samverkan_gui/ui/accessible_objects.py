"""The objects behind :mod:`samverkan_gui.ui.accessible`: role wrappers and notifications.

Imported when a widget class with ``ACCESSIBLE_ROLE`` is built or a message is announced, not
at start-up: Qt's accessibility types (``QAccessible`` and its enums of roles and events) cost
~2.5 ms and memory before the main window's first paint otherwise.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtGui import QAccessible, QAccessibleInterface
from PySide6.QtWidgets import QAccessibleWidget, QApplication, QStackedWidget, QWidget

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


class _ShownPageAccessible(QAccessibleWidget):
    """A stack of pages (a ``QStackedWidget``, also inside every ``QTabWidget``) with the page shown
    as its one child.

    Qt's own reports every page, hidden or not, and a hidden page's tab bar, list or combo box
    still marks its current item *focused*; Orca takes the first object so marked as the focus
    when it starts or looks for the focus in a window, and read out a page the user cannot see.
    """

    def __init__(self, stack: QStackedWidget) -> None:
        super().__init__(stack, QAccessible.Role.LayeredPane)
        # Held for as long as this interface lives. A QTabWidget's stack is made by Qt, and the
        # wrapper PySide (6.11) makes for it in the factory call was dropped when the call
        # returned; measured: the wrappers of objects on its pages were then invalidated ("Internal
        # C++ object already deleted" for a live QAction) and printing that error crashed Python.
        self._stack = stack

    def _page(self) -> QWidget | None:
        return self._stack.currentWidget()

    def childCount(self) -> int:
        return 0 if self._page() is None else 1

    # (None where Qt's C++ returns a null pointer; the stubs know only an interface.)
    def child(self, index: int) -> QAccessibleInterface | None:  # type: ignore[override]
        page = self._page()
        return QAccessible.queryAccessibleInterface(page) if index == 0 and page is not None else None

    def indexOfChild(self, child: QAccessibleInterface) -> int:
        page = self._page()
        return 0 if page is not None and child is not None and child.object() is page else -1

    def childAt(self, x: int, y: int) -> QAccessibleInterface | None:  # type: ignore[override]
        page = self._page()
        if page is None:
            return None
        shown = QAccessible.queryAccessibleInterface(page)
        return shown if shown is not None and shown.rect().contains(x, y) else None


def _factory(_class_name: str, instance: object) -> QAccessibleInterface | None:
    kind = type(instance)
    role = getattr(kind, "ACCESSIBLE_ROLE", None)
    if role is None and isinstance(instance, QStackedWidget):
        return _ShownPageAccessible(instance)
    if role is None or not isinstance(instance, QWidget):
        return None
    if getattr(kind, "ACCESSIBLE_AS_ONE", False):
        return _WholeAccessible(instance, role)
    return _RoleAccessible(instance, role)


_factory_installed = False


def install_roles() -> None:
    """Let widget classes declare ``ACCESSIBLE_ROLE``, and stacks of pages show only the page shown
    (call before such a widget is first queried: Qt keeps the first interface made for a widget)."""
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
