"""Compare over time: two or more assessments (or groups) of one collaboration, in date order.

Shows each total with its band, the change per block (signed numbers and
arrows, never colour alone), a grouped bar chart (one series per date), the
questions that moved most up and down, and the earlier plans' actions with
their status.  The numbers come from :func:`samverkan_gui.core.compare.compare`;
this window only lays them out.  "Export PDF…" writes the comparison PDF.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from fractions import Fraction
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QFrame,
    QHeaderView,
    QLabel,
    QListWidgetItem,
    QMainWindow,
    QSizePolicy,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from samverkan_gui.core.errors import SamverkanError
from samverkan_gui.core.file_kinds import ReportFormat
from samverkan_gui.core.placeholders import fill
from samverkan_gui.core.registry import QuestionnaireRegistry
from samverkan_gui.present import block_display_name
from samverkan_gui.present.compare import (
    change_words,
    collaboration_title,
    comparison_digits,
    comparison_file_stem,
    due_text,
    format_change,
    format_value,
    notices,
    occasion_date,
    status_over_time,
)
from samverkan_gui.present.learning import overdue_word
from samverkan_gui.present.questions import question_label
from samverkan_gui.ui import dialogs, file_filters
from samverkan_gui.ui.accessible import announce_status_messages
from samverkan_gui.ui.button_bar import button_bar, push_button
from samverkan_gui.ui.compare_chart import BarGroup, GroupedBarChart, GroupedValue
from samverkan_gui.ui.drops import FileDropTarget
from samverkan_gui.ui.exports import ask_report_target, report_failed, report_written
from samverkan_gui.ui.fonts import set_relative_font
from samverkan_gui.ui.i18n import current_language
from samverkan_gui.ui.in_sight import InSightList
from samverkan_gui.ui.reading import ReadingTable
from samverkan_gui.ui.retranslated import Retranslated
from samverkan_gui.ui.screen import fit_on_screen
from samverkan_gui.ui.zoom import install_zoom_keys

if TYPE_CHECKING:
    from samverkan_gui.core.compare import CompareInput, Comparison, ItemScore, QuestionChange


def compare_file_filter() -> str:
    return file_filters.joined(file_filters.samverkan_files(), file_filters.all_files())


def _table(columns: int, name: str) -> QTableWidget:
    table = ReadingTable(0, columns)  # read only, Tab passes through, rows read without "not selected"
    table.setObjectName(name)
    table.verticalHeader().setVisible(False)
    table.setWordWrap(True)
    table.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
    return table


def _fill(table: QTableWidget, headers: list[str], rows: list[list[str]], numeric: set[int]) -> None:
    table.setColumnCount(len(headers))
    table.setHorizontalHeaderLabels(headers)
    table.setRowCount(len(rows))
    for row, values in enumerate(rows):
        for column, value in enumerate(values):
            item = QTableWidgetItem(value)
            if column in numeric:
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            table.setItem(row, column, item)
    header = table.horizontalHeader()
    for column in range(len(headers)):
        mode = QHeaderView.ResizeMode.ResizeToContents if column in numeric else QHeaderView.ResizeMode.Stretch
        header.setSectionResizeMode(column, mode)
    table.resizeRowsToContents()
    height = header.height() + sum(table.rowHeight(r) for r in range(table.rowCount())) + 2 * table.frameWidth()
    table.setFixedHeight(height)


def _heading() -> QLabel:
    label = QLabel()
    label.setTextFormat(Qt.TextFormat.PlainText)
    set_relative_font(label, 1.15, bold=True)
    return label


class CompareWindow(FileDropTarget, Retranslated, QMainWindow):
    """A window of its own (non-modal): the comparison can stay open beside the assessment."""

    # On a wide screen the tables and bars stay as wide as a reader can follow (as the results do).
    READING_WIDTH = 170

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName("compare-window")
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        announce_status_messages(self.statusBar())
        self.comparison: Comparison | None = None
        self._paths: list[Path] = []
        scroll = self.reading_column()
        layout = QVBoxLayout(self._body)
        layout.setContentsMargins(24, 16, 24, 16)
        layout.setSpacing(10)
        self.title_label = QLabel()
        self.title_label.setObjectName("compare-title")
        self.title_label.setTextFormat(Qt.TextFormat.PlainText)
        self.title_label.setWordWrap(True)
        set_relative_font(self.title_label, 1.4, bold=True)
        layout.addWidget(self.title_label)
        # Before two files are chosen: what to do, and what is chosen so far.
        self.pending_label = QLabel()
        self.pending_label.setObjectName("compare-pending")
        self.pending_label.setWordWrap(True)
        self.pending_label.setTextFormat(Qt.TextFormat.PlainText)
        layout.addWidget(self.pending_label)
        # The files compared, in date order (the only order there is): a wrong one is taken out
        # with the button, Delete or the context menu.
        self.files_heading = _heading()
        layout.addWidget(self.files_heading)
        self.files_list = InSightList(with_focus=True)
        self.files_list.setObjectName("compare-files")
        # Its current item only while it has the focus (else Orca may take it for the focus): the
        # Remove button and Delete act on the selected file, which stays selected.
        self.files_list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.files_list.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        self.files_list.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.remove_action = QAction(self.files_list)
        self.remove_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Delete))
        self.remove_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.remove_action.triggered.connect(self.remove_selected)
        self.files_list.addAction(self.remove_action)
        self.files_list.itemSelectionChanged.connect(self._update_remove)
        layout.addWidget(self.files_list)
        body_layout = layout
        self.content = QWidget()
        layout = QVBoxLayout(self.content)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(10)
        body_layout.addWidget(self.content)
        body_layout.addStretch(1)
        self.totals_heading = _heading()
        layout.addWidget(self.totals_heading)
        self.totals_table = _table(4, "compare-totals")
        layout.addWidget(self.totals_table)
        # Why the changes below are not a plain trend (other collaborations, a person beside a group,
        # versions): said in words right under the totals, as in the PDF and the command line.
        self.notices_label = QLabel()
        self.notices_label.setObjectName("compare-notices")
        self.notices_label.setWordWrap(True)
        self.notices_label.setTextFormat(Qt.TextFormat.PlainText)
        self.notices_label.setFrameShape(QFrame.Shape.StyledPanel)
        self.notices_label.setMargin(8)
        layout.addWidget(self.notices_label)
        self.blocks_heading = _heading()
        layout.addWidget(self.blocks_heading)
        self.blocks_table = _table(4, "compare-blocks")
        layout.addWidget(self.blocks_table)
        self.chart_heading = _heading()
        layout.addWidget(self.chart_heading)
        self.chart = GroupedBarChart()
        layout.addWidget(self.chart)
        self.moved_heading = _heading()
        layout.addWidget(self.moved_heading)
        self.moved_label = QLabel()
        self.moved_label.setObjectName("compare-moved")
        self.moved_label.setWordWrap(True)
        self.moved_label.setTextFormat(Qt.TextFormat.PlainText)
        self.moved_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.moved_label)
        self.plans_heading = _heading()
        layout.addWidget(self.plans_heading)
        self.plans_label = QLabel()
        self.plans_label.setWordWrap(True)
        layout.addWidget(self.plans_label)
        self.plans_table = _table(5, "compare-actions")
        layout.addWidget(self.plans_table)
        central = QWidget()
        outer = QVBoxLayout(central)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll, 1)
        self.export_button = push_button("compare-export", lambda: self.export_report())
        self.close_button = push_button("compare-close", self.close)
        self.add_files_button = push_button("compare-add-files", self.add_files)
        self.add_folder_button = push_button("compare-add-folder", self.add_folder)
        self.remove_button = push_button("compare-remove", self.remove_selected)
        outer.addWidget(
            button_bar(
                [self.add_files_button, self.add_folder_button, self.remove_button],
                [self.export_button, self.close_button],
            )
        )
        self.setCentralWidget(central)
        export_pdf = partial(self.export_report, ReportFormat.PDF)
        for keys, slot in ((QKeySequence("Ctrl+E"), export_pdf), (QKeySequence.StandardKey.Close, self.close)):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.activated.connect(slot)
        QShortcut(QKeySequence(Qt.Key.Key_Escape), self).activated.connect(self.close)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Open), self).activated.connect(self.add_files)
        self.setAcceptDrops(True)
        self._registry: QuestionnaireRegistry | None = None
        #: Collaborations (their keys) the user chose to compare although they differ.
        self._accepted: set[str] = set()
        #: Where the first file dialog opens (the main window's folder).
        self.default_folder = str(Path.home())
        install_zoom_keys(self)  # the app's one text size, changed here too
        self.limit_width()
        fit_on_screen(self, 1000, 760)
        self.retranslate()

    # --- loading ------------------------------------------------------------------------

    def load(self, paths: Sequence[Path], registry: QuestionnaireRegistry | None = None) -> bool:
        """Compare ``paths`` (files, group files, folders).

        Fewer than two: they are kept and the window asks for more.  Files that cannot be
        compared (another questionnaire, unreadable) are refused by name and nothing changes.
        """
        from samverkan_gui.core.compare import compare, load_for_compare

        if registry is not None:
            self._registry = registry
        wanted = list(dict.fromkeys(Path(p) for p in paths))
        try:
            chosen = load_for_compare(wanted, self._registry)
            kept = self._one_collaboration(wanted, chosen)
            if kept is None:
                return False
            if len(kept) < len(wanted):
                return self.load(kept)
            comparison = compare(chosen)
        except SamverkanError as exc:
            if exc.key == "compare.too_few" and len(wanted) < 2:
                self._paths = wanted  # readable, just not enough yet
                self.comparison = None
                self.refresh()
                return True
            dialogs.show_error(
                self.parentWidget() or self,
                self.tr("The files cannot be compared"),
                exc.message(current_language()),
            )
            return False
        self._paths = wanted
        self.comparison = comparison
        self.refresh()
        return True

    def _one_collaboration(self, wanted: list[Path], chosen: CompareInput) -> list[Path] | None:
        """The paths to compare: all, or those of the first file's collaboration; None to change nothing.

        Files of another collaboration are never compared silently: the user removes them or
        says to compare anyway (then every number carries the notice).
        """
        from samverkan_gui.core.compare import CompareError, collaboration_key, require_one_collaboration

        keys = [collaboration_key(item.collaboration) for item in chosen.items]
        if set(keys) <= self._accepted | {keys[0]}:
            return wanted
        try:
            require_one_collaboration(chosen)
        except CompareError as exc:
            answer = dialogs.ask_other_collaborations(self, exc.message(current_language()))
            if answer is dialogs.OtherCollaborations.CANCEL:
                return None
            if answer is dialogs.OtherCollaborations.REMOVE_OTHERS:
                return [path for path, key in zip(wanted, keys, strict=True) if key == keys[0]]
            self._accepted |= set(keys)
        return wanted

    def paths(self) -> list[Path]:
        return list(self._paths)

    def today(self) -> dt.date:
        """The day actions are overdue after (their due date passed, not done)."""
        return dt.date.today()

    def remove_selected(self) -> bool:
        """Take the selected file out of the comparison (the others stay, in date order)."""
        selected = self.files_list.selectedItems()
        if not selected:
            return False
        item = selected[0]
        gone = Path(item.data(Qt.ItemDataRole.UserRole))
        kept = [path for path in self._paths if path != gone]
        if len(kept) < 2:
            self._paths = kept
            self.comparison = None
            self.refresh()
            return True
        return self.load(kept)

    def _update_remove(self) -> None:
        chosen = bool(self.files_list.selectedItems())
        self.remove_button.setEnabled(chosen)
        self.remove_action.setEnabled(chosen)

    def _start_folder(self) -> str:
        return str(self._paths[-1].parent) if self._paths else self.default_folder

    def add_files(self) -> bool:
        chosen = dialogs.open_file_names(
            self, self.tr("Add assessments or group files"), self._start_folder(), compare_file_filter()
        )
        return self.load(self._paths + chosen) if chosen else False

    def add_folder(self) -> bool:
        folder = dialogs.existing_folder(self, self.tr("Add a folder (one group)"), self._start_folder())
        return self.load([*self._paths, folder]) if folder is not None else False

    def files_dropped(self, paths: list[Path]) -> None:
        # Out of the drop handler first: an error message must not block the drag source.
        QTimer.singleShot(0, lambda: self.load(self._paths + paths))

    # --- showing --------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.export_button.setText(self.tr("&Export PDF or Word…"))
        self.add_files_button.setText(self.tr("Add &files…"))
        self.add_folder_button.setText(self.tr("Add a f&older…"))
        self.remove_button.setText(self.tr("&Remove file"))
        self.remove_button.setToolTip(self.tr("Take the selected file out of the comparison (Delete)"))
        self.remove_action.setText(self.tr("Remove from the comparison"))
        self.files_heading.setText(self.tr("Files compared, by date"))
        self.files_list.setAccessibleName(self.tr("Files compared, by date"))
        self.close_button.setText(self.tr("&Close"))
        self.totals_heading.setText(self.tr("Total per occasion"))
        self.blocks_heading.setText(self.tr("Change per block (latest minus first)"))
        self.chart_heading.setText(self.tr("Score per block and date"))
        self.moved_heading.setText(self.tr("The questions that moved most"))
        self.plans_heading.setText(self.tr("The plans' actions and their status"))
        self.totals_table.setAccessibleName(self.tr("Total per occasion"))
        self.blocks_table.setAccessibleName(self.tr("Change per block"))
        self.plans_table.setAccessibleName(self.tr("Actions and their status"))
        self.refresh()

    def _date(self, item: ItemScore) -> str:
        return occasion_date(item, current_language())

    def _total(self, item: ItemScore, lang: str, digits: int) -> str:
        if item.total is None:
            return self.tr("not complete")
        return fill(self.tr("%1 of %2"), format_value(item.total, lang, digits), str(item.max))

    def series_names(self) -> list[str]:
        """The dates as the chart's legend names them (the file name added where a date repeats)."""
        if self.comparison is None:
            return []
        dates = [self._date(item) for item in self.comparison.items]
        return [
            f"{date} ({item.item.name})" if dates.count(date) > 1 else date
            for date, item in zip(dates, self.comparison.items, strict=True)
        ]

    def _show_files(self) -> None:
        """The chosen files: in date order with their collaboration once compared, else as chosen."""
        lang = current_language()
        self.files_list.clear()
        if self.comparison is not None:
            rows = [
                (
                    item.item.path,
                    " – ".join(
                        (
                            occasion_date(item, lang),
                            item.item.collaboration or self.tr("no collaboration given"),
                            item.item.name,
                        )
                    ),
                )
                for item in self.comparison.items
            ]
        else:
            rows = [(path, path.name) for path in self._paths]
        for path, text in rows:
            entry = QListWidgetItem(text)
            entry.setData(Qt.ItemDataRole.UserRole, str(path))
            self.files_list.addItem(entry)
        height = sum(self.files_list.sizeHintForRow(r) for r in range(self.files_list.count()))
        self.files_list.setFixedHeight(height + 2 * self.files_list.frameWidth() + 4)
        self.files_list.setVisible(bool(rows))
        self.files_heading.setVisible(bool(rows))
        self._update_remove()

    def refresh(self) -> None:
        comparison = self.comparison
        self._show_files()
        self.content.setVisible(comparison is not None)
        self.pending_label.setVisible(comparison is None)
        self.export_button.setEnabled(comparison is not None)
        if comparison is None:
            title = self.tr("Comparison over time")
            self.title_label.setText(title)
            self.setWindowTitle(f"{title} – Samverkan")
            self.pending_label.setText(
                self.tr(
                    "Add two or more assessments, group files or folders (a folder is one group) of the same "
                    "collaboration. You can also drop them here."
                )
            )
            return
        lang = current_language()
        title = self.tr("Comparison over time")
        self.title_label.setText(f"{title}: {collaboration_title(comparison, lang)}")
        self.setWindowTitle(f"{title} – Samverkan")
        said = notices(comparison, lang)
        self.notices_label.setText("\n\n".join(said))
        self.notices_label.setVisible(bool(said))
        self._show_totals(comparison, lang)
        self._show_blocks(comparison, lang)
        self._show_chart(comparison, lang)
        self._show_moved(comparison.moved_up, comparison.moved_down, lang)
        self._show_plans(comparison)

    def _show_totals(self, comparison: Comparison, lang: str) -> None:
        groups = any(item.participants is not None for item in comparison.items)
        digits = comparison_digits(comparison)
        # The file names are in the list of files above (a long name cannot wrap in a cell).
        headers = [self.tr("Date"), self.tr("Collaboration"), self.tr("Total"), self.tr("Band")]
        if groups:
            headers.append(self.tr("Participants"))
        rows = []
        for item in comparison.items:
            band = f"{item.band.min}\u2013{item.band.max}" if item.band is not None else "–"
            collaboration = item.item.collaboration or self.tr("no collaboration given")
            row = [self._date(item), collaboration, self._total(item, lang, digits), band]
            if groups:
                row.append(str(item.participants) if item.participants is not None else "–")
            rows.append(row)
        _fill(self.totals_table, headers, rows, {2, 3, 4})

    def _show_blocks(self, comparison: Comparison, lang: str) -> None:
        first, last = comparison.first, comparison.last
        digits = comparison_digits(comparison)
        headers = [self.tr("Block"), self._date(first), self._date(last), self.tr("Change")]
        rows = []
        for change in comparison.blocks:
            before, after = first.block_value(change.block.id), last.block_value(change.block.id)
            rows.append(
                [
                    block_display_name(change.block, lang),
                    format_value(before.score if before else None, lang, digits),
                    format_value(after.score if after else None, lang, digits),
                    format_change(change.change, lang, digits),
                ]
            )
        rows.append(
            [
                self.tr("Total"),
                format_value(first.total, lang, digits),
                format_value(last.total, lang, digits),
                format_change(comparison.total_change, lang, digits),
            ]
        )
        _fill(self.blocks_table, headers, rows, {1, 2, 3})
        for column, occasion in ((1, first), (2, last)):
            header_item = self.blocks_table.horizontalHeaderItem(column)
            if header_item is not None:
                header_item.setToolTip(occasion.item.name)
        # Screen readers hear each change with its sign, arrow and direction in words, never a colour.
        changes = [*(change.change for change in comparison.blocks), comparison.total_change]
        self.blocks_table.setAccessibleDescription(
            "; ".join(
                f"{row[0]}: {row[3]} ({change_words(value, lang)})" for row, value in zip(rows, changes, strict=True)
            )
        )

    def _show_chart(self, comparison: Comparison, lang: str) -> None:
        series = self.series_names()
        digits = comparison_digits(comparison)
        groups = []
        spoken = []
        for block in comparison.questionnaire.blocks:
            values: list[GroupedValue | None] = []
            for name, item in zip(series, comparison.items, strict=True):
                value = item.block_value(block.id)
                if value is None or value.score is None:
                    values.append(None)
                    spoken.append(f"{block_display_name(block, lang)}, {name}: –")
                    continue
                text = fill(self.tr("%1 of %2"), format_value(value.score, lang, digits), str(value.max))
                values.append(GroupedValue(float(Fraction(value.score) / value.max) if value.max else 0.0, text))
                spoken.append(f"{block_display_name(block, lang)}, {name}: {text}")
            groups.append(BarGroup(block_display_name(block, lang), tuple(values)))
        self.chart.set_data(
            series,
            groups,
            no_value_text="–",
            accessible_name=self.tr("Bar chart of the score per block and date"),
            description="; ".join(spoken),
        )

    def _question_line(self, change: QuestionChange, lang: str) -> str:
        assert self.comparison is not None
        digits = comparison_digits(self.comparison)
        label = question_label(self.comparison.questionnaire, change.question.id, lang)
        return f"{format_change(change.change, lang, digits)}  {label}: {change.question.text.get(lang)} " + fill(
            self.tr("(%1 → %2)"), format_value(change.first, lang, digits), format_value(change.last, lang, digits)
        )

    def _show_moved(self, up: Sequence[QuestionChange], down: Sequence[QuestionChange], lang: str) -> None:
        parts = []
        if up:
            parts.append(self.tr("Up most:") + "\n" + "\n".join(self._question_line(q, lang) for q in up))
        if down:
            parts.append(self.tr("Down most:") + "\n" + "\n".join(self._question_line(q, lang) for q in down))
        self.moved_label.setText("\n\n".join(parts) if parts else self.tr("No question answered in both has changed."))

    def _show_plans(self, comparison: Comparison) -> None:
        """Every action of the plans once, with its status at each date where it changed (as the PDF)."""
        from samverkan_gui.core.compare import action_history

        lang = current_language()
        rows = []
        for history in action_history(comparison):
            try:
                block_name = block_display_name(comparison.questionnaire.block(history.block), lang)
            except KeyError:  # a block of an older version
                block_name = history.block
            rows.append(
                [
                    block_name,
                    history.text,
                    history.who,
                    due_text(history.due),
                    status_over_time(history.changes, lang)
                    + (f" – {overdue_word(lang)}" if history.is_overdue(self.today()) else ""),
                ]
            )
        headers = [
            self.tr("Block"),
            self.tr("Action"),
            self.tr("Who"),
            self.tr("Due"),
            self.tr("Status over time"),
        ]
        _fill(self.plans_table, headers, rows, set())
        self.plans_table.setVisible(bool(rows))
        self.plans_label.setText(self.tr("None of the files has a plan with actions."))
        self.plans_label.setVisible(not rows)

    # --- export -------------------------------------------------------------------------

    def export_report(self, report_format: ReportFormat | None = None) -> bool:
        """The comparison as PDF or Word (None: as chosen in the save dialog, the last one first)."""
        comparison = self.comparison
        if comparison is None:
            return False
        start = self._paths[-1].parent if self._paths else Path.home()
        chosen = ask_report_target(
            self,
            self.tr("Export the comparison"),
            start / comparison_file_stem(comparison, current_language()),
            report_format,
            self._confirm_replace,
        )
        if chosen is None:
            return False
        path, written_as = chosen
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            from samverkan_gui.report.formats import write_compare_report

            write_compare_report(comparison, path, current_language(), report_format=written_as)
        except SamverkanError as exc:
            QApplication.restoreOverrideCursor()
            dialogs.show_error(self, report_failed(written_as), exc.message(current_language()))
            return False
        QApplication.restoreOverrideCursor()
        self.statusBar().showMessage(fill(report_written(written_as), str(path)), 8000)
        return True

    def _confirm_replace(self, path: Path) -> bool:
        return not path.exists() or dialogs.ask_yes_no(
            self,
            self.tr("Replace file?"),
            fill(self.tr("%1 already exists. Do you want to replace it?"), path.name),
        )
