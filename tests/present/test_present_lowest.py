"""The lowest-rated questions as the window, the PDF and the command line word them."""

from __future__ import annotations

import pytest

from samverkan_gui.core.registry import shipped_registry
from samverkan_gui.core.scoring import lowest_questions
from samverkan_gui.present.result import present_lowest

Q = shipped_registry().default()


def _numbered(values: dict[int, int], default: int) -> dict[str, int]:
    answers = dict.fromkeys(Q.question_ids, default)
    answers.update({Q.question_ids[number - 1]: value for number, value in values.items()})
    return answers


@pytest.mark.parametrize(("lang", "more"), [("sv", "… och 1 till med svar 2"), ("en", "… and 1 more with answer 2")])
def test_a_tie_left_out_of_the_list_is_counted_in_words(lang: str, more: str) -> None:
    shown = present_lowest(lowest_questions(_numbered({4: 1, 8: 2, 12: 2, 15: 2, 18: 2, 20: 2}, 4), Q), Q, lang)
    assert [line.number for line in shown.lines] == [4, 8, 12, 15, 18]
    assert shown.more == more
    assert shown.all_equal == ""
    first = shown.lines[0]
    assert (first.value, first.label) == (1, Q.scale.label(1, lang))
    assert first.question == Q.questions[3].text.get(lang)


@pytest.mark.parametrize(
    ("lang", "words"),
    [
        ("sv", "Alla frågor har samma svar (3): ingen är lägre skattad än någon annan."),
        ("en", "Every question has the same answer (3): none is rated lower than another."),
    ],
)
def test_all_answers_equal_is_said_instead_of_a_list(lang: str, words: str) -> None:
    shown = present_lowest(lowest_questions(_numbered({}, 3), Q), Q, lang)
    assert shown.lines == () and shown.more == ""
    assert shown.all_equal == words
    assert shown.shown


def test_the_caption_says_what_the_list_is() -> None:
    shown = present_lowest(lowest_questions(_numbered({1: 2}, 4), Q), Q, "sv")
    assert shown.title == "Lägst skattade frågor"
    assert shown.caption.startswith("Frågorna med de tre lägsta svaren och alla med samma svar som den tredje")
    assert "vid lika svar alla" not in shown.caption  # the old caption promised what the list did not do
    assert not present_lowest(lowest_questions({}, Q), Q, "sv").shown
