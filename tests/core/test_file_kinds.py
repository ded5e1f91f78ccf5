"""Every file-kind decision goes through core.file_kinds, without regard to the case of the suffix."""

from __future__ import annotations

import ast
from pathlib import Path

from samverkan_gui.core.assessment import Assessment, save_assessment
from samverkan_gui.core.compare import load_for_compare
from samverkan_gui.core.file_kinds import (
    ASSESSMENT_SUFFIX,
    CSV_SUFFIX,
    GROUP_SUFFIX,
    PDF_SUFFIX,
    has_suffix,
    is_samverkan_file,
    kind_of,
    opens_as_group,
    with_suffix,
)
from samverkan_gui.core.group import Group
from samverkan_gui.core.group_file import save_group
from samverkan_gui.core.group_load import load_files

PACKAGE = Path(__file__).resolve().parents[2] / "samverkan_gui"


def _assessment(path: Path, questionnaire, value: int) -> Path:
    answers = Assessment.new(questionnaire, collaboration="Unga i Norrby")
    for qid in questionnaire.question_ids:
        answers = answers.with_answer(qid, value)
    save_assessment(path, answers, questionnaire)
    return path


def test_a_folder_loads_its_files_whatever_the_case_of_the_suffix(tmp_path: Path, questionnaire) -> None:
    _assessment(tmp_path / "X.SAMVERKAN", questionnaire, 2)
    _assessment(tmp_path / "y.samverkan", questionnaire, 4)
    save_group(tmp_path / "Z.Samverkan-Grupp", Group.new(questionnaire).with_participant(), questionnaire)
    (tmp_path / "X.SAMVERKAN.txt").write_text("not ours", encoding="utf-8")
    outcome = load_files([tmp_path])
    assert [p.name for p in outcome.loaded] == ["X.SAMVERKAN", "y.samverkan", "Z.Samverkan-Grupp"]
    assert outcome.problems == ()
    assert len(outcome.group.participants) == 3


def test_a_folder_of_upper_case_files_can_be_compared(tmp_path: Path, questionnaire) -> None:
    folder = tmp_path / "usb"
    folder.mkdir()
    _assessment(folder / "A.SAMVERKAN", questionnaire, 3)
    single = _assessment(tmp_path / "B.SAMVERKAN", questionnaire, 5)
    comparison = load_for_compare([folder, single])
    assert [item.group is not None for item in comparison.items] == [True, False]
    assert [item.path.name for item in comparison.items] == ["usb", "B.SAMVERKAN"]


def test_kinds_and_suffixes_ignore_case() -> None:
    assert kind_of(Path("g.SAMVERKAN-GRUPP")) == "group"
    assert kind_of(Path("a.Samverkan")) == "assessment"
    assert is_samverkan_file(Path("a.SAMVERKAN")) and is_samverkan_file(Path("g.samverkan-GRUPP"))
    assert not is_samverkan_file(Path("a.samverkan.bak"))
    assert opens_as_group([Path("g.Samverkan-Grupp")])
    assert not opens_as_group([Path("a.SAMVERKAN")])
    assert has_suffix(Path("r.PDF"), PDF_SUFFIX)
    assert with_suffix(Path("r.PDF"), PDF_SUFFIX) == Path("r.PDF")
    assert with_suffix(Path("r"), CSV_SUFFIX) == Path("r.csv")


def _docstrings(tree: ast.AST) -> set[int]:
    found = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Module | ast.ClassDef | ast.FunctionDef | ast.AsyncFunctionDef) and node.body:
            first = node.body[0]
            if isinstance(first, ast.Expr) and isinstance(first.value, ast.Constant):
                found.add(id(first.value))
    return found


def _reads_suffix(node: ast.AST) -> bool:
    """``path.suffix`` or ``path.suffix.lower()``."""
    if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute):
        node = node.func.value
    return isinstance(node, ast.Attribute) and node.attr == "suffix"


def _is_suffix_value(node: ast.AST) -> bool:
    """A string, a SUFFIX constant or a collection of them: what a path's suffix is checked against."""
    if isinstance(node, ast.Tuple | ast.List | ast.Set):
        return any(_is_suffix_value(element) for element in node.elts)
    return isinstance(node, ast.Constant) or (isinstance(node, ast.Name) and node.id.endswith(("SUFFIX", "SUFFIXES")))


def _own_suffix_rules(source: str) -> list[str]:
    """Suffixes spelled out, and ``path.suffix`` compared, outside core.file_kinds."""
    suffixes = (ASSESSMENT_SUFFIX, GROUP_SUFFIX, PDF_SUFFIX, CSV_SUFFIX)
    tree = ast.parse(source)
    docstrings = _docstrings(tree)
    found = []
    for node in ast.walk(tree):
        text = node.value if isinstance(node, ast.Constant) and id(node) not in docstrings else None
        if isinstance(text, str) and (text in suffixes or ASSESSMENT_SUFFIX in text):
            found.append(f"{node.lineno}: {text!r}")
        if isinstance(node, ast.Compare):
            sides = [node.left, *node.comparators]
            reads_suffix = any(_reads_suffix(side) for side in sides)
            if reads_suffix and any(_is_suffix_value(side) for side in sides):
                found.append(f"{node.lineno}: compares .suffix")
    return found


def test_suffixes_and_the_file_kind_rule_have_one_home() -> None:
    offenders = [
        f"{path.relative_to(PACKAGE)}:{line}"
        for path in sorted(PACKAGE.rglob("*.py"))
        if path.name != "file_kinds.py"
        for line in _own_suffix_rules(path.read_text(encoding="utf-8"))
    ]
    assert offenders == []


def test_the_guard_sees_a_suffix_rule_of_its_own() -> None:
    assert _own_suffix_rules('ok = p.suffix in (".samverkan", ".samverkan-grupp")') == [
        "1: compares .suffix",
        "1: '.samverkan'",
        "1: '.samverkan-grupp'",
    ]
    assert _own_suffix_rules("ok = p.suffix.lower() != PDF_SUFFIX") == ["1: compares .suffix"]
    assert _own_suffix_rules("ok = p.suffix == PDF_SUFFIX") == ["1: compares .suffix"]
    assert _own_suffix_rules('f = tr("Samverkan files (*.samverkan)")') == ["1: 'Samverkan files (*.samverkan)'"]
    assert _own_suffix_rules('"""About .samverkan files."""\nok = is_samverkan_file(p)') == []
