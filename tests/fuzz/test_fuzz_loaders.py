"""Property-based fuzzing of every loader that reads a file a stranger may send.

The one property: whatever the bytes, a loader either returns a valid object or
raises the app's own :class:`SamverkanError`, whose message renders in Swedish
and English. Any other exception, a hang (hypothesis deadline + pytest-timeout)
or a crash fails the test.  Set ``SAMVERKAN_FUZZ_EXAMPLES=20000`` for a long run.
"""

from __future__ import annotations

import copy
import datetime as dt
import os
from collections.abc import Callable
from pathlib import Path
from typing import Any

import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from samverkan_gui.core.assessment import Assessment, dump_assessment, parse_assessment
from samverkan_gui.core.errors import SamverkanError
from samverkan_gui.core.group import Group
from samverkan_gui.core.group_file import dump_group, parse_group
from samverkan_gui.core.group_load import parse_samverkan_file
from samverkan_gui.core.loader import parse_questionnaire
from samverkan_gui.core.paths import questionnaires_dir
from samverkan_gui.core.questionnaire import Questionnaire
from samverkan_gui.core.registry import shipped_registry
from samverkan_gui.core.scoring import score

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"
SEED_QUESTIONNAIRE = (questionnaires_dir() / "testa-din-samverkan.yaml").read_bytes()
SEED_ASSESSMENT = (EXAMPLES / "komplett.samverkan").read_bytes()
Q = shipped_registry().default()

FUZZ = settings(
    max_examples=int(os.environ.get("SAMVERKAN_FUZZ_EXAMPLES", "150")),
    deadline=dt.timedelta(seconds=3),
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)

#: A message dialog must stay readable whatever the file held.
MAX_MESSAGE_CHARS = 2_000


def refused_or_loaded(load: Callable[[bytes], Any], data: bytes) -> Any:
    """Run ``load``; a refusal must be a SamverkanError with a readable message in both languages."""
    try:
        return load(data)
    except SamverkanError as exc:
        for lang in ("sv", "en"):
            text = exc.message(lang)
            assert isinstance(text, str)
            assert text.strip()
            assert len(text) <= MAX_MESSAGE_CHARS, text[:300]
        return None


def load_assessment_bytes(data: bytes) -> Assessment | None:
    assessment = refused_or_loaded(lambda raw: parse_assessment(raw, "fuzz.samverkan"), data)
    if assessment is not None:
        # Whatever loads is usable: it scores, and saving and reloading it gives it back.
        result = assessment.score(Q)
        assert result.max_total == Q.max_total
        assert all(Q.scale.min <= v <= Q.scale.max for v in assessment.answers.values())
        again = parse_assessment(dump_assessment(assessment, Q), "again.samverkan")
        assert again == assessment
    return assessment


def load_questionnaire_bytes(data: bytes) -> Questionnaire | None:
    questionnaire = refused_or_loaded(lambda raw: parse_questionnaire(raw, "fuzz.yaml"), data)
    if questionnaire is not None:
        highest = {qid: questionnaire.scale.max for qid in questionnaire.question_ids}
        lowest = {qid: questionnaire.scale.min for qid in questionnaire.question_ids}
        for answers in (highest, lowest):
            result = score(questionnaire, answers)
            assert result.complete
            assert result.band is not None
            for lang in questionnaire.languages:
                assert isinstance(result.advice(lang), str)
    return questionnaire


# --- strategies ----------------------------------------------------------------

scalars = (
    st.none()
    | st.booleans()
    | st.integers()
    | st.integers(min_value=-(10**40), max_value=10**40)
    | st.floats()
    | st.text(max_size=40)
    | st.dates()
    | st.datetimes(timezones=st.none() | st.timezones())
    | st.sampled_from(
        [
            "",
            "no",
            "yes",
            "on",
            "~",
            "null",
            "1_000",
            "0x1F",
            "0o17",
            "1:30",
            "2020-02-30",
            ".nan",
            "-.inf",
            "sv",
            "en",
            "testa-din-samverkan",
            "samverkan-assessment",
            "start-1",
            "utfall",
        ]
    )
)
keys = (
    st.text(max_size=20)
    | st.integers()
    | st.booleans()
    | st.none()
    | st.sampled_from(
        [
            "format",
            "format_version",
            "questionnaire",
            "answers",
            "notes",
            "id",
            "version",
            "blocks",
            "questions",
            "scale",
            "bands",
            "labels",
            "min",
            "max",
            "advice",
            "sv",
            "en",
            "text",
            "title",
            "lead_in",
            "date",
        ]
    )
)
yaml_values = st.recursive(
    scalars,
    lambda children: st.lists(children, max_size=6) | st.dictionaries(keys, children, max_size=6),
    max_leaves=40,
)

#: Pieces of YAML syntax, glued together at random: finds parser and tag corners.
TOKENS = [
    "- ",
    ": ",
    "? ",
    "[",
    "]",
    "{",
    "}",
    ", ",
    "\n",
    "  ",
    "    ",
    "&a ",
    "*a",
    "&b ",
    "*b",
    "!!str ",
    "!!int ",
    "!!bool ",
    "!!float ",
    "!!null ",
    "!!timestamp ",
    "!!map ",
    "!!seq ",
    "!!set ",
    "!!omap ",
    "!!binary ",
    "!!python/object/apply:os.system ",
    "!!python/name:os.system ",
    "!local ",
    "!<tag:x> ",
    "---\n",
    "...\n",
    "%YAML 1.1\n",
    "%TAG ! tag:yaml.org,2002:\n",
    "'",
    '"',
    "# c\n",
    "|\n",
    ">-\n",
    "\\",
    "\t",
    "x",
    "1",
    "-1",
    "0x1F",
    "1e400",
    ".nan",
    "2020-02-30",
    "2026-11-20T09:00:00+99:00",
    "~",
    "yes",
    "\u00e5",
    "\U0001f600",
    "\ufeff",
    "\x85",
    "\u2028",
    "format: samverkan-assessment\n",
    "format_version: 1\n",
    "questionnaire: {id: testa-din-samverkan, version: 1}\n",
    "answers:\n",
    "notes:\n",
    "start-1: ",
    "utfall: ",
    "9" * 5000,
    "0." + "1" * 5000,
    "format: samverkan-questionnaire\n",
    "scale:\n",
    "labels:\n",
    "bands:\n",
    "blocks:\n",
    "questions:\n",
]
token_soup = st.lists(st.sampled_from(TOKENS), max_size=60).map(lambda parts: "".join(parts).encode("utf-8"))


@st.composite
def mutated_tree(draw: st.DrawFn, seed: bytes) -> bytes:
    """A valid file with a few random edits deep in its structure, dumped back to YAML."""
    tree = copy.deepcopy(yaml.safe_load(seed))
    for _ in range(draw(st.integers(1, 4))):
        parent: Any = None
        slot: Any = None
        node: Any = tree
        while isinstance(node, (dict, list)) and node and draw(st.integers(0, 3)) > 0:
            slot = draw(st.sampled_from(list(node) if isinstance(node, dict) else list(range(len(node)))))
            parent, node = node, node[slot]
        action = draw(st.sampled_from(["replace", "delete", "add", "wrap", "stringify", "empty"]))
        if parent is None:
            if action == "add" and isinstance(tree, dict):
                tree[draw(keys)] = draw(yaml_values)
            elif action in ("replace", "wrap"):
                tree = draw(yaml_values) if action == "replace" else [tree]
            continue
        if action == "replace":
            parent[slot] = draw(yaml_values)
        elif action == "delete":
            del parent[slot]
        elif action == "add" and isinstance(node, dict):
            node[draw(keys)] = draw(yaml_values)
        elif action == "add" and isinstance(node, list):
            node.append(draw(yaml_values))
        elif action == "wrap":
            parent[slot] = draw(st.sampled_from([[node], {"x": node}]))
        elif action == "stringify":
            parent[slot] = str(node)
        else:
            parent[slot] = type(node)() if isinstance(node, (dict, list, str)) else None
    return yaml.safe_dump(tree, allow_unicode=True, sort_keys=False).encode("utf-8")


@st.composite
def byte_mutations(draw: st.DrawFn, seed: bytes) -> bytes:
    """The seed file with random bytes flipped, inserted, deleted or the tail cut off."""
    data = bytearray(seed)
    for _ in range(draw(st.integers(1, 8))):
        if not data:
            break
        position = draw(st.integers(0, len(data) - 1))
        action = draw(st.sampled_from(["flip", "insert", "delete", "truncate"]))
        if action == "flip":
            data[position] ^= 1 << draw(st.integers(0, 7))
        elif action == "insert":
            data[position:position] = draw(
                st.binary(min_size=1, max_size=8) | st.sampled_from([t.encode("utf-8") for t in TOKENS])
            )
        elif action == "delete":
            del data[position : position + draw(st.integers(1, 16))]
        else:
            del data[position:]
    return bytes(data)


# --- the assessment loader ---------------------------------------------------------


@FUZZ
@given(st.binary(max_size=4096))
def test_assessment_loader_arbitrary_bytes(data: bytes) -> None:
    load_assessment_bytes(data)


@FUZZ
@given(byte_mutations(SEED_ASSESSMENT))
def test_assessment_loader_damaged_file(data: bytes) -> None:
    load_assessment_bytes(data)


@FUZZ
@given(yaml_values.map(lambda v: yaml.safe_dump(v, allow_unicode=True).encode("utf-8")))
def test_assessment_loader_random_yaml(data: bytes) -> None:
    load_assessment_bytes(data)


@FUZZ
@given(mutated_tree(SEED_ASSESSMENT))
def test_assessment_loader_valid_file_with_wrong_parts(data: bytes) -> None:
    load_assessment_bytes(data)


@FUZZ
@given(token_soup)
def test_assessment_loader_yaml_token_soup(data: bytes) -> None:
    load_assessment_bytes(data)


# --- the questionnaire loader ------------------------------------------------------


@FUZZ
@given(st.binary(max_size=4096))
def test_questionnaire_loader_arbitrary_bytes(data: bytes) -> None:
    load_questionnaire_bytes(data)


@FUZZ
@given(byte_mutations(SEED_QUESTIONNAIRE))
def test_questionnaire_loader_damaged_file(data: bytes) -> None:
    load_questionnaire_bytes(data)


@FUZZ
@given(mutated_tree(SEED_QUESTIONNAIRE))
def test_questionnaire_loader_valid_file_with_wrong_parts(data: bytes) -> None:
    load_questionnaire_bytes(data)


@FUZZ
@given(token_soup)
def test_questionnaire_loader_yaml_token_soup(data: bytes) -> None:
    load_questionnaire_bytes(data)


def test_the_seeds_themselves_load() -> None:
    """Guards the fuzzers: mutations start from files that are valid."""
    assert load_assessment_bytes(SEED_ASSESSMENT) is not None
    assert load_questionnaire_bytes(SEED_QUESTIONNAIRE) is not None


def _int_leaves(tree: Any, path: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    if isinstance(tree, bool):
        return []
    if isinstance(tree, int):
        return [path]
    items = tree.items() if isinstance(tree, dict) else enumerate(tree) if isinstance(tree, list) else ()
    return [leaf for key, child in items for leaf in _int_leaves(child, (*path, key))]


@st.composite
def numbers_anywhere(draw: st.DrawFn, seed: bytes) -> bytes:
    """Every whole number of a valid file (scale, bands, versions, answers) set to any other."""
    tree = yaml.safe_load(seed)
    for path in draw(st.lists(st.sampled_from(_int_leaves(tree)), min_size=1, max_size=3, unique=True)):
        node = tree
        for key in path[:-1]:
            node = node[key]
        node[path[-1]] = draw(st.integers(-3, 8) | st.integers() | st.integers(-(10**30), 10**30))
    return yaml.safe_dump(tree, allow_unicode=True, sort_keys=False).encode("utf-8")


@FUZZ
@given(numbers_anywhere(SEED_QUESTIONNAIRE))
def test_questionnaire_loader_any_numbers(data: bytes) -> None:
    load_questionnaire_bytes(data)


@FUZZ
@given(numbers_anywhere(SEED_ASSESSMENT))
def test_assessment_loader_any_numbers(data: bytes) -> None:
    load_assessment_bytes(data)


# --- the group file and the "open any Samverkan file" loader ------------------------------------


def _seed_group() -> bytes:
    group = Group.new(Q, collaboration="Workshop i Kiruna", language="sv").with_note(
        "utfall", "Vi enades om nästa steg."
    )
    for i, name in enumerate(["Ánne", "Per", ""]):
        group = group.with_participant()
        code = group.participants[-1].code
        group = group.with_participant_details(code, name=name, organisation="Kommunen")
        for qid in Q.question_ids[: 10 + i * 5]:
            group = group.with_answer(code, qid, 1 + (i + len(qid)) % 5)
    return dump_group(group, Q)


SEED_GROUP = _seed_group()


def load_any_bytes(data: bytes) -> object:
    item = refused_or_loaded(lambda raw: parse_samverkan_file(raw, "fuzz.samverkan-grupp"), data)
    if isinstance(item, Group):
        assert all(Q.scale.min <= v <= Q.scale.max for p in item.participants for v in p.answers.values())
        assert len(set(item.codes)) == len(item.codes)
        again = parse_group(dump_group(item, Q), "again.samverkan-grupp")
        assert again == item
    elif item is not None:
        assert isinstance(item, Assessment)
        assert parse_assessment(dump_assessment(item, Q), "again.samverkan") == item
    return item


@FUZZ
@given(st.binary(max_size=4096))
def test_group_loader_arbitrary_bytes(data: bytes) -> None:
    load_any_bytes(data)


@FUZZ
@given(byte_mutations(SEED_GROUP))
def test_group_loader_damaged_file(data: bytes) -> None:
    load_any_bytes(data)


@FUZZ
@given(mutated_tree(SEED_GROUP))
def test_group_loader_valid_file_with_wrong_parts(data: bytes) -> None:
    load_any_bytes(data)


@FUZZ
@given(numbers_anywhere(SEED_GROUP))
def test_group_loader_any_numbers(data: bytes) -> None:
    load_any_bytes(data)


@FUZZ
@given(token_soup.map(lambda soup: b"format: samverkan-group\nformat_version: 1\n" + soup))
def test_group_loader_yaml_token_soup(data: bytes) -> None:
    load_any_bytes(data)


def test_the_group_seed_loads() -> None:
    group = load_any_bytes(SEED_GROUP)
    assert isinstance(group, Group)
    assert len(group.participants) == 3
