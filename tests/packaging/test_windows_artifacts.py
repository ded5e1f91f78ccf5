"""packaging/windows/check_artifacts.py: no build-only Wine file may reach the zip or the installer.

build-on-linux.sh runs it on the real portable zip and verify-under-wine.sh on the folder the
real installer wrote; these tests make sure it catches what it is there to catch.
"""

from __future__ import annotations

import runpy
import zipfile
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
CHECK = runpy.run_path(str(REPO / "packaging" / "windows" / "check_artifacts.py"))
BUNDLE = ["samverkan/samverkan.exe", "samverkan/samverkan-cli.exe", "samverkan/_internal/python313.dll"]


def _zip(tmp_path: Path, names: list[str]) -> Path:
    target = tmp_path / "portable.zip"
    with zipfile.ZipFile(target, "w") as archive:
        for name in names:
            archive.writestr(name, b"MZ")
    return target


def test_a_clean_bundle_passes(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert CHECK["main"](["--zip", str(_zip(tmp_path, BUNDLE))]) == 0
    assert "no build-only Wine file" in capsys.readouterr().out


@pytest.mark.parametrize(
    "intruder",
    [
        "samverkan/_internal/icuuc.dll",
        "samverkan/_internal/PySide6/ICUUC.DLL",
        "samverkan/_internal/mscms.dll",
        "samverkan/_internal/sitecustomize.py",
        "samverkan/_internal/__pycache__/sitecustomize.cpython-313.pyc",
    ],
)
def test_a_stub_dll_or_sitecustomize_fails(tmp_path: Path, capsys: pytest.CaptureFixture[str], intruder: str) -> None:
    assert CHECK["main"](["--zip", str(_zip(tmp_path, [*BUNDLE, intruder]))]) == 1
    assert intruder in capsys.readouterr().out


def test_an_installed_folder_is_checked_too(tmp_path: Path) -> None:
    folder = tmp_path / "Programs" / "Samverkan"
    (folder / "_internal").mkdir(parents=True)
    for name in ("samverkan.exe", "samverkan-cli.exe", "unins000.exe"):
        (folder / name).write_bytes(b"MZ")
    assert CHECK["main"](["--folder", str(folder)]) == 0
    (folder / "_internal" / "icuuc.dll").write_bytes(b"MZ")
    assert CHECK["main"](["--folder", str(folder)]) == 1


def test_an_empty_or_foreign_archive_fails(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert CHECK["main"](["--zip", str(_zip(tmp_path, ["readme.txt"]))]) == 1
    out = capsys.readouterr().out
    assert "missing from the artifact: samverkan.exe" in out


def test_the_workarounds_named_here_are_the_ones_the_build_makes() -> None:
    wine = REPO / "packaging" / "windows" / "wine"
    env = (wine / "wine-env.sh").read_text(encoding="utf-8")
    build = (REPO / "packaging" / "windows" / "build-on-linux.sh").read_text(encoding="utf-8")
    assert '"$out/icuuc.dll"' in env and "icuuc.dll" in CHECK["FORBIDDEN_NAMES"]
    assert 'wine/sitecustomize.py" "$SITE/sitecustomize.py"' in build and "sitecustomize.py" in CHECK["FORBIDDEN_NAMES"]
    # ...and the spec keeps a build Python's sitecustomize out of the frozen app.
    assert '"sitecustomize",' in (REPO / "packaging" / "samverkan.spec").read_text(encoding="utf-8")


def test_a_zip_or_installer_over_its_size_limit_fails(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    target = tmp_path / "portable.zip"
    with zipfile.ZipFile(target, "w", compression=zipfile.ZIP_STORED) as archive:
        for name in BUNDLE:
            archive.writestr(name, b"MZ")
        archive.writestr("samverkan/_internal/big.bin", b"\0" * (CHECK["ZIP_LIMIT"] + 1))
    assert CHECK["main"](["--zip", str(target)]) == 1
    assert "over the limit of 40 MB" in capsys.readouterr().out
    setup = tmp_path / "Samverkan-0.3.0-setup.exe"
    with setup.open("wb") as stream:
        stream.truncate(CHECK["INSTALLER_LIMIT"] + 1)
    assert CHECK["main"](["--installer", str(setup)]) == 1
    assert "over the limit of 30 MB" in capsys.readouterr().out
    with setup.open("r+b") as stream:
        stream.truncate(CHECK["INSTALLER_LIMIT"])
    assert CHECK["main"](["--installer", str(setup)]) == 0


def test_the_build_checks_the_sizes_of_what_it_made() -> None:
    build = (REPO / "packaging" / "windows" / "build-on-linux.sh").read_text(encoding="utf-8")
    assert 'check_artifacts.py" --zip "$ZIP"' in build
    assert 'check_artifacts.py" --installer "$SETUP"' in build
