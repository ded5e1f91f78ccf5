"""Hand-made hostile files: bombs, crashes and hangs that random fuzzing rarely hits.

Each case is bounded in time and memory (tracemalloc peak), and the deep
nesting case runs in a child process so that a C stack overflow would fail
this test instead of killing the whole test run.
"""

from __future__ import annotations

import os
import subprocess
import sys
import time
import tracemalloc
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from samverkan_gui.core.assessment import load_assessment, parse_assessment
from samverkan_gui.core.errors import AssessmentFileError, QuestionnaireError, SamverkanError
from samverkan_gui.core.loader import load_questionnaire, parse_questionnaire
from samverkan_gui.core.yamlio import MAX_FILE_BYTES

REPO = Path(__file__).resolve().parents[2]
HEADER = b"format: samverkan-assessment\nformat_version: 1\nquestionnaire: {id: testa-din-samverkan, version: 1}\n"
MB = 1024 * 1024

LOADERS: dict[str, Callable[[bytes], object]] = {
    "assessment": lambda data: parse_assessment(data, "hostile.samverkan"),
    "questionnaire": lambda data: parse_questionnaire(data, "hostile.yaml"),
}


@contextmanager
def bounded(seconds: float, megabytes: float) -> Iterator[None]:
    """Fail if the block takes longer or allocates more (Python heap peak) than given."""
    tracemalloc.start()
    started = time.perf_counter()
    try:
        yield
    finally:
        elapsed = time.perf_counter() - started
        _, peak = tracemalloc.get_traced_memory()
        tracemalloc.stop()
    assert elapsed < seconds, f"took {elapsed:.1f} s"
    assert peak < megabytes * MB, f"peak {peak / MB:.0f} MB"


def refusal(load: Callable[[bytes], object], data: bytes) -> SamverkanError:
    with pytest.raises(SamverkanError) as caught:
        load(data)
    for lang in ("sv", "en"):
        assert caught.value.message(lang).strip()
    return caught.value


def billion_laughs(levels: int = 9) -> bytes:
    lines = [b'a0: &a0 "lol"']
    for level in range(1, levels + 1):
        refs = b", ".join([b"*a%d" % (level - 1)] * 10)
        lines.append(b"a%d: &a%d [%s]" % (level, level, refs))
    return HEADER + b"\n".join(lines) + b"\n"


@pytest.mark.parametrize("kind", LOADERS)
def test_billion_laughs_is_refused_without_expanding(kind: str) -> None:
    with bounded(seconds=2, megabytes=8):
        error = refusal(LOADERS[kind], billion_laughs())
    assert error.key == "file.alias"
    assert "YAML-referenser" in error.message("sv")


@pytest.mark.parametrize("kind", LOADERS)
def test_alias_in_a_merge_key_is_refused(kind: str) -> None:
    error = refusal(LOADERS[kind], HEADER + b"base: &b {x: 1}\nanswers:\n  <<: *b\n")
    assert error.key in {"file.alias", "file.tag"}  # the merge key's own tag is met first


@pytest.mark.parametrize(
    "tag",
    [
        "!!python/object/apply:os.system ['touch pwned']",
        "!!python/object/new:os.system ['touch pwned']",
        "!!python/name:os.system",
        "!!python/module:os",
        "!!python/object:builtins.object {}",
        "!!binary aGVsbG8=",
        "!!set {a, b}",
        "!!omap [a: 1]",
        "!local thing",
        "!<tag:example.com,2000:x> thing",
    ],
)
@pytest.mark.parametrize("kind", LOADERS)
def test_foreign_tags_are_refused_and_never_run(kind: str, tag: str, tmp_path: Path, monkeypatch) -> None:
    monkeypatch.chdir(tmp_path)
    error = refusal(LOADERS[kind], HEADER + f"collaboration: {tag}\n".encode())
    assert error.key == "file.tag"
    assert not (tmp_path / "pwned").exists()


NESTINGS = {
    "flow lists": lambda n: b"[" * n + b"]" * n,
    "flow maps": lambda n: b"{a: " * n + b"1" + b"}" * n,
    "block lists": lambda n: b"- " * n + b"x",
    "block maps": lambda n: b"".join(b" " * i + b"k:\n" for i in range(n)) + b" " * n + b"v\n",
}


@pytest.mark.parametrize("shape", NESTINGS)
@pytest.mark.parametrize("kind", LOADERS)
def test_deep_nesting_is_refused(kind: str, shape: str) -> None:
    error = refusal(LOADERS[kind], HEADER + b"notes: " + NESTINGS[shape](40) + b"\n")
    assert error.key in {"file.too_deep", "file.not_yaml"}


def test_very_deep_nesting_does_not_crash_the_process() -> None:
    """100,000 brackets overflowed libyaml's recursive composer (a segfault) before the fix."""
    code = (
        "from samverkan_gui.core.assessment import parse_assessment\n"
        "from samverkan_gui.core.loader import parse_questionnaire\n"
        "from samverkan_gui.core.errors import SamverkanError\n"
        "for n in (100_000, 1_000_000):\n"
        "    for data in (b'[' * n + b']' * n, b'{a: ' * n + b'1' + b'}' * n, b'- ' * n + b'x'):\n"
        "        for load in (lambda d: parse_assessment(d, 'x'), parse_questionnaire):\n"
        "            try:\n"
        "                load(data)\n"
        "            except SamverkanError as exc:\n"
        "                assert exc.key == 'file.too_deep', exc.key\n"
        "print('survived')\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], cwd=REPO, capture_output=True, text=True, timeout=60, check=False
    )
    assert done.returncode == 0, f"exit {done.returncode}: {done.stderr[-2000:]}"
    assert done.stdout.strip() == "survived"


def run_child(code: str) -> tuple[float, float, str]:
    """Run ``code`` in a fresh interpreter; its load time, peak RSS in MB and output.

    Peak RSS (VmHWM) counts libyaml's C allocations too, which tracemalloc cannot see.
    """
    wrapper = (
        "import time, sys\n"
        "from samverkan_gui.core.errors import SamverkanError\n"
        f"{code}\n"
        "started = time.perf_counter()\n"
        "try:\n"
        "    load(data)\n"
        "    outcome = 'loaded'\n"
        "except SamverkanError as exc:\n"
        "    outcome = exc.key\n"
        "elapsed = time.perf_counter() - started\n"
        "hwm = [l for l in open('/proc/self/status') if l.startswith('VmHWM')][0].split()[1]\n"
        "print(elapsed, int(hwm) / 1024, outcome)\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", wrapper], cwd=REPO, capture_output=True, text=True, timeout=120, check=False
    )
    assert done.returncode == 0, done.stderr[-2000:]
    elapsed, peak, outcome = done.stdout.split()
    return float(elapsed), float(peak), outcome


needs_proc = pytest.mark.skipif(not Path("/proc/self/status").exists(), reason="needs /proc")
KINDS_CODE = {
    "assessment": "from samverkan_gui.core.assessment import parse_assessment\nload = lambda d: parse_assessment(d, 'x')",
    "questionnaire": "from samverkan_gui.core.loader import parse_questionnaire as load",
}


@needs_proc
@pytest.mark.parametrize("kind", LOADERS)
def test_a_list_of_millions_of_values_is_refused_quickly(kind: str) -> None:
    """A 5 MB flow list took a minute and 2.5 GB before the node limit."""
    code = KINDS_CODE[kind] + "\ndata = b'[' + b'1,' * (5 * 1024 * 1024 // 2 - 4) + b'1]'"
    elapsed, peak_mb, outcome = run_child(code)
    assert outcome == "file.too_many_nodes"
    assert elapsed < 5
    assert peak_mb < 250


@needs_proc
def test_a_mapping_of_hundreds_of_thousands_of_keys_is_refused_quickly() -> None:
    code = (
        KINDS_CODE["assessment"] + "\nheader = b'format: samverkan-assessment\\nformat_version: 1\\n'"
        "\ndata = header + b'answers: {' + b', '.join(b'k%d: 1' % i for i in range(400_000)) + b'}'"
    )
    elapsed, peak_mb, outcome = run_child(code)
    assert outcome == "file.too_many_nodes"
    assert elapsed < 5
    assert peak_mb < 250


def test_huge_scalar_note_under_the_limit_loads_within_bounds() -> None:
    note = "å" * (2 * MB)  # 4 MB of UTF-8
    data = HEADER + b"notes:\n  utfall: '" + note.encode() + b"'\n"
    assert len(data) < MAX_FILE_BYTES
    with bounded(seconds=10, megabytes=64):
        loaded = parse_assessment(data, "big.samverkan")
    assert loaded.notes["utfall"] == note


def test_huge_number_is_a_clear_error() -> None:
    error = refusal(LOADERS["assessment"], HEADER + b"answers: {start-1: " + b"9" * 100_000 + b"}\n")
    assert error.key == "schema.location"
    assert "heltal" in error.message("sv") or "text" in error.message("sv")
    assert len(error.message("sv")) < 1_000


def test_huge_unknown_key_gives_a_short_message() -> None:
    error = refusal(LOADERS["assessment"], HEADER + b"answers:\n  ? " + b"x" * 1_000_000 + b"\n  : 1\n")
    message = error.message("en")
    assert "does not exist in the questionnaire" in message
    assert len(message) < 1_000


@pytest.mark.parametrize(
    ("load", "error_cls"), [(load_assessment, AssessmentFileError), (load_questionnaire, QuestionnaireError)]
)
def test_file_over_the_size_limit_is_refused_without_reading_it(tmp_path: Path, load, error_cls) -> None:
    path = tmp_path / "huge.samverkan"
    with path.open("wb") as stream:
        stream.write(HEADER)
        stream.truncate(MAX_FILE_BYTES + 1)  # sparse: big on paper, nothing to read
    with bounded(seconds=2, megabytes=1), pytest.raises(error_cls) as caught:
        load(path)
    assert caught.value.key == "file.too_large"
    assert "för stor" in caught.value.message("sv")
    assert "too large" in caught.value.message("en")


def test_file_of_100_mb_is_refused_without_reading_it(tmp_path: Path) -> None:
    path = tmp_path / "huge.samverkan"
    with path.open("wb") as stream:
        stream.truncate(100 * MB)
    with bounded(seconds=2, megabytes=1), pytest.raises(AssessmentFileError) as caught:
        load_assessment(path)
    assert "100.0 MB" in caught.value.message("en")


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="POSIX pipes only")
def test_named_pipe_is_refused_not_waited_on(tmp_path: Path) -> None:
    pipe = tmp_path / "pipe.samverkan"
    os.mkfifo(pipe)
    with bounded(seconds=2, megabytes=1), pytest.raises(AssessmentFileError) as caught:
        load_assessment(pipe)
    assert "ingen vanlig fil" in caught.value.message("sv")


@pytest.mark.skipif(not Path("/dev/zero").exists(), reason="needs /dev/zero")
def test_endless_device_is_refused(tmp_path: Path) -> None:
    link = tmp_path / "zero.samverkan"
    link.symlink_to("/dev/zero")
    with bounded(seconds=2, megabytes=1), pytest.raises(AssessmentFileError) as caught:
        load_assessment(link)
    assert "not a regular file" in caught.value.message("en")


def test_folder_is_refused_in_the_users_language(tmp_path: Path) -> None:
    folder = tmp_path / "mapp.samverkan"
    folder.mkdir()
    with pytest.raises(AssessmentFileError) as caught:
        load_assessment(folder)
    assert "det är en mapp" in caught.value.message("sv")
    assert "it is a folder" in caught.value.message("en")


def test_two_documents_in_one_file_are_refused_in_the_users_language() -> None:
    error = refusal(LOADERS["assessment"], HEADER + b"---\n" + HEADER)
    assert "mer än ett YAML-dokument" in error.message("sv")
    assert "more than one YAML document" in error.message("en")


@pytest.mark.parametrize(
    ("data", "line", "swedish", "english"),
    [
        (b"a: b: c", 1, "ett kolon (:) står där det inte får stå", "a colon (:) where none is allowed"),
        (b"a: [1, 2", 2, "ett kommatecken eller ] saknas", "a comma or ] is missing"),
        (b"a: {x: 1", 2, "ett kommatecken eller } saknas", "a comma or } is missing"),
        (b'a: "text', 1, "filen tar slut mitt i ett värde", "the file ends in the middle of a value"),
        (b'ok: 1\na: "x\x07"', 2, "otillåtna kontrolltecken", "control characters that are not allowed"),
        (b"@x", 1, "ett tecken som inte får inleda ett värde", "a character that cannot start a value"),
        (b'a: "\\q"', 1, "okänd teckenkod efter", "an unknown escape"),
        (b"a:\n\tb: 1", 2, "ett tecken som inte får inleda", "a character that cannot start"),
        (b"a: 1\n b: 2", 2, "ett kolon (:) står där", "a colon (:) where"),
        (b"- a\nb: 1", 2, "", ""),
    ],
)
def test_yaml_syntax_errors_are_explained_in_the_users_language(data: bytes, line: int, swedish: str, english: str):
    error = refusal(LOADERS["assessment"], data)
    assert error.key == "file.not_yaml"
    sv, en = error.message("sv"), error.message("en")
    assert f"(rad {line})" in sv
    assert f"(line {line})" in en
    assert swedish in sv
    assert english in en
    assert "felaktig YAML (" not in sv, f"an untranslated parser message: {sv}"
