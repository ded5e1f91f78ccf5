"""The Windows version resource is generated from samverkan_gui.__version__."""

from __future__ import annotations

import runpy
import sys
from pathlib import Path

import pytest

from samverkan_gui import __version__

REPO = Path(__file__).resolve().parents[2]
VERSION_INFO = runpy.run_path(str(REPO / "packaging" / "version_info.py"))


def _evaluate(text: str) -> dict:
    """Evaluate the file as PyInstaller does, with recording stand-ins for its classes."""
    seen: dict = {"strings": {}}

    def record(kind):
        def make(*args, **kwargs):
            seen.setdefault(kind, []).append((args, kwargs))
            if kind == "StringStruct":
                seen["strings"][args[0]] = args[1]
            return (kind, args, kwargs)

        return make

    names = [
        "VSVersionInfo",
        "FixedFileInfo",
        "StringFileInfo",
        "StringTable",
        "StringStruct",
        "VarFileInfo",
        "VarStruct",
    ]
    eval(text, {name: record(name) for name in names})
    return seen


@pytest.mark.parametrize(
    ("version", "numbers"),
    [("0.1.0", (0, 1, 0, 0)), ("1.2", (1, 2, 0, 0)), ("2.0.1rc3", (2, 0, 1, 0)), ("3.4.5+local.7", (3, 4, 5, 0))],
)
def test_version_tuple(version: str, numbers: tuple[int, ...]) -> None:
    assert VERSION_INFO["version_tuple"](version) == numbers


def test_read_version_matches_the_package() -> None:
    assert VERSION_INFO["read_version"]() == __version__


def test_version_file_fields(tmp_path: Path) -> None:
    target = VERSION_INFO["write_version_file"](tmp_path / "v.txt", "samverkan-cli.exe", "Samverkan – CLI")
    seen = _evaluate(target.read_text(encoding="utf-8"))
    ffi = seen["FixedFileInfo"][0][1]
    numbers = VERSION_INFO["version_tuple"](__version__)
    assert ffi["filevers"] == numbers and ffi["prodvers"] == numbers
    assert seen["strings"]["FileVersion"] == __version__
    assert seen["strings"]["ProductVersion"] == __version__
    assert seen["strings"]["OriginalFilename"] == "samverkan-cli.exe"
    assert seen["strings"]["FileDescription"] == "Samverkan – CLI"
    assert seen["StringTable"][0][0][0] == "041D04B0"  # Swedish, Unicode
    assert seen["VarStruct"][0][0] == ("Translation", [0x041D, 1200])


def test_pyinstaller_parses_and_serialises_the_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """PyInstaller's own reader and the binary resource it would embed on Windows."""
    import importlib
    import types

    import PyInstaller.compat

    # pefile and pywin32 come with PyInstaller on Windows only; reading and serialising the
    # version resource uses neither (only writing it into an exe does).
    if importlib.util.find_spec("pefile") is None:
        monkeypatch.setitem(sys.modules, "pefile", types.ModuleType("pefile"))
    if not hasattr(PyInstaller.compat, "win32api"):
        monkeypatch.setattr(PyInstaller.compat, "win32api", None, raising=False)
    monkeypatch.delitem(sys.modules, "PyInstaller.utils.win32.versioninfo", raising=False)
    versioninfo = importlib.import_module("PyInstaller.utils.win32.versioninfo")
    target = VERSION_INFO["write_version_file"](tmp_path / "v.txt", "samverkan.exe")
    info = versioninfo.load_version_info_from_text_file(str(target))
    raw = info.toRaw()
    assert "VS_VERSION_INFO".encode("utf-16-le") in raw
    assert "samverkan.exe\0".encode("utf-16-le") in raw
    assert __version__.encode("utf-16-le") in raw
    assert "041D04B0".encode("utf-16-le") in raw
