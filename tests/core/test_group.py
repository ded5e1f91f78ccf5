"""The group model, the group file and loading many files at once."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from samverkan_gui.core.assessment import Assessment, save_assessment
from samverkan_gui.core.errors import AssessmentFileError, SaveError
from samverkan_gui.core.group import Group, Participant
from samverkan_gui.core.group_file import dump_group, load_group, parse_group, save_group
from samverkan_gui.core.group_load import load_files


def _assessment(questionnaire, value: int = 3, **details) -> Assessment:
    a = Assessment.new(questionnaire, **details)
    for qid in questionnaire.question_ids:
        a = a.with_answer(qid, value)
    return a


def _write(path: Path, questionnaire, value: int = 3, **details) -> Path:
    save_assessment(path, _assessment(questionnaire, value, **details), questionnaire)
    return path


def test_codes_are_given_in_order_and_gaps_not_reused(questionnaire) -> None:
    group = Group.new(questionnaire).with_participant().with_participant().with_participant()
    assert group.codes == ("D1", "D2", "D3")
    group = group.without_participant("D2").with_participant()
    assert group.codes == ("D1", "D3", "D4")
    group = group.with_participant(Participant(code="D1"))
    assert group.codes[-1] == "D5"


def test_group_file_round_trip(tmp_path: Path, questionnaire) -> None:
    group = Group.new(questionnaire, collaboration="Samverkan kring unga")
    group = group.with_participant(Participant(code="D1", name="Åsa", organisation="Kommunen"))
    group = group.with_answer("D1", "start-1", 4).with_answer("D1", "design-2", 1)
    group = group.with_participant().with_answer("D2", "start-1", 2).with_note("startforhallanden", "Rad 1\nRad 2")
    saved = save_group(tmp_path / "g.samverkan-grupp", group, questionnaire)
    text = (tmp_path / "g.samverkan-grupp").read_text(encoding="utf-8")
    assert "format: samverkan-group" in text
    assert "Åsa" in text
    loaded = load_group(tmp_path / "g.samverkan-grupp")
    assert loaded == saved
    assert loaded.participant("D1").answers == {"start-1": 4, "design-2": 1}


def test_group_file_errors_name_file_line_and_key(questionnaire) -> None:
    good = dump_group(Group.new(questionnaire).with_participant().with_answer("D1", "start-1", 3), questionnaire)
    bad = good.replace(b"start-1: 3", b"start-1: 7")
    with pytest.raises(AssessmentFileError) as info:
        parse_group(bad, "g.samverkan-grupp")
    assert "g.samverkan-grupp" in info.value.message("sv")
    assert "utanför skalan 1–5" in info.value.message("sv")
    twice = dump_group(
        Group(questionnaire.id, questionnaire.version, participants=(Participant("D1"), Participant("D2"))),
        questionnaire,
    ).replace(b"code: D2", b"code: D1")
    with pytest.raises(AssessmentFileError) as info:
        parse_group(twice, "g")
    assert "D1" in info.value.message("en")
    assert "appears twice" in info.value.message("en")
    newer = good.replace(b"format_version: 1", b"format_version: 3")
    with pytest.raises(AssessmentFileError) as info:
        parse_group(newer, "g")
    assert "nyare version" in info.value.message("sv")


def test_failed_save_keeps_old_file(tmp_path: Path, questionnaire) -> None:
    target = tmp_path / "g.samverkan-grupp"
    target.write_bytes(b"old")
    with pytest.raises(SaveError):
        save_group(tmp_path / "missing-folder" / "g", Group.new(questionnaire), questionnaire)
    assert target.read_bytes() == b"old"


def test_load_many_reports_each_problem_by_name_and_loads_the_rest(tmp_path: Path, questionnaire) -> None:
    a = _write(tmp_path / "anna.samverkan", questionnaire, 3, respondent="Anna", organisation="Region")
    b = _write(tmp_path / "bo.samverkan", questionnaire, 4, respondent="Bo")
    copy = tmp_path / "kopia.samverkan"
    copy.write_bytes(b.read_bytes())
    broken = tmp_path / "trasig.samverkan"
    broken.write_text("format: samverkan-assessment\nformat_version: 1\nanswers: [", encoding="utf-8")
    other = tmp_path / "annan.samverkan"
    other.write_text(a.read_text(encoding="utf-8").replace("version: 1\n", "version: 9\n", 1), encoding="utf-8")
    missing = tmp_path / "finns-inte.samverkan"
    outcome = load_files([a, b, a, copy, broken, other, missing])
    assert outcome.group.codes == ("D1", "D2")
    assert outcome.loaded == (a, b)
    assert outcome.group.participant("D1").name == "Anna"
    assert outcome.group.participant("D1").organisation == "Region"
    messages = [p.message("sv") for p in outcome.problems]
    assert len(messages) == 5
    assert "anna.samverkan valdes två gånger" in messages[0]
    assert "kopia.samverkan har samma innehåll som bo.samverkan" in messages[1]
    assert "trasig.samverkan" in messages[2]
    assert "annan.samverkan" in messages[3]
    assert "finns-inte.samverkan finns inte" in messages[4]


def test_other_questionnaire_in_group(tmp_path: Path, questionnaire) -> None:
    from samverkan_gui.core.registry import QuestionnaireRegistry

    other_q = type(questionnaire)(**{**questionnaire.__dict__, "version": 2})
    registry = QuestionnaireRegistry(questionnaires=[questionnaire, other_q])
    a = _write(tmp_path / "a.samverkan", questionnaire)
    b = tmp_path / "b.samverkan"
    save_assessment(b, _assessment(other_q), other_q)
    outcome = load_files([a, b], registry=registry)
    assert outcome.group.codes == ("D1",)
    (problem,) = outcome.problems
    assert problem.message("en") == (
        "The file b.samverkan belongs to the questionnaire “testa-din-samverkan” version 2, "
        "but the group uses “testa-din-samverkan” version 1. It was not loaded."
    )


def test_group_and_single_files_combine_and_later_duplicates_are_caught(tmp_path: Path, questionnaire) -> None:
    group = Group.new(questionnaire).with_participant().with_participant().with_answer("D2", "start-1", 5)
    gfile = tmp_path / "grupp.samverkan-grupp"
    save_group(gfile, group, questionnaire)
    single = _write(tmp_path / "c.samverkan", questionnaire, 2)
    outcome = load_files([gfile, single])
    assert outcome.group.codes == ("D1", "D2", "D3")
    assert outcome.group.participant("D2").answers == {"start-1": 5}
    assert outcome.group.participant("D3").source_file == "c.samverkan"
    # Save, reopen later and offer the same single file again: recognised by content.
    save_group(gfile, outcome.group, questionnaire)
    again = load_files([single], load_group(gfile))
    assert again.group.codes == ("D1", "D2", "D3")
    assert "finns redan i gruppen (deltagare D3)" in again.problems[0].message("sv")


def test_folder_loads_samverkan_files_only(tmp_path: Path, questionnaire) -> None:
    for value, name in enumerate(("b.samverkan", "a.samverkan"), 1):
        _write(tmp_path / name, questionnaire, value)
    (tmp_path / "notes.txt").write_text("x", encoding="utf-8")
    outcome = load_files([tmp_path])
    assert [p.name for p in outcome.loaded] == ["a.samverkan", "b.samverkan"]
    assert outcome.problems == ()


def test_foreign_yaml_is_refused_by_name(tmp_path: Path) -> None:
    foreign = tmp_path / "x.samverkan"
    foreign.write_text("format: something-else\n", encoding="utf-8")
    outcome = load_files([foreign])
    assert outcome.group.participants == ()
    assert "x.samverkan är ingen Samverkan-fil" in outcome.problems[0].message("sv")


answers_strategy = st.dictionaries(
    st.sampled_from(["start-1", "start-2", "design-1", "process-1"]), st.integers(1, 5), max_size=4
)


@settings(max_examples=40, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    st.lists(
        st.tuples(st.text(max_size=12), st.text(max_size=12), answers_strategy),
        max_size=6,
    )
)
def test_round_trip_property(questionnaire, people) -> None:
    valid = set(questionnaire.question_ids)
    group = Group.new(questionnaire, collaboration="x")
    for name, org, answers in people:
        group = group.with_participant(
            Participant(code="", name=name, organisation=org, answers={k: v for k, v in answers.items() if k in valid})
        )
    assert parse_group(dump_group(group, questionnaire), "g") == group


def test_loading_many_files_leaves_the_garbage_collector_as_it_found_it(tmp_path: Path) -> None:
    """load_files pauses the cyclic collector while it reads (bulk loading stays linear) and restores it."""
    import gc

    missing = tmp_path / "saknas.samverkan"
    assert gc.isenabled()
    outcome = load_files([missing])
    assert outcome.problems and gc.isenabled()
    gc.disable()
    try:
        load_files([missing])
        assert not gc.isenabled()
    finally:
        gc.enable()


@pytest.mark.parametrize("kind", [Assessment, Group])
def test_both_documents_clean_the_shared_fields_on_the_way_in(kind, questionnaire) -> None:
    from samverkan_gui.core.plan import BlockPlan

    document = kind(
        questionnaire.id,
        questionnaire.version,
        collaboration="Norr\x07by\r\nkommun",
        notes={"utfall": "Bra\r\n", "startforhallanden": ""},
        plan=[BlockPlan("utfall", why="För att")],
    )
    assert document.collaboration == "Norrby\nkommun"
    assert document.notes == {"utfall": "Bra\n"}
    assert document.plan == (BlockPlan("utfall", why="För att"),)
    assert document.key == (questionnaire.id, questionnaire.version)


def test_a_document_has_content_once_anything_is_written(questionnaire) -> None:
    from samverkan_gui.core.plan import BlockPlan

    assessment = Assessment.new(questionnaire, "sv")
    group = Group.new(questionnaire, "sv")
    assert not assessment.has_content() and not group.has_content()
    assert not assessment.with_plan([BlockPlan("utfall")]).has_content()  # a ticked block with nothing written
    assert assessment.with_details(respondent="Anna").has_content()
    assert assessment.with_answer("start-1", 3).has_content()
    assert group.with_participant().has_content()
    assert group.with_note("utfall", "x").has_content()
    assert group.with_details(collaboration="Norrby").has_content()


def test_a_plan_starts_with_the_weakest_blocks_by_one_rule_for_a_person_and_a_group(questionnaire) -> None:
    from samverkan_gui.core.plan import BlockPlan
    from samverkan_gui.core.weakest import plan_start_blocks

    low = questionnaire.blocks[1]
    low_ids = {q.id for q in low.questions}
    answers = {q.id: (2 if q.id in low_ids else 4) for q in questionnaire.questions}
    person = Assessment.new(questionnaire, "sv")
    group = Group.new(questionnaire, "sv")
    # Nothing answered whole: nothing is weakest, whoever writes the plan chooses.
    assert plan_start_blocks(person.with_answer("start-1", 1), questionnaire) == ()
    assert plan_start_blocks(group.with_participant(Participant("D1", {"start-1": 1})), questionnaire) == ()
    for answered in (person.with_details(answers=answers), group.with_participant(Participant("D1", answers))):
        assert plan_start_blocks(answered, questionnaire) == (low.id,)
        # A plan with a block in it starts with no new block chosen.
        assert plan_start_blocks(answered.with_plan([BlockPlan(questionnaire.blocks[0].id)]), questionnaire) == ()
