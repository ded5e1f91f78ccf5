"""The data colours have one home (present/style.py), and its series stay apart."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from samverkan_gui.present import style
from samverkan_gui.report.hatch import hatch

PACKAGE = Path(__file__).resolve().parents[2] / "samverkan_gui"
HEX_COLOUR = re.compile(r"""["']#[0-9a-fA-F]{3,8}["']|[:\s]#[0-9a-fA-F]{3,8}\b[;\s]""")


def test_no_colour_is_written_down_outside_the_style_module() -> None:
    found = [
        f"{path.relative_to(PACKAGE)}:{number}: {line.strip()}"
        for path in sorted(PACKAGE.rglob("*.py"))
        if path != PACKAGE / "present" / "style.py"
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if HEX_COLOUR.search(line)
    ]
    assert found == []


def test_the_guard_sees_a_colour() -> None:
    assert HEX_COLOUR.search('BAR = "#1f6fb2"')
    assert HEX_COLOUR.search('"QPushButton { background: #222; }"')
    assert not HEX_COLOUR.search("#: a comment about colour")


def test_the_first_36_series_all_look_different() -> None:
    looks = [(style.series_style(i).fill, style.series_style(i).pattern) for i in range(36)]
    assert len(set(looks)) == 36
    assert style.series_style(36) == style.series_style(0)


@pytest.mark.parametrize("colour", style.SERIES_COLOURS)
def test_hatches_contrast_with_their_fill(colour: str) -> None:
    ink = style.contrasting_ink(colour)
    assert ink == (style.BLACK if style.lightness(colour) > 0.45 else style.WHITE)
    assert abs(style.lightness(ink) - style.lightness(colour)) > 0.3


@pytest.mark.parametrize("pattern", style.SERIES_PATTERNS)
def test_the_pdf_draws_every_pattern(pattern: str) -> None:
    path = hatch(pattern, 0, 0, 50, 20, style.BLACK)
    assert len(path.points) >= 8, pattern
