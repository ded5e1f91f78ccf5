"""Benchmarks: every figure against a baseline measured in the same run.

    python bench/run.py            # the full set (a few minutes)
    python bench/run.py --quick    # fewer repeats and files (< 2 minutes)
    python bench/run.py --markdown docs/performance.md   # also rewrite the figures table there

The machine is shared and noisy, so each figure is measured several times and
the *median* is printed, next to a baseline measured the same way in the same
run: a bare PySide6 window for start-up time and memory, a one-paragraph
reportlab document for the PDFs, reading and YAML-parsing the same files for
loading many assessments.  Figures whose module has not landed yet print
"not available yet" instead of failing.

Start-up is also measured as a screen-reader user gets it: on a private Xvfb (xcb)
with its own D-Bus session and AT-SPI bus and ``QT_LINUX_ACCESSIBILITY_ALWAYS_ON=1``,
against a plain Qt form of the start view's shape, as the median of ratios paired
per round (Xvfb, dbus-daemon and at-spi2-core needed; otherwise "not measured").

Not a test: nothing here asserts; the targets are printed next to the figures.
"""

from __future__ import annotations

import argparse
import importlib.util
import io
import json
import os
import platform
import random
import re
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

MARK_BEGIN = "<!-- bench:begin -->"
MARK_END = "<!-- bench:end -->"


def available(*modules: str) -> list[str]:
    """The modules among ``modules`` that cannot be imported (their files are missing)."""
    missing = []
    for name in modules:
        try:
            found = importlib.util.find_spec(name) is not None
        except ModuleNotFoundError:
            found = False
        if not found:
            missing.append(name)
    return missing


def unavailable(figures: Sequence[Figure], *modules: str) -> bool:
    """True, with each figure marked "not available yet", when any of ``modules`` cannot be imported."""
    missing = available(*modules)
    for figure in figures if missing else ():
        figure.value, figure.note = "not available yet", f"missing {', '.join(missing)}"
    return bool(missing)


@dataclass
class Figure:
    name: str
    target: str
    value: str = ""
    baseline: str = ""
    ratio: str = ""
    verdict: str = ""
    note: str = ""
    samples: list[float] = field(default_factory=list)

    def row(self) -> str:
        return f"| {self.name} | {self.value} | {self.baseline} | {self.ratio} | {self.target} | {self.verdict} |"


def median(values: list[float]) -> float:
    return statistics.median(values)


def ms(seconds: float) -> str:
    return f"{seconds * 1000:.1f} ms"


def timed(function: Callable[[], object], repeats: int, warmup: int = 1) -> list[float]:
    for _ in range(warmup):
        function()
    samples = []
    for _ in range(repeats):
        started = time.perf_counter()
        function()
        samples.append(time.perf_counter() - started)
    return samples


# --- start-up and memory (child processes) ---------------------------------------------------

# Both children do the same: import Qt, create the QApplication, watch for the first
# paint of a top-level window, then (QTimer.singleShot(0) after it) print the time since
# the parent's launch stamp; 300 ms later they print the peak RSS and exit.
CHILD_COMMON = r"""
import os, sys, time
LAUNCHED = float(sys.argv[1])
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QWidget

def peak_rss_kb():
    try:
        with open("/proc/self/status") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1])
    except OSError:
        pass
    import resource
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss

class FirstPaint(QObject):
    def __init__(self):
        super().__init__()
        self.done = False
    def eventFilter(self, obj, event):
        if not self.done and event.type() == QEvent.Type.Paint and isinstance(obj, QWidget) and obj.window().isVisible():
            self.done = True
            QTimer.singleShot(0, self.report)
        return False
    def report(self):
        print("painted", time.monotonic() - LAUNCHED, flush=True)
        print("cpu", time.process_time(), flush=True)
        QTimer.singleShot(300, self.finish)
    def finish(self):
        print("peak_rss_kb", peak_rss_kb(), flush=True)
        if os.environ.get("SAMVERKAN_BENCH_CHECK_ACCESSIBLE"):
            from PySide6.QtGui import QAccessible
            print("accessible", int(QAccessible.isActive()), flush=True)
        os._exit(0)

app = QApplication(sys.argv[:1])
watcher = FirstPaint()
app.installEventFilter(watcher)
QTimer.singleShot(30_000, lambda: os._exit(3))
"""

CHILD_BARE = (
    CHILD_COMMON
    + r"""
from PySide6.QtWidgets import QMainWindow
window = QMainWindow()
window.resize(1024, 768)
window.show()
app.exec()
"""
)

# A reference, not a target: a plain Qt form of about the start view's size (title, five
# fields, two buttons, four menus), to show what any comparable window costs over a bare one.
CHILD_FORM = (
    CHILD_COMMON
    + r"""
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (QComboBox, QDateEdit, QFormLayout, QLabel, QLineEdit, QMainWindow, QPushButton,
                               QVBoxLayout, QWidget)
window = QMainWindow()
window.resize(1024, 768)
central = QWidget()
outer = QVBoxLayout(central)
title = QLabel("Testa din samverkan!")
title.setWordWrap(True)
title.setAlignment(Qt.AlignmentFlag.AlignCenter)
outer.addWidget(title)
form = QFormLayout()
for name in ("Samverkan", "Besvarad av", "Organisation"):
    form.addRow(name, QLineEdit())
form.addRow("Datum", QDateEdit())
form.addRow("Frågeformulär", QComboBox())
outer.addLayout(form)
outer.addWidget(QPushButton("Starta"))
outer.addWidget(QPushButton("Öppna…"))
window.setCentralWidget(central)
for menu in ("Arkiv", "Redigera", "Visa", "Hjälp"):
    items = window.menuBar().addMenu(menu)
    for i in range(5):
        items.addAction(f"{menu} {i}")
window.statusBar()
window.show()
app.exec()
"""
)

CHILD_APP = (
    CHILD_COMMON
    + r"""
from samverkan_gui.app import run_gui
sys.exit(run_gui([]))
"""
)


@dataclass
class Start:
    """One child's start: wall time from launch to the first painted frame, its CPU time then, peak memory."""

    seconds: float
    cpu_seconds: float
    peak_mb: float
    #: ``QAccessible.isActive()`` in the child (asked only with SAMVERKAN_BENCH_CHECK_ACCESSIBLE set).
    accessible: bool | None = None


def start_child(code: str, env: dict[str, str]) -> Start:
    launched = time.monotonic()
    done = subprocess.run(
        [sys.executable, "-c", code, repr(launched)],
        cwd=REPO,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    values = dict(line.split(maxsplit=1) for line in done.stdout.splitlines() if " " in line)
    if "painted" not in values or "peak_rss_kb" not in values:
        raise RuntimeError(f"child did not paint (exit {done.returncode}): {done.stderr[-1500:]}")
    accessible = values.get("accessible")
    return Start(
        float(values["painted"]),
        float(values["cpu"]),
        float(values["peak_rss_kb"]) / 1024,
        None if accessible is None else accessible == "1",
    )


def child_env(home: Path, base: dict[str, str]) -> dict[str, str]:
    """The environment every start-up child gets: its own settings and data folders, bytecode cached."""
    env = {
        **base,
        "SAMVERKAN_CONFIG_DIR": str(home / "config"),
        "SAMVERKAN_DATA_DIR": str(home / "data"),
        "SAMVERKAN_LANG": "sv",
        "PYTHONPATH": str(REPO),
        # Bytecode as an installed app has it (pip and PyInstaller ship .pyc files): with
        # PYTHONDONTWRITEBYTECODE set in the caller's shell, every start would compile our
        # sources again (~35 ms and ~1 MB), which no user ever pays. The warm-ups write
        # the cache; all children run with exactly this environment.
        "PYTHONPYCACHEPREFIX": str(home / "pycache"),
    }
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    return env


STARTUP_CHILDREN = {"bare": CHILD_BARE, "form": CHILD_FORM, "app": CHILD_APP}


def alternate_starts(env: dict[str, str], repeats: int) -> dict[str, list[Start]]:
    """``repeats`` rounds of the bare window, the plain form and the app, each once per round.

    One warm-up of each first (the OS file cache, the bytecode cache); the order rotates from
    round to round so that neither a position in the round nor a burst of load favours one.
    """
    names = list(STARTUP_CHILDREN)
    for name in names:
        start_child(STARTUP_CHILDREN[name], env)
    starts: dict[str, list[Start]] = {name: [] for name in names}
    for round_ in range(repeats):
        shift = round_ % len(names)
        for name in names[shift:] + names[:shift]:
            starts[name].append(start_child(STARTUP_CHILDREN[name], env))
    return starts


START_TARGET = 1.3
MEMORY_TARGET = 1.25


def bench_startup(repeats: int, figures: list[Figure]) -> None:
    # The app may cost at most this much over a bare window (first asked: 1.5× and 1.3×).
    start = Figure("Cold start to first painted window", f"≤ {START_TARGET}× bare PySide6 window")
    memory = Figure("Peak memory (VmHWM) after start", f"≤ {MEMORY_TARGET}× bare PySide6 window")
    form_start = Figure("  reference: plain Qt form of the same size, start", "(none)")
    form_memory = Figure("  reference: plain Qt form of the same size, memory", "(none)")
    figures += [start, memory, form_start, form_memory]
    if unavailable((start, memory, form_start, form_memory), "samverkan_gui.app", "samverkan_gui.ui.main_window"):
        return
    with tempfile.TemporaryDirectory(prefix="samverkan-bench-") as home:
        base = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen")}
        starts = alternate_starts(child_env(Path(home), base), repeats)
    bare_t, form_t, app_t = ([s.seconds for s in starts[name]] for name in ("bare", "form", "app"))
    bare_m, form_m, app_m = ([s.peak_mb for s in starts[name]] for name in ("bare", "form", "app"))
    form_start.value, form_start.baseline = ms(median(form_t)), ms(median(bare_t))
    form_start.ratio = f"{median(form_t) / median(bare_t):.2f}×"
    form_start.note = f"Samverkan / plain form: {median(app_t) / median(form_t):.2f}×"
    form_memory.value, form_memory.baseline = f"{median(form_m):.1f} MB", f"{median(bare_m):.1f} MB"
    form_memory.ratio = f"{median(form_m) / median(bare_m):.2f}×"
    form_memory.note = f"Samverkan / plain form: {median(app_m) / median(form_m):.2f}×"
    start.value, start.baseline = ms(median(app_t)), ms(median(bare_t))
    ratio = median(app_t) / median(bare_t)
    start.ratio, start.verdict = f"{ratio:.2f}×", "met" if ratio <= START_TARGET else "MISSED"
    memory.value, memory.baseline = f"{median(app_m):.1f} MB", f"{median(bare_m):.1f} MB"
    ratio = median(app_m) / median(bare_m)
    memory.ratio, memory.verdict = f"{ratio:.2f}×", "met" if ratio <= MEMORY_TARGET else "MISSED"


# --- start-up with accessibility on (what a screen-reader user gets) --------------------------

#: Debian: xvfb, dbus-daemon (dbus-bin for dbus-send), at-spi2-core.
AT_SPI_BUS_LAUNCHER = Path("/usr/libexec/at-spi-bus-launcher")
ACCESSIBLE_TARGET = 1.15


class DesktopError(RuntimeError):
    """The private X server, session bus or AT-SPI bus could not be set up."""


class AccessibleDesktop:
    """A private X server (Xvfb), D-Bus session bus and AT-SPI bus, as a screen-reader user's desktop has.

    Nothing of the caller's session is used: the display is one Xvfb picks free
    (``-displayfd``), the session bus and the accessibility bus are new, and the runtime
    folder is temporary. Every process started here runs in a process group of its own
    and is stopped (SIGTERM, then SIGKILL) when the desktop closes, also on errors.
    """

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.env: dict[str, str] = {}
        self._processes: list[subprocess.Popen[bytes]] = []

    @staticmethod
    def missing() -> list[str]:
        """What this machine lacks for the run (program names), empty when all is there."""
        import shutil

        needed = [name for name in ("Xvfb", "dbus-daemon", "dbus-send") if shutil.which(name) is None]
        return needed + ([] if AT_SPI_BUS_LAUNCHER.exists() else [str(AT_SPI_BUS_LAUNCHER)])

    def __enter__(self) -> AccessibleDesktop:
        try:
            self._start()
        except BaseException:
            self.close()
            raise
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()

    def _spawn(self, args: list[str], env: dict[str, str], **kwargs) -> subprocess.Popen[bytes]:  # type: ignore[no-untyped-def]
        kwargs.setdefault("stdout", subprocess.DEVNULL)
        process = subprocess.Popen(args, env=env, stderr=subprocess.DEVNULL, start_new_session=True, **kwargs)
        self._processes.append(process)
        return process

    def _start(self) -> None:
        runtime = self.folder / "runtime"
        runtime.mkdir(mode=0o700)
        env = {
            key: value
            for key, value in os.environ.items()
            if key not in ("DBUS_SESSION_BUS_ADDRESS", "AT_SPI_BUS_ADDRESS")
        }
        env.update(XDG_RUNTIME_DIR=str(runtime), GSETTINGS_BACKEND="memory", NO_AT_BRIDGE="0")
        # The X server picks a free display and writes its number to the pipe once it accepts clients.
        read_end, write_end = os.pipe()
        try:
            self._spawn(
                ["Xvfb", "-displayfd", str(write_end), "-screen", "0", "1280x1024x24", "-nolisten", "tcp"],
                env,
                pass_fds=(write_end,),
            )
        finally:
            os.close(write_end)
        with os.fdopen(read_end) as pipe:
            number = self._read_line(pipe, "Xvfb to accept clients")
        env["DISPLAY"] = f":{number}"
        bus = self._spawn(
            ["dbus-daemon", "--session", "--nofork", "--nopidfile", "--print-address=1"], env, stdout=subprocess.PIPE
        )
        assert bus.stdout is not None
        env["DBUS_SESSION_BUS_ADDRESS"] = self._read_line(io.TextIOWrapper(bus.stdout), "the session bus")
        self._spawn([str(AT_SPI_BUS_LAUNCHER), "--launch-immediately"], env)
        # Until the launcher owns org.a11y.Bus and hands out the accessibility bus's address (asking
        # earlier would make D-Bus activate a second launcher outside our process groups).
        deadline = time.monotonic() + 30
        while "unix:" not in self._bus_address(env):
            self._check_alive()
            if time.monotonic() > deadline:
                raise DesktopError("the AT-SPI bus launcher did not answer within 30 s")
            time.sleep(0.1)
        env.update(QT_QPA_PLATFORM="xcb", QT_LINUX_ACCESSIBILITY_ALWAYS_ON="1")
        self.env = env

    def _read_line(self, stream: io.TextIOBase, what: str) -> str:
        import selectors

        with selectors.DefaultSelector() as selector:
            selector.register(stream, selectors.EVENT_READ)
            if not selector.select(timeout=30):
                raise DesktopError(f"timed out waiting for {what}")
        line = stream.readline().strip()
        if not line:
            raise DesktopError(f"no answer from {what}")
        return line

    @staticmethod
    def _bus_address(env: dict[str, str]) -> str:
        if (
            subprocess.run(
                [
                    "dbus-send",
                    "--session",
                    "--print-reply",
                    "--dest=org.freedesktop.DBus",
                    "/org/freedesktop/DBus",
                    "org.freedesktop.DBus.NameHasOwner",
                    "string:org.a11y.Bus",
                ],
                env=env,
                capture_output=True,
                text=True,
                timeout=30,
                check=False,
            ).stdout.find("boolean true")
            < 0
        ):
            return ""
        return subprocess.run(
            [
                "dbus-send",
                "--session",
                "--print-reply",
                "--dest=org.a11y.Bus",
                "/org/a11y/bus",
                "org.a11y.Bus.GetAddress",
            ],
            env=env,
            capture_output=True,
            text=True,
            timeout=30,
            check=False,
        ).stdout

    def _check_alive(self) -> None:
        for process in self._processes:
            if process.poll() is not None:
                raise DesktopError(f"{process.args[0]} ended with exit code {process.returncode}")

    def close(self) -> None:
        import signal

        for process in reversed(self._processes):
            for sig, grace in ((signal.SIGTERM, 5), (signal.SIGKILL, 10)):
                try:
                    os.killpg(process.pid, sig)
                except ProcessLookupError:
                    break  # the whole group is gone
                try:
                    process.wait(grace)
                except subprocess.TimeoutExpired:
                    continue
            if process.stdout is not None:
                process.stdout.close()
        self._processes.clear()


def paired(numerators: list[Start], denominators: list[Start], value: Callable[[Start], float]) -> list[float]:
    """Per round, the ratio of two children's figures (measured within a second of each other)."""
    return [value(a) / value(b) for a, b in zip(numerators, denominators, strict=True)]


def spread(ratios: list[float]) -> str:
    ordered = sorted(ratios)
    return f"{ordered[0]:.2f}–{ordered[-1]:.2f}×"


def bench_startup_accessible(repeats: int, figures: list[Figure]) -> None:
    """xcb on a private Xvfb with Qt's AT-SPI bridge on: the app against the plain form, paired per round."""
    start = Figure("Cold start, accessibility on (xcb + AT-SPI bus)", f"≤ {ACCESSIBLE_TARGET}× plain Qt form (paired)")
    memory = Figure("Peak memory, accessibility on", f"≤ {ACCESSIBLE_TARGET}× plain Qt form (paired)")
    cpu = Figure("  CPU time to first paint, accessibility on", "(explains the start)")
    bare = Figure("  reference: bare window, accessibility on", "(none)")
    figures += [start, memory, cpu, bare]
    if unavailable((start, memory, cpu, bare), "samverkan_gui.app", "samverkan_gui.ui.main_window"):
        return
    missing = AccessibleDesktop.missing()
    if missing:
        for figure in (start, memory, cpu, bare):
            figure.value, figure.note = "not measured", f"missing {', '.join(missing)}"
        return
    load_before = os.getloadavg()[0]
    try:
        with (
            tempfile.TemporaryDirectory(prefix="samverkan-bench-a11y-") as home,
            AccessibleDesktop(Path(home)) as desktop,
        ):
            env = child_env(Path(home), desktop.env)
            env["SAMVERKAN_BENCH_CHECK_ACCESSIBLE"] = "1"
            starts = alternate_starts(env, repeats)
    except (DesktopError, RuntimeError, OSError, subprocess.TimeoutExpired) as exc:
        # The other figures are still worth having: say what went wrong here instead.
        for figure in (start, memory, cpu, bare):
            figure.value, figure.note = "failed", str(exc).splitlines()[-1][:300] if str(exc) else type(exc).__name__
        return
    load = f"load average {load_before:.1f} → {os.getloadavg()[0]:.1f} on {os.cpu_count()} CPUs"
    if not all(s.accessible for runs in starts.values() for s in runs):
        for figure in (start, memory, cpu, bare):
            figure.value, figure.note = "failed", "Qt's accessibility was not active in every child"
        return
    app, form, plain = starts["app"], starts["form"], starts["bare"]
    for figure, of in ((start, lambda s: s.seconds), (memory, lambda s: s.peak_mb), (cpu, lambda s: s.cpu_seconds)):
        ratios = paired(app, form, of)
        figure.samples = ratios
        unit = (lambda v: f"{v:.1f} MB") if figure is memory else ms
        figure.value, figure.baseline = (
            unit(median([of(s) for s in app])),
            f"{unit(median([of(s) for s in form]))} (form)",
        )
        figure.ratio = f"{median(ratios):.2f}×"
        figure.note = (
            f"median of {len(ratios)} paired ratios Samverkan / plain form, spread {spread(ratios)}; "
            f"Samverkan / bare window {median(paired(app, plain, of)):.2f}×"
        )
        if figure is not cpu:
            figure.verdict = "met" if median(ratios) <= ACCESSIBLE_TARGET else "MISSED"
    start.note += f"; {load}"
    bare.value = f"{ms(median([s.seconds for s in plain]))}, {median([s.peak_mb for s in plain]):.1f} MB"
    bare.note = f"plain form / bare window: {median(paired(form, plain, lambda s: s.seconds)):.2f}× start, " + (
        f"{median(paired(form, plain, lambda s: s.peak_mb)):.2f}× memory"
    )


# --- a rating keystroke (child process with the real window) ----------------------------------

CHILD_KEYSTROKE = r"""
import os, sys, time, statistics, json
from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QRadioButton, QWidget
from samverkan_gui.app import create_application
from samverkan_gui.ui.main_window import MainWindow
from samverkan_gui.core.registry import shipped_registry

repeats = int(sys.argv[1])
app = create_application([sys.argv[0]])
window = MainWindow()
window.resize(1280, 900)
window.show()
QTest.qWaitForWindowExposed(window)
q = shipped_registry().default()
window.start_new(q, {"collaboration": "Bench"})
for _ in range(20):
    app.processEvents()

class Painted(QObject):
    def __init__(self):
        super().__init__()
        self.painted = False
    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Paint and isinstance(obj, QWidget) and obj.window() is window:
            self.painted = True
        return False

watch = Painted()
app.installEventFilter(watch)
keys = [Qt.Key.Key_1, Qt.Key.Key_2, Qt.Key.Key_3, Qt.Key.Key_4, Qt.Key.Key_5]
samples = []
before = window.session.assessment
page = 0
changes = 0
for i in range(repeats + 3):
    target = app.focusWidget()
    if not isinstance(target, QRadioButton) or target.window() is not window:
        # Past the block's last question the focus goes to the notes: rate on the next block.
        page = (page + 1) % len(q.blocks)
        window.editor_view.go_to(page, focus=True)
        for _ in range(5):
            app.processEvents()
        target = app.focusWidget()
    answers = dict(window.session.assessment.answers)
    watch.painted = False
    started = time.perf_counter()
    QTest.keyClick(target, keys[i % 5])
    while not watch.painted:
        app.processEvents()  # returns after the whole dirty region is repainted
        if time.perf_counter() - started > 5:
            break
    elapsed = time.perf_counter() - started
    changed_now = dict(window.session.assessment.answers) != answers
    if i >= 3 and changed_now:
        samples.append(elapsed)
    changes += changed_now
changed = window.session.assessment != before and changes >= repeats
print(json.dumps({"samples": samples, "changed": changed}))
os._exit(0)
"""


def bench_keystroke(repeats: int, figures: list[Figure]) -> None:
    figure = Figure("Rating keystroke to repainted page (median)", "≤ 16 ms")
    figures.append(figure)
    if unavailable((figure,), "samverkan_gui.app", "samverkan_gui.ui.main_window"):
        return
    with tempfile.TemporaryDirectory(prefix="samverkan-bench-") as home:
        env = {
            **os.environ,
            "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen"),
            "SAMVERKAN_CONFIG_DIR": str(Path(home) / "config"),
            "SAMVERKAN_DATA_DIR": str(Path(home) / "data"),
            "SAMVERKAN_LANG": "sv",
            "PYTHONPATH": str(REPO),
        }
        done = subprocess.run(
            [sys.executable, "-c", CHILD_KEYSTROKE, str(repeats)],
            cwd=REPO,
            env=env,
            capture_output=True,
            text=True,
            timeout=300,
            check=False,
        )
    lines = [line for line in done.stdout.splitlines() if line.startswith("{")]
    if not lines:
        figure.value, figure.note = "failed", done.stderr[-500:]
        return
    result = json.loads(lines[-1])
    samples = result["samples"]
    figure.samples = samples
    figure.value = ms(median(samples))
    figure.baseline = f"p90 {ms(sorted(samples)[int(len(samples) * 0.9)])}"
    figure.verdict = "met" if median(samples) <= 0.016 and result["changed"] else "MISSED"
    if not result["changed"]:
        figure.note = "not every keystroke changed a rating"


# --- PDFs (in this process: "a running app", fonts and reportlab already loaded) --------------


def baseline_pdf() -> Callable[[], object]:
    """A one-paragraph A4 document with the same embedded fonts: reportlab's fixed cost."""
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import Paragraph, SimpleDocTemplate

    from samverkan_gui.report.fonts import register_fonts

    regular, _ = register_fonts()
    style = ParagraphStyle("p", fontName=regular, fontSize=10)

    def build() -> None:
        buffer = io.BytesIO()
        SimpleDocTemplate(buffer, pagesize=A4).build([Paragraph("Testa din samverkan – åäö čđŋšŧž", style)])

    return build


def sample_assessment(rng: random.Random, questionnaire, **details):  # type: ignore[no-untyped-def]
    from samverkan_gui.core.assessment import Assessment

    a = Assessment.new(questionnaire, **details)
    for qid in questionnaire.question_ids:
        a = a.with_answer(qid, rng.randint(questionnaire.scale.min, questionnaire.scale.max))
    for block in questionnaire.blocks[:2]:
        a = a.with_note(block.id, "Vi behöver tydligare spelregler för besluten. " * 3)
    return a


def bench_pdfs(repeats: int, figures: list[Figure]) -> None:
    single = Figure("PDF of one assessment (warm)", "≤ 150 ms")
    group = Figure("Group PDF of 30 participants (warm)", "≤ 500 ms")
    figures += [single, group]
    from samverkan_gui.core.registry import shipped_registry

    questionnaire = shipped_registry().default()
    rng = random.Random(6)
    base = timed(baseline_pdf(), repeats, warmup=2)
    if available("samverkan_gui.report.pdf"):
        single.value = "not available yet"
    else:
        from samverkan_gui.report.pdf import write_assessment_pdf

        a = sample_assessment(rng, questionnaire, collaboration="Näringslivsrådet", respondent="Anna")
        samples = timed(lambda: write_assessment_pdf(a, questionnaire, io.BytesIO()), repeats, warmup=2)
        single.samples = samples
        single.value, single.baseline = ms(median(samples)), f"{ms(median(base))} (1-paragraph PDF)"
        single.ratio = f"{median(samples) / median(base):.1f}×"
        single.verdict = "met" if median(samples) <= 0.150 else "MISSED"
    if unavailable((group,), "samverkan_gui.report.group_pdf", "samverkan_gui.core.group"):
        return
    from samverkan_gui.core.group import Group
    from samverkan_gui.core.group_load import participant_from_assessment
    from samverkan_gui.report.group_pdf import write_group_pdf

    g = Group.new(questionnaire, collaboration="Workshop")
    for i in range(30):
        g = g.with_participant(participant_from_assessment(sample_assessment(rng, questionnaire, respondent=f"P{i}")))
    samples = timed(lambda: write_group_pdf(g, questionnaire, io.BytesIO()), repeats, warmup=2)
    group.samples = samples
    group.value, group.baseline = ms(median(samples)), f"{ms(median(base))} (1-paragraph PDF)"
    group.ratio = f"{median(samples) / median(base):.1f}×"
    group.verdict = "met" if median(samples) <= 0.500 else "MISSED"


def bench_word(repeats: int, figures: list[Figure]) -> None:
    """The Word reports, against the PDF of the same report (the charts are drawn as pictures too)."""
    single = Figure("Word report of one assessment (warm)", "≤ 500 ms")
    group = Figure("Group Word report of 30 participants (warm)", "≤ 1 s")
    figures += [single, group]
    if unavailable((single, group), "samverkan_gui.report.word", "samverkan_gui.report.group_word"):
        return
    from samverkan_gui.core.group import Group
    from samverkan_gui.core.group_load import participant_from_assessment
    from samverkan_gui.core.registry import shipped_registry
    from samverkan_gui.report.group_pdf import write_group_pdf
    from samverkan_gui.report.group_word import write_group_docx
    from samverkan_gui.report.pdf import write_assessment_pdf
    from samverkan_gui.report.word import write_assessment_docx

    questionnaire = shipped_registry().default()
    rng = random.Random(6)
    a = sample_assessment(rng, questionnaire, collaboration="Näringslivsrådet", respondent="Anna")
    g = Group.new(questionnaire, collaboration="Workshop")
    for i in range(30):
        g = g.with_participant(participant_from_assessment(sample_assessment(rng, questionnaire, respondent=f"P{i}")))
    for figure, word, pdf, limit in (
        (
            single,
            lambda: write_assessment_docx(a, questionnaire, io.BytesIO()),
            lambda: write_assessment_pdf(a, questionnaire, io.BytesIO()),
            0.5,
        ),
        (
            group,
            lambda: write_group_docx(g, questionnaire, io.BytesIO()),
            lambda: write_group_pdf(g, questionnaire, io.BytesIO()),
            1.0,
        ),
    ):
        base = timed(pdf, repeats, warmup=2)
        samples = timed(word, repeats, warmup=2)
        figure.samples = samples
        figure.value, figure.baseline = ms(median(samples)), f"{ms(median(base))} (the same report as PDF)"
        figure.ratio = f"{median(samples) / median(base):.1f}×"
        figure.verdict = "met" if median(samples) <= limit else "MISSED"


# --- comparing over time ---------------------------------------------------------------------


def make_series(folder: Path, count: int, questionnaire) -> list[Path]:  # type: ignore[no-untyped-def]
    """``count`` yearly assessments of one collaboration, each with a plan of two blocks."""
    import datetime as dt

    from samverkan_gui.core.assessment import dump_assessment
    from samverkan_gui.core.plan import Action, BlockPlan, Status

    rng = random.Random(10)
    paths = []
    for i in range(count):
        a = sample_assessment(rng, questionnaire, collaboration="Näringslivsrådet", respondent="Anna")
        plan = [
            BlockPlan(
                block.id,
                why="Beslut fattas inte mellan mötena. " * 3,
                actions=tuple(
                    Action(f"Åtgärd {n}", "Anna", dt.date(2030, 1, 1), rng.choice(list(Status))) for n in range(4)
                ),
            )
            for block in questionnaire.blocks[:2]
        ]
        a = a.with_details(date=dt.date(2015 + i, 3, 1)).with_plan(plan)
        path = folder / f"år-{i:02d}.samverkan"
        path.write_bytes(dump_assessment(a, questionnaire))
        paths.append(path)
    rng.shuffle(paths)  # given in any order: the comparison sorts by date
    return paths


def bench_compare(repeats: int, figures: list[Figure]) -> None:
    loading = Figure("Comparison of 10 files (load + compare)", "≤ 300 ms")
    pdf = Figure("Comparison PDF of 10 files (warm)", "≤ 300 ms")
    figures += [loading, pdf]
    if unavailable((loading, pdf), "samverkan_gui.core.compare", "samverkan_gui.report.compare_pdf"):
        return
    from samverkan_gui.core.compare import compare, load_for_compare
    from samverkan_gui.core.registry import shipped_registry
    from samverkan_gui.report.compare_pdf import write_compare_pdf

    questionnaire = shipped_registry().default()
    with tempfile.TemporaryDirectory(prefix="samverkan-bench-compare-") as folder:
        paths = make_series(Path(folder), 10, questionnaire)
        base = timed(lambda: raw_parse(paths), repeats, warmup=1)
        samples = timed(lambda: compare(load_for_compare(paths)), repeats, warmup=1)
        loading.samples = samples
        loading.value, loading.baseline = ms(median(samples)), f"{ms(median(base))} (read + libyaml parse)"
        loading.ratio = f"{median(samples) / median(base):.1f}×"
        loading.verdict = "met" if median(samples) <= 0.300 else "MISSED"
        result = compare(load_for_compare(paths))
    base = timed(baseline_pdf(), repeats, warmup=2)
    samples = timed(lambda: write_compare_pdf(result, io.BytesIO()), repeats, warmup=2)
    pdf.samples = samples
    pdf.value, pdf.baseline = ms(median(samples)), f"{ms(median(base))} (1-paragraph PDF)"
    pdf.ratio = f"{median(samples) / median(base):.1f}×"
    pdf.verdict = "met" if median(samples) <= 0.300 else "MISSED"


CHILD_COMPARE_WINDOW = r"""
import json, os, sys, time
from pathlib import Path
from PySide6.QtCore import QEvent, QObject
from PySide6.QtTest import QTest
from samverkan_gui.app import create_application
from samverkan_gui.ui.main_window import MainWindow

repeats = int(sys.argv[1])
paths = [Path(p) for p in json.loads(sys.argv[2])]
app = create_application([sys.argv[0]])
window = MainWindow()
window.resize(1024, 768)
window.show()
QTest.qWaitForWindowExposed(window)
for _ in range(20):
    app.processEvents()


class ChartPainted(QObject):
    def __init__(self):
        super().__init__()
        self.painted = False

    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Paint and obj.objectName() == "compare-chart":
            self.painted = True
        return False


watch = ChartPainted()
app.installEventFilter(watch)
samples = []
shown = 0
for i in range(repeats + 2):
    watch.painted = False
    started = time.perf_counter()
    view = window.open_compare(paths)
    while view is not None and not watch.painted:
        app.processEvents()
        if time.perf_counter() - started > 5:
            break
    elapsed = time.perf_counter() - started
    if view is not None and watch.painted:
        shown += 1
        if i >= 2:  # the first two load the compare modules and reportlab-free widgets
            samples.append(elapsed)
        view.close()
    for _ in range(5):
        app.processEvents()
print(json.dumps({"samples": samples, "shown": shown}))
os._exit(0)
"""


def bench_compare_window(repeats: int, figures: list[Figure]) -> None:
    """The window side: "Jämför…" with 10 files until the comparison's chart is painted."""
    figure = Figure("Comparison of 10 files shown in the window (open to painted chart)", "≤ 300 ms")
    figures.append(figure)
    if unavailable((figure,), "samverkan_gui.core.compare", "samverkan_gui.ui.compare_view"):
        return
    from samverkan_gui.core.registry import shipped_registry

    questionnaire = shipped_registry().default()
    with tempfile.TemporaryDirectory(prefix="samverkan-bench-compare-window-") as folder:
        paths = make_series(Path(folder), 10, questionnaire)
        base = timed(lambda: raw_parse(paths), repeats, warmup=1)
        env = {
            **os.environ,
            "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen"),
            "SAMVERKAN_CONFIG_DIR": str(Path(folder) / "config"),
            "SAMVERKAN_DATA_DIR": str(Path(folder) / "data"),
            "SAMVERKAN_LANG": "sv",
            "PYTHONPATH": str(REPO),
        }
        done = subprocess.run(
            [sys.executable, "-c", CHILD_COMPARE_WINDOW, str(repeats), json.dumps([str(p) for p in paths])],
            cwd=REPO,
            env=env,
            capture_output=True,
            text=True,
            timeout=300,
            check=False,
        )
    lines = [line for line in done.stdout.splitlines() if line.startswith("{")]
    if not lines or not json.loads(lines[-1])["samples"]:
        figure.value, figure.note = "failed", done.stderr[-500:]
        return
    samples = json.loads(lines[-1])["samples"]
    figure.samples = samples
    figure.value, figure.baseline = ms(median(samples)), f"{ms(median(base))} (read + libyaml parse)"
    figure.ratio = f"{median(samples) / median(base):.1f}×"
    figure.verdict = "met" if median(samples) <= 0.300 else "MISSED"


# --- loading and aggregating many files -------------------------------------------------------


def make_files(folder: Path, count: int, questionnaire) -> list[Path]:  # type: ignore[no-untyped-def]
    from samverkan_gui.core.assessment import dump_assessment

    rng = random.Random(count)
    paths = []
    for i in range(count):
        a = sample_assessment(rng, questionnaire, collaboration="Workshop", respondent=f"Deltagare {i}")
        path = folder / f"deltagare-{i:05d}.samverkan"
        path.write_bytes(dump_assessment(a, questionnaire))
        paths.append(path)
    return paths


def load_and_aggregate(paths: list[Path], questionnaire) -> int:  # type: ignore[no-untyped-def]
    """What the workshop window does with a folder of files: load them all, then the group statistics."""
    if not available("samverkan_gui.core.group", "samverkan_gui.core.group_stats"):
        from samverkan_gui.core.group_load import load_files
        from samverkan_gui.core.group_stats import group_stats

        outcome = load_files(paths, questionnaire=questionnaire)
        group_stats(outcome.group, questionnaire)
        return len(outcome.group.participants)
    from samverkan_gui.core.assessment import load_assessment

    results = [load_assessment(path).score(questionnaire) for path in paths]
    return len(results)


def raw_parse(paths: list[Path]) -> int:
    """Baseline: read each file and parse it with libyaml's safe loader, nothing else."""
    import yaml

    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    return sum(len(yaml.load(path.read_bytes(), Loader=loader)) for path in paths)


def bench_loading(sizes: list[int], repeats: int, figures: list[Figure]) -> None:
    from samverkan_gui.core.registry import shipped_registry

    questionnaire = shipped_registry().default()
    grouped = not available("samverkan_gui.core.group", "samverkan_gui.core.group_stats")
    what = "load_files + group_stats" if grouped else "load_assessment + score (group module not available yet)"
    medians: dict[int, float] = {}
    with tempfile.TemporaryDirectory(prefix="samverkan-bench-files-") as folder:
        files = make_files(Path(folder), max(sizes), questionnaire)
        for size in sizes:
            paths = files[:size]
            target = {1000: "≤ 1 s", 10000: "≤ 10 s"}.get(size, "(slope)")
            figure = Figure(f"Load + aggregate {size:,} files", target)
            base = timed(lambda p=paths: raw_parse(p), repeats, warmup=1)
            samples = timed(lambda p=paths: load_and_aggregate(p, questionnaire), repeats, warmup=1)
            assert load_and_aggregate(paths, questionnaire) == size
            medians[size] = median(samples)
            figure.samples = samples
            figure.value = f"{median(samples):.2f} s"
            figure.baseline = f"{median(base):.2f} s (read + libyaml parse)"
            figure.ratio = f"{median(samples) / median(base):.1f}×"
            limit = {1000: 1.0, 10000: 10.0}.get(size)
            figure.verdict = ("met" if median(samples) <= limit else "MISSED") if limit else ""
            figure.note = what
            figures.append(figure)
    if len(medians) >= 2:
        xs, ys = list(medians), [medians[n] for n in medians]
        mean_x, mean_y = statistics.fmean(xs), statistics.fmean(ys)
        slope = sum((x - mean_x) * (y - mean_y) for x, y in zip(xs, ys, strict=True)) / sum(
            (x - mean_x) ** 2 for x in xs
        )
        per_file_small = medians[xs[0]] / xs[0]
        per_file_large = medians[xs[-1]] / xs[-1]
        figure = Figure("Slope of loading (least squares)", "linear")
        figure.value = f"{slope * 1000:.3f} ms/file"
        figure.baseline = (
            f"per file {per_file_small * 1000:.3f} ms at {xs[0]:,} → {per_file_large * 1000:.3f} ms at {xs[-1]:,}"
        )
        figure.ratio = f"{per_file_large / per_file_small:.2f}× per file"
        figure.verdict = "linear" if per_file_large / per_file_small < 1.5 else "SUPERLINEAR"
        figure.note = f"sizes {', '.join(map(str, xs))}"
        figures.append(figure)


# --- report -----------------------------------------------------------------------------------


def machine() -> dict[str, str]:
    cpu = platform.processor() or platform.machine()
    try:
        text = Path("/proc/cpuinfo").read_text()
        found = re.search(r"model name\s*:\s*(.+)", text)
        cpu = found.group(1).strip() if found else cpu
    except OSError:
        pass
    try:
        import PySide6

        qt = f"PySide6 {PySide6.__version__} (Qt {PySide6.QtCore.qVersion()})"  # type: ignore[attr-defined]
    except Exception:  # noqa: BLE001 - only describes the machine
        try:
            from PySide6 import QtCore

            qt = f"PySide6 {QtCore.__version__} (Qt {QtCore.qVersion()})"
        except ImportError:
            qt = "PySide6 not installed"
    import reportlab
    import yaml

    return {
        "CPU": f"{cpu}, {os.cpu_count()} logical CPUs (nproc)",
        "OS": platform.platform(),
        "Python": platform.python_version(),
        "Qt": qt,
        "reportlab / PyYAML": f"{reportlab.Version} / {yaml.__version__} (libyaml: {yaml.__with_libyaml__})",
        "Qt platform": os.environ.get("QT_QPA_PLATFORM", "offscreen"),
    }


def markdown(figures: list[Figure], info: dict[str, str], quick: bool, elapsed: float) -> str:
    lines = [
        f"Measured {time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())} with `python bench/run.py"
        f"{' --quick' if quick else ''}` in {elapsed:.0f} s.",
        "",
        *(f"- **{key}**: {value}" for key, value in info.items()),
        "",
        "| Figure | Median | Baseline (same run) | Ratio | Target | Verdict |",
        "| --- | --- | --- | --- | --- | --- |",
        *(figure.row() for figure in figures),
        "",
    ]
    notes = [f"- {figure.name}: {figure.note}" for figure in figures if figure.note]
    if notes:
        lines += ["Notes:", "", *notes, ""]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--quick", action="store_true", help="fewer repeats and files (< 2 minutes)")
    parser.add_argument("--markdown", type=Path, help=f"rewrite the part between {MARK_BEGIN} and {MARK_END}")
    parser.add_argument(
        "--only",
        choices=["startup", "accessible", "keystroke", "pdf", "compare", "loading"],
        action="append",
        help="run only these parts",
    )
    args = parser.parse_args(argv)
    parts = set(args.only or ["startup", "accessible", "keystroke", "pdf", "compare", "loading"])
    started = time.perf_counter()
    figures: list[Figure] = []
    if "startup" in parts:
        bench_startup(3 if args.quick else 9, figures)
    if "accessible" in parts:
        bench_startup_accessible(9 if args.quick else 31, figures)
    if "keystroke" in parts:
        bench_keystroke(30 if args.quick else 100, figures)
    if "pdf" in parts:
        bench_pdfs(5 if args.quick else 15, figures)
        bench_word(5 if args.quick else 15, figures)
    if "compare" in parts:
        bench_compare(5 if args.quick else 15, figures)
        bench_compare_window(5 if args.quick else 15, figures)
    if "loading" in parts:
        sizes = [250, 1000] if args.quick else [1000, 2500, 5000, 10000]
        bench_loading(sizes, 3, figures)
    elapsed = time.perf_counter() - started
    info = machine()
    width = max(len(figure.name) for figure in figures)
    for key, value in info.items():
        print(f"{key}: {value}")
    print()
    for figure in figures:
        line = f"{figure.name:<{width}}  {figure.value:>14}"
        if figure.baseline:
            line += f"  baseline {figure.baseline}"
        if figure.ratio:
            line += f"  ratio {figure.ratio}"
        line += f"  target {figure.target}"
        if figure.verdict:
            line += f"  [{figure.verdict}]"
        print(line)
        if figure.note:
            print(f"{'':<{width}}  note: {figure.note}")
    print(f"\n({elapsed:.0f} s)")
    if args.markdown:
        text = args.markdown.read_text(encoding="utf-8") if args.markdown.exists() else f"{MARK_BEGIN}\n{MARK_END}\n"
        begin, end = text.index(MARK_BEGIN) + len(MARK_BEGIN), text.index(MARK_END)
        text = text[:begin] + "\n" + markdown(figures, info, args.quick, elapsed) + text[end:]
        args.markdown.write_text(text, encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
