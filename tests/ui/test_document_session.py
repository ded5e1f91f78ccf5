"""One session for both kinds of document: the assessment's and the workshop group's behave alike."""

from __future__ import annotations

from pathlib import Path

import pytest

from samverkan_gui.core.plan import BlockPlan
from samverkan_gui.ui.session import AssessmentSession, DocumentSession
from samverkan_gui.ui.workshop.session import GroupSession

SIGNALS = (
    "document_replaced",
    "document_changed",
    "details_changed",
    "plan_changed",
    "modified_changed",
    "path_changed",
    "file_saved",
)


@pytest.fixture(params=["assessment", "group"])
def session(request, qapp, questionnaire) -> DocumentSession:  # type: ignore[no-untyped-def]
    made: DocumentSession = AssessmentSession() if request.param == "assessment" else GroupSession()
    made.new(questionnaire, "sv")
    return made


def _recorded(session: DocumentSession) -> list[str]:
    seen: list[str] = []
    for name in SIGNALS:
        getattr(session, name).connect(lambda *_args, name=name: seen.append(name))
    return seen


def test_both_sessions_share_one_base() -> None:
    assert issubclass(AssessmentSession, DocumentSession)
    assert issubclass(GroupSession, DocumentSession)
    shared = {"document", "path", "modified", "is_open", "replace", "update", "open", "save", "detach", "restore"}
    for name in shared:
        assert getattr(AssessmentSession, name) is getattr(DocumentSession, name), name
        assert getattr(GroupSession, name) is getattr(DocumentSession, name), name


def test_a_new_document_is_unmodified_until_something_is_written(session: DocumentSession) -> None:
    seen = _recorded(session)
    assert not session.modified and session.path is None
    written = session.document.with_details(collaboration="Norrby")
    assert session.update(written)
    assert session.modified
    assert seen == ["details_changed", "document_changed", "modified_changed"]
    seen.clear()
    assert not session.update(written)  # the same value again: nothing happened, nothing is said
    assert seen == []
    session.update(session.document.with_details(collaboration=""))
    assert not session.modified


def test_a_plan_edit_is_announced_and_makes_the_document_modified(session: DocumentSession) -> None:
    seen = _recorded(session)
    session.set_plan([BlockPlan("utfall", why="Bättre möten")])
    assert seen == ["plan_changed", "document_changed", "modified_changed"]
    assert session.document.plan == (BlockPlan("utfall", why="Bättre möten"),)


def test_save_open_copy_and_restore(session: DocumentSession, tmp_path: Path) -> None:
    session.update(session.document.with_details(collaboration="Norrby"))
    suffix = ".samverkan" if isinstance(session, AssessmentSession) else ".samverkan-grupp"
    path = tmp_path / f"norrby{suffix}"
    seen = _recorded(session)
    assert session.save(path) == path
    assert seen == ["path_changed", "modified_changed", "file_saved"]
    assert session.path == path and not session.modified
    saved = session.document

    seen.clear()
    session.open(path)
    assert seen == ["document_replaced", "document_changed", "modified_changed"]  # the same path
    assert session.document == saved and not session.modified

    session.detach()  # "Open a copy": the content stays, the file goes, Save asks for a name
    assert session.path is None and session.modified and session.document == saved

    session.restore(saved.with_details(collaboration="Norrby stad"), path)
    assert session.path == path and session.modified
    session.restore(saved, path)  # recovered work identical to its file: nothing to save
    assert not session.modified
    session.restore(saved, tmp_path / f"gone{suffix}")  # the original is gone: the work must be saved
    assert session.modified


def test_the_immutable_document_is_swapped_never_changed(session: DocumentSession) -> None:
    before = session.document
    session.update(before.with_details(collaboration="Norrby"))
    assert before.collaboration == ""
    assert session.document is not before
