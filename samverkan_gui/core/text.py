"""Cleaning text a user typed or pasted before it enters a document.

Pasted text brings invisible characters: Word's manual line break (vertical
tab), form feeds, Windows line ends, NUL bytes from broken clipboards, lone
UTF-16 surrogates.  YAML could store most of them as escapes, but the PDF and
the CSV would show boxes or break lines unpredictably, and a lone surrogate
cannot be written as UTF-8 at all (saving would fail).  So every text field
of a document is cleaned on the way in: line breaks of any kind become
``\\n``, tabs stay, other control characters are dropped and lone surrogates
become U+FFFD.  What is left is exactly what the user sees on screen.
"""

from __future__ import annotations

import re

_SUSPECT = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u2028\u2029\ud800-\udfff]")
_LINE_BREAKS = re.compile("\r\n|[\r\x0b\x0c\x85\u2028\u2029]")
_CONTROLS = re.compile("[\x00-\x08\x0e-\x1f\x7f-\x9f]")
_SURROGATES = re.compile("[\ud800-\udfff]")


def clean_text(text: str) -> str:
    """``text`` with line breaks normalised to ``\\n`` and invisible controls removed."""
    if not _SUSPECT.search(text):
        return text
    text = _LINE_BREAKS.sub("\n", text)
    text = _CONTROLS.sub("", text)
    return _SURROGATES.sub("\ufffd", text)


def slug(text: str) -> str:
    """A tidy file name stem from free text ("Trygg hemgång – Östersund" → "Trygg-hemgång-Östersund")."""
    cleaned = re.sub(r"[^\w\- ]+", "", text, flags=re.UNICODE).strip().replace(" ", "-")
    return re.sub(r"-{2,}", "-", cleaned)[:60].strip("-")
