"""The wheel: built with ``python -m build``, it carries the data and works outside the source tree."""

from __future__ import annotations

import os
import subprocess
import sys
import venv
import zipfile
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
EXAMPLES = REPO / "examples"

pytestmark = [pytest.mark.slow, pytest.mark.timeout(600)]


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("wheel")
    # --no-isolation: the build backend (hatchling) is already installed; no download at test time.
    done = subprocess.run(
        [sys.executable, "-m", "build", "--wheel", "--no-isolation", "--outdir", str(out), str(REPO)],
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert done.returncode == 0, done.stdout[-3000:] + done.stderr[-3000:]
    wheels = list(out.glob("samverkan-*.whl"))
    assert len(wheels) == 1, wheels
    return wheels[0]


def test_wheel_contents(wheel: Path) -> None:
    names = set(zipfile.ZipFile(wheel).namelist())
    expected = {
        "samverkan_gui/cli.py",
        "samverkan_gui/selftest.py",
        "samverkan_gui/questionnaires/testa-din-samverkan.yaml",
        "samverkan_gui/resources/fonts/DejaVuSans.ttf",
        "samverkan_gui/resources/fonts/DejaVuSans-Bold.ttf",
        "samverkan_gui/resources/fonts/LICENSE-DejaVu.txt",
        "samverkan_gui/resources/icons/samverkan.svg",
        "samverkan_gui/resources/icons/samverkan-document.svg",
        "samverkan_gui/resources/icons/samverkan-256.png",
        "samverkan_gui/resources/icons/samverkan.ico",
    }
    # Every shipped data file: guidance, translations (.qm), whatever resources/ holds.
    expected |= {
        f"samverkan_gui/{p.relative_to(REPO).as_posix()}"
        for top in ("questionnaires", "resources")
        for p in (REPO / top).rglob("*")
        if p.is_file() and "__pycache__" not in p.parts
    }
    assert expected - names == set()
    # Nothing from the repository's test or packaging side leaks into the installed package.
    assert [n for n in names if n.startswith(("tests/", "packaging/", "samverkan_gui/tests"))] == []
    entry_points = next(n for n in names if n.endswith(".dist-info/entry_points.txt"))
    text = zipfile.ZipFile(wheel).read(entry_points).decode()
    assert "samverkan = samverkan_gui.cli:main" in text


@pytest.fixture(scope="module")
def installed(wheel: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A fresh venv that reuses the already installed PySide6/reportlab/pyyaml (no downloads).

    ``--system-site-packages`` would see the *base* interpreter's packages, not those of the
    venv the tests run in (CI's .venv), so the current environment's site-packages folders are
    added with a .pth file instead.  Plain paths in a .pth do not process the .pth files inside
    them, so the editable install of the source tree stays invisible.
    """
    root = tmp_path_factory.mktemp("venv")
    env_dir = root / "venv"
    venv.EnvBuilder(system_site_packages=False, with_pip=False).create(env_dir)
    bindir = env_dir / ("Scripts" if sys.platform == "win32" else "bin")
    python = bindir / ("python.exe" if sys.platform == "win32" else "python")
    purelib = subprocess.run(
        [str(python), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    ).stdout.strip()
    outer = [p for p in sys.path if Path(p).name in ("site-packages", "dist-packages") and Path(p).is_dir()]
    (Path(purelib) / "outer-environment.pth").write_text("\n".join(outer) + "\n", encoding="utf-8")
    # pip of the outer interpreter installs into the venv; --no-deps: the dependencies come
    # from the system site-packages the venv sees.
    done = subprocess.run(
        [sys.executable, "-m", "pip", "--python", str(python), "install", "--no-deps", "--no-index", "-q", str(wheel)],
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    return bindir


def _run(bindir: Path, cwd: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "PYTHONHOME")}
    env["QT_QPA_PLATFORM"] = "offscreen"
    exe = bindir / ("samverkan.exe" if sys.platform == "win32" else "samverkan")
    return subprocess.run(
        [str(exe), *args], capture_output=True, text=True, cwd=cwd, env=env, timeout=120, check=False, encoding="utf-8"
    )


def test_installed_package_is_the_wheel_not_the_source_tree(installed: Path, tmp_path: Path) -> None:
    python = installed / ("python.exe" if sys.platform == "win32" else "python")
    done = subprocess.run(
        [str(python), "-c", "import samverkan_gui.core.paths as p; print(p.questionnaires_dir())"],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        timeout=60,
        check=False,
        env={k: v for k, v in os.environ.items() if k != "PYTHONPATH"},
    )
    assert done.returncode == 0, done.stderr
    folder = Path(done.stdout.strip())
    assert folder.parts[-2:] == ("samverkan_gui", "questionnaires")
    assert REPO not in folder.parents


def test_installed_questionnaire_command(installed: Path, tmp_path: Path) -> None:
    done = _run(installed, tmp_path, "questionnaire", "--lang", "sv")
    assert done.returncode == 0, done.stderr
    assert "Finns sedan tidigare tillit och förtroende mellan de samverkande parterna?" in done.stdout


def test_installed_report_command(installed: Path, tmp_path: Path) -> None:
    from pypdf import PdfReader

    done = _run(installed, tmp_path, "report", str(EXAMPLES / "komplett.samverkan"), "-o", "out.pdf")
    assert done.returncode == 0, done.stderr
    text = "".join(page.extract_text() for page in PdfReader(tmp_path / "out.pdf").pages)
    assert "66 av 105 poäng" in text


def test_installed_self_test(installed: Path, tmp_path: Path) -> None:
    done = _run(installed, tmp_path, "--self-test")
    assert done.returncode == 0, done.stdout + done.stderr
    assert "(not frozen," in done.stdout and done.stdout.splitlines()[-1] == "self-test passed"
