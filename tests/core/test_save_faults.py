"""Failure injection on save: the previous file survives byte for byte and the user is told why.

Faults are injected where the operating system reports them (``mkstemp``,
``write``, ``fsync``, ``replace``), plus a real full disk (a 64 kB tmpfs,
when mounting is allowed) and real processes killed with SIGKILL mid-save.
"""

from __future__ import annotations

import errno
import os
import random
import shutil
import signal
import subprocess
import sys
import time
import types
from collections.abc import Iterator
from pathlib import Path

import pytest

from samverkan_gui.core import atomic
from samverkan_gui.core.assessment import Assessment, dump_assessment, load_assessment, save_assessment
from samverkan_gui.core.atomic import atomic_write
from samverkan_gui.core.errors import SaveError
from samverkan_gui.core.registry import shipped_registry

Q = shipped_registry().default()
REPO = Path(__file__).resolve().parents[2]


def assessment(note: str = "Första versionen.") -> Assessment:
    a = Assessment.new(Q, collaboration="Samverkan kring unga", respondent="Åsa")
    for qid in Q.question_ids:
        a = a.with_answer(qid, 3)
    return a.with_note("utfall", note)


@pytest.fixture
def saved(tmp_path: Path) -> tuple[Path, bytes]:
    """A folder holding one saved assessment, and that file's bytes."""
    folder = tmp_path / "Mina bedömningar"
    folder.mkdir()
    path = folder / "bedömning.samverkan"
    save_assessment(path, assessment(), Q)
    return path, path.read_bytes()


def assert_untouched(path: Path, before: bytes) -> None:
    assert path.read_bytes() == before
    assert sorted(p.name for p in path.parent.iterdir()) == [path.name], "a temporary file was left behind"
    load_assessment(path)


def save_changed(path: Path) -> SaveError:
    with pytest.raises(SaveError) as caught:
        save_assessment(path, assessment("Andra versionen, som inte gick att spara."), Q)
    return caught.value


def oserror(code: int) -> OSError:
    return OSError(code, os.strerror(code))


# --- where the OS reports the fault -------------------------------------------------


class FailingStream:
    """A file object whose write fails after the first few bytes, like a disk filling up."""

    def __init__(self, real, error: OSError) -> None:
        self._real = real
        self._error = error

    def write(self, data: bytes) -> int:
        self._real.write(data[:10])
        raise self._error

    def __getattr__(self, name: str):
        return getattr(self._real, name)

    def __enter__(self):
        return self

    def __exit__(self, *exc_info) -> None:
        self._real.close()


@pytest.mark.parametrize("code", [errno.ENOSPC, errno.EDQUOT])
def test_disk_full_while_writing(saved, monkeypatch, code: int) -> None:
    path, before = saved
    real_fdopen = os.fdopen
    monkeypatch.setattr(atomic.os, "fdopen", lambda fd, mode: FailingStream(real_fdopen(fd, mode), oserror(code)))
    error = save_changed(path)
    assert_untouched(path, before)
    assert "disken är full" in error.message("sv")
    assert "Den tidigare versionen av filen är orörd" in error.message("sv")
    assert "the disk is full" in error.message("en")
    assert "The previous version of the file is untouched" in error.message("en")


def test_disk_full_reported_at_fsync(saved, monkeypatch) -> None:
    """Linux often reports a full disk only when the data is flushed."""
    path, before = saved

    def fsync(fd: int) -> None:
        raise oserror(errno.ENOSPC)

    monkeypatch.setattr(atomic.os, "fsync", fsync)
    error = save_changed(path)
    assert_untouched(path, before)
    assert "disken är full" in error.message("sv")


@pytest.mark.parametrize(
    ("exc", "sv", "en"),
    [
        (PermissionError(errno.EACCES, "Permission denied"), "ni saknar behörighet", "you do not have permission"),
        (PermissionError(errno.EPERM, "Operation not permitted"), "ni saknar behörighet", "you do not have permission"),
        (OSError(errno.EROFS, "Read-only file system"), "skrivskyddad", "read-only"),
    ],
)
def test_no_permission_to_create_the_temporary_file(saved, monkeypatch, exc, sv: str, en: str) -> None:
    path, before = saved

    def mkstemp(*args, **kwargs):
        raise exc

    monkeypatch.setattr(atomic.tempfile, "mkstemp", mkstemp)
    error = save_changed(path)
    assert_untouched(path, before)
    assert sv in error.message("sv")
    assert en in error.message("en")


@pytest.mark.parametrize(
    ("code", "sv", "en"),
    [
        (errno.EACCES, "ni saknar behörighet", "you do not have permission"),
        (errno.EBUSY, "används av ett annat program", "in use by another program"),
        (errno.EXDEV, "kunde inte sparas", "could not be saved"),
        (errno.EIO, "svarade med ett fel", "reported an error"),
    ],
)
def test_final_replace_fails(saved, monkeypatch, code: int, sv: str, en: str) -> None:
    path, before = saved

    def replace(source, target) -> None:
        raise PermissionError(code, os.strerror(code)) if code == errno.EACCES else oserror(code)

    monkeypatch.setattr(atomic.os, "replace", replace)
    error = save_changed(path)
    assert_untouched(path, before)
    assert sv in error.message("sv")
    assert en in error.message("en")
    assert str(path) in error.message("sv")


def test_replace_blocked_briefly_on_windows_is_retried(saved, monkeypatch) -> None:
    """A virus scanner holding the file for a moment must not lose the save."""
    path, _ = saved
    real_replace = os.replace
    attempts = []

    def replace(source, target) -> None:
        attempts.append(target)
        if len(attempts) < 3:
            raise PermissionError(errno.EACCES, "Access is denied")
        real_replace(source, target)

    monkeypatch.setattr(atomic, "sys", types.SimpleNamespace(platform="win32"))
    monkeypatch.setattr(atomic.os, "replace", replace)
    monkeypatch.setattr(atomic, "_RETRY_DELAY_S", 0.001)
    saved_copy = save_assessment(path, assessment("Sparad trots virusskannern."), Q)
    assert len(attempts) == 3
    assert load_assessment(path) == saved_copy
    assert sorted(p.name for p in path.parent.iterdir()) == [path.name]


def test_replace_blocked_for_good_on_windows_gives_up_cleanly(saved, monkeypatch) -> None:
    path, before = saved

    def replace(source, target) -> None:
        raise PermissionError(errno.EACCES, "Access is denied")

    monkeypatch.setattr(atomic, "sys", types.SimpleNamespace(platform="win32"))
    monkeypatch.setattr(atomic.os, "replace", replace)
    monkeypatch.setattr(atomic, "_RETRY_DELAY_S", 0.001)
    error = save_changed(path)
    assert_untouched(path, before)
    assert "ni saknar behörighet" in error.message("sv")


def test_folder_removed_before_saving(saved) -> None:
    path, _ = saved
    shutil.rmtree(path.parent)
    error = save_changed(path)
    assert not path.parent.exists()
    assert "mappen finns inte" in error.message("sv")
    assert "the folder does not exist" in error.message("en")


def test_folder_removed_between_temp_file_and_replace(saved, monkeypatch) -> None:
    path, _ = saved
    real_replace = os.replace

    def replace(source, target) -> None:
        shutil.rmtree(Path(target).parent)
        real_replace(source, target)

    monkeypatch.setattr(atomic.os, "replace", replace)
    error = save_changed(path)
    assert "mappen finns inte" in error.message("sv")
    assert not path.parent.exists()


def test_saving_over_a_folder_is_refused(tmp_path: Path) -> None:
    target = tmp_path / "bedömning.samverkan"
    target.mkdir()
    (target / "inuti.txt").write_text("orörd")
    error = save_changed(target)
    assert (target / "inuti.txt").read_text() == "orörd"
    assert "det finns redan en mapp med det namnet" in error.message("sv")
    assert "a folder with that name already exists" in error.message("en")
    assert sorted(p.name for p in tmp_path.iterdir()) == [target.name]


def test_file_name_too_long(tmp_path: Path) -> None:
    error = save_changed(tmp_path / ("å" * 300 + ".samverkan"))
    assert "filnamnet är för långt" in error.message("sv")
    assert list(tmp_path.iterdir()) == []


def test_read_only_file_keeps_its_mode_after_a_save(saved) -> None:
    """A file the user made read-only stays read-only (root can still replace it)."""
    path, _ = saved
    path.chmod(0o444)
    save_assessment(path, assessment("Ny text."), Q)
    assert path.stat().st_mode & 0o777 == 0o444


def test_non_os_failure_while_writing_leaves_no_temp_file(saved, monkeypatch) -> None:
    """Even an unexpected error (not an OSError) cleans up and keeps the old file."""
    path, before = saved

    def fsync(fd: int) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr(atomic.os, "fsync", fsync)
    with pytest.raises(KeyboardInterrupt):
        save_assessment(path, assessment("avbruten"), Q)
    assert_untouched(path, before)


# --- a real full disk ------------------------------------------------------------------


@pytest.fixture
def tiny_disk(tmp_path: Path) -> Iterator[Path]:
    """A 64 kB tmpfs (needs root and a kernel that lets us mount); skipped otherwise."""
    mount_point = tmp_path / "liten-disk"
    mount_point.mkdir()
    if not sys.platform.startswith("linux") or os.geteuid() != 0 or shutil.which("mount") is None:
        pytest.skip("mounting a tmpfs needs root on Linux")
    done = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", "size=64k", "tmpfs", str(mount_point)], capture_output=True, check=False
    )
    if done.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here: {done.stderr.decode(errors='replace').strip()}")
    try:
        yield mount_point
    finally:
        subprocess.run(["umount", str(mount_point)], check=False)


def test_real_full_disk(tiny_disk: Path) -> None:
    path = tiny_disk / "bedömning.samverkan"
    save_assessment(path, assessment(), Q)
    before = path.read_bytes()
    with pytest.raises(SaveError) as caught:
        save_assessment(path, assessment("ö" * 40_000), Q)  # 80 kB of UTF-8 cannot fit
    assert_untouched(path, before)
    assert "disken är full" in caught.value.message("sv")
    assert "the disk is full" in caught.value.message("en")


# --- killed in the middle of writing ------------------------------------------------------

WRITER = """
import sys, itertools
from pathlib import Path
from samverkan_gui.core.assessment import Assessment, save_assessment
from samverkan_gui.core.registry import shipped_registry
q = shipped_registry().default()
path = Path(sys.argv[1])
base = Assessment.new(q, collaboration="Autosparad")
for qid in q.question_ids:
    base = base.with_answer(qid, 2)
print("ready", flush=True)
for round in itertools.count():
    # About 2 MB per save, so that the kill often lands inside write/fsync.
    note = f"runda {round} " + "å" * 1_000_000
    save_assessment(path, base.with_note("utfall", note), q)
"""


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="POSIX signals")
def test_process_killed_mid_save_leaves_a_loadable_file(tmp_path: Path) -> None:
    path = tmp_path / "autosave.samverkan"
    save_assessment(path, assessment("före allt"), Q)
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    rng = random.Random(1234)
    rounds_seen: set[str] = set()
    for _ in range(12):
        child = subprocess.Popen(
            [sys.executable, "-c", WRITER, str(path)], cwd=REPO, env=env, stdout=subprocess.PIPE, text=True
        )
        assert child.stdout is not None
        assert child.stdout.readline().strip() == "ready"
        time.sleep(rng.uniform(0.0, 0.4))
        child.send_signal(signal.SIGKILL)
        child.wait(timeout=10)
        child.stdout.close()
        loaded = load_assessment(path)  # never a broken file
        assert loaded.collaboration in {"Samverkan kring unga", "Autosparad"}
        note = loaded.notes["utfall"]
        assert note == "före allt" or (note.startswith("runda ") and note.endswith("å" * 1_000_000))
        rounds_seen.add(note.split(" ")[0] + (note.split(" ")[1] if note.startswith("runda") else ""))
        for leftover in tmp_path.glob(f".{path.name}.*.tmp"):
            # What a kill leaves is a stray temp file, never the document itself.
            leftover.unlink()
    assert len(rounds_seen) > 1, "the writer never finished a save: the kill timing tests nothing"


READER = """
import sys, time
path, *versions = sys.argv[1:]
whole = {open(v, 'rb').read() for v in versions}
end = time.monotonic() + 1.5
reads = 0
while time.monotonic() < end:
    data = open(path, 'rb').read()
    reads += 1
    if data not in whole:
        print('torn', len(data)); sys.exit(1)
print('whole', reads)
"""


def test_a_reader_never_sees_a_half_written_file(tmp_path: Path) -> None:
    """Another process polling the file during many saves sees only whole versions."""
    path = tmp_path / "delad.samverkan"
    versions = [dump_assessment(assessment(f"version {i} " + "x" * 50_000), Q) for i in range(3)]
    copies = []
    for i, data in enumerate(versions):
        copies.append(tmp_path / f"v{i}")
        copies[-1].write_bytes(data)
    atomic_write(path, versions[0])
    reader = subprocess.Popen(
        [sys.executable, "-c", READER, str(path), *map(str, copies)], stdout=subprocess.PIPE, text=True
    )
    saves = 0
    end = time.monotonic() + 1.5
    while time.monotonic() < end:
        atomic_write(path, versions[saves % 3])
        saves += 1
    out, _ = reader.communicate(timeout=10)
    assert reader.returncode == 0, out
    assert out.startswith("whole")
    assert saves > 3


def test_temp_files_left_by_a_killed_save_are_removed_by_the_next_save(saved) -> None:
    path, _ = saved
    stale = path.parent / f".{path.name}.abc123.tmp"
    fresh = path.parent / f".{path.name}.def456.tmp"  # perhaps another save in progress right now
    other = path.parent / ".annan.samverkan.xyz.tmp"
    for leftover in (stale, fresh, other):
        leftover.write_bytes(b"half a save")
    old = time.time() - atomic.STALE_TEMP_S - 60
    os.utime(stale, (old, old))
    os.utime(other, (old, old))
    save_assessment(path, assessment("Efter en krasch."), Q)
    assert not stale.exists()
    assert fresh.exists(), "a recent temp file may belong to a save in progress"
    assert other.exists(), "temp files of other documents are not ours to remove"
    assert load_assessment(path).notes["utfall"] == "Efter en krasch."
