"""A private desktop with Orca listening: X server, D-Bus session, AT-SPI bus, window manager.

Nothing here touches the user's own session: the X display, the D-Bus session bus and the
accessibility bus are new and private, settings folders live in a temporary folder, and every
process started here is stopped (by process group, SIGTERM then SIGKILL) when the desktop closes.

Orca starts before the app, as a user's screen reader would, with the recording speech server
(``orca_speech/recording_speech.py``): what Orca would say is written to a transcript, one
utterance per line.  :meth:`Desktop.press` sends one key with xdotool and returns what Orca said
in reply, once Orca's log and transcript have been quiet for a moment.
"""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import time
from contextlib import suppress
from dataclasses import dataclass, field
from pathlib import Path

HERE = Path(__file__).resolve().parent
ORCA_SPEECH = HERE / "orca_speech"
#: The Python that runs Orca: the system one, which has Orca's modules and pyatspi.
SYSTEM_PYTHON = os.environ.get("SAMVERKAN_SR_PYTHON", "/usr/bin/python3")
AT_SPI_BUS_LAUNCHER = "/usr/libexec/at-spi-bus-launcher"
#: Debian packages that provide what the walks need (named in the failure message).
PACKAGES = "orca at-spi2-core openbox xdotool dbus-x11 dbus-bin dbus-daemon xvfb"

#: Orca and the app are quiet this long (seconds) before a keystroke counts as answered.
QUIET = float(os.environ.get("SAMVERKAN_SR_QUIET", "0.5"))
#: ... but when nothing at all was said yet, wait this long for a late reply.
SILENCE = float(os.environ.get("SAMVERKAN_SR_SILENCE", "3"))
#: Never wait longer than this for one keystroke.
LONGEST = float(os.environ.get("SAMVERKAN_SR_LONGEST", "12"))


class DesktopError(RuntimeError):
    """The private desktop could not be set up (a missing program, a process that died)."""


def missing_programs() -> list[str]:
    """The programs the walks need that this machine lacks."""
    needed = ["Xvfb", "openbox", "xdotool", "dbus-run-session", "dbus-send"]
    missing = [name for name in needed if shutil.which(name) is None]
    if not Path(AT_SPI_BUS_LAUNCHER).exists():
        missing.append(AT_SPI_BUS_LAUNCHER)
    if not Path(SYSTEM_PYTHON).exists():
        missing.append(SYSTEM_PYTHON)
    else:
        probe = subprocess.run(
            [SYSTEM_PYTHON, "-c", "import orca.orca_platform, pyatspi"], capture_output=True, timeout=60, check=False
        )
        if probe.returncode != 0:
            missing.append(f"Orca for {SYSTEM_PYTHON} (import orca, pyatspi)")
    return missing


@dataclass
class Utterance:
    """One line of the transcript: what kind of output, and its text."""

    kind: str  # "say", "key" (key echo), "char" (character echo), "stop" (speech interrupted)
    text: str

    @property
    def spoken(self) -> bool:
        """Speech about the app, not Orca's echo of the key itself."""
        return self.kind == "say"


@dataclass
class Step:
    """One keystroke and what Orca said after it."""

    key: str
    said: list[Utterance] = field(default_factory=list)
    #: Said after the previous key had seemed answered, before this key was pressed (belongs to that one).
    late: list[Utterance] = field(default_factory=list)

    @property
    def speech(self) -> list[str]:
        """What was said, in order, echo and interruptions left out."""
        return [u.text for u in self.said if u.spoken]

    @property
    def heard(self) -> list[str]:
        """What a listener hears: speech that Orca interrupts again (``stop``) before the key is done is cut off."""
        last_stop = max((i for i, u in enumerate(self.said) if u.kind == "stop"), default=-1)
        return [u.text for u in self.said[last_stop + 1 :] if u.spoken]


class Desktop:
    """Xvfb + D-Bus session + AT-SPI bus + openbox + Orca, in ``workdir``."""

    def __init__(self, workdir: Path, language: str, *, width: int = 1280, height: int = 1024) -> None:
        self.workdir = workdir
        self.language = language
        self.size = (width, height)
        self._processes: list[subprocess.Popen[bytes]] = []
        self.env: dict[str, str] = {}
        self.transcript = workdir / "orca-transcript.txt"
        self.orca_log = workdir / "orca-debug.log"
        self._read_offset = 0
        self.app: subprocess.Popen[bytes] | None = None

    # -- setting up ----------------------------------------------------------------------------

    def _spawn(self, args: list[str], log_name: str, **kwargs) -> subprocess.Popen[bytes]:  # type: ignore[no-untyped-def]
        log = open(self.workdir / log_name, "wb")  # noqa: SIM115 (closed in close())
        process = subprocess.Popen(
            args,
            env=kwargs.pop("env", self.env),
            stdout=log,
            stderr=subprocess.STDOUT,
            start_new_session=True,
            **kwargs,
        )
        process._samverkan_log = log  # type: ignore[attr-defined]
        self._processes.append(process)
        return process

    def _start_x(self) -> str:
        """A new Xvfb: on ``$SAMVERKAN_SR_DISPLAY`` if set, else on the first free display."""
        wanted = os.environ.get("SAMVERKAN_SR_DISPLAY")
        width, height = self.size
        screen = ["-screen", "0", f"{width}x{height}x24", "-nolisten", "tcp", "-noreset"]
        for _attempt in range(5):
            if wanted:
                display = f":{wanted.lstrip(':')}"
                server = self._spawn(["Xvfb", display, *screen], "xvfb.log", env=dict(os.environ))
            else:
                read_end, write_end = os.pipe()
                server = self._spawn(
                    ["Xvfb", "-displayfd", str(write_end), *screen],
                    "xvfb.log",
                    env=dict(os.environ),
                    pass_fds=(write_end,),
                )
                os.close(write_end)
                with os.fdopen(read_end) as pipe:
                    display = f":{pipe.readline().strip()}"
            if self._x_answers(display, server):
                return display
            # Still in use (an X server of an earlier run ending): ours gave up; try again shortly.
            self._processes.remove(server)
            _stop(server)
            time.sleep(1)
        raise DesktopError(f"no X server could be started (see {self.workdir / 'xvfb.log'})")

    @staticmethod
    def _x_answers(display: str, server: subprocess.Popen[bytes]) -> bool:
        """Whether ``server`` runs and answers on ``display`` (not some other server about to end)."""
        deadline = time.monotonic() + 20
        probe = ["xdpyinfo", "-display", display] if shutil.which("xdpyinfo") else ["xdotool", "getmouselocation"]
        while time.monotonic() < deadline:
            if server.poll() is not None:
                return False
            answered = (
                subprocess.run(
                    probe, env={**os.environ, "DISPLAY": display}, capture_output=True, check=False, timeout=30
                ).returncode
                == 0
            )
            if answered:
                time.sleep(0.2)
                return server.poll() is None
            time.sleep(0.1)
        return False

    def _start_bus(self) -> str:
        # Its first line of output is the bus address, so this one process keeps its stdout.
        process = subprocess.Popen(
            ["dbus-run-session", "--", "sh", "-c", 'printf "%s\\n" "$DBUS_SESSION_BUS_ADDRESS"; exec sleep 86400'],
            env=self.env,
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
            start_new_session=True,
        )
        self._processes.append(process)
        assert process.stdout is not None
        address = process.stdout.readline().decode().strip()
        if not address:
            raise DesktopError("dbus-run-session gave no bus address")
        return address

    def start(self) -> None:
        home = self.workdir / "home"
        runtime = self.workdir / "run"
        for folder in (home, runtime, home / ".config", home / ".local" / "share", home / ".cache"):
            folder.mkdir(parents=True, exist_ok=True)
        runtime.chmod(0o700)
        locale = {"sv": "sv_SE.UTF-8", "en": "en_GB.UTF-8"}[self.language]
        self.env = {
            "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
            "HOME": str(home),
            "XDG_CONFIG_HOME": str(home / ".config"),
            "XDG_DATA_HOME": str(home / ".local" / "share"),
            "XDG_CACHE_HOME": str(home / ".cache"),
            "XDG_RUNTIME_DIR": str(runtime),
            # Orca's and the app's language: gettext reads LANGUAGE; C.UTF-8 exists everywhere.
            "LANG": "C.UTF-8",
            "LANGUAGE": locale.split(".")[0],
            "GSETTINGS_BACKEND": "memory",
            "NO_AT_BRIDGE": "0",
            "GTK_A11Y": "atspi",
        }
        self.env["DISPLAY"] = self._start_x()
        self.env["DBUS_SESSION_BUS_ADDRESS"] = self._start_bus()
        self._spawn([AT_SPI_BUS_LAUNCHER, "--launch-immediately"], "at-spi-bus.log")
        self._spawn(["openbox", "--sm-disable"], "openbox.log")
        self._wait_for_a11y_bus()
        self.env["SAMVERKAN_SR_TRANSCRIPT"] = str(self.transcript)
        self.transcript.touch()
        prefs = self.workdir / "orca-settings"
        self._spawn([SYSTEM_PYTHON, str(ORCA_SPEECH / "run_orca.py"), str(prefs), str(self.orca_log)], "orca.log")
        self._wait_for(lambda: "ORCA: Starting ATSPI registry" in self._log_text(), "Orca to start", 60)
        self.settle()

    def _wait_for_a11y_bus(self) -> None:
        """Until the launcher owns ``org.a11y.Bus`` (asking that name earlier would make D-Bus start a
        second launcher, and ours, losing the name to it, would quit)."""

        def owned() -> bool:
            result = subprocess.run(
                [
                    "dbus-send",
                    "--session",
                    "--print-reply",
                    "--dest=org.freedesktop.DBus",
                    "/org/freedesktop/DBus",
                    "org.freedesktop.DBus.NameHasOwner",
                    "string:org.a11y.Bus",
                ],
                env=self.env,
                capture_output=True,
                text=True,
                check=False,
                timeout=30,
            )
            return result.returncode == 0 and "boolean true" in result.stdout

        self._wait_for(owned, "the AT-SPI bus launcher", 30)

    def _log_text(self) -> str:
        try:
            return self.orca_log.read_text(encoding="utf-8", errors="replace")
        except FileNotFoundError:
            return ""

    def _wait_for(self, condition, what: str, timeout: float) -> None:  # type: ignore[no-untyped-def]
        deadline = time.monotonic() + timeout
        while not condition():
            self._check_alive()
            if time.monotonic() > deadline:
                raise DesktopError(f"timed out waiting for {what} (logs in {self.workdir})")
            time.sleep(0.05)

    def _check_alive(self) -> None:
        for process in self._processes:
            if process.poll() is not None and process is not self.app:
                raise DesktopError(f"{process.args[0]} … ended with {process.returncode} (logs in {self.workdir})")

    # -- the app -------------------------------------------------------------------------------

    def launch(self, *args: str, config: Path, program: tuple[str, ...] = ("-m", "samverkan_gui")) -> list[Utterance]:
        """Start the app (``python -m samverkan_gui ARGS``) and return what Orca says as it appears."""
        env = dict(self.env)
        env.update(
            QT_QPA_PLATFORM="xcb",
            QT_LINUX_ACCESSIBILITY_ALWAYS_ON="1",
            QT_ACCESSIBILITY="1",
            SAMVERKAN_LANG=self.language,
            SAMVERKAN_CONFIG_DIR=str(config / "config"),
            SAMVERKAN_DATA_DIR=str(config / "data"),
            PYTHONPATH=str(HERE.parent.parent),
            PYTHONDONTWRITEBYTECODE="1",
        )
        config.mkdir(parents=True, exist_ok=True)
        self.settle(expect_speech=False)
        self._new_lines()  # what Orca said about an earlier app belongs to none of this one's steps
        self.app = self._spawn([sys.executable, *program, *args], f"{config.name}.log", env=env, cwd=str(config))
        deadline = time.monotonic() + 60
        while not any(u.spoken for u in self._new_lines(peek=True)):
            self._check_alive()
            if self.app.poll() is not None:
                raise DesktopError(f"the app ended with {self.app.returncode} (see {self.workdir}/{config.name}.log)")
            if time.monotonic() > deadline:
                raise DesktopError("Orca said nothing when the app's window appeared")
            time.sleep(0.05)
        return self.settle(expect_speech=False)

    # -- keys and speech ------------------------------------------------------------------------

    def _new_lines(self, *, peek: bool = False) -> list[Utterance]:
        with self.transcript.open("rb") as handle:
            handle.seek(self._read_offset)
            data = handle.read()
        end = data.rfind(b"\n") + 1
        if not peek:
            self._read_offset += end
        found = []
        for line in data[:end].decode("utf-8").splitlines():
            kind, _, text = line.partition("\t")
            found.append(Utterance(kind, text))
        return found

    def settle(self, *, expect_speech: bool = True) -> list[Utterance]:
        """Wait until Orca is quiet; return what it said meanwhile."""
        start = time.monotonic()
        said: list[Utterance] = []
        last_change = start
        sizes = (-1, -1)
        while True:
            now = time.monotonic()
            current = (self._size(self.transcript), self._size(self.orca_log))
            if current != sizes:
                sizes = current
                last_change = now
                said.extend(self._new_lines())
            quiet_for = now - last_change
            anything = any(u.spoken for u in said)
            if quiet_for >= (QUIET if anything or not expect_speech else SILENCE):
                return said
            if now - start > LONGEST:
                return said
            self._check_alive()
            time.sleep(0.03)

    @staticmethod
    def _size(path: Path) -> int:
        try:
            return path.stat().st_size
        except FileNotFoundError:
            return -1

    def press(self, key: str) -> Step:
        """Press one key (an xdotool key name, e.g. ``Tab``, ``ctrl+r``, ``3``) and return what Orca said."""
        late = self._new_lines()
        subprocess.run(["xdotool", "key", "--clearmodifiers", key], env=self.env, check=True, timeout=30)
        return Step(key, self.settle(), late=late)

    def type_text(self, text: str) -> Step:
        late = self._new_lines()
        subprocess.run(["xdotool", "type", "--delay", "60", text], env=self.env, check=True, timeout=60)
        return Step(f"type {text!r}", self.settle(), late=late)

    # -- closing -------------------------------------------------------------------------------

    def close_app(self) -> None:
        if self.app is not None:
            _stop(self.app)
            self._processes.remove(self.app)
            self.app = None

    def close(self) -> None:
        for process in reversed(self._processes):
            _stop(process)
        self._processes.clear()


def _stop(process: subprocess.Popen[bytes]) -> None:
    """SIGTERM to the process group, SIGKILL after a grace period (Orca sometimes ignores SIGTERM)."""
    if process.poll() is None:
        with suppress(ProcessLookupError):
            os.killpg(process.pid, signal.SIGTERM)
        with suppress(subprocess.TimeoutExpired):
            process.wait(3)
    with suppress(ProcessLookupError):
        os.killpg(process.pid, signal.SIGKILL)
    process.wait(10)
    if process.stdout:
        process.stdout.close()
    log = getattr(process, "_samverkan_log", None)
    if log:
        log.close()
