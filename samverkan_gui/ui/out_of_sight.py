"""The object behind :func:`samverkan_gui.ui.accessible.current_only_in_sight`."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QItemSelectionModel, QModelIndex, QObject, QPersistentModelIndex, QSignalBlocker
from PySide6.QtWidgets import QAbstractItemView


class CurrentOutOfSight(QObject):
    """While ``view`` is hidden (itself, its page or its popup), or without the keyboard focus when
    ``with_focus``, its model has no current index."""

    def __init__(self, view: QAbstractItemView, current: Callable[[], QModelIndex] | None, *, with_focus: bool) -> None:
        super().__init__(view)
        self._view = view
        self._current = current
        self._with_focus = with_focus
        self._kept = QPersistentModelIndex()
        view.installEventFilter(self)
        view.selectionModel().currentChanged.connect(self._current_changed)
        if not self._in_sight():
            self._put_aside()

    def _in_sight(self) -> bool:
        return self._view.isVisible() and (self._view.hasFocus() or not self._with_focus)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind == QEvent.Type.Hide or (kind == QEvent.Type.FocusOut and self._with_focus):
            self._put_aside()
        elif (kind == QEvent.Type.Show or (kind == QEvent.Type.FocusIn and self._with_focus)) and self._in_sight():
            # (A focus-in is filtered before the view handles it: it finds its current item back.)
            self._bring_back()
        return False

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        # Set out of sight (a new row chosen by the program, a combo box's new value): put aside
        # too. The view's own receivers have had the change by now (connected before this).
        if current.isValid() and not self._in_sight():
            self._put_aside()

    def _put_aside(self) -> None:
        current = self._view.currentIndex()
        if not current.isValid():
            return
        self._kept = QPersistentModelIndex(current)
        self._set_current(QModelIndex())

    def _bring_back(self) -> None:
        if self._view.currentIndex().isValid():
            return
        index = self._current() if self._current is not None else _plain(self._kept)
        self._kept = QPersistentModelIndex()
        if index.isValid():
            self._set_current(index)

    def _set_current(self, index: QModelIndex) -> None:
        # Not news for the view's users (a list that follows its current row, say): the row is
        # the same one, only out of a screen reader's sight meanwhile.
        with QSignalBlocker(self._view):
            self._view.selectionModel().setCurrentIndex(index, QItemSelectionModel.SelectionFlag.NoUpdate)


def _plain(kept: QPersistentModelIndex) -> QModelIndex:
    model = kept.model()
    if not kept.isValid() or model is None:
        return QModelIndex()
    return model.index(kept.row(), kept.column(), kept.parent())
