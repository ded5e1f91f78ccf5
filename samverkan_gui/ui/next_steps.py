"""The part of the results page that leads somewhere: lowest questions, the notes, and "Next steps".

"Next steps" has a button that opens the action plan with the weakest block(s)
chosen, one that starts a follow-up assessment, and one that opens the
background material at the pitfalls and success factors.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget

from samverkan_gui.core.placeholders import fill
from samverkan_gui.present import block_display_name
from samverkan_gui.ui.flow_layout import FlowLayout
from samverkan_gui.ui.fonts import set_relative_font
from samverkan_gui.ui.reading import ReadingStop
from samverkan_gui.ui.retranslated import Retranslated
from samverkan_gui.ui.screen import enter_presses

if TYPE_CHECKING:
    from samverkan_gui.core.assessment import Assessment
    from samverkan_gui.core.questionnaire import Questionnaire
    from samverkan_gui.core.scoring import Result
    from samverkan_gui.present.result import LowestPresentation

#: The background material's section the "Next steps" link opens (then the success factors follow).
GUIDANCE_SECTION = "traps"


def _heading() -> QLabel:
    label = QLabel()
    label.setTextFormat(Qt.TextFormat.PlainText)
    set_relative_font(label, 1.15, bold=True)
    return label


def _text() -> QLabel:
    label = QLabel()
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)  # question texts and notes: never markup
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


def _section(name: str, heading: QLabel, *texts: QLabel) -> ReadingStop:
    section = ReadingStop(object_name=name)
    section.content.setContentsMargins(0, 0, 0, 0)
    section.content.addWidget(heading)
    for text in texts:
        section.content.addWidget(text)
    return section


def _speak(section: ReadingStop, heading: QLabel, *texts: QLabel) -> None:
    section.set_spoken(heading.text(), "\n".join(text.text() for text in texts if not text.isHidden()))


class NextSteps(Retranslated, QWidget):
    """Lowest-rated questions, the block notes and the way on (plan, follow-up, background)."""

    #: ``(block_ids)``: open the action plan with these blocks chosen (the weakest).
    plan_requested = Signal(object)
    #: Start a follow-up assessment of the same collaboration.
    follow_up_requested = Signal()
    #: ``(section_id)``: show the background material at this section.
    guidance_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("next-steps")
        self._weakest: tuple[str, ...] = ()
        self._has_plan = False
        self._weakest_names = ""
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        # Each part a Tab stop that reads its heading and text (labels alone Tab never reaches).
        self.lowest_heading = _heading()
        self.lowest_heading.setObjectName("lowest-heading")
        self.lowest_caption = _text()
        self.lowest_caption.setObjectName("lowest-caption")
        self.lowest_label = _text()
        self.lowest_label.setObjectName("lowest-questions")
        self.lowest_section = _section("lowest-section", self.lowest_heading, self.lowest_caption, self.lowest_label)
        layout.addWidget(self.lowest_section)
        self.notes_heading = _heading()
        self.notes_heading.setObjectName("notes-heading")
        self.notes_label = _text()
        self.notes_label.setObjectName("block-notes")
        self.notes_section = _section("notes-section", self.notes_heading, self.notes_label)
        layout.addWidget(self.notes_section)
        self.next_heading = _heading()
        self.next_heading.setObjectName("next-heading")
        self.next_label = _text()
        self.next_label.setObjectName("next-text")
        self.next_section = _section("next-section", self.next_heading, self.next_label)
        layout.addWidget(self.next_section)
        # The buttons wrap to a new row when the page is narrow or the text large (never sideways).
        button_row = QWidget()
        buttons = FlowLayout(button_row)
        self.plan_button = QPushButton()
        self.plan_button.setObjectName("open-plan")
        self.plan_button.clicked.connect(lambda: self.plan_requested.emit(self._weakest))
        self.follow_up_button = QPushButton()
        self.follow_up_button.setObjectName("new-follow-up")
        self.follow_up_button.clicked.connect(self.follow_up_requested)
        self.guidance_button = QPushButton()
        self.guidance_button.setObjectName("open-background")
        self.guidance_button.clicked.connect(lambda: self.guidance_requested.emit(GUIDANCE_SECTION))
        enter_presses(self.plan_button, self.follow_up_button, self.guidance_button)
        buttons.addWidget(self.plan_button)
        buttons.addWidget(self.follow_up_button)
        buttons.addWidget(self.guidance_button)
        layout.addWidget(button_row)
        self.retranslate()

    def weakest(self) -> tuple[str, ...]:
        return self._weakest

    def show_result(
        self,
        result: Result,
        assessment: Assessment,
        questionnaire: Questionnaire,
        lowest: LowestPresentation,
        lang: str,
    ) -> None:
        """``lowest``: the lowest-rated questions as every output shows them (present.result.present_lowest)."""
        lines = [
            f"{line.question_label}: {line.question}\n"
            + fill(self.tr("    %1 – answer: %2 (%3)"), line.block_name, str(line.value), line.label)
            for line in lowest.lines
        ]
        if lowest.more:
            lines.append(lowest.more)
        self.lowest_caption.setText(lowest.caption)
        self.lowest_label.setText("\n".join(lines) if lines else lowest.all_equal)
        self.lowest_section.setVisible(lowest.shown)
        self.lowest_caption.setVisible(bool(lowest.lines))
        notes = [
            f"{block_display_name(block, lang)}: {assessment.notes[block.id]}"
            for block in questionnaire.blocks
            if assessment.notes.get(block.id)
        ]
        self.notes_label.setText("\n\n".join(notes))
        self.notes_section.setVisible(bool(notes))
        self._weakest = tuple(result.weakest_blocks)
        self._weakest_names = result.weakest_block_names(lang)  # in-sentence names, as the advice uses
        self._has_plan = bool(assessment.plan)
        self._retranslate_next()

    def _retranslate_next(self) -> None:
        self._set_next_text()
        _speak(self.lowest_section, self.lowest_heading, self.lowest_caption, self.lowest_label)
        _speak(self.notes_section, self.notes_heading, self.notes_label)
        _speak(self.next_section, self.next_heading, self.next_label)

    def _set_next_text(self) -> None:
        if self._weakest:
            self.next_label.setText(
                fill(
                    self.tr(
                        "Talk about the result together and start with %1: answer the simple but difficult questions "
                        "and write down concrete actions in an action plan. Come back in six months or a year with a "
                        "follow-up and see what has changed."
                    ),
                    self._weakest_names,
                )
            )
            # Short: three tied blocks' names made the button wider than the page. The names are
            # in its tool tip and its description (a screen reader says them).
            self.plan_button.setText(
                self.tr("Open the action &plan") if self._has_plan else self.tr("Write an action &plan…")
            )
            blocks = fill(self.tr("Action plan for %1"), self._weakest_names)
            self.plan_button.setToolTip(blocks)
            self.plan_button.setAccessibleDescription(blocks)
        else:
            self.next_label.setText(
                self.tr(
                    "Talk about the result together and write down concrete actions in an action plan. Come back "
                    "in six months or a year with a follow-up and see what has changed."
                )
            )
            self.plan_button.setText(
                self.tr("Open the action &plan") if self._has_plan else self.tr("Write an action &plan…")
            )
            self.plan_button.setToolTip("")
            self.plan_button.setAccessibleDescription("")

    def retranslate(self) -> None:
        self.lowest_heading.setText(self.tr("The lowest-rated questions"))
        self.notes_heading.setText(self.tr("Your notes"))
        self.next_heading.setText(self.tr("Next steps"))
        self.follow_up_button.setText(self.tr("New follow-&up…"))
        self.follow_up_button.setToolTip(
            self.tr("A new assessment of the same collaboration, with this plan's actions carried over")
        )
        self.guidance_button.setText(self.tr("Pitfalls an&d success factors"))
        self.guidance_button.setToolTip(self.tr("The background material: traps, pitfalls and success factors"))
        self._retranslate_next()
