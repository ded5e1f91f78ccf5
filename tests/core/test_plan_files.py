"""The action plan and the follow-up record in assessment and group files (file format 2)."""

from __future__ import annotations

import datetime as dt
import hashlib
from pathlib import Path

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from samverkan_gui.core.assessment import (
    Assessment,
    dump_assessment,
    load_assessment,
    parse_assessment,
    save_assessment,
)
from samverkan_gui.core.errors import AssessmentFileError
from samverkan_gui.core.followup import follow_up
from samverkan_gui.core.group import Group, Participant
from samverkan_gui.core.group_file import dump_group, load_group, parse_group, save_group
from samverkan_gui.core.plan import MAX_PLAN_TEXT, Action, BlockPlan, FollowsRecord, Status, printable_plan
from samverkan_gui.core.registry import shipped_registry

Q = shipped_registry().default()
EXAMPLES = Path(__file__).resolve().parents[2] / "examples"
STAMP = dt.datetime(2026, 11, 20, 9, 0, tzinfo=dt.UTC)

PLAN = (
    BlockPlan(
        block="organisatorisk-design",
        why="Beslut fattas inte mellan mötena.",
        what="Spelregler",
        who="Styrgruppen",
        when_where="Styrgruppsmötet i mars",
        how="Ett utkast som alla kommenterar",
        actions=(
            Action("Skriv spelregler för styrgruppen", "Anna, näringslivskontoret", dt.date(2027, 3, 31)),
            Action("Boka workshop", "Bo", None, Status.DONE),
        ),
    ),
    BlockPlan(block="startforhallanden", how="Fler möten"),
)


def _assessment(**details) -> Assessment:
    return Assessment(Q.id, Q.version, collaboration="Näringslivsrådet", created=STAMP, modified=STAMP, **details)


def _error(data: bytes, lang: str = "en") -> str:
    with pytest.raises(AssessmentFileError) as caught:
        parse_assessment(data, "plan.samverkan")
    return caught.value.message(lang)


def test_a_file_without_plan_is_still_written_as_version_1_byte_for_byte() -> None:
    for example in EXAMPLES.glob("*.samverkan"):
        data = example.read_bytes()
        assert b"format_version: 1\n" in data
        assert dump_assessment(load_assessment(example), Q) == data
    data = dump_assessment(_assessment(answers={"start-1": 4}), Q)
    assert b"format_version: 1\n" in data
    assert b"plan" not in data
    assert b"follows" not in data
    group = Group(Q.id, Q.version, participants=(Participant("D1", {"start-1": 2}),), created=STAMP)
    assert b"format_version: 1\n" in dump_group(group, Q)


def test_blocks_with_nothing_written_are_not_stored_and_change_nothing(tmp_path: Path) -> None:
    plain = _assessment(answers={"start-1": 4})
    ticked = plain.with_plan([BlockPlan("startforhallanden"), BlockPlan("organisatorisk-design", why="  \n")])
    # Only ticked, nothing written: the file is version 1, byte for byte as without a plan.
    assert dump_assessment(ticked, Q) == dump_assessment(plain, Q)
    assert b"format_version: 1\n" in dump_assessment(ticked, Q)
    assert ticked.content_equal(plain) and plain.content_equal(ticked)
    group = Group(Q.id, Q.version, participants=(Participant("D1", {"start-1": 2}),), created=STAMP)
    assert dump_group(group.with_plan([BlockPlan("startforhallanden")]), Q) == dump_group(group, Q)
    assert group.with_plan([BlockPlan("startforhallanden")]).content_equal(group)
    # Something written in one block: that block is stored, the empty one is not.
    written = ticked.with_plan([BlockPlan("startforhallanden"), BlockPlan("organisatorisk-design", what="Spelregler")])
    assert not written.content_equal(plain)
    path = tmp_path / "p.samverkan"
    save_assessment(path, written, Q)
    assert b"format_version: 2\n" in path.read_bytes()
    assert load_assessment(path).plan == (BlockPlan("organisatorisk-design", what="Spelregler"),)
    action_only = plain.with_plan([BlockPlan("startforhallanden", actions=(Action(""),))])
    assert [entry.block for entry in parse_assessment(dump_assessment(action_only, Q), "x").plan] == [
        "startforhallanden"
    ]


def test_a_plan_makes_version_2_and_round_trips(tmp_path: Path) -> None:
    assessment = _assessment(plan=PLAN)
    path = tmp_path / "plan.samverkan"
    saved = save_assessment(path, assessment, Q)
    text = path.read_text(encoding="utf-8")
    assert "format_version: 2\n" in text
    data = yaml.safe_load(text)
    assert data["plan"][0] == {
        "block": "organisatorisk-design",
        "why": "Beslut fattas inte mellan mötena.",
        "what": "Spelregler",
        "who": "Styrgruppen",
        "when_where": "Styrgruppsmötet i mars",
        "how": "Ett utkast som alla kommenterar",
        "actions": [
            {
                "text": "Skriv spelregler för styrgruppen",
                "who": "Anna, näringslivskontoret",
                "due": "2027-03-31",
                "status": "planned",
            },
            {"text": "Boka workshop", "who": "Bo", "due": None, "status": "done"},
        ],
    }
    assert load_assessment(path) == saved
    assert load_assessment(path).plan == PLAN


def test_a_hand_written_due_date_reads_without_quotes() -> None:
    data = dump_assessment(_assessment(plan=PLAN[:1]), Q).replace(b"due: '2027-03-31'", b"due: 2027-03-31")
    assert b"due: 2027-03-31\n" in data
    assert parse_assessment(data, "x").plan[0].actions[0].due == dt.date(2027, 3, 31)


def test_follows_alone_makes_version_2(tmp_path: Path) -> None:
    follows = FollowsRecord("förra.samverkan", dt.date(2025, 11, 1), STAMP, "ab" * 32)
    path = tmp_path / "f.samverkan"
    saved = save_assessment(path, _assessment(follows=follows), Q)
    text = path.read_text(encoding="utf-8")
    assert "format_version: 2\n" in text and "plan" not in text
    assert "  file: förra.samverkan\n  date: '2025-11-01'\n" in text
    assert load_assessment(path).follows == follows == saved.follows


def test_group_files_carry_plan_and_follows(tmp_path: Path) -> None:
    group = Group(
        Q.id,
        Q.version,
        participants=(Participant("D1", {"start-1": 3}),),
        plan=PLAN,
        follows=FollowsRecord("verkstad-2025.samverkan-grupp", None, None, ""),
    )
    path = tmp_path / "g.samverkan-grupp"
    saved = save_group(path, group, Q)
    assert b"format_version: 2\n" in path.read_bytes()
    assert load_group(path) == saved


def _plan_file(plan_yaml: str, version: int = 2) -> bytes:
    base = dump_assessment(_assessment(), Q).replace(b"format_version: 1", f"format_version: {version}".encode())
    return base + plan_yaml.encode("utf-8")


@pytest.mark.parametrize(
    ("plan_yaml", "line", "key", "sv", "en"),
    [
        (
            "plan:\n- block: okänt-block\n",
            17,
            "plan[0].block",
            "blocket ”okänt-block” finns inte",
            "the block “okänt-block” does not exist",
        ),
        (
            "plan:\n- block: startforhallanden\n  varför: x\n",
            18,
            "plan[0].varför",
            "okänd nyckel",
            "unknown key (allowed: actions, block, how, what, when_where, who, why)",
        ),
        (
            "plan:\n- block: startforhallanden\n  actions:\n  - text: a\n    due: 2027-02-30\n",
            20,
            "plan[0].actions[0].due",
            "ogiltigt datum ”2027-02-30”",
            "invalid date “2027-02-30”",
        ),
        (
            "plan:\n- block: startforhallanden\n  actions:\n  - text: a\n    status: klar\n",
            20,
            "plan[0].actions[0].status",
            "okänd status ”klar” (tillåtna: planned, started, done)",
            "unknown status “klar” (allowed: planned, started, done)",
        ),
        (
            f"plan:\n- block: startforhallanden\n  how: {'x' * (MAX_PLAN_TEXT + 1)}\n",
            18,
            "plan[0].how",
            f"texten är {MAX_PLAN_TEXT + 1} tecken lång; högst {MAX_PLAN_TEXT} tecken",
            f"the text is {MAX_PLAN_TEXT + 1} characters long; at most {MAX_PLAN_TEXT}",
        ),
        (
            "plan:\n- block: startforhallanden\n- block: startforhallanden\n",
            18,
            "plan[1].block",
            "finns två gånger i handlingsplanen",
            "appears twice in the action plan",
        ),
        (
            "plan:\n- block: startforhallanden\n  actions:\n  - who: Anna\n",
            19,
            "plan[0].actions[0]",
            "nyckeln ”text” saknas",
            "the key “text” is missing",
        ),
        ("plan: nej\n", 16, "plan", "förväntade en lista", "expected a list"),
        (
            "follows:\n  file: a.samverkan\n  sha256: xyz\n",
            18,
            "follows.sha256",
            "förväntade en SHA-256-summa",
            "expected a SHA-256 sum",
        ),
    ],
)
def test_every_bad_plan_gets_its_own_message_with_file_and_line(plan_yaml, line, key, sv, en) -> None:
    data = _plan_file(plan_yaml)
    message_en = _error(data, "en")
    message_sv = _error(data, "sv")
    assert message_en.startswith(f"plan.samverkan, line {line}, key “{key}”: ")
    assert message_sv.startswith(f"plan.samverkan, rad {line}, nyckel ”{key}”: ")
    assert en in message_en
    assert sv in message_sv


def test_a_version_1_file_with_a_plan_is_refused_with_the_version_named() -> None:
    message = _error(_plan_file("plan:\n- block: startforhallanden\n", version=1))
    assert "key “plan”" in message and "set format_version to 2" in message


def test_a_newer_format_than_2_is_refused_as_newer() -> None:
    message = _error(_plan_file("plan: []\n", version=3), "sv")
    assert "nyare version av Samverkan" in message and "filformat 3" in message


def test_a_plan_at_the_limit_is_kept_and_typed_text_beyond_it_is_cut() -> None:
    long_text = "å" * MAX_PLAN_TEXT
    assert BlockPlan("startforhallanden", why=long_text + "x").why == long_text
    data = dump_assessment(_assessment(plan=(BlockPlan("startforhallanden", why=long_text),)), Q)
    assert parse_assessment(data, "x").plan[0].why == long_text


_hostile_text = st.one_of(
    st.text(max_size=60),
    st.sampled_from(
        [
            '<img src="file:///etc/passwd">',
            "<b>fet</b> & <i>",
            "]]> --> {{x}} {weakest_blocks} %s",
            "rad 1\r\nrad 2\x0bWord\x0crad\x85\u2028slut",
            "\x00\x01\x1b[31m NUL och ESC",
            "\ud800 ensam surrogat",
            "- nej\n: ja\n? kanske\n---\n...",
            "x" * MAX_PLAN_TEXT,
        ]
    ),
)
_actions = st.lists(
    st.builds(
        Action,
        text=_hostile_text,
        who=_hostile_text,
        due=st.one_of(st.none(), st.dates(dt.date(1900, 1, 1), dt.date(2999, 12, 31))),
        status=st.sampled_from(list(Status)),
    ),
    max_size=3,
)
_plans = st.lists(
    st.builds(
        BlockPlan,
        block=st.sampled_from([b.id for b in Q.blocks]),
        why=_hostile_text,
        what=_hostile_text,
        who=_hostile_text,
        when_where=_hostile_text,
        how=_hostile_text,
        actions=_actions.map(tuple),
    ),
    max_size=4,
    unique_by=lambda p: p.block,
)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(plan=_plans)
def test_hostile_plans_round_trip_through_both_files(plan) -> None:
    assessment = _assessment(plan=tuple(plan))
    again = parse_assessment(dump_assessment(assessment, Q), "x")
    assert again.plan == printable_plan(assessment.plan)  # blocks with nothing written are left out
    assert again.content_equal(assessment)
    for entry in again.plan:
        for text in [*entry.answers().values(), *(a.text for a in entry.actions), *(a.who for a in entry.actions)]:
            assert not any(c in text for c in "\x00\x01\x0b\x0c\r\x85\u2028\ud800")
            assert len(text) <= MAX_PLAN_TEXT
    group = Group(Q.id, Q.version, plan=tuple(plan))
    assert parse_group(dump_group(group, Q), "g").plan == printable_plan(group.plan)


def test_a_block_planned_twice_is_a_programming_error() -> None:
    with pytest.raises(ValueError, match="twice"):
        _assessment().with_plan([BlockPlan("startforhallanden"), BlockPlan("startforhallanden")])


def test_follow_up_starts_empty_and_carries_the_plan(tmp_path: Path) -> None:
    earlier = _assessment(
        respondent="Anna", organisation="Storby kommun", date=dt.date(2025, 11, 20), answers={"start-1": 2}
    )
    earlier = earlier.with_note("startforhallanden", "Tilliten saknas").with_plan(PLAN)
    path = tmp_path / "storby-2025.samverkan"
    save_assessment(path, earlier, Q, touch=False)
    new = follow_up(earlier, path, today=dt.date(2026, 11, 20))
    assert new.questionnaire_id == Q.id and new.questionnaire_version == Q.version
    assert (new.collaboration, new.respondent, new.organisation) == ("Näringslivsrådet", "Anna", "Storby kommun")
    assert new.date == dt.date(2026, 11, 20)
    assert new.answers == {} and new.notes == {}
    assert new.plan == PLAN
    assert new.plan[0].actions[1].status is Status.DONE
    assert new.follows == FollowsRecord(
        file="storby-2025.samverkan",
        date=dt.date(2025, 11, 20),
        created=STAMP,
        sha256=hashlib.sha256(path.read_bytes()).hexdigest(),
    )
    again = tmp_path / "storby-2026.samverkan"
    save_assessment(again, new, Q)
    assert load_assessment(again).follows == new.follows


def test_follow_up_of_a_group_has_no_participants(tmp_path: Path) -> None:
    group = Group(
        Q.id,
        Q.version,
        participants=(Participant("D1", {"start-1": 3}),),
        collaboration="Unga i Norrby",
        date=dt.date(2025, 5, 1),
        notes={"startforhallanden": "x"},
        plan=PLAN,
    )
    new = follow_up(group, tmp_path / "verkstad.samverkan-grupp", b"bytes", today=dt.date(2026, 5, 1))
    assert new.participants == () and new.notes == {}
    assert new.collaboration == "Unga i Norrby" and new.date == dt.date(2026, 5, 1)
    assert new.plan == PLAN
    assert new.follows == FollowsRecord(
        "verkstad.samverkan-grupp", dt.date(2025, 5, 1), None, hashlib.sha256(b"bytes").hexdigest()
    )


def test_the_documented_version_2_example_reads() -> None:
    doc = (Path(__file__).resolve().parents[2] / "docs" / "file-format.md").read_text(encoding="utf-8")
    section = doc[doc.index("## Format version 2") :]
    example = section[section.index("```yaml\n") + len("```yaml\n") : section.index("```\n", section.index("```yaml"))]
    assessment = parse_assessment(example.encode("utf-8"), "file-format.md")
    assert assessment.follows == FollowsRecord(
        "storby-2026.samverkan",
        dt.date(2026, 11, 20),
        dt.datetime(2026, 11, 20, 9, 0, tzinfo=dt.UTC),
        "9f2c5e0b6d1a4c3e8f7a2b1c0d9e8f7a6b5c4d3e2f1a0b9c8d7e6f5a4b3c2d1e",
    )
    (entry,) = assessment.plan
    assert entry.block == "organisatorisk-design" and entry.how == "Ett utkast som alla kommenterar före mötet"
    assert [(a.text, a.due, a.status) for a in entry.actions] == [
        ("Skriv spelregler för styrgruppen", dt.date(2027, 3, 31), Status.DONE),
        ("Följ upp efter ett halvår", None, Status.PLANNED),
    ]


def test_a_group_file_loaded_into_an_empty_group_brings_its_plan(tmp_path: Path) -> None:
    from samverkan_gui.core.group_load import load_files

    group = Group(Q.id, Q.version, participants=(Participant("D1", {"start-1": 3}),), collaboration="Norrby", plan=PLAN)
    save_group(tmp_path / "g.samverkan-grupp", group, Q)
    outcome = load_files([tmp_path / "g.samverkan-grupp"])
    assert outcome.group.plan == PLAN and outcome.group.collaboration == "Norrby"
