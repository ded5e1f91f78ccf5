"""The offline HTML answer form: one self-contained ``.html`` file a participant opens in any browser.

Everything is inline (the style sheet and script come from ``resources/answer-form``),
nothing is fetched: a Content-Security-Policy allows only the page's own script and
style, by their SHA-256.  Every questionnaire and collaboration text is escaped for
HTML, and the data the script needs travels as JSON in a
``<script type="application/json">`` block with ``<``, ``>``, ``&`` and the two
JavaScript line separators escaped, so no text can close the block or run.

The participant's answers leave the page as a ``.samverkan`` file written in the
browser (the same bytes the app writes for ordinary text; always a file the app
reads) and as an answer code (:mod:`samverkan_gui.core.answer_code`).  The parts of
the file that the page cannot know better than the app (the header, the
questionnaire, the collaboration, the YAML form of the ids) are written here, by the
app's own YAML writer; the page adds the answers.  The totals, percentages and
bands the page shows are looked up in tables made here by :mod:`samverkan_gui.present`,
so the page rounds nothing itself.
"""

from __future__ import annotations

import base64
import datetime as dt
import hashlib
import json
from html import escape
from pathlib import Path
from typing import Any

from samverkan_gui import __version__
from samverkan_gui.core.answer_code import MAX_TEXT_CHARS, encoder_parameters
from samverkan_gui.core.assessment import FORMAT, HEADER
from samverkan_gui.core.atomic import atomic_write
from samverkan_gui.core.codec import BASE_VERSION
from samverkan_gui.core.messages import MESSAGES, Texts, normalise_language, render
from samverkan_gui.core.numbers import percent_of
from samverkan_gui.core.paths import resources_dir
from samverkan_gui.core.questionnaire import WEAKEST_BLOCKS_PLACEHOLDER, Questionnaire
from samverkan_gui.core.text import clean_text, slug
from samverkan_gui.core.yamlio import dump
from samverkan_gui.present import band_range, format_percent
from samverkan_gui.present.questions import question_label

#: The messages the page's script fills in itself (the rest are written into the HTML here).
SCRIPT_MESSAGES = (
    "progress",
    "unanswered",
    "unanswered.one",
    "saved_file",
    "copied",
    "copy_failed",
    "clear_confirm",
    "score_incomplete",
)

_JSON_ESCAPES = {"<": "\\u003c", ">": "\\u003e", "&": "\\u0026", "\u2028": "\\u2028", "\u2029": "\\u2029"}


def asset(name: str) -> str:
    """The text of a file of ``resources/answer-form`` (the page's script and style sheet)."""
    return (resources_dir() / "answer-form" / name).read_text(encoding="utf-8")


def csp_hash(text: str) -> str:
    """A Content-Security-Policy source for exactly this inline script or style."""
    return "'sha256-" + base64.b64encode(hashlib.sha256(text.encode("utf-8")).digest()).decode("ascii") + "'"


def script_json(data: Any) -> str:
    """``data`` as JSON that is safe inside ``<script type="application/json">``."""
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    return "".join(_JSON_ESCAPES.get(ch, ch) for ch in text)


def yaml_key(key: str) -> str:
    """How the app's YAML writer writes ``key`` as a mapping key (quoted when it would read as another type)."""
    return dump({key: 0}).decode("utf-8").rsplit(": 0\n", 1)[0]


def file_head(questionnaire: Questionnaire, collaboration: str) -> str:
    """The start of the participant's file, up to and with ``collaboration``: as the app writes it."""
    data = {
        "format": FORMAT,
        "format_version": BASE_VERSION,
        "questionnaire": {"id": questionnaire.id, "version": questionnaire.version},
        "collaboration": collaboration,
    }
    return HEADER + dump(data).decode("utf-8")


def _score_tables(questionnaire: Questionnaire, lang: str) -> dict[str, Any]:
    """Everything the page needs to show a total as the app does, precomputed by the app's rules."""
    total_max = questionnaire.max_total
    totals = []
    for total in range(questionnaire.min_total, total_max + 1):
        band = questionnaire.band_for(total)
        totals.append(
            {
                "points": render("pdf.points_of", lang, total=total, max=total_max),
                "percent": format_percent(percent_of(total, total_max), lang),
                "band": questionnaire.bands.index(band) if band is not None else -1,
            }
        )
    placeholder = "{" + WEAKEST_BLOCKS_PLACEHOLDER + "}"
    return {
        "minTotal": questionnaire.min_total,
        "totals": totals,
        "bands": [
            {
                "range": render("report.band", lang, range=band_range(band)),
                "advice": band.advice.get(lang),
                "namesBlock": placeholder in band.advice.get(lang),
            }
            for band in questionnaire.bands
        ],
        "placeholder": placeholder,
        "and": render("word.and", lang),
        "andAlso": render("word.and_also", lang),
        "weakest": MESSAGES["present.weakest"][lang],
        "blocks": [
            {
                "id": block.id,
                "name": block.name.get(lang),
                "outcome": block.outcome,
                "max": block.max_score(questionnaire.scale.max),
                "percents": [
                    format_percent(percent_of(score, block.max_score(questionnaire.scale.max)), lang)
                    for score in range(block.max_score(questionnaire.scale.max) + 1)
                ],
            }
            for block in questionnaire.blocks
        ],
    }


def form_data(
    questionnaire: Questionnaire, lang: str, collaboration: str, date: dt.date | None, *, show_score: bool
) -> dict[str, Any]:
    """The JSON the page's script reads (see resources/answer-form/page.js)."""
    data: dict[str, Any] = {
        "lang": lang,
        "showScore": show_score,
        "date": date.isoformat() if date else None,
        "fileStem": slug(collaboration),
        "questions": [
            {"id": question.id, "block": block.id, "key": yaml_key(question.id)}
            for block, question in questionnaire.iter_questions()
        ],
        "blocks": [{"id": block.id, "key": yaml_key(block.id)} for block in questionnaire.blocks],
        "yaml": {"head": file_head(questionnaire, collaboration), "language": dump({"language": lang}).decode()},
        "code": encoder_parameters(questionnaire),
        "score": _score_tables(questionnaire, lang) if show_score else None,
        "texts": {key: MESSAGES[f"answer_form.{key}"][lang] for key in SCRIPT_MESSAGES},
    }
    # Drafts in the browser are kept per form: two forms (another collaboration, date,
    # questionnaire or language) never see each other's answers.
    data["formId"] = hashlib.sha256(script_json(data).encode("utf-8")).hexdigest()[:16]
    return data


def build_answer_form(
    questionnaire: Questionnaire,
    lang: str | None = None,
    *,
    collaboration: str = "",
    date: dt.date | None = None,
    show_score: bool = True,
    today: dt.date | None = None,
) -> str:
    """The whole HTML page."""
    lang = normalise_language(lang)
    collaboration = clean_text(collaboration).strip()
    words = Texts("answer_form", lang)
    script, style = asset("page.js"), asset("page.css")
    data = form_data(questionnaire, lang, collaboration, date, show_score=show_score)
    title = questionnaire.title.get(lang)
    page_title = " – ".join(part for part in (title, words("subtitle"), collaboration) if part)
    csp = (
        f"default-src 'none'; script-src {csp_hash(script)}; style-src {csp_hash(style)}; "
        "img-src 'none'; base-uri 'none'; form-action 'none'"
    )
    parts = [
        "<!DOCTYPE html>",
        f'<html lang="{lang}">',
        "<head>",
        '<meta charset="utf-8">',
        f'<meta http-equiv="Content-Security-Policy" content="{csp}">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        '<meta name="color-scheme" content="light dark">',
        '<meta name="referrer" content="no-referrer">',
        f"<title>{escape(page_title)}</title>",
        f"<style>{style}</style>",
        "</head>",
        "<body>",
        _header(questionnaire, lang, collaboration, date),
        '<main id="main">',
        _introduction(questionnaire, lang, show_score),
        _form(questionnaire, lang),
        _done(lang, show_score),
        "</main>",
        _footer(questionnaire, lang, today),
        f'<script type="application/json" id="form-data">{script_json(data)}</script>',
        f"<script>{script}</script>",
        "</body>",
        "</html>",
        "",
    ]
    return "\n".join(parts)


def write_answer_form(
    target: Path | str, questionnaire: Questionnaire, lang: str | None = None, **options: Any
) -> None:
    """Write the page atomically (UTF-8); raises SaveError."""
    atomic_write(Path(target), build_answer_form(questionnaire, lang, **options).encode("utf-8"))


# --- the page's parts ----------------------------------------------------------------


def _e(text: str) -> str:
    return escape(text, quote=True)


def _header(questionnaire: Questionnaire, lang: str, collaboration: str, date: dt.date | None) -> str:
    words = Texts("answer_form", lang)
    facts = []
    if collaboration:
        facts.append(f"<div><dt>{_e(words.word('collaboration'))}</dt><dd>{_e(collaboration)}</dd></div>")
    if date:
        facts.append(f"<div><dt>{_e(words.word('date'))}</dt><dd>{date.isoformat()}</dd></div>")
    listing = f'<dl class="facts">{"".join(facts)}</dl>' if facts else ""
    return (
        "<header>"
        f"<h1>{_e(questionnaire.title.get(lang))}</h1>"
        f'<p class="subtitle">{_e(words("subtitle"))}</p>'
        f"{listing}"
        "</header>"
    )


def _introduction(questionnaire: Questionnaire, lang: str, show_score: bool) -> str:
    words = Texts("answer_form", lang)
    scale = "".join(
        f'<li><span class="value">{value}</span> {_e(questionnaire.scale.label(value, lang))}</li>'
        for value in questionnaire.scale.values
    )
    return (
        f'<noscript><p class="notice">{_e(words("no_script"))}</p></noscript>'
        f"<p>{_e(words('intro'))}</p>"
        f"<p>{_e(words('offline'))}</p>"
        f'<p id="score-info">{_e(words("score_shown" if show_score else "score_hidden"))}</p>'
        f'<p id="restored" class="notice" hidden>{_e(words("restored"))}</p>'
        '<section class="scale" aria-labelledby="scale-heading">'
        f'<h2 id="scale-heading">{_e(words("scale"))}</h2>'
        f'<ol class="scale-list">{scale}</ol>'
        "</section>"
    )


def _form(questionnaire: Questionnaire, lang: str) -> str:
    words = Texts("answer_form", lang)
    total = len(questionnaire.question_ids)
    parts = [
        '<form id="answers" novalidate>',
        '<fieldset class="about">',
        f"<legend>{_e(words('about_you'))}</legend>",
        f'<p id="about-hint" class="hint">{_e(words("about_you_hint"))}</p>',
        _text_field("respondent", words("respondent"), "name"),
        _text_field("organisation", words("organisation"), "organization"),
        "</fieldset>",
    ]
    for block in questionnaire.blocks:
        heading = f"block-{block.id}"
        parts.append(f'<section class="block" aria-labelledby="{_e(heading)}">')
        parts.append(f'<h2 id="{_e(heading)}">{_e(block.title.get(lang))}</h2>')
        parts.append(f'<p class="lead-in">{_e(block.lead_in.get(lang))}</p>')
        for question in block.questions:
            parts.append(_question(questionnaire, lang, question.id, question.text.get(lang)))
        notes_id = f"notes-{block.id}"
        parts.append(
            '<div class="field notes">'
            f'<label for="{_e(notes_id)}">{_e(words("block_notes", block=block.name.get(lang)))}</label>'
            f'<textarea id="{_e(notes_id)}" data-block="{_e(block.id)}" rows="3"></textarea>'
            "</div>"
        )
        parts.append("</section>")
    parts += [
        '<div class="actions">',
        f'<p id="progress" role="status">{_e(words("progress", answered=0, total=total))}</p>',
        '<div id="summary" class="summary" tabindex="-1" hidden>',
        '<h2 id="summary-heading"></h2>',
        f"<p>{_e(words('unanswered_hint'))}</p>",
        '<ul id="summary-list"></ul>',
        f'<button type="button" id="save-anyway">{_e(words("save_anyway"))}</button>',
        "</div>",
        '<div class="buttons">',
        f'<button type="button" id="save" class="primary">{_e(words("save"))}</button>',
        f'<button type="button" id="clear">{_e(words("clear"))}</button>',
        "</div>",
        "</div>",
        "</form>",
    ]
    return "".join(parts)


def _text_field(name: str, label: str, autocomplete: str) -> str:
    return (
        '<div class="field">'
        f'<label for="{name}">{_e(label)}</label>'
        f'<input id="{name}" name="{name}" type="text" maxlength="{MAX_TEXT_CHARS}" '
        f'autocomplete="{autocomplete}" aria-describedby="about-hint">'
        "</div>"
    )


def _question(questionnaire: Questionnaire, lang: str, question_id: str, text: str) -> str:
    words = Texts("answer_form", lang)
    field_id = f"q-{question_id}"
    options = "".join(
        f'<label class="option"><input type="radio" name="{_e(field_id)}" value="{value}">'
        f'<span class="value">{value}</span> <span class="label">{_e(questionnaire.scale.label(value, lang))}</span>'
        "</label>"
        for value in questionnaire.scale.values
    )
    return (
        f'<fieldset class="question" id="{_e(field_id)}" data-question="{_e(question_id)}">'
        f'<legend><span class="number">{_e(question_label(questionnaire, question_id, lang))}:</span> '
        f"{_e(text)}</legend>"
        f'<p class="mark" hidden>{_e(words("unanswered_mark"))}</p>'
        f'<div class="options">{options}</div>'
        "</fieldset>"
    )


def _done(lang: str, show_score: bool) -> str:
    words = Texts("answer_form", lang)
    result = (
        '<section id="result" aria-labelledby="result-heading">'
        f'<h3 id="result-heading">{_e(words("result"))}</h3>'
        '<p id="result-total"></p><p id="result-band"></p>'
        '<p id="result-advice"></p><p id="result-weakest"></p>'
        "</section>"
        if show_score
        else ""
    )
    return (
        '<section id="done" class="done" aria-labelledby="done-heading" hidden>'
        f'<h2 id="done-heading" tabindex="-1">{_e(words("saved"))}</h2>'
        '<p id="saved-file"></p>'
        f"<p>{_e(words('saved_draft'))}</p>"
        f'<h3 id="code-heading">{_e(words("code"))}</h3>'
        f'<p id="code-hint">{_e(words("code_hint"))}</p>'
        '<p class="code-line"><code id="answer-code"></code></p>'
        f'<p><button type="button" id="copy">{_e(words("copy"))}</button></p>'
        '<p id="copy-status" role="status"></p>'
        f"{result}"
        "</section>"
    )


def _footer(questionnaire: Questionnaire, lang: str, today: dt.date | None) -> str:
    words = Texts("answer_form", lang)
    created = (today or dt.date.today()).isoformat()
    line = words("footer", version=__version__, title=questionnaire.title.get(lang), date=created)
    return f"<footer><p>{_e(questionnaire.credit.get(lang))}</p><p>{_e(line)}</p></footer>"
