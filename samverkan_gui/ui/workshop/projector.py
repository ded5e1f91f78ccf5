"""The projector view: full screen, large type, high contrast, one thing at a time.

Slides: one overview of every block (mean share and range) with the mean total
and band, then (when the participants' organisations allow it, see
core/group_orgs.py) the organisations' views side by side, then one per question
where views differ (discussion order, see core/group_stats.py).  Each slide's results stay hidden until the facilitator
reveals them (Space, Enter or R, or the Reveal button), so the room can guess
and talk first; Space on a revealed slide moves on, so a whole workshop takes
two presses per slide.  → / PageDown next, ← / PageUp back, Home / End first
and last, Esc closes.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QRectF, Qt, Signal
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QGuiApplication, QKeyEvent, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QSizePolicy, QVBoxLayout, QWidget

from samverkan_gui.core.group_orgs import organisation_view
from samverkan_gui.core.group_stats import BlockStats, GroupStats, QuestionStats, group_stats
from samverkan_gui.core.placeholders import fill
from samverkan_gui.present import block_display_name, style
from samverkan_gui.present.group import (
    GroupBlockLine,
    block_line,
    present_group,
    question_consensus_text,
    question_mean_text,
)
from samverkan_gui.present.organisations import OrganisationPresentation, present_organisations
from samverkan_gui.present.questions import question_label
from samverkan_gui.present.style import rating_fill
from samverkan_gui.ui.accessible import announce
from samverkan_gui.ui.i18n import current_language
from samverkan_gui.ui.lazy_view import RedrawnWhenShown
from samverkan_gui.ui.retranslated import Retranslated
from samverkan_gui.ui.workshop.bars import paint_distribution, paint_range
from samverkan_gui.ui.workshop.organisations import OrganisationChart
from samverkan_gui.ui.workshop.session import GroupSession
from samverkan_gui.ui.zoom import current_zoom, install_zoom_keys
from samverkan_gui.ui.zoom import notifier as zoom_notifier

BACKGROUND = style.PROJECTOR_BACKGROUND
INK = style.PROJECTOR_INK
MUTED = style.PROJECTOR_MUTED
ACCENT = style.PROJECTOR_ACCENT
TRACK = style.PROJECTOR_TRACK
BAR = style.PROJECTOR_BAR


@dataclass(frozen=True)
class Slide:
    kind: str  # "overview", "organisations" or "question"
    question: QuestionStats | None = None
    rank: int = 0


class ProjectorChart(QWidget):
    """The overview's block rows (title, mean bar with range, values) or a question's distribution."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.blocks: list[tuple[BlockStats, GroupBlockLine]] = []
        self.blocks_revealed = False
        self.question: QuestionStats | None = None
        self.labels: list[str] = []
        #: The block titles as last painted (elided only if even the smallest size cannot fit).
        self.painted_titles: list[str] = []
        self.setMinimumHeight(180)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    def show_blocks(self, blocks: list[tuple[BlockStats, GroupBlockLine]], revealed: bool) -> None:
        """Every block: its title always, its bar and values once revealed."""
        self.blocks, self.blocks_revealed, self.question = blocks, revealed, None
        self.update()

    def show_question(self, question: QuestionStats | None, labels: list[str]) -> None:
        self.blocks, self.question, self.labels = [], question, labels
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
        if self.blocks:
            self._paint_blocks(painter)
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
                painter.setBrush(QColor(rating_fill(index)))
                painter.drawRect(swatch)
                painter.setPen(QColor(INK))
                text_left = x + swatch_size + line * 0.3
                painter.drawText(
                    QRectF(text_left, legend_top, step_width - (text_left - x) - 6, line * 2.2),
                    int(Qt.AlignmentFlag.AlignLeft | Qt.TextFlag.TextWordWrap),
                    label,
                )
        painter.end()

    def _paint_blocks(self, painter: QPainter) -> None:
        """One row per block: the title above, a bar to the mean share with a line from lowest to highest."""
        rows = len(self.blocks)
        row_height = self.height() / rows
        title_font = QFont(self.font())
        # Readable from the back of the room, yet four rows fit a 768-high screen with the text above.
        title_font.setPointSizeF(max(12.0, min(row_height * 0.24, self.height() / 16)))
        title_font.setBold(True)
        value_font = QFont(title_font)
        # A long block name ("ORGANISATIONAL DESIGN AND LEADERSHIP" on a 1024-wide projector)
        # gets a smaller size rather than an ellipsis; eliding stays the last resort.
        widest = max((QFontMetricsF(title_font).horizontalAdvance(line.title) for _, line in self.blocks), default=0.0)
        if widest > self.width():
            title_font.setPointSizeF(max(12.0, title_font.pointSizeF() * self.width() / widest * 0.98))
        painter.setFont(title_font)
        metrics = painter.fontMetrics()
        self.painted_titles = []
        value_metrics = QFontMetricsF(value_font)
        value_width = value_metrics.horizontalAdvance("100 % (100 %–100 %)") + value_metrics.averageCharWidth() * 2
        left = 0.0
        bar_width = max(40.0, self.width() - value_width - 10)
        for index, (block, line) in enumerate(self.blocks):
            title = line.title
            top = index * row_height
            title_height = metrics.height() * 1.1
            painter.setFont(title_font)
            painter.setPen(QColor(INK))
            shown = metrics.elidedText(title, Qt.TextElideMode.ElideRight, int(self.width()))
            self.painted_titles.append(shown)
            painter.drawText(
                QRectF(left, top, self.width(), title_height),
                int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
                shown,
            )
            bar_height = max(12.0, min(row_height - title_height - 10, metrics.height() * 1.1))
            bar = QRectF(left, top + title_height + 2, bar_width, bar_height)
            low, mean, high = block.min_share, block.mean_share, block.max_share
            if self.blocks_revealed and low is not None and mean is not None and high is not None:
                paint_range(painter, bar, low, mean, high, track=TRACK, bar=BAR, ink=INK)
                painter.setFont(value_font)
                painter.setPen(QColor(INK))
                painter.drawText(
                    QRectF(bar.right() + 10, bar.top(), value_width, bar.height()),
                    int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
                    f"{line.mean_percent_text} ({line.min_percent_text}–{line.max_percent_text})",
                )
            else:
                painter.setPen(Qt.PenStyle.NoPen)
                painter.setBrush(QColor(TRACK))
                painter.drawRect(bar)


def _sentences(*parts: str) -> str:
    """Parts (lines of a label) as one sentence each, for a screen reader."""
    lines = [line.strip() for part in parts for line in part.splitlines() if line.strip()]
    return " ".join(line if line[-1] in ".!?:" else f"{line}." for line in lines)


class ProjectorView(RedrawnWhenShown, Retranslated, QWidget):
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
            f"QPushButton {{ color: {INK}; background: {style.PROJECTOR_BUTTON}; border: 2px solid {INK};"
            " padding: 10px 22px; }"
            f"QPushButton:disabled {{ color: {style.PROJECTOR_DISABLED_INK};"
            f" border-color: {style.PROJECTOR_DISABLED_BORDER}; }}"
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
        # One line, never wrapped: short enough for a 1024-wide projector beside the buttons.
        self.hint.setWordWrap(False)
        self.chart = ProjectorChart()
        self.organisation_chart = OrganisationChart(INK, TRACK, BAR)
        self.organisation_chart.hide()
        #: The organisations' views as last computed (None before the first redraw).
        self.organisations: OrganisationPresentation | None = None
        for label in (self.position, self.heading, self.body, self.result, self.hint):
            label.setTextFormat(Qt.TextFormat.PlainText)
        #: How many key presses the projector has handled (tests count a whole workshop's).
        self.key_presses = 0
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
        layout.addWidget(self.organisation_chart, 1)
        layout.addSpacing(12)
        layout.addLayout(buttons)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.index = 0
        self.is_revealed = False
        #: The slides revealed so far (by kind and question), so that going back keeps them revealed.
        self._revealed: set[tuple[str, str]] = set()
        self._announced = ""
        self.slides: list[Slide] = []
        self.stats: GroupStats | None = None
        self._stale = True
        session.answers_changed.connect(self._group_changed)
        session.details_changed.connect(self._group_changed)
        session.document_replaced.connect(self._group_changed)
        session.path_changed.connect(lambda _path: self._update_title())
        install_zoom_keys(self)
        zoom_notifier().zoom_changed.connect(self._apply_fonts)
        self._apply_fonts()
        self.retranslate()
        self.redraw()

    def present(self, beside: QWidget, *, full_screen: bool = True) -> None:
        """Show in front; full screen on a screen other than ``beside``'s when there is one."""
        if full_screen:
            # A projector is usually a second screen: use the one the workshop window is not on.
            screens = QGuiApplication.screens()
            own = beside.screen()
            target = next((s for s in screens if s is not own), own) if len(screens) > 1 else own
            if target is not None:
                self.setScreen(target)
                # Without a window manager (kiosk PCs) full screen alone keeps the old size.
                self.setGeometry(target.geometry())
            self.showFullScreen()
        else:
            self.show()
        self.raise_()
        self.activateWindow()
        self.setFocus()

    def _apply_fonts(self) -> None:
        base = self._base_size()
        overview = bool(self.slides) and self.slides[self.index].kind in ("overview", "organisations")
        # The overview holds the most: its text is a step smaller so the block chart keeps its room.
        for label, factor, bold in (
            (self.position, 0.8, False),
            (self.heading, 1.4 if overview else 1.9, True),
            (self.body, 0.95 if overview else 1.3, False),
            (self.result, 1.0 if overview else 1.5, True),
            (self.hint, 0.6, False),
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

    def _base_size(self) -> float:
        """Point size of body text: from the window's own height (1/40), at least 14 pt, times the app's zoom."""
        height = self.height() if self.isVisible() else (self.screen().geometry().height() if self.screen() else 960)
        return max(14.0, height / 40) * current_zoom()

    def resizeEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        super().resizeEvent(event)
        self._apply_fonts()

    def group_name(self) -> str:
        """What the title calls the group: its collaboration, else its file name, else untitled."""
        collaboration = self.session.group.collaboration.strip()
        if collaboration:
            return collaboration
        if self.session.path is not None:
            return self.session.path.name
        return self.tr("Untitled group")

    def _update_title(self) -> None:
        self.setWindowTitle(fill(self.tr("Projector – %1"), self.group_name()))

    def retranslate(self) -> None:
        self._update_title()
        self.previous_button.setText(self.tr("◀ Back"))
        self.reveal_button.setText(self.tr("Reveal"))
        self.next_button.setText(self.tr("Next ▶"))
        self.close_button.setText(self.tr("Close (Esc)"))
        self.hint.setText(self.tr("Space: reveal · → next"))
        self._show()

    def _group_changed(self) -> None:
        self._update_title()
        self.refresh_when_shown()

    def redraw(self) -> None:
        self._stale = False
        stats = self.stats = group_stats(self.session.group, self.session.questionnaire)
        view = organisation_view(self.session.group, self.session.questionnaire)
        self.organisations = present_organisations(view, current_language()) if view.available else None
        slides = [Slide("overview")]
        if self.organisations is not None:
            slides.append(Slide("organisations"))
        slides += [Slide("question", question=q, rank=rank) for rank, q in enumerate(stats.discussion, 1)]
        self.slides = slides
        self.index = min(self.index, len(slides) - 1)
        self._show()

    # --- navigation ------------------------------------------------------

    @staticmethod
    def _slide_key(slide: Slide) -> tuple[str, str]:
        return (slide.kind, slide.question.question.id if slide.question is not None else "")

    def go_to(self, index: int) -> None:
        index = max(0, min(index, len(self.slides) - 1))
        if index != self.index:
            self.index = index
            # Back to a slide already revealed: it stays revealed (← never hides it again).
            self.is_revealed = self._slide_key(self.slides[index]) in self._revealed
            self._show()
            self.slide_changed.emit(index)

    def next(self) -> None:
        self.go_to(self.index + 1)

    def previous(self) -> None:
        self.go_to(self.index - 1)

    def reveal(self) -> None:
        if not self.is_revealed:
            self.is_revealed = True
            if self.slides:
                self._revealed.add(self._slide_key(self.slides[self.index]))
            self._show()
            self.revealed.emit()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        self.key_presses += 1
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
        elif key == Qt.Key.Key_End:
            self.go_to(len(self.slides) - 1)
        elif key == Qt.Key.Key_Escape:
            self.close()
        else:
            super().keyPressEvent(event)

    # --- content ---------------------------------------------------------

    def _show(self) -> None:
        if not self.slides or self.stats is None:
            return
        lang = current_language()
        stats = self.stats
        slide = self.slides[self.index]
        questionnaire = self.session.questionnaire
        self.position.setText(fill(self.tr("%1 of %2"), str(self.index + 1), str(len(self.slides))))
        self.previous_button.setEnabled(self.index > 0)
        self.next_button.setEnabled(self.index < len(self.slides) - 1)
        self.reveal_button.setEnabled(not self.is_revealed)
        result = ""
        self._apply_fonts()
        self.chart.setVisible(slide.kind != "organisations")
        self.organisation_chart.setVisible(slide.kind == "organisations")
        if slide.kind == "organisations":
            result = self._show_organisations()
        elif slide.kind == "overview":
            # The collaboration in body type: a long name in heading type pushed the advice off a 768 screen.
            collaboration = self.session.group.collaboration
            self.heading.setText(questionnaire.title.get(lang))
            self.body.setText(
                (f"{collaboration}\n" if collaboration else "")
                + self.tr("%n participant(s)", "", stats.participants)
                + ", "
                + self.tr("%n with every question answered", "", stats.complete)
                + " · "
                + self.tr("%n question(s) to discuss", "", len(stats.discussion))
            )
            shown = present_group(stats, lang)
            if stats.band is not None and shown.mean_total_text is not None:
                result = (
                    fill(
                        self.tr("Mean total %1 of %2 points · score band %3–%4"),
                        shown.mean_total_text,
                        str(stats.max_total),
                        str(stats.band.min),
                        str(stats.band.max),
                    )
                    + "\n"
                    + (stats.advice(lang) or "")
                )
            else:
                result = self.tr("No participant has answered every question yet.")
            self.chart.show_blocks([(b, block_line(b, lang)) for b in stats.blocks], self.is_revealed)
        elif slide.question is not None:
            q = slide.question
            self.heading.setText(
                fill(self.tr("Where views differ: %1 of %2"), str(slide.rank), str(len(stats.discussion)))
            )
            label = question_label(stats.questionnaire, q.question.id, lang)
            self.body.setText(f"{label} ({block_display_name(q.block, lang)})\n{q.question.text.get(lang)}")
            result = fill(
                self.tr("Consensus %1 · mean %2 · answers from %3 to %4 · %n answered", "", q.n),
                question_consensus_text(q, lang),
                question_mean_text(q, lang),
                str(q.lowest),
                str(q.highest),
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
        self._speak(slide)

    def _speak(self, slide: Slide) -> None:
        """What a screen reader says: the slide as the view's name (read as it changes), the results
        announced as they are revealed (also in the chart's description, to read again)."""
        chart = self._chart_text(slide)
        self.chart.setAccessibleName(self.heading.text())
        self.chart.setAccessibleDescription(chart)
        self.setAccessibleName(_sentences(self.position.text(), self.heading.text(), self.body.text()))
        self.setAccessibleDescription(self.hint.text())
        revealed = _sentences(self.result.text(), chart) if self.is_revealed else ""
        if revealed and revealed != self._announced:
            announce(self, revealed)
        self._announced = revealed

    def _chart_text(self, slide: Slide) -> str:
        """The chart's values in words (empty while hidden)."""
        if not self.is_revealed or self.stats is None:
            return ""
        lang = current_language()
        if slide.kind == "organisations":
            return self.organisation_chart.accessibleDescription()
        if slide.kind == "overview":
            return "; ".join(
                fill(
                    self.tr("%1: mean %2, from %3 to %4"),
                    line.title,
                    line.mean_percent_text,
                    line.min_percent_text,
                    line.max_percent_text,
                )
                for _block, line in self.chart.blocks
            )
        if slide.question is None:
            return ""
        scale = self.session.questionnaire.scale
        return ", ".join(
            fill(self.tr("%1 (%2): %n answer(s)", "", count), value, scale.label(value, lang))
            for value, count in sorted(slide.question.counts.items())
        )

    def _show_organisations(self) -> str:
        """Fill the organisations' slide; returns the result line shown once revealed."""
        shown = self.organisations
        assert shown is not None  # the slide exists only with a view
        self.heading.setText(self.tr("The organisations' views"))
        # The names and their n head the chart's columns.
        self.body.setText("")
        # A no-break space keeps each total on the line of its organisation's name.
        totals = " · ".join(f"{column.name}\u00a0{column.mean_total_text}" for column in shown.columns)
        result = fill(self.tr("Mean total of %1 points"), str(shown.max_total)) + ": " + totals
        if shown.differ:
            most = shown.differ[0]
            result += "\n" + fill(self.tr("Largest difference: %1"), f"{most.label} ({most.spread_text})")
        values = [
            f"{title}: " + ", ".join(f"{c.name} {c.blocks[row].percent_text}" for c in shown.columns)
            for row, title in enumerate(shown.block_titles)
        ]
        description = "\n".join(values) if self.is_revealed else self.tr("(hidden – press Space to reveal)")
        self.organisation_chart.show_organisations(shown, self.is_revealed, description)
        self.organisation_chart.setAccessibleName(self.tr("The organisations' views per block"))
        return result
