"""Group arithmetic against hand-computed cases, plus properties."""

from __future__ import annotations

import math
import statistics
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from samverkan_gui.core.group import Group, Participant
from samverkan_gui.core.group_file import load_group
from samverkan_gui.core.group_stats import CONSENSUS_BELOW, consensus, group_stats
from samverkan_gui.present.group import consensus_limit_text, consensus_text

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"


def _everything(questionnaire, value: int, **overrides: int) -> dict[str, int]:
    answers = dict.fromkeys(questionnaire.question_ids, value)
    answers.update(overrides)
    return answers


def _group(questionnaire, *answer_sets: dict[str, int]) -> Group:
    group = Group.new(questionnaire)
    for answers in answer_sets:
        group = group.with_participant(Participant(code="", answers=answers))
    return group


def test_three_participants_hand_computed(questionnaire) -> None:
    # D1 all 3 (total 63), D2 all 4 (84), D3 all 2 except start-1 = 5 (42 + 3 = 45).
    group = _group(
        questionnaire,
        _everything(questionnaire, 3),
        _everything(questionnaire, 4),
        _everything(questionnaire, 2, **{"start-1": 5}),
    )
    stats = group_stats(group, questionnaire)
    assert stats.participants == 3
    assert stats.complete == 3
    assert stats.totals == (63, 84, 45)
    assert stats.mean_total == pytest.approx(64.0)
    assert (stats.band.min, stats.band.max) == (63, 83)
    start = stats.block_stats("startforhallanden")
    # Block max 25: scores 15, 20, 13.
    assert start.scores == (15, 20, 13)
    assert start.mean_share == pytest.approx(48 / 75)
    assert start.min_share == pytest.approx(13 / 25)
    assert start.max_share == pytest.approx(20 / 25)
    # The other non-outcome blocks have mean share 27/45 = 0.6 < 48/75 = 0.64: they tie as weakest.
    assert stats.weakest_blocks == ("organisatorisk-design", "samverkansprocessen")
    assert "Titta särskilt på organisatorisk design och ledarskap samt samverkansprocessen." in stats.advice("sv")
    q1 = stats.question_stats("start-1")
    assert q1.counts == {1: 0, 2: 0, 3: 1, 4: 1, 5: 1}
    assert q1.mean == pytest.approx(4.0)
    assert q1.spread == 2
    assert q1.std_dev == pytest.approx(statistics.pstdev([3, 4, 5]))
    # 3, 4, 5 around mean 4: 1 + 2/3 · log2(3/4) = 0.723: close enough, views do not differ.
    assert q1.consensus == pytest.approx(1 + 2 / 3 * math.log2(0.75))
    assert not q1.views_differ
    q2 = stats.question_stats("start-2")
    assert q2.counts == {1: 0, 2: 1, 3: 1, 4: 1, 5: 0}
    assert q2.spread == 2
    assert q2.mean == pytest.approx(3.0)
    # Every question spans three neighbouring steps: the old rule (highest − lowest ≥ 2) listed all
    # 21 for discussion; the group's answers are close together, so none is listed now.
    assert stats.discussion == ()


def test_missing_answers_count_per_question_and_exclude_from_totals(questionnaire) -> None:
    partial = _everything(questionnaire, 5)
    del partial["process-3"]
    group = _group(questionnaire, _everything(questionnaire, 1), partial, {})
    stats = group_stats(group, questionnaire)
    assert stats.participants == 3
    assert stats.complete == 1
    assert stats.totals == (21,)
    assert stats.mean_total == 21
    assert stats.band.min == 21
    q = stats.question_stats("process-3")
    assert (q.n, q.missing) == (1, 2)
    assert q.spread == 0
    assert q.consensus is None  # one answer: no consensus, never "views differ"
    assert not q.views_differ
    other = stats.question_stats("process-4")
    assert (other.n, other.missing, other.spread) == (2, 1, 4)
    assert stats.block_stats("samverkansprocessen").n == 1
    assert stats.block_stats("startforhallanden").n == 2
    assert stats.block_stats("startforhallanden").mean_share == pytest.approx(30 / 50)


def test_neighbouring_steps_are_not_a_difference(questionnaire) -> None:
    stats = group_stats(
        _group(questionnaire, _everything(questionnaire, 3), _everything(questionnaire, 4)), questionnaire
    )
    assert stats.discussion == ()
    # 3 and 4, mean 3.5: 1 + log2(1 - 0.5/4) = 0.807.
    assert all(q.consensus == pytest.approx(1 + math.log2(7 / 8)) for q in stats.questions)


@pytest.mark.parametrize(
    ("answers", "expected"),
    [
        ([4, 4, 4, 4], 1.0),  # unanimous
        ([1, 5], 0.0),  # split between the ends
        ([1, 1, 1, 5, 5, 5], 0.0),
        ([1, 2, 3, 4, 5], 1 - (2 + 2 * -math.log2(0.75)) / 5),  # uniform: 0.434
        ([1, 1, 1, 2, 2, 2, 5], 1 + 3 / 7 * math.log2(0.75) + 1 / 7 * math.log2(0.25)),  # 0.536
    ],
)
def test_consensus_hand_computed(answers: list[int], expected: float) -> None:
    counts = {step: answers.count(step) for step in range(1, 6)}
    assert consensus(counts, 1, 5) == pytest.approx(expected)


def test_consensus_literature_values() -> None:
    assert consensus({1: 1, 2: 1, 3: 1, 4: 1, 5: 1}, 1, 5) == pytest.approx(0.434, abs=5e-4)
    assert consensus({1: 3, 2: 3, 3: 0, 4: 0, 5: 1}, 1, 5) == pytest.approx(0.536, abs=5e-4)
    assert consensus({1: 0, 2: 0, 3: 1, 4: 0, 5: 0}, 1, 5) is None  # one answer
    assert consensus(dict.fromkeys(range(1, 6), 0), 1, 5) is None


def test_consensus_is_shown_as_people_read_it() -> None:
    assert consensus_text(0.5357, "sv") == "0,54"
    assert consensus_text(0.5357, "en") == "0.54"
    assert consensus_text(0.125, "en") == "0.13"  # half up, like every number shown
    assert consensus_text(None, "sv") == "–"
    assert consensus_limit_text("sv") == "0,60"


def test_discussion_order_lowest_consensus_then_lowest_mean(questionnaire) -> None:
    # design-1: 1, 5, 1, 5 (consensus 0). design-2 and process-1: 1, 1, 5, 5 shifted by one
    # step — 2, 2, 5, 5 (mean 3.5) and 1, 1, 4, 4 (mean 2.5), the same consensus.
    a = _everything(questionnaire, 3, **{"design-1": 1, "design-2": 2, "process-1": 1})
    b = _everything(questionnaire, 3, **{"design-1": 5, "design-2": 2, "process-1": 1})
    c = _everything(questionnaire, 3, **{"design-1": 1, "design-2": 5, "process-1": 4})
    d = _everything(questionnaire, 3, **{"design-1": 5, "design-2": 5, "process-1": 4})
    stats = group_stats(_group(questionnaire, a, b, c, d), questionnaire)
    assert stats.question_stats("design-2").consensus == pytest.approx(stats.question_stats("process-1").consensus)
    assert [q.question.id for q in stats.discussion] == ["design-1", "process-1", "design-2"]


def test_seven_participant_workshop_flags_only_the_split_questions(questionnaire) -> None:
    """The sample that made "Här skiljer sig synen" list 19 of 21 questions (highest − lowest ≥ 2)."""
    group = load_group(EXAMPLES / "workshop-7.samverkan-grupp")
    stats = group_stats(group, questionnaire)
    assert stats.participants == 7
    old_rule = [q for q in stats.questions if q.spread is not None and q.spread >= 2]
    assert len(old_rule) == 19
    assert [q.question.id for q in stats.discussion] == ["process-6", "design-1", "process-2", "start-3"]
    assert round(stats.question_stats("start-3").consensus, 3) == 0.536
    # One participant far off (3, 4, 3, 3, 1, 3, 3) is not a split group.
    assert not stats.question_stats("process-10").views_differ


def test_mean_total_band_rounds_half_up(questionnaire) -> None:
    # Totals 41 and 42: mean 41.5 rounds to 42, the second band.
    low = _everything(questionnaire, 2, **{"utfall-1": 1})
    high = _everything(questionnaire, 2)
    stats = group_stats(_group(questionnaire, low, high), questionnaire)
    assert stats.totals == (41, 42)
    assert stats.band.min == 42


def test_empty_group(questionnaire) -> None:
    stats = group_stats(Group.new(questionnaire), questionnaire)
    assert stats.participants == 0
    assert stats.mean_total is None
    assert stats.band is None
    assert stats.advice("sv") is None
    assert stats.discussion == ()


answer_sets = st.lists(
    st.dictionaries(st.sampled_from(["start-1", "start-2", "design-3"]), st.integers(1, 5)), min_size=1, max_size=12
)


@settings(max_examples=60, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(st.lists(st.integers(1, 5), min_size=21, max_size=21), min_size=1, max_size=15), answer_sets)
def test_properties(questionnaire, complete_people, partial_people) -> None:
    ids = questionnaire.question_ids
    people = [dict(zip(ids, values, strict=True)) for values in complete_people] + partial_people
    stats = group_stats(_group(questionnaire, *people), questionnaire)
    assert stats.participants == len(people)
    assert stats.complete == len(complete_people) + sum(1 for p in partial_people if len(p) == 21)
    assert stats.totals == tuple(sum(v) for v in complete_people)
    assert questionnaire.min_total <= stats.mean_total <= questionnaire.max_total
    assert stats.band is not None
    for q in stats.questions:
        assert q.n + q.missing == len(people)
        if q.n:
            assert 1 <= q.lowest <= q.mean <= q.highest <= 5
            assert q.std_dev <= q.spread / 2 + 1e-9
            # Consensus below 0.6 needs answers at least two steps apart.
            assert q.views_differ == (q.n >= 2 and q.consensus < CONSENSUS_BELOW)
            if q.views_differ:
                assert q.spread >= 2
    for b in stats.blocks:
        if b.n:
            assert b.min_share <= b.mean_share <= b.max_share
    order = [(q.consensus, q.exact_mean, q.number) for q in stats.discussion]
    assert order == sorted(order)
    assert set(stats.weakest_blocks) <= {b.id for b in questionnaire.blocks if not b.outcome}


counts_strategy = st.lists(st.integers(0, 6), min_size=5, max_size=5).filter(lambda c: sum(c) >= 2)


@settings(max_examples=300)
@given(counts_strategy)
def test_consensus_between_zero_and_one(counts: list[int]) -> None:
    value = consensus(dict(zip(range(1, 6), counts, strict=True)), 1, 5)
    assert value is not None
    assert 0.0 <= value <= 1.0


@settings(max_examples=60, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(st.integers(1, 5), min_size=2, max_size=9), st.randoms(use_true_random=False))
def test_permuting_participants_changes_nothing(questionnaire, answers: list[int], random) -> None:
    shuffled = list(answers)
    random.shuffle(shuffled)
    people = [{"start-1": value} for value in answers]
    others = [{"start-1": value} for value in shuffled]
    first = group_stats(_group(questionnaire, *people), questionnaire)
    second = group_stats(_group(questionnaire, *others), questionnaire)
    assert first.question_stats("start-1").consensus == second.question_stats("start-1").consensus
    assert first.question_stats("start-1").views_differ == second.question_stats("start-1").views_differ


@settings(max_examples=300)
@given(counts_strategy)
def test_an_answer_at_a_whole_step_mean_never_lowers_consensus(counts: list[int]) -> None:
    by_step = dict(zip(range(1, 6), counts, strict=True))
    total = sum(by_step.values())
    mean_numerator = sum(step * count for step, count in by_step.items())
    if mean_numerator % total:
        return  # the mean is not a scale step
    mean = mean_numerator // total
    before = consensus(by_step, 1, 5)
    after = consensus({**by_step, mean: by_step[mean] + 1}, 1, 5)
    assert before is not None and after is not None
    assert after >= before - 1e-12
