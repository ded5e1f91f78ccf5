"""The Qt-side holder of the current group: widgets connect to its signals and redraw.

The group itself is an immutable :class:`~samverkan_gui.core.group.Group`;
every change replaces it and emits :attr:`GroupSession.group_changed`, plus the
per-field signal of what changed: views that compute statistics listen to
:attr:`GroupSession.answers_changed` only, so typing a note does not recompute them.
"""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QLocale, QObject, Signal

from samverkan_gui.core.group import Group
from samverkan_gui.core.group_file import load_group, save_group
from samverkan_gui.core.group_load import LoadOutcome, load_files
from samverkan_gui.core.messages import normalise_language
from samverkan_gui.core.questionnaire import Questionnaire
from samverkan_gui.core.registry import shipped_registry


def ui_language() -> str:
    """The window's language for core messages: the app's choice when known, else the environment."""
    try:
        from samverkan_gui.ui.i18n import current_language  # the main window's language module
    except ImportError:
        return normalise_language(os.environ.get("SAMVERKAN_LANG") or QLocale().name())
    return current_language()


class GroupSession(QObject):
    #: The group changed (any edit, load or new group); carries nothing, read :attr:`group`.
    group_changed = Signal()
    #: The group was saved to or opened from a file (the path), or became untitled (None).
    path_changed = Signal(object)
    #: The number or order of participants changed (columns of the entry grid).
    participants_changed = Signal()
    #: Participants or their answers changed (or the questionnaire): statistics must be recomputed.
    answers_changed = Signal()
    #: The facilitator's notes or a participant's own notes changed.
    notes_changed = Signal()
    #: Collaboration, date, language or a participant's name or organisation changed.
    details_changed = Signal()

    def __init__(self, questionnaire: Questionnaire | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.questionnaire = questionnaire or shipped_registry().default()
        self._group = Group.new(self.questionnaire, language=ui_language())
        self._saved: Group | None = self._group
        self.path: Path | None = None

    @property
    def group(self) -> Group:
        return self._group

    @property
    def modified(self) -> bool:
        return self._saved is None or not self._group.content_equal(self._saved)

    @property
    def is_modified(self) -> bool:
        """The name the document controller uses (:mod:`samverkan_gui.ui.document`)."""
        return self.modified

    @property
    def is_open(self) -> bool:
        return True  # a workshop window always has a group, if only an empty one

    def open_data(self, path: Path, data: bytes) -> None:
        """The group in ``data``, read from ``path`` by the caller; raises AssessmentFileError."""
        from samverkan_gui.core.group_file import parse_group

        self.set_group(parse_group(data, str(path)), path=Path(path), saved=True)

    def detach(self) -> None:
        """Keep the group but forget its file: an unsaved copy ("Open a copy")."""
        self._saved = None
        self.path = None
        self.path_changed.emit(None)
        self.group_changed.emit()

    def set_group(self, group: Group, *, path: Path | None = None, saved: bool = False) -> None:
        participants_before = self._group.codes
        other_questionnaire = group.key != self.questionnaire.key
        if other_questionnaire:
            self.questionnaire = shipped_registry().get(*group.key)
        self._group = group
        self._saved = group if saved else None
        self.path = path
        self.path_changed.emit(path)
        if other_questionnaire or participants_before != group.codes:
            self.participants_changed.emit()
        # A whole new group: everything may have changed.
        self.answers_changed.emit()
        self.notes_changed.emit()
        self.details_changed.emit()
        self.group_changed.emit()

    def update(self, group: Group) -> None:
        """An edit: replace the group, keep file and saved state."""
        if group == self._group:
            return
        before = self._group
        self._group = group
        if before.codes != group.codes:
            self.participants_changed.emit()
        if _answers(before) != _answers(group):
            self.answers_changed.emit()
        if _notes(before) != _notes(group):
            self.notes_changed.emit()
        if _details(before) != _details(group):
            self.details_changed.emit()
        self.group_changed.emit()

    def new_group(self) -> None:
        self.set_group(Group.new(self.questionnaire, language=ui_language()), saved=True)

    def open_group(self, path: Path) -> None:
        """Replace the group by the file's; raises AssessmentFileError."""
        self.set_group(load_group(path), path=path, saved=True)

    def add_files(self, paths: list[Path]) -> LoadOutcome:
        """Add participants from files/folders; the outcome lists the files not used."""
        group = self._group
        fresh = not group.participants and not self.modified and self.path is None
        outcome = load_files(paths, None if fresh else group, questionnaire=None if fresh else self.questionnaire)
        if fresh and not outcome.loaded:
            return outcome
        if fresh:
            self.set_group(outcome.group)
        else:
            self.update(outcome.group)
        return outcome

    def save(self, path: Path) -> None:
        """Save atomically to ``path``; raises SaveError (the old file is intact)."""
        saved = save_group(path, self._group, self.questionnaire)
        self._group = saved
        self._saved = saved
        self.path = path
        self.path_changed.emit(path)
        self.group_changed.emit()


def _answers(group: Group) -> list[tuple[str, dict[str, int]]]:
    return [(p.code, dict(p.answers)) for p in group.participants]


def _notes(group: Group) -> tuple[dict[str, str], list[tuple[str, dict[str, str]]]]:
    return dict(group.notes), [(p.code, dict(p.notes)) for p in group.participants if p.notes]


def _details(group: Group) -> tuple[object, ...]:
    people = tuple((p.code, p.name, p.organisation) for p in group.participants)
    return (group.collaboration, group.date, group.language, people)
