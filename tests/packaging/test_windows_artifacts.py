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
