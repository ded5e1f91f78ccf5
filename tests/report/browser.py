"""Real browsers for the answer form's tests, headless and off the network.

Two engines, driven without anything downloaded at test time:

* Debian's Chromium through chromedriver and selenium (tests/report/chromium.py);
* Debian's Firefox ESR through its own Marionette protocol and Mozilla's ``marionette-driver``
  client, no geckodriver (tests/report/firefox.py).

Both are seen through one small interface, :class:`Browser`: the part of selenium's WebDriver the
tests use (``get``, ``execute_script``, ``find_element(By.ID, …)`` returning elements with ``click``,
``send_keys``, ``is_displayed``…, which Marionette's client shares), plus real key presses, the colour
scheme, the viewport, what the browser tried to fetch and what the page logged. Every test of the form
is written once against it and runs in both browsers.

axe-core is read from ``SAMVERKAN_AXE_JS`` (default: ``build/npm/node_modules/axe-core/axe.min.js`` in
the repository, where CI installs it with npm).
"""

from __future__ import annotations

import os
import time
from abc import ABC, abstractmethod
from contextlib import AbstractContextManager
from pathlib import Path
from typing import Any

from tests.conftest import REPO

AXE_DEFAULT = REPO / "build" / "npm" / "node_modules" / "axe-core" / "axe.min.js"
ENGINES = ("chromium", "firefox")

# Files a browser writes while a download is under way: Chromium a hidden ".org.chromium.Chromium.*"
# then "*.crdownload", Firefox "*.part" beside an empty placeholder with the final name.
PARTIAL_SUFFIXES = (".crdownload", ".part", ".tmp")


def partial(path: Path) -> bool:
    return path.name.startswith(".") or path.name.endswith(PARTIAL_SUFFIXES)


class Browser(ABC):
    """One headless browser window, saving downloads into :attr:`downloads` without asking."""

    name: str
    downloads: Path

    # --- the WebDriver part (selenium's names; Marionette's elements answer the same calls) ---

    @abstractmethod
    def get(self, url: str) -> None: ...

    @abstractmethod
    def refresh(self) -> None: ...

    @property
    @abstractmethod
    def title(self) -> str: ...

    @abstractmethod
    def execute_script(self, script: str, *args: Any) -> Any:
        """Run ``script`` as a function body in the page (``arguments`` holds ``args``)."""

    @abstractmethod
    def execute_async_script(self, script: str, *args: Any) -> Any:
        """As :meth:`execute_script`; the script calls ``arguments[arguments.length - 1]`` with the result."""

    @abstractmethod
    def find_element(self, by: str, value: str) -> Any: ...

    @abstractmethod
    def find_elements(self, by: str, value: str) -> list[Any]: ...

    # --- what the WebDriver part does not cover ----------------------------------------------

    @abstractmethod
    def press(self, *keys: str) -> None:
        """Real key events to whatever has the focus: text, and selenium's ``Keys`` (the WebDriver key codes)."""

    @abstractmethod
    def dialog(self) -> Any:
        """The page's open ``alert()``/``confirm()`` dialog: ``text``, ``accept()``, ``dismiss()``."""

    def answer_dialog(self, accept: bool) -> str:
        """Press OK (or Cancel) in the page's ``confirm()`` dialog; its text."""
        dialog = self.dialog()
        text = dialog.text
        if accept:
            dialog.accept()
        else:
            dialog.dismiss()
        return text

    @abstractmethod
    def color_scheme(self, scheme: str) -> None:
        """``prefers-color-scheme`` for the pages from now on: "light" or "dark"."""

    @abstractmethod
    def viewport(self, width: int, height: int) -> None:
        """The page now open laid out ``width`` × ``height`` CSS pixels."""

    @abstractmethod
    def requests_made(self) -> list[str]:
        """What the browser tried to fetch since the last call (URLs, or the request the network saw)."""

    @abstractmethod
    def console_problems(self) -> list[str]:
        """Errors and warnings the page caused (a blocked script or style, an exception) since the last call."""

    @abstractmethod
    def save_screenshot(self, path: Path) -> None:
        """The viewport as a PNG."""


def launch(engine: str, downloads: Path) -> AbstractContextManager[Browser]:
    """A fresh headless ``engine`` ("chromium" or "firefox"); it fails, never skips, when not installed."""
    if engine == "chromium":
        from tests.report.chromium import chromium

        return chromium(downloads)
    if engine == "firefox":
        from tests.report.firefox import firefox

        return firefox(downloads)
    raise ValueError(engine)


def wait_for_download(folder: Path, before: set[Path], timeout: float = 10.0) -> Path:
    """The one new complete file in ``folder`` (``before``: what was there already)."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        current = {path for path in folder.iterdir() if path.is_file()}
        unfinished = [path for path in current if partial(path)]
        new = {path for path in current - before if not partial(path) and path.stat().st_size > 0}
        if new and not unfinished:
            assert len(new) == 1, new
            return new.pop()
        time.sleep(0.05)
    raise AssertionError(f"no download appeared in {folder}")


def page_resources(browser: Browser) -> list[str]:
    """The page's address and every resource it loaded, by the page's own account (Resource Timing)."""
    # Not the navigation entry's name: Firefox calls it "document".
    return browser.execute_script(
        "return [location.href, ...performance.getEntriesByType('resource').map(e => e.name)]"
    )


def axe_source() -> str:
    """axe-core's script; a clear failure (never a skip) when it is not installed."""
    path = Path(os.environ.get("SAMVERKAN_AXE_JS") or AXE_DEFAULT)
    if not path.is_file():
        raise AssertionError(
            f"axe-core not found at {path}. Install it with "
            f"`npm install --prefix {REPO / 'build' / 'npm'} axe-core` "
            "or point SAMVERKAN_AXE_JS at axe.min.js."
        )
    return path.read_text(encoding="utf-8")


def axe_violations(browser: Browser, source: str) -> list[str]:
    """axe-core's violations on the page as it is now (every WCAG 2.0/2.1 A and AA rule and best practice)."""
    if not browser.execute_script("return typeof window.axe === 'object'"):
        browser.execute_script(source)
    outcome = browser.execute_async_script(
        "const done = arguments[arguments.length - 1];"
        "axe.run(document, {resultTypes: ['violations']}).then(r => done(r.violations), e => done(String(e)));"
    )
    assert isinstance(outcome, list), outcome
    return [
        f"{item['id']} ({item['impact']}): {item['help']} at {[node['target'] for node in item['nodes']]}"
        for item in outcome
    ]
