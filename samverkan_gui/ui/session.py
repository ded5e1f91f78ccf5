"""The Qt side of one open document: its current core value, its file and saved state.

Widgets never own the document.  They call :meth:`DocumentSession.update` (or
a convenience such as :meth:`AssessmentSession.set_answer`) and redraw from the
signals.  The core documents (:class:`~samverkan_gui.core.assessment.Assessment`,
:class:`~samverkan_gui.core.group.Group`) are immutable: an edit swaps the value,
so "modified" is a plain comparison with what was saved, and an edit that
changes nothing emits nothing.

:class:`DocumentSession` is written once for both kinds; :class:`AssessmentSession`
(here) and :class:`~samverkan_gui.ui.workshop.session.GroupSession` only say how
their kind is read and written and which of its fields changed.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, Generic, TypeVar

from PySide6.QtCore import QObject, Signal

from samverkan_gui.core.errors import AssessmentFileError

if TYPE_CHECKING:
    from samverkan_gui.core.assessment import Assessment
    from samverkan_gui.core.editable import EditableDocument
    from samverkan_gui.core.plan import BlockPlan
    from samverkan_gui.core.questionnaire import Questionnaire
    from samverkan_gui.core.registry import QuestionnaireRegistry
    from samverkan_gui.core.scoring import Result

log = logging.getLogger(__name__)

D = TypeVar("D", bound="EditableDocument")


class DocumentSession(QObject, Generic[D]):
    """Holds the document being edited. Emits events; never shows dialogs.

    On an edit (:meth:`update`) the signals of the fields that changed come first
    (the subclass's, then :attr:`details_changed`, :attr:`plan_changed`), then
    :attr:`document_changed`.  A replacement (:meth:`replace`: new, opened,
    restored, a follow-up, a copy, closed) emits :attr:`document_replaced`
    instead of the per-field signals: views rebuild from the new document.
    """

    #: A different document is now held (new, opened, restored, a follow-up, a copy, closed): rebuild views.
    document_replaced = Signal()
    #: Any change of the current document's content (an edit, after its specific signals, or a replacement).
    document_changed = Signal()
    #: An edit changed the details (collaboration, date, language, a respondent's or participant's name).
    details_changed = Signal()
    #: An edit changed the action plan (a block added or removed, a text, an action).
    plan_changed = Signal()
    #: ``(modified)``: the unsaved-changes state flipped (also sent with every replacement).
    modified_changed = Signal(bool)
    #: ``(path)``: the document's file changed (opened, saved as); None when it has none (new, a copy).
    path_changed = Signal(object)
    #: ``(path)``: the document was written to this file (Save / Save As).
    file_saved = Signal(str)

    def __init__(self, registry: QuestionnaireRegistry | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        # The questionnaires (YAML) are read on first use, not while the window first appears.
        self._registry = registry
        self._document: D | None = None
        self._questionnaire: Questionnaire | None = None
        self._saved: D | None = None
        self._path: Path | None = None
        #: A copy or recovered work without a readable original: unsaved even when empty.
        self._must_save = False
        self._modified = False

    # --- what a kind of document says -------------------------------------------------------

    def _create(self, questionnaire: Questionnaire, language: str, **details: Any) -> D:
        """A new, empty document."""
        raise NotImplementedError

    def read(self, path: Path) -> D:
        """The document in the file ``path``, without holding it; raises AssessmentFileError."""
        raise NotImplementedError

    def _parse(self, data: bytes, path: Path) -> D:
        """The document in ``data``, read from ``path``; raises AssessmentFileError."""
        raise NotImplementedError

    def _write(self, path: Path, document: D, questionnaire: Questionnaire | None) -> D:
        """Save atomically; returns the document as saved. Raises SaveError."""
        raise NotImplementedError

    def _announce_edit(self, before: D, after: D) -> None:
        """Emit the kind's own per-field signals for an edit from ``before`` to ``after``."""

    def _details(self, document: D) -> tuple[object, ...]:
        """What :attr:`details_changed` is about."""
        return (document.collaboration, document.date, document.language)

    # --- state -----------------------------------------------------------------------------

    @property
    def registry(self) -> QuestionnaireRegistry:
        if self._registry is None:
            from samverkan_gui.core.registry import shipped_registry

            self._registry = shipped_registry()
        return self._registry

    @property
    def registry_loaded(self) -> bool:
        """Whether the questionnaires are at hand (handed in, or read): else reading them costs a YAML parse."""
        return self._registry is not None

    @property
    def document(self) -> D | None:
        return self._document

    @property
    def questionnaire(self) -> Questionnaire | None:
        return self._questionnaire

    @property
    def path(self) -> Path | None:
        """The file the document was opened from or saved to; None for a new document or a copy."""
        return self._path

    @property
    def is_open(self) -> bool:
        return self._document is not None

    @property
    def modified(self) -> bool:
        """Whether there is work that Save would keep."""
        return self._modified

    def _compute_modified(self) -> bool:
        current = self._document
        if current is None:
            return False
        if self._saved is None:
            # Never saved: worth keeping as soon as anything was written (or it is a copy to save).
            return self._must_save or current.has_content()
        return not current.content_equal(self._saved)

    def _update_modified(self) -> None:
        modified = self._compute_modified()
        if modified != self._modified:
            self._modified = modified
            self.modified_changed.emit(modified)

    def _set_path(self, path: Path | None) -> None:
        if path != self._path:
            self._path = path
            self.path_changed.emit(path)

    # --- replacing the document --------------------------------------------------------------

    def replace(
        self, document: D | None, *, path: Path | None = None, saved: D | None = None, must_save: bool = False
    ) -> None:
        """Hold ``document`` from now on, belonging to ``path`` and last saved as ``saved`` (None: never).

        ``must_save``: unsaved even when empty (a copy, recovered work).
        """
        self._document = document
        if document is None:
            self._questionnaire = None
        elif self._questionnaire is None or self._questionnaire.key != document.key:
            self._questionnaire = self.registry.get(*document.key)
        self._saved = saved
        self._must_save = must_save
        path = Path(path) if path is not None else None
        path_changed = path != self._path
        self._path = path
        self._modified = self._compute_modified()
        self.document_replaced.emit()
        if path_changed:
            self.path_changed.emit(path)
        self.document_changed.emit()
        # A new document: its state is news even where the flag has the old value.
        self.modified_changed.emit(self._modified)

    def new(self, questionnaire: Questionnaire, language: str, **details: Any) -> None:
        """A new, untitled document (Save asks for a name)."""
        self.replace(self._create(questionnaire, language, **details))

    def open(self, path: Path) -> None:
        """Load ``path``; raises :class:`AssessmentFileError` and then changes nothing."""
        document = self.read(Path(path))
        self.replace(document, path=path, saved=document)

    def open_data(self, path: Path, data: bytes) -> None:
        """The document in ``data``, read from ``path`` by the caller (which keeps the bytes' hash)."""
        document = self._parse(data, Path(path))
        self.replace(document, path=path, saved=document)

    def detach(self) -> None:
        """Keep the content but forget the file: an unsaved copy ("Open a copy")."""
        if self._document is not None:
            self.replace(self._document, must_save=True)

    def restore(self, document: D, path: Path | None) -> None:
        """Recovered work: the content of ``document`` is unsaved relative to the file ``path``."""
        saved = None
        if path is not None:
            try:
                saved = self.read(Path(path))
            except AssessmentFileError:  # the original may be gone or broken; the work is what matters
                log.info("original file %s of recovered work cannot be read", path)
        self.replace(document, path=path, saved=saved, must_save=saved is None)

    def close(self) -> None:
        self.replace(None)

    # --- editing --------------------------------------------------------------------------

    def update(self, document: D) -> bool:
        """An edit: hold ``document``, keep the file and the saved state. False when nothing changed."""
        before = self._document
        if before is None or document == before:
            return False
        self._document = document
        self._announce_edit(before, document)
        if self._details(before) != self._details(document):
            self.details_changed.emit()
        if before.plan != document.plan:
            self.plan_changed.emit()
        self.document_changed.emit()
        self._update_modified()
        return True

    def set_plan(self, plan: Sequence[BlockPlan]) -> None:
        """Replace the whole action plan (the editor sends the plan as it now reads)."""
        if self._document is not None:
            self.update(self._document.with_plan(plan))

    # --- saving ------------------------------------------------------------------------------

    def save(self, path: Path | None = None) -> Path:
        """Write to ``path`` (or the current file); raises :class:`SaveError`, changing nothing."""
        if self._document is None:
            raise RuntimeError("no document is open")
        target = Path(path) if path is not None else self._path
        if target is None:
            raise ValueError("no file name")
        saved = self._write(target, self._document, self._questionnaire)
        self._document = saved
        self._saved = saved
        self._must_save = False
        self._set_path(target)
        self._update_modified()
        self.file_saved.emit(str(target))
        return target


def changed_keys(before: Mapping[str, object], after: Mapping[str, object]) -> list[str]:
    """The keys whose value differs between two mappings (added, removed or changed), in a stable order."""
    keys = list(before) + [key for key in after if key not in before]
    return [key for key in keys if before.get(key) != after.get(key)]


class AssessmentSession(DocumentSession["Assessment"]):
    """One person's assessment in the main window."""

    #: ``(question_id, value)``: one answer was set (value is an int) or cleared (None).
    answer_changed = Signal(str, object)
    #: ``(block_id)``: the notes of one block changed.
    note_changed = Signal(str)

    def _create(self, questionnaire: Questionnaire, language: str, **details: Any) -> Assessment:
        from samverkan_gui.core.assessment import Assessment

        return Assessment.new(questionnaire, language=language, **details)

    def read(self, path: Path) -> Assessment:
        from samverkan_gui.core.assessment import load_assessment

        return load_assessment(path, self.registry)

    def _parse(self, data: bytes, path: Path) -> Assessment:
        from samverkan_gui.core.assessment import parse_assessment

        return parse_assessment(data, str(path), self.registry)

    def _write(self, path: Path, document: Assessment, questionnaire: Questionnaire | None) -> Assessment:
        from samverkan_gui.core.assessment import save_assessment

        return save_assessment(path, document, questionnaire)

    def _announce_edit(self, before: Assessment, after: Assessment) -> None:
        for question_id in changed_keys(before.answers, after.answers):
            self.answer_changed.emit(question_id, after.answers.get(question_id))
        for block_id in changed_keys(before.notes, after.notes):
            self.note_changed.emit(block_id)

    def _details(self, document: Assessment) -> tuple[object, ...]:
        return (*super()._details(document), document.respondent, document.organisation)

    @property
    def assessment(self) -> Assessment | None:
        return self._document

    def result(self) -> Result | None:
        if self._document is None or self._questionnaire is None:
            return None
        return self._document.score(self._questionnaire)

    def set_answer(self, question_id: str, value: int | None) -> None:
        if self._document is not None:
            self.update(self._document.with_answer(question_id, value))

    def set_note(self, block_id: str, text: str) -> None:
        if self._document is not None:
            self.update(self._document.with_note(block_id, text))

    def set_details(self, **details: Any) -> None:
        if self._document is not None:
            self.update(self._document.with_details(**details))
