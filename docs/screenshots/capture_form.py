"""Take the answer form's screenshots in headless Chromium (no X server needed), in Swedish:

* ``answer-form-1366x768.png``: the top of the page (collaboration, date, scale, the optional fields);
* ``answer-form-questions-1366x768.png``: the first block, two questions answered;
* ``answer-form-saved-1366x768.png``: after "Spara mina svar" (file, answer code, own result);
* ``answer-form-390x844.png``: a phone, the first questions; ``answer-form-unanswered-390x844.png``: the summary;
* ``-dark`` variants with ``prefers-color-scheme: dark``;
* ``answer-form-firefox-1366x768.png``: the top of the page again, in Firefox ESR.

    python docs/screenshots/capture_form.py [chromium] [firefox]    # both when none is named

Uses Debian's chromium and chromium-driver, and firefox-esr, as the tests do (tests/report/browser.py).
"""

from __future__ import annotations

import datetime as dt
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[1]
sys.path.insert(0, str(REPO))

from samverkan_gui.core.registry import shipped_registry  # noqa: E402
from samverkan_gui.report.answer_form import write_answer_form  # noqa: E402
from tests.report.browser import Browser, launch  # noqa: E402

ANSWERS = [4, 3, 3, 4, 3, 3, 2, 2, 3, 3, 4, 3, 3, 3, 4, 4, 4, 3, 3, 2, 3]


def _choose(driver: Browser, count: int) -> None:
    driver.execute_script(
        "const ids = [...document.querySelectorAll('fieldset.question')].map(f => f.id);"
        "arguments[0].slice(0, arguments[1]).forEach((v, i) =>"
        " document.querySelector(`#${ids[i]} input[value='${v}']`).click());",
        ANSWERS,
        count,
    )


def _scroll_to(driver: Browser, element_id: str, offset: int = 16) -> None:
    driver.execute_script(
        "window.scrollTo(0, document.getElementById(arguments[0]).getBoundingClientRect().top + window.scrollY - arguments[1]);",
        element_id,
        offset,
    )


def _open_top(driver: Browser, form: Path) -> None:
    driver.viewport(1366, 768)
    driver.get(form.as_uri())
    driver.execute_script("window.localStorage.clear()")
    driver.refresh()


def main() -> int:
    work = Path(tempfile.mkdtemp(prefix="samverkan-form-shots-"))
    form = work / "svarsformular.html"
    write_answer_form(
        form,
        shipped_registry().default(),
        "sv",
        collaboration="Samverkan kring unga i Norrby",
        date=dt.date(2026, 11, 26),
    )
    engines = sys.argv[1:] or ["chromium", "firefox"]
    if "chromium" in engines:
        _capture_chromium(form)
    if "firefox" in engines:
        with launch("firefox", form.parent) as driver:
            driver.color_scheme("light")
            _open_top(driver, form)
            driver.save_screenshot(HERE / "answer-form-firefox-1366x768.png")
            driver.execute_script("window.localStorage.clear()")
    return 0


def _capture_chromium(form: Path) -> None:
    with launch("chromium", form.parent) as driver:
        for scheme in ("light", "dark"):
            suffix = "-dark" if scheme == "dark" else ""
            driver.color_scheme(scheme)

            _open_top(driver, form)
            driver.save_screenshot(HERE / f"answer-form-1366x768{suffix}.png")
            _choose(driver, 2)
            _scroll_to(driver, "block-startforhallanden")
            driver.save_screenshot(HERE / f"answer-form-questions-1366x768{suffix}.png")
            _choose(driver, len(ANSWERS))
            driver.find_element("id", "respondent").send_keys("Anna Berg")
            driver.find_element("id", "organisation").send_keys("Norrby kommun")
            driver.find_element("id", "save").click()
            _scroll_to(driver, "done", 140)
            driver.save_screenshot(HERE / f"answer-form-saved-1366x768{suffix}.png")

            driver.viewport(390, 844)
            driver.execute_script("window.localStorage.clear()")
            driver.get(form.as_uri())
            _choose(driver, 2)
            _scroll_to(driver, "block-startforhallanden")
            driver.save_screenshot(HERE / f"answer-form-390x844{suffix}.png")
            _choose(driver, 19)
            driver.find_element("id", "save").click()
            _scroll_to(driver, "summary", 120)
            driver.save_screenshot(HERE / f"answer-form-unanswered-390x844{suffix}.png")
            driver.execute_script("window.localStorage.clear()")


if __name__ == "__main__":
    sys.exit(main())
