"""Finding the shipped (and user-supplied) questionnaires."""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from pathlib import Path

from samverkan_gui.core import paths
from samverkan_gui.core.errors import QuestionnaireError
from samverkan_gui.core.loader import load_questionnaire
from samverkan_gui.core.qindex import EXTRA_DIRS_ENV, questionnaire_files, questionnaire_folders
from samverkan_gui.core.questionnaire import Questionnaire

log = logging.getLogger(__name__)

__all__ = ["EXTRA_DIRS_ENV", "QuestionnaireRegistry", "shipped_registry"]


@dataclass
class QuestionnaireRegistry:
    """Every valid questionnaire found, plus the files that were refused and why."""

    questionnaires: list[Questionnaire] = field(default_factory=list)
    problems: list[QuestionnaireError] = field(default_factory=list)

    @classmethod
    def discover(cls, folders: list[Path] | None = None) -> QuestionnaireRegistry:
        """Load every ``*.yaml`` in the shipped folder and in ``$SAMVERKAN_QUESTIONNAIRES``."""
        registry = cls()
        for file in questionnaire_files(questionnaire_folders() if folders is None else folders):
            registry.add_file(file)
        return registry

    def add_file(self, file: Path) -> Questionnaire | None:
        try:
            questionnaire = load_questionnaire(file)
        except QuestionnaireError as exc:
            log.warning("questionnaire refused: %s", exc)
            self.problems.append(exc)
            return None
        if self.find(questionnaire.id, questionnaire.version) is not None:
            log.info("questionnaire %s v%s already known; %s ignored", *questionnaire.key, file)
            return None
        self.questionnaires.append(questionnaire)
        return questionnaire

    def add(self, questionnaire: Questionnaire) -> None:
        self.questionnaires.append(questionnaire)

    def find(self, questionnaire_id: str, version: int) -> Questionnaire | None:
        for questionnaire in self.questionnaires:
            if questionnaire.key == (questionnaire_id, version):
                return questionnaire
        return None

    def get(self, questionnaire_id: str, version: int) -> Questionnaire:
        found = self.find(questionnaire_id, version)
        if found is None:
            raise QuestionnaireError("registry.not_found", qid=questionnaire_id, version=version)
        return found

    def default(self) -> Questionnaire:
        """The questionnaire a new assessment uses when the user does not choose."""
        if not self.questionnaires:
            raise QuestionnaireError("registry.none", path=str(paths.questionnaires_dir()))
        return self.questionnaires[0]


_shipped: QuestionnaireRegistry | None = None


def shipped_registry() -> QuestionnaireRegistry:
    """The registry of the installed questionnaires, loaded once per process."""
    global _shipped
    if _shipped is None:
        _shipped = QuestionnaireRegistry.discover()
    return _shipped
