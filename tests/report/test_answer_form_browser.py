"""The HTML answer form in real browsers (headless Chromium and Firefox ESR, from file://), as a participant uses it.

Every test runs in both browsers, written once against tests/report/browser.py's ``Browser``. One
browser of each kind for the whole module (starting one costs a few seconds); every test opens its own
form file. See tests/report/chromium.py and tests/report/firefox.py for how each is kept off the network
and how what it fetches is watched.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import random
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys
from selenium.webdriver.support.wait import WebDriverWait

from samverkan_gui.cli import main, score_json
from samverkan_gui.core.answer_code import answer_file_name, decode_answer_code, encode_answer_code
from samverkan_gui.core.assessment import Assessment, dump_assessment, load_assessment, parse_assessment
from samverkan_gui.core.group_load import load_files
from samverkan_gui.core.registry import shipped_registry
from samverkan_gui.core.text import clean_text
from samverkan_gui.present import present_result
from samverkan_gui.report.answer_form import write_answer_form
from tests.report.browser import ENGINES, Browser, axe_source, axe_violations, launch, page_resources, wait_for_download

Q = shipped_registry().default()
HOSTILE = "<img src=x onerror=alert(1)>"


@pytest.fixture(scope="module", params=ENGINES)
def browser(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Browser]:
    with launch(request.param, tmp_path_factory.mktemp(f"downloads-{request.param}")) as started:
        yield started


@pytest.fixture
def page(browser: Browser) -> Iterator[Browser]:
    """The browser, light, desktop-sized, with no draft left by another test; after the test no console errors and no request."""
    browser.color_scheme("light")
    browser.viewport(1366, 768)
    browser.requests_made()
    yield browser
    problems = browser.console_problems()
    requested = remote_requests(browser)
    browser.execute_script("window.localStorage.clear()")
    assert problems == [], "the page logged errors (a blocked script or style?)"
    assert requested == [], "the browser went to the network"


def remote_requests(driver: Browser) -> list[str]:
    """What the browser tried to fetch since the last call, but for the page's own file and the download's blob."""
    return [url for url in driver.requests_made() if not url.startswith(("file://", "blob:"))]


def open_form(driver: Browser, path: Path) -> None:
    driver.get(path.as_uri())
    driver.execute_script("window.localStorage.clear()")
    driver.refresh()
    assert driver.execute_script("return typeof window.samverkanForm") == "object", "the page's script did not run"


def focused(driver: Browser) -> dict[str, str]:
    return driver.execute_script(
        "const e = document.activeElement;"
        "return {id: e.id, name: e.name || '', type: e.type || '', tag: e.tagName.toLowerCase()};"
    )


def fill_by_keyboard(
    driver: Browser, answers: dict[str, int], respondent: str, organisation: str, notes: dict[str, str]
) -> None:
    """From the top of the page with Tab, Space, the arrow keys and digits only, then save with Enter."""
    driver.press(Keys.TAB)
    assert focused(driver)["id"] == "respondent"
    driver.press(respondent, Keys.TAB)
    assert focused(driver)["id"] == "organisation"
    driver.press(organisation)
    for block in Q.blocks:
        for index, question in enumerate(block.questions):
            driver.press(Keys.TAB)
            now = focused(driver)
            assert (now["type"], now["name"]) == ("radio", f"q-{question.id}"), now
            value = answers.get(question.id)
            if value is None:
                continue
            if index % 2:
                driver.press(str(value))  # as in the app: a digit rates the focused question
            else:
                driver.press(Keys.SPACE, *[Keys.ARROW_RIGHT] * (value - 1))  # the radio group's own keys
        driver.press(Keys.TAB)
        assert focused(driver)["id"] == f"notes-{block.id}"
        if block.id in notes:
            driver.press(notes[block.id])
    driver.press(Keys.TAB)
    assert focused(driver)["id"] == "save"
    driver.press(Keys.ENTER)


def choose(driver: Browser, answers: dict[str, int]) -> None:
    """Click the answers' radio buttons (in one round trip: the keyboard test is the slow, thorough one)."""
    driver.execute_script(
        "for (const [id, value] of Object.entries(arguments[0]))"
        " document.querySelector(`#q-${id} input[value='${value}']`).click();",
        answers,
    )


def text_of(driver: Browser, element_id: str) -> str:
    """The element's text exactly (no-break spaces kept), when it is shown; '' when hidden."""
    element = driver.find_element(By.ID, element_id)
    return driver.execute_script("return arguments[0].textContent", element) if element.is_displayed() else ""


def typed_in_the_app(answers: dict[str, int], **details: Any) -> Assessment:
    """The same answers as the app's window makes them: one with_answer per click."""
    assessment = Assessment.new(Q, language="sv", **details)
    for question_id, value in answers.items():
        assessment = assessment.with_answer(question_id, value)
    return assessment


def test_filled_by_keyboard_saved_and_scored_like_the_app(page: Browser, tmp_path: Path) -> None:
    form = tmp_path / "f.html"
    assert main(["answer-form", "-o", str(form)]) == 0
    open_form(page, form)
    rng = random.Random(19)
    answers = {question_id: rng.randint(1, 5) for question_id in Q.question_ids}
    notes = {"samverkansprocessen": "Mötena upplevs meningsfulla, men tid för reflektion saknas."}
    before = set(page.downloads.iterdir())
    fill_by_keyboard(page, answers, "Anna Berg", "Storby kommun", notes)

    saved = wait_for_download(page.downloads, before)
    today = dt.date.today()
    assert saved.name == f"Anna-Berg-{today.isoformat()}.samverkan"
    loaded = load_assessment(saved)
    assert dict(loaded.answers) == answers
    assert (loaded.respondent, loaded.organisation, loaded.date, loaded.notes) == (
        "Anna Berg",
        "Storby kommun",
        today,
        notes,
    )
    in_app = typed_in_the_app(answers, respondent="Anna Berg", organisation="Storby kommun", date=today)
    for block_id, text in notes.items():
        in_app = in_app.with_note(block_id, text)
    assert loaded.score(Q).total == in_app.score(Q).total
    assert json.dumps(score_json(loaded.score(Q), "sv")) == json.dumps(score_json(in_app.score(Q), "sv"))
    # Exactly the bytes the app writes for the same assessment (only the time stamps are the browser's).
    same_time = dataclasses.replace(in_app, created=loaded.created, modified=loaded.modified)
    assert saved.read_bytes() == dump_assessment(same_time, Q)

    # Dropped on (or added to) the workshop window, it is a participant like any other.
    outcome = load_files([saved], questionnaire=Q)
    assert outcome.problems == ()
    [participant] = outcome.group.participants
    assert (dict(participant.answers), participant.name, participant.organisation) == (
        answers,
        "Anna Berg",
        "Storby kommun",
    )

    # The answer code on the page carries the same answers.
    assert focused(page)["id"] == "done-heading"
    code = decode_answer_code(text_of(page, "answer-code"))
    assert (dict(code.answers), code.respondent, code.organisation, code.date) == (
        answers,
        "Anna Berg",
        "Storby kommun",
        today,
    )
    # And the participant's own result is the app's.
    shown = present_result(in_app.score(Q), "sv")
    assert text_of(page, "result-total") == f"{shown.total} av 105 poäng ({shown.total_percent_text})"
    assert text_of(page, "result-band") == f"Poängintervall {shown.band_range}"
    assert text_of(page, "result-advice") == shown.advice
    assert text_of(page, "progress") == "Besvarade: 21 av 21"

    # Nothing but the page itself (and the download's blob) was requested: by the browser's account
    # and by the page's own.
    assert remote_requests(page) == []
    loaded_by_page = page_resources(page)
    assert form.as_uri() in loaded_by_page
    assert [url for url in loaded_by_page if not url.startswith(("file:", "blob:", "data:"))] == []


def test_no_violations_for_axe_in_light_and_dark(page: Browser, tmp_path: Path) -> None:
    form = tmp_path / "f.html"
    write_answer_form(form, Q, "sv", collaboration="Samverkan kring unga i Norrby", date=dt.date(2026, 11, 26))
    open_form(page, form)
    axe = axe_source()
    for scheme in ("light", "dark"):
        page.color_scheme(scheme)
        assert axe_violations(page, axe) == [], scheme
    # With the unanswered summary, then with the saved answers, code and result showing.
    page.find_element(By.CSS_SELECTOR, "#q-start-1 input[value='3']").click()
    page.find_element(By.ID, "save").click()
    assert text_of(page, "summary-heading") == "20 frågor är obesvarade"
    page.find_element(By.ID, "save-anyway").click()
    assert page.find_element(By.ID, "done").is_displayed()
    for scheme in ("dark", "light"):
        page.color_scheme(scheme)
        assert axe_violations(page, axe) == [], scheme


def test_hostile_texts_stay_text_and_run_nothing(page: Browser, tmp_path: Path) -> None:
    collaboration = HOSTILE + "</script><script>window.pwned = 1</script>\u2028&amp;"
    form = tmp_path / "f.html"
    assert main(["answer-form", "--collaboration", collaboration, "--date", "2026-11-26", "-o", str(form)]) == 0
    html = form.read_text(encoding="utf-8")
    assert "<img" not in html and "window.pwned = 1</script>" not in html
    open_form(page, form)
    assert page.execute_script("return document.images.length") == 0
    assert page.execute_script("return window.pwned") is None
    shown = page.find_element(By.CSS_SELECTOR, ".facts dd").text
    assert HOSTILE in shown and "</script><script>window.pwned = 1</script>" in shown and "&amp;" in shown
    assert HOSTILE in page.title
    # What a participant types is text too, in the file and back in the app.
    name, note = '"; alert(1); "', "Rad 1\nRad 2: {weakest_blocks} \\n <b>fet</b> slut"
    page.find_element(By.ID, "respondent").send_keys(name)
    page.find_element(By.ID, "notes-utfall").send_keys(note)
    before = set(page.downloads.iterdir())
    page.find_element(By.ID, "save").click()
    page.find_element(By.ID, "save-anyway").click()
    loaded = load_assessment(wait_for_download(page.downloads, before))
    assert (loaded.collaboration, loaded.respondent, loaded.notes) == (
        clean_text(collaboration),
        name,
        {"utfall": clean_text(note)},
    )
    assert page.execute_script("return window.pwned") is None


def test_the_page_writes_codes_files_and_results_as_the_app_does(page: Browser, tmp_path: Path) -> None:
    """The page's encoder, YAML writer and result against the core, on many random participants."""
    form = tmp_path / "f.html"
    write_answer_form(form, Q, "sv", collaboration="Trygg hemgång – Östersund", date=dt.date(2026, 11, 26))
    open_form(page, form)
    rng = random.Random(2026)
    alphabet = "abcÅäö XYZ-'.,()/&0123456789\"\\:#@!%*|>{}[]\t\n\u00a0\u2028\u0085😀ﬁ"
    cases = []
    for index in range(120):
        answers = {q: rng.randint(1, 5) for q in Q.question_ids if rng.random() < (0.7 if index % 3 else 1.1)}
        texts = ["".join(rng.choice(alphabet) for _ in range(rng.randint(0, 20))) for _ in range(3)]
        texts[:2] = [text.strip(" \t\r\n") for text in texts[:2]]
        plain = rng.choice(["Anna", "Storby kommun", "Åsa Öberg-Lind", "Region Västerbotten (RVN)", "yes", "No"])
        respondent, organisation = (plain, texts[1]) if index % 2 else (texts[0], plain)
        notes = {"utfall": texts[2]} if texts[2].strip(" \t\r\n") else {}
        cases.append({"answers": answers, "respondent": respondent, "organisation": organisation, "notes": notes})
    produced = page.execute_script(
        "return arguments[0].map(c => { const s = {answers: c.answers, respondent: c.respondent,"
        " organisation: c.organisation, notes: c.notes};"
        " const code = samverkanForm.encodeCode(s, '2026-11-26');"
        " return {code: code, file: samverkanForm.fileText(s, '2026-11-26', new Date(Date.UTC(2026, 10, 26, 9))),"
        " name: samverkanForm.fileName(s, code, '2026-11-26'), result: samverkanForm.result(s)}; })",
        cases,
    )
    stamp = dt.datetime(2026, 11, 26, 9, tzinfo=dt.UTC)
    for case, out in zip(cases, produced, strict=True):
        answers = case["answers"]
        expected_code = encode_answer_code(
            Q,
            answers,
            respondent=case["respondent"],
            organisation=case["organisation"],
            date=dt.date(2026, 11, 26),
        )
        assert out["code"] == expected_code, case
        assert out["name"] == answer_file_name(
            "Trygg hemgång – Östersund", case["respondent"], expected_code, dt.date(2026, 11, 26)
        )
        loaded = parse_assessment(out["file"].encode("utf-8"), "page.samverkan")
        app = Assessment(
            questionnaire_id=Q.id,
            questionnaire_version=Q.version,
            answers=answers,
            collaboration="Trygg hemgång – Östersund",
            respondent=case["respondent"],
            organisation=case["organisation"],
            date=dt.date(2026, 11, 26),
            language="sv",
            notes=case["notes"],
            created=stamp,
            modified=stamp,
        )
        assert loaded == app, case
        result = app.score(Q)
        if result.complete:
            shown = present_result(result, "sv")
            assert out["result"]["points"] == f"{shown.total} av 105 poäng ({shown.total_percent_text})"
            assert out["result"]["band"] == f"Poängintervall {shown.band_range}"
            assert out["result"]["advice"] == shown.advice
            assert out["result"]["weakest"] == shown.weakest
        else:
            assert out["result"] is None
    # Ordinary names and notes come out byte for byte as the app writes them.
    ordinary = page.execute_script(
        "return samverkanForm.fileText({answers: {'start-1': 4}, respondent: 'Åsa Öberg-Lind',"
        " organisation: 'Region Västerbotten (RVN)', notes: {utfall: 'Vi behöver mer tid, och fler möten.'}},"
        " '2026-11-26', new Date(Date.UTC(2026, 10, 26, 9)))"
    )
    app = Assessment(
        questionnaire_id=Q.id,
        questionnaire_version=Q.version,
        answers={"start-1": 4},
        collaboration="Trygg hemgång – Östersund",
        respondent="Åsa Öberg-Lind",
        organisation="Region Västerbotten (RVN)",
        date=dt.date(2026, 11, 26),
        notes={"utfall": "Vi behöver mer tid, och fler möten."},
        created=stamp,
        modified=stamp,
    )
    assert ordinary.encode("utf-8") == dump_assessment(app, Q)


def test_drafts_survive_a_reload_and_stay_with_their_form(page: Browser, tmp_path: Path) -> None:
    first, second = tmp_path / "norrby.html", tmp_path / "storby.html"
    write_answer_form(first, Q, "sv", collaboration="Norrby")
    write_answer_form(second, Q, "sv", collaboration="Storby")
    open_form(page, first)
    page.find_element(By.CSS_SELECTOR, "#q-design-2 input[value='2']").click()
    page.find_element(By.ID, "organisation").send_keys("Polisen")
    # Reloaded, and closed and opened again (Firefox itself refills a form on reload; not on opening).
    for reopen in (page.refresh, lambda: (page.get("about:blank"), page.get(first.as_uri()))):
        reopen()
        assert page.find_element(By.CSS_SELECTOR, "#q-design-2 input[value='2']").is_selected()
        assert page.find_element(By.ID, "organisation").get_property("value") == "Polisen"
        assert page.find_element(By.ID, "restored").is_displayed()
        assert text_of(page, "progress") == "Besvarade: 1 av 21"
    copy = tmp_path / "elsewhere" / first.name
    copy.parent.mkdir()
    shutil.copy(first, copy)
    # Another form beside it, then another form saved over it under the same name (in Firefox, which
    # keeps one store per file, only the latter shares the draft's store): no draft of the other form.
    page.get(second.as_uri())
    assert_no_draft(page)
    write_answer_form(first, Q, "sv", collaboration="Storby")
    page.get(first.as_uri())
    assert_no_draft(page)
    # The same form opened from another folder (a new copy of the attachment, a moved file): Chromium and
    # Edge keep one store for every page opened from disk and bring the draft back, Firefox starts afresh.
    page.get(copy.as_uri())
    brought_back = page.find_element(By.CSS_SELECTOR, "#q-design-2 input[value='2']").is_selected()
    assert brought_back == (page.name == "chromium")
    assert page.find_element(By.ID, "restored").is_displayed() == brought_back


def test_clearing_the_form_asks_and_forgets_the_draft(page: Browser, tmp_path: Path) -> None:
    form = tmp_path / "f.html"
    write_answer_form(form, Q, "sv")
    open_form(page, form)
    choose(page, dict.fromkeys(Q.question_ids, 4))
    page.find_element(By.ID, "organisation").send_keys("Polisen")
    page.find_element(By.ID, "save").click()
    page.find_element(By.ID, "clear").click()
    assert page.answer_dialog(accept=False) == "Ta bort alla svar och anteckningar i formuläret?"
    assert text_of(page, "progress") == "Besvarade: 21 av 21"
    page.find_element(By.ID, "clear").click()
    page.answer_dialog(accept=True)
    assert text_of(page, "progress") == "Besvarade: 0 av 21"
    assert not page.find_element(By.ID, "done").is_displayed()
    for reopen in (page.refresh, lambda: (page.get("about:blank"), page.get(form.as_uri()))):
        reopen()
        assert_no_draft(page)


def assert_no_draft(page: Browser) -> None:
    assert page.execute_script("return document.querySelectorAll('input:checked').length") == 0
    assert page.find_element(By.ID, "organisation").get_property("value") == ""
    assert not page.find_element(By.ID, "restored").is_displayed()


def test_the_summary_links_to_each_unanswered_question(page: Browser, tmp_path: Path) -> None:
    form = tmp_path / "f.html"
    write_answer_form(form, Q, "en")
    open_form(page, form)
    choose(page, {question_id: 4 for question_id in Q.question_ids if question_id not in ("design-3", "utfall-1")})
    assert page.find_element(By.ID, "progress").get_attribute("role") == "status"
    assert text_of(page, "progress") == "Answered: 19 of 21"
    page.find_element(By.ID, "save").click()
    assert focused(page)["id"] == "summary"
    assert text_of(page, "summary-heading") == "2 questions are unanswered"
    links = page.find_elements(By.CSS_SELECTOR, "#summary-list a")
    assert [link.text for link in links] == [
        "Question 2.3: Are there clear ground rules for how the collaboration is to work?",
        "Question 4.1: Does the collaboration make a difference and give the desired result?",
    ]
    marks = page.find_elements(By.CSS_SELECTOR, ".question .mark")
    assert [m.text for m in marks if m.is_displayed()] == ["Unanswered", "Unanswered"]
    links[1].send_keys(Keys.ENTER)
    assert (focused(page)["name"], focused(page)["type"]) == ("q-utfall-1", "radio")
    page.press("5")
    assert text_of(page, "summary-heading") == "1 question is unanswered"
    assert text_of(page, "progress") == "Answered: 20 of 21"


@pytest.mark.parametrize(("width", "height"), [(320, 640), (640, 400), (390, 844)])
def test_narrow_and_zoomed_the_page_never_scrolls_sideways(
    page: Browser, tmp_path: Path, width: int, height: int
) -> None:
    """320 px wide, and 1280 px at 200 % zoom (640 CSS pixels), and a phone: no horizontal scrolling, big targets."""
    form = tmp_path / "f.html"
    write_answer_form(
        form, Q, "sv", collaboration="Samverkan kring unga i Norrby – ett långt namn", date=dt.date(2026, 11, 26)
    )
    open_form(page, form)
    page.viewport(width, height)
    page.find_element(By.ID, "save").click()
    page.find_element(By.ID, "save-anyway").click()
    sizes = page.execute_script(
        "return {scroll: document.documentElement.scrollWidth, client: document.documentElement.clientWidth,"
        " smallest: Math.min(...[...document.querySelectorAll('.option, button')]"
        ".filter(e => e.offsetParent !== null).map(e => e.getBoundingClientRect().height))}"
    )
    assert sizes["scroll"] <= sizes["client"], sizes
    assert sizes["smallest"] >= 44, sizes


def test_a_form_without_the_score_says_so_and_shows_none(page: Browser, tmp_path: Path) -> None:
    form = tmp_path / "f.html"
    assert main(["answer-form", "--no-score", "--lang", "en", "-o", str(form)]) == 0
    open_form(page, form)
    assert "does not show your result" in text_of(page, "score-info")
    choose(page, dict.fromkeys(Q.question_ids, 5))
    page.find_element(By.ID, "save").click()
    assert page.find_element(By.ID, "done").is_displayed()
    assert page.find_elements(By.ID, "result") == []
    code = text_of(page, "answer-code")
    assert decode_answer_code(code).language == "en"
    # Copying: to the clipboard, or (where the browser refuses) the code is selected for Ctrl+C.
    page.find_element(By.ID, "copy").click()
    WebDriverWait(page, 5).until(lambda driver: text_of(driver, "copy-status"))
    status = text_of(page, "copy-status")
    if status != "The code is copied.":
        assert status == "The code could not be copied automatically: select it and copy it yourself."
        assert page.execute_script("return String(window.getSelection())") == code
