"""The screen-reader walks: Orca and a private desktop, one per language, shared by its walks."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.screenreader.desktop import PACKAGES, Desktop, missing_programs


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    here = Path(__file__).parent
    for item in items:
        if here in Path(str(item.fspath)).parents:
            item.add_marker(pytest.mark.screenreader)


@pytest.fixture(scope="session")
def orca_available() -> None:
    """Fails (never skips) when Orca or what drives it is missing: the walks are part of the suite."""
    missing = missing_programs()
    if missing:
        pytest.fail(
            f"the screen-reader walks need Orca and a private desktop; missing: {', '.join(missing)}. "
            f"On Debian/Ubuntu: apt-get install {PACKAGES}",
            pytrace=False,
        )


@pytest.fixture(scope="module", params=["sv", "en"])
def desktop(
    request: pytest.FixtureRequest, orca_available: None, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[Desktop]:
    """Orca in one language (its own words: "tryckknapp" / "push button"), for all walks in that language."""
    language = request.param
    workdir = tmp_path_factory.mktemp(f"orca-{language}")
    session = Desktop(workdir, language)
    try:
        session.start()
        yield session
    finally:
        session.close()


@pytest.fixture
def example(tmp_path: Path):  # type: ignore[no-untyped-def]
    """A copy of an example file in ``tmp_path`` (the app writes a lock file beside what it opens)."""
    from tests.conftest import EXAMPLES

    def copy(name: str) -> Path:
        target = tmp_path / name
        shutil.copy(EXAMPLES / name, target)
        return target

    return copy
