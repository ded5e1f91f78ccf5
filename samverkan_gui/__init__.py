"""Samverkan: the self-assessment "Testa din samverkan!" as an offline desktop app."""

import sys

__version__ = "0.3.0"


def skip_pyside_source_scan() -> int:
    """Tell PySide6 that no module of ours, nor of the standard library, selects a PySide feature.

    PySide6 replaces ``__import__`` so that a module can write ``from __feature__ import
    snake_case``. To learn which modules might, it reads the whole source of every module named
    in an import statement after PySide6 was imported (``inspect.getsource``, which keeps every
    line in ``linecache``): before the main window's first paint ~55 modules, ~8 ms and ~2 MB
    that a Qt program of one file never pays. None of ours selects a feature, so each is entered
    in PySide's table now, as the scan would enter it (0: uses PySide, no feature selected; -1 for
    the standard library: does not use PySide). Returns how many were entered: 0 before PySide6
    is imported (``samverkan_gui.ui`` calls this again then) or when it has no such table.
    """
    table = getattr(sys.modules.get("__feature__"), "pyside_feature_dict", None)
    if not isinstance(table, dict):
        return 0
    before = len(table)
    stdlib = sys.stdlib_module_names
    for name in [*stdlib, *(name for name in list(sys.modules) if name.partition(".")[0] in stdlib)]:
        table.setdefault(name, -1)
    import os  # here: an import statement before the table is filled would be scanned

    here = os.path.dirname(os.path.abspath(__file__))
    for folder, folders, files in os.walk(here):
        folders[:] = [name for name in folders if name != "__pycache__"]
        package = __name__ + folder[len(here) :].replace(os.sep, ".")
        for file in files:
            if file.endswith(".py"):
                table.setdefault(package if file == "__init__.py" else f"{package}.{file[:-3]}", 0)
    return len(table) - before


# Qt may be imported before this package (a test, a script): then the table is there already.
skip_pyside_source_scan()
