"""The questionnaire index: the start view's titles without a YAML parse, never stale."""

from __future__ import annotations

import json
import os
import shutil
from pathlib import Path

import pytest

from samverkan_gui.core import paths
from samverkan_gui.core.qindex import QuestionnaireHeader, read_index, write_index
from samverkan_gui.core.registry import QuestionnaireRegistry


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    """A questionnaire folder holding a copy of the shipped questionnaire."""
    target = tmp_path / "questionnaires"
    target.mkdir()
    for file in paths.questionnaires_dir().glob("*.yaml"):
        shutil.copy2(file, target / file.name)
    return target


def _indexed(tmp_path: Path, folder: Path) -> tuple[Path, QuestionnaireRegistry]:
    registry = QuestionnaireRegistry.discover([folder])
    index = tmp_path / "data" / "questionnaire-index.json"
    assert write_index(index, registry.questionnaires, [folder])
    return index, registry


def test_the_index_gives_back_what_the_registry_loaded(tmp_path: Path, folder: Path) -> None:
    index, registry = _indexed(tmp_path, folder)
    headers = read_index(index, [folder])
    assert headers == [QuestionnaireHeader(q.id, q.version, q.title) for q in registry.questionnaires]
    assert headers[0].title.get("sv") == "Testa din samverkan!"
    assert headers[0].title.get("en") == "Test your collaboration!"
    assert headers[0].key == registry.default().key


def test_a_changed_file_makes_the_index_stale(tmp_path: Path, folder: Path) -> None:
    index, _registry = _indexed(tmp_path, folder)
    file = next(folder.glob("*.yaml"))
    file.write_text(file.read_text(encoding="utf-8").replace("Testa din samverkan!", "Vår variant"), encoding="utf-8")
    assert read_index(index, [folder]) is None


def test_a_touched_file_of_the_same_size_makes_the_index_stale(tmp_path: Path, folder: Path) -> None:
    index, _registry = _indexed(tmp_path, folder)
    file = next(folder.glob("*.yaml"))
    status = file.stat()
    os.utime(file, ns=(status.st_atime_ns, status.st_mtime_ns + 1_000_000_000))
    assert read_index(index, [folder]) is None


def test_an_added_or_removed_file_makes_the_index_stale(tmp_path: Path, folder: Path) -> None:
    index, _registry = _indexed(tmp_path, folder)
    extra = folder / "egen.yml"
    extra.write_text("format: samverkan-questionnaire\n", encoding="utf-8")
    assert read_index(index, [folder]) is None
    extra.unlink()
    assert read_index(index, [folder]) is not None
    next(folder.glob("*.yaml")).unlink()
    assert read_index(index, [folder]) is None


def test_another_app_version_or_format_makes_the_index_stale(tmp_path: Path, folder: Path) -> None:
    index, _registry = _indexed(tmp_path, folder)
    data = json.loads(index.read_text(encoding="utf-8"))
    for key, value in (("app_version", "0.0.1"), ("format_version", 99), ("format", "something-else")):
        index.write_text(json.dumps({**data, key: value}), encoding="utf-8")
        assert read_index(index, [folder]) is None, key


@pytest.mark.parametrize(
    "text",
    [
        "",
        "not json",
        "[]",
        '{"format": "samverkan-questionnaire-index"}',
        "\x00\x01",
    ],
)
def test_a_missing_or_damaged_index_means_a_full_load(tmp_path: Path, folder: Path, text: str) -> None:
    index = tmp_path / "questionnaire-index.json"
    assert read_index(index, [folder]) is None
    index.write_text(text, encoding="utf-8")
    assert read_index(index, [folder]) is None


def test_an_index_with_damaged_entries_is_not_used(tmp_path: Path, folder: Path) -> None:
    index, _registry = _indexed(tmp_path, folder)
    data = json.loads(index.read_text(encoding="utf-8"))
    for entries in (
        [],
        [{"id": "x"}],
        [{"id": "x", "version": "one", "title": {}}],
        [{"id": "x", "version": 1, "title": {"sv": 3}}],
    ):
        index.write_text(json.dumps({**data, "questionnaires": entries}), encoding="utf-8")
        assert read_index(index, [folder]) is None, entries


def test_an_unwritable_index_is_only_a_slower_start(tmp_path: Path, folder: Path) -> None:
    blocker = tmp_path / "file-not-folder"
    blocker.write_text("x", encoding="utf-8")
    registry = QuestionnaireRegistry.discover([folder])
    assert not write_index(blocker / "questionnaire-index.json", registry.questionnaires, [folder])
