"""What the plan editor does to a plan, tested without Qt (samverkan_gui.core.plan_edits)."""

from __future__ import annotations

import datetime as dt

import pytest

from samverkan_gui.core.plan import Action, BlockPlan
from samverkan_gui.core.plan_edits import (
    entry_for,
    ordered,
    parse_due,
    with_action,
    with_blocks,
    with_entry,
    without_action,
    without_block,
)


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("", (True, None)),
        ("   ", (True, None)),
        ("2027-03-31", (True, dt.date(2027, 3, 31))),
        (" 2027-03-31 ", (True, dt.date(2027, 3, 31))),
        ("2027-02-30", (False, None)),  # the shape of a date, but no such day
        ("31/3", (False, None)),
        ("2027-3-31", (False, None)),
        ("20270331", (False, None)),
        ("2027-03-31x", (False, None)),
    ],
)
def test_a_due_date_is_empty_or_a_real_iso_date(typed: str, expected: tuple[bool, dt.date | None]) -> None:
    assert parse_due(typed) == expected


def test_the_plan_follows_the_questionnaires_block_order(questionnaire) -> None:
    first, second, third = (block.id for block in questionnaire.blocks[:3])
    plan = (BlockPlan(third), BlockPlan("gone"), BlockPlan(first), BlockPlan(second))
    assert [entry.block for entry in ordered(plan, questionnaire)] == [first, second, third, "gone"]


def test_blocks_are_added_once_and_removed() -> None:
    plan = (BlockPlan("a", why="skrivet"),)
    added = with_blocks(plan, [BlockPlan("a"), BlockPlan("b")])
    assert added == (BlockPlan("a", why="skrivet"), BlockPlan("b"))  # what was written in "a" stays
    assert entry_for(added, "b") == BlockPlan("b") and entry_for(added, "c") is None
    assert without_block(added, "a") == (BlockPlan("b"),)
    assert without_block(added, "c") == added


def test_an_entry_is_replaced_in_its_place() -> None:
    plan = (BlockPlan("a"), BlockPlan("b"))
    assert with_entry(plan, BlockPlan("a", how="så här")) == (BlockPlan("a", how="så här"), BlockPlan("b"))


def test_actions_are_inserted_and_removed_by_index() -> None:
    first, second, third = Action("Boka möten"), Action("Skriv spelregler"), Action("Följ upp")
    plan = (BlockPlan("a", actions=(first, third)),)
    plan = with_action(plan, "a", 1, second)
    assert entry_for(plan, "a").actions == (first, second, third)
    assert entry_for(without_action(plan, "a", 0), "a").actions == (second, third)
    # A block or an action that is not there: nothing changes.
    assert without_action(plan, "a", 3) == plan
    assert without_action(plan, "b", 0) == plan
    assert with_action(plan, "b", 0, first) == plan
