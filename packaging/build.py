"""Build the PyInstaller bundle, self-test it, and optionally zip it for portable use.

    python packaging/build.py                 # dist/samverkan/ + its self-test
    python packaging/build.py --zip           # also dist/samverkan-<version>-<platform>-portable.zip
    python packaging/build.py --dist D --work W
    python packaging/build.py --zip --installer   # Windows: + Samverkan-<version>-setup.exe (Inno Setup)

Needs the ``packaging`` extra (``pip install -e ".[packaging]"``).  Prints the
bundle's size and the build time; exits non-zero if the build or the
self-test fails.  See packaging/README.md.
"""

from __future__ import annotations

import argparse
import os
import platform
import shutil
import subprocess
import sys
import time
import zipfile
from collections.abc import Sequence
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
SPEC = REPO / "packaging" / "samverkan.spec"
sys.path.insert(0, str(REPO / "packaging"))

from version_info import read_version  # noqa: E402


def say(text: str) -> None:
    sys.stdout.write(text + "\n")
    sys.stdout.flush()


def folder_size(folder: Path) -> int:
    return sum(path.stat().st_size for path in folder.rglob("*") if path.is_file() and not path.is_symlink())


def platform_tag() -> str:
    system = {"win32": "windows", "darwin": "macos"}.get(sys.platform, sys.platform)
    return f"{system}-{platform.machine().lower() or 'unknown'}"


def executable(bundle: Path, name: str) -> Path:
    return bundle / (f"{name}.exe" if sys.platform == "win32" else name)


def build_bundle(dist: Path, work: Path) -> Path:
    """Run PyInstaller on the spec; returns ``dist/samverkan``."""
    command = [
        sys.executable,
        "-m",
        "PyInstaller",
        "--noconfirm",
        "--clean",
        "--log-level",
        "WARN",
        "--distpath",
        str(dist),
        "--workpath",
        str(work),
        str(SPEC),
    ]
    say("$ " + " ".join(command))
    subprocess.run(command, check=True, cwd=REPO)
    return dist / "samverkan"


def add_linux_desktop_files(bundle: Path) -> None:
    """Put the desktop entry, MIME type and their installer next to the Linux executable."""
    for name in ("samverkan.desktop", "samverkan-mime.xml", "install-desktop.sh"):
        shutil.copy2(REPO / "packaging" / "linux" / name, bundle / name)


def self_test(bundle: Path) -> None:
    """Run the bundle's console executable with --self-test (offscreen)."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    command = [str(executable(bundle, "samverkan-cli")), "--self-test"]
    say("$ " + " ".join(command))
    subprocess.run(command, check=True, env=env, cwd=bundle.parent)


PORTABLE_README = REPO / "packaging" / "windows" / "portable-readme.txt"
PORTABLE_README_NAME = "LÄS MIG - READ ME.txt"


def make_zip(bundle: Path, target: Path) -> Path:
    """The portable zip: the onedir folder as ``samverkan/...`` inside the archive, plus a read-me."""
    target.unlink(missing_ok=True)
    partial = target.with_name(target.name + ".partial")
    # Level 9: a few hundred kB less than the default for a few seconds more, once per build.
    with zipfile.ZipFile(partial, "w", compression=zipfile.ZIP_DEFLATED, compresslevel=9) as archive:
        for path in sorted(bundle.rglob("*")):
            if path.is_file():
                archive.write(path, Path(bundle.name) / path.relative_to(bundle))
        text = PORTABLE_README.read_text(encoding="utf-8")
        if sys.platform == "win32":
            text = text.replace("\n", "\r\n")
        archive.writestr(f"{bundle.name}/{PORTABLE_README_NAME}", text.encode("utf-8-sig"))
    partial.replace(target)
    return target


ISCC_CANDIDATES = (
    Path(os.environ.get("PROGRAMFILES(X86)", r"C:\Program Files (x86)")) / "Inno Setup 6" / "ISCC.exe",
    Path(os.environ.get("PROGRAMFILES", r"C:\Program Files")) / "Inno Setup 6" / "ISCC.exe",
    Path(os.environ.get("LOCALAPPDATA", "")) / "Programs" / "Inno Setup 6" / "ISCC.exe",
)


def find_iscc() -> Path:
    """Inno Setup's command-line compiler: $ISCC, on PATH, or in its default install folders."""
    for candidate in (os.environ.get("ISCC"), shutil.which("iscc"), *ISCC_CANDIDATES):
        if candidate and Path(candidate).is_file():
            return Path(candidate)
    raise SystemExit("Inno Setup 6 (ISCC.exe) not found: install it or set ISCC to its path")


def make_installer(bundle: Path, out: Path) -> Path:
    """Compile packaging/windows/samverkan.iss against the bundle (Windows only).

    The version is not passed: the script reads it from samverkan.exe's version resource
    (three parts), so the installer's name is checked against ours here.
    """
    version = read_version()
    command = [
        str(find_iscc()),
        f"/DBundleDir={bundle}",
        f"/DOutputDir={out}",
        str(REPO / "packaging" / "windows" / "samverkan.iss"),
    ]
    say("$ " + " ".join(command))
    subprocess.run(command, check=True, cwd=REPO)
    setup = out / f"Samverkan-{version}-setup.exe"
    if not setup.is_file():
        raise SystemExit(f"Inno Setup did not write {setup.name} (version {version}): see its output above")
    return setup


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Build the Samverkan bundle (PyInstaller onedir).")
    parser.add_argument("--dist", type=Path, default=REPO / "dist", help="output folder (default: dist/)")
    parser.add_argument("--work", type=Path, default=REPO / "build" / "pyinstaller", help="PyInstaller work folder")
    parser.add_argument("--zip", action="store_true", help="also write the portable zip next to the bundle")
    parser.add_argument("--installer", action="store_true", help="also compile the Inno Setup installer (Windows)")
    parser.add_argument("--skip-self-test", action="store_true", help="do not run the bundle's self-test")
    args = parser.parse_args(argv)

    started = time.monotonic()
    bundle = build_bundle(args.dist.resolve(), args.work.resolve())
    if sys.platform.startswith("linux"):
        add_linux_desktop_files(bundle)
    built = time.monotonic() - started
    size = folder_size(bundle)
    files = sum(1 for path in bundle.rglob("*") if path.is_file())
    say(f"bundle: {bundle}  {size / 1e6:.1f} MB in {files} files, built in {built:.0f} s")
    if not args.skip_self_test:
        self_test(bundle)
    if args.zip:
        target = args.dist.resolve() / f"samverkan-{read_version()}-{platform_tag()}-portable.zip"
        make_zip(bundle, target)
        say(f"portable zip: {target}  {target.stat().st_size / 1e6:.1f} MB")
    if args.installer:
        if sys.platform != "win32":
            raise SystemExit("--installer needs Windows (Inno Setup)")
        setup = make_installer(bundle, args.dist.resolve())
        say(f"installer: {setup}  {setup.stat().st_size / 1e6:.1f} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
