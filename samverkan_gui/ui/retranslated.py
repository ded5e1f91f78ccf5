"""One answer to a language switch or a new text size, for every widget that shows text.

A widget lists :class:`Retranslated` before its Qt base class
(``class ResultsView(Retranslated, QWidget)``) and keeps all its text setting in
``retranslate()``; the mixin calls it on ``QEvent.LanguageChange``. A widget with a
reading column (``_body``, made by :meth:`Retranslated.reading_column`) sets
``READING_WIDTH``: the column then stays that many average characters wide at most,
centred, also after the text size changes.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QFrame, QHBoxLayout, QScrollArea, QWidget

if TYPE_CHECKING:
    _Base = QWidget
else:
    _Base = object


class Retranslated(_Base):
    """Mixin for a QWidget: ``retranslate()`` on a language switch, ``font_changed()`` on a new text size."""

    #: The reading column's widest, in average character widths; 0 leaves it unlimited.
    READING_WIDTH = 0
    #: The reading column (made by :meth:`reading_column`).
    _body: QWidget

    def retranslate(self) -> None:
        """Set every visible text in the current language (each widget has its own)."""
        raise NotImplementedError

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        elif event.type() == QEvent.Type.FontChange:
            self.font_changed()
        super().changeEvent(event)

    def font_changed(self) -> None:
        """The text size changed: the reading column keeps its width in characters."""
        if self.READING_WIDTH:
            self.limit_width()

    def reading_column(self) -> QScrollArea:
        """A frameless scroll area whose page centres the reading column, which becomes ``_body``.

        The caller fills ``_body`` with a layout of its own; on a wide screen the column
        stays at most ``READING_WIDTH`` characters wide (call :meth:`limit_width`).
        """
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        # Not a Tab stop of its own (an unnamed one for a screen reader): the controls inside take the focus.
        # (Qt::NoFocus through the property: the start view is built before the first paint, when the
        # Qt namespace's enums are not loaded yet.)
        scroll.setProperty("focusPolicy", 0)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        page = QWidget()
        centring = QHBoxLayout(page)
        centring.setContentsMargins(0, 0, 0, 0)
        self._body = QWidget()
        centring.addStretch(1)
        centring.addWidget(self._body, 100)
        centring.addStretch(1)
        scroll.setWidget(page)
        return scroll

    def limit_width(self) -> None:
        """Keep the reading column at most ``READING_WIDTH`` average characters wide."""
        self._body.setMaximumWidth(self.fontMetrics().averageCharWidth() * self.READING_WIDTH)
