"""The results: total of maximum, the band's advice, a table per block and the bar chart."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QFont, QResizeEvent
from PySide6.QtWidgets import (
    QBoxLayout,
    QFrame,
    QHeaderView,
    QLabel,
    QSizePolicy,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from samverkan_gui.core.assessment import Assessment
from samverkan_gui.core.placeholders import fill
from samverkan_gui.core.scoring import Result
from samverkan_gui.present import band_range, present_result
from samverkan_gui.present.learning import overdue_summary
from samverkan_gui.ui.button_bar import button_bar, push_button
from samverkan_gui.ui.chart import Bar, BarChart
from samverkan_gui.ui.follows import follows_source
from samverkan_gui.ui.fonts import set_relative_font
from samverkan_gui.ui.i18n import current_language
from samverkan_gui.ui.lazy_view import RedrawnWhenShown
from samverkan_gui.ui.reading import ReadingStop, ReadingTable
from samverkan_gui.ui.retranslated import Retranslated
from samverkan_gui.ui.session import AssessmentSession


class ResultsView(RedrawnWhenShown, Retranslated, QWidget):
    """Shows the session's result; redraws on every change and on a language switch."""

    # Readable on a wide projector: lines of advice stay short enough to follow.
    READING_WIDTH = 170

    #: The user asked to go back to the questions.
    edit_requested = Signal()
    #: ``(block_ids)``: open the action plan with these blocks chosen.
    plan_requested = Signal(object)
    #: Start a follow-up assessment of the same collaboration.
    follow_up_requested = Signal()
    #: ``(section_id)``: show the background material at this section.
    guidance_requested = Signal(str)

    def __init__(self, session: AssessmentSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self._stale = True
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        scroll = self.reading_column()
        layout = QVBoxLayout(self._body)
        layout.setContentsMargins(24, 16, 24, 16)
        layout.setSpacing(12)
        # The heading and the total: where the focus lands on arrival, and what a screen reader
        # then says (the whole summary: total, band and advice) without another key press.
        self.summary = ReadingStop(object_name="result-summary")
        self.title_label = QLabel()
        self.title_label.setWordWrap(True)
        self.title_label.setTextFormat(Qt.TextFormat.PlainText)  # user text: never markup
        set_relative_font(self.title_label, 1.4, bold=True)
        self.summary.content.addWidget(self.title_label)
        self.details_label = QLabel()
        self.details_label.setObjectName("details")
        self.details_label.setWordWrap(True)
        self.details_label.setTextFormat(Qt.TextFormat.PlainText)
        self.summary.content.addWidget(self.details_label)
        self.total_label = QLabel()
        self.total_label.setObjectName("total")
        set_relative_font(self.total_label, 2.0, bold=True)
        self.total_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.summary.content.addWidget(self.total_label)
        layout.addWidget(self.summary)
        # The learning loop's parts of the page (the band ladder, next steps): modules of their own.
        from samverkan_gui.ui.ladder import BandLadder
        from samverkan_gui.ui.next_steps import NextSteps

        self.ladder = BandLadder()
        layout.addWidget(self.ladder)
        self.band_label = QLabel()
        self.band_label.setObjectName("band-range")
        self.band_label.setTextFormat(Qt.TextFormat.PlainText)
        self.band_label.setWordWrap(True)
        layout.addWidget(self.band_label)
        self.advice_label = QLabel()
        self.advice_label.setObjectName("advice")
        self.advice_label.setWordWrap(True)
        self.advice_label.setTextFormat(Qt.TextFormat.PlainText)
        set_relative_font(self.advice_label, 1.15)
        self.advice_label.setFrameShape(QFrame.Shape.StyledPanel)
        self.advice_label.setMargin(12)
        self.advice_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.advice_label)
        # Three of the five bands' advice names no block: then this line does.
        self.weakest_label = QLabel()
        self.weakest_label.setObjectName("weakest")
        self.weakest_label.setWordWrap(True)
        self.weakest_label.setTextFormat(Qt.TextFormat.PlainText)
        set_relative_font(self.weakest_label, 1.05)
        self.weakest_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.weakest_label)
        # A follow-up: the change since the file it follows; and actions past their due date.
        self.since_heading = QLabel()
        self.since_heading.setObjectName("since-heading")
        set_relative_font(self.since_heading, 1.15, bold=True)
        layout.addWidget(self.since_heading)
        self.since_label = QLabel()
        self.since_label.setObjectName("since")
        self.since_label.setWordWrap(True)
        self.since_label.setTextFormat(Qt.TextFormat.PlainText)
        self.since_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.since_label)
        self.overdue_label = QLabel()
        self.overdue_label.setObjectName("overdue")
        self.overdue_label.setWordWrap(True)
        self.overdue_label.setTextFormat(Qt.TextFormat.PlainText)
        self.overdue_label.setFrameShape(QFrame.Shape.StyledPanel)
        self.overdue_label.setMargin(8)
        layout.addWidget(self.overdue_label)
        # Table and chart side by side where there is room, else the chart under the table
        # (large text, a small screen): never wider than the page.
        row = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        self.table_and_chart = row
        row.setSpacing(24)
        self.table = ReadingTable(0, 4)
        self.table.setObjectName("block-table")
        self.table.verticalHeader().setVisible(False)
        self.table.setWordWrap(True)
        self.table.setTextElideMode(Qt.TextElideMode.ElideNone)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2, 3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.table.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)
        row.addWidget(self.table, 1, Qt.AlignmentFlag.AlignTop)
        self.chart = BarChart()
        row.addWidget(self.chart, 1, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(row)
        self.next_steps = NextSteps()
        self.next_steps.plan_requested.connect(self.plan_requested)
        self.next_steps.follow_up_requested.connect(self.follow_up_requested)
        self.next_steps.guidance_requested.connect(self.guidance_requested)
        layout.addWidget(self.next_steps)
        self.credit_label = QLabel()
        self.credit_label.setWordWrap(True)
        set_relative_font(self.credit_label, 0.9)
        layout.addWidget(self.credit_label)
        layout.addStretch(1)
        outer.addWidget(scroll, 1)
        self.edit_button = push_button("back-to-editing", self.edit_requested)
        self.save_button = push_button("results-save")
        self.export_button = push_button("results-export")
        outer.addWidget(button_bar([self.edit_button], [self.save_button, self.export_button]))
        self.limit_width()
        session.document_changed.connect(self.refresh)
        self.retranslate()

    def retranslate(self) -> None:
        self.edit_button.setText(self.tr("← &Back to the questions"))
        self.save_button.setText(self.tr("&Save"))
        self.export_button.setText(self.tr("&Export PDF or Word…"))
        self.table.setHorizontalHeaderLabels([self.tr("Block"), self.tr("Score"), self.tr("Maximum"), self.tr("%")])
        self.table.setAccessibleName(self.tr("Score per block"))
        self.refresh()

    def refresh(self) -> None:
        """Redraw from the session; while hidden only remember to (keeps rating keystrokes fast)."""
        self.refresh_when_shown()

    def redraw(self) -> None:
        result = self._session.result()
        assessment = self._session.assessment
        questionnaire = self._session.questionnaire
        if result is None or assessment is None or questionnaire is None:
            return
        lang = current_language()
        heading = self.tr("Result")
        if assessment.collaboration:
            heading = f"{heading}: {assessment.collaboration}"
        self.title_label.setText(heading)
        who = ", ".join(part for part in (assessment.respondent, assessment.organisation) if part)
        when = assessment.date.isoformat() if assessment.date else ""
        self.details_label.setText(" · ".join(part for part in (who, when) if part))
        self.details_label.setVisible(bool(who or when))
        shown = present_result(result, lang)
        if not shown.complete:
            self.total_label.setText(self.tr("Not complete"))
            self.advice_label.setText(self.tr("%n question(s) still without an answer.", "", shown.missing))
        else:
            self.total_label.setText(fill(self.tr("Total: %1 of %2"), shown.total_text, str(shown.max_total)))
            self.advice_label.setText(shown.advice or "")
        self.weakest_label.setText(shown.weakest)
        self.weakest_label.setVisible(bool(shown.weakest))
        self.table.setRowCount(len(shown.blocks) + 1)
        bars = []
        for row, line in enumerate(shown.blocks):
            self._set_row(row, line.name, str(line.score), line.max, line.percent_text)
            value_text = fill(self.tr("%1 of %2"), str(line.score), str(line.max)) + f" ({line.percent_text})"
            bars.append(Bar(line.name, line.score, line.max, value_text))
        self._set_row(len(shown.blocks), self.tr("Total"), shown.total_text, shown.max_total, shown.total_percent_text)
        bold = QFont(self.table.font())
        bold.setBold(True)
        for column in range(4):
            item = self.table.item(len(shown.blocks), column)
            if item is not None:
                item.setFont(bold)
        self.table.resizeRowsToContents()
        height = (
            self.table.horizontalHeader().height()
            + sum(self.table.rowHeight(r) for r in range(self.table.rowCount()))
            + 2 * self.table.frameWidth()
        )
        self.table.setFixedHeight(height)
        description = "; ".join(f"{bar.label}: {bar.value_text}" for bar in bars)
        self.chart.set_bars(bars, self.tr("Bar chart of the score per block"), description)
        self.credit_label.setText(questionnaire.credit.get(lang))
        self._show_since(assessment, lang)
        overdue = overdue_summary(assessment.plan, self.today(), lang)
        self.overdue_label.setText(overdue)
        self.overdue_label.setVisible(bool(overdue))
        self._show_ladder(result)
        self._show_next_steps(result)
        self._speak_summary(result, heading)

    def _speak_summary(self, result: Result, heading: str) -> None:
        """The summary's spoken form: heading, total and band as its name, the advice as its description."""
        bands = sorted(result.questionnaire.bands, key=lambda band: band.min)
        if result.total is not None and result.band is not None and result.band in bands:
            gist = fill(
                self.tr("Total %1 of %2, band %3 of %4 (%5)."),
                result.total,
                result.max_total,
                bands.index(result.band) + 1,
                len(bands),
                band_range(result.band),
            )
        else:
            gist = self.total_label.text() + "."
        advice = (self.advice_label.text(), self.weakest_label.text())
        self.summary.set_spoken(f"{heading}. {gist}", " ".join(part for part in advice if part))

    #: Table and chart stand side by side when the page is at least this many average characters wide.
    SIDE_BY_SIDE_CHARS = 110

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._arrange_table_and_chart()

    def _arrange_table_and_chart(self) -> None:
        wide = self._body.width() >= self.fontMetrics().averageCharWidth() * self.SIDE_BY_SIDE_CHARS
        direction = QBoxLayout.Direction.LeftToRight if wide else QBoxLayout.Direction.TopToBottom
        if self.table_and_chart.direction() != direction:
            self.table_and_chart.setDirection(direction)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:  # the app's text size changed
            self._arrange_table_and_chart()

    def today(self) -> dt.date:
        """The day actions are overdue after (their due date passed, not done)."""
        return dt.date.today()

    def _show_since(self, assessment: Assessment, lang: str) -> None:
        """'Sedan förra gången (2026-03-06): +12 ↑' and each block's change; or why it cannot be said."""
        from samverkan_gui.core.compare import since_last
        from samverkan_gui.present.learning import present_since_last

        since = None
        if assessment.follows is not None:
            source = follows_source(self._session)
            folder = source.parent if source is not None else None
            since = since_last(assessment, folder, self._session.registry, path=self._session.path)
        shown = present_since_last(since, lang) if since is not None else None
        self.since_heading.setVisible(shown is not None)
        self.since_label.setVisible(shown is not None)
        if shown is None:
            return
        self.since_heading.setText(self.tr("Since last time"))
        self.since_label.setText("\n".join((shown.headline, *shown.blocks, *shown.notices)))
        self.since_label.setAccessibleDescription("; ".join(shown.spoken))

    def _set_row(self, row: int, name: str, score: str, maximum: int, percent: str) -> None:
        values = [name, score, str(maximum), percent]
        for column, value in enumerate(values):
            item = QTableWidgetItem(value)
            if column:
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.table.setItem(row, column, item)

    def _show_ladder(self, result: Result) -> None:
        """The bands as one scale with this total marked; hidden for a draft (no total, no band)."""
        questionnaire = result.questionnaire
        bands = sorted(questionnaire.bands, key=lambda band: band.min)
        if result.total is None or result.band is None or not bands:
            self.ladder.hide()
            self.band_label.hide()
            return
        band = result.band
        spoken = fill(self.tr("%1 of %2, band %3"), str(result.total), str(result.max_total), band_range(band))
        all_bands = ", ".join(band_range(b) for b in bands)
        self.ladder.set_ladder(
            bands,
            result.total,
            here_text=self.tr("your total"),
            accessible_name=spoken,
            description=fill(self.tr("The bands of the scale: %1"), all_bands),
        )
        self.band_label.setText(
            fill(
                self.tr("The total is in the band %1 (band %2 of %3)."),
                band_range(band),
                str(bands.index(band) + 1),
                str(len(bands)),
            )
        )
        self.ladder.show()
        self.band_label.show()

    def _show_next_steps(self, result: Result) -> None:
        from samverkan_gui.core.scoring import lowest_questions
        from samverkan_gui.present.result import present_lowest

        assessment = self._session.assessment
        if assessment is None:
            return
        lang = current_language()
        lowest = present_lowest(lowest_questions(assessment.answers, result.questionnaire), result.questionnaire, lang)
        self.next_steps.show_result(result, assessment, result.questionnaire, lowest, lang)
