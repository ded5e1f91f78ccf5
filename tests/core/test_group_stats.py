"""Group arithmetic against hand-computed cases, plus properties."""

from __future__ import annotations

import statistics

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from samverkan_gui.core.group import Group, Participant
from samverkan_gui.core.group_stats import group_stats, stats_json


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
    assert "Titta särskilt på organisatorisk design och ledarskap och samverkansprocessen." in stats.advice("sv")
    q1 = stats.question_stats("start-1")
    assert q1.counts == {1: 0, 2: 0, 3: 1, 4: 1, 5: 1}
    assert q1.mean == pytest.approx(4.0)
    assert q1.spread == 2
    assert q1.std_dev == pytest.approx(statistics.pstdev([3, 4, 5]))
    assert q1.views_differ
    q2 = stats.question_stats("start-2")
    assert q2.counts == {1: 0, 2: 1, 3: 1, 4: 1, 5: 0}
    assert q2.spread == 2
    assert q2.mean == pytest.approx(3.0)
    # Every question spans 2..4 (spread 2) except start-1 (3..5, spread 2, mean 4): all differ;
    # order: equal spread, so lowest mean first, start-1 (mean 4) last.
    assert stats.discussion[-1].question.id == "start-1"
    assert stats.discussion[0].question.id == "start-2"


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
    assert not q.views_differ
    other = stats.question_stats("process-4")
    assert (other.n, other.missing, other.spread) == (2, 1, 4)
    assert stats.block_stats("samverkansprocessen").n == 1
    assert stats.block_stats("startforhallanden").n == 2
    assert stats.block_stats("startforhallanden").mean_share == pytest.approx(30 / 50)


def test_spread_of_one_step_is_not_a_difference(questionnaire) -> None:
    stats = group_stats(
        _group(questionnaire, _everything(questionnaire, 3), _everything(questionnaire, 4)), questionnaire
    )
    assert stats.discussion == ()
    assert all(q.spread == 1 for q in stats.questions)


def test_discussion_order_widest_spread_then_lowest_mean(questionnaire) -> None:
    a = _everything(questionnaire, 3, **{"design-1": 1, "design-2": 1, "process-1": 2})
    b = _everything(questionnaire, 3, **{"design-1": 5, "design-2": 4, "process-1": 5})
    c = _everything(questionnaire, 3, **{"design-1": 3, "design-2": 4, "process-1": 5})
    stats = group_stats(_group(questionnaire, a, b, c), questionnaire)
    # design-1: spread 4 (1..5). design-2: spread 3, mean 3. process-1: spread 3, mean 4.
    assert [q.question.id for q in stats.discussion] == ["design-1", "design-2", "process-1"]


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
    data = stats_json(stats, "sv")
    assert data["mean_total"] is None


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
            assert q.views_differ == (q.highest - q.lowest >= 2)
    for b in stats.blocks:
        if b.n:
            assert b.min_share <= b.mean_share <= b.max_share
    spreads = [(-(q.spread), q.exact_mean) for q in stats.discussion]
    assert spreads == sorted(spreads)
    assert set(stats.weakest_blocks) <= {b.id for b in questionnaire.blocks if not b.outcome}
