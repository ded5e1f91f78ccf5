"""The command's platform edges: UTF-8 output whatever the code page, no display, --help.

(The Windows side of the UTF-8 fix is also run for real under Wine by
packaging/windows/verify-under-wine.sh: ``score --json > file`` must be UTF-8 there.)
"""

from __future__ import annotations

import argparse
import io
import json
import sys
from pathlib import Path

import pytest

from samverkan_gui import cli

REPO = Path(__file__).resolve().parent.parent
EXAMPLE = REPO / "examples" / "komplett.samverkan"


def _cp1252_stream() -> io.TextIOWrapper:
    """What Windows gives a redirected stdout: the ANSI code page."""
    return io.TextIOWrapper(io.BytesIO(), encoding="cp1252", newline="")


def test_redirected_output_is_utf8_even_on_an_ansi_code_page(monkeypatch: pytest.MonkeyPatch) -> None:
    out, err = _cp1252_stream(), _cp1252_stream()
    monkeypatch.setattr(sys, "stdout", out)
    monkeypatch.setattr(sys, "stderr", err)
    assert cli.main(["score", "--json", str(EXAMPLE)]) == 0
    out.flush()
    raw = out.buffer.getvalue()  # type: ignore[attr-defined]
    data = json.loads(raw.decode("utf-8"))  # strict: a cp1252 "ä" (0xE4) would fail here
    assert data["total"] == 66
    assert "Här finns goda förutsättningar" in data["band"]["advice"]
    assert "Här".encode() in raw


def test_errors_are_utf8_too(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    out, err = _cp1252_stream(), _cp1252_stream()
    monkeypatch.setattr(sys, "stdout", out)
    monkeypatch.setattr(sys, "stderr", err)
    missing = tmp_path / "Mötet i år.samverkan"
    assert cli.main(["score", "--lang", "sv", str(missing)]) == 1
    err.flush()
    assert "Mötet i år.samverkan".encode() in err.buffer.getvalue()  # type: ignore[attr-defined]


def test_without_a_display_the_window_says_so_in_both_languages(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr(sys, "platform", "linux")
    for variable in ("QT_QPA_PLATFORM", "DISPLAY", "WAYLAND_DISPLAY"):
        monkeypatch.delenv(variable, raising=False)
    monkeypatch.setenv("SAMVERKAN_LANG", "sv")
    assert cli.main([]) == 1
    swedish = capsys.readouterr().err
    assert "det finns ingen skärm" in swedish and "DISPLAY" in swedish
    # Every command that needs no window is named, as the parser has them.
    for command in ("questionnaire", "score", "report", "compare", "export-csv", "blank-form"):
        assert f"samverkan {command}" in swedish, command
    assert "xcb" not in swedish
    monkeypatch.setenv("SAMVERKAN_LANG", "en")
    assert cli.main([str(EXAMPLE)]) == 1
    assert "there is no display" in capsys.readouterr().err


def test_a_display_or_a_chosen_platform_is_enough(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "platform", "linux")
    monkeypatch.delenv("WAYLAND_DISPLAY", raising=False)
    monkeypatch.delenv("DISPLAY", raising=False)
    monkeypatch.setenv("QT_QPA_PLATFORM", "offscreen")
    assert not cli._no_display()
    monkeypatch.delenv("QT_QPA_PLATFORM")
    monkeypatch.setenv("WAYLAND_DISPLAY", "wayland-0")
    assert not cli._no_display()
    monkeypatch.setattr(sys, "platform", "win32")
    monkeypatch.delenv("WAYLAND_DISPLAY")
    assert not cli._no_display()


def test_help_lists_the_self_test(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_:
        cli.main(["--help"])
    assert exit_.value.code == 0
    assert "--self-test" in capsys.readouterr().out


@pytest.mark.parametrize(
    ("lang", "words"),
    [
        ("sv", ["användning: samverkan", "flaggor:", "visa den här hjälpen och avsluta", "jämför två eller fler"]),
        ("en", ["usage: samverkan", "options:", "show this help message and exit", "compare two or more"]),
    ],
)
def test_help_speaks_the_output_language(
    lang: str, words: list[str], monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("SAMVERKAN_LANG", lang)
    with pytest.raises(SystemExit):
        cli.main(["--help"])
    text = capsys.readouterr().out
    for word in words:
        assert word in text, word
    with pytest.raises(SystemExit):
        cli.main(["compare", "--help"])
    assert ("jämför även filer för olika samverkan" if lang == "sv" else "compare files of different") in (
        capsys.readouterr().out
    )


def test_a_usage_error_speaks_the_output_language_and_exits_2(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("SAMVERKAN_LANG", "sv")
    with pytest.raises(SystemExit) as caught:
        cli.main(["score"])
    assert caught.value.code == 2
    assert capsys.readouterr().err.splitlines()[-1] == "samverkan score: fel: följande argument krävs: FILE"
    # --lang decides, as it does for the output.
    with pytest.raises(SystemExit):
        cli.main(["score", "--lang", "en"])
    assert (
        capsys.readouterr().err.splitlines()[-1] == "samverkan score: error: the following arguments are required: FILE"
    )


def _helps(parser: argparse.ArgumentParser, prefix: str = "samverkan") -> dict[str, str | None]:
    """Every option and argument of every command, with its help text."""
    helps: dict[str, str | None] = {}
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for name, sub in action.choices.items():
                helps.update(_helps(sub, f"{prefix} {name}"))
            for choice in action._choices_actions:
                helps[f"{prefix} {choice.dest}"] = choice.help
        elif not isinstance(action, argparse._HelpAction):
            helps[f"{prefix} {'/'.join(action.option_strings) or action.dest}"] = action.help
    return helps


def test_every_command_and_argument_is_explained_in_both_languages() -> None:
    # A help text written into a command's code instead of the catalogue reads the same in both.
    swedish, english = _helps(cli.build_parser("sv")), _helps(cli.build_parser("en"))
    assert swedish.keys() == english.keys()
    missing = [name for name, text in swedish.items() if not text]
    assert missing == [], f"no help: {missing}"
    same = [name for name in swedish if swedish[name] == english[name]]
    assert same == [], f"the same help in Swedish and English: {same}"
