"""Views that are costly to draw redraw only while shown: a change made while hidden waits for the next show.

Typing answers (or a workshop's paper forms) changes the model on every key; the results
and the projector need not follow while another view or tab is in front.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PySide6.QtGui import QShowEvent
    from PySide6.QtWidgets import QWidget

    _Base = QWidget
else:
    _Base = object


class RedrawnWhenShown(_Base):
    """Mixin for a QWidget with ``redraw()``: call :meth:`refresh_when_shown` on every model change."""

    #: A change came while hidden: redraw at the next show.
    _stale = True

    def redraw(self) -> None:
        """Draw everything from the model now (each view has its own)."""
        raise NotImplementedError

    def refresh_when_shown(self) -> None:
        """Redraw now when shown, else remember to at the next show."""
        if self.isVisible():
            self._stale = False
            self.redraw()
        else:
            self._stale = True

    def showEvent(self, event: QShowEvent) -> None:
        if self._stale:
            self._stale = False
            self.redraw()
        super().showEvent(event)
