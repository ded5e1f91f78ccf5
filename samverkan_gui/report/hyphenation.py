"""Where a long Swedish word may break at a line end, with a hyphen ("Förvaltnings-cheferna").

ReportLab splits a word longer than its table cell anywhere and without a hyphen
("Förvaltningschefer" / "na"). Given a hyphenator it breaks at a syllable and writes the
hyphen. Swedish syllables follow one rule well enough for this: between two vowels the
last consonant starts the next syllable ("för-valt-ning"), a sound written with two or
three letters (ch, sj, tj, kj, skj, stj) stays whole ("nings-che-fer"), and after the "s"
that joins the parts of a compound inside three or more consonants the break comes after
it ("samverkans-processen", "närings-livs"). Only long words are offered for breaking, so
ordinary text flows as it always did.
"""

from __future__ import annotations

from collections.abc import Callable

VOWELS = frozenset("aeiouyåäöéüAEIOUYÅÄÖÉÜ")
#: Letters that together write one sound and start a syllable together.
UNITS = ("skj", "stj", "ch", "sj", "tj", "kj")
#: Shorter words never break: a table cell is wide enough for them.
MIN_WORD = 14
#: Letters that must stay on each side of a break.
MIN_PART = 3


def swedish_breaks(word: str) -> list[tuple[str, str]]:
    """Every place ``word`` may break, as (head, tail) pairs from the longest head down."""
    if len(word) < MIN_WORD or not word.isalpha():
        return []
    breaks = []
    position = 0
    while position < len(word):
        if word[position] in VOWELS:
            start = position
            while start < len(word) and word[start] in VOWELS:
                start += 1
            end = start
            while end < len(word) and word[end] not in VOWELS:
                end += 1
            if end < len(word) and end > start:  # consonants between two vowels
                cut = _cut(word[start:end].lower(), start)
                if word[cut - 1 : cut + 1].lower() in ("ng", "ck"):  # one sound: never between its letters
                    cut += 1
                if MIN_PART <= cut <= len(word) - MIN_PART:
                    breaks.append(cut)
            position = end
        else:
            position += 1
    return [(word[:cut], word[cut:]) for cut in sorted(set(breaks), reverse=True)]


def _cut(cluster: str, start: int) -> int:
    """Where the consonants ``cluster`` (at ``start`` in the word) divide into two syllables."""
    for unit in UNITS:
        if cluster.endswith(unit):
            return start + len(cluster) - len(unit)
    joint = cluster.rfind("s", 1, len(cluster) - 1)
    if len(cluster) >= 3 and joint > 0:
        return start + joint + 1
    return start + len(cluster) - 1


def hyphenator(lang: str) -> Callable[[str], list[tuple[str, str]]] | None:
    """The hyphenator for the report's language; None where words are not broken (English)."""
    return swedish_breaks if lang == "sv" else None
