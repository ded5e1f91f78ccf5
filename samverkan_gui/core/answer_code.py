"""Answer codes: one participant's answers as a short text that survives e-mail and typing.

A participant whose browser will not save a file (or whose organisation blocks
attachments) sends the code the HTML answer form shows instead, e.g.::

    SAMV-61T1-T096-C8MW-MMWM-MWMM-WMJS-N4

The code carries the questionnaire (a fingerprint of its id, and its version),
the answers, the date, the language and the optional name/role and
organisation; notes travel only in the file.  It is Crockford's base 32
(digits and letters without I, L, O, U; case, ``O``/``0`` and ``I``/``L``/``1``
do not matter when it is read back) of these bits, most significant first:

====================  =====================================================
bits                  content
====================  =====================================================
3                     code version (1)
1                     a date follows
1                     texts follow
2                     language: 0 = sv, 1 = en
1                     0 (reserved)
16                    questionnaire fingerprint: the first two bytes of SHA-256 of its id
8                     questionnaire version
16 (if a date)        days since 2000-01-01 (a date outside 2000–2179 is left out)
w per question        the answer in the questionnaire's order: 0 = none, 1 = the scale's lowest value …
                      (w = the bits that hold the number of scale steps: 3 for a scale 1–5)
8 + 8·n, twice        (if texts) name/role, then organisation: byte length n, UTF-8
0–7                   zero bits up to a whole byte
16                    CRC-16/CCITT-FALSE (polynomial 0x1021, start 0xFFFF) of the bytes before it
====================  =====================================================

The bytes are written as base 32 (zero bits pad the last character) in groups of
four after ``SAMV-``.  A mistyped character always breaks the checksum (a change
within 16 bits is always detected), and so does swapping two neighbours.

This module is the one definition of the format: the answer form's JavaScript
encoder (resources/answer-form/page.js) is tested against :func:`encode_answer_code`
in a real browser.  docs/file-format.md describes it for people.
"""

from __future__ import annotations

import binascii
import datetime as dt
import hashlib
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

from samverkan_gui.core.assessment import Assessment
from samverkan_gui.core.editable import now
from samverkan_gui.core.errors import SamverkanError
from samverkan_gui.core.file_kinds import ASSESSMENT_SUFFIX
from samverkan_gui.core.group import Group
from samverkan_gui.core.group_load import participant_from_assessment
from samverkan_gui.core.messages import Msg
from samverkan_gui.core.questionnaire import Questionnaire
from samverkan_gui.core.registry import QuestionnaireRegistry, shipped_registry
from samverkan_gui.core.text import slug

#: What every code starts with, so that it can be found in the text of an e-mail.
PREFIX = "SAMV"
CODE_VERSION = 1
ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
GROUP = 4
#: Day 0 of the date field; a date outside the 16 bits after it (2000–2179) is left out of the code.
EPOCH = dt.date(2000, 1, 1)
LAST_DAY = EPOCH + dt.timedelta(days=0xFFFF)
#: The languages by their number in the code (version 1: fixed, whatever the app supports later).
CODE_LANGUAGES = ("sv", "en")
#: Longest name/role or organisation a code carries (UTF-8 bytes); the form's fields stop earlier.
MAX_TEXT_BYTES = 255
#: The form's fields take at most this many characters (fits MAX_TEXT_BYTES in any script).
MAX_TEXT_CHARS = 60

_READ_AS = {"O": "0", "I": "1", "L": "1"}
_SEPARATORS = re.compile(r"[\s\-‐‑‒–—]+")
#: A code in a line of text: the prefix, then groups joined by hyphens (or dashes a mail program made).
_CODE_IN_TEXT = re.compile(r"(?<![0-9A-Za-z])SAMV(?:\s*[-‐‑‒–—]\s*[0-9A-Za-z]+)+", re.IGNORECASE)
#: A code whose prefix was left out: four or more groups of up to four characters.
_BARE_CODE = re.compile(r"(?<![0-9A-Za-z-])[0-9A-Za-z]{4}(?:[-‐‑‒–—][0-9A-Za-z]{1,4}){4,}(?![0-9A-Za-z-])")
_MENTIONS_PREFIX = re.compile(r"(?<![0-9A-Za-z])SAMV", re.IGNORECASE)


class AnswerCodeError(SamverkanError):
    """A code that cannot be read (mistyped, incomplete, for another questionnaire)."""


@dataclass(frozen=True)
class AnswerCode:
    """What a code carries."""

    questionnaire_id: str
    questionnaire_version: int
    answers: Mapping[str, int] = field(default_factory=dict)
    respondent: str = ""
    organisation: str = ""
    date: dt.date | None = None
    language: str = "sv"
    #: The code as written by :func:`encode_answer_code` (canonical: upper case, grouped).
    text: str = ""

    def assessment(self, collaboration: str = "") -> Assessment:
        """The assessment the code stands for (what the form's file holds, without notes), created now."""
        stamp = now()
        return Assessment(
            questionnaire_id=self.questionnaire_id,
            questionnaire_version=self.questionnaire_version,
            answers=dict(self.answers),
            collaboration=collaboration,
            respondent=self.respondent,
            organisation=self.organisation,
            date=self.date,
            language=self.language,
            created=stamp,
            modified=stamp,
        )

    @property
    def digest(self) -> str:
        """SHA-256 of the canonical code: the same code offered twice is recognised."""
        return hashlib.sha256(f"samverkan-answer-code:{self.text}".encode()).hexdigest()


# --- the parameters the form's encoder needs ------------------------------------


def fingerprint(questionnaire_id: str) -> int:
    """16 bits that name a questionnaire id (the first two bytes of its SHA-256)."""
    return int.from_bytes(hashlib.sha256(questionnaire_id.encode("utf-8")).digest()[:2], "big")


def answer_bits(questionnaire: Questionnaire) -> int:
    """Bits per answer: enough for 0 (no answer) and every step of the scale."""
    return len(questionnaire.scale.values).bit_length()


def encoder_parameters(questionnaire: Questionnaire) -> dict[str, object]:
    """What the answer form's JavaScript needs to write codes (see page.js, ``encodeCode``)."""
    if questionnaire.version > 255:
        raise ValueError("questionnaire versions above 255 do not fit an answer code")
    return {
        "prefix": PREFIX,
        "version": CODE_VERSION,
        "alphabet": ALPHABET,
        "group": GROUP,
        "fingerprint": fingerprint(questionnaire.id),
        "questionnaireVersion": questionnaire.version,
        "bits": answer_bits(questionnaire),
        "scaleMin": questionnaire.scale.min,
        "epoch": EPOCH.isoformat(),
        "lastDay": LAST_DAY.isoformat(),
        "languages": list(CODE_LANGUAGES),
        "maxTextBytes": MAX_TEXT_BYTES,
    }


# --- writing ---------------------------------------------------------------------


class _Bits:
    def __init__(self) -> None:
        self.value = 0
        self.length = 0

    def put(self, value: int, width: int) -> None:
        if not 0 <= value < (1 << width):
            raise ValueError(f"{value} does not fit {width} bits")
        self.value = (self.value << width) | value
        self.length += width

    def to_bytes(self) -> bytes:
        padding = -self.length % 8
        return (self.value << padding).to_bytes((self.length + padding) // 8, "big")


def _text_bytes(text: str) -> bytes:
    data = text.encode("utf-8", "replace")
    if len(data) > MAX_TEXT_BYTES:
        # Cut on a character boundary: a code is never refused for a long organisation name.
        data = data[:MAX_TEXT_BYTES].decode("utf-8", "ignore").encode("utf-8")
    return data


def encode_answer_code(
    questionnaire: Questionnaire,
    answers: Mapping[str, int],
    *,
    respondent: str = "",
    organisation: str = "",
    date: dt.date | None = None,
    language: str = "sv",
) -> str:
    """The code for these answers (``SAMV-XXXX-…``)."""
    texts = respondent != "" or organisation != ""
    if date is not None and not EPOCH <= date <= LAST_DAY:
        date = None
    bits = _Bits()
    bits.put(CODE_VERSION, 3)
    bits.put(date is not None, 1)
    bits.put(texts, 1)
    bits.put(CODE_LANGUAGES.index(language) if language in CODE_LANGUAGES else 0, 2)
    bits.put(0, 1)
    bits.put(fingerprint(questionnaire.id), 16)
    bits.put(questionnaire.version, 8)
    if date is not None:
        bits.put((date - EPOCH).days, 16)
    width = answer_bits(questionnaire)
    low = questionnaire.scale.min
    for question_id in questionnaire.question_ids:
        value = answers.get(question_id)
        bits.put(0 if value is None else value - low + 1, width)
    if texts:
        for text in (respondent, organisation):
            data = _text_bytes(text)
            bits.put(len(data), 8)
            for byte in data:
                bits.put(byte, 8)
    payload = bits.to_bytes()
    return _format(payload + binascii.crc_hqx(payload, 0xFFFF).to_bytes(2, "big"))


def _format(data: bytes) -> str:
    number = int.from_bytes(data, "big")
    padding = -(len(data) * 8) % 5
    number <<= padding
    count = (len(data) * 8 + padding) // 5
    symbols = "".join(ALPHABET[(number >> (5 * (count - 1 - i))) & 31] for i in range(count))
    groups = [symbols[i : i + GROUP] for i in range(0, len(symbols), GROUP)]
    return "-".join([PREFIX, *groups])


# --- reading ---------------------------------------------------------------------


def _symbols(text: str) -> str:
    """The code's characters without prefix and separators, upper case; refuse foreign ones."""
    compact = _SEPARATORS.sub("", text).upper()
    if compact.startswith(PREFIX):
        compact = compact[len(PREFIX) :]
    compact = "".join(_READ_AS.get(ch, ch) for ch in compact)
    for ch in compact:
        if ch not in ALPHABET:
            raise AnswerCodeError("code.bad_character", char=ch)
    if not compact:
        raise AnswerCodeError("code.too_short")
    return compact


def _payload(symbols: str) -> bytes:
    number = 0
    for ch in symbols:
        number = (number << 5) | ALPHABET.index(ch)
    total_bits = len(symbols) * 5
    size = total_bits // 8
    spare = total_bits - size * 8
    if size < 6:
        raise AnswerCodeError("code.too_short")
    if number & ((1 << spare) - 1):
        # The spare bits of the last character are always zero: this one was mistyped.
        raise AnswerCodeError("code.checksum")
    data = (number >> spare).to_bytes(size, "big")
    body, check = data[:-2], data[-2:]
    if binascii.crc_hqx(body, 0xFFFF) != int.from_bytes(check, "big"):
        raise AnswerCodeError("code.checksum")
    return body


class _Reader:
    def __init__(self, data: bytes) -> None:
        self.value = int.from_bytes(data, "big")
        self.left = len(data) * 8

    def take(self, width: int) -> int:
        if width > self.left:
            raise AnswerCodeError("code.too_short")
        self.left -= width
        return (self.value >> self.left) & ((1 << width) - 1)


def decode_answer_code(text: str, registry: QuestionnaireRegistry | None = None) -> AnswerCode:
    """Read a code (prefix, case and separators optional); raise :class:`AnswerCodeError`."""
    body = _payload(_symbols(text))
    reader = _Reader(body)
    version = reader.take(3)
    if version != CODE_VERSION:
        raise AnswerCodeError("code.newer_version", version=version)
    has_date, has_texts, language_index, reserved = reader.take(1), reader.take(1), reader.take(2), reader.take(1)
    if reserved or language_index >= len(CODE_LANGUAGES):
        raise AnswerCodeError("code.newer_version", version=version)
    questionnaire_print, questionnaire_version = reader.take(16), reader.take(8)
    questionnaire = _find(questionnaire_print, questionnaire_version, registry or shipped_registry())
    date = EPOCH + dt.timedelta(days=reader.take(16)) if has_date else None
    width = answer_bits(questionnaire)
    steps = len(questionnaire.scale.values)
    answers: dict[str, int] = {}
    for question_id in questionnaire.question_ids:
        value = reader.take(width)
        if value > steps:
            raise AnswerCodeError("code.checksum")
        if value:
            answers[question_id] = questionnaire.scale.min + value - 1
    texts = ["", ""]
    if has_texts:
        for index in range(2):
            length = reader.take(8)
            raw = bytes(reader.take(8) for _ in range(length))
            texts[index] = raw.decode("utf-8", "replace")
    if reader.left >= 8 or reader.take(reader.left):
        raise AnswerCodeError("code.checksum")
    canonical = encode_answer_code(
        questionnaire,
        answers,
        respondent=texts[0],
        organisation=texts[1],
        date=date,
        language=CODE_LANGUAGES[language_index],
    )
    return AnswerCode(
        questionnaire_id=questionnaire.id,
        questionnaire_version=questionnaire.version,
        answers=answers,
        respondent=texts[0],
        organisation=texts[1],
        date=date,
        language=CODE_LANGUAGES[language_index],
        text=canonical,
    )


def _find(questionnaire_print: int, version: int, registry: QuestionnaireRegistry) -> Questionnaire:
    for questionnaire in registry.questionnaires:
        if questionnaire.version == version and fingerprint(questionnaire.id) == questionnaire_print:
            return questionnaire
    raise AnswerCodeError("code.unknown_questionnaire", version=version)


# --- many codes in a text (an e-mail, a file, standard input) ---------------------------


@dataclass(frozen=True)
class CodeLine:
    """One line of the text that holds (or looks like it holds) a code."""

    #: 1-based line number in the text.
    line: int
    #: The code as found in the line.
    found: str
    code: AnswerCode | None = None
    error: AnswerCodeError | None = None


def find_codes(text: str) -> list[tuple[int, str]]:
    """(line number, code text) for every code in ``text``; a line without one is mail text, skipped.

    A line that names the prefix but holds nothing code-like is returned too (its text from the
    prefix on), so that a broken code is refused with a reason instead of disappearing.
    """
    found: list[tuple[int, str]] = []
    for number, line in enumerate(text.splitlines(), 1):
        matches = [m.group(0) for m in _CODE_IN_TEXT.finditer(line)]
        if not matches:
            matches = [m.group(0) for m in _BARE_CODE.finditer(line)]
        if not matches and (mention := _MENTIONS_PREFIX.search(line)):
            matches = [line[mention.start() :].split()[0]]
        found.extend((number, match.strip()) for match in matches)
    return found


def read_codes(text: str, registry: QuestionnaireRegistry | None = None) -> list[CodeLine]:
    """Every code in ``text``, read; bad ones carry their error. The same code twice is refused the second time."""
    lines: list[CodeLine] = []
    seen: dict[str, int] = {}
    for number, found in find_codes(text):
        try:
            code = decode_answer_code(found, registry)
        except AnswerCodeError as exc:
            lines.append(CodeLine(number, found, error=exc))
            continue
        if code.text in seen:
            lines.append(CodeLine(number, found, error=AnswerCodeError("code.twice", line=seen[code.text])))
            continue
        seen[code.text] = number
        lines.append(CodeLine(number, found, code=code))
    return lines


# --- into a group, or into files ---------------------------------------------------


@dataclass(frozen=True)
class CodesAdded:
    """What :func:`add_codes` made of the codes read from a text."""

    group: Group
    #: (line, participant code in the group) per code added, in the order of the text.
    added: tuple[tuple[int, str], ...]
    #: One error per line refused, each saying the line and why (``code.line``).
    problems: tuple[AnswerCodeError, ...]


def line_error(line: int, error: AnswerCodeError) -> AnswerCodeError:
    """``error`` as "Line 3: …"."""
    return AnswerCodeError("code.line", line=line, problem=Msg(error.key, error.params))


def add_codes(group: Group, lines: Sequence[CodeLine]) -> CodesAdded:
    """Add every readable code of ``lines`` to ``group`` as a participant; refuse the others by line.

    A code of another questionnaire than the group's, or one already in the group (the same
    code added earlier, perhaps in another session) is refused.
    """
    added: list[tuple[int, str]] = []
    problems: list[AnswerCodeError] = []
    for line in lines:
        code = line.code
        if code is None:
            assert line.error is not None
            problems.append(line_error(line.line, line.error))
            continue
        if (code.questionnaire_id, code.questionnaire_version) != group.key:
            problems.append(
                line_error(
                    line.line,
                    AnswerCodeError(
                        "code.other_questionnaire",
                        qid=code.questionnaire_id,
                        version=code.questionnaire_version,
                        group_qid=group.questionnaire_id,
                        group_version=group.questionnaire_version,
                    ),
                )
            )
            continue
        earlier = group.has_source(code.digest)
        if earlier is not None:
            problems.append(line_error(line.line, AnswerCodeError("code.already_in_group", code=earlier.code)))
            continue
        group = group.with_participant(participant_from_assessment(code.assessment(), sha256=code.digest))
        added.append((line.line, group.participants[-1].code))
    return CodesAdded(group=group, added=tuple(added), problems=tuple(problems))


def answer_file_name(collaboration: str, respondent: str, code_text: str, date: dt.date | None) -> str:
    """``<collaboration>-<name, else the code's last four characters>-<date>.samverkan``, as the form names it."""
    who = slug(respondent) or code_text.replace("-", "")[-4:]
    parts = [slug(collaboration), who, date.isoformat() if date else ""]
    return "-".join(part for part in parts if part) + ASSESSMENT_SUFFIX
