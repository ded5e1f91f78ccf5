"""Everything Qt: main window, pages, widgets, dialogs, languages.

Importing this package spares our modules PySide6's scan of their source (see
:func:`samverkan_gui.skip_pyside_source_scan`).
"""

from __future__ import annotations

import PySide6  # noqa: F401 - installs the import hook that skip_pyside_source_scan tames

from samverkan_gui import skip_pyside_source_scan

# PySide6's import hook is in place from here on (the import above): spare our modules its source scan.
skip_pyside_source_scan()
