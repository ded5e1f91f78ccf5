"""Entry script of the frozen executables (``samverkan`` and ``samverkan-cli``).

Both run the ``samverkan`` command.  Two things only a frozen program needs:

* The windowed Windows exe has no console: PyInstaller then sets ``sys.stdout`` and
  ``sys.stderr`` to ``None``, and anything that writes to them (argparse's usage
  message, a stray ``print``) would raise.  They are pointed at the null device;
  ``--self-test`` then writes its report to a log file in the temp folder.
* An exception that escapes everything (a broken bundle, a missing DLL) must not
  show a Python traceback to a user.  It is written to ``samverkan-crash.log`` in
  the temp folder, and the user gets one sentence in Swedish and English saying
  where that log is (a message box in the windowed exe, stderr otherwise).
  PyInstaller's own traceback dialog is switched off in the spec for that reason.
"""

import os
import sys
import tempfile
import traceback
from pathlib import Path

CRASH_LOG = "samverkan-crash.log"


def _fix_streams() -> bool:
    """Point missing standard streams at the null device; True when there was no console."""
    windowed = sys.stdout is None or sys.stderr is None
    if sys.stdout is None:
        sys.stdout = open(os.devnull, "w", encoding="utf-8")  # noqa: SIM115 - lives as long as the process
    if sys.stderr is None:
        sys.stderr = open(os.devnull, "w", encoding="utf-8")  # noqa: SIM115 - lives as long as the process
    return windowed


def report_crash(exc: BaseException, windowed: bool) -> int:
    """Log the traceback, tell the user where it is, return the exit code 1."""
    log = Path(tempfile.gettempdir()) / CRASH_LOG
    try:
        log.write_text("".join(traceback.format_exception(exc)), encoding="utf-8")
        where = str(log)
    except OSError:
        where = "-"
    text = (
        f"Samverkan kunde inte starta på grund av ett internt fel. Detaljer: {where}\n"
        f"Samverkan could not start because of an internal error. Details: {where}"
    )
    if windowed and sys.platform == "win32":
        import ctypes

        ctypes.windll.user32.MessageBoxW(None, text, "Samverkan", 0x10)  # MB_ICONERROR
    else:
        sys.stderr.write(text + "\n")
    return 1


def run() -> int:
    windowed = _fix_streams()
    try:
        from samverkan_gui.cli import main

        return int(main())
    except (SystemExit, KeyboardInterrupt):
        raise
    except BaseException as exc:  # noqa: BLE001 - the last line of defence: log it, never show a traceback
        return report_crash(exc, windowed)


if __name__ == "__main__":
    sys.exit(run())
