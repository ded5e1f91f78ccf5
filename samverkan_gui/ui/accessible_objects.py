"""The objects behind :mod:`samverkan_gui.ui.accessible`: role wrappers and notifications.

Imported when a widget class with ``ACCESSIBLE_ROLE`` is built or a message is announced, not
at start-up: Qt's accessibility types (``QAccessible`` and its enums of roles and events) cost
~2.5 ms and memory before the main window's first paint otherwise.
"""

from __future__ import annotations

from PySide6.QtGui import QAccessible, QAccessibleInterface
from PySide6.QtWidgets import QAccessibleWidget, QWidget

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
