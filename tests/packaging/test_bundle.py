"""The PyInstaller bundle: built from packaging/samverkan.spec, it runs its self-test and the CLI.

Slow (about half a minute to build on a 2-core machine); CI runs it with the rest of the suite.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
EXAMPLES = REPO / "examples"
#: The Linux bundle's limit (packaging/README.md records the real size: about 116 MB with the
#: PDF tagging and Word export, from 137 MB before the trimmed ICU data and no OpenSSL).
MAX_BUNDLE_BYTES = 120_000_000

pytestmark = [pytest.mark.slow, pytest.mark.timeout(900)]


def _exe(bundle: Path, name: str) -> Path:
    return bundle / (f"{name}.exe" if sys.platform == "win32" else name)


def _env() -> dict[str, str]:
    # The frozen app must not need the source tree: no PYTHONPATH into the repository.
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "PYTHONHOME")}
    env["QT_QPA_PLATFORM"] = "offscreen"
    return env


@pytest.fixture(scope="module")
def bundle(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("bundle")
    started = time.monotonic()
    done = subprocess.run(
        [
            sys.executable,
            str(REPO / "packaging" / "build.py"),
            "--dist",
            str(root / "dist"),
            "--work",
            str(root / "work"),
            "--skip-self-test",
        ],
        capture_output=True,
        text=True,
        cwd=REPO,
        timeout=840,
        check=False,
    )
    assert done.returncode == 0, done.stdout[-4000:] + done.stderr[-4000:]
    sys.stderr.write(f"\nbundle built in {time.monotonic() - started:.0f} s\n")
    return root / "dist" / "samverkan"


def test_bundle_self_test_passes(bundle: Path, tmp_path: Path) -> None:
    done = subprocess.run(
        [str(_exe(bundle, "samverkan")), "--self-test"],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        env=_env(),
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    assert "(frozen," in done.stdout
    assert "DejaVuSans embedded" in done.stdout
    assert "picture(s), sv-SE" in done.stdout  # the Word report: python-docx, lxml, Pillow with FreeType
    assert done.stdout.splitlines()[-1] == "self-test passed"


def test_bundle_contents(bundle: Path) -> None:
    internal = bundle / "_internal"
    files = {p.relative_to(internal).as_posix() for p in internal.rglob("*") if p.is_file()}
    assert "LICENSE" in files  # the installer shows it (LicenseFile in samverkan.iss)
    assert "samverkan_gui/questionnaires/testa-din-samverkan.yaml" in files
    assert "samverkan_gui/resources/fonts/DejaVuSans.ttf" in files
    assert "samverkan_gui/resources/fonts/DejaVuSans-Bold.ttf" in files
    assert "samverkan_gui/resources/icons/samverkan.svg" in files
    assert "samverkan_gui/resources/icons/samverkan-document.ico" in files
    # Every data file the app reads at run time is there (guidance, translations, ...).
    shipped = [
        f"samverkan_gui/{p.relative_to(REPO).as_posix()}"
        for top in ("questionnaires", "resources")
        for p in (REPO / top).rglob("*")
        if p.is_file() and p.suffix not in (".ts", ".md", ".pro", ".pyc")
    ]
    assert sorted(set(shipped) - files) == []
    qt_translations = sorted(name.rsplit("/", 1)[-1] for name in files if "/Qt/translations/" in name)
    assert qt_translations == ["qtbase_sv.qm"]
    # Offline and lean: no network or QML parts of Qt, no Tk.
    forbidden = (
        "QtNetwork",
        "Qt6Network",
        "QtQml",
        "Qt6Qml",
        "QtQuick",
        "Qt6Quick",
        "QtWebEngine",
        "tkinter",
        "plugins/tls/",
        "libqgtk3",
        # The Word charts' text is drawn from the fonts' outlines: not with Pillow's FreeType (Qt
        # brings its own libfreetype on Linux, for the window's text).
        "_imagingft",
        "pillow.libs/libfreetype",
        "pillow.libs/libharfbuzz",
        "default-docx-template",
    )
    assert [name for name in files if any(word in name for word in forbidden)] == []
    size = sum(p.stat().st_size for p in bundle.rglob("*") if p.is_file() and not p.is_symlink())
    assert size < MAX_BUNDLE_BYTES
    sys.stderr.write(f"\nbundle size {size / 1e6:.1f} MB in {len(files)} files\n")


def test_bundle_cli_questionnaire(bundle: Path, tmp_path: Path) -> None:
    done = subprocess.run(
        [str(_exe(bundle, "samverkan-cli")), "questionnaire", "--lang", "sv"],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        env=_env(),
        timeout=60,
        check=False,
        encoding="utf-8",
    )
    assert done.returncode == 0, done.stderr
    assert "Finns sedan tidigare tillit och förtroende mellan de samverkande parterna?" in done.stdout


def test_bundle_cli_report(bundle: Path, tmp_path: Path) -> None:
    from pypdf import PdfReader

    out = tmp_path / "rapport.pdf"
    done = subprocess.run(
        [str(_exe(bundle, "samverkan-cli")), "report", str(EXAMPLES / "komplett.samverkan"), "-o", str(out)],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        env=_env(),
        timeout=60,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    reader = PdfReader(out)
    text = "".join(page.extract_text() for page in reader.pages)
    assert "66 av 105 poäng" in text
    assert "Titta särskilt på organisatorisk design och ledarskap." in text
    # Tagged inside the bundle too: pikepdf and its libqpdf came along.
    assert "/StructTreeRoot" in reader.trailer["/Root"]


def test_bundle_cli_word_report(bundle: Path, tmp_path: Path) -> None:
    import docx

    out = tmp_path / "rapport.docx"
    done = subprocess.run(
        [str(_exe(bundle, "samverkan-cli")), "report", str(EXAMPLES / "komplett.samverkan"), "-o", str(out)],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        env=_env(),
        timeout=60,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    document = docx.Document(str(out))
    assert "66 av 105 poäng" in [paragraph.text for paragraph in document.paragraphs]
    assert len(document.inline_shapes) == 2  # the band ladder and the chart


def test_bundle_refuses_bad_input_without_a_traceback(bundle: Path, tmp_path: Path) -> None:
    broken = tmp_path / "trasig.samverkan"
    broken.write_bytes(b"\x00\xff not yaml")
    done = subprocess.run(
        [str(_exe(bundle, "samverkan-cli")), "score", str(broken)],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        env=dict(_env(), SAMVERKAN_LANG="sv"),
        timeout=60,
        check=False,
    )
    assert done.returncode == 1
    assert "trasig.samverkan" in done.stderr and "Traceback" not in done.stderr


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="Linux desktop integration")
def test_bundle_installs_its_desktop_entry(bundle: Path, tmp_path: Path) -> None:
    env = dict(os.environ, XDG_DATA_HOME=str(tmp_path / "share"), HOME=str(tmp_path))
    done = subprocess.run(
        ["sh", str(bundle / "install-desktop.sh")], capture_output=True, text=True, env=env, timeout=60, check=False
    )
    assert done.returncode == 0, done.stderr
    desktop = (tmp_path / "share" / "applications" / "samverkan.desktop").read_text(encoding="utf-8")
    assert f'Exec="{bundle / "samverkan"}" %F' in desktop.splitlines()
    assert (tmp_path / "share" / "icons" / "hicolor" / "48x48" / "mimetypes" / "application-x-samverkan.png").is_file()


@pytest.mark.skipif(not sys.platform.startswith("linux") or shutil.which("ldd") is None, reason="Linux, ldd")
def test_bundle_x11_platform_resolves_its_libraries(bundle: Path) -> None:
    """The X11 platform plugin and the SVG/image plugins find every library in the bundle or system."""
    internal = bundle / "_internal"
    plugins = internal / "PySide6" / "Qt" / "plugins"
    wanted = [
        plugins / "platforms" / "libqxcb.so",
        plugins / "platforms" / "libqoffscreen.so",
        plugins / "iconengines" / "libqsvgicon.so",
        plugins / "imageformats" / "libqsvg.so",
        plugins / "imageformats" / "libqico.so",
    ]
    env = dict(os.environ, LD_LIBRARY_PATH=f"{internal}:{internal / 'PySide6' / 'Qt' / 'lib'}")
    for plugin in wanted:
        assert plugin.is_file(), plugin
        done = subprocess.run(["ldd", str(plugin)], capture_output=True, text=True, env=env, timeout=60, check=False)
        assert "not found" not in done.stdout, f"{plugin.name}:\n{done.stdout}"
