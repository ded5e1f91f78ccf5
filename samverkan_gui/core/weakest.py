"""Which blocks an action plan starts with: the weakest, by one rule for one person and for a group.

A block is weakest when its share of the possible score is the lowest of the
non-outcome blocks (:func:`samverkan_gui.core.scoring.weakest_blocks`).  Whose
answers count: a person's once every question is answered; a group's from the
participants who answered a block whole, once at least one participant answered
everything (:func:`samverkan_gui.core.group_stats.group_stats`).  Before that
nothing is weakest, and whoever writes the plan chooses.
"""

from __future__ import annotations

from samverkan_gui.core.assessment import Assessment
from samverkan_gui.core.group import Group
from samverkan_gui.core.group_stats import group_stats
from samverkan_gui.core.questionnaire import Questionnaire


def weakest_blocks(document: Assessment | Group, questionnaire: Questionnaire) -> tuple[str, ...]:
    """The weakest block(s) of an assessment or a group, in document order; () before there are any."""
    if isinstance(document, Group):
        return group_stats(document, questionnaire).weakest_blocks
    return document.score(questionnaire).weakest_blocks


def plan_start_blocks(document: Assessment | Group, questionnaire: Questionnaire) -> tuple[str, ...]:
    """The blocks a plan opened without a choice starts with: the weakest while it has no block, else none."""
    return () if document.plan else weakest_blocks(document, questionnaire)
