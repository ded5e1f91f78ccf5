"""The group results view: totals and band, blocks with ranges, per-question distributions,
the questions where views differ (in discussion order), the notes, the organisations' views
and the exports.

Statistics are recomputed on :attr:`GroupSession.answers_changed` (and names on
``details_changed``), never on a note typed: notes have their own signal.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from samverkan_gui.core.group import Group
from samverkan_gui.core.group_orgs import organisation_view
from samverkan_gui.core.group_stats import GroupStats, QuestionStats, group_stats
from samverkan_gui.core.placeholders import fill
from samverkan_gui.present import GroupPresentation, block_display_name, present_group
from samverkan_gui.present.group import consensus_limit_text, question_consensus_text, question_mean_text
from samverkan_gui.present.questions import question_label
from samverkan_gui.ui.fields import show_text
from samverkan_gui.ui.flow_layout import FlowLayout
from samverkan_gui.ui.follows import follows_source
from samverkan_gui.ui.fonts import set_relative_font
from samverkan_gui.ui.i18n import current_language
from samverkan_gui.ui.in_sight import InSightComboBox
from samverkan_gui.ui.lazy_view import RedrawnWhenShown
from samverkan_gui.ui.reading import ReadingStop, ReadingTable
from samverkan_gui.ui.retranslated import Retranslated
from samverkan_gui.ui.workshop.bars import (
    COUNTS_ROLE,
    RANGE_ROLE,
    DistributionDelegate,
    RangeDelegate,
    RatingLegend,
)
from samverkan_gui.ui.workshop.organisations import OrganisationsView
from samverkan_gui.ui.workshop.session import GroupSession
from samverkan_gui.ui.zoom import notifier as zoom_notifier


def _item(text: str, *, bold: bool = False, align: Qt.AlignmentFlag | None = None) -> QTableWidgetItem:
    item = QTableWidgetItem(text)
    if bold:
        font = item.font()
        font.setBold(True)
        item.setFont(font)
    if align is not None:
        item.setTextAlignment(align | Qt.AlignmentFlag.AlignVCenter)
    return item


class GroupResultsView(RedrawnWhenShown, Retranslated, QWidget):
    """Redraws from the session whenever the group changes."""

    def __init__(self, session: GroupSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.show_names = False
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.advice = QLabel()
        self.advice.setWordWrap(True)
        self.advice.setTextFormat(Qt.TextFormat.PlainText)
        set_relative_font(self.advice, 1.15)  # a size up, and it follows the app's text size
        # A follow-up: what changed since the group file it follows; and actions past their due date.
        self.learning = QLabel()
        self.learning.setObjectName("group-since")
        self.learning.setWordWrap(True)
        self.learning.setTextFormat(Qt.TextFormat.PlainText)
        self.learning.hide()
        # The summary and the advice: the tab's first Tab stop, read out as a whole.
        self.overview = ReadingStop(object_name="group-summary")
        self.overview.content.setContentsMargins(0, 0, 0, 0)
        self.overview.content.addWidget(self.summary)
        self.overview.content.addWidget(self.advice)
        self.overview.content.addWidget(self.learning)
        self.blocks_title = QLabel()
        self.block_table = ReadingTable(0, 6)
        self.block_table.setObjectName("group-block-table")
        self.block_table.setItemDelegateForColumn(5, RangeDelegate(self.block_table))
        self.differ_title = QLabel()
        self.differ_rule = QLabel()
        self.differ_rule.setWordWrap(True)
        self.differ_table = self._question_table()
        self.questions_title = QLabel()
        self.question_table = self._question_table()
        for title in (self.blocks_title,):
            bold = title.font()
            bold.setBold(True)
            bold.setPointSizeF(bold.pointSizeF() * 1.1)
            title.setFont(bold)
        self.notes_label = QLabel()
        self.notes_block = InSightComboBox()
        self.notes_label.setBuddy(self.notes_block)
        self.notes_edit = QPlainTextEdit()
        self.notes_edit.setTabChangesFocus(True)
        self.notes_block.currentIndexChanged.connect(self._show_note)
        self.notes_edit.textChanged.connect(self._note_edited)
        self.facilitator_notes_label = QLabel()
        self.facilitator_notes_label.setBuddy(self.notes_edit)
        self.participant_notes_label = QLabel()
        #: The participants' own notes for the chosen block, under their codes (read only).
        self.participant_notes = QPlainTextEdit()
        self.participant_notes.setReadOnly(True)
        self.participant_notes.setTabChangesFocus(True)
        self.participant_notes_label.setBuddy(self.participant_notes)

        # The outputs, where the facilitator looks at the results (the window wires the buttons).
        self.pdf_button = QPushButton()
        self.include_notes = QCheckBox()
        self.csv_button = QPushButton()
        self.blank_form_button = QPushButton()
        # The outputs wrap to a second row at large text sizes (never wider than the window).
        outputs_row = QWidget()
        outputs = FlowLayout(outputs_row, spacing=12)
        outputs.addWidget(self.pdf_button)
        outputs.addWidget(self.include_notes)
        outputs.addWidget(self.csv_button)
        outputs.addWidget(self.blank_form_button)

        notes = QWidget()
        notes_layout = QVBoxLayout(notes)
        notes_row = QHBoxLayout()
        notes_row.addWidget(self.notes_label)
        notes_row.addWidget(self.notes_block, 1)
        notes_layout.addLayout(notes_row)
        notes_layout.addWidget(self.facilitator_notes_label)
        notes_layout.addWidget(self.notes_edit, 1)
        notes_layout.addWidget(self.participant_notes_label)
        notes_layout.addWidget(self.participant_notes, 1)
        differ = QWidget()
        differ_layout = QVBoxLayout(differ)
        differ_layout.addWidget(self.differ_rule)
        differ_layout.addWidget(self.differ_table)
        self.lower_tabs = QTabWidget()
        self.lower_tabs.addTab(differ, "")
        self.lower_tabs.addTab(self.question_table, "")
        self.lower_tabs.addTab(notes, "")
        #: The organisations' views side by side (or why there are none).
        self.organisations = OrganisationsView()
        self.lower_tabs.addTab(self.organisations, "")
        layout = QVBoxLayout(self)
        layout.addWidget(self.overview)
        layout.addWidget(self.blocks_title)
        layout.addWidget(self.block_table)
        # The answers' colours in words, for the distribution bars below (every answer, given or not).
        self.legend_label = QLabel()
        self.legend = RatingLegend()
        legend_row = QHBoxLayout()
        legend_row.addWidget(self.legend_label)
        legend_row.addWidget(self.legend, 1)
        layout.addLayout(legend_row)
        self.lower_tabs.setUsesScrollButtons(True)  # tabs that do not fit scroll, the window stays narrow
        layout.addWidget(self.lower_tabs, 1)
        layout.addWidget(outputs_row)
        self.stats: GroupStats | None = None
        self._stale = True
        #: How many times the statistics were computed (tests check a typed note costs none).
        self.refresh_count = 0
        # Redrawing every table on each typed digit while the entry grid is shown costs time
        # for nothing: refresh now only when visible, else when shown.
        session.answers_changed.connect(self.refresh_when_shown)
        session.details_changed.connect(self.refresh_when_shown)
        session.notes_changed.connect(self._show_note)
        # The tables' row heights and the range bars' width follow the app's text size.
        zoom_notifier().zoom_changed.connect(self._zoom_changed)
        session.document_replaced.connect(self.refresh_when_shown)
        session.document_replaced.connect(self._show_note)
        self.retranslate()

    def _question_table(self) -> QTableWidget:
        table = ReadingTable(0, 6)
        table.setItemDelegateForColumn(2, DistributionDelegate(table))
        # The question text gets every pixel the numbers do not need, and wraps instead of being cut.
        table.setWordWrap(True)
        table.setTextElideMode(Qt.TextElideMode.ElideNone)
        table.verticalHeader().setVisible(False)
        table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        table.verticalHeader().setMinimumSectionSize(30)
        header = table.horizontalHeader()
        for column in (0, 3, 4, 5):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Fixed)
        header.resizeSection(2, 180)
        return table

    def _show_learning(self, group: Group, lang: str) -> None:
        """'Sedan förra gången (2025-11-20): +3,5 ↑' with each block's change, and overdue actions."""
        from samverkan_gui.core.compare import since_last
        from samverkan_gui.present.learning import overdue_summary, present_since_last

        parts: list[str] = []
        if group.follows is not None:
            source = follows_source(self.session)
            folder = source.parent if source is not None else None
            since = since_last(group, folder, self.session.registry, path=self.session.path)
            if since is not None:
                shown = present_since_last(since, lang)
                parts += [shown.headline, *shown.blocks, *shown.notices]
        overdue = overdue_summary(group.plan, dt.date.today(), lang)
        if overdue:
            parts.append(overdue)
        self.learning.setText("\n".join(parts))
        self.learning.setVisible(bool(parts))

    def _zoom_changed(self, _factor: float) -> None:
        self.refresh_when_shown()

    def retranslate(self) -> None:
        self.blocks_title.setText(self.tr("Result per block"))
        self.legend_label.setText(self.tr("Answers:"))
        scale = self.session.questionnaire.scale
        lang = current_language()
        self.legend.set_scale([(value, scale.label(value, lang)) for value in scale.values])
        self.block_table.setAccessibleName(self.blocks_title.text())
        self.block_table.setHorizontalHeaderLabels(
            [
                self.tr("Block"),
                self.tr("n"),
                self.tr("Mean"),
                self.tr("Lowest"),
                self.tr("Highest"),
                self.tr("Mean and range"),
            ]
        )
        headers = [
            self.tr("No."),
            self.tr("Question"),
            self.tr("Distribution 1–5"),
            self.tr("Mean"),
            self.tr("Consensus"),
            self.tr("n"),
        ]
        self.differ_table.setHorizontalHeaderLabels(headers)
        self.question_table.setHorizontalHeaderLabels(headers)
        self.differ_title.setText(self.tr("Where views differ"))
        self._set_tab_titles()
        self.differ_rule.setText(
            fill(
                self.tr(
                    "Questions where the group's consensus is below %1 (1 = everyone answers alike, 0 = the group is "
                    "split between the ends of the scale); lowest consensus first, then lowest mean. "
                    "Start the conversation here."
                ),
                consensus_limit_text(current_language()),
            )
        )
        self.questions_title.setText(self.tr("All questions"))
        self.differ_table.setAccessibleName(self.differ_title.text())
        self.question_table.setAccessibleName(self.questions_title.text())
        self.lower_tabs.setTabText(1, self.questions_title.text())
        self.lower_tabs.setTabText(2, self.tr("Notes"))
        self.lower_tabs.setTabText(3, self.tr("The organisations' views"))
        self.notes_label.setText(self.tr("Notes for the &block:"))
        self.facilitator_notes_label.setText(self.tr("What the group said (your notes, in the report):"))
        self.participant_notes_label.setText(self.tr("Participants' own notes (under their codes):"))
        self.pdf_button.setText(self.tr("Group &report (PDF or Word)…"))
        self.include_notes.setText(self.tr("&Include participants' notes"))
        self.include_notes.setToolTip(
            self.tr("Print the participants' own notes in the group report, under their codes (never names)")
        )
        self.csv_button.setText(self.tr("&CSV for Excel…"))
        self.blank_form_button.setText(self.tr("B&lank paper form…"))
        self.redraw()

    def set_show_names(self, show: bool) -> None:
        self.show_names = show
        self.redraw()

    def redraw(self) -> None:
        self._stale = False
        self.refresh_count += 1
        lang = current_language()
        group = self.session.group
        questionnaire = self.session.questionnaire
        stats = self.stats = group_stats(group, questionnaire)
        people = ", ".join(f"{p.code} ({p.name})" if self.show_names and p.name else p.code for p in group.participants)
        lines = [
            fill(
                self.tr("Participants: %1 (%2 with every question answered)"),
                str(stats.participants),
                str(stats.complete),
            )
            + (f": {people}" if people else "")
        ]
        shown = present_group(stats, lang)
        if stats.band is not None and shown.mean_total_text is not None:
            lines.append(
                fill(
                    self.tr("Mean total %1 of %2 points (n = %3; lowest %4, highest %5) · score band %6–%7"),
                    shown.mean_total_text,
                    str(stats.max_total),
                    str(stats.complete),
                    str(stats.min_total),
                    str(stats.max_total_seen),
                    str(stats.band.min),
                    str(stats.band.max),
                )
            )
            # Three of the five bands' advice names no block: then the sentence below does.
            self.advice.setText("\n".join(part for part in (shown.advice or "", shown.weakest) if part))
        else:
            lines.append(self.tr("No participant has answered every question yet: no total and no advice."))
            self.advice.setText("")
        self.summary.setText("\n".join(lines))
        self._show_learning(group, lang)
        spoken = " ".join(part for part in (self.advice.text(), self.learning.text()) if part)
        self.overview.set_spoken(" ".join(lines), spoken.replace("\n", " "))
        self._fill_blocks(stats, shown)
        self._fill_questions(self.differ_table, list(stats.discussion), lang, with_block=True)
        self._fill_questions(self.question_table, list(stats.questions), lang, with_block=False)
        self._fill_note_blocks(lang)
        self.organisations.show_view(organisation_view(group, questionnaire), lang)
        self._set_tab_titles()

    def _set_tab_titles(self) -> None:
        count = len(self.stats.discussion) if self.stats is not None else 0
        self.lower_tabs.setTabText(0, f"{self.differ_title.text()} ({count})")

    def _fill_blocks(self, stats: GroupStats, shown: GroupPresentation) -> None:
        table = self.block_table
        table.setRowCount(len(stats.blocks))
        for row, (b, line) in enumerate(zip(stats.blocks, shown.blocks, strict=True)):
            table.setItem(row, 0, _item(line.title, bold=b.block.id in stats.weakest_blocks))
            table.setItem(row, 1, _item(str(line.n), align=Qt.AlignmentFlag.AlignRight))
            table.setItem(row, 2, _item(line.mean_text, align=Qt.AlignmentFlag.AlignRight))
            table.setItem(row, 3, _item(line.min_percent_text, align=Qt.AlignmentFlag.AlignRight))
            table.setItem(row, 4, _item(line.max_percent_text, align=Qt.AlignmentFlag.AlignRight))
            chart = _item("")
            chart.setData(Qt.ItemDataRole.AccessibleTextRole, line.mean_text)  # "–" until someone answered
            if b.mean_share is not None and b.min_share is not None and b.max_share is not None:
                chart.setData(RANGE_ROLE, (b.min_share, b.mean_share, b.max_share))
                chart.setToolTip(f"{line.min_percent_text} – {line.max_percent_text}")
                # The drawn bar in words, for a screen reader (a painted cell has no text of its own).
                chart.setData(
                    Qt.ItemDataRole.AccessibleTextRole,
                    fill(
                        self.tr("mean %1, from %2 to %3"),
                        line.mean_percent_text,
                        line.min_percent_text,
                        line.max_percent_text,
                    ),
                )
            table.setItem(row, 5, chart)
        header = table.horizontalHeader()
        # The block's heading wraps (its column takes the room left); the range bar a fixed width:
        # at large text sizes the table still fits the window.
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in range(1, 5):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(5, QHeaderView.ResizeMode.Fixed)
        header.resizeSection(5, table.fontMetrics().averageCharWidth() * 22)
        table.setWordWrap(True)
        table.setTextElideMode(Qt.TextElideMode.ElideNone)
        table.verticalHeader().setVisible(False)
        table.resizeRowsToContents()
        height = table.horizontalHeader().height() + sum(table.rowHeight(r) for r in range(table.rowCount())) + 4
        table.setMinimumHeight(height)
        table.setMaximumHeight(height)

    def _fill_questions(
        self, table: QTableWidget, questions: list[QuestionStats], lang: str, *, with_block: bool
    ) -> None:
        table.setRowCount(len(questions))
        questionnaire = self.session.questionnaire
        for row, q in enumerate(questions):
            text = q.question.text.get(lang)
            if with_block:
                text = f"{block_display_name(q.block, lang)}: {text}"
            table.setItem(row, 0, _item(question_label(questionnaire, q.question.id, lang)))
            text_item = _item(text, bold=q.views_differ and not with_block)
            text_item.setToolTip(text)
            table.setItem(row, 1, text_item)
            bar = _item("")
            bar.setData(COUNTS_ROLE, {str(k): v for k, v in q.counts.items()})
            bar.setToolTip("  ".join(f"{value}: {count}" for value, count in q.counts.items()))
            bar.setData(
                Qt.ItemDataRole.AccessibleTextRole,
                ", ".join(fill(self.tr("%1: %n answer(s)", "", count), value) for value, count in q.counts.items()),
            )
            table.setItem(row, 2, bar)
            table.setItem(row, 3, _item(question_mean_text(q, lang), align=Qt.AlignmentFlag.AlignRight))
            consensus = _item(question_consensus_text(q, lang), bold=q.views_differ, align=Qt.AlignmentFlag.AlignRight)
            consensus.setToolTip(
                fill(
                    self.tr("Consensus %1, answers from %2 to %3"),
                    question_consensus_text(q, lang),
                    str(q.lowest or "–"),
                    str(q.highest or "–"),
                )
            )
            table.setItem(row, 4, consensus)
            n_text = str(q.n) if not q.missing else fill(self.tr("%1 (%n missing)", "", q.missing), str(q.n))
            table.setItem(row, 5, _item(n_text, align=Qt.AlignmentFlag.AlignRight))

    # --- the facilitator's notes per block ---------------------------------

    def _fill_note_blocks(self, lang: str) -> None:
        blocks = self.session.questionnaire.blocks
        current = self.notes_block.currentIndex()
        self.notes_block.blockSignals(True)
        self.notes_block.clear()
        for block in blocks:
            self.notes_block.addItem(block.title.get(lang), block.id)
        self.notes_block.setCurrentIndex(max(0, current))
        self.notes_block.blockSignals(False)
        self._show_note()

    def _show_note(self) -> None:
        block_id = self.notes_block.currentData()
        group = self.session.group
        show_text(self.notes_edit, group.notes.get(block_id, "") if block_id else "")
        own = [(p.code, p.notes.get(block_id, "")) for p in group.participants] if block_id else []
        lines = [f"{code}: {note}" for code, note in own if note.strip()]
        self.participant_notes.setPlainText(
            "\n\n".join(lines) if lines else self.tr("No participant wrote a note for this block.")
        )

    def _note_edited(self) -> None:
        block_id = self.notes_block.currentData()
        if block_id:
            self.session.update(self.session.group.with_note(block_id, self.notes_edit.toPlainText()))
