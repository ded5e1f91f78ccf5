"""Which kind of Samverkan file a path is, and which files open as a workshop group.

One rule for the windows, a drop, ``samverkan FILE…`` and the command line's
``score``/``report``: one assessment is an assessment; a group file, several
files or a folder are a group.  Plain names only (no YAML, no Qt): the start-up
and the command line use it before anything is read.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

ASSESSMENT_SUFFIX = ".samverkan"
GROUP_SUFFIX = ".samverkan-grupp"


def kind_of(path: Path) -> str:
    """``"group"`` for a ``.samverkan-grupp`` file, else ``"assessment"``."""
    return "group" if path.name.lower().endswith(GROUP_SUFFIX) else "assessment"


def opens_as_group(paths: Sequence[Path]) -> bool:
    """Several files, a folder or a group file: the workshop's group, not one assessment."""
    if len(paths) != 1 or paths[0].is_dir():
        return True
    return kind_of(paths[0]) == "group"
