"""Placeholders of translated messages are filled in one pass: a value is never looked at again."""

from __future__ import annotations

from samverkan_gui.core.placeholders import fill


def test_each_placeholder_takes_its_own_value():
    assert fill("%1 av %2", 58, 105) == "58 av 105"
    assert fill("%2 före %1", "a", "b") == "b före a"


def test_a_value_that_looks_like_a_placeholder_stays_as_written():
    text = fill("%1 är öppen i en annan kopia av Samverkan (%2 på %3).", "budget%2.samverkan", "anna", "PC-7")
    assert text == "budget%2.samverkan är öppen i en annan kopia av Samverkan (anna på PC-7)."
    assert fill("%1 %2", "%2%1", "x") == "%2%1 x"


def test_placeholders_without_a_value_and_two_digit_numbers_are_left_alone():
    assert fill("%1 och %3", "a") == "a och %3"
    assert fill("%10 %1", "a") == "%10 a"
    assert fill("100 %", "a") == "100 %"
