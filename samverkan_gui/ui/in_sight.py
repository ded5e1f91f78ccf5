"""Lists, tables and combo boxes whose current item says it has the focus only in sight.

Qt tells screen readers that the current item of a list, a table or a combo box's list is
*focused* whether or not it is shown (or has the keyboard focus), and Orca takes the first
object so marked for the focus when it starts after the app and when it looks for the focus in
a window: it read out the start view's hidden questionnaire list. These keep the current item
aside while out of sight and put it back when in sight; what they show selected stays.

Written as overrides of the widgets' own event handlers, not as an event filter: a view's
handlers are no longer called while it is being destroyed, a filter object's are.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QItemSelectionModel, QModelIndex, QPersistentModelIndex, QSignalBlocker
from PySide6.QtWidgets import QAbstractItemView, QComboBox, QListWidget, QWidget

if TYPE_CHECKING:
    from PySide6.QtGui import QFocusEvent, QHideEvent, QShowEvent

    _Base = QAbstractItemView
else:
    _Base = object


class CurrentInSight(_Base):
    """Mixin for an item view (listed before the Qt class): no current item while the view is
    hidden (itself, its page or its window) or, after ``watch_current(with_focus=True)``, while
    it has not the keyboard focus (for a view whose current item nothing else reads)."""

    _with_focus = False
    _kept: QPersistentModelIndex | None = None

    def watch_current(self, *, with_focus: bool = False) -> None:
        """Start keeping the current item in sight (once the view has its model)."""
        self._with_focus = with_focus
        self._kept = QPersistentModelIndex()
        self.selectionModel().currentChanged.connect(self._current_changed)
        self._settle()

    def _in_sight(self) -> bool:
        return self.isVisible() and (self.hasFocus() or not self._with_focus)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._settle()

    def hideEvent(self, event: QHideEvent) -> None:
        super().hideEvent(event)
        self._settle()

    def focusInEvent(self, event: QFocusEvent) -> None:
        self._settle()  # first: the view's own handler finds its current item back
        super().focusInEvent(event)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        self._settle()

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        # Set out of sight (a row chosen by the program): aside too. The view's own receivers
        # have had the change by now (they were connected before this).
        if shiboken6.isValid(self) and current.isValid() and not self._in_sight():
            self._settle()

    def _settle(self) -> None:
        if self._kept is None:  # not watching
            return
        current = self.currentIndex()
        if self._in_sight():
            if not current.isValid() and self._kept.isValid():
                _set_current(self, _plain(self._kept), QItemSelectionModel.SelectionFlag.NoUpdate)
            self._kept = QPersistentModelIndex()
        elif current.isValid():
            self._kept = QPersistentModelIndex(current)
            _set_current(self, QModelIndex(), QItemSelectionModel.SelectionFlag.NoUpdate)


class InSightList(CurrentInSight, QListWidget):
    """A ``QListWidget`` whose current item is kept in sight (see :class:`CurrentInSight`)."""

    def __init__(self, parent: QWidget | None = None, *, with_focus: bool = False) -> None:
        super().__init__(parent)
        self.watch_current(with_focus=with_focus)


class InSightComboBox(QComboBox):
    """A combo box whose closed list has no current item (the popup gets it as it opens).

    ``watch=False`` leaves the list unmade until :meth:`watch_list` (a combo box built before
    the first paint: its list is a widget more to build then).
    """

    def __init__(self, parent: QWidget | None = None, *, watch: bool = True) -> None:
        super().__init__(parent)
        self._watching = False
        if watch:
            self.watch_list()

    def watch_list(self) -> None:
        """Keep the closed list without a current item from now on (once is enough)."""
        if self._watching:
            return
        self._watching = True
        # The list's own signal, not the combo box's: filled with its signals blocked, the combo
        # box says nothing, while the list's current item still changes.
        self.view().selectionModel().currentChanged.connect(self._list_current_changed)
        self._forget_current()

    def showPopup(self) -> None:
        chosen = self.model().index(self.currentIndex(), self.modelColumn(), self.rootModelIndex())
        _set_current(self.view(), chosen, QItemSelectionModel.SelectionFlag.ClearAndSelect)
        super().showPopup()

    def hidePopup(self) -> None:
        super().hidePopup()
        self._forget_current()

    def _list_current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if shiboken6.isValid(self) and current.isValid():
            self._forget_current()

    def _forget_current(self) -> None:
        if not self._watching:
            return
        view = self.view()
        if not view.isVisible() and view.currentIndex().isValid():
            _set_current(view, QModelIndex(), QItemSelectionModel.SelectionFlag.NoUpdate)


def _set_current(view: QAbstractItemView, index: QModelIndex, flags: QItemSelectionModel.SelectionFlag) -> None:
    # Not news for the view's users (a list whose buttons follow its current row): the row is
    # the same one, only out of a screen reader's sight meanwhile.
    with QSignalBlocker(view):
        view.selectionModel().setCurrentIndex(index, flags)


def _plain(kept: QPersistentModelIndex) -> QModelIndex:
    model = kept.model()
    if not kept.isValid() or model is None:
        return QModelIndex()
    return model.index(kept.row(), kept.column(), kept.parent())
