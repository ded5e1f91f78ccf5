"""Fixtures for the window tests: every modal dialog is patched through ``samverkan_gui.ui.dialogs``."""

from __future__ import annotations

import os
from collections import defaultdict
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from samverkan_gui.ui import dialogs

#: Dialogs that only inform: they return nothing and are recorded.
INFORMING = {
    "show_error",
    "show_about",
    "show_unexpected_error",
    "show_save_failed",
    "show_problems",
}
#: Dialogs that show an error message (``show_save_failed`` also offers "Save as…"; unanswered it is "Ok").
ERRORS = {"show_error", "show_save_failed"}


class Reply:
    """An answer computed from the dialog's arguments (e.g. keep the filter the dialog preselected)."""

    def __init__(self, function: Callable[..., Any]) -> None:
        self.function = function


class FakeDialogs:
    """Stands in for every function of :mod:`samverkan_gui.ui.dialogs`, in every window test.

    Questions must be answered in advance with :meth:`answer` (or :meth:`answer_with`);
    an unexpected question fails the test instead of hanging it.  Errors shown must be
    taken with :meth:`take_errors`, so no error message slips by unnoticed.
    """

    def __init__(self) -> None:
        self.calls: list[tuple[str, tuple[Any, ...]]] = []
        self._keywords: list[tuple[str, dict[str, Any]]] = []
        self._answers: dict[str, list[Any]] = defaultdict(list)
        self._errors_taken = 0

    def answer(self, name: str, *values: Any) -> None:
        assert hasattr(dialogs, name), name
        self._answers[name].extend(values)

    def answer_with(self, name: str, function: Callable[..., Any]) -> None:
        """The next ``name`` dialog answers ``function(*its arguments)``."""
        self.answer(name, Reply(function))

    def handler(self, name: str):  # type: ignore[no-untyped-def]
        def fake(*args: Any, **kwargs: Any) -> Any:
            self.calls.append((name, args))
            self._keywords.append((name, kwargs))
            if self._answers[name]:
                value = self._answers[name].pop(0)
                return value.function(*args) if isinstance(value, Reply) else value
            if name in INFORMING:
                return None
            raise AssertionError(f"unexpected dialog {name}{args[1:]!r}")

        return fake

    def save_report(self, *paths: Any) -> None:
        """Answer the next reports' save dialogs with ``paths`` (None: Cancel), keeping the file type
        (PDF or Word) the dialog offered first."""
        for path in paths:
            self.answer_with(
                "save_file_name_with_choice",
                lambda *args, path=path: None if path is None else (Path(path), args[4]),
            )

    def called(self, name: str) -> list[tuple[Any, ...]]:
        return [args for called, args in self.calls if called == name]

    def keywords(self, name: str) -> list[dict[str, Any]]:
        """The keyword arguments of each ``name`` dialog (e.g. ``default_yes``)."""
        return [kwargs for called, kwargs in self._keywords if called == name]

    def asked(self) -> list[str]:
        """The questions put so far: a yes/no question's text, the document name of "Save changes?"."""
        texts = {"ask_yes_no": 2, "ask_save_changes": 1}
        return [args[texts[called]] for called, args in self.calls if called in texts]

    def problems(self) -> list[list[str]]:
        """The lists of problems shown (files that could not be added)."""
        return [list(args[3]) for args in self.called("show_problems")]

    def errors(self) -> list[str]:
        """Texts of the error messages shown so far (title: text)."""
        return [f"{args[1]}: {args[2]}" for called, args in self.calls if called in ERRORS]

    def take_errors(self) -> list[str]:
        found = self.errors()
        self._errors_taken = len(found)
        return found

    def untaken_errors(self) -> list[str]:
        return self.errors()[self._errors_taken :]

    def unused_answers(self) -> dict[str, list[Any]]:
        return {name: values for name, values in self._answers.items() if values}


@pytest.fixture(autouse=True)
def fake_dialogs(monkeypatch: pytest.MonkeyPatch) -> Iterator[FakeDialogs]:
    fake = FakeDialogs()
    for name, value in vars(dialogs).items():
        is_dialog_function = callable(value) and name[0].islower() and not name.startswith("_")
        if is_dialog_function and getattr(value, "__module__", "") == dialogs.__name__:
            monkeypatch.setattr(dialogs, name, fake.handler(name))
    yield fake
    assert fake.untaken_errors() == [], "error dialogs shown but not checked by the test"


@pytest.fixture
def app_language(qapp):  # type: ignore[no-untyped-def]
    """Swedish, as a first start on a Swedish PC (conftest sets SAMVERKAN_LANG=sv)."""
    from samverkan_gui.app import create_application
    from samverkan_gui.ui.i18n import initial_language, install_language

    create_application()
    lang = install_language(initial_language())
    yield lang
    install_language("sv")


@pytest.fixture
def window(qtbot, app_language, fake_dialogs):  # type: ignore[no-untyped-def]
    from samverkan_gui.ui.main_window import MainWindow

    # Not qtbot.addWidget: pytest-qt would close it before this fixture's teardown,
    # and closing with unsaved work asks a question no test has answered.
    win = MainWindow()
    win.resize(1024, 768)
    win.show()
    qtbot.waitExposed(win)
    win.activateWindow()
    qtbot.waitUntil(lambda: win.isActiveWindow())
    yield win
    # Leave without questions: the test is over, its unsaved work is not the point here.
    win.autosave.shutdown()
    win.session.close()
    win.close()
    win.deleteLater()
    qtbot.wait(1)


def end_child(child, *, kill: bool = False) -> None:  # type: ignore[no-untyped-def]
    """Kill ``child`` (a subprocess.Popen) with SIGKILL when asked or still running, wait, close its pipes."""
    import signal

    if kill or child.poll() is None:
        if child.poll() is None:
            os.kill(child.pid, signal.SIGKILL)
        child.wait(10)
    for stream in (child.stdout, child.stderr):
        if stream:
            stream.close()


def press(qtbot, key, modifier=None) -> None:  # type: ignore[no-untyped-def]
    """Press ``key`` where the keyboard focus is, as a user would."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication

    target = QApplication.focusWidget()
    assert target is not None, "nothing has the keyboard focus"
    qtbot.keyClick(target, key, modifier or Qt.KeyboardModifier.NoModifier)


def type_text(qtbot, text: str) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QApplication

    target = QApplication.focusWidget()
    assert target is not None, "nothing has the keyboard focus"
    qtbot.keyClicks(target, text)


def forget_changes(session) -> None:  # type: ignore[no-untyped-def]
    """Take the session's document as saved, so that closing its window asks nothing."""
    session.replace(session.document, path=session.path, saved=session.document)


def crash(autosave) -> None:  # type: ignore[no-untyped-def]
    """The window's process dies: its recovery lock goes, and its autosave reacts to nothing more."""
    autosave._timer.stop()
    autosave._lock.unlock()
    session = autosave.session
    session.document_changed.disconnect(autosave._changed)
    session.modified_changed.disconnect(autosave._changed)


@pytest.fixture(autouse=True)
def _normal_text_size() -> Iterator[None]:
    """The text size is the whole app's: a test that zooms leaves the next one at 100 %."""
    yield
    from PySide6.QtWidgets import QApplication

    if QApplication.instance() is not None:
        from samverkan_gui.ui import zoom

        if zoom.current_zoom() != 1.0:
            zoom.set_zoom(1.0, remember=False)


@pytest.fixture
def example_workshop(qtbot, app_language, tmp_path):  # type: ignore[no-untyped-def]
    """The workshop window with a copy of examples/workshop-7.samverkan-grupp, shown at 1100×760;
    closed afterwards with its projector, its changes forgotten."""
    import shutil

    from samverkan_gui.ui.workshop.window import WorkshopWindow
    from tests.conftest import EXAMPLES

    path = tmp_path / "workshop-7.samverkan-grupp"
    shutil.copy(EXAMPLES / path.name, path)
    window = WorkshopWindow(check_recovery=False)
    assert window.open_path(path)
    window.resize(1100, 760)
    window.show()
    qtbot.waitExposed(window)
    yield window
    if window.projector is not None:
        window.projector.close()
    forget_changes(window.session)
    window.close()
    window.deleteLater()
