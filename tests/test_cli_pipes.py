"""``samverkan score … | head -1``: when the reader goes away, the command stops quietly."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import EXAMPLES, REPO


def _run_into_closed_pipe(*args: str) -> tuple[int, str]:
    """Run ``samverkan ARGS`` with a stdout pipe whose only reader is already closed."""
    with subprocess.Popen(
        [sys.executable, "-m", "samverkan_gui", *args],
        cwd=REPO,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    ) as child:
        assert child.stdout is not None and child.stderr is not None
        child.stdout.close()  # like `head -1` after its line: nobody reads any more
        stderr = child.stderr.read().decode("utf-8", "replace")
        return child.wait(timeout=120), stderr


@pytest.mark.parametrize(
    "args",
    [
        ["score", str(EXAMPLES / "komplett.samverkan")],
        ["score", str(EXAMPLES / "komplett.samverkan"), "--json"],
        ["score", *[str(p) for p in sorted(EXAMPLES.glob("*.samverkan"))]],
        ["questionnaire", "--lang", "sv"],
    ],
    ids=["score", "score-json", "group-score", "questionnaire"],
)
def test_a_closed_pipe_ends_the_command_without_a_traceback(args: list[str]) -> None:
    status, stderr = _run_into_closed_pipe(*args)
    assert stderr == ""
    assert status == 141  # 128 + SIGPIPE, as Unix tools end


@pytest.mark.parametrize(
    "command",
    [
        ["report", str(EXAMPLES / "komplett.samverkan"), "-o"],
        ["report", *[str(p) for p in sorted(EXAMPLES.glob("*.samverkan"))], "-o"],
        ["export-csv", *[str(p) for p in sorted(EXAMPLES.glob("*.samverkan"))], "-o"],
    ],
    ids=["report", "group-report", "export-csv"],
)
def test_commands_that_write_files_do_not_mind_a_closed_pipe(command: list[str], tmp_path: Path) -> None:
    target = tmp_path / "out"
    status, stderr = _run_into_closed_pipe(*command, str(target))
    assert "Traceback" not in stderr and "BrokenPipeError" not in stderr
    assert status == 0
    assert target.stat().st_size > 0
