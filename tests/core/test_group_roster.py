"""Loading many files puts participants into the group in one go; the codes must be the ones
adding them one by one (Group.with_participant) gives."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from samverkan_gui.core.group import Group, Participant
from samverkan_gui.core.group_load import _Roster
from samverkan_gui.core.registry import shipped_registry

Q = shipped_registry().default()
codes = st.sampled_from(["", "D1", "D2", "D3", "D10", "D02", "X", "Anna", "D999"])
participants = st.lists(st.builds(Participant, code=codes, source_sha256=st.sampled_from(["", "a", "b"])), max_size=25)


@settings(max_examples=200)
@given(existing=participants, added=participants)
def test_batch_codes_equal_one_by_one_codes(existing: list[Participant], added: list[Participant]) -> None:
    group = Group.new(Q)
    for participant in existing:
        group = group.with_participant(participant)
    one_by_one = group
    for participant in added:
        one_by_one = one_by_one.with_participant(participant)
    roster = _Roster(group.participants)
    for participant in added:
        roster.add(participant)
    assert tuple(roster.participants) == one_by_one.participants
    for digest in ("a", "b", "c"):
        assert roster.sources.get(digest) == one_by_one.has_source(digest)
