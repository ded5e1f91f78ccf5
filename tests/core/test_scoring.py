"""Scoring: totals, bands, the weakest block, drafts."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from samverkan_gui.core.registry import shipped_registry
from samverkan_gui.core.scoring import LowestQuestions, lowest_questions, score

Q = shipped_registry().default()
IDS = Q.question_ids
complete_answers = st.fixed_dictionaries({qid: st.integers(1, 5) for qid in IDS})


def answers_with_total(total: int) -> dict[str, int]:
    """A complete set of answers summing to ``total`` (21..105)."""
    answers = {qid: 1 for qid in IDS}
    rest = total - len(IDS)
    for qid in IDS:
        step = min(4, rest)
        answers[qid] += step
        rest -= step
    assert sum(answers.values()) == total
    return answers


@given(complete_answers)
def test_total_is_the_sum_of_the_blocks(answers: dict[str, int]) -> None:
    result = score(Q, answers)
    assert result.complete
    assert result.total == sum(bs.score for bs in result.blocks) == sum(answers.values())
    assert result.max_total == 105
    assert [bs.max for bs in result.blocks] == [25, 25, 50, 5]


@given(complete_answers)
def test_every_complete_assessment_falls_in_exactly_one_band(answers: dict[str, int]) -> None:
    result = score(Q, answers)
    assert result.total is not None
    matching = [band for band in Q.bands if band.min <= result.total <= band.max]
    assert matching == [result.band]
    assert result.weakest_blocks
    assert "utfall" not in result.weakest_blocks
    assert "{" not in (result.advice("sv") or "") and "{" not in (result.advice("en") or "")


@pytest.mark.parametrize(
    ("total", "band_min"),
    [(21, 21), (41, 21), (42, 42), (62, 42), (63, 63), (83, 63), (84, 84), (94, 84), (95, 95), (105, 95)],
)
def test_band_edges(total: int, band_min: int) -> None:
    result = score(Q, answers_with_total(total))
    assert result.total == total
    assert result.band is not None and result.band.min == band_min


def test_advice_names_the_weakest_block() -> None:
    answers = {qid: 4 for qid in IDS}
    for qid in ("design-1", "design-2"):
        answers[qid] = 2  # organisatorisk design: 16/25 = 64 %, others 80 %
    answers["utfall-1"] = 1  # outcome is lowest (20 %) but is never named
    result = score(Q, answers)
    assert result.total == 4 * 21 - 4 - 3
    assert result.weakest_blocks == ("organisatorisk-design",)
    assert result.advice("sv") == (
        "Bra jobbat! Här finns goda förutsättningar, det gemensamma bygget är påbörjat men allt kan bli bättre. "
        "Titta särskilt på organisatorisk design och ledarskap."
    )
    assert result.advice("en").endswith("Look especially at organisational design and leadership.")


def test_ties_name_every_tied_block() -> None:
    # 3/5 on every question: all three lever blocks at 60 % exactly (15/25, 15/25, 30/50).
    answers = {qid: 3 for qid in IDS}
    result = score(Q, answers)
    assert result.weakest_blocks == ("startforhallanden", "organisatorisk-design", "samverkansprocessen")
    assert result.advice("sv").endswith(
        "Titta särskilt på startförhållanden, organisatorisk design och ledarskap samt samverkansprocessen."
    )


def test_high_band_names_block_too() -> None:
    answers = {qid: 5 for qid in IDS}
    for qid in ("process-1", "process-2", "process-3", "process-4", "process-5", "process-6"):
        answers[qid] = 4
    result = score(Q, answers)
    assert result.total == 99 and result.band.min == 95
    # The top band's text has no placeholder: nothing to fill in, nothing left over.
    assert result.advice("sv").startswith("Hurra!")


def test_draft_has_no_total_and_lists_missing_questions() -> None:
    answers = {qid: 5 for qid in IDS if qid not in ("start-3", "utfall-1")}
    result = score(Q, answers)
    assert not result.complete
    assert result.total is None and result.band is None and result.advice("sv") is None
    assert result.missing == ("start-3", "utfall-1")
    assert result.block_score("startforhallanden").missing == ("start-3",)
    assert result.weakest_blocks == ()


def test_percent_rounds_half_up() -> None:
    answers = {qid: 3 for qid in IDS}
    answers["utfall-1"] = 3
    result = score(Q, answers)
    assert [bs.percent for bs in result.blocks] == [60, 60, 60, 60]
    answers["process-1"] = 4  # 31/50 = 62 %
    assert score(Q, answers).block_score("samverkansprocessen").percent == 62


def _numbered(values: dict[int, int], default: int | None) -> dict[str, int]:
    """Answers by 1-based question number; every other question ``default`` (None: unanswered)."""
    answers = {qid: default for qid in IDS} if default is not None else {}
    answers.update({IDS[number - 1]: value for number, value in values.items()})
    return answers


def test_lowest_questions_with_ties_in_questionnaire_order() -> None:
    lowest = lowest_questions(_numbered({18: 1, 3: 2, 7: 2, 10: 2, 16: 2}, 4), Q)
    assert [(r.number, r.value) for r in lowest.listed] == [(18, 1), (3, 2), (7, 2), (10, 2), (16, 2)]
    assert (lowest.more, lowest.more_value, lowest.all_equal) == (0, None, None)
    lowest = lowest_questions(_numbered({21: 1, 5: 2, 2: 3}, 4), Q)
    assert [r.question.id for r in lowest.listed] == ["utfall-1", "start-5", "start-2"]
    assert [r.number for r in lowest_questions({"start-2": 5, "start-1": 4}, Q).listed] == [1]


def test_a_tie_the_list_cannot_hold_is_counted_not_hidden() -> None:
    # Question 20 has the same answer as 15, which is listed: it is counted under the list.
    lowest = lowest_questions(_numbered({4: 1, 8: 2, 12: 2, 15: 2, 18: 2, 20: 2}, 4), Q)
    assert [r.number for r in lowest.listed] == [4, 8, 12, 15, 18]
    assert (lowest.more, lowest.more_value) == (1, 2)
    # Eleven questions share the lowest answer: five are listed, six counted.
    lowest = lowest_questions(_numbered(dict.fromkeys(range(1, 12), 2), 3), Q)
    assert [r.number for r in lowest.listed] == [1, 2, 3, 4, 5]
    assert (lowest.more, lowest.more_value) == (6, 2)


def test_when_every_answer_is_the_same_no_question_is_listed() -> None:
    for value in (1, 3, 5):
        lowest = lowest_questions(_numbered({}, value), Q)
        assert lowest.listed == () and lowest.more == 0
        assert (lowest.all_equal, lowest.complete) == (value, True)
    draft = lowest_questions(_numbered({1: 3, 2: 3, 9: 3}, None), Q)
    assert (draft.listed, draft.all_equal, draft.complete) == ((), 3, False)
    assert lowest_questions({}, Q) == LowestQuestions()


def test_the_highest_answer_given_is_never_low() -> None:
    # All 5 but two 4s: only the two 4s are lower than anything; the 5s are not "the third lowest".
    lowest = lowest_questions(_numbered({2: 4, 9: 4}, 5), Q)
    assert [(r.number, r.value) for r in lowest.listed] == [(2, 4), (9, 4)]
    assert lowest.more == 0 and lowest.all_equal is None


@given(st.dictionaries(st.sampled_from(IDS), st.integers(1, 5)))
def test_every_question_at_a_listed_answer_is_listed_or_counted(answers: dict[str, int]) -> None:
    lowest = lowest_questions(answers, Q)
    values = sorted(answers.values())
    if not values:
        assert lowest == LowestQuestions()
        return
    if values[0] == values[-1]:
        assert lowest.listed == () and lowest.all_equal == values[0]
        return
    assert 1 <= len(lowest.listed) <= 5 and lowest.all_equal is None
    listed = [r.value for r in lowest.listed]
    assert listed == sorted(listed) and max(listed) < values[-1]
    # Everything below the highest listed answer is listed; at that answer, listed plus counted is all.
    at_top = [v for v in values if v == listed[-1]]
    assert [v for v in values if v < listed[-1]] == [v for v in listed if v < listed[-1]]
    assert listed.count(listed[-1]) + lowest.more == len(at_top)
    assert lowest.more_value == (listed[-1] if lowest.more else None)
    # At least the three lowest below the highest answer are there (or all of them, when fewer).
    below_top = [v for v in values if v < values[-1]]
    assert len(listed) + lowest.more >= min(3, len(below_top))
