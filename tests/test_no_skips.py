"""Tests import what they test: a broken import fails loudly instead of skipping silently."""

from __future__ import annotations

from tests.conftest import REPO


def test_no_importorskip_in_the_tests() -> None:
    offenders = [
        str(path.relative_to(REPO))
        for path in sorted((REPO / "tests").rglob("*.py"))
        if path.name != "test_no_skips.py" and "importorskip" in path.read_text(encoding="utf-8")
    ]
    assert offenders == []
