"""The background material from the seed ships and loads in both languages."""

from __future__ import annotations

import pytest

from samverkan_gui.core.guidance import shipped_guidance


def test_guidance_sections_are_the_seeds() -> None:
    guidance = shipped_guidance()
    assert [s.id for s in guidance.sections] == ["ladder", "questions", "traps", "factors", "success-factors"]
    ladder = guidance.section("ladder")
    assert [item.term.get("sv") for item in ladder.items] == ["Samtal", "Samsyn", "Samverkan", "Samhandling"]
    assert [item.term.get("en") for item in ladder.items] == [
        "Conversation",
        "Shared view",
        "Collaboration",
        "Joint action",
    ]
    assert [i.term.get("sv") for i in guidance.section("questions").items] == [
        "VARFÖR?",
        "VAD?",
        "VEM? VILKA?",
        "NÄR OCH VAR?",
        "HUR?",
    ]
    assert len(guidance.section("traps").items) == 6
    assert len(guidance.section("factors").items) == 8
    success = guidance.section("success-factors")
    assert success.numbered and len(success.items) == 14
    assert success.items[1].text.get("sv") == 'Ta rollen som "rösten för territoriet"'
    assert guidance.intro.get("sv").endswith(
        "Att två eller flera parter tillsammans verkar för att uppnå gemensamma mål."
    )
    for section in guidance.sections:
        for item in section.items:
            assert item.text.get("en") and item.text.get("sv")


@pytest.mark.parametrize("lang", ["sv", "en"])
def test_the_background_material_names_the_plan_questions_as_the_plan_does(lang: str) -> None:
    # The plan (window and PDF) takes its five labels from the catalogue; the background
    # material quotes the same slide, so it must say the same.
    from samverkan_gui.core.plan import PLAN_QUESTIONS, question_detail, question_label

    items = shipped_guidance().section("questions").items
    assert [(item.term.get(lang) if item.term else "", item.text.get(lang)) for item in items] == [
        (question_label(name, lang), question_detail(name, lang)) for name in PLAN_QUESTIONS
    ]
