"""Strict loading of questionnaire YAML files (format in docs/questionnaire-format.md)."""

from __future__ import annotations

import re
from pathlib import Path

from samverkan_gui.core.errors import QuestionnaireError
from samverkan_gui.core.questionnaire import (
    WEAKEST_BLOCKS_PLACEHOLDER,
    Band,
    Block,
    LocalizedText,
    Question,
    Questionnaire,
    Scale,
)
from samverkan_gui.core.yamlio import YNode, parse_document, read_document

FORMAT = "samverkan-questionnaire"
FORMAT_VERSION = 1

#: A rating scale is a handful of steps (the shipped one has 5), each with a label and a button.
MAX_SCALE_STEPS = 11

_ID = re.compile(r"^[a-z0-9][a-z0-9_-]{0,63}$")
_LANG = re.compile(r"^[a-z]{2,3}$")
_PLACEHOLDER = re.compile(r"\{([^{}]*)\}")

_TOP_KEYS = {"format", "format_version", "id", "version", "languages", "title", "credit", "scale", "blocks", "bands"}
_BLOCK_KEYS = {"id", "title", "name", "lead_in", "outcome", "questions"}


def load_questionnaire(path: Path | str) -> Questionnaire:
    """Load and validate one questionnaire file; raise :class:`QuestionnaireError`."""
    path = Path(path)
    root = read_document(path, QuestionnaireError)
    return _build(root, path)


def parse_questionnaire(data: bytes, name: str = "<questionnaire>") -> Questionnaire:
    """Validate questionnaire YAML given as bytes (for tests and fuzzing)."""
    return _build(parse_document(data, name, QuestionnaireError), None)


def _build(root: YNode, path: Path | None) -> Questionnaire:
    top = root.mapping(_TOP_KEYS, required=_TOP_KEYS)
    fmt = top["format"].text()
    if fmt != FORMAT:
        top["format"].fail("schema.wrong_format", expected=FORMAT, value=fmt)
    fmt_version = top["format_version"].integer()
    if fmt_version > FORMAT_VERSION:
        top["format_version"].fail("schema.newer_format", value=fmt_version, supported=FORMAT_VERSION)
    if fmt_version < 1:
        top["format_version"].fail("schema.wrong_format", expected=FORMAT_VERSION, value=fmt_version)

    questionnaire_id = _identifier(top["id"])
    version = top["version"].integer()
    languages = _languages(top["languages"])

    def localized(node: YNode) -> LocalizedText:
        return localized_text(node, languages)

    scale = _scale(top["scale"], localized)
    ids: dict[str, YNode] = {}
    blocks = tuple(_block(node, localized, ids) for node in top["blocks"].sequence(non_empty=True))
    questionnaire = Questionnaire(
        id=questionnaire_id,
        version=version,
        languages=languages,
        title=localized(top["title"]),
        credit=localized(top["credit"]),
        scale=scale,
        blocks=blocks,
        bands=(),
        source=path,
    )
    bands = _bands(top["bands"], localized, questionnaire)
    return Questionnaire(**{**questionnaire.__dict__, "bands": bands})


def _identifier(node: YNode) -> str:
    value = node.text()
    if not _ID.match(value):
        node.fail("schema.bad_id", value=value)
    return value


def _languages(node: YNode) -> tuple[str, ...]:
    languages: list[str] = []
    for item in node.sequence(non_empty=True):
        lang = item.text()
        if not _LANG.match(lang):
            item.fail("schema.bad_id", value=lang)
        if lang in languages:
            item.fail("schema.duplicate_id", value=lang)
        languages.append(lang)
    return tuple(languages)


def localized_text(node: YNode, languages: tuple[str, ...]) -> LocalizedText:
    """A `{lang: text}` mapping with exactly the file's languages."""
    entries = node.mapping()
    for lang, child in entries.items():
        if lang not in languages:
            child.fail("schema.unknown_language", lang=lang, languages=", ".join(languages))
    for lang in languages:
        if lang not in entries:
            node.fail("schema.missing_translation", lang=lang)
    return LocalizedText({lang: entries[lang].text().strip() for lang in languages})


def _scale(node: YNode, localized) -> Scale:  # type: ignore[no-untyped-def]
    entries = node.mapping({"min", "max", "labels"}, required={"min", "max", "labels"})
    low, high = entries["min"].integer(), entries["max"].integer()
    if low >= high:
        node.fail("schema.bad_scale", low=low, high=high)
    if high - low + 1 > MAX_SCALE_STEPS:
        # Every step needs a label and a radio button; a huge range would also hang the checks below.
        node.fail("schema.scale_too_long", low=low, high=high, limit=MAX_SCALE_STEPS)
    labels: dict[int, LocalizedText] = {}
    label_nodes = entries["labels"].mapping()
    for key, child in label_nodes.items():
        try:
            value = int(key)
        except ValueError:
            child.fail("schema.not_int")
        if not low <= value <= high:
            child.fail("schema.scale_label_extra", value=value, low=low, high=high)
        labels[value] = localized(child)
    missing = [str(v) for v in range(low, high + 1) if v not in labels]
    if missing:
        entries["labels"].fail("schema.scale_labels", low=low, high=high, missing=", ".join(missing))
    return Scale(min=low, max=high, labels=dict(sorted(labels.items())))


def _block(node: YNode, localized, ids: dict[str, YNode]) -> Block:  # type: ignore[no-untyped-def]
    entries = node.mapping(_BLOCK_KEYS, required={"id", "title", "lead_in", "questions"})
    block_id = _unique_id(entries["id"], ids)
    questions = []
    for question_node in entries["questions"].sequence(non_empty=True):
        q = question_node.mapping({"id", "text"}, required={"id", "text"})
        questions.append(Question(id=_unique_id(q["id"], ids), text=localized(q["text"])))
    title = localized(entries["title"])
    return Block(
        id=block_id,
        title=title,
        name=localized(entries["name"]) if "name" in entries else title,
        lead_in=localized(entries["lead_in"]),
        questions=tuple(questions),
        outcome=entries["outcome"].boolean() if "outcome" in entries else False,
    )


def _unique_id(node: YNode, ids: dict[str, YNode]) -> str:
    value = _identifier(node)
    if value in ids:
        node.fail("schema.duplicate_id", value=value)
    ids[value] = node
    return value


def _bands(node: YNode, localized, questionnaire: Questionnaire) -> tuple[Band, ...]:  # type: ignore[no-untyped-def]
    lowest, highest = questionnaire.min_total, questionnaire.max_total
    has_lever = any(not block.outcome for block in questionnaire.blocks)
    bands: list[tuple[Band, YNode]] = []
    for band_node in node.sequence(non_empty=True):
        entries = band_node.mapping({"min", "max", "advice"}, required={"min", "max", "advice"})
        low, high = entries["min"].integer(), entries["max"].integer()
        if low > high:
            band_node.fail("schema.band_order", low=low, high=high)
        if high < lowest or low > highest:
            band_node.fail("schema.band_outside", low=low, high=high, min_total=lowest, max_total=highest)
        advice = localized(entries["advice"])
        for lang, text in advice.texts.items():
            for name in _placeholders(text):
                if name != WEAKEST_BLOCKS_PLACEHOLDER:
                    entries["advice"].mapping()[lang].fail("schema.placeholder", name=name)
                if not has_lever:
                    entries["advice"].fail("schema.no_nameable_block")
        bands.append((Band(min=low, max=high, advice=advice), band_node))
    bands.sort(key=lambda pair: pair[0].min)
    expected = lowest
    for band, band_node in bands:
        if band.min > expected:
            band_node.fail("schema.band_gap", low=expected, high=band.min - 1)
        if band.min < expected:
            band_node.fail("schema.band_overlap", low=band.min, high=band.max)
        expected = band.max + 1
    if expected <= highest:
        node.fail("schema.band_gap", low=expected, high=highest)
    return tuple(band for band, _ in bands)


def _placeholders(text: str) -> list[str]:
    return _PLACEHOLDER.findall(text)
