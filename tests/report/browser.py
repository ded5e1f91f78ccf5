"""A real browser for the answer form's tests: Debian's Chromium and chromedriver through selenium, headless.

Nothing may reach the network: Selenium Manager (which would download a driver and send usage
statistics) never runs because the driver's path is given and ``SE_AVOID_STATS`` is set; Chromium
runs with its background services off and every host name unresolvable. axe-core is read from
``SAMVERKAN_AXE_JS`` (default: ``build/npm/node_modules/axe-core/axe.min.js`` in the repository,
where CI installs it with npm).
"""

from __future__ import annotations

import json
import os
import shutil
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from tests.conftest import REPO

CHROMEDRIVER = Path("/usr/bin/chromedriver")
CHROMIUM = Path("/usr/bin/chromium")
AXE_DEFAULT = REPO / "build" / "npm" / "node_modules" / "axe-core" / "axe.min.js"

CHROMIUM_FLAGS = (
    "--headless=new",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--no-default-browser-check",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-domain-reliability",
    "--disable-client-side-phishing-detection",
    "--metrics-recording-only",
    # Belt and braces: any host name the page (or Chromium) might try does not resolve.
    "--host-resolver-rules=MAP * ~NOTFOUND",
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


@contextmanager
def chromium(downloads: Path) -> Iterator[Any]:
    """A headless Chromium with its own profile, saving downloads into ``downloads`` without asking."""
    os.environ["SE_AVOID_STATS"] = "true"
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service
    from selenium.webdriver.common.selenium_manager import SeleniumManager

    def refuse(*_args: object, **_kwargs: object) -> dict:
        raise AssertionError("Selenium Manager must never run: it downloads drivers and sends statistics")

    for program in (CHROMEDRIVER, CHROMIUM):
        if not program.exists():
            raise AssertionError(f"{program} is missing: apt-get install chromium chromium-driver")
    profile = Path(tempfile.mkdtemp(prefix="samverkan-chromium-"))
    options = webdriver.ChromeOptions()
    options.binary_location = str(CHROMIUM)
    for flag in (*CHROMIUM_FLAGS, f"--user-data-dir={profile}"):
        options.add_argument(flag)
    options.add_experimental_option(
        "prefs",
        {
            "download.default_directory": str(downloads),
            "download.prompt_for_download": False,
            "download.directory_upgrade": True,
            "safebrowsing.enabled": False,
        },
    )
    options.set_capability("goog:loggingPrefs", {"browser": "ALL", "performance": "ALL"})
    manager = SeleniumManager.binary_paths
    SeleniumManager.binary_paths = refuse  # type: ignore[method-assign]
    try:
        driver = webdriver.Chrome(service=Service(executable_path=str(CHROMEDRIVER)), options=options)
    finally:
        SeleniumManager.binary_paths = manager  # type: ignore[method-assign]
    try:
        driver.execute_cdp_cmd("Network.enable", {})
        yield driver
    finally:
        driver.quit()
        shutil.rmtree(profile, ignore_errors=True)


def wait_for_download(folder: Path, before: set[Path], timeout: float = 10.0) -> Path:
    """The one new complete file in ``folder``."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        new = {p for p in folder.iterdir() if p not in before and not p.name.endswith((".crdownload", ".tmp"))}
        if new:
            assert len(new) == 1, new
            return new.pop()
        time.sleep(0.05)
    raise AssertionError(f"no download appeared in {folder}")


def requests_made(driver: Any) -> list[str]:
    """The URLs the browser requested since the last call (from its performance log)."""
    urls = []
    for entry in driver.get_log("performance"):
        message = json.loads(entry["message"])["message"]
        if message["method"] == "Network.requestWillBeSent":
            urls.append(message["params"]["request"]["url"])
    return urls


def console_problems(driver: Any) -> list[str]:
    """Errors and warnings the page caused (a blocked script or style, an exception) since the last call."""
    return [entry["message"] for entry in driver.get_log("browser") if entry["level"] in ("SEVERE", "WARNING")]


def color_scheme(driver: Any, scheme: str) -> None:
    driver.execute_cdp_cmd(
        "Emulation.setEmulatedMedia", {"features": [{"name": "prefers-color-scheme", "value": scheme}]}
    )


def viewport(driver: Any, width: int, height: int) -> None:
    driver.execute_cdp_cmd(
        "Emulation.setDeviceMetricsOverride",
        {"width": width, "height": height, "deviceScaleFactor": 1, "mobile": width < 500},
    )


def axe_violations(driver: Any, source: str) -> list[str]:
    """axe-core's violations on the page as it is now (every WCAG 2.0/2.1 A and AA rule and best practice)."""
    if not driver.execute_script("return typeof window.axe === 'object'"):
        driver.execute_script(source)
    outcome = driver.execute_async_script(
        "const done = arguments[arguments.length - 1];"
        "axe.run(document, {resultTypes: ['violations']}).then(r => done(r.violations), e => done(String(e)));"
    )
    assert isinstance(outcome, list), outcome
    return [
        f"{item['id']} ({item['impact']}): {item['help']} at {[node['target'] for node in item['nodes']]}"
        for item in outcome
    ]
