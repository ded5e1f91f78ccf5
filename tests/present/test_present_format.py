"""The presentation layer's numbers: one rounding rule (half up) and the language's decimal mark."""

from __future__ import annotations

from fractions import Fraction

import pytest
from hypothesis import given
from hypothesis import strategies as st

from samverkan_gui.present import (
    band_range,
    format_number,
    format_percent,
    percent_of,
    round_half_up,
    share_percent,
)


@pytest.mark.parametrize(
    ("part", "whole", "expected"),
    [(25, 40, 63), (13, 25, 52), (1, 8, 13), (3, 8, 38), (66, 105, 63), (0, 40, 0), (40, 40, 100), (5, 0, 0)],
)
def test_percent_rounds_halves_up(part: int, whole: int, expected: int) -> None:
    assert percent_of(part, whole) == expected


def test_round_half_up_is_not_bankers_rounding() -> None:
    assert [round_half_up(Fraction(n, 2)) for n in (1, 3, 5, 83)] == [1, 2, 3, 42]
    assert [round(n / 2) for n in (1, 5)] == [0, 2]  # what round() would have shown


@pytest.mark.parametrize(
    ("value", "lang", "digits", "expected"),
    [
        (3.5, "sv", 1, "3,5"),
        (3.5, "en", 1, "3.5"),
        (Fraction(67, 20), "sv", 1, "3,4"),  # 3.35 exactly: half up
        (3.35, "en", 1, "3.4"),  # the float 3.35 means 3.35, not 3.3499999…
        (3.25, "en", 1, "3.3"),  # f"{3.25:.1f}" gives 3.2
        (Fraction(2, 3), "sv", 2, "0,67"),
        (66, "sv", 1, "66,0"),
        (None, "sv", 1, "–"),
        (-0.04, "en", 1, "0.0"),
    ],
)
def test_numbers_in_the_readers_language(value, lang: str, digits: int, expected: str) -> None:
    assert format_number(value, lang, digits) == expected


def test_percent_text_keeps_number_and_sign_together() -> None:
    assert format_percent(63, "sv") == "63\u00a0%"
    assert format_percent(63, "en") == "63\u00a0%"
    assert format_percent(None, "sv") == "–"


def test_shares_as_percent() -> None:
    assert share_percent(Fraction(5, 8)) == 63
    assert share_percent(0.625) == 63
    assert share_percent(0.285) == 29  # read as the decimal it prints as
    assert share_percent(None) is None


@given(st.integers(min_value=0, max_value=10_000), st.integers(min_value=1, max_value=10_000))
def test_percent_is_within_half_a_point_and_halves_go_up(part: int, whole: int) -> None:
    exact = Fraction(part * 100, whole)
    shown = percent_of(part, whole)
    assert -Fraction(1, 2) < shown - exact <= Fraction(1, 2)


def test_band_range(questionnaire) -> None:
    assert [band_range(band) for band in questionnaire.bands][2] == "63–83"


def test_a_comparison_writes_every_number_with_the_same_decimals() -> None:
    from fractions import Fraction

    from samverkan_gui.present.compare import format_change, format_value

    assert format_change(6, "sv", 1) == "+6,0 ↑"
    assert format_change(Fraction(9, 10), "sv", 1) == "+0,9 ↑"
    assert format_change(-6, "en", 0) == "−6 ↓"
    assert format_value(66, "sv", 1) == "66,0"
    assert format_change(Fraction(1, 100), "sv", 1) == "0,0 →"  # too small to show has no direction
    assert format_value(Fraction(147, 2), "sv") == "73,5"  # without digits: as the value is
