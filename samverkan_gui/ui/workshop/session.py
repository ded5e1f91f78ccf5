"""The Qt-side holder of the current group: widgets connect to its signals and redraw.

The group is an immutable :class:`~samverkan_gui.core.group.Group` held by a
:class:`~samverkan_gui.ui.session.DocumentSession`; an edit emits the per-field
signal of what changed: views that compute statistics listen to
:attr:`GroupSession.answers_changed` only, so typing a note does not recompute them.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Signal

from samverkan_gui.core.group import Group
from samverkan_gui.core.group_file import load_group, parse_group, save_group
from samverkan_gui.core.group_load import LoadOutcome, load_files
from samverkan_gui.ui.i18n import current_language
from samverkan_gui.ui.session import DocumentSession

if TYPE_CHECKING:
    from samverkan_gui.core.questionnaire import Questionnaire
    from samverkan_gui.core.registry import QuestionnaireRegistry


class GroupSession(DocumentSession[Group]):
    """The workshop window's group; there is always one, if only an empty one."""

    #: The number or order of participants changed (columns of the entry grid).
    participants_changed = Signal()
    #: Participants or their answers changed: statistics must be recomputed.
    answers_changed = Signal()
    #: The facilitator's notes or a participant's own notes changed.
    notes_changed = Signal()

    def __init__(self, registry: QuestionnaireRegistry | None = None, parent: QObject | None = None) -> None:
        super().__init__(registry, parent)
        self.new(self.registry.default(), current_language())

    def _create(self, questionnaire: Questionnaire, language: str, **details: Any) -> Group:
        return Group.new(questionnaire, language=language, **details)

    def read(self, path: Path) -> Group:
        return load_group(path)

    def _parse(self, data: bytes, path: Path) -> Group:
        return parse_group(data, str(path))

    def _write(self, path: Path, document: Group, questionnaire: Questionnaire | None) -> Group:
        return save_group(path, document, questionnaire)

    def _announce_edit(self, before: Group, after: Group) -> None:
        if before.codes != after.codes:
            self.participants_changed.emit()
        if _answers(before) != _answers(after):
            self.answers_changed.emit()
        if _notes(before) != _notes(after):
            self.notes_changed.emit()

    def _details(self, document: Group) -> tuple[object, ...]:
        people = tuple((p.code, p.name, p.organisation) for p in document.participants)
        return (*super()._details(document), people)

    @property
    def group(self) -> Group:
        group = self._document
        assert group is not None, "a workshop session always holds a group"
        return group

    @property
    def questionnaire(self) -> Questionnaire:
        questionnaire = self._questionnaire
        assert questionnaire is not None, "a workshop session always holds a group"
        return questionnaire

    def add_files(self, paths: list[Path]) -> LoadOutcome:
        """Add participants from files/folders; the outcome lists the files not used.

        Into an untouched, untitled group the first files bring their own questionnaire.
        """
        group = self.group
        fresh = not group.participants and not self.modified and self.path is None
        outcome = load_files(paths, None if fresh else group, questionnaire=None if fresh else self.questionnaire)
        if fresh and not outcome.loaded:
            return outcome
        if fresh:
            self.replace(outcome.group)
        else:
            self.update(outcome.group)
        return outcome


def _answers(group: Group) -> list[tuple[str, dict[str, int]]]:
    return [(p.code, dict(p.answers)) for p in group.participants]


def _notes(group: Group) -> tuple[dict[str, str], list[tuple[str, dict[str, str]]]]:
    return dict(group.notes), [(p.code, dict(p.notes)) for p in group.participants if p.notes]
