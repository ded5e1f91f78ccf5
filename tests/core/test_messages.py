"""The one catalogue: every text in Swedish and English, with the same placeholders, and none missing."""

from __future__ import annotations

import re
import string
from pathlib import Path

import pytest

from samverkan_gui.core.messages import MESSAGES, SUPPORTED_LANGUAGES, Texts, render, render_count

PACKAGE = Path(__file__).resolve().parents[2] / "samverkan_gui"


def _placeholders(template: str) -> set[str]:
    return {name for _text, name, _spec, _conv in string.Formatter().parse(template) if name is not None}


@pytest.mark.parametrize("key", sorted(MESSAGES))
def test_every_key_has_every_language_with_the_same_placeholders(key: str) -> None:
    texts = MESSAGES[key]
    assert set(texts) == set(SUPPORTED_LANGUAGES), key
    assert all(isinstance(text, str) and text.strip() for text in texts.values()), key
    placeholders = {lang: _placeholders(text) for lang, text in texts.items()}
    assert placeholders["sv"] == placeholders["en"], f"{key}: {placeholders}"


def test_a_broken_entry_is_caught() -> None:
    # The check above can fail: a Swedish text that forgot a placeholder differs from its English.
    assert _placeholders("Filen {path} kunde inte läsas") != _placeholders(
        "The file {path} could not be read: {reason}"
    )
    assert _placeholders("{{weakest_blocks}} och {name}") == {"name"}


@pytest.mark.parametrize("key", sorted(k for k in MESSAGES if k.endswith(".one")))
def test_singular_forms_match_their_plural(key: str) -> None:
    plural = key.removesuffix(".one")
    assert plural in MESSAGES, f"{key} has no plural form {plural}"
    assert _placeholders(MESSAGES[key]["sv"]) == _placeholders(MESSAGES[plural]["sv"])
    assert "count" in _placeholders(MESSAGES[plural]["sv"])


def test_counts_choose_the_singular() -> None:
    assert render_count("cli.draft", "sv", 1) == "Utkast – 1 fråga saknar svar"
    assert render_count("cli.draft", "sv", 3) == "Utkast – 3 frågor saknar svar"
    assert render_count("cli.draft", "en", 1) == "Draft – 1 question has no answer"
    assert render_count("cli.draft", "en", 2) == "Draft – 2 questions have no answer"


def test_a_section_renders_its_keys_and_the_shared_words() -> None:
    words = Texts("pdf", "en")
    assert words("points_of", total=66, max=105) == "66 of 105 points"
    assert words.word("total") == "Total"
    assert Texts("pdf", "sv_SE").word("total") == "Summa"


def _sources() -> list[tuple[Path, str]]:
    return [(path, path.read_text(encoding="utf-8")) for path in sorted(PACKAGE.rglob("*.py"))]


_KEY_LITERAL = re.compile(r"""["']((?:[a-z_]+\.)+[a-z_]+)["']""")
_SECTION = re.compile(r"""Texts\(\s*["']([a-z_.]+)["']""")
_SECTION_CALL = re.compile(r"""\b(?:words|texts)(?:\.count)?\(\s*["']([a-z_]+)["']""")
_WORD_CALL = re.compile(r"""\.word\(\s*["']([a-z_]+)["']""")


def test_every_key_the_code_names_exists() -> None:
    prefixes = {key.split(".")[0] for key in MESSAGES}
    sections = {key.rsplit(".", 1)[0] for key in MESSAGES}
    missing = []
    for path, text in _sources():
        for key in _KEY_LITERAL.findall(text):
            if key.split(".")[0] in prefixes and key not in MESSAGES and key not in sections:
                missing.append(f"{path.name}: {key}")
        used = _SECTION.findall(text)
        for key in _SECTION_CALL.findall(text):
            if used and not any(f"{section}.{key}" in MESSAGES for section in used):
                missing.append(f"{path.name}: {used}.{key}")
        missing += [f"{path.name}: word.{key}" for key in _WORD_CALL.findall(text) if f"word.{key}" not in MESSAGES]
    assert missing == []


@pytest.mark.parametrize("section", ["pdf", "group_pdf", "form"])
def test_every_pdf_has_a_subject_and_a_footer(section: str) -> None:
    for lang in SUPPORTED_LANGUAGES:
        texts = Texts(section, lang)
        assert texts("subtitle")
        assert "{" not in texts("footer", version="1", title="T", date="2026-01-01")


def test_no_other_text_tables_in_the_outputs() -> None:
    # One catalogue: the old per-module tables (TEXTS, HEADERS, _SCORE_TEXT, _TEXT) are gone.
    tables = re.compile(r"^\s*(?:TEXTS|HEADERS|_SCORE_TEXT|_TEXT)\b.*=", re.MULTILINE)
    assert [path.name for path, text in _sources() if tables.search(text)] == []


def test_render_falls_back_to_swedish() -> None:
    assert render("word.total", "fi") == "Summa"


def test_names_holding_och_are_joined_so_that_the_list_still_reads_as_one() -> None:
    from samverkan_gui.core.messages import join_names

    assert join_names(["startförhållanden", "samverkansprocessen"], "sv") == "startförhållanden och samverkansprocessen"
    assert (
        join_names(["startförhållanden", "organisatorisk design och ledarskap", "samverkansprocessen"], "sv")
        == "startförhållanden, organisatorisk design och ledarskap samt samverkansprocessen"
    )
    assert (
        join_names(["organisational design and leadership", "the collaboration process"], "en")
        == "organisational design and leadership as well as the collaboration process"
    )
