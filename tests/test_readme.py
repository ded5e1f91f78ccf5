"""The README's two set-up commands are the ones CI really runs."""

from __future__ import annotations

from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
TEST_COMMAND = 'python -m pip install -e ".[test]" && python -m pytest'
RUN_COMMAND = "python -m pip install . && samverkan"


def test_readme_has_the_two_setup_commands() -> None:
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    assert RUN_COMMAND in readme
    assert TEST_COMMAND in readme


def test_ci_runs_the_readme_test_command() -> None:
    ci = (REPO / ".ci" / "run").read_text(encoding="utf-8")
    assert TEST_COMMAND in ci.splitlines()
