"""Start Orca for a test: its own settings folder, the recording speech server, a line-buffered log.

Run with the system Python that has Orca and pyatspi (``/usr/bin/python3 run_orca.py PREFS LOG``),
inside the test's private D-Bus session and X display.  It does what ``/usr/bin/orca`` does,
minus two things a test must not have: the process is not renamed ``orca`` (so it neither
refuses to start beside a user's Orca nor is killed by someone's ``orca --replace``), and the
debug log is written line by line instead of in blocks (so the test sees when Orca is quiet).
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent


def main(prefs_dir: str, debug_log: str) -> int:
    sys.path.insert(0, str(HERE))  # recording_speech, imported by Orca by name
    from orca import debug, settings

    debug.debugLevel = debug.LEVEL_INFO
    debug.eventDebugLevel = debug.LEVEL_OFF
    debug.debugFile = open(debug_log, "w", encoding="utf-8", buffering=1)  # noqa: SIM115 (Orca owns it)

    # Defaults for a first start in an empty settings folder (the settings manager copies them).
    settings.speechServerFactory = "recording_speech"
    settings.speechServerInfo = None
    settings.enableSpeech = True
    # Everything else as Orca ships it (key echo on): the recorder marks the echo apart.
    settings.enableBraille = False
    settings.enableSound = False
    settings.enableTutorialMessages = False

    from orca import orca

    manager = orca.getSettingsManager()
    manager.activate(prefs_dir, {})
    return orca.main()


if __name__ == "__main__":
    sys.exit(main(sys.argv[1], sys.argv[2]))
