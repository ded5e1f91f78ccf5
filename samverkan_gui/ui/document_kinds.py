"""What differs between the two kinds of document, an assessment and a workshop group: the file
suffix and the texts of opening, saving and following up.  Everything else a window does with
its document is written once (:mod:`samverkan_gui.ui.workflows`).

Texts are callables: they are translated when shown, in the language of that moment.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from samverkan_gui.core.file_kinds import ASSESSMENT_SUFFIX, GROUP_SUFFIX
from samverkan_gui.core.placeholders import fill
from samverkan_gui.core.text import slug
from samverkan_gui.ui import file_filters
from samverkan_gui.ui.document import DocumentKind
from samverkan_gui.ui.learning_loop import FollowUpTexts

if TYPE_CHECKING:
    from samverkan_gui.core.editable import EditableDocument


def _assessment_stem(document: EditableDocument | None) -> str:
    """ "Trygg-hemgång-2026-11-20": the collaboration and the date."""
    if document is None:
        return "samverkan"
    parts = [slug(document.collaboration), document.date.isoformat() if document.date else ""]
    return "-".join(part for part in parts if part) or "samverkan"


def _assessment_follow_up_made(name: str, carried: int) -> str:
    # Short: the status bar cut a longer one off. The plan page says what to do with the actions.
    del carried
    return fill(
        QCoreApplication.translate(
            "AssessmentKind", "Follow-up of %1. Answer the questions again; save it under a new name."
        ),
        name,
    )


ASSESSMENT = DocumentKind(
    suffix=ASSESSMENT_SUFFIX,
    file_filter=lambda: file_filters.joined(file_filters.assessments(), file_filters.all_files()),
    untitled=lambda: QCoreApplication.translate("AssessmentKind", "Untitled"),
    suggested_stem=_assessment_stem,
    open_caption=lambda: QCoreApplication.translate("AssessmentKind", "Open assessment"),
    save_caption=lambda: QCoreApplication.translate("AssessmentKind", "Save assessment"),
    open_failed=lambda: QCoreApplication.translate("AssessmentKind", "The file cannot be opened"),
    save_failed=lambda: QCoreApplication.translate("AssessmentKind", "The assessment could not be saved"),
    title=lambda name: f"{name}[*] – Samverkan",
)

ASSESSMENT_FOLLOW_UP = FollowUpTexts(
    save_first_title=lambda: QCoreApplication.translate("AssessmentKind", "Save before the follow-up?"),
    save_first_question=lambda: QCoreApplication.translate(
        "AssessmentKind", "The follow-up records which saved file it follows. Save the assessment now?"
    ),
    failed=lambda: QCoreApplication.translate("AssessmentKind", "The follow-up could not be made"),
    made=_assessment_follow_up_made,
    choose_caption=lambda: QCoreApplication.translate("AssessmentKind", "Which assessment do you follow up?"),
    choose_filter=ASSESSMENT.file_filter,
    open_failed=ASSESSMENT.open_failed,
)

GROUP = DocumentKind(
    suffix=GROUP_SUFFIX,
    file_filter=lambda: file_filters.joined(file_filters.groups(), file_filters.all_files()),
    untitled=lambda: QCoreApplication.translate("GroupKind", "Untitled group"),
    suggested_stem=lambda group: (
        (slug(group.collaboration) if group is not None else "") or QCoreApplication.translate("GroupKind", "workshop")
    ),
    open_caption=lambda: QCoreApplication.translate("GroupKind", "Open group file"),
    save_caption=lambda: QCoreApplication.translate("GroupKind", "Save group"),
    open_failed=lambda: QCoreApplication.translate("GroupKind", "The group file could not be opened"),
    save_failed=lambda: QCoreApplication.translate("GroupKind", "The group could not be saved"),
    title=lambda name: fill(QCoreApplication.translate("GroupKind", "Workshop – %1[*] – Samverkan"), name),
)

GROUP_FOLLOW_UP = FollowUpTexts(
    save_first_title=lambda: QCoreApplication.translate("GroupKind", "Save before the follow-up?"),
    save_first_question=lambda: QCoreApplication.translate(
        "GroupKind", "The follow-up records which saved group file it follows. Save the group now?"
    ),
    failed=lambda: QCoreApplication.translate("GroupKind", "The follow-up could not be made"),
    made=lambda name, _carried: fill(
        QCoreApplication.translate(
            "GroupKind", "Follow-up of %1: add the participants' new answers, then save it under a new name."
        ),
        name,
    ),
)
