"""A group's statistics as data (``samverkan score FILE... --json``), shaped in the presentation layer."""

from __future__ import annotations

from pathlib import Path

from samverkan_gui.core.group import Group, Participant
from samverkan_gui.core.group_file import load_group
from samverkan_gui.core.group_stats import CONSENSUS_BELOW, group_stats
from samverkan_gui.present.group import stats_json

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"


def _group(questionnaire, *answer_sets: dict[str, int]) -> Group:  # type: ignore[no-untyped-def]
    group = Group.new(questionnaire)
    for answers in answer_sets:
        group = group.with_participant(Participant(code="", answers=answers))
    return group


def test_an_empty_group_has_no_mean(questionnaire) -> None:
    data = stats_json(group_stats(Group.new(questionnaire), questionnaire), "sv")
    assert data["mean_total"] is None
    assert data["participants"] == 0


def test_json_names_the_rule_and_rounds_consensus(questionnaire) -> None:
    group = load_group(EXAMPLES / "workshop-7.samverkan-grupp")
    data = stats_json(group_stats(group, questionnaire), "sv", group)
    assert (
        data["differ_rule"]
        == {"measure": "tastle-wierman", "below": CONSENSUS_BELOW}
        == {
            "measure": "tastle-wierman",
            "below": 0.6,
        }
    )
    start_3 = next(q for q in data["questions"] if q["id"] == "start-3")
    assert start_3["consensus"] == 0.536
    assert start_3["views_differ"] is True
    assert data["discussion"] == ["process-6", "design-1", "process-2", "start-3"]
    lone = stats_json(group_stats(_group(questionnaire, {"start-1": 2}), questionnaire), "en")
    assert lone["questions"][0]["consensus"] is None
    assert lone["questions"][0]["views_differ"] is False
