"""Entry script of the frozen executables (``samverkan`` and ``samverkan-cli``).

Both run the ``samverkan`` command.  The windowed Windows exe has no console:
PyInstaller then sets ``sys.stdout``/``sys.stderr`` to ``None``, and anything
that writes to them (argparse's usage message, a stray ``print``) would raise.
They are pointed at the null device instead; ``--self-test`` then writes its
report to a log file in the temp folder (see samverkan_gui/selftest.py).
"""

import os
import sys

if sys.stdout is None:
    sys.stdout = open(os.devnull, "w", encoding="utf-8")  # noqa: SIM115 - lives as long as the process
if sys.stderr is None:
    sys.stderr = open(os.devnull, "w", encoding="utf-8")  # noqa: SIM115 - lives as long as the process

from samverkan_gui.cli import main

if __name__ == "__main__":
    sys.exit(main())
