"""A small index of the installed questionnaires' titles: the start view without a YAML parse.

The start view needs only each questionnaire's id, version and title before the
user acts; parsing the YAML (PyYAML, the loader and the model: ~4 MB and tens of
milliseconds) can wait until a new assessment starts or a file is opened.  After
a full load without problems the app writes this index (a JSON file in its data
folder); at the next start it is used only if the questionnaire files are exactly
the same (paths, order, size and modification time) and the app version is the
same, so a changed, added or removed file, or a newer loader, means a full load
again.  A load that refused a file writes no index: its message is shown at every
start, as before.

The file is a cache, not a document: when it is missing, unreadable or stale the
app simply loads the questionnaires.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from samverkan_gui import __version__
from samverkan_gui.core import paths
from samverkan_gui.core.file_kinds import QUESTIONNAIRE_SUFFIXES

if TYPE_CHECKING:  # the model's dataclasses are built when an index is read, not at import
    from samverkan_gui.core.questionnaire import LocalizedText, Questionnaire

log = logging.getLogger(__name__)

FORMAT = "samverkan-questionnaire-index"
FORMAT_VERSION = 1
#: Extra folders with questionnaires, separated by os.pathsep (for municipalities' own).
EXTRA_DIRS_ENV = "SAMVERKAN_QUESTIONNAIRES"


@dataclass(frozen=True)
class QuestionnaireHeader:
    """What the start view shows of a questionnaire; the registry gives the full one (same key)."""

    id: str
    version: int
    title: LocalizedText

    @property
    def key(self) -> tuple[str, int]:
        return (self.id, self.version)


def questionnaire_folders() -> list[Path]:
    """The shipped folder, then the folders in ``$SAMVERKAN_QUESTIONNAIRES``."""
    folders = [paths.questionnaires_dir()]
    extra = os.environ.get(EXTRA_DIRS_ENV, "")
    return folders + [Path(p) for p in extra.split(os.pathsep) if p]


def questionnaire_files(folders: Iterable[Path]) -> list[Path]:
    """Every questionnaire file in ``folders``, in the order the registry loads them."""
    files: list[Path] = []
    for folder in folders:
        for suffix in QUESTIONNAIRE_SUFFIXES:
            files += sorted(folder.glob("*" + suffix))
    return files


def _signature(files: list[Path]) -> list[list[Any]] | None:
    """(path, size, mtime) per file; None when a file cannot be looked at."""
    try:
        return [[str(file), (s := file.stat()).st_size, s.st_mtime_ns] for file in files]
    except OSError:
        return None


def read_index(index_file: Path, folders: Iterable[Path] | None = None) -> list[QuestionnaireHeader] | None:
    """The headers from ``index_file`` if it matches the questionnaire files now; else None (load them)."""
    import json

    from samverkan_gui.core.questionnaire import LocalizedText

    signature = _signature(questionnaire_files(questionnaire_folders() if folders is None else folders))
    try:
        data = json.loads(index_file.read_text(encoding="utf-8"))
        if (
            signature is None
            or data.get("format") != FORMAT
            or data.get("format_version") != FORMAT_VERSION
            or data.get("app_version") != __version__
            or data.get("files") != signature
        ):
            return None
        headers = [
            QuestionnaireHeader(str(entry["id"]), int(entry["version"]), LocalizedText(dict(entry["title"])))
            for entry in data["questionnaires"]
        ]
    except (OSError, ValueError, TypeError, KeyError, AttributeError):
        return None
    if not headers or not all(
        h.title.texts and all(isinstance(t, str) for t in h.title.texts.values()) for h in headers
    ):
        return None
    return headers


def write_index(
    index_file: Path, questionnaires: Iterable[Questionnaire], folders: Iterable[Path] | None = None
) -> bool:
    """Remember the loaded ``questionnaires`` for the next start; False when it could not be written."""
    import json

    from samverkan_gui.core.atomic import atomic_write
    from samverkan_gui.core.errors import SamverkanError

    signature = _signature(questionnaire_files(questionnaire_folders() if folders is None else folders))
    entries = [{"id": q.id, "version": q.version, "title": dict(q.title.texts)} for q in questionnaires]
    if signature is None or not entries:
        return False
    data = {
        "format": FORMAT,
        "format_version": FORMAT_VERSION,
        "app_version": __version__,
        "files": signature,
        "questionnaires": entries,
    }
    try:
        index_file.parent.mkdir(parents=True, exist_ok=True)
        atomic_write(index_file, json.dumps(data, ensure_ascii=False, indent=1).encode("utf-8"))
    except (OSError, SamverkanError) as exc:  # only a slower next start
        log.info("questionnaire index %s not written: %s", index_file, exc)
        return False
    return True
