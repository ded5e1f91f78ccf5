"""The app walked by keyboard with Orca listening, in Swedish and English: what a blind user hears.

Each walk presses one key at a time (xdotool, in a private X display and D-Bus session) and
records what Orca says after it (Orca's speech goes to a recording speech server, see
``orca_speech/``). The asserts are what a user must hear:

* no key is met with silence (Orca's echo of the key itself does not count);
* arriving at the results says the collaboration, the total, the band and the advice;
* each question's text once as the focus arrives on it, its block as the focus enters that;
* every rating confirmed; status messages announced ("Saved …");
* the workshop grid says participant, question and answer per cell, never a whole row;
* the projector speaks each slide as it is shown and the answers as they are revealed.

and, last, that the whole transcript is the committed reference ``transcripts/<walk>-<language>.txt``:
a change in what is spoken fails with a diff until the reference is rewritten on purpose
(``SAMVERKAN_SR_UPDATE=1``), so it shows in review. A run's own transcripts go to
``build/screenreader/`` (see ``walks.py``). Run just these with ``python -m pytest -m screenreader``.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from pathlib import Path

import pytest

from samverkan_gui.core.questionnaire import Questionnaire
from samverkan_gui.core.scoring import score
from samverkan_gui.present import block_display_name, present_result
from samverkan_gui.present.questions import question_label
from tests.screenreader.desktop import Desktop
from tests.screenreader.walks import DIGITS, Walk, count, spoken

pytestmark = [pytest.mark.slow, pytest.mark.timeout(420)]


@dataclass(frozen=True)
class Words:
    """What the app (and Orca) say in one language."""

    collaboration_field: str
    name_field: str
    organisation_field: str
    answer: str  # the rating confirmed: "Svar: 3 – I viss grad"
    block: str  # "Block 2 av 4: …"
    question: str  # "Fråga 2 av 5: …"
    show_results: str
    total: str
    band: str
    action_what: str
    add_action: str
    remove_action: str
    saved: str
    cell: str  # the entry grid's current cell
    typed: str  # the entry grid's confirmation
    no_answer: str
    position: str  # a projector slide's "2 of 5"
    leave_grid_to: str


WORDS = {
    "sv": Words(
        collaboration_field="Vilken samverkan bedömer ni?",
        name_field="Ert namn eller er roll",
        organisation_field="Organisation",
        answer="Svar: {} – {}",
        block="Block {} av {}: {}",
        question="Fråga {} av {}: {}",
        show_results="Visa resultat",
        total="Summa 70 av 105",
        band="intervall 3 av 5 (63–83)",
        action_what="Åtgärd 1 i {}: vad",
        add_action="Lägg till en åtgärd i {}",
        remove_action="Ta bort åtgärd 1 i {}",
        saved="Sparade",
        cell="{}, {}: {} – {}",
        typed="{}, {}: {}",
        no_answer="inget svar",
        position="{} av {}",
        leave_grid_to="Lägg till deltagare",
    ),
    "en": Words(
        collaboration_field="Which collaboration do you assess?",
        name_field="Your name or role",
        organisation_field="Organisation",
        answer="Answer: {} – {}",
        block="Block {} of {}: {}",
        question="Question {} of {}: {}",
        show_results="Show results",
        total="Total 70 of 105",
        band="band 3 of 5 (63–83)",
        action_what="Action 1 in {}: what",
        add_action="Add an action to {}",
        remove_action="Remove action 1 in {}",
        saved="Saved",
        cell="{}, {}: {} – {}",
        typed="{}, {}: {}",
        no_answer="no answer",
        position="{} of {}",
        leave_grid_to="Add participant",
    ),
}


@pytest.fixture
def walk(desktop: Desktop, request: pytest.FixtureRequest, tmp_path: Path):  # type: ignore[no-untyped-def]
    """A walk named after the test; its transcript is saved even when an assert fails."""
    name = request.node.originalname.removeprefix("test_").replace("_", "-")
    # Paths and today's date (a new assessment's) differ from run to run; the transcript must not.
    hidden = {str(tmp_path): "<folder>", dt.date.today().isoformat(): "<today>"}
    walk = Walk(name, desktop.language, desktop, hide_paths=hidden)
    yield walk
    walk.save()
    desktop.close_app()


def _finish(walk: Walk) -> None:
    """No key met with silence, and every line said as in the committed reference."""
    assert walk.silent_steps() == [], f"keys met with silence: {walk.silent_steps()} (transcript: {walk.save()})"
    differences = walk.differences()
    if differences:
        pytest.fail(differences, pytrace=False)


# --- an assessment from the start view to the saved file ----------------------------------------


def test_assessment(walk: Walk, questionnaire: Questionnaire, tmp_path: Path) -> None:
    lang = walk.language
    words = WORDS[lang]
    scale = questionnaire.scale
    assert spoken(walk.launch()).count(words.collaboration_field) == 1
    walk.type("Regionalt samarbete")
    assert words.name_field in spoken(walk.press("Tab"))
    assert words.organisation_field in spoken(walk.press("Tab"))

    # Into the first block; the arrow keys go along the scale, however the answers wrap.
    first = spoken(walk.press("Return"))
    block_one = questionnaire.blocks[0]
    assert words.block.format(1, 4, block_display_name(block_one, lang)) in first
    assert count(first, block_one.questions[0].text.get(lang)) == 1
    for key, value in (("Down", 2), ("Down", 3), ("Up", 2)):
        assert f"{value} – {scale.label(value, lang)}" in spoken(walk.press(key)), key

    # 21 digits: each rating confirmed, each next question read once, each new block announced.
    questions = [(b, n, q) for b in questionnaire.blocks for n, q in enumerate(b.questions, 1)]
    for index, digit in enumerate(DIGITS):
        said = spoken(walk.press(digit))
        value = int(digit)
        assert words.answer.format(value, scale.label(value, lang)) in said, (index, said)
        if index + 1 < len(questions):
            block, number, question = questions[index + 1]
            assert count(said, question.text.get(lang)) == 1, (index, said)
            assert words.question.format(number, len(block.questions), question.text.get(lang)) in said
            if number == 1:
                position = questionnaire.blocks.index(block) + 1
                assert words.block.format(position, 4, block_display_name(block, lang)) in said
        else:
            assert words.show_results in said

    # The results: the summary is said on arrival, without another key.
    answers = {q.id: int(d) for (_b, _n, q), d in zip(questions, DIGITS, strict=True)}
    shown = present_result(score(questionnaire, answers), lang)
    arrival = spoken(walk.press("Return"))
    assert "Regionalt samarbete" in arrival
    assert words.total in arrival and words.band in arrival
    assert shown.advice and shown.advice in arrival
    weakest = block_display_name(questionnaire.block("organisatorisk-design"), lang)
    # Inside a sentence the block is named in lower case (docs/terminology.md).
    in_sentence = questionnaire.block("organisatorisk-design").name.get(lang)
    assert weakest.lower() in arrival.lower()
    # Every part of the page is a Tab stop that says something (ladder, table, chart, lowest, next steps).
    sections = [spoken(walk.press("Tab")) for _ in range(5)]
    assert block_display_name(questionnaire.blocks[0], lang) in sections[1], "the table's first row"
    plan_button = spoken(walk.press("Tab"))
    assert weakest.lower() in plan_button.lower()
    if lang == "en":
        _finish(walk)
        return  # the plan and the save are the same code in both languages

    # The plan: add an action, remove it, undo: the focus lands once, on the right field, and is read.
    walk.press("Return")
    for _ in range(5):
        walk.press("Tab")
    assert words.add_action.format(in_sentence) in spoken(walk.steps[-1])
    assert words.action_what.format(in_sentence) in spoken(walk.press("space"))
    walk.type("Boka ett möte")
    for _ in range(4):
        walk.press("Tab")
    assert words.remove_action.format(in_sentence) in spoken(walk.steps[-1])
    removed = spoken(walk.press("space"))
    assert words.add_action.format(in_sentence) in removed
    assert "Ctrl+Z" in removed  # the status message, announced
    undone = spoken(walk.press("ctrl+z"))
    assert words.action_what.format(in_sentence) in undone

    # Save: the file dialog, a name, Enter; "Saved …" is announced.
    walk.press("ctrl+s")
    walk.type(str(tmp_path / "regionalt"))  # in place of the suggested name, which is selected
    saved = spoken(walk.press("Return"))
    assert words.saved in saved
    assert (tmp_path / "regionalt.samverkan").exists()
    _finish(walk)


# --- opening a complete file -----------------------------------------------------------------


def test_complete_file(walk: Walk, questionnaire: Questionnaire, example) -> None:  # type: ignore[no-untyped-def]
    lang = walk.language
    name = {"sv": "komplett.samverkan", "en": "complete-en.samverkan"}[lang]
    path = example(name)
    arrival = spoken(walk.launch(str(path)))
    total = {"sv": "Summa 66 av 105", "en": "Total 66 of 105"}[lang]
    assert total in arrival and WORDS[lang].band in arrival, arrival
    weakest = block_display_name(questionnaire.block("organisatorisk-design"), lang)
    assert weakest.lower() in arrival.lower()
    for _ in range(6):  # ladder, table, chart, lowest questions, notes, next steps
        walk.press("Tab")
    notes_heading = {"sv": "Era anteckningar", "en": "Your notes"}[lang]
    assert any(notes_heading in spoken(step) for step in walk.steps[-6:])
    # The background material, read line by line.
    for _ in range(3):  # plan, follow-up, background material
        walk.press("Tab")
    walk.press("Return")
    lines = [spoken(walk.press("Down")) for _ in range(3)]
    assert all(lines) and len(set(lines)) == 3, lines
    walk.press("Escape")
    _finish(walk)


# --- the workshop: a paper form typed in, the results, the projector ------------------------------


def test_workshop(walk: Walk, questionnaire: Questionnaire, example) -> None:  # type: ignore[no-untyped-def]
    lang = walk.language
    words = WORDS[lang]
    path = example("workshop-7.samverkan-grupp")
    questions = [q for b in questionnaire.blocks for q in b.questions]
    # Each question named as every output names it: "Fråga 1.2" (block 1, question 2).
    labels = [question_label(questionnaire, q.id, lang) for q in questions]
    start = spoken(walk.launch(str(path)))
    assert words.cell.format("D1", labels[0], questions[0].text.get(lang), 3) in start

    # A new participant's paper form: each digit confirmed, the next cell said, no row of others.
    new = spoken(walk.press("ctrl+shift+n"))
    assert words.cell.format("D8", labels[0], questions[0].text.get(lang), words.no_answer) in new
    typed = DIGITS if lang == "sv" else DIGITS[:5]
    for index, digit in enumerate(typed):
        said = spoken(walk.press(digit))
        assert words.typed.format("D8", labels[index], digit) in said, said
        if index + 1 < len(questions):
            assert (
                words.cell.format("D8", labels[index + 1], questions[index + 1].text.get(lang), words.no_answer) in said
            )
        assert not re.search(r"\bD[1-7]\b", said), f"another participant read out: {said}"
    assert words.leave_grid_to in spoken(walk.press("ctrl+Tab"))

    # The results tab opens at the summary and advice; then the block table, its bars in words.
    summary = spoken(walk.press("ctrl+2"))
    assert "D8" in summary and "63–83" in summary, summary
    table = spoken(walk.press("Tab"))
    assert questionnaire.blocks[0].title.get(lang) in table, table
    assert re.search(r"\d+\s%, \w+ \d+\s% \w+ \d+\s%", table), f"the range bar without its numbers: {table}"

    # The projector: every slide said as it is shown, its answers as they are revealed.
    first = spoken(walk.press("F5"))
    match = re.search(words.position.format(1, r"(\d+)"), first)
    assert match, first
    slides = int(match.group(1))
    for number in range(1, slides + 1):
        revealed = spoken(walk.press("space"))
        assert revealed, f"slide {number}: nothing said when revealed"
        if number < slides:
            shown = spoken(walk.press("space"))
            assert words.position.format(number + 1, slides) in shown, shown
    walk.press("Escape")
    _finish(walk)
