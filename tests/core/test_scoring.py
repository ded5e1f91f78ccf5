"""Scoring: totals, bands, the weakest block, drafts."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from samverkan_gui.core.registry import shipped_registry
from samverkan_gui.core.scoring import score

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
