"""Where a follow-up's earlier file is looked for, the same for every output that shows the change since then.

A module of its own: the exports, the results pages and the learning loop all ask, and
the learning loop also opens the comparison window (which exports): no cycle.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from samverkan_gui.ui.session import DocumentSession


def follows_source(session: DocumentSession[Any]) -> Path | None:
    """Where a follow-up's earlier file is looked for: beside the document's own file.

    An unsaved follow-up has no file yet: it is taken to be in the folder files were last
    opened from or saved to (where the file it follows was opened).
    """
    from samverkan_gui.ui import settings

    if session.path is not None:
        return session.path
    stored = settings.LAST_DIRECTORY.get()
    return Path(stored) / "unsaved" if stored else None
