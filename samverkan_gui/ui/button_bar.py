"""The bar of buttons under a page (Back … Save, Export PDF): one way to build it for every page."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import SignalInstance
from PySide6.QtWidgets import QFrame, QHBoxLayout, QPushButton

from samverkan_gui.ui.screen import enter_presses


def push_button(object_name: str, clicked: Callable[[], object] | SignalInstance | None = None) -> QPushButton:
    """A button named for tests and style sheets, ``clicked`` connected (a slot or a signal to pass on).

    Its text comes with the page's ``retranslate()``.
    """
    button = QPushButton()
    button.setObjectName(object_name)
    if clicked is not None:
        button.clicked.connect(clicked)
    return button


def button_bar(start: Sequence[QPushButton], end: Sequence[QPushButton]) -> QFrame:
    """A framed row: ``start`` buttons on the left, ``end`` buttons on the right; Enter presses each."""
    bar = QFrame()
    bar.setFrameShape(QFrame.Shape.StyledPanel)
    row = QHBoxLayout(bar)
    enter_presses(*start, *end)
    for button in start:
        row.addWidget(button)
    row.addStretch(1)
    for button in end:
        row.addWidget(button)
    return bar
