"""The Qt side of one open assessment: the current core value, its file and saved state.

Widgets never own the answers.  They call the ``set_*`` methods and redraw
from the signals; the core :class:`~samverkan_gui.core.assessment.Assessment`
stays immutable, so "modified" is a plain comparison with what was saved.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Signal

from samverkan_gui.core.errors import AssessmentFileError

if TYPE_CHECKING:
    from samverkan_gui.core.assessment import Assessment
    from samverkan_gui.core.plan import BlockPlan
    from samverkan_gui.core.questionnaire import Questionnaire
    from samverkan_gui.core.registry import QuestionnaireRegistry
    from samverkan_gui.core.scoring import Result

log = logging.getLogger(__name__)


class AssessmentSession(QObject):
    """Holds the assessment being edited. Emits events; never shows dialogs."""

    #: ``(question_id, value)``: one answer was set (value is an int) or cleared (None).
    answer_changed = Signal(str, object)
    #: ``(block_id)``: the notes of one block changed.
    note_changed = Signal(str)
    #: The details (collaboration, respondent, organisation, date) changed.
    details_changed = Signal()
    #: The action plan (Handlingsplan) changed: a block added or removed, a text, an action.
    plan_changed = Signal()
    #: Any change of the current assessment's content (after the specific signal above).
    assessment_changed = Signal()
    #: A different assessment is now open (new, opened, restored or closed); rebuild views.
    assessment_replaced = Signal()
    #: ``(modified)``: the unsaved-changes state flipped.
    modified_changed = Signal(bool)
    #: ``(path)``: the assessment was written to this file (Save / Save As).
    file_saved = Signal(str)

    def __init__(self, registry: QuestionnaireRegistry | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        # The questionnaires (YAML) are read on first use, not while the window first appears.
        self._registry = registry
        self._assessment: Assessment | None = None
        self._questionnaire: Questionnaire | None = None
        self._saved: Assessment | None = None
        self._path: Path | None = None
        self._modified = False

    # --- state -----------------------------------------------------------------------

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
    def assessment(self) -> Assessment | None:
        return self._assessment

    @property
    def questionnaire(self) -> Questionnaire | None:
        return self._questionnaire

    @property
    def path(self) -> Path | None:
        return self._path

    @property
    def is_open(self) -> bool:
        return self._assessment is not None

    @property
    def is_modified(self) -> bool:
        return self._modified

    def result(self) -> Result | None:
        if self._assessment is None or self._questionnaire is None:
            return None
        return self._assessment.score(self._questionnaire)

    def _compute_modified(self) -> bool:
        current = self._assessment
        if current is None:
            return False
        from samverkan_gui.core.plan import printable_plan

        if self._saved is None:
            # Never saved: worth keeping as soon as the user typed or rated anything.
            return bool(
                current.answers
                or current.notes
                or current.collaboration
                or current.respondent
                or current.organisation
                or printable_plan(current.plan)
            )
        return not current.content_equal(self._saved)

    def _update_modified(self) -> None:
        modified = self._compute_modified()
        if modified != self._modified:
            self._modified = modified
            self.modified_changed.emit(modified)

    # --- replacing the assessment ------------------------------------------------------

    def _replace(self, assessment: Assessment | None, saved: Assessment | None, path: Path | None) -> None:
        self._assessment = assessment
        self._questionnaire = (
            self.registry.get(assessment.questionnaire_id, assessment.questionnaire_version) if assessment else None
        )
        self._saved = saved
        self._path = path
        self.assessment_replaced.emit()
        self._modified = not self._compute_modified()  # force the signal
        self._update_modified()

    def new(self, questionnaire: Questionnaire, language: str, **details: Any) -> None:
        from samverkan_gui.core.assessment import Assessment

        self._replace(Assessment.new(questionnaire, language=language, **details), None, None)

    def open(self, path: Path) -> None:
        """Load ``path``; raises :class:`AssessmentFileError` and then changes nothing."""
        from samverkan_gui.core.assessment import load_assessment

        assessment = load_assessment(path, self.registry)
        self._replace(assessment, assessment, Path(path))

    def open_data(self, path: Path, data: bytes) -> None:
        """The assessment in ``data``, read from ``path`` by the caller (which keeps the bytes' hash)."""
        from samverkan_gui.core.assessment import parse_assessment

        assessment = parse_assessment(data, str(path), self.registry)
        self._replace(assessment, assessment, Path(path))

    def detach(self) -> None:
        """Keep the answers but forget the file: an unsaved copy ("Open a copy")."""
        if self._assessment is None:
            return
        self._saved = None
        self._path = None
        self.assessment_replaced.emit()
        self._modified = False
        self._update_modified()
        if not self._modified:  # an empty copy is still a copy to save
            self._modified = True
            self.modified_changed.emit(True)

    def restore(self, assessment: Assessment, path: Path | None) -> None:
        """Recovered work: the content of ``assessment`` is unsaved relative to ``path``."""
        from samverkan_gui.core.assessment import load_assessment

        saved = None
        if path is not None:
            try:
                saved = load_assessment(path, self.registry)
            except AssessmentFileError:  # the original may be gone or broken; the work is what matters
                log.info("original file %s of recovered work cannot be read", path)
                saved = None
        self._replace(assessment, saved, path)
        if saved is None and not self._modified:
            self._modified = True
            self.modified_changed.emit(True)

    def start_unsaved(self, assessment: Assessment) -> None:
        """A new, never saved assessment made elsewhere (a follow-up): asks for a file name on save."""
        self._replace(assessment, None, None)

    def close(self) -> None:
        self._replace(None, None, None)

    # --- editing ---------------------------------------------------------------------

    def _set(self, assessment: Assessment) -> bool:
        if self._assessment is None or assessment == self._assessment:
            return False
        self._assessment = assessment
        return True

    def set_answer(self, question_id: str, value: int | None) -> None:
        if self._assessment is None or self._assessment.answers.get(question_id) == value:
            return
        if self._set(self._assessment.with_answer(question_id, value)):
            self.answer_changed.emit(question_id, value)
            self.assessment_changed.emit()
            self._update_modified()

    def set_note(self, block_id: str, text: str) -> None:
        if self._assessment is None or self._assessment.notes.get(block_id, "") == text:
            return
        if self._set(self._assessment.with_note(block_id, text)):
            self.note_changed.emit(block_id)
            self.assessment_changed.emit()
            self._update_modified()

    def set_details(self, **details: Any) -> None:
        if self._assessment is None:
            return
        if self._set(self._assessment.with_details(**details)):
            self.details_changed.emit()
            self.assessment_changed.emit()
            self._update_modified()

    def set_plan(self, plan: tuple[BlockPlan, ...]) -> None:
        """Replace the whole action plan (the editor sends the plan as it now reads)."""
        if self._assessment is None or tuple(self._assessment.plan) == tuple(plan):
            return
        if self._set(self._assessment.with_plan(plan)):
            self.plan_changed.emit()
            self.assessment_changed.emit()
            self._update_modified()

    # --- saving ------------------------------------------------------------------------

    def save(self, path: Path | None = None) -> Path:
        """Write to ``path`` (or the current file); raises :class:`SaveError`, changing nothing."""
        if self._assessment is None:
            raise RuntimeError("no assessment is open")
        target = Path(path) if path is not None else self._path
        if target is None:
            raise ValueError("no file name")
        from samverkan_gui.core.assessment import save_assessment

        saved = save_assessment(target, self._assessment, self._questionnaire)
        self._assessment = saved
        self._saved = saved
        self._path = target
        self._update_modified()
        self.file_saved.emit(str(target))
        return target
