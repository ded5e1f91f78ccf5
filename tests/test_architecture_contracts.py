"""The import-linter contracts in pyproject.toml hold: layers cli/app → ui → report → present → core,
no Qt below the ui, no import cycles (as napari runs its contracts)."""

from __future__ import annotations

import shutil
import subprocess
import sys
import tomllib
from pathlib import Path

from tests.conftest import REPO


def _lint_imports() -> list[str]:
    script = shutil.which("lint-imports", path=str(Path(sys.executable).parent)) or shutil.which("lint-imports")
    assert script is not None, "lint-imports is not installed (pip install the test extra)"
    return [script, "--no-cache"]


def test_import_contracts_are_kept() -> None:
    done = subprocess.run(_lint_imports(), cwd=REPO, capture_output=True, text=True, timeout=300, check=False)
    assert done.returncode == 0, done.stdout[-6000:] + done.stderr[-2000:]
    assert "0 broken" in done.stdout


def test_the_contracts_cover_every_layer_and_no_cycles() -> None:
    config = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["importlinter"]
    contracts = {contract["type"]: contract for contract in config["contracts"]}
    layers = " ".join(contracts["layers"]["layers"])
    order = [layers.index(f"samverkan_gui.{name}") for name in ("cli", "app", "ui", "report", "present", "core")]
    assert order[2:] == sorted(order[2:]) and max(order[:2]) < order[2]
    assert set(contracts["forbidden"]["forbidden_modules"]) >= {"PySide6", "shiboken6"}
    assert contracts["acyclic_siblings"]["ancestors"] == ["samverkan_gui"]


def test_a_broken_layer_is_reported(tmp_path: Path) -> None:
    # The check can fail: a copy of the package where the core imports the ui breaks the contracts.
    shutil.copytree(REPO / "samverkan_gui", tmp_path / "samverkan_gui")
    shutil.copy(REPO / "pyproject.toml", tmp_path / "pyproject.toml")
    scoring = tmp_path / "samverkan_gui" / "core" / "scoring.py"
    scoring.write_text(scoring.read_text(encoding="utf-8") + "\nimport samverkan_gui.ui.results\n", encoding="utf-8")
    done = subprocess.run(_lint_imports(), cwd=tmp_path, capture_output=True, text=True, timeout=300, check=False)
    assert done.returncode != 0
    assert "samverkan_gui.core.scoring -> samverkan_gui.ui.results" in done.stdout
