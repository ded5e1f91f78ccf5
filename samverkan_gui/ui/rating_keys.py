"""One rule for every rating widget (the assessment's questions, the workshop's entry grid):
which key press rates, and with which value.

A digit is read by its key code (``Qt.Key.Key_1`` …), on the main keyboard or the
number pad alike, never by the character the keyboard layout produces.  Shift does
not change that: where a layout needs Shift to type a digit (French AZERTY) the key
code is the digit's and the press rates; where Shift and a digit key give another
character (Swedish ``!``, ``"``, ``#`` …) the key code is that character's and the
press does not rate.  With Ctrl, Alt or Meta the press is a shortcut, never a rating.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt

if TYPE_CHECKING:
    from PySide6.QtGui import QKeyEvent

    from samverkan_gui.core.questionnaire import Scale

_DIGITS = {getattr(Qt.Key, f"Key_{n}"): n for n in range(10)}
#: Modifiers that leave a digit a digit.
_TYPING = Qt.KeyboardModifier.KeypadModifier | Qt.KeyboardModifier.ShiftModifier


def rating_for_key(event: QKeyEvent, scale: Scale) -> int | None:
    """The rating a key press gives on ``scale``, or None when it gives none."""
    if event.modifiers() & ~_TYPING:
        return None
    value = _DIGITS.get(Qt.Key(event.key()))
    if value is None or not scale.min <= value <= scale.max:
        return None
    return value
