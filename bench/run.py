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
        QTimer.singleShot(300, self.finish)
    def finish(self):
        print("peak_rss_kb", peak_rss_kb(), flush=True)
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


def start_child(code: str, env: dict[str, str]) -> tuple[float, float]:
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
    if "painted" not in values:
        raise RuntimeError(f"child did not paint (exit {done.returncode}): {done.stderr[-1500:]}")
    return float(values["painted"]), float(values["peak_rss_kb"]) / 1024


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
        env = {
            **os.environ,
            "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen"),
            "SAMVERKAN_CONFIG_DIR": str(Path(home) / "config"),
            "SAMVERKAN_DATA_DIR": str(Path(home) / "data"),
            "SAMVERKAN_LANG": "sv",
            "PYTHONPATH": str(REPO),
            # Bytecode as an installed app has it (pip and PyInstaller ship .pyc files): with
            # PYTHONDONTWRITEBYTECODE set in the caller's shell, every start would compile our
            # sources again (~35 ms and ~1 MB), which no user ever pays. The warm-ups below write
            # the cache; both children run with exactly this environment.
            "PYTHONPYCACHEPREFIX": str(Path(home) / "pycache"),
        }
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        # Warm the OS file cache (and the bytecode cache) for both, then alternate so that
        # noise hits both alike.
        start_child(CHILD_BARE, env)
        start_child(CHILD_FORM, env)
        start_child(CHILD_APP, env)
        bare_t, bare_m, app_t, app_m, form_t, form_m = [], [], [], [], [], []
        for _ in range(repeats):
            t, m = start_child(CHILD_BARE, env)
            bare_t.append(t)
            bare_m.append(m)
            t, m = start_child(CHILD_FORM, env)
            form_t.append(t)
            form_m.append(m)
            t, m = start_child(CHILD_APP, env)
            app_t.append(t)
            app_m.append(m)
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
        choices=["startup", "keystroke", "pdf", "compare", "loading"],
        action="append",
        help="run only these parts",
    )
    args = parser.parse_args(argv)
    parts = set(args.only or ["startup", "keystroke", "pdf", "compare", "loading"])
    started = time.perf_counter()
    figures: list[Figure] = []
    if "startup" in parts:
        bench_startup(3 if args.quick else 9, figures)
    if "keystroke" in parts:
        bench_keystroke(30 if args.quick else 100, figures)
    if "pdf" in parts:
        bench_pdfs(5 if args.quick else 15, figures)
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
