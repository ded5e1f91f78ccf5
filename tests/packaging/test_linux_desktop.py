"""Linux desktop integration: the .desktop file, the MIME type and the per-user installer."""

from __future__ import annotations

import configparser
import os
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
LINUX = REPO / "packaging" / "linux"
SIZES = (16, 24, 32, 48, 64, 128, 256)

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="POSIX shell script")


def _desktop(path: Path) -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None, strict=True)
    parser.optionxform = str  # keys are case-sensitive
    parser.read(path, encoding="utf-8")
    return parser["Desktop Entry"]


def test_desktop_entry_keys() -> None:
    entry = _desktop(LINUX / "samverkan.desktop")
    assert entry["Type"] == "Application"
    assert entry["Name"] == "Samverkan"
    assert entry["Exec"] == "samverkan %F"
    assert entry["Icon"] == "samverkan"
    assert entry["MimeType"] == "application/x-samverkan;application/x-samverkan-group;"
    assert entry["Terminal"] == "false"
    assert "Comment[sv]" in entry


@pytest.mark.skipif(shutil.which("desktop-file-validate") is None, reason="desktop-file-utils not installed")
def test_desktop_entry_validates() -> None:
    done = subprocess.run(
        ["desktop-file-validate", str(LINUX / "samverkan.desktop")], capture_output=True, text=True, check=False
    )
    assert done.returncode == 0 and done.stdout == "", done.stdout + done.stderr


def test_mime_definition() -> None:
    ns = {"m": "http://www.freedesktop.org/standards/shared-mime-info"}
    root = ET.parse(LINUX / "samverkan-mime.xml").getroot()
    mime = root.find("m:mime-type", ns)
    assert mime is not None and mime.get("type") == "application/x-samverkan"
    assert [g.get("pattern") for g in mime.findall("m:glob", ns)] == ["*.samverkan"]
    magic = mime.find("m:magic/m:match", ns)
    assert magic is not None
    # The magic string is what a saved file really contains near its start.
    example = (REPO / "examples" / "komplett.samverkan").read_bytes()[:256]
    assert magic.get("value", "").encode() in example


def test_group_file_mime_definition() -> None:
    ns = {"m": "http://www.freedesktop.org/standards/shared-mime-info"}
    root = ET.parse(LINUX / "samverkan-mime.xml").getroot()
    types = {mime.get("type"): mime for mime in root.findall("m:mime-type", ns)}
    group = types["application/x-samverkan-group"]
    assert [g.get("pattern") for g in group.findall("m:glob", ns)] == ["*.samverkan-grupp"]
    assert [c.text for c in group.findall("m:comment", ns)] == ["Samverkan group file", "Samverkan-gruppfil"]
    magic = group.find("m:magic/m:match", ns)
    assert magic is not None
    # What the core writes at the top of a group file (core/group_file.py), as in the shipped example.
    from samverkan_gui.core.file_kinds import GROUP_SUFFIX
    from samverkan_gui.core.group_file import FORMAT

    assert GROUP_SUFFIX == ".samverkan-grupp"
    assert magic.get("value") == f"format: {FORMAT}"
    assert magic.get("value", "").encode() in (REPO / "examples" / "workshop-7.samverkan-grupp").read_bytes()[:256]
    assert "application/x-samverkan-group" in _desktop(LINUX / "samverkan.desktop")["MimeType"].split(";")


def _install(tmp_path: Path, *args: str, path: str | None = None) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, XDG_DATA_HOME=str(tmp_path / "share"), HOME=str(tmp_path))
    if path is not None:
        env["PATH"] = path
    return subprocess.run(
        ["sh", str(LINUX / "install-desktop.sh"), *args],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
        check=False,
    )


def test_install_for_the_current_user_and_uninstall(tmp_path: Path) -> None:
    share = tmp_path / "share"
    done = _install(tmp_path, "--exec", "/opt/sam verkan/samverkan")
    assert done.returncode == 0, done.stderr
    entry = _desktop(share / "applications" / "samverkan.desktop")
    assert entry["Exec"] == '"/opt/sam verkan/samverkan" %F'
    assert entry["TryExec"] == "/opt/sam verkan/samverkan"
    assert (share / "mime" / "packages" / "samverkan.xml").read_bytes() == (LINUX / "samverkan-mime.xml").read_bytes()
    for size in SIZES:
        assert (share / "icons" / "hicolor" / f"{size}x{size}" / "apps" / "samverkan.png").is_file()
        assert (share / "icons" / "hicolor" / f"{size}x{size}" / "mimetypes" / "application-x-samverkan.png").is_file()
        group_icon = share / "icons" / "hicolor" / f"{size}x{size}" / "mimetypes" / "application-x-samverkan-group.png"
        assert group_icon.read_bytes() == (REPO / "resources" / "icons" / f"samverkan-group-{size}.png").read_bytes()
    assert (share / "icons" / "hicolor" / "scalable" / "apps" / "samverkan.svg").is_file()
    if shutil.which("update-mime-database"):
        globs = (share / "mime" / "globs2").read_text(encoding="utf-8")
        assert "application/x-samverkan:*.samverkan" in globs
        assert "application/x-samverkan-group:*.samverkan-grupp" in globs
    if shutil.which("update-desktop-database"):
        cache = (share / "applications" / "mimeinfo.cache").read_text(encoding="utf-8")
        assert "application/x-samverkan=samverkan.desktop;" in cache
        assert "application/x-samverkan-group=samverkan.desktop;" in cache

    done = _install(tmp_path, "--uninstall")
    assert done.returncode == 0, done.stderr
    assert not (share / "applications" / "samverkan.desktop").exists()
    assert not (share / "mime" / "packages" / "samverkan.xml").exists()
    assert list((share / "icons").rglob("*.png")) == []


def test_install_without_a_program_says_so(tmp_path: Path) -> None:
    system_only = "/usr/bin:/bin"  # sh, sed and cp, but no samverkan (CI's venv is on PATH otherwise)
    assert shutil.which("samverkan", path=system_only) is None
    done = _install(tmp_path, path=system_only)
    assert done.returncode == 1
    assert "--exec" in done.stderr
