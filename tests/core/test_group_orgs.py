"""The organisations' views: hand-computed means, the grouping of names, and nobody below three."""

from __future__ import annotations

from fractions import Fraction
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from samverkan_gui.core.group import Group, Participant
from samverkan_gui.core.group_file import load_group
from samverkan_gui.core.group_orgs import (
    DIFFER_MAX_QUESTIONS,
    MIN_PARTICIPANTS,
    Withheld,
    organisation_key,
    organisation_view,
)
from samverkan_gui.present.organisations import organisations_json, present_organisations

EXAMPLE = Path(__file__).resolve().parents[2] / "examples" / "workshop-organisationer.samverkan-grupp"


def _everything(questionnaire, value: int, **overrides: int) -> dict[str, int]:
    answers = dict.fromkeys(questionnaire.question_ids, value)
    answers.update(overrides)
    return answers


def _group(questionnaire, *people: tuple[str, dict[str, int]]) -> Group:
    group = Group.new(questionnaire)
    for organisation, answers in people:
        group = group.with_participant(Participant(code="", organisation=organisation, answers=answers))
    return group


def test_means_per_organisation_hand_computed(questionnaire) -> None:
    everything = lambda value, **over: _everything(questionnaire, value, **over)  # noqa: E731
    group = _group(
        questionnaire,
        # Kommunen: totals 84, 84 and 5·20 + 1 = 101; start block 20, 20, 21 (of 25).
        ("Kommunen", everything(4)),
        ("Regionen", everything(2)),
        ("Kommunen", everything(4)),
        ("Polisen", everything(3)),
        ("Kommunen", everything(5, **{"start-1": 1})),
        ("Regionen", everything(2)),
        ("", everything(3, **{"start-1": 5})),
        ("Regionen", everything(2)),
        ("Skolan", everything(1)),
    )
    view = organisation_view(group, questionnaire)
    assert view.available and view.withheld is None
    assert view.named == 4
    kommunen, regionen, others = view.groups
    assert (kommunen.name, kommunen.pooled, kommunen.n) == ("Kommunen", False, 3)
    assert (regionen.name, regionen.pooled, regionen.n) == ("Regionen", False, 3)
    # Polisen (1), Skolan (1) and the participant without an organisation: the pool.
    assert (others.name, others.pooled, others.n) == ("", True, 3)
    assert kommunen.mean_total == Fraction(84 + 84 + 101, 3)
    assert regionen.mean_total == 42
    assert others.mean_total == Fraction(63 + 65 + 21, 3)
    assert kommunen.block_mean("startforhallanden") == Fraction(61, 3)
    assert others.block_mean("startforhallanden") == Fraction(15 + 17 + 5, 3)
    assert kommunen.question_mean("start-1") == 3
    assert regionen.question_mean("start-1") == 2
    assert others.question_mean("start-1") == 3
    spreads = {q.question.id: q.spread for q in view.questions}
    assert spreads["start-1"] == 1
    # Every other question: Kommunen 13/3, Regionen 2, the pool 7/3.
    assert spreads["start-2"] == Fraction(13, 3) - 2
    # Twenty questions tie at 7/3: the first five in the questionnaire's order (start-1 differs by 1 only).
    assert [q.question.id for q in view.differ_most] == ["start-2", "start-3", "start-4", "start-5", "design-1"]
    assert len(view.differ_most) == DIFFER_MAX_QUESTIONS

    shown = present_organisations(view, "sv")
    assert [c.heading for c in shown.columns] == ["Kommunen (n = 3)", "Regionen (n = 3)", "Övriga (n = 3)"]
    assert [c.mean_total_text for c in shown.columns] == ["89,7", "42,0", "49,7"]
    # 61/3 of 25 = 81.3 %; 20.3 written with one decimal.
    assert shown.columns[0].blocks[0].text == "81\u00a0% (20,3/25)"
    assert shown.differ[0].means == ("4,3", "2,0", "2,3")
    assert shown.differ[0].spread_text == "2,3"
    assert shown.differ[0].highest == ("Kommunen",) and shown.differ[0].lowest == ("Regionen",)
    english = present_organisations(view, "en")
    assert english.columns[2].heading == "Others (n = 3)"
    assert english.columns[0].mean_total_text == "89.7"
    data = organisations_json(view, "en")
    assert data["withheld"] is None
    assert [(g["name"], g["n"], g["mean_total"]) for g in data["groups"]] == [
        ("Kommunen", 3, 89.67),
        ("Regionen", 3, 42.0),
        ("Others", 3, 49.67),
    ]
    assert data["groups"][0]["blocks"][0] == {"id": "startforhallanden", "mean_score": 20.33, "mean_share": 0.8133}
    assert data["spread"]["start-1"] == 1.0
    assert data["differ_most"] == ["start-2", "start-3", "start-4", "start-5", "design-1"]


def test_names_are_grouped_by_case_and_spaces_and_shown_as_first_typed(questionnaire) -> None:
    assert organisation_key("Region Västernorrland ") == organisation_key("region  västernorrland")
    assert organisation_key(" REGION\tVästernorrland") == "region västernorrland"
    assert organisation_key("Region Västernorrland") != organisation_key("Region Västerbotten")
    group = _group(
        questionnaire,
        ("Region Västernorrland ", _everything(questionnaire, 4)),
        ("Norrby kommun", _everything(questionnaire, 2)),
        ("region västernorrland", _everything(questionnaire, 4)),
        ("NORRBY KOMMUN", _everything(questionnaire, 2)),
        ("  Region   Västernorrland", _everything(questionnaire, 4)),
        ("norrby  kommun ", _everything(questionnaire, 2)),
    )
    view = organisation_view(group, questionnaire)
    assert view.named == 2
    assert [(g.name, g.n, g.pooled) for g in view.groups] == [
        ("Region Västernorrland", 3, False),
        ("Norrby kommun", 3, False),
    ]


def test_no_view_with_fewer_than_two_organisations(questionnaire) -> None:
    people = [("Kommunen", _everything(questionnaire, 4))] * 4 + [("", _everything(questionnaire, 2))] * 4
    view = organisation_view(_group(questionnaire, *people), questionnaire)
    assert not view.available
    assert view.withheld is Withheld.FEWER_THAN_TWO_ORGANISATIONS
    assert view.groups == () and view.questions == () and view.differ_most == ()
    assert organisation_view(_group(questionnaire), questionnaire).withheld is Withheld.FEWER_THAN_TWO_ORGANISATIONS
    shown = present_organisations(view, "sv")
    assert not shown.available and shown.columns == ()
    assert shown.withheld_text == (
        "Organisationernas syn visas när deltagarna anger minst två organisationer (deltagarna anger nu 1)."
    )


def test_a_pool_of_two_takes_in_the_smallest_organisation(questionnaire) -> None:
    # Four, three and two: "Övriga" would be the two of Polisen, whose mean follows from the
    # whole group's minus the others'. Regionen (the smallest shown) joins the pool instead.
    people = (
        [("Kommunen", _everything(questionnaire, 4))] * 4
        + [("Regionen", _everything(questionnaire, 3))] * 3
        + [("Polisen", _everything(questionnaire, 1))] * 2
    )
    view = organisation_view(_group(questionnaire, *people), questionnaire)
    assert [(g.name, g.n, g.pooled) for g in view.groups] == [("Kommunen", 4, False), ("", 5, True)]
    assert view.groups[1].mean_total == Fraction(3 * 63 + 2 * 21, 5)
    # Three and two: nothing can be shown without showing the two.
    people = [("Kommunen", _everything(questionnaire, 4))] * 3 + [("Polisen", _everything(questionnaire, 1))] * 2
    view = organisation_view(_group(questionnaire, *people), questionnaire)
    assert view.withheld is Withheld.TOO_FEW_PARTICIPANTS and view.groups == ()
    assert present_organisations(view, "en").withheld_text.startswith("The participants name 2 organisations, but")


def test_only_participants_with_every_answer_are_counted(questionnaire) -> None:
    incomplete = _everything(questionnaire, 5)
    del incomplete["utfall-1"]
    people = (
        [("Kommunen", _everything(questionnaire, 4))] * 3
        + [("Regionen", _everything(questionnaire, 3))] * 2
        + [("Regionen", incomplete)]
        + [("", _everything(questionnaire, 2))] * 3
    )
    view = organisation_view(_group(questionnaire, *people), questionnaire)
    # Regionen names three people, but only two answered everything: they join the pool.
    assert [(g.name, g.n) for g in view.groups] == [("Kommunen", 3), ("", 5)]
    assert view.groups[1].mean_total == Fraction(2 * 63 + 3 * 42, 5)


def test_the_example_file_with_organisations(questionnaire) -> None:
    group = load_group(EXAMPLE)
    view = organisation_view(group, questionnaire)
    assert len(group.participants) == 10 and view.named == 4
    assert [(g.name, g.n, g.pooled) for g in view.groups] == [
        ("Region Västernorrland", 4, False),
        ("Norrby kommun", 3, False),
        ("", 3, True),
    ]
    # Each column's mean total, computed here straight from the file's answers.
    by_key: dict[str, list[int]] = {}
    for participant in group.participants:
        key = organisation_key(participant.organisation)
        key = key if key in ("region västernorrland", "norrby kommun") else "others"
        by_key.setdefault(key, []).append(sum(participant.answers.values()))
    expected = [Fraction(sum(t), len(t)) for t in by_key.values()]
    assert [g.mean_total for g in view.groups] == expected
    text = repr(organisations_json(view, "sv")) + repr(present_organisations(view, "sv"))
    assert "Polisen" not in text and "polisen" not in text and "Framåt" not in text


_ORGANISATIONS = ["Kommunen", "kommunen ", "Regionen", "REGIONEN", "Polisen", "Skolan", ""]


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    st.lists(
        st.tuples(st.sampled_from(_ORGANISATIONS), st.integers(1, 5), st.booleans()),
        max_size=16,
    )
)
def test_no_named_group_below_the_minimum(questionnaire, people) -> None:
    answers = []
    for organisation, value, complete in people:
        given_answers = _everything(questionnaire, value)
        if not complete:
            del given_answers["start-1"]
        answers.append((organisation, given_answers))
    group = _group(questionnaire, *answers)
    view = organisation_view(group, questionnaire)
    counted = sum(1 for _organisation, _value, complete in people if complete)
    if view.available:
        assert len(view.groups) >= 2
        assert all(g.n >= MIN_PARTICIPANTS for g in view.groups)
        # Everyone counted is in exactly one column: no one left over to be computed by subtraction.
        assert sum(g.n for g in view.groups) == counted
        for g in view.groups:
            if not g.pooled:
                members = [
                    p for p in group.participants if organisation_key(p.organisation) == organisation_key(g.name)
                ]
                assert sum(1 for p in members if len(p.answers) == len(questionnaire.question_ids)) == g.n
    else:
        assert view.groups == ()
    names = {organisation_key(p.organisation) for p in group.participants} - {""}
    assert view.withheld is not Withheld.FEWER_THAN_TWO_ORGANISATIONS or len(names) < 2
