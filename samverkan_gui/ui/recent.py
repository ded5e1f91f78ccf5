"""What the recent-files list says about each file, its kind and how complete it is, and how it draws it.

Reading a file costs a YAML parse, so each result is kept per file and reused
while the file's modification time and size stay the same; the start view asks
only after the window is on screen. Imported when the start view first lists a file.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize
from PySide6.QtGui import QPainter, QPalette
from PySide6.QtWidgets import QStyledItemDelegate, QStyleOptionViewItem

from samverkan_gui.core.errors import SamverkanError
from samverkan_gui.core.file_kinds import kind_of

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Summary:
    """``answered`` of ``total`` questions (an assessment), or ``participants`` (a group)."""

    kind: str
    answered: int = 0
    total: int = 0
    participants: int = 0


_cache: dict[Path, tuple[tuple[int, int], Summary | None]] = {}


def summary(path: Path) -> Summary | None:
    """The file's summary; None when it is gone or cannot be read (the list still shows its name)."""
    try:
        status = path.stat()
    except OSError:
        return None
    stamp = (status.st_mtime_ns, status.st_size)
    cached = _cache.get(path)
    if cached is not None and cached[0] == stamp:
        return cached[1]
    found = _read(path)
    _cache[path] = (stamp, found)
    return found


def _read(path: Path) -> Summary | None:
    from samverkan_gui.core.errors import AssessmentFileError
    from samverkan_gui.core.registry import shipped_registry
    from samverkan_gui.core.yamlio import read_bytes

    try:
        data = read_bytes(path, AssessmentFileError)
        if kind_of(path) == "group":
            from samverkan_gui.core.group_file import parse_group

            group = parse_group(data, str(path))
            return Summary("group", participants=len(group.participants))
        from samverkan_gui.core.assessment import parse_assessment

        assessment = parse_assessment(data, str(path))
    except SamverkanError as exc:
        log.info("recent file %s not summarised: %s", path, exc)
        return None
    questionnaire = shipped_registry().find(assessment.questionnaire_id, assessment.questionnaire_version)
    total = len(questionnaire.question_ids) if questionnaire is not None else 0
    return Summary("assessment", answered=len(assessment.answers), total=total)


class RecentDelegate(QStyledItemDelegate):
    """One recent file as one entry: the name in bold over the folder and its kind, how complete."""

    #: Item data: "Grupp · 7 deltagare" or "12 av 21", drawn right of the folder. It is
    #: ``Qt.ItemDataRole.UserRole + 1``, written as a number: touching ``Qt`` builds the namespace's
    #: ~100 enum classes (~19 ms, ~1 MB), which the start view needs only once it lists a recent file.
    DETAIL_ROLE = 0x0100 + 1

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:
        height = option.fontMetrics.height()
        return QSize(option.rect.width(), 2 * height + 10)

    def paint(
        self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        # Their large enums: only once a recent file is drawn.
        from PySide6.QtCore import Qt
        from PySide6.QtWidgets import QStyle

        text = str(index.data(Qt.ItemDataRole.DisplayRole) or "")
        name, _newline, folder = text.partition("\n")
        detail = str(index.data(self.DETAIL_ROLE) or "")
        # Background, selection and focus frame as the style draws them, without the text.
        plain = QStyleOptionViewItem(option)
        self.initStyleOption(plain, index)
        plain.text = ""
        widget = plain.widget
        style = widget.style() if widget is not None else None
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, plain, painter, widget)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        palette = option.palette
        text_role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        painter.save()
        rect = option.rect.adjusted(6, 4, -6, -4)
        line = option.fontMetrics.height()
        bold = painter.font()
        bold.setBold(True)
        painter.setPen(palette.color(text_role))
        painter.setFont(bold)
        first = QRect(rect.left(), rect.top(), rect.width(), line)
        painter.drawText(
            first,
            int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
            painter.fontMetrics().elidedText(name, Qt.TextElideMode.ElideMiddle, first.width()),
        )
        painter.setFont(option.font)
        # Second line: how complete (right) and the folder (left, secondary: the palette's placeholder colour).
        detail_width = option.fontMetrics.horizontalAdvance(detail) + 12 if detail else 0
        second_top = rect.top() + line + 2
        if detail:
            painter.drawText(
                QRect(rect.right() - detail_width, second_top, detail_width, line),
                int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter),
                detail,
            )
        if not selected:
            painter.setPen(palette.color(QPalette.ColorRole.PlaceholderText))
        second = QRect(rect.left(), second_top, rect.width() - detail_width, line)
        painter.drawText(
            second,
            int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
            option.fontMetrics.elidedText(folder, Qt.TextElideMode.ElideMiddle, second.width()),
        )
        painter.restore()
