"""A walk's transcript against its committed reference (no Orca needed: the steps are made up)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.screenreader import walks
from tests.screenreader.desktop import Step, Utterance
from tests.screenreader.walks import Walk


@pytest.fixture
def folders(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[Path, Path]:
    references, transcripts = tmp_path / "references", tmp_path / "build"
    references.mkdir()
    monkeypatch.setattr(walks, "REFERENCES", references)
    monkeypatch.setattr(walks, "TRANSCRIPTS", transcripts)
    monkeypatch.setattr(walks, "UPDATE", False)
    return references, transcripts


def _walk(*said: str) -> Walk:
    walk = Walk("start", "sv", desktop=None)  # type: ignore[arg-type]
    walk.steps.append(Step("Return", [Utterance("key", "return"), *(Utterance("say", text) for text in said)]))
    return walk


def test_a_run_goes_to_its_own_folder_not_the_references(folders: tuple[Path, Path]) -> None:
    references, transcripts = folders
    path = _walk("Block 1 av 4").save()
    assert path == transcripts / "start-sv.txt"
    assert "    Block 1 av 4\n" in path.read_text(encoding="utf-8")
    assert list(references.iterdir()) == []


def test_the_default_folder_is_ignored_by_git() -> None:
    # A run leaves `git status` as it was.
    assert walks.DEFAULT_TRANSCRIPTS.parent == walks.ROOT / "build"
    assert "/build/" in (walks.ROOT / ".gitignore").read_text(encoding="utf-8").splitlines()


def test_the_same_speech_matches(folders: tuple[Path, Path]) -> None:
    references, _ = folders
    (references / "start-sv.txt").write_text(_walk("Block 1 av 4", "Fråga 1 av 5").transcript(), encoding="utf-8")
    assert _walk("Block 1 av 4", "Fråga 1 av 5").differences() == ""


def test_changed_speech_is_shown_as_a_diff(folders: tuple[Path, Path]) -> None:
    references, transcripts = folders
    (references / "start-sv.txt").write_text(_walk("Block 1 av 4", "Fråga 1 av 5").transcript(), encoding="utf-8")
    message = _walk("Namnlös – Samverkan", "Block 1 av 4", "Fråga 1 av 5").differences()
    assert "+    Namnlös – Samverkan\n" in message
    assert " (committed)" in message and " (this run)" in message
    assert "SAMVERKAN_SR_UPDATE=1" in message
    assert (transcripts / "start-sv.txt").exists()  # the run's transcript, to look at


def test_a_missing_reference_fails(folders: tuple[Path, Path]) -> None:
    assert "no reference" in _walk("Block 1 av 4").differences()


def test_update_rewrites_the_reference(folders: tuple[Path, Path], monkeypatch: pytest.MonkeyPatch) -> None:
    references, _ = folders
    (references / "start-sv.txt").write_text("old\n", encoding="utf-8")
    monkeypatch.setattr(walks, "UPDATE", True)
    walk = _walk("Block 1 av 4")
    assert walk.differences() == ""
    assert (references / "start-sv.txt").read_text(encoding="utf-8") == walk.transcript()
