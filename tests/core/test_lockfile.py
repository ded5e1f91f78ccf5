"""Lock files beside open documents: who, where, since when; stale ones recognised."""

from __future__ import annotations

import datetime as dt
import os
import subprocess
import sys
from pathlib import Path

import pytest

from samverkan_gui.core import lockfile
from samverkan_gui.core.atomic import atomic_write
from samverkan_gui.core.errors import SaveError


def test_lock_file_sits_beside_the_document_named_like_libreoffice(tmp_path: Path) -> None:
    document = tmp_path / "Trygg hemgång.samverkan"
    lock = lockfile.DocumentLock.acquire(document)
    assert lock is not None
    assert lock.path == tmp_path / ".~lock.Trygg hemgång.samverkan#"
    fields = lock.path.read_text(encoding="utf-8").strip().split(",")
    assert fields[0] == "Samverkan" and fields[4] == str(os.getpid())
    assert dt.datetime.fromisoformat(fields[3]).tzinfo is not None
    info = lockfile.read_lock(document)
    assert info == lock.info
    lock.release()
    assert not lock.path.exists()
    assert list(tmp_path.iterdir()) == []


def test_a_second_lock_in_the_same_process_is_refused_until_released(tmp_path: Path) -> None:
    document = tmp_path / "a.samverkan"
    first = lockfile.DocumentLock.acquire(document)
    assert first is not None
    assert lockfile.held_by_other(document) == first.info
    assert lockfile.DocumentLock.acquire(document) is None
    first.release()
    assert lockfile.held_by_other(document) is None
    again = lockfile.DocumentLock.acquire(document)
    assert again is not None
    again.release()


def test_a_dead_process_on_this_machine_leaves_a_stale_lock(tmp_path: Path) -> None:
    done = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True, text=True)
    dead_pid = int(done.stdout)
    document = tmp_path / "a.samverkan"
    mine = lockfile.LockInfo.mine()
    lockfile.lock_path(document).write_text(
        lockfile.LockInfo(mine.user, mine.machine, mine.since, dead_pid).format(), encoding="utf-8"
    )
    assert lockfile.read_lock(document).is_stale()
    assert lockfile.held_by_other(document) is None
    taken = lockfile.DocumentLock.acquire(document)
    assert taken is not None and lockfile.read_lock(document).pid == os.getpid()
    taken.release()


def test_another_machine_is_trusted_for_a_week(tmp_path: Path) -> None:
    now = dt.datetime(2026, 12, 1, 12, 0, tzinfo=dt.UTC)
    info = lockfile.LockInfo("kerstin", "ANNAN-PC", now - dt.timedelta(days=6), 1)
    assert not info.is_stale(now=now)
    assert lockfile.LockInfo("kerstin", "ANNAN-PC", now - dt.timedelta(days=8), 1).is_stale(now=now)


@pytest.mark.parametrize(
    "text", ["", "garbage", "Samverkan,a,b,not-a-date,1", ",kerstin,PC,,", "Samverkan,a,b,2026-12-01T10:00:00,x"]
)
def test_a_damaged_or_foreign_lock_counts_as_none(tmp_path: Path, text: str) -> None:
    document = tmp_path / "a.samverkan"
    lockfile.lock_path(document).write_text(text, encoding="utf-8")
    assert lockfile.read_lock(document) is None
    assert lockfile.held_by_other(document) is None


def test_release_leaves_a_lock_someone_took_over(tmp_path: Path) -> None:
    document = tmp_path / "a.samverkan"
    lock = lockfile.DocumentLock.acquire(document)
    assert lock is not None
    other = lockfile.LockInfo("kerstin", "ANNAN-PC", lock.info.since, 7)
    lock.path.write_text(other.format(), encoding="utf-8")
    lock.release()
    assert lockfile.read_lock(document) == other


def test_save_failure_mentions_a_previous_version_only_when_there_was_one(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from samverkan_gui.core import atomic

    missing = tmp_path / "saknas" / "ny.samverkan"
    with pytest.raises(SaveError) as new_file:
        atomic_write(missing, b"x")
    assert new_file.value.key == "save.failed_new"
    assert new_file.value.message("sv").startswith("Filen ")
    assert "tidigare versionen" not in new_file.value.message("sv")
    assert "previous version" not in new_file.value.message("en")
    existing = tmp_path / "finns.samverkan"
    existing.write_bytes(b"old")

    def full(_src: str, _dst: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(atomic.os, "replace", full)
    with pytest.raises(SaveError) as old_file:
        atomic_write(existing, b"new")
    assert old_file.value.key == "save.failed"
    assert "Den tidigare versionen av filen är orörd" in old_file.value.message("sv")
    assert existing.read_bytes() == b"old"
