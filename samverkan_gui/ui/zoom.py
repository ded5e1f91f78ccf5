"""One text size for the whole app (Ctrl++ / Ctrl+- / Ctrl+0), remembered.

A projector in a workshop room needs bigger text than a laptop, and a user who needs
larger text needs it everywhere: the main window, the workshop, the projector, the
comparison, every dialog and every menu.  So the zoom is the application's: the
application font (and the fonts Qt keeps for menus, tool tips, message boxes and the
like) is the one at 100 % scaled by the factor; headings follow through
:func:`samverkan_gui.ui.fonts.refresh_relative_fonts`, and windows that draw text of
their own (the projector) hear :attr:`ZoomNotifier.zoom_changed`.  The factor chosen is
remembered for the next start.

A window lists :class:`Zoomable` before its Qt base class and hands its three actions to
:meth:`Zoomable.connect_zoom`, or calls :func:`install_zoom_keys` when it has no menu
for them; every window changes the same zoom.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Signal
from PySide6.QtGui import QFont, QKeySequence, QShortcut
from PySide6.QtWidgets import QApplication

from samverkan_gui.ui import settings
from samverkan_gui.ui.fonts import ZOOM_STEPS, refresh_relative_fonts, relative_font

if TYPE_CHECKING:
    from PySide6.QtGui import QAction
    from PySide6.QtWidgets import QWidget

    _Base = QWidget
else:
    _Base = object

#: Widget classes Qt may give a font of their own (from the platform's theme): zoomed with the rest.
_CLASSES = ("QMenu", "QMenuBar", "QToolTip", "QMessageBox", "QStatusBar", "QHeaderView", "QTabBar", "QDockWidget")


class ZoomNotifier(QObject):
    """The application's one zoom factor."""

    #: ``(factor)``: the text size changed; every top-level window has already been refreshed.
    zoom_changed = Signal(float)

    def __init__(self) -> None:
        super().__init__(QApplication.instance())
        self.factor = 1.0
        self._base: dict[str | None, QFont] = {None: QApplication.font()}
        for name in _CLASSES:
            # PySide6's stubs say bytes; it takes the class name as str only.
            self._base[name] = QApplication.font(name)  # type: ignore[call-overload]

    def apply(self, factor: float, *, remember: bool = True) -> float:
        """Scale every font of the app to ``factor`` (within :data:`ZOOM_STEPS`) and redraw."""
        factor = min(max(factor, ZOOM_STEPS[0]), ZOOM_STEPS[-1])
        if remember:
            settings.ZOOM.set(factor)
        # At start-up the factor is nearly always 1.0, the size the fonts already have: setting
        # them anyway would send every widget a font change (a re-layout, some ms at start).
        if abs(factor - self.factor) < 1e-9:
            return factor
        self.factor = factor
        QApplication.setFont(relative_font(self._base[None], factor, self._base[None].bold()))
        for name in _CLASSES:
            base = self._base[name]
            QApplication.setFont(relative_font(base, factor, base.bold()), name)  # type: ignore[arg-type]
        # Qt posts the change to every widget: deliver it now, so that the headings derived from
        # their window's font below (and whatever is measured next) see the new size.
        QCoreApplication.sendPostedEvents(None, QEvent.Type.ApplicationFontChange)
        for window in QApplication.topLevelWidgets():
            refresh_relative_fonts(window)
            if isinstance(window, Zoomable):
                window.zoom_applied(factor)
        self.zoom_changed.emit(factor)
        return factor


_notifier: ZoomNotifier | None = None


def notifier() -> ZoomNotifier:
    """The application's zoom (made on first use, with the fonts at 100 % as they are then)."""
    global _notifier
    if _notifier is None or _notifier.parent() is not QApplication.instance():
        _notifier = ZoomNotifier()
    return _notifier


def current_zoom() -> float:
    return notifier().factor


def set_zoom(factor: float, *, remember: bool = True) -> float:
    """The one text size of the app; returns the factor used (kept within the steps)."""
    return notifier().apply(factor, remember=remember)


def step_zoom(direction: int) -> float:
    """One step larger (``direction`` > 0) or smaller."""
    zoom = current_zoom()
    if direction > 0:
        bigger = [step for step in ZOOM_STEPS if step > zoom + 1e-6]
        return set_zoom(bigger[0] if bigger else ZOOM_STEPS[-1])
    smaller = [step for step in ZOOM_STEPS if step < zoom - 1e-6]
    return set_zoom(smaller[-1] if smaller else ZOOM_STEPS[0])


def install_zoom_keys(window: QWidget) -> list[QShortcut]:
    """Ctrl++ (and Ctrl+=), Ctrl+- and Ctrl+0 in ``window``, for a window without a View menu."""
    keys = (
        (QKeySequence(QKeySequence.StandardKey.ZoomIn), +1),
        (QKeySequence("Ctrl+="), +1),
        (QKeySequence(QKeySequence.StandardKey.ZoomOut), -1),
        (QKeySequence("Ctrl+0"), 0),
    )
    made = []
    for keys_, direction in keys:
        shortcut = QShortcut(keys_, window)
        if direction:
            shortcut.activated.connect(lambda d=direction: step_zoom(d))
        else:
            shortcut.activated.connect(lambda: set_zoom(1.0))
        made.append(shortcut)
    return made


def zoom_texts() -> tuple[tuple[str, str], tuple[str, str], tuple[str, str]]:
    """(text, tip) of Larger text, Smaller text and Normal text size: the same in every window's View menu."""
    from PySide6.QtCore import QCoreApplication

    return (
        (
            QCoreApplication.translate("Zoom", "&Larger text"),
            QCoreApplication.translate("Zoom", "Make the text larger, in every window (for a projector)"),
        ),
        (
            QCoreApplication.translate("Zoom", "S&maller text"),
            QCoreApplication.translate("Zoom", "Make the text smaller, in every window"),
        ),
        (
            QCoreApplication.translate("Zoom", "Normal text si&ze"),
            QCoreApplication.translate("Zoom", "Show the text in its normal size, in every window"),
        ),
    )


class Zoomable(_Base):
    """Mixin for a window with zoom actions: ``zoom``, ``set_zoom`` and ``step_zoom`` of the one app zoom."""

    _zoom_in: QAction | None = None
    _zoom_out: QAction | None = None

    def connect_zoom(self, zoom_in: QAction, zoom_out: QAction, zoom_reset: QAction) -> None:
        """Let the actions change the text size; each is disabled at its end of the steps."""
        self._zoom_in, self._zoom_out = zoom_in, zoom_out
        zoom_in.triggered.connect(lambda: step_zoom(+1))
        zoom_out.triggered.connect(lambda: step_zoom(-1))
        zoom_reset.triggered.connect(lambda: set_zoom(1.0))
        self.zoom_applied(current_zoom())

    def zoom_changed(self) -> None:
        """The text size changed: redraw what does not follow the window's font by itself."""

    def zoom_applied(self, factor: float) -> None:
        if self._zoom_in is not None and self._zoom_out is not None:
            self._zoom_in.setEnabled(factor < ZOOM_STEPS[-1])
            self._zoom_out.setEnabled(factor > ZOOM_STEPS[0])
        self.zoom_changed()

    @property
    def zoom(self) -> float:
        return current_zoom()

    def set_zoom(self, factor: float, *, remember: bool = True) -> None:
        set_zoom(factor, remember=remember)

    def step_zoom(self, direction: int) -> None:
        step_zoom(direction)
