"""One voice (docs/terminology.md): ni-form, "OK", Swedish quotes, no em dash, one name per thing.

Every Swedish text of our own is checked: the window's (the finished translations in the
.ts) and the catalogue's (PDF, CSV, command line). The source's words (the questionnaire's
YAML, the background material) are quoted verbatim and are not ours to change.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from samverkan_gui.core.messages import MESSAGES

REPO = Path(__file__).resolve().parent.parent
TS = REPO / "resources" / "translations" / "samverkan_sv.ts"

#: The source's own words that our texts quote: the test's title keeps its "din".
QUOTED_FROM_THE_SOURCE = ("Testa din samverkan!",)

DU_FORMS = re.compile(r"\b(du|Du|dig|Dig|din|Din|ditt|Ditt|dina|Dina)\b")
OK_WRONG = re.compile(r"\bOk\b")
STRAIGHT_QUOTES = re.compile(r"[\"']")
EM_DASH = "—"
#: Names the terminology list replaces (one name per thing).
OTHER_NAMES = re.compile(
    r"gruppens rapport|Senast använda|Öppna senaste|Tidigare handlingsplaners|\bBakgrund:", re.IGNORECASE
)


def _window_texts() -> list[str]:
    texts = []
    for message in ET.parse(TS).iter("message"):
        translation = message.find("translation")
        if translation is None:
            continue
        forms = [form.text or "" for form in translation.findall("numerusform")] or [translation.text or ""]
        texts += forms
    return texts


def _catalogue_texts() -> list[str]:
    return [texts["sv"] for texts in MESSAGES.values()]


def _ours(text: str) -> str:
    # Without the shortcut marks: "Gruppens &rapport" is "Gruppens rapport" to a reader.
    text = text.replace("&&", "\0").replace("&", "").replace("\0", "&")
    for quoted in QUOTED_FROM_THE_SOURCE:
        text = text.replace(quoted, "")
    return text


def problems(texts: list[str]) -> list[str]:
    found = []
    for text in texts:
        own = _ours(text)
        for rule, pattern in (
            ("du-form", DU_FORMS),
            ("Ok", OK_WRONG),
            ("straight quote", STRAIGHT_QUOTES),
            ("another name", OTHER_NAMES),
        ):
            if pattern.search(own):
                found.append(f"{rule}: {text}")
        if EM_DASH in own:
            found.append(f"em dash: {text}")
    return found


@pytest.mark.parametrize("source", ["window", "catalogue"])
def test_our_swedish_texts_speak_with_one_voice(source: str) -> None:
    texts = _window_texts() if source == "window" else _catalogue_texts()
    assert len(texts) > 100  # the texts were found
    assert problems(texts) == []


def test_each_rule_can_fail() -> None:
    bad = [
        "Vill du spara?",
        "Dina ändringar",
        "Ok",
        'Filen "x" finns inte.',
        "Projektor — Norrby",
        "Gruppens rapport (PDF)…",
        "Gruppens &rapport (PDF)…",
    ]
    assert len(problems(bad)) == len(bad)
    good = ["Vill ni spara?", "OK", "Filen ”x” finns inte.", "Projektor – Norrby", "Testa din samverkan!"]
    assert problems(good) == []


def test_window_titles_use_a_spaced_en_dash() -> None:
    # Window and PDF titles are put together in the window and report code: no em dash there.
    # (The core may still accept one in what users paste, e.g. an answer code.)
    offenders = [
        str(path.relative_to(REPO))
        for folder in ("ui", "report", "present")
        for path in (REPO / "samverkan_gui" / folder).rglob("*.py")
        if EM_DASH in path.read_text(encoding="utf-8")
    ]
    assert offenders == []


def test_qts_own_ok_button_says_OK_in_swedish(qapp) -> None:
    from PySide6.QtWidgets import QDialogButtonBox

    from samverkan_gui.ui.i18n import install_language

    install_language("sv")
    try:
        box = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        assert box.button(QDialogButtonBox.StandardButton.Ok).text() == "OK"
        assert box.button(QDialogButtonBox.StandardButton.Cancel).text() == "Avbryt"  # Qt's own words stay
    finally:
        install_language("sv")
