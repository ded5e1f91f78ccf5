"""Offline, proven: the whole flow runs with every way to open a socket made to fail.

Two guards record attempts: the ``socket`` functions are monkeypatched to raise, and an
audit hook (PEP 578) sees sockets created or connected from anywhere in Python, including
C extensions going through the socket module.  The tests assert that nothing was attempted.
Qt's own C++ code (e.g. the X11 connection of a real display) is outside Python's reach;
the app never imports QtNetwork, which a second set of tests checks.
"""

from __future__ import annotations

import ast
import io
import socket
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
PACKAGE = REPO / "samverkan_gui"

_ATTEMPTS: list[str] = []
_ARMED = False
_AUDIT_EVENTS = {
    "socket.__new__",
    "socket.connect",
    "socket.bind",
    "socket.sendto",
    "socket.sendmsg",
    "socket.getaddrinfo",
    "socket.gethostbyname",
    "socket.gethostbyaddr",
    "socket.getnameinfo",
    "urllib.Request",
    "webbrowser.open",
}


def _audit(event: str, args: tuple) -> None:
    if _ARMED and event in _AUDIT_EVENTS:
        _ATTEMPTS.append(f"audit {event} {args!r}"[:200])


sys.addaudithook(_audit)  # cannot be removed; it only records while a test has armed it


@pytest.fixture
def no_network(monkeypatch: pytest.MonkeyPatch):
    """Every socket entry point raises and is recorded; yields the list of attempts."""
    global _ARMED

    def refuse(name: str):
        def refused(*args, **kwargs):
            _ATTEMPTS.append(f"call {name}{args!r}"[:200])
            raise OSError(f"network access attempted in an offline test: {name}")

        return refused

    for name in (
        "create_connection",
        "getaddrinfo",
        "gethostbyname",
        "gethostbyname_ex",
        "gethostbyaddr",
        "getnameinfo",
        "create_server",
        "socketpair",
        "fromfd",
    ):
        monkeypatch.setattr(socket, name, refuse(f"socket.{name}"))
    for name in ("connect", "connect_ex", "bind", "sendto", "send", "sendall"):
        monkeypatch.setattr(socket.socket, name, refuse(f"socket.socket.{name}"))
    _ATTEMPTS.clear()
    _ARMED = True
    try:
        yield _ATTEMPTS
    finally:
        _ARMED = False


def test_the_guard_catches_an_attempt(no_network: list[str]) -> None:
    """The guard itself works: otherwise the tests below could not fail."""
    with pytest.raises(OSError, match="offline"):
        socket.create_connection(("192.0.2.1", 80), timeout=0.01)
    with pytest.raises(OSError, match="offline"):
        socket.getaddrinfo("example.invalid", 443)
    import urllib.request

    with pytest.raises(OSError, match="offline"):
        urllib.request.urlopen("http://192.0.2.1/", timeout=0.01)
    assert any("create_connection" in a for a in no_network)
    assert any("getaddrinfo" in a for a in no_network)
    assert any("urllib.Request" in a for a in no_network)


def test_whole_flow_offline(no_network: list[str], tmp_path: Path) -> None:
    from pypdf import PdfReader

    from samverkan_gui.core.assessment import Assessment, load_assessment, save_assessment
    from samverkan_gui.core.registry import shipped_registry
    from samverkan_gui.report.pdf import write_assessment_pdf

    questionnaire = shipped_registry().default()
    assessment = Assessment.new(
        questionnaire, language="sv", collaboration="Offline-verkstad", respondent="Anna", organisation="Kommunen"
    )
    for index, qid in enumerate(questionnaire.question_ids):
        assessment = assessment.with_answer(qid, 1 + index % 5)
    assessment = assessment.with_note(questionnaire.blocks[0].id, "Skrivet utan nät.")
    result = assessment.score(questionnaire)
    assert result.complete and result.total == sum(1 + i % 5 for i in range(len(questionnaire.question_ids)))

    pdf = tmp_path / "rapport.pdf"
    write_assessment_pdf(assessment, questionnaire, pdf, lang="sv")
    text = "".join(page.extract_text() for page in PdfReader(pdf).pages)
    assert f"{result.total} av 105 poäng" in text and "Offline-verkstad" in text

    file = tmp_path / "offline.samverkan"
    saved = save_assessment(file, assessment, questionnaire)
    reopened = load_assessment(file)
    assert reopened.content_equal(saved)
    assert reopened.score(questionnaire).total == result.total
    assert no_network == []


def test_group_flow_offline(no_network: list[str], tmp_path: Path) -> None:
    """The workshop flow: participants' files into a group, group report, save, reopen."""
    from pypdf import PdfReader

    from samverkan_gui.core.assessment import Assessment, save_assessment
    from samverkan_gui.core.group_file import load_group, save_group
    from samverkan_gui.core.group_load import load_files
    from samverkan_gui.core.group_stats import group_stats
    from samverkan_gui.core.registry import shipped_registry
    from samverkan_gui.report.group_pdf import write_group_pdf

    questionnaire = shipped_registry().default()
    files = []
    for person, offset in (("Anna", 0), ("Bo", 1), ("Cecilia", 2)):
        assessment = Assessment.new(questionnaire, collaboration="Offline-verkstad", respondent=person)
        for index, qid in enumerate(questionnaire.question_ids):
            assessment = assessment.with_answer(qid, 1 + (index + offset) % 5)
        files.append(tmp_path / f"{person}.samverkan")
        save_assessment(files[-1], assessment, questionnaire)

    outcome = load_files(files, questionnaire=questionnaire)
    assert outcome.problems == ()
    group = outcome.group.with_details(collaboration="Offline-verkstad")
    stats = group_stats(group, questionnaire)
    assert stats.participants == 3 and stats.complete == 3

    pdf = tmp_path / "grupp.pdf"
    write_group_pdf(group, questionnaire, pdf, lang="sv")
    text = "".join(page.extract_text() for page in PdfReader(pdf).pages)
    assert "Offline-verkstad" in text

    saved = save_group(tmp_path / "verkstad.samverkan-grupp", group, questionnaire)
    reopened = load_group(tmp_path / "verkstad.samverkan-grupp")
    assert reopened.content_equal(saved)
    assert no_network == []


def test_command_line_offline(no_network: list[str], tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from samverkan_gui.cli import main

    example = REPO / "examples" / "komplett.samverkan"
    assert main(["questionnaire", "--lang", "sv"]) == 0
    assert main(["score", str(example)]) == 0
    assert main(["report", str(example), "-o", str(tmp_path / "r.pdf")]) == 0
    assert (tmp_path / "r.pdf").read_bytes().startswith(b"%PDF-")
    assert main(["answer-form", "-o", str(tmp_path / "form.html")]) == 0
    assert main(["answer-code", "SAMV-61T1-T096-C8MW-MMWM-MWMM-WMJS-N4", "-o", str(tmp_path / "svar")]) == 0
    capsys.readouterr()
    assert no_network == []


def test_qt_start_and_self_test_offline(no_network: list[str]) -> None:
    """Qt start-up, icons, translations and fonts: all local."""
    from samverkan_gui.selftest import run_self_test

    out = io.StringIO()
    assert run_self_test(out) == 0, out.getvalue()
    assert no_network == []


# --- nothing in the package could go on the network ----------------------------------

NETWORK_MODULES = {
    "socket",
    "ssl",
    "urllib.request",
    "urllib3",
    "http.client",
    "http.server",
    "requests",
    "httpx",
    "aiohttp",
    "ftplib",
    "smtplib",
    "imaplib",
    "poplib",
    "xmlrpc",
    "webbrowser",
    "PySide6.QtNetwork",
    "PySide6.QtWebEngineCore",
    "PySide6.QtWebEngineWidgets",
}


def _imports(path: Path) -> set[str]:
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), str(path))):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            found.add(node.module)
            found.update(f"{node.module}.{alias.name}" for alias in node.names)
    return found


def _is_network(module: str) -> bool:
    return any(module == bad or module.startswith(bad + ".") for bad in NETWORK_MODULES)


def test_imports_detector_finds_network_imports(tmp_path: Path) -> None:
    sample = tmp_path / "sample.py"
    sample.write_text("import urllib.request\nfrom PySide6 import QtNetwork\nfrom http import client\n")
    assert sorted(m for m in _imports(sample) if _is_network(m)) == [
        "PySide6.QtNetwork",
        "http.client",
        "urllib.request",
    ]


def test_package_imports_no_network_module() -> None:
    offenders = {
        f"{path.relative_to(REPO)}: {module}"
        for path in PACKAGE.rglob("*.py")
        for module in _imports(path)
        if _is_network(module)
    }
    assert offenders == set()


def test_package_does_not_mention_qtnetwork() -> None:
    assert [p.name for p in PACKAGE.rglob("*.py") if "QtNetwork" in p.read_text(encoding="utf-8")] == []


def test_running_the_app_loads_no_network_library(tmp_path: Path) -> None:
    code = (
        "import io, sys\n"
        "from samverkan_gui.selftest import run_self_test\n"
        "from samverkan_gui.cli import main\n"
        "assert run_self_test(io.StringIO()) == 0\n"
        f"assert main(['report', {str(REPO / 'examples' / 'komplett.samverkan')!r}, '-o', {str(tmp_path / 'r.pdf')!r}]) == 0\n"
        "bad = sorted(m for m in sys.modules if m.split('.')[0] in ('requests', 'httpx', 'urllib3', 'aiohttp')"
        " or m.startswith(('PySide6.QtNetwork', 'PySide6.QtWebEngine')))\n"
        "print(bad); sys.exit(1 if bad else 0)\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, cwd=REPO, timeout=120, check=False
    )
    assert done.returncode == 0, done.stdout + done.stderr
