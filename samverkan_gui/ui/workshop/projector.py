"""The projector view: full screen, large type, high contrast, one thing at a time.

Slides: the group overview, then one per block, then one per question where
views differ (discussion order).  Each slide's results stay hidden until the
facilitator reveals them (Space, Enter or R, or the Reveal button), so the
room can guess and talk first.  → / PageDown next, ← / PageUp back, Esc closes.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QEvent, QRectF, Qt, Signal
from PySide6.QtGui import QColor, QFont, QKeyEvent, QPainter, QPaintEvent, QPen, QShowEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QSizePolicy, QVBoxLayout, QWidget

from samverkan_gui.core.group_stats import BlockStats, GroupStats, QuestionStats, group_stats
from samverkan_gui.ui.workshop.bars import STEP_FILLS, fmt_number, fmt_percent, paint_distribution, paint_range
from samverkan_gui.ui.workshop.session import GroupSession, ui_language

BACKGROUND = "#000000"
INK = "#ffffff"
MUTED = "#d0d0d0"
ACCENT = "#ffd54a"
TRACK = "#3a3a3a"
BAR = "#4aa3ff"


@dataclass(frozen=True)
class Slide:
    kind: str  # "overview", "block" or "question"
    block: BlockStats | None = None
    question: QuestionStats | None = None
    rank: int = 0


class ProjectorChart(QWidget):
    """A large range bar (block) or distribution bar (question), values written beside."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.block: BlockStats | None = None
        self.question: QuestionStats | None = None
        self.labels: list[str] = []
        self.setMinimumHeight(220)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)

    def show_block(self, block: BlockStats | None) -> None:
        self.block, self.question = block, None
        self.update()

    def show_question(self, question: QuestionStats | None, labels: list[str]) -> None:
        self.block, self.question, self.labels = None, question, labels
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        font = QFont(self.font())
        font.setPointSizeF(max(14.0, self.height() / 12))
        font.setBold(True)
        painter.setFont(font)
        width = self.width()
        bar = QRectF(width * 0.05, self.height() * 0.2, width * 0.9, self.height() * 0.35)
        b = self.block
        if b is not None and b.mean_share is not None and b.min_share is not None and b.max_share is not None:
            paint_range(painter, bar, b.min_share, b.mean_share, b.max_share, track=TRACK, bar=BAR, ink=INK)
            painter.setPen(QPen(QColor(MUTED)))
            axis = QRectF(bar.left(), bar.bottom() + 6, bar.width(), self.height() * 0.15)
            small = QFont(font)
            small.setBold(False)
            small.setPointSizeF(font.pointSizeF() * 0.6)
            painter.setFont(small)
            for step in range(0, 101, 25):
                x = bar.left() + bar.width() * step / 100
                painter.drawText(
                    QRectF(x - 60, axis.top(), 120, axis.height()),
                    int(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop),
                    f"{step} %",
                )
        elif self.question is not None:
            painter.setFont(font)
            paint_distribution(painter, bar, self.question.counts, track=TRACK, separator=BACKGROUND)
            small = QFont(font)
            small.setPointSizeF(font.pointSizeF() * 0.5)
            small.setBold(False)
            painter.setFont(small)
            line = painter.fontMetrics().lineSpacing()
            swatch_size = line * 0.8
            legend_top = bar.bottom() + line * 0.6
            step_width = bar.width() / max(1, len(self.labels))
            for index, label in enumerate(self.labels):
                x = bar.left() + index * step_width
                swatch = QRectF(x, legend_top + line * 0.1, swatch_size, swatch_size)
                painter.setPen(QPen(QColor(INK), 1))
                painter.setBrush(QColor(STEP_FILLS[index % len(STEP_FILLS)]))
                painter.drawRect(swatch)
                painter.setPen(QColor(INK))
                text_left = x + swatch_size + line * 0.3
                painter.drawText(
                    QRectF(text_left, legend_top, step_width - (text_left - x) - 6, line * 2.2),
                    int(Qt.AlignmentFlag.AlignLeft | Qt.TextFlag.TextWordWrap),
                    label,
                )
        painter.end()


class ProjectorView(QWidget):
    """Shown full screen by the workshop window; reads the session, never changes it."""

    #: The slide shown changed; carries its index.
    slide_changed = Signal(int)
    #: The current slide's results were revealed.
    revealed = Signal()

    def __init__(self, session: GroupSession, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.session = session
        self.setObjectName("projector")
        self.setStyleSheet(
            f"#projector {{ background: {BACKGROUND}; }} QLabel {{ color: {INK}; background: {BACKGROUND}; }}"
            f"QPushButton {{ color: {INK}; background: #222; border: 2px solid {INK}; padding: 10px 22px; }}"
            f"QPushButton:disabled {{ color: #777; border-color: #555; }}"
        )
        self.setAutoFillBackground(True)
        palette = self.palette()
        palette.setColor(self.backgroundRole(), QColor(BACKGROUND))
        self.setPalette(palette)
        self.position = QLabel()
        self.heading = QLabel()
        self.heading.setWordWrap(True)
        self.body = QLabel()
        self.body.setWordWrap(True)
        self.result = QLabel()
        self.result.setWordWrap(True)
        self.hint = QLabel()
        # On a 1024-wide projector the key hint wraps instead of pushing "Close" off the screen.
        self.hint.setWordWrap(True)
        self.hint.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.hint.setMinimumWidth(0)
        self.chart = ProjectorChart()
        for label in (self.position, self.heading, self.body, self.result, self.hint):
            label.setTextFormat(Qt.TextFormat.PlainText)
        self.previous_button = QPushButton()
        self.reveal_button = QPushButton()
        self.next_button = QPushButton()
        self.close_button = QPushButton()
        for button in (self.previous_button, self.reveal_button, self.next_button, self.close_button):
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.previous_button.clicked.connect(self.previous)
        self.reveal_button.clicked.connect(self.reveal)
        self.next_button.clicked.connect(self.next)
        self.close_button.clicked.connect(self.close)
        buttons = QHBoxLayout()
        buttons.addWidget(self.previous_button)
        buttons.addWidget(self.reveal_button)
        buttons.addWidget(self.next_button)
        buttons.addSpacing(12)
        buttons.addWidget(self.hint, 1, Qt.AlignmentFlag.AlignCenter)
        buttons.addSpacing(12)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(60, 40, 60, 30)
        layout.addWidget(self.position)
        layout.addWidget(self.heading)
        layout.addWidget(self.body)
        layout.addSpacing(20)
        layout.addWidget(self.result)
        layout.addWidget(self.chart, 1)
        # Takes the chart's room on the overview (no chart): the text stays at the top.
        layout.addStretch(0)
        layout.addLayout(buttons)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.index = 0
        self.is_revealed = False
        self.slides: list[Slide] = []
        self.stats: GroupStats | None = None
        self._stale = True
        session.group_changed.connect(self._group_changed)
        self._apply_fonts()
        self.retranslate()
        self._rebuild()

    def _apply_fonts(self) -> None:
        base = max(18.0, self.screen().geometry().height() / 40) if self.screen() else 24.0
        for label, factor, bold in (
            (self.position, 0.8, False),
            (self.heading, 1.9, True),
            (self.body, 1.3, False),
            (self.result, 1.5, True),
            (self.hint, 0.7, False),
        ):
            font = QFont(self.font())
            font.setPointSizeF(base * factor)
            font.setBold(bold)
            label.setFont(font)
        self.position.setStyleSheet(f"color: {ACCENT};")
        self.hint.setStyleSheet(f"color: {MUTED};")
        button_font = QFont(self.font())
        button_font.setPointSizeF(base * 0.8)
        for button in (self.previous_button, self.reveal_button, self.next_button, self.close_button):
            button.setFont(button_font)
        self.chart.setFont(self.font())

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Samverkan – projector"))
        self.previous_button.setText(self.tr("◀ Back"))
        self.reveal_button.setText(self.tr("Reveal"))
        self.next_button.setText(self.tr("Next ▶"))
        self.close_button.setText(self.tr("Close (Esc)"))
        self.hint.setText(self.tr("Space: reveal · → next · ← back"))
        self._show()

    def _group_changed(self) -> None:
        if self.isVisible():
            self._rebuild()
        else:
            self._stale = True

    def showEvent(self, event: QShowEvent) -> None:
        if self._stale:
            self._rebuild()
        super().showEvent(event)

    def _rebuild(self) -> None:
        self._stale = False
        stats = self.stats = group_stats(self.session.group, self.session.questionnaire)
        slides = [Slide("overview")]
        slides += [Slide("block", block=b) for b in stats.blocks]
        slides += [Slide("question", question=q, rank=rank) for rank, q in enumerate(stats.discussion, 1)]
        self.slides = slides
        self.index = min(self.index, len(slides) - 1)
        self._show()

    # --- navigation ------------------------------------------------------

    def go_to(self, index: int) -> None:
        index = max(0, min(index, len(self.slides) - 1))
        if index != self.index:
            self.index = index
            self.is_revealed = False
            self._show()
            self.slide_changed.emit(index)

    def next(self) -> None:
        self.go_to(self.index + 1)

    def previous(self) -> None:
        self.go_to(self.index - 1)

    def reveal(self) -> None:
        if not self.is_revealed:
            self.is_revealed = True
            self._show()
            self.revealed.emit()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if key in (Qt.Key.Key_Space, Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_R):
            if self.is_revealed and key == Qt.Key.Key_Space:
                self.next()
            else:
                self.reveal()
        elif key in (Qt.Key.Key_Right, Qt.Key.Key_PageDown, Qt.Key.Key_Down):
            self.next()
        elif key in (Qt.Key.Key_Left, Qt.Key.Key_PageUp, Qt.Key.Key_Up):
            self.previous()
        elif key == Qt.Key.Key_Home:
            self.go_to(0)
        elif key == Qt.Key.Key_Escape:
            self.close()
        else:
            super().keyPressEvent(event)

    # --- content ---------------------------------------------------------

    def _show(self) -> None:
        if not self.slides or self.stats is None:
            return
        lang = ui_language()
        stats = self.stats
        slide = self.slides[self.index]
        questionnaire = self.session.questionnaire
        self.position.setText(
            self.tr("%1 of %2").replace("%1", str(self.index + 1)).replace("%2", str(len(self.slides)))
        )
        self.previous_button.setEnabled(self.index > 0)
        self.next_button.setEnabled(self.index < len(self.slides) - 1)
        self.reveal_button.setEnabled(not self.is_revealed)
        result = ""
        self.chart.show_block(None)
        # The overview has no chart: its room goes to the advice (cut off at 1024×768 otherwise).
        self.chart.setVisible(slide.kind != "overview")
        if slide.kind == "overview":
            # The collaboration in body type: a long name in heading type pushed the advice off a 768 screen.
            collaboration = self.session.group.collaboration
            self.heading.setText(questionnaire.title.get(lang))
            self.body.setText(
                (f"{collaboration}\n" if collaboration else "")
                + self.tr("%1 participants, %2 with every question answered.")
                .replace("%1", str(stats.participants))
                .replace("%2", str(stats.complete))
                + "\n"
                + self.tr("%1 questions where views differ.").replace("%1", str(len(stats.discussion)))
            )
            if stats.band is not None:
                result = (
                    self.tr("Mean total %1 of %2 points")
                    .replace("%1", fmt_number(stats.mean_total, lang))
                    .replace("%2", str(stats.max_total))
                    + "\n"
                    + (stats.advice(lang) or "")
                )
            else:
                result = self.tr("No participant has answered every question yet.")
        elif slide.kind == "block" and slide.block is not None:
            block = slide.block
            self.heading.setText(block.block.title.get(lang))
            self.body.setText(
                self.tr("How far has the group come? Share of the maximum score, %1 participants.").replace(
                    "%1", str(block.n)
                )
            )
            result = (
                self.tr("Mean %1 · lowest %2 · highest %3")
                .replace("%1", fmt_percent(block.mean_share, lang))
                .replace("%2", fmt_percent(block.min_share, lang))
                .replace("%3", fmt_percent(block.max_share, lang))
            )
            if self.is_revealed:
                self.chart.show_block(block)
        elif slide.question is not None:
            q = slide.question
            self.heading.setText(
                self.tr("Where views differ: %1 of %2")
                .replace("%1", str(slide.rank))
                .replace("%2", str(len(stats.discussion)))
            )
            self.body.setText(f"{q.block.title.get(lang)} {q.number_in_block}\n{q.question.text.get(lang)}")
            result = (
                self.tr("Mean %1 · answers from %2 to %3 · %4 answered")
                .replace("%1", fmt_number(q.mean, lang))
                .replace("%2", str(q.lowest))
                .replace("%3", str(q.highest))
                .replace("%4", str(q.n))
            )
            if self.is_revealed:
                labels = [f"{v} {questionnaire.scale.label(v, lang)}" for v in questionnaire.scale.values]
                self.chart.show_question(q, labels)
            else:
                self.chart.show_question(None, [])
        if self.is_revealed:
            self.result.setStyleSheet(f"color: {INK};")
            self.result.setText(result)
        else:
            self.result.setStyleSheet(f"color: {MUTED};")
            self.result.setText(self.tr("(hidden – press Space to reveal)"))
