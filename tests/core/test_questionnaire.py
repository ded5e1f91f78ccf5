"""The shipped questionnaire is the seed's test, verbatim, and the loader is strict."""

from __future__ import annotations

import textwrap
from pathlib import Path

import pytest

from samverkan_gui.core.errors import QuestionnaireError
from samverkan_gui.core.loader import load_questionnaire, parse_questionnaire
from samverkan_gui.core.paths import questionnaires_dir
from samverkan_gui.core.registry import QuestionnaireRegistry

SHIPPED = sorted(questionnaires_dir().glob("*.yaml"))

# The Swedish texts exactly as in the seed (000_2db04633ad27c38e.txt, "Testa din samverkan!").
SEED_BLOCKS = {
    "STARTFÖRHÅLLANDEN": [
        "Finns sedan tidigare tillit och förtroende mellan de samverkande parterna?",
        "Har alla som deltar i samverkan något att vinna på det?",
        "Har tid och resurser avsatts för samverkan?",
        'Deltar "rätt" aktörer i förhållande till uppgiften som ska lösas?',
        "Finns kunskap om respektive aktörs regelverk, organisation och uppdrag?",
    ],
    "ORGANISATORISK DESIGN OCH LEDARSKAP": [
        "Är det tydligt vilka som ska delta/deltar i samverkan (organisation/person)?",
        "Ges förutsättningar för inkludering och delaktighet?",
        "Finns tydliga spelregler för hur samverkan ska gå till?",
        "Är processen öppen och transparent?",
        "Finns ett ledarskap som underlättar samverkan?",
    ],
    "SAMVERKANSPROCESSEN": [
        "Är syftet med samverkan tydligt?",
        "Finns en gemensam problembeskrivning?",
        "Är målen för vad som ska uppnås tydliga för alla som samverkar?",
        "Finns ett gemensamt ägarskap för samverkanprocessen?",
        "Tas olika kunskaper och kompetenser tillvara?",
        "Är möten och samtal meningsfulla?",
        "Är möten och samtal tillitsfulla?",
        "Bidrar samverkan till en gemensam bild av nuläget?",
        'Bidrar samverkan till "små vinster" på vägen mot de övergripande målen?',
        "Avsätts tid för reflektion och lärande?",
    ],
    "UTFALL": ["Gör samverkan skillnad och ger önskat resultat?"],
}
SEED_BANDS = [
    (
        21,
        41,
        "Vilka vill samverka? Lägg mycket tid på den gemensamma grunden. Backa tillbaka till samtal och "
        "dialog för att utforska varandras drivkrafter.",
    ),
    (42, 62, "Viljan finns, det märks! Men finns samsyn om utmaningar, behov, mål och hur samverkan ska gå till?"),
    (
        63,
        83,
        "Bra jobbat! Här finns goda förutsättningar, det gemensamma bygget är påbörjat men allt kan bli "
        "bättre. Titta särskilt på",
    ),
    (
        84,
        94,
        "Grattis! Alla erfarenheter av god samverkan bygger tillit, värna den! För att toppa resultaten "
        "titta särskilt på",
    ),
    (
        95,
        105,
        "Hurra! Det här går som låget i samhandlingens anda! Kom ihåg att löpande reflektera och "
        "utvärdera processen och fira resultaten av ert gemensamma arbete.",
    ),
]


@pytest.mark.parametrize("path", SHIPPED, ids=lambda p: p.name)
def test_every_shipped_questionnaire_loads(path: Path) -> None:
    questionnaire = load_questionnaire(path)
    assert questionnaire.blocks
    for lang in questionnaire.languages:
        for _, question in questionnaire.iter_questions():
            assert question.text.get(lang).strip()


def test_registry_offers_every_valid_file() -> None:
    registry = QuestionnaireRegistry.discover([questionnaires_dir()])
    assert registry.problems == []
    assert len(registry.questionnaires) == len(SHIPPED)


def test_shipped_test_is_the_seed_verbatim(questionnaire) -> None:
    assert questionnaire.id == "testa-din-samverkan"
    assert questionnaire.title.get("sv") == "Testa din samverkan!"
    assert [b.title.get("sv") for b in questionnaire.blocks] == list(SEED_BLOCKS)
    for block in questionnaire.blocks:
        assert block.lead_in.get("sv") == "I vilken grad....."
        assert [q.text.get("sv") for q in block.questions] == SEED_BLOCKS[block.title.get("sv")]
    assert [b.max_score(questionnaire.scale.max) for b in questionnaire.blocks] == [25, 25, 50, 5]
    assert questionnaire.max_total == 105
    assert len(questionnaire.questions) == 21
    assert (questionnaire.scale.min, questionnaire.scale.max) == (1, 5)
    for (low, high, text), band in zip(SEED_BANDS, questionnaire.bands, strict=True):
        assert (band.min, band.max) == (low, high)
        assert band.advice.get("sv").startswith(text)
    assert [b.outcome for b in questionnaire.blocks] == [False, False, False, True]
    assert "{weakest_blocks}" in questionnaire.bands[2].advice.get("sv")
    assert "{weakest_blocks}" in questionnaire.bands[3].advice.get("en")


def test_english_is_a_translation_not_a_copy(questionnaire) -> None:
    for _, question in questionnaire.iter_questions():
        assert question.text.get("en") != question.text.get("sv")
    for band in questionnaire.bands:
        assert band.advice.get("en") != band.advice.get("sv")


MINIMAL = """\
format: samverkan-questionnaire
format_version: 1
id: mini
version: 2
languages: [sv, en]
title: {sv: Mini, en: Mini}
credit: {sv: Källa, en: Source}
scale:
  min: 1
  max: 3
  labels:
    1: {sv: Lite, en: Little}
    2: {sv: Mellan, en: Medium}
    3: {sv: Mycket, en: Much}
blocks:
  - id: a
    title: {sv: A, en: A}
    lead_in: {sv: I vilken grad, en: To what extent}
    questions:
      - id: a1
        text: {sv: Fråga 1?, en: Question 1?}
      - id: a2
        text: {sv: Fråga 2?, en: Question 2?}
  - id: out
    title: {sv: Utfall, en: Outcome}
    lead_in: {sv: I vilken grad, en: To what extent}
    outcome: true
    questions:
      - id: o1
        text: {sv: Fråga 3?, en: Question 3?}
bands:
  - min: 3
    max: 5
    advice:
      sv: "Låg. Titta på {weakest_blocks}."
      en: "Low. Look at {weakest_blocks}."
  - min: 6
    max: 9
    advice: {sv: Hög, en: High}
"""


def test_minimal_questionnaire_loads() -> None:
    questionnaire = parse_questionnaire(MINIMAL.encode(), "mini.yaml")
    assert questionnaire.key == ("mini", 2)
    assert (questionnaire.min_total, questionnaire.max_total) == (3, 9)


def _refusal(text: str) -> QuestionnaireError:
    with pytest.raises(QuestionnaireError) as caught:
        parse_questionnaire(textwrap.dedent(text).encode(), "bad.yaml")
    return caught.value


@pytest.mark.parametrize(
    ("old", "new", "line", "key", "words"),
    [
        ("version: 2\n", "version: 2\ncolour: red\n", 5, "colour", "unknown key"),
        (
            "    title: {sv: A, en: A}\n",
            "    title: {sv: A}\n",
            17,
            "blocks[0].title",
            "translation missing for language en",
        ),
        ("      - id: a2\n", "      - id: a1\n", 22, "blocks[0].questions[1].id", "already used"),
        ("  - min: 6\n", "  - min: 7\n", 37, "bands[1]", "no range covers the scores 6–6"),
        ("  - min: 6\n", "  - min: 5\n", 37, "bands[1]", "overlaps"),
        ("    max: 9\n", "    max: 8\n", 32, "bands", "no range covers the scores 9–9"),
        ("    3: {sv: Mycket, en: Much}\n", "", 12, "scale.labels", "missing: 3"),
        (
            "    questions:\n      - id: o1\n        text: {sv: Fråga 3?, en: Question 3?}\n",
            "    questions: []\n",
            28,
            "blocks[1].questions",
            "the list is empty",
        ),
        ("format_version: 1\n", "format_version: 7\n", 2, "format_version", "newer version of Samverkan"),
        ('sv: "Låg. Titta på {weakest_blocks}."', 'sv: "Låg {oops}."', 35, "bands[0].advice.sv", "{oops}"),
        ("outcome: true", "outcome: no", 0, "", ""),
    ],
)
def test_refusals_name_file_line_and_key(old: str, new: str, line: int, key: str, words: str) -> None:
    assert old in MINIMAL
    text = MINIMAL.replace(old, new, 1)
    if not words:
        # YAML 1.1 'no' is False: still a valid boolean, so this one must load.
        assert parse_questionnaire(text.encode(), "ok.yaml").blocks[1].outcome is False
        return
    error = _refusal(text)
    message = error.message("en")
    assert message.startswith(f"bad.yaml, line {line}, key “{key}”"), message
    assert words in message
    assert "bad.yaml" in error.message("sv") and f"rad {line}" in error.message("sv")


def test_yaml_surprises_are_caught() -> None:
    # YAML 1.1 turns an unquoted 'no' into False: a language code must be text.
    error = _refusal(MINIMAL.replace("languages: [sv, en]", "languages: [sv, no]"))
    assert "expected a text" in error.message("en")


def test_python_tags_are_refused() -> None:
    error = _refusal(MINIMAL.replace("id: mini", "id: !!python/object/apply:os.system ['echo hi']"))
    assert "is not allowed" in error.message("en")


def test_aliases_are_refused() -> None:
    error = _refusal(MINIMAL.replace("title: {sv: Mini, en: Mini}", "title: &t {sv: Mini, en: Mini}\nx: *t"))
    assert "references" in error.message("en") or "unknown key" in error.message("en")


def test_not_yaml_at_all(tmp_path: Path) -> None:
    path = tmp_path / "q.yaml"
    path.write_text("blocks: [unclosed\n", encoding="utf-8")
    with pytest.raises(QuestionnaireError) as caught:
        load_questionnaire(path)
    assert str(path) in caught.value.message("sv")
    assert "kan inte tolkas" in caught.value.message("sv")


def test_invalid_file_next_to_valid_ones_is_reported_not_offered(tmp_path: Path) -> None:
    (tmp_path / "good.yaml").write_text(MINIMAL, encoding="utf-8")
    (tmp_path / "bad.yaml").write_text(MINIMAL.replace("version: 2", "version: two"), encoding="utf-8")
    registry = QuestionnaireRegistry.discover([tmp_path])
    assert [q.id for q in registry.questionnaires] == ["mini"]
    assert len(registry.problems) == 1
    assert "bad.yaml" in registry.problems[0].message("en")
