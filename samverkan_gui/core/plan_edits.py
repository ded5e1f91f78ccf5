"""What the plan editor does to a plan, without Qt: a typed due date read, the plan kept in the
questionnaire's order, and the structural edits (blocks and actions added or removed) that the
editor's undo stack replays.

A plan is a tuple of :class:`~samverkan_gui.core.plan.BlockPlan`, one per block; every edit
returns a new tuple.  An edit naming a block or an action that is not there changes nothing.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

from samverkan_gui.core.plan import Action, BlockPlan

if TYPE_CHECKING:
    from samverkan_gui.core.questionnaire import Questionnaire

Plan = tuple[BlockPlan, ...]

_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")


def parse_due(text: str) -> tuple[bool, dt.date | None]:
    """``(valid, date)`` of a due-date field: empty is valid (no date); else only a real YYYY-MM-DD."""
    text = text.strip()
    if not text:
        return True, None
    if not _ISO_DATE.fullmatch(text):
        return False, None
    try:
        return True, dt.date.fromisoformat(text)
    except ValueError:
        return False, None


def ordered(plan: Sequence[BlockPlan], questionnaire: Questionnaire) -> Plan:
    """The entries in the questionnaire's block order (an unknown block last)."""
    order = {block.id: index for index, block in enumerate(questionnaire.blocks)}
    return tuple(sorted(plan, key=lambda entry: order.get(entry.block, len(order))))


def entry_for(plan: Sequence[BlockPlan], block_id: str) -> BlockPlan | None:
    """The plan of ``block_id``, or None when the block is not in the plan."""
    return next((entry for entry in plan if entry.block == block_id), None)


def with_entry(plan: Sequence[BlockPlan], entry: BlockPlan) -> Plan:
    """``plan`` with the entry of ``entry``'s block replaced by ``entry``."""
    return tuple(entry if existing.block == entry.block else existing for existing in plan)


def with_blocks(plan: Sequence[BlockPlan], entries: Sequence[BlockPlan]) -> Plan:
    """``plan`` with those of ``entries`` whose block is not in it yet added at the end."""
    return (*plan, *(entry for entry in entries if entry_for(plan, entry.block) is None))


def without_block(plan: Sequence[BlockPlan], block_id: str) -> Plan:
    return tuple(entry for entry in plan if entry.block != block_id)


def with_action(plan: Sequence[BlockPlan], block_id: str, index: int, action: Action) -> Plan:
    """``action`` inserted at ``index`` among the actions of ``block_id`` (at the end when beyond it)."""
    entry = entry_for(plan, block_id)
    if entry is None:
        return tuple(plan)
    actions = (*entry.actions[:index], action, *entry.actions[index:])
    return with_entry(plan, replace(entry, actions=actions))


def without_action(plan: Sequence[BlockPlan], block_id: str, index: int) -> Plan:
    """``plan`` without the action at ``index`` of ``block_id``."""
    entry = entry_for(plan, block_id)
    if entry is None or not 0 <= index < len(entry.actions):
        return tuple(plan)
    return with_entry(plan, replace(entry, actions=entry.actions[:index] + entry.actions[index + 1 :]))
