"""Assert that no build-only Wine workaround reached a Windows artifact.

    python packaging/windows/check_artifacts.py --zip dist/samverkan-*-portable.zip
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
    args = parser.parse_args(argv)
    targets = [(path, zip_names(path)) for path in args.zip] + [(path, folder_names(path)) for path in args.folder]
    if not targets:
        parser.error("give --zip or --folder")
    failed = False
    for path, names in targets:
        found = problems(names)
        for line in found:
            sys.stdout.write(f"FAIL {path}: {line}\n")
        if not found:
            sys.stdout.write(f"ok   {path}: {len(names)} files, no build-only Wine file\n")
        failed = failed or bool(found)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
