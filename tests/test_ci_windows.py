""".ci/windows.sh: a broken package mirror is reported, a broken build of ours fails.

The real .ci/windows.sh and packaging/windows/install-toolchain.sh run in a copy of their part
of the repository, with a PATH that holds only stubs for apt-get, dpkg and the Wine tools plus
links to the ordinary shell tools, so "Wine is not installed" is true whatever this machine has.
The build and verify scripts are stand-ins that log their arguments and fail on demand; what
they do themselves is covered by the real run in CI.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from dataclasses import dataclass
from pathlib import Path

import pytest

from tests.conftest import REPO

MIRROR_ERROR = (
    "E: Failed to fetch http://deb.debian.org/debian-security/dists/bookworm-security/main/binary-i386/"
    "Packages.xz  File has unexpected size (371952 != 372316). Mirror sync in progress?"
)
# The ordinary tools the scripts use, linked into the stub PATH from this machine.
SHELL_TOOLS = (
    "bash", "sh", "env", "cat", "cut", "head", "tail", "sed", "grep", "awk", "mkdir", "rm", "tee",
    "dirname", "sleep", "date", "touch", "printf", "python3", "ls", "tr", "id", "mv",
)  # fmt: skip


@dataclass
class Machine:
    """What the stubs pretend: which tools exist and what the mirror can serve."""

    wine_installed: bool = False
    wine32_installed: bool = False
    amd64_installs: bool = True
    i386_index_broken: bool = True
    build_fails: bool = False
    verify_fails: bool = False


def _stub(folder: Path, name: str, body: str) -> None:
    path = folder / name
    path.write_text("#!/bin/bash\n" + body, encoding="utf-8")
    path.chmod(0o755)


def _make_world(tmp_path: Path, machine: Machine) -> tuple[Path, dict[str, str]]:
    repo = tmp_path / "repo"
    for part in (".ci/windows.sh", "packaging/apt-retry.sh", "packaging/windows/install-toolchain.sh"):
        (repo / part).parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(REPO / part, repo / part)
    log = tmp_path / "calls.log"
    state = tmp_path / "dpkg-arch"
    state.write_text("", encoding="utf-8")
    windows = repo / "packaging" / "windows"
    _stub(windows, "build-on-linux.sh", f'echo "build $*" >>{log}\nexit {1 if machine.build_fails else 0}\n')
    _stub(windows, "verify-under-wine.sh", f'echo "verify $*" >>{log}\nexit {1 if machine.verify_fails else 0}\n')
    (repo / "dist").mkdir()
    (repo / "dist" / "Samverkan-0.3.0-setup.exe").write_bytes(b"MZ")
    (repo / "dist" / "samverkan-0.3.0-windows-amd64-portable.zip").write_bytes(b"PK")

    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    for tool in SHELL_TOOLS:
        found = shutil.which(tool)
        assert found, f"{tool} is needed to run the CI scripts"
        (bin_dir / tool).symlink_to(found)
    wine_tools = ("wine", "wine64", "x86_64-w64-mingw32-gcc", "npm", "unzip", "Xvfb", "xwininfo", "pdftotext")
    if machine.wine_installed:
        for tool in wine_tools:
            _stub(bin_dir, tool, "exit 0\n")
    _stub(bin_dir, "localedef", "exit 0\n")
    _stub(bin_dir, "locale", 'echo "sv_SE.utf8"\n')
    # dpkg: architectures kept in a file; wine32:i386 known as installed or not.
    _stub(
        bin_dir,
        "dpkg",
        f"""echo "dpkg $*" >>{log}
case "$1" in
    --print-foreign-architectures) cat {state} ;;
    --add-architecture) echo "$2" >>{state} ;;
    --remove-architecture) grep -vx "$2" {state} >{state}.new; mv {state}.new {state} ;;
    -s) [ "$2" = wine32:i386 ] && exit {0 if machine.wine32_installed else 1}; exit 1 ;;
    -l) echo "ii  bash  5.2  amd64" ;;
esac
exit 0
""",
    )
    # apt-get: update fails once i386 is added and its index is broken; installing wine32 fails
    # then; installing amd64 packages works or not as the machine says.
    _stub(
        bin_dir,
        "apt-get",
        f"""echo "apt-get $*" >>{log}
for arg; do case "$arg" in update) action=update ;; install) action=install ;; esac; done
if [ "$action" = update ]; then
    if grep -qx i386 {state} && [ {int(machine.i386_index_broken)} = 1 ]; then echo '{MIRROR_ERROR}'; exit 100; fi
    exit 0
fi
case "$*" in
    *wine32:i386*) [ {int(machine.i386_index_broken)} = 1 ] && {{ echo 'E: Unable to correct problems, you have held broken packages.'; exit 100; }}; exit 0 ;;
esac
[ {int(machine.amd64_installs)} = 1 ] && exit 0
echo '{MIRROR_ERROR.replace("i386", "amd64")}'
exit 100
""",
    )
    env = {
        "PATH": str(bin_dir),
        "HOME": str(tmp_path),
        "APT_PAUSE": "0",
        "LC_ALL": "C.UTF-8",
    }
    return repo, env


def _run(repo: Path, env: dict[str, str], **extra: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [shutil.which("bash") or "/bin/bash", str(repo / ".ci" / "windows.sh")],
        env={**env, **extra},
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )


def _calls(tmp_path: Path) -> list[str]:
    log = tmp_path / "calls.log"
    return log.read_text(encoding="utf-8").splitlines() if log.exists() else []


def _not_verified_lines(output: str) -> list[str]:
    return [line for line in output.splitlines() if line.startswith("WINDOWS BUILD NOT VERIFIED: ")]


def test_no_wine_to_be_had_is_reported_and_passes(tmp_path: Path) -> None:
    repo, env = _make_world(tmp_path, Machine(wine_installed=False, amd64_installs=False))
    result = _run(repo, env)
    assert result.returncode == 0, result.stdout + result.stderr
    lines = _not_verified_lines(result.stdout)
    assert len(lines) == 1, result.stdout
    assert "could not be installed" in lines[0]
    assert "Mirror sync in progress?" in lines[0]
    assert not [call for call in _calls(tmp_path) if call.startswith(("build", "verify"))]
    assert (repo / "build" / "windows-not-verified.txt").read_text(encoding="utf-8").strip() == lines[0]


def test_require_windows_makes_a_missing_toolchain_fatal(tmp_path: Path) -> None:
    repo, env = _make_world(tmp_path, Machine(wine_installed=False, amd64_installs=False))
    result = _run(repo, env, SAMVERKAN_REQUIRE_WINDOWS="1")
    assert result.returncode == 1
    assert len(_not_verified_lines(result.stdout)) == 1
    assert "SAMVERKAN_REQUIRE_WINDOWS=1" in result.stderr


def test_broken_i386_index_still_builds_and_verifies_the_portable_zip(tmp_path: Path) -> None:
    repo, env = _make_world(tmp_path, Machine(wine_installed=True, wine32_installed=False))
    result = _run(repo, env)
    assert result.returncode == 0, result.stdout + result.stderr
    calls = _calls(tmp_path)
    assert "build --portable-only" in calls
    assert f"verify {repo}/.ci/../dist/samverkan-0.3.0-windows-amd64-portable.zip" in calls or any(
        call.startswith("verify ") and call.endswith("portable.zip") and "setup.exe" not in call for call in calls
    ), calls
    lines = _not_verified_lines(result.stdout)
    assert len(lines) == 1
    assert "installer" in lines[0] and "wine32:i386" in lines[0] and "portable zip was built and verified" in lines[0]
    # The i386 architecture it added for nothing is gone again: later apt-get updates still work.
    assert (tmp_path / "dpkg-arch").read_text(encoding="utf-8").strip() == ""


@pytest.mark.parametrize(("build_fails", "verify_fails"), [(True, False), (False, True)])
def test_a_broken_build_or_verification_fails_ci(tmp_path: Path, build_fails: bool, verify_fails: bool) -> None:
    machine = Machine(wine_installed=True, wine32_installed=True, build_fails=build_fails, verify_fails=verify_fails)
    repo, env = _make_world(tmp_path, machine)
    result = _run(repo, env)
    assert result.returncode != 0
    assert _not_verified_lines(result.stdout) == []


def test_a_broken_portable_build_fails_ci_even_without_wine32(tmp_path: Path) -> None:
    repo, env = _make_world(tmp_path, Machine(wine_installed=True, wine32_installed=False, build_fails=True))
    result = _run(repo, env)
    assert result.returncode != 0
    assert "build --portable-only" in _calls(tmp_path)


def test_all_good_builds_and_verifies_installer_and_zip(tmp_path: Path) -> None:
    repo, env = _make_world(tmp_path, Machine(wine_installed=True, wine32_installed=True))
    result = _run(repo, env)
    assert result.returncode == 0, result.stdout + result.stderr
    assert _not_verified_lines(result.stdout) == []
    calls = [call for call in _calls(tmp_path) if call.startswith(("build", "verify"))]
    assert calls[0] == "build "
    assert calls[1].startswith("verify ") and "setup.exe" in calls[1] and calls[1].endswith("portable.zip")
    assert not (repo / "build" / "windows-not-verified.txt").exists()
    # Nothing was installed: apt-get was never asked.
    assert not [call for call in _calls(tmp_path) if call.startswith("apt-get")]


def test_apt_is_retried_with_a_pause(tmp_path: Path) -> None:
    repo, env = _make_world(tmp_path, Machine(wine_installed=False, amd64_installs=False))
    _run(repo, env, APT_ATTEMPTS="3")
    installs = [call for call in _calls(tmp_path) if call.startswith("apt-get") and " install " in call]
    assert len(installs) == 3
    assert all("Acquire::Retries=3" in call for call in installs)


def test_ci_run_uses_the_windows_step_and_retrying_apt() -> None:
    ci = (REPO / ".ci" / "run").read_text(encoding="utf-8")
    assert "bash .ci/windows.sh" in ci.splitlines()
    assert ". packaging/apt-retry.sh" in ci
    # Every apt-get of CI goes through the retrying helper.
    assert [line for line in ci.splitlines() if line.strip().startswith("apt-get")] == []
    assert os.access(REPO / ".ci" / "windows.sh", os.X_OK)
