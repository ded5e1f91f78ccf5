"""The text size of a window (Ctrl++ / Ctrl+- / Ctrl+0): one zoom for every text in it.

A projector in a workshop room needs bigger text than a laptop.  A window lists
:class:`Zoomable` before its Qt base class, hands its three actions to
:meth:`Zoomable.connect_zoom` and calls :meth:`Zoomable.set_zoom` once with the
stored factor.  The window's font is the application's scaled by the factor; the
headings follow through :func:`samverkan_gui.ui.fonts.refresh_relative_fonts`, and
the factor chosen by the user is remembered for the next start.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QApplication

from samverkan_gui.ui import settings
from samverkan_gui.ui.fonts import ZOOM_STEPS, refresh_relative_fonts, relative_font

if TYPE_CHECKING:
    from PySide6.QtGui import QAction
    from PySide6.QtWidgets import QWidget

    _Base = QWidget
else:
    _Base = object


class Zoomable(_Base):
    """Mixin for a window: ``zoom``, ``set_zoom`` and ``step_zoom`` along :data:`ZOOM_STEPS`."""

    _zoom = 1.0
    _zoom_in: QAction | None = None
    _zoom_out: QAction | None = None

    def connect_zoom(self, zoom_in: QAction, zoom_out: QAction, zoom_reset: QAction) -> None:
        """Let the actions change the text size; each is disabled at its end of the steps."""
        self._zoom_in, self._zoom_out = zoom_in, zoom_out
        zoom_in.triggered.connect(lambda: self.step_zoom(+1))
        zoom_out.triggered.connect(lambda: self.step_zoom(-1))
        zoom_reset.triggered.connect(lambda: self.set_zoom(1.0))

    def zoom_changed(self) -> None:
        """The text size changed: redraw what does not follow the window's font by itself."""

    @property
    def zoom(self) -> float:
        return self._zoom

    def set_zoom(self, factor: float, *, remember: bool = True) -> None:
        factor = min(max(factor, ZOOM_STEPS[0]), ZOOM_STEPS[-1])
        self._zoom = factor
        font = relative_font(QApplication.font(), factor, False)
        # At start-up the factor is nearly always 1.0: the window already has that font, and
        # setting it anyway would send every widget a font change (re-layout, ~7 ms at start).
        if font != self.font():
            self.setFont(font)
            refresh_relative_fonts(self)
        self.zoom_changed()
        if self._zoom_in is not None and self._zoom_out is not None:
            self._zoom_in.setEnabled(factor < ZOOM_STEPS[-1])
            self._zoom_out.setEnabled(factor > ZOOM_STEPS[0])
        if remember:
            settings.ZOOM.set(factor)

    def step_zoom(self, direction: int) -> None:
        """One step larger (``direction`` > 0) or smaller."""
        if direction > 0:
            bigger = [step for step in ZOOM_STEPS if step > self._zoom + 1e-6]
            self.set_zoom(bigger[0] if bigger else ZOOM_STEPS[-1])
        else:
            smaller = [step for step in ZOOM_STEPS if step < self._zoom - 1e-6]
            self.set_zoom(smaller[-1] if smaller else ZOOM_STEPS[0])
