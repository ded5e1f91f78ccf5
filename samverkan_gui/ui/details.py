"""File → Assessment details: correct the collaboration, respondent, organisation or date afterwards.

A date the user typed that is not YYYY-MM-DD changes nothing and says why; the
other fields are kept as typed (trimmed).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from samverkan_gui.core.placeholders import fill
from samverkan_gui.ui import dialogs

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from samverkan_gui.ui.session import AssessmentSession


def edit_details(parent: QWidget, session: AssessmentSession) -> bool:
    """Ask for the open assessment's details and apply them; True when they changed."""
    assessment = session.assessment
    if assessment is None:
        return False
    fields = [
        ("collaboration", QCoreApplication.translate("Details", "Collaboration:"), assessment.collaboration),
        ("respondent", QCoreApplication.translate("Details", "Name or role:"), assessment.respondent),
        ("organisation", QCoreApplication.translate("Details", "Organisation:"), assessment.organisation),
        (
            "date",
            QCoreApplication.translate("Details", "Date (YYYY-MM-DD):"),
            assessment.date.isoformat() if assessment.date else "",
        ),
    ]
    values = dialogs.edit_details(parent, QCoreApplication.translate("Details", "Assessment details"), fields)
    if values is None:
        return False
    import datetime as dt  # not imported at start-up

    date_text = values.pop("date").strip()
    try:
        date = dt.date.fromisoformat(date_text) if date_text else None
    except ValueError:
        dialogs.show_error(
            parent,
            QCoreApplication.translate("Details", "The details were not changed"),
            fill(
                QCoreApplication.translate(
                    "Details", "“%1” is not a date. Write it as YYYY-MM-DD, for example 2026-11-20."
                ),
                date_text,
            ),
        )
        return False
    session.set_details(date=date, **{key: value.strip() for key, value in values.items()})
    return True
