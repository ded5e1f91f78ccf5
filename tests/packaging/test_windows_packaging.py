"""Windows packaging that cannot run here: static checks of the Inno Setup script and the zip recipe.

The installer itself is compiled on Windows (packaging/README.md); these tests hold the
script to what the installer must do (per-user install without admin rights, Swedish and
English, …; packaging/README.md) and to the bundle layout that the spec really produces.
"""

from __future__ import annotations

import itertools
import re
import runpy
import zipfile
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
ISS = REPO / "packaging" / "windows" / "samverkan.iss"
BUILD = runpy.run_path(str(REPO / "packaging" / "build.py"))


def _sections(text: str) -> dict[str, list[str]]:
    sections: dict[str, list[str]] = {}
    current = ""
    for raw in text.splitlines():
        line = raw.strip()
        if not line or line.startswith(";") or line.startswith("#"):
            continue
        match = re.fullmatch(r"\[(\w+)\]", line)
        if match:
            current = match.group(1)
            sections.setdefault(current, [])
        else:
            sections.setdefault(current, []).append(line)
    return sections


@pytest.fixture(scope="module")
def iss() -> dict[str, list[str]]:
    return _sections(ISS.read_text(encoding="utf-8"))


def test_per_user_install_without_admin(iss: dict[str, list[str]]) -> None:
    setup = dict(line.split("=", 1) for line in iss["Setup"])
    assert setup["PrivilegesRequired"] == "lowest"
    assert setup["PrivilegesRequiredOverridesAllowed"] == "dialog"
    # {autopf}, through a [Code] function that only falls back where Windows (or Wine) cannot
    # resolve the per-user Programs folder.
    assert setup["DefaultDirName"] == "{code:DefaultAppDir}"
    code = ISS.read_text(encoding="utf-8").split("[Code]", 1)[1]
    assert "ExpandConstant('{autopf}')" in code
    assert "GetEnv('LOCALAPPDATA')) + 'Programs'" in code
    assert "if IsAdminInstallMode then" in code  # an all-users install never falls back to a user folder
    assert setup["ChangesAssociations"] == "yes"
    assert setup["AppId"].startswith("{{")  # a fixed GUID: upgrades find the previous install
    assert "UninstallDisplayIcon" in setup and "SetupIconFile" in setup


def test_languages_swedish_and_english(iss: dict[str, list[str]]) -> None:
    names = [re.search(r'Name: "(\w+)"', line).group(1) for line in iss["Languages"]]
    assert names == ["sv", "en"]
    custom = [line.split("=", 1)[0] for line in iss["CustomMessages"]]
    keys = {entry.split(".", 1)[1] for entry in custom}
    for key in keys:
        assert f"sv.{key}" in custom and f"en.{key}" in custom
    used = set(re.findall(r"\{cm:(\w+)", ISS.read_text(encoding="utf-8")))
    inno_builtin = {"CreateDesktopIcon", "LaunchProgram"}
    assert used - inno_builtin <= keys


def test_needs_windows_10_1809_and_inno_setup_6_4(iss: dict[str, list[str]]) -> None:
    setup = dict(line.split("=", 1) for line in iss["Setup"])
    assert setup["MinVersion"] == "10.0.17763"  # Qt 6's minimum, with the system ICU Qt6Core.dll imports
    text = ISS.read_text(encoding="utf-8")
    assert "#if Ver < EncodeVer(6, 4, 0)" in text
    # Inno Setup's own Swedish messages (official since 6.4), nothing to fetch by hand.
    assert 'Name: "sv"; MessagesFile: "compiler:Languages\\Swedish.isl"' in iss["Languages"]
    readme = (REPO / "packaging" / "README.md").read_text(encoding="utf-8")
    for stale in ("user-contributed", "SwedishIsl", "Download `Swedish.isl`"):
        assert stale not in text and stale not in readme


def test_installer_name_has_three_version_parts(iss: dict[str, list[str]]) -> None:
    setup = dict(line.split("=", 1) for line in iss["Setup"])
    assert setup["OutputBaseFilename"] == "Samverkan-{#AppVersion}-setup"
    text = ISS.read_text(encoding="utf-8")
    assert "GetVersionNumbersString" not in text  # four parts: 0.1.0.0
    assert 'Str(VerMajor) + "." + Str(VerMinor) + "." + Str(VerPatch)' in text
    assert "#if AppVersion != BundleVersion" in text
    # build.py leaves the version to the script and checks the name it gets back.
    assert "/DAppVersion" not in (REPO / "packaging" / "build.py").read_text(encoding="utf-8")


def test_start_menu_shortcut(iss: dict[str, list[str]]) -> None:
    assert any(line.startswith('Name: "{autoprograms}\\{#AppName}"') for line in iss["Icons"])


def test_file_association_with_its_own_icon(iss: dict[str, list[str]]) -> None:
    registry = iss["Registry"]
    assert all(line.startswith("Root: HKA;") for line in registry)
    joined = "\n".join(registry)
    assert 'Subkey: "Software\\Classes\\.samverkan"' in joined
    assert "OpenWithProgids" in joined
    assert "DefaultIcon" in joined and "{#DocIcon}" in joined
    assert '""{app}\\{#AppExe}"" ""%1""' in joined
    # Every key the installer creates is removed again by the uninstaller.
    for line in registry:
        if "DefaultIcon" in line or "shell\\open\\command" in line or "SupportedTypes" in line:
            continue  # below a key deleted with uninsdeletekey
        assert "uninsdelete" in line, line


def test_both_file_types_are_associated_and_leave_no_empty_key(iss: dict[str, list[str]]) -> None:
    text = ISS.read_text(encoding="utf-8")
    progids = dict(re.findall(r'#define (ProgId|GroupProgId) "([^"]+)"', text))
    assert progids == {"ProgId": "Samverkan.Assessment", "GroupProgId": "Samverkan.Group"}
    registry = iss["Registry"]
    for extension, progid, icon, mime in (
        (".samverkan", "{#ProgId}", "{#DocIcon}", "application/x-samverkan"),
        (".samverkan-grupp", "{#GroupProgId}", "{#GroupIcon}", "application/x-samverkan-group"),
    ):
        key = f'Subkey: "Software\\Classes\\{extension}'
        extension_lines = [line for line in registry if key + '"' in line or key + "\\" in line]
        assert len(extension_lines) == 3, extension_lines
        # The uninstaller takes our values out and then the keys, when nothing else is left in them.
        assert all("uninsdeletevalue uninsdeletekeyifempty" in line for line in extension_lines)
        assert any(f'ValueData: "{progid}"' in line for line in extension_lines)
        assert any(f'ValueData: "{mime}"' in line for line in extension_lines)
        assert any(f"\\{progid}\\DefaultIcon" in line and icon in line for line in registry)
        assert any(f"\\{progid}\\shell\\open\\command" in line for line in registry)
        assert any(f'ValueName: "{extension}"' in line and "SupportedTypes" in line for line in registry)
    group_icon = re.search(r'#define GroupIcon "([^"]+)"', text).group(1)
    assert group_icon == r"_internal\samverkan_gui\resources\icons\samverkan-group.ico"
    assert (REPO / "resources" / "icons" / "samverkan-group.ico").is_file()


def test_document_icon_path_matches_the_bundle_layout() -> None:
    text = ISS.read_text(encoding="utf-8")
    doc_icon = re.search(r'#define DocIcon "([^"]+)"', text).group(1)
    # The spec puts resources under _internal/samverkan_gui/resources (tests/packaging/test_bundle.py).
    assert doc_icon == r"_internal\samverkan_gui\resources\icons\samverkan-document.ico"
    assert (REPO / "resources" / "icons" / "samverkan-document.ico").is_file()


def test_uninstaller_leaves_user_files_alone(iss: dict[str, list[str]]) -> None:
    assert "UninstallDelete" not in iss
    assert "UninstallRun" not in iss
    text = ISS.read_text(encoding="utf-8")
    for user_folder in ("{userappdata}", "{localappdata}", "{userdocs}", "{commonappdata}"):
        assert user_folder not in text


def test_whole_bundle_is_installed(iss: dict[str, list[str]]) -> None:
    files = iss["Files"]
    assert files == [
        'Source: "{#BundleDir}\\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs'
    ]


def test_portable_zip_recipe(tmp_path: Path) -> None:
    bundle = tmp_path / "samverkan"
    (bundle / "_internal" / "samverkan_gui").mkdir(parents=True)
    (bundle / "samverkan.exe").write_bytes(b"MZ")
    (bundle / "_internal" / "samverkan_gui" / "x.yaml").write_text("a: 1\n")
    target = BUILD["make_zip"](bundle, tmp_path / "portable.zip")
    with zipfile.ZipFile(target) as archive:
        names = sorted(archive.namelist())
        readme = archive.read(f"samverkan/{BUILD['PORTABLE_README_NAME']}").decode("utf-8-sig")
    assert names == sorted(
        [
            "samverkan/samverkan.exe",
            "samverkan/_internal/samverkan_gui/x.yaml",
            f"samverkan/{BUILD['PORTABLE_README_NAME']}",
        ]
    )
    assert "användarprofil" in readme and "user profile" in readme
    assert not (tmp_path / "portable.zip.partial").exists()


#: Writers whose whole output is one short write: `… | grep -q` cannot cut them off.
_SHORT_WRITERS = ("tail -1", "head -c", "locale -a", "dpkg --print-foreign-architectures", "ls ")


def test_no_pipeline_into_grep_q_after_a_long_output_under_pipefail() -> None:
    # With pipefail, `pdftotext report.pdf - | grep -q name` fails when grep stops at the first
    # match while pdftotext still writes (SIGPIPE, 141): a check that passes or fails by chance.
    scripts = [*(REPO / "packaging").rglob("*.sh"), *(REPO / ".ci").glob("*.sh"), REPO / ".ci" / "run"]
    found = []
    for script in scripts:
        text = script.read_text(encoding="utf-8")
        if "pipefail" not in text:
            continue
        for number, line in enumerate(text.splitlines(), 1):
            stages = line.split("#")[0].split("|") if not line.lstrip().startswith("#") else []
            for before, after in itertools.pairwise(stages):
                if not re.match(r"\s*grep\s+-q", after):
                    continue
                # The command that writes into grep: the last one on its side of the pipe.
                writer = re.split(r"&&|;|\bif\b|!|\bbash -c\b", before)[-1].strip(" \"'")
                if not writer.startswith((*_SHORT_WRITERS, "tr ")):
                    found.append(f"{script.relative_to(REPO)}:{number}: {line.strip()}")
    assert found == [], "read the whole output instead (grep … >/dev/null):\n" + "\n".join(found)
