"""Build-only start-up tweak of the embeddable Windows Python under Wine (never bundled).

Wine failure it answers: Python 3.12+ copies files with ``_winapi.CopyFile2`` when it exists
(``shutil.copy2``, used by PyInstaller to assemble the bundle); Wine 8.0's CopyFile2 is a
stub that fails, and the build stops with "OSError: [WinError 120]" / an abort.  Without the
attribute ``shutil`` falls back to its portable read/write copy, the same bytes.

build-on-linux.sh copies this file into the build Python's site-packages only;
packaging/windows/check_artifacts.py asserts that no sitecustomize.py reaches the bundle.
"""

import _winapi

if hasattr(_winapi, "CopyFile2"):
    del _winapi.CopyFile2
