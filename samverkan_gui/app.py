"""QApplication bootstrap: names, language, settings, the excepthook, the main window.

Kept light: nothing here imports reportlab (the PDF export imports it when
used), so the window appears about as fast as a bare Qt window.
"""

from __future__ import annotations

import gc
import logging
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QApplication

from samverkan_gui import __version__
from samverkan_gui.core.paths import resources_dir
from samverkan_gui.core.placeholders import fill
from samverkan_gui.ui import appdirs, dialogs

if TYPE_CHECKING:
    from PySide6.QtGui import QIcon

log = logging.getLogger(__name__)

_MAX_LOG_BYTES = 1_000_000
_in_hook = False


def create_application(argv: Sequence[str] | None = None) -> QApplication:
    """The QApplication (reusing one that exists), named so QSettings/QStandardPaths find our folders."""
    QCoreApplication.setOrganizationName(appdirs.ORGANISATION)
    QCoreApplication.setApplicationName(appdirs.APPLICATION)
    QCoreApplication.setApplicationVersion(__version__)
    app = QApplication.instance()
    if app is None:
        app = QApplication(list(argv) if argv is not None else sys.argv[:1])
    QApplication.setApplicationDisplayName("Samverkan")
    QApplication.setDesktopFileName("samverkan")
    assert isinstance(app, QApplication)
    return app


def set_window_icon() -> None:
    """Give every window the app icon (``run_gui`` does it right after the first frame).

    Qt reads each size of the icon and hands them all to the window manager (on X11 the
    seven PNGs decoded and converted, ~4 ms): a window shown before that has no icon for a
    moment, not a later first frame.
    """
    icon = window_icon()
    if icon is not None:  # packaging adds the files; without them Qt's default icon is fine
        QApplication.setWindowIcon(icon)


#: The sizes of the PNGs that ``packaging/make_icons.py`` renders from ``samverkan.svg``.
ICON_SIZES = (16, 24, 32, 48, 64, 128, 256)


def window_icon() -> QIcon | None:
    """The app icon: the PNGs rendered from the SVG, else the SVG itself; None when neither is there.

    The PNGs come first: a QIcon made from an ``.svg`` loads Qt's SVG icon engine and
    QtSvg (time and memory before the first paint), while PNG files given with their
    sizes are only read when a size is asked for, by Qt's built-in PNG reader.
    """
    from PySide6.QtCore import QSize
    from PySide6.QtGui import QIcon

    folder = resources_dir() / "icons"
    pngs = [(size, folder / f"samverkan-{size}.png") for size in ICON_SIZES]
    if all(path.is_file() for _size, path in pngs):
        icon = QIcon()
        for size, path in pngs:
            icon.addFile(str(path), QSize(size, size))
        return icon
    svg = folder / "samverkan.svg"
    return QIcon(str(svg)) if svg.is_file() else None


def write_error_log(text: str) -> Path | None:
    """Append ``text`` to the error log in the data folder; None when even that fails."""
    import datetime as dt  # here, not at start-up: only an error needs it

    try:
        path = appdirs.log_file()
        if path.exists() and path.stat().st_size > _MAX_LOG_BYTES:
            path.replace(path.with_suffix(".log.1"))
        with path.open("a", encoding="utf-8") as stream:
            stream.write(f"--- {dt.datetime.now().isoformat(timespec='seconds')} Samverkan {__version__}\n{text}\n")
        return path
    except OSError:
        return None


def excepthook(kind: type[BaseException], value: BaseException, tb: TracebackType | None) -> None:
    """Log the traceback, tell the user in plain words, and keep the app (and the work) alive."""
    global _in_hook
    import traceback

    details = "".join(traceback.format_exception(kind, value, tb))
    log.error("unexpected error:\n%s", details)
    log_path = write_error_log(details)
    if _in_hook or QApplication.instance() is None:
        sys.__excepthook__(kind, value, tb)
        return
    _in_hook = True
    try:
        text = QCoreApplication.translate(
            "app",
            "Something unexpected went wrong. Your work is kept: please save it, and if the problem "
            "comes back, send the error log to whoever supports Samverkan.",
        )
        if log_path is not None:
            text += "\n\n" + fill(QCoreApplication.translate("app", "Error log: %1"), str(log_path))
        dialogs.show_unexpected_error(
            QApplication.activeWindow(), QCoreApplication.translate("app", "Unexpected error"), text, details
        )
    finally:
        _in_hook = False


def install_excepthook() -> None:
    sys.excepthook = excepthook


def run_gui(files: list[Path]) -> int:
    """Start the desktop app; with ``files``, open them. Returns the exit code.

    One assessment opens in the main window, one group file in the workshop window;
    several files or a folder become a new workshop group with those participants.
    """
    # What start-up allocates lives as long as the window: the cyclic garbage collector would
    # only walk it again and again (~7 ms before the first frame). It runs again from then on.
    gc.disable()
    try:
        app = create_application()
        install_excepthook()
        from samverkan_gui.ui.i18n import initial_language, install_language

        install_language(initial_language())
        from samverkan_gui.ui.main_window import FINISH_START_FALLBACK_MS, MainWindow

        window = MainWindow()
        window.show()
        first_frame_shown = _once(_after_first_frame)
        window.start_view.first_painted.connect(lambda: QTimer.singleShot(0, first_frame_shown))
        QTimer.singleShot(FINISH_START_FALLBACK_MS, first_frame_shown)  # a window started minimised
        if files:
            window.finish_start()
            window.open_files([Path(name) for name in files])
        # Otherwise the questionnaires and any recovered work appear right after the first paint.
        return int(app.exec())
    finally:
        gc.enable()


def _after_first_frame() -> None:
    set_window_icon()
    gc.enable()


def _once(function: Callable[[], None]) -> Callable[[], None]:
    done = False

    def call() -> None:
        nonlocal done
        if not done:
            done = True
            function()

    return call
