"""Everything Qt: main window, pages, widgets, dialogs, languages.

Importing this package first guards against a reference-counting defect seen
with PySide6 6.12.0 on CPython 3.11: every call of a void Qt method drops a
reference to ``None`` and every ``Signal.emit`` one to ``True``, without
taking one first.  Python 3.12+ makes those singletons immortal, so nothing
happens there; on 3.11 the interpreter aborts ("Fatal Python error:
none_dealloc") after a few thousand calls.  We give the three singletons the
same effective immortality.  See ``tests/ui/test_refcount_guard.py``.

It also spares our modules PySide6's scan of their source (see
:func:`samverkan_gui.skip_pyside_source_scan`).
"""

from __future__ import annotations

import ctypes
import sys

import PySide6  # noqa: F401 - installs the import hook that skip_pyside_source_scan tames

from samverkan_gui import skip_pyside_source_scan

#: Added to the reference count of None/True/False (never freed anyway, so harmless).
_RESERVE = 1 << 48


def immortalise_singletons() -> bool:
    """On CPython < 3.12, make ``None``/``True``/``False`` survive stray decrefs. True if applied."""
    if sys.implementation.name != "cpython" or sys.version_info >= (3, 12):
        return False
    if ctypes.sizeof(ctypes.c_ssize_t) < 8 or hasattr(sys, "gettotalrefcount"):
        return False  # 32-bit or a debug build (different object layout): leave alone
    for singleton in (None, True, False):
        before = sys.getrefcount(singleton)
        if before > _RESERVE // 2:
            continue  # already done (module reloaded)
        count = ctypes.c_ssize_t.from_address(id(singleton))
        count.value += _RESERVE
        # (Not an exact comparison: creating the ctypes view itself may touch None's count.)
        if sys.getrefcount(singleton) < _RESERVE // 2:  # pragma: no cover - unexpected layout
            count.value -= _RESERVE
            return False
    return True


immortalise_singletons()

# PySide6's import hook is in place from here on (the import above): spare our modules its source scan.
skip_pyside_source_scan()
