"""``samverkan --self-test``: prove that an installed or frozen app works, without a window.

CI runs it in the PyInstaller bundle (``dist/samverkan/samverkan --self-test``);
support staff can run it on a user's PC (``samverkan-cli.exe --self-test`` on
Windows, where the windowed ``samverkan.exe`` has no console).  It:

1. starts Qt offscreen and draws a small widget (and the main window, when this
   build has one), which needs the bundled Qt plugins;
2. loads the shipped questionnaire and Qt's and our own translations;
3. scores a built-in, complete example and checks total and band by hand;
4. writes its PDF report to a temporary folder and checks the bytes;
5. writes its Word report there (python-docx's template, lxml, the chart drawn by
   Pillow with our fonts) and checks the text, the picture and the language;
6. saves and reloads a ``.samverkan`` file in that folder.

It prints one line per step and returns 0, or 1 with the reason of the first
failing step.  Nothing outside a temporary folder is written: settings and data
folders are pointed into it as well.  When there is no stdout (a windowed
Windows exe) the report goes to ``samverkan-self-test.log`` in the temp folder.
"""

from __future__ import annotations

import contextlib
import importlib
import os
import sys
import tempfile
import time
import traceback
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any, TextIO

from samverkan_gui import __version__

#: Byte-level limits for the example's PDF: one or two pages with an embedded font subset.
PDF_MIN_BYTES = 2_000
PDF_MAX_BYTES = 5_000_000
LOG_NAME = "samverkan-self-test.log"


class SelfTestFailure(Exception):
    """A step found something wrong; the message says what."""


def example_answers(question_ids: tuple[str, ...], low: int, high: int) -> dict[str, int]:
    """A fixed, complete set of answers that uses every value of the scale."""
    span = high - low + 1
    return {qid: low + (index * 3) % span for index, qid in enumerate(question_ids)}


def check_pdf_bytes(data: bytes, font_name: str = "DejaVuSans") -> str:
    """Structure checks a PDF reader would trip over, without a PDF library."""
    if not data.startswith(b"%PDF-"):
        raise SelfTestFailure(f"the PDF does not start with %PDF- (starts with {data[:8]!r})")
    if b"%%EOF" not in data[-64:]:
        raise SelfTestFailure("the PDF has no %%EOF trailer: it is truncated")
    if not PDF_MIN_BYTES <= len(data) <= PDF_MAX_BYTES:
        raise SelfTestFailure(f"the PDF is {len(data)} bytes, outside {PDF_MIN_BYTES}..{PDF_MAX_BYTES}")
    if b"/FontFile2" not in data:
        raise SelfTestFailure("the PDF embeds no TrueType font (/FontFile2 missing)")
    if font_name.encode("ascii") not in data:
        raise SelfTestFailure(f"the PDF does not use the bundled font {font_name}")
    pages = data.count(b"/Type /Page\n") + data.count(b"/Type /Page ") + data.count(b"/Type /Page/")
    return f"{len(data)} bytes, {font_name} embedded" + (f", {pages} page(s)" if pages else "")


def check_docx_bytes(data: bytes, expected_text: str, language: str) -> str:
    """A Word file that opens: a zip with the document, ``expected_text`` in it, a PNG picture with alt text."""
    import io
    import zipfile

    try:
        with zipfile.ZipFile(io.BytesIO(data)) as package:
            names = package.namelist()
            document = package.read("word/document.xml").decode("utf-8")
            styles = package.read("word/styles.xml").decode("utf-8")
    except (zipfile.BadZipFile, KeyError) as exc:
        raise SelfTestFailure(f"the Word file is no Word package: {exc}") from exc
    if expected_text not in document:
        raise SelfTestFailure(f"the Word file does not say {expected_text!r}")
    pictures = [name for name in names if name.startswith("word/media/") and name.endswith(".png")]
    if not pictures or 'descr="' not in document:
        raise SelfTestFailure("the Word file has no picture with alt text")
    if f'w:val="{language}"' not in styles:
        raise SelfTestFailure(f"the Word file does not declare the language {language}")
    return f"{len(data)} bytes, {len(pictures)} picture(s), {language}"


class _Run:
    def __init__(self, out: TextIO, work: Path) -> None:
        self.out = out
        self.work = work
        self.state: dict[str, Any] = {}

    def line(self, text: str) -> None:
        self.out.write(text + "\n")
        self.out.flush()

    def step(self, name: str, action: Callable[[], str]) -> None:
        started = time.perf_counter()
        try:
            detail = action()
        except SelfTestFailure as exc:
            raise SelfTestFailure(f"{name}: {exc}") from exc
        except Exception as exc:
            from samverkan_gui.core.errors import SamverkanError

            reason = exc.message("en") if isinstance(exc, SamverkanError) else f"{type(exc).__name__}: {exc}"
            self.line("".join(traceback.format_exception(exc)).rstrip())
            raise SelfTestFailure(f"{name}: {reason}") from exc
        self.line(f"ok    {name:<14} {detail}  ({(time.perf_counter() - started) * 1000:.0f} ms)")

    # --- the steps ----------------------------------------------------------

    def qt(self) -> str:
        from PySide6.QtCore import qVersion
        from PySide6.QtGui import QIcon
        from PySide6.QtWidgets import QApplication, QLabel, QVBoxLayout, QWidget

        from samverkan_gui.core.paths import resources_dir

        existing = QApplication.instance()
        if existing is not None and not isinstance(existing, QApplication):
            raise SelfTestFailure(f"a {type(existing).__name__} already runs; widgets need a QApplication")
        app = existing or QApplication([sys.argv[0] if sys.argv else "samverkan"])
        self.state["app"] = app
        icon_file = resources_dir() / "icons" / "samverkan.svg"
        icon = QIcon(str(icon_file))
        if icon.isNull() or icon.pixmap(32, 32).isNull():
            raise SelfTestFailure(f"the app icon cannot be drawn from {icon_file} (SVG icon plugin missing?)")
        widget = QWidget()
        widget.setWindowIcon(icon)
        layout = QVBoxLayout(widget)
        layout.addWidget(QLabel("Testa din samverkan! – självskattning åäö ÅÄÖ"))
        widget.resize(320, 80)
        # grab() renders without showing: nothing is mapped, even on a real display.
        picture = widget.grab()
        if picture.isNull() or picture.width() < 100:
            raise SelfTestFailure("Qt could not draw a widget")
        detail = f"Qt {qVersion()}, platform {app.platformName()}"
        window = self._main_window()
        if window is not None:
            errors = self._run_qt_events(app, window)
            if errors:
                raise SelfTestFailure(f"the main window raised {errors[0]}")
            detail += f", main window {type(window).__name__} drawn"
        else:
            detail += ", test widget drawn (no main window in this build)"
        return detail

    @staticmethod
    def _run_qt_events(app: Any, window: Any) -> list[str]:
        """Draw the window and let its deferred start-up work run; return what it raised.

        Exceptions in Qt callbacks go to sys.excepthook, not to the caller, so they are
        collected here for the length of the step.
        """
        errors: list[str] = []
        previous = sys.excepthook
        sys.excepthook = lambda kind, value, tb: errors.append(f"{kind.__name__}: {value}")
        try:
            if window.grab().isNull():
                raise SelfTestFailure("the main window could not be drawn")
            for _ in range(3):
                app.processEvents()
            window.close()
            window.deleteLater()
            app.processEvents()
        finally:
            sys.excepthook = previous
        return errors

    @staticmethod
    def _main_window() -> Any:
        """The app's main window when this build has one (the UI is optional here)."""
        for module_name in ("samverkan_gui.ui.main_window", "samverkan_gui.ui.mainwindow"):
            try:
                module = importlib.import_module(module_name)
            except ModuleNotFoundError as exc:
                if exc.name != module_name:
                    raise
                continue
            window_class = getattr(module, "MainWindow", None)
            if window_class is None:
                continue
            try:
                return window_class()
            except TypeError:
                # Needs arguments the self-test cannot guess; importing it proved the modules are there.
                return None
        return None

    def translations(self) -> str:
        from PySide6.QtCore import QLibraryInfo, QTranslator

        from samverkan_gui.core.paths import resources_dir

        qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        qt_sv = QTranslator()
        if not qt_sv.load("qtbase_sv", qt_dir):
            raise SelfTestFailure(f"Qt's Swedish translation qtbase_sv.qm is not in {qt_dir}")
        ours = sorted((resources_dir() / "translations").glob("*.qm"))
        for qm in ours:
            if not QTranslator().load(str(qm)):
                raise SelfTestFailure(f"translation {qm.name} cannot be loaded")
        names = ", ".join(qm.name for qm in ours) or "none shipped"
        return f"qtbase_sv.qm from {qt_dir}; ours: {names}"

    def questionnaire(self) -> str:
        from samverkan_gui.core.registry import shipped_registry

        registry = shipped_registry()
        questionnaire = registry.default()
        self.state["questionnaire"] = questionnaire
        count = len(questionnaire.question_ids)
        if count == 0:
            raise SelfTestFailure("the shipped questionnaire has no questions")
        return f"{questionnaire.id} v{questionnaire.version}: {len(questionnaire.blocks)} blocks, {count} questions"

    def score(self) -> str:
        from samverkan_gui.core.assessment import Assessment

        questionnaire = self.state["questionnaire"]
        scale = questionnaire.scale
        answers = example_answers(questionnaire.question_ids, scale.min, scale.max)
        assessment = Assessment.new(
            questionnaire,
            language="sv",
            collaboration="Självtest – samverkan kring näringslivsfrågor",
            respondent="Självtest",
            organisation="Samverkan",
        )
        for qid, value in answers.items():
            assessment = assessment.with_answer(qid, value)
        assessment = assessment.with_note(questionnaire.blocks[0].id, "Anteckning med å, ä och ö.")
        result = assessment.score(questionnaire)
        expected = sum(answers.values())
        if not result.complete or result.total != expected:
            raise SelfTestFailure(f"total {result.total}, expected {expected} (complete={result.complete})")
        band = next((b for b in questionnaire.bands if b.min <= expected <= b.max), None)
        if band is None or result.band != band:
            raise SelfTestFailure(f"band {result.band} for total {expected}, expected {band}")
        for lang in ("sv", "en"):
            if not result.advice(lang):
                raise SelfTestFailure(f"no advice text in {lang}")
        self.state["assessment"] = assessment
        return f"total {result.total}/{result.max_total}, band {band.min}-{band.max}"

    def pdf(self) -> str:
        from samverkan_gui.core.file_kinds import PDF_SUFFIX
        from samverkan_gui.report.pdf import write_assessment_pdf

        target = self.work / f"självtest{PDF_SUFFIX}"
        write_assessment_pdf(self.state["assessment"], self.state["questionnaire"], target, lang="sv")
        if not target.is_file():
            raise SelfTestFailure(f"no PDF was written to {target}")
        return check_pdf_bytes(target.read_bytes())

    def word(self) -> str:
        from samverkan_gui.report.word import write_assessment_docx

        target = self.work / "självtest.docx"
        assessment, questionnaire = self.state["assessment"], self.state["questionnaire"]
        write_assessment_docx(assessment, questionnaire, target, lang="sv")
        total = assessment.score(questionnaire).total
        return check_docx_bytes(target.read_bytes(), f"{total} av {questionnaire.max_total} poäng", "sv-SE")

    def save_reload(self) -> str:
        from samverkan_gui.core.assessment import load_assessment, save_assessment
        from samverkan_gui.core.file_kinds import ASSESSMENT_SUFFIX

        target = self.work / f"självtest{ASSESSMENT_SUFFIX}"
        saved = save_assessment(target, self.state["assessment"], self.state["questionnaire"])
        reloaded = load_assessment(target)
        if not reloaded.content_equal(saved):
            raise SelfTestFailure("the reloaded file differs from what was saved")
        if reloaded.score(self.state["questionnaire"]).total != saved.score(self.state["questionnaire"]).total:
            raise SelfTestFailure("the reloaded file scores differently")
        return f"{target.stat().st_size} bytes, identical after reload"

    @staticmethod
    def sha256() -> str:
        # The changed-on-disk check and follow-up records hash files with SHA-256; the bundles
        # leave OpenSSL out, so this proves Python's own implementation is there.
        import hashlib

        if hashlib.sha256(b"abc").hexdigest() != "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad":
            raise SelfTestFailure("SHA-256 gives a wrong digest")
        return "SHA-256 works (file-change check)"

    def answer_form(self) -> str:
        """The HTML answer form (its script and style are data files a bundle must carry) and an answer code."""
        from samverkan_gui.core.answer_code import decode_answer_code, encode_answer_code
        from samverkan_gui.report.answer_form import write_answer_form

        assessment = self.state["assessment"]
        questionnaire = self.state["questionnaire"]
        target = self.work / "svarsformulär.html"
        write_answer_form(target, questionnaire, "sv", collaboration=assessment.collaboration)
        page = target.read_text(encoding="utf-8")
        if "samverkanForm" not in page or "prefers-color-scheme" not in page:
            raise SelfTestFailure("the answer form lacks its script or style (resources/answer-form)")
        code = encode_answer_code(questionnaire, assessment.answers, respondent=assessment.respondent)
        if dict(decode_answer_code(code).answers) != dict(assessment.answers):
            raise SelfTestFailure(f"the answer code {code} does not read back")
        return f"{len(page.encode('utf-8')) // 1024} KB, code {code[:14]}…"


@contextlib.contextmanager
def _user_dirs_in(work: Path) -> Iterator[None]:
    """Point settings and data folders into ``work`` so no user file is touched."""
    keys = ("SAMVERKAN_CONFIG_DIR", "SAMVERKAN_DATA_DIR")
    old = {key: os.environ.get(key) for key in keys}
    os.environ["SAMVERKAN_CONFIG_DIR"] = str(work / "config")
    os.environ["SAMVERKAN_DATA_DIR"] = str(work / "data")
    try:
        yield
    finally:
        for key, value in old.items():
            if value is None:
                os.environ.pop(key, None)
            else:
                os.environ[key] = value


def _output() -> tuple[TextIO, TextIO | None]:
    """stdout, or a log file in the temp folder when there is none (windowed exe)."""
    # The frozen windowed exe has no stdout; its entry script points it at the null device.
    if sys.stdout is not None and getattr(sys.stdout, "name", None) != os.devnull:
        return sys.stdout, None
    log = open(Path(tempfile.gettempdir()) / LOG_NAME, "w", encoding="utf-8")  # noqa: SIM115 - closed by caller
    return log, log


def run_self_test(out: TextIO | None = None) -> int:
    """Run every step; 0 when all pass, else 1 (the reason is the last line)."""
    # Before any QApplication exists: the self-test never opens a window.
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    stream, log_file = (out, None) if out is not None else _output()
    frozen = "frozen" if getattr(sys, "frozen", False) else "not frozen"
    try:
        with tempfile.TemporaryDirectory(prefix="samverkan-selftest-") as folder, _user_dirs_in(Path(folder)):
            run = _Run(stream, Path(folder))
            run.line(f"Samverkan {__version__} self-test ({frozen}, Python {sys.version.split()[0]}, {sys.platform})")
            try:
                run.step("qt", run.qt)
                run.step("translations", run.translations)
                run.step("questionnaire", run.questionnaire)
                run.step("score", run.score)
                run.step("pdf", run.pdf)
                run.step("word", run.word)
                run.step("save+reload", run.save_reload)
                run.step("sha256", run.sha256)
                run.step("answer-form", run.answer_form)
            except SelfTestFailure as exc:
                run.line(f"FAIL  {exc}")
                return 1
            run.line("self-test passed")
            return 0
    finally:
        if log_file is not None:
            log_file.close()
