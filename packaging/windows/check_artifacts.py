"""Assert that no build-only Wine workaround reached a Windows artifact, and that it fits.

    python packaging/windows/check_artifacts.py --zip dist/samverkan-*-portable.zip
    python packaging/windows/check_artifacts.py --installer dist/Samverkan-*-setup.exe
    python packaging/windows/check_artifacts.py --folder <installed program folder>

build-on-linux.sh checks the portable zip; verify-under-wine.sh checks the folder the
installer wrote (the installer holds exactly the bundle, samverkan.iss [Files]).  Exit 1 with
the offending names.  Plain Python, no dependencies: it runs on the Linux side.
"""

from __future__ import annotations

import argparse
import sys
import zipfile
from collections.abc import Iterable, Sequence
from pathlib import Path, PurePosixPath

# The stand-in system DLLs and the start-up tweak of the build Python (packaging/windows/wine/).
FORBIDDEN_NAMES = frozenset({"icuuc.dll", "mscms.dll", "sitecustomize.py", "sitecustomize.pyc"})
# What a bundle must hold, so that an empty or foreign archive does not pass.
REQUIRED_NAMES = frozenset({"samverkan.exe", "samverkan-cli.exe"})
# The size limits (bytes, as decimal MB): a portable zip still fits a mail attachment limit or a
# small USB stick with room for documents, and a download over a slow municipal line stays short.
ZIP_LIMIT = 40_000_000
INSTALLER_LIMIT = 30_000_000


def too_big(path: Path, limit: int) -> list[str]:
    size = path.stat().st_size
    return [f"{size / 1e6:.1f} MB, over the limit of {limit / 1e6:.0f} MB"] if size > limit else []


def problems(names: Iterable[str]) -> list[str]:
    """The complaints about a list of archive or folder paths (empty when all is well)."""
    found: list[str] = []
    basenames: set[str] = set()
    for name in names:
        base = PurePosixPath(name.replace("\\", "/")).name.lower()
        basenames.add(base)
        if base in FORBIDDEN_NAMES or base.startswith("sitecustomize."):
            found.append(f"build-only file in the artifact: {name}")
    found.extend(f"missing from the artifact: {name}" for name in sorted(REQUIRED_NAMES - basenames))
    return found


def zip_names(path: Path) -> list[str]:
    with zipfile.ZipFile(path) as archive:
        return archive.namelist()


def folder_names(path: Path) -> list[str]:
    return [str(file.relative_to(path)) for file in path.rglob("*") if file.is_file()]


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--zip", type=Path, action="append", default=[], help="a portable zip")
    parser.add_argument("--folder", type=Path, action="append", default=[], help="an installed program folder")
    parser.add_argument("--installer", type=Path, action="append", default=[], help="an installer (its size only)")
    args = parser.parse_args(argv)
    if not (args.zip or args.folder or args.installer):
        parser.error("give --zip, --installer or --folder")
    failed = False
    for path in args.zip:
        names = zip_names(path)
        found = problems(names) + too_big(path, ZIP_LIMIT)
        failed = _report(path, found, f"{len(names)} files, no build-only Wine file, {path.stat().st_size / 1e6:.1f} MB") or failed
    for path in args.folder:
        names = folder_names(path)
        failed = _report(path, problems(names), f"{len(names)} files, no build-only Wine file") or failed
    for path in args.installer:
        failed = _report(path, too_big(path, INSTALLER_LIMIT), f"{path.stat().st_size / 1e6:.1f} MB") or failed
    return 1 if failed else 0


def _report(path: Path, found: list[str], ok_text: str) -> bool:
    for line in found:
        sys.stdout.write(f"FAIL {path}: {line}\n")
    if not found:
        sys.stdout.write(f"ok   {path}: {ok_text}\n")
    return bool(found)


if __name__ == "__main__":
    sys.exit(main())
