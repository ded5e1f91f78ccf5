"""Debian's Chromium for the answer form's tests: chromedriver and selenium, headless.

Nothing may reach the network: Selenium Manager (which would download a driver and send usage
statistics) never runs because the driver's path is given and ``SE_AVOID_STATS`` is set; Chromium
runs with its background services off and every host name unresolvable.
"""

from __future__ import annotations

import json
import os
import shutil
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from tests.report.browser import Browser

CHROMEDRIVER = Path("/usr/bin/chromedriver")
CHROMIUM = Path("/usr/bin/chromium")

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


class ChromiumBrowser(Browser):
    name = "chromium"

    def __init__(self, driver: Any, downloads: Path) -> None:
        self.driver = driver
        self.downloads = downloads

    def get(self, url: str) -> None:
        self.driver.get(url)

    def refresh(self) -> None:
        self.driver.refresh()

    @property
    def title(self) -> str:
        return self.driver.title

    def execute_script(self, script: str, *args: Any) -> Any:
        return self.driver.execute_script(script, *args)

    def execute_async_script(self, script: str, *args: Any) -> Any:
        return self.driver.execute_async_script(script, *args)

    def find_element(self, by: str, value: str) -> Any:
        return self.driver.find_element(by, value)

    def find_elements(self, by: str, value: str) -> list[Any]:
        return self.driver.find_elements(by, value)

    def press(self, *keys: str) -> None:
        from selenium.webdriver.common.action_chains import ActionChains

        ActionChains(self.driver).send_keys(*keys).perform()

    def dialog(self) -> Any:
        return self.driver.switch_to.alert

    def color_scheme(self, scheme: str) -> None:
        self.driver.execute_cdp_cmd(
            "Emulation.setEmulatedMedia", {"features": [{"name": "prefers-color-scheme", "value": scheme}]}
        )

    def viewport(self, width: int, height: int) -> None:
        self.driver.execute_cdp_cmd(
            "Emulation.setDeviceMetricsOverride",
            {"width": width, "height": height, "deviceScaleFactor": 1, "mobile": width < 500},
        )

    def requests_made(self) -> list[str]:
        """The URLs the page requested (from Chromium's performance log)."""
        urls = []
        for entry in self.driver.get_log("performance"):
            message = json.loads(entry["message"])["message"]
            if message["method"] == "Network.requestWillBeSent":
                urls.append(message["params"]["request"]["url"])
        return urls

    def console_problems(self) -> list[str]:
        return [entry["message"] for entry in self.driver.get_log("browser") if entry["level"] in ("SEVERE", "WARNING")]

    def save_screenshot(self, path: Path) -> None:
        assert self.driver.save_screenshot(str(path)), path


@contextmanager
def chromium(downloads: Path) -> Iterator[ChromiumBrowser]:
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
        yield ChromiumBrowser(driver, downloads)
    finally:
        driver.quit()
        shutil.rmtree(profile, ignore_errors=True)
