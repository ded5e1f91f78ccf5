"""Comparing assessments over time, every number computed by hand."""

from __future__ import annotations

import dataclasses
import datetime as dt
from fractions import Fraction
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from samverkan_gui.core.assessment import Assessment, save_assessment
from samverkan_gui.core.compare import (
    CompareError,
    CompareItem,
    action_history,
    compare,
    load_for_compare,
)
from samverkan_gui.core.plan import Action, BlockPlan, Status
from samverkan_gui.core.registry import QuestionnaireRegistry, shipped_registry

Q = shipped_registry().default()


def _save(path: Path, date: dt.date, base: int, questionnaire=Q, **overrides: int) -> Path:
    answers = {qid: base for qid in questionnaire.question_ids}
    answers.update({qid.replace("_", "-"): value for qid, value in overrides.items()})
    assessment = Assessment(questionnaire.id, questionnaire.version, answers=answers, date=date)
    save_assessment(path, assessment, questionnaire)
    return path


@pytest.fixture
def three_files(tmp_path: Path) -> list[Path]:
    # Given in the order 2025, 2026, 2024: the comparison must sort them by date.
    return [
        _save(tmp_path / "b.samverkan", dt.date(2025, 3, 1), 3),
        _save(
            tmp_path / "c.samverkan",
            dt.date(2026, 3, 1),
            4,
            design_2=5,
            process_3=2,
            process_10=1,
            utfall_1=5,
        ),
        _save(tmp_path / "a.samverkan", dt.date(2024, 3, 1), 2, start_1=1),
    ]


def test_three_files_in_mixed_order_are_sorted_by_date_and_every_change_computed(three_files) -> None:
    result = compare(load_for_compare(three_files))
    assert [i.item.name for i in result.items] == ["a.samverkan", "b.samverkan", "c.samverkan"]
    # a: 21 × 2 − 1 = 41; b: 21 × 3 = 63; c: 21 × 4 + 1 − 2 − 3 + 1 = 81.
    assert [i.total for i in result.items] == [41, 63, 81]
    assert [(i.band.min, i.band.max) for i in result.items] == [(21, 41), (63, 83), (63, 83)]
    assert [[b.score for b in i.blocks] for i in result.items] == [[9, 10, 20, 2], [15, 15, 30, 3], [20, 21, 35, 5]]
    assert result.total_change == 81 - 41
    assert [(c.block.id, c.change) for c in result.blocks] == [
        ("startforhallanden", 11),
        ("organisatorisk-design", 11),
        ("samverkansprocessen", 15),
        ("utfall", 3),
    ]
    changes = [(q.question.id, q.first, q.last, q.change) for q in result.questions]
    assert changes[:3] == [("start-1", 1, 4, 3), ("design-2", 2, 5, 3), ("utfall-1", 2, 5, 3)]
    twos = [qid for qid in Q.question_ids if qid not in {"start-1", "design-2", "utfall-1", "process-3", "process-10"}]
    assert changes[3:-2] == [(qid, 2, 4, 2) for qid in twos]
    assert changes[-2:] == [("process-10", 2, 1, -1), ("process-3", 2, 2, 0)]
    assert [q.question.id for q in result.moved_up] == ["start-1", "design-2", "utfall-1"]
    assert [q.question.id for q in result.moved_down] == ["process-10"]
    assert not result.versions_differ


def test_equal_dates_keep_the_order_given_and_undated_come_last(tmp_path: Path) -> None:
    same = dt.date(2025, 1, 1)
    files = [
        _save(tmp_path / "x.samverkan", same, 3),
        _save(tmp_path / "y.samverkan", same, 4),
    ]
    undated = tmp_path / "z.samverkan"
    save_assessment(undated, Assessment(Q.id, Q.version, answers={"start-1": 1}, date=None), Q)
    result = compare(load_for_compare([undated, *files]))
    assert [i.item.name for i in result.items] == ["x.samverkan", "y.samverkan", "z.samverkan"]
    # The last one is a draft: no total change, blocks it has not finished are None.
    assert result.total_change is None
    assert all(change.change is None for change in result.blocks)
    assert [(q.question.id, q.change) for q in result.questions] == [("start-1", -2)]


def test_a_folder_is_one_group_with_mean_totals(tmp_path: Path) -> None:
    folder = tmp_path / "verkstad"
    folder.mkdir()
    _save(folder / "p1.samverkan", dt.date(2025, 5, 1), 3)
    _save(folder / "p2.samverkan", dt.date(2025, 5, 2), 4)
    single = _save(tmp_path / "förra.samverkan", dt.date(2024, 5, 1), 2)
    result = compare(load_for_compare([folder, single]))
    first, last = result.items
    assert first.item.name == "förra.samverkan"
    assert last.item.name == "verkstad" and last.participants == 2
    assert last.item.date == dt.date(2025, 5, 2)
    assert last.total == Fraction(63 + 84, 2)  # 73.5
    assert (last.band.min, last.band.max) == (63, 83)  # 73.5 rounds half up to 74
    assert result.total_change == Fraction(147, 2) - 42  # 31.5
    assert result.blocks[0].change == Fraction(15 + 20, 2) - 10  # 7.5
    assert result.questions[0].question.id == "start-1"
    assert result.questions[0].change == Fraction(3 + 4, 2) - 2  # 1.5


def test_another_questionnaire_is_refused_by_name(tmp_path: Path) -> None:
    other = dataclasses.replace(Q, id="annat-formular")
    registry = QuestionnaireRegistry(questionnaires=[Q, other])
    ours = _save(tmp_path / "vår.samverkan", dt.date(2025, 1, 1), 3)
    theirs = _save(tmp_path / "deras.samverkan", dt.date(2026, 1, 1), 3, questionnaire=other)
    broken = tmp_path / "trasig.samverkan"
    broken.write_text("format: samverkan-assessment\n", encoding="utf-8")
    with pytest.raises(CompareError) as caught:
        load_for_compare([ours, theirs, broken], registry=registry)
    sv = caught.value.message("sv").splitlines()
    en = caught.value.message("en").splitlines()
    assert sv[0].startswith("Kan inte jämföra: ") and "trasig.samverkan" in sv[0]
    assert sv[1] == (
        "Filen deras.samverkan hör till frågeformuläret ”annat-formular”, men vår.samverkan hör till "
        "”testa-din-samverkan”. Bara bedömningar med samma frågeformulär kan jämföras."
    )
    assert en[1] == (
        "The file deras.samverkan belongs to the questionnaire “annat-formular”, but vår.samverkan belongs to "
        "“testa-din-samverkan”. Only assessments of the same questionnaire can be compared."
    )


def test_one_file_is_too_few(tmp_path: Path) -> None:
    with pytest.raises(CompareError) as caught:
        load_for_compare([_save(tmp_path / "a.samverkan", dt.date(2025, 1, 1), 3)])
    assert caught.value.message("sv") == "Välj minst två bedömningar att jämföra (valda: 1)."


def test_the_same_file_twice_is_refused_by_name(tmp_path: Path) -> None:
    first = _save(tmp_path / "a.samverkan", dt.date(2025, 1, 1), 3)
    second = _save(tmp_path / "b.samverkan", dt.date(2026, 1, 1), 4)
    with pytest.raises(CompareError) as caught:
        load_for_compare([first, second, tmp_path / "." / "a.samverkan"])
    assert "a.samverkan är vald två gånger; en jämförelse behöver olika tillfällen." in caught.value.message("sv")
    assert "a.samverkan was chosen twice; a comparison needs different occasions." in caught.value.message("en")


def test_another_version_is_compared_on_the_shared_questions(tmp_path: Path) -> None:
    process = Q.block("samverkansprocessen")
    shorter = dataclasses.replace(process, questions=process.questions[:-1])  # without process-10
    version_2 = dataclasses.replace(Q, version=2, blocks=tuple(shorter if b.id == process.id else b for b in Q.blocks))
    registry = QuestionnaireRegistry(questionnaires=[Q, version_2])
    old = _save(tmp_path / "v1.samverkan", dt.date(2024, 1, 1), 2)
    new = _save(tmp_path / "v2.samverkan", dt.date(2025, 1, 1), 3, questionnaire=version_2)
    result = compare(load_for_compare([new, old], registry=registry))
    assert result.versions_differ
    assert "process-10" not in result.shared_questions and len(result.shared_questions) == 20
    assert [i.total for i in result.items] == [42, 60]  # each against its own version
    assert result.total_change == 20 * 3 - 20 * 2
    assert dict((c.block.id, c.change) for c in result.blocks)["samverkansprocessen"] == 9 * 3 - 9 * 2
    assert {q.question.id for q in result.questions} == set(result.shared_questions)


def test_plans_of_every_file_with_status_in_date_order(tmp_path: Path) -> None:
    plan = (BlockPlan("startforhallanden", actions=(Action("Boka möte", "Anna", None, Status.STARTED),)),)
    first = Assessment(Q.id, Q.version, date=dt.date(2024, 1, 1), plan=plan)
    save_assessment(tmp_path / "1.samverkan", first, Q)
    later = Assessment(Q.id, Q.version, date=dt.date(2025, 1, 1), plan=(BlockPlan("utfall"),))
    save_assessment(tmp_path / "2.samverkan", later, Q)
    result = compare(load_for_compare([tmp_path / "2.samverkan", tmp_path / "1.samverkan"]))
    ((item, written),) = result.plans  # the empty plan of the later file is not shown
    assert item.item.name == "1.samverkan"
    assert written[0].actions[0].status is Status.STARTED


def test_action_history_shows_each_action_once_with_its_status_changes(tmp_path: Path) -> None:
    def plan(*statuses: Status) -> tuple[BlockPlan, ...]:
        actions = [Action("Boka möte", "Anna", None, statuses[0]), Action("Skriv spelregler", "Bo", None, statuses[1])]
        return (BlockPlan("organisatorisk-design", actions=tuple(actions)),)

    for year, statuses in (
        (2024, (Status.PLANNED, Status.PLANNED)),
        (2025, (Status.STARTED, Status.PLANNED)),
        (2026, (Status.DONE, Status.PLANNED)),
    ):
        assessment = Assessment(Q.id, Q.version, date=dt.date(year, 1, 1), plan=plan(*statuses))
        save_assessment(tmp_path / f"{year}.samverkan", assessment, Q)
    result = compare(load_for_compare([tmp_path / f"{y}.samverkan" for y in (2026, 2024, 2025)]))
    booked, rules = action_history(result)
    assert (booked.text, booked.who) == ("Boka möte", "Anna")
    assert [(i.item.date.year, s) for i, s in booked.changes] == [
        (2024, Status.PLANNED),
        (2025, Status.STARTED),
        (2026, Status.DONE),
    ]
    assert [(i.item.date.year, s) for i, s in rules.changes] == [(2024, Status.PLANNED)]
    assert len(rules.statuses) == 3


_answers = st.fixed_dictionaries({qid: st.integers(1, 5) for qid in Q.question_ids})


@settings(max_examples=40, deadline=None)
@given(
    first=_answers,
    last=_answers,
    dates=st.lists(st.dates(dt.date(2000, 1, 1), dt.date(2040, 1, 1)), min_size=2, max_size=2, unique=True),
)
def test_changes_add_up_for_complete_assessments(first, last, dates) -> None:
    items = [
        CompareItem(Path(f"{i}.samverkan"), Q, date, assessment=Assessment(Q.id, Q.version, answers=answers, date=date))
        for i, (answers, date) in enumerate(zip((first, last), dates, strict=True))
    ]
    result = compare(items)
    early, late = (first, last) if dates[0] < dates[1] else (last, first)
    assert result.total_change == sum(late.values()) - sum(early.values())
    assert result.total_change == sum(change.change for change in result.blocks)
    assert result.total_change == sum(q.change for q in result.questions)
    assert [abs(q.change) for q in result.questions] == sorted((abs(q.change) for q in result.questions), reverse=True)


# --- which collaboration ---------------------------------------------------------------


def _with_collaboration(path: Path, date: dt.date, collaboration: str) -> Path:
    assessment = Assessment(
        Q.id, Q.version, answers=dict.fromkeys(Q.question_ids, 3), date=date, collaboration=collaboration
    )
    save_assessment(path, assessment, Q)
    return path


def test_files_of_two_collaborations_are_refused_with_each_named(tmp_path) -> None:
    from samverkan_gui.core.compare import require_one_collaboration

    files = [
        _with_collaboration(tmp_path / "a.samverkan", dt.date(2025, 1, 1), "Unga i Norrby"),
        _with_collaboration(tmp_path / "b.samverkan", dt.date(2026, 1, 1), "Rådet"),
        _with_collaboration(tmp_path / "c.samverkan", dt.date(2027, 1, 1), "unga  i norrby"),
    ]
    chosen = load_for_compare(files)
    with pytest.raises(CompareError) as caught:
        require_one_collaboration(chosen)
    assert caught.value.message("en") == (
        "The files are about different collaborations: “Unga i Norrby” (a.samverkan, c.samverkan); "
        "“Rådet” (b.samverkan). A change between them is no trend over time."
    )
    result = compare(chosen)
    assert result.collaborations == ("Unga i Norrby", "Rådet")
    assert result.collaborations_differ
    assert not result.individual_and_group
    require_one_collaboration(chosen.items[::2])  # the same one, written differently: no error


def test_a_missing_collaboration_is_not_the_same_as_a_named_one(tmp_path) -> None:
    from samverkan_gui.core.compare import require_one_collaboration

    files = [
        _with_collaboration(tmp_path / "a.samverkan", dt.date(2025, 1, 1), ""),
        _with_collaboration(tmp_path / "b.samverkan", dt.date(2026, 1, 1), "Rådet"),
    ]
    with pytest.raises(CompareError) as caught:
        require_one_collaboration(load_for_compare(files))
    assert "ingen samverkan angiven (a.samverkan); ”Rådet” (b.samverkan)" in caught.value.message("sv")
