"""The one bilingual catalogue of every text that is not the window's own.

Errors of the core, the words and sentences of the PDF reports, the CSV export
and the command line, and the sentences of the presentation layer
(:mod:`samverkan_gui.present`) all live in :data:`MESSAGES` and are rendered
by :func:`render` (or :func:`render_count` for a count, :class:`Texts` for a
section).  The window's own strings go through Qt's ``tr()`` and ``.ts`` files.

Keys are grouped by a dotted prefix (``pdf.``, ``cli.group.``); a key ending in
``.one`` is the singular form of the key without it (see :func:`render_count`).
``tests/core/test_messages.py`` checks that every key has Swedish and English
with the same placeholders, and that every key the code names exists.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

SUPPORTED_LANGUAGES: tuple[str, ...] = ("sv", "en")
DEFAULT_LANGUAGE = "sv"

MESSAGES: dict[str, dict[str, str]] = {
    # --- reading files -------------------------------------------------------
    "file.not_found": {
        "sv": "Filen {path} finns inte.",
        "en": "The file {path} does not exist.",
    },
    "file.unreadable": {
        "sv": "Filen {path} kunde inte läsas: {reason}",
        "en": "The file {path} could not be read: {reason}",
    },
    "file.is_folder": {
        "sv": "det är en mapp",
        "en": "it is a folder",
    },
    "file.not_regular": {
        "sv": "det är ingen vanlig fil",
        "en": "it is not a regular file",
    },
    "file.no_permission": {
        "sv": "ni saknar behörighet att läsa den",
        "en": "you do not have permission to read it",
    },
    "file.too_large": {
        "sv": "Filen {path} är för stor ({size} MB). En Samverkan-fil är högst {limit} MB.",
        "en": "The file {path} is too large ({size} MB). A Samverkan file is at most {limit} MB.",
    },
    "file.binary": {
        "sv": "Filen {path} är ingen textfil och kan inte vara en Samverkan-fil.",
        "en": "The file {path} is not a text file and cannot be a Samverkan file.",
    },
    "file.not_utf8": {
        "sv": "Filen {path} är inte sparad som UTF-8-text och kan inte läsas.",
        "en": "The file {path} is not saved as UTF-8 text and cannot be read.",
    },
    "file.not_yaml": {
        # {reason} is one of the yaml.* messages below, in the user's language.
        "sv": "Filen {path} är skadad eller ingen Samverkan-fil och kan inte tolkas (rad {line}): {reason}.",
        "en": "The file {path} is damaged or not a Samverkan file and cannot be parsed (line {line}): {reason}.",
    },
    "file.too_deep": {
        "sv": "Filen {path} är för djupt nästlad för att vara en Samverkan-fil.",
        "en": "The file {path} is nested too deeply to be a Samverkan file.",
    },
    "file.alias": {
        "sv": "Filen {path}, rad {line}: YAML-referenser (& och *) är inte tillåtna.",
        "en": "The file {path}, line {line}: YAML references (& and *) are not allowed.",
    },
    "file.tag": {
        "sv": "Filen {path}, rad {line}: taggen {tag} är inte tillåten.",
        "en": "The file {path}, line {line}: the tag {tag} is not allowed.",
    },
    "yaml.colon_here": {
        "sv": "ett kolon (:) står där det inte får stå",
        "en": "a colon (:) where none is allowed",
    },
    "yaml.after_end": {
        "sv": "oväntat innehåll efter dokumentets slut",
        "en": "unexpected content after the end of the document",
    },
    "yaml.colon_missing": {
        "sv": "ett kolon (:) saknas efter en nyckel",
        "en": "a colon (:) is missing after a key",
    },
    "yaml.indent": {
        "sv": "en rad är felaktigt indragen eller saknar nyckel",
        "en": "a line is wrongly indented or has no key",
    },
    "yaml.value_missing": {
        "sv": "ett värde saknas",
        "en": "a value is missing",
    },
    "yaml.bad_start": {
        "sv": "ett tecken som inte får inleda ett värde (t.ex. @, ` eller %)",
        "en": "a character that cannot start a value (such as @, ` or %)",
    },
    "yaml.unexpected_end": {
        "sv": "filen tar slut mitt i ett värde (saknas ett citattecken?)",
        "en": "the file ends in the middle of a value (is a quote missing?)",
    },
    "yaml.alias_name": {
        "sv": "en YAML-referens (* eller &) utan namn",
        "en": "a YAML reference (* or &) without a name",
    },
    "yaml.brace": {
        "sv": "ett kommatecken eller }} saknas",
        "en": "a comma or }} is missing",
    },
    "yaml.bracket": {
        "sv": "ett kommatecken eller ] saknas",
        "en": "a comma or ] is missing",
    },
    "yaml.key_here": {
        "sv": "en nyckel står där det inte får stå",
        "en": "a key where none is allowed",
    },
    "yaml.dash_here": {
        "sv": "ett listelement (-) står där det inte får stå",
        "en": "a list item (-) where none is allowed",
    },
    "yaml.document_marker": {
        "sv": "oväntad dokumentavgränsare (--- eller ...)",
        "en": "an unexpected document marker (--- or ...)",
    },
    "yaml.dash_missing": {
        "sv": "ett listelement (-) saknas eller är felaktigt indraget",
        "en": "a list item (-) is missing or wrongly indented",
    },
    "yaml.escape": {
        "sv": "okänd teckenkod efter \\ i en text inom citattecken",
        "en": "an unknown escape after \\ in a quoted text",
    },
    "yaml.tab": {
        "sv": "tabbtecken i indraget (använd mellanslag)",
        "en": "a tab in the indentation (use spaces)",
    },
    "yaml.directive": {
        "sv": "ett dubblerat YAML-direktiv (%)",
        "en": "a repeated YAML directive (%)",
    },
    "yaml.hex": {
        "sv": "felaktig teckenkod (\\x, \\u) i en text inom citattecken",
        "en": "a bad character code (\\x, \\u) in a quoted text",
    },
    "yaml.control": {
        "sv": "filen innehåller otillåtna kontrolltecken",
        "en": "the file holds control characters that are not allowed",
    },
    "yaml.other": {
        "sv": "felaktig YAML ({detail})",
        "en": "invalid YAML ({detail})",
    },
    "file.too_many_nodes": {
        "sv": "Filen {path} innehåller för många värden (över {limit}) för att vara en Samverkan-fil.",
        "en": "The file {path} holds too many values (over {limit}) to be a Samverkan file.",
    },
    "file.several_documents": {
        "sv": "filen innehåller mer än ett YAML-dokument (---)",
        "en": "the file holds more than one YAML document (---)",
    },
    "file.empty": {
        "sv": "Filen {path} är tom.",
        "en": "The file {path} is empty.",
    },
    # --- schema errors: where + what ----------------------------------------
    "schema.location": {
        "sv": "{path}, rad {line}, nyckel ”{key}”: {problem}",
        "en": "{path}, line {line}, key “{key}”: {problem}",
    },
    "schema.not_mapping": {
        "sv": "förväntade en samling nycklar och värden",
        "en": "expected a mapping of keys to values",
    },
    "schema.not_list": {
        "sv": "förväntade en lista",
        "en": "expected a list",
    },
    "schema.not_text": {
        "sv": "förväntade en text",
        "en": "expected a text",
    },
    "schema.not_int": {
        "sv": "förväntade ett heltal",
        "en": "expected a whole number",
    },
    "schema.not_bool": {
        "sv": "förväntade true eller false",
        "en": "expected true or false",
    },
    "schema.unknown_key": {
        "sv": "okänd nyckel (tillåtna: {allowed})",
        "en": "unknown key (allowed: {allowed})",
    },
    "schema.missing_key": {
        "sv": "nyckeln ”{missing}” saknas",
        "en": "the key “{missing}” is missing",
    },
    "schema.duplicate_key": {
        "sv": "nyckeln finns två gånger",
        "en": "the key appears twice",
    },
    "schema.empty_text": {
        "sv": "texten är tom",
        "en": "the text is empty",
    },
    "schema.missing_translation": {
        "sv": "översättning saknas för språket {lang}",
        "en": "translation missing for language {lang}",
    },
    "schema.unknown_language": {
        "sv": "språket {lang} finns inte bland filens språk ({languages})",
        "en": "language {lang} is not among the file's languages ({languages})",
    },
    "schema.bad_id": {
        "sv": "ogiltigt id ”{value}”: använd små bokstäver a–z, siffror, - och _",
        "en": "invalid id “{value}”: use lower-case letters a–z, digits, - and _",
    },
    "schema.duplicate_id": {
        "sv": "id ”{value}” används redan",
        "en": "the id “{value}” is already used",
    },
    "schema.empty_list": {
        "sv": "listan är tom",
        "en": "the list is empty",
    },
    "schema.wrong_format": {
        "sv": "väntade ”{expected}”, fick ”{value}”",
        "en": "expected “{expected}”, got “{value}”",
    },
    "schema.newer_format": {
        "sv": "formatversion {value} är gjord av en nyare version av Samverkan (den här versionen läser version {supported}). Uppdatera Samverkan.",
        "en": "format version {value} was made by a newer version of Samverkan (this version reads version {supported}). Please update Samverkan.",
    },
    "schema.bad_scale": {
        "sv": "skalan måste gå från ett lägre till ett högre heltal (fick {low}–{high})",
        "en": "the scale must run from a lower to a higher whole number (got {low}–{high})",
    },
    "schema.scale_too_long": {
        "sv": "skalan {low}–{high} har för många steg (högst {limit})",
        "en": "the scale {low}–{high} has too many steps (at most {limit})",
    },
    "schema.scale_labels": {
        "sv": "skalan behöver en etikett för varje steg {low}–{high}; saknas: {missing}",
        "en": "the scale needs a label for every step {low}–{high}; missing: {missing}",
    },
    "schema.scale_label_extra": {
        "sv": "etikett för {value}, som ligger utanför skalan {low}–{high}",
        "en": "label for {value}, which is outside the scale {low}–{high}",
    },
    "schema.band_order": {
        "sv": "intervallet {low}–{high} går baklänges",
        "en": "the range {low}–{high} runs backwards",
    },
    "schema.band_gap": {
        "sv": "inget intervall täcker poängen {low}–{high}",
        "en": "no range covers the scores {low}–{high}",
    },
    "schema.band_overlap": {
        "sv": "intervallet {low}–{high} överlappar ett annat intervall",
        "en": "the range {low}–{high} overlaps another range",
    },
    "schema.band_outside": {
        "sv": "intervallet {low}–{high} ligger utanför de möjliga poängen {min_total}–{max_total}",
        "en": "the range {low}–{high} lies outside the possible scores {min_total}–{max_total}",
    },
    "schema.placeholder": {
        "sv": "okänd platshållare {{{name}}} (tillåten: {{weakest_blocks}})",
        "en": "unknown placeholder {{{name}}} (allowed: {{weakest_blocks}})",
    },
    "schema.no_nameable_block": {
        "sv": "råden nämner {{weakest_blocks}} men alla block är markerade som utfall",
        "en": "the advice names {{weakest_blocks}} but every block is marked as an outcome",
    },
    # --- assessment content -------------------------------------------------
    "assessment.unknown_questionnaire": {
        "sv": "Filen {path} hör till frågeformuläret ”{qid}” version {version}, som inte är installerat.",
        "en": "The file {path} belongs to the questionnaire “{qid}” version {version}, which is not installed.",
    },
    "assessment.unknown_question": {
        "sv": "frågan ”{value}” finns inte i frågeformuläret",
        "en": "the question “{value}” does not exist in the questionnaire",
    },
    "assessment.answer_range": {
        "sv": "svaret {value} ligger utanför skalan {low}–{high}",
        "en": "the answer {value} lies outside the scale {low}–{high}",
    },
    "assessment.unknown_block": {
        "sv": "blocket ”{value}” finns inte i frågeformuläret",
        "en": "the block “{value}” does not exist in the questionnaire",
    },
    "assessment.bad_date": {
        "sv": "ogiltigt datum ”{value}” (skriv ÅÅÅÅ-MM-DD)",
        "en": "invalid date “{value}” (write YYYY-MM-DD)",
    },
    "assessment.bad_time": {
        "sv": "ogiltig tidpunkt ”{value}”",
        "en": "invalid time “{value}”",
    },
    "assessment.foreign_file": {
        "sv": "Filen {path} är ingen Samverkan-fil.",
        "en": "The file {path} is not a Samverkan file.",
    },
    "assessment.newer_version": {
        "sv": "Filen {path} är gjord av en nyare version av Samverkan (filformat {value}; den här versionen läser {supported}). Uppdatera Samverkan för att öppna den.",
        "en": "The file {path} was made by a newer version of Samverkan (file format {value}; this version reads {supported}). Update Samverkan to open it.",
    },
    "assessment.mixed_questionnaires": {
        "sv": "Filerna hör till olika frågeformulär och kan inte räknas ihop.",
        "en": "The files belong to different questionnaires and cannot be combined.",
    },
    # --- workshop groups ------------------------------------------------------
    "group.same_file": {
        "sv": "Filen {path} valdes två gånger; den lästes in en gång.",
        "en": "The file {path} was chosen twice; it was loaded once.",
    },
    "group.same_content": {
        "sv": "Filen {path} har samma innehåll som {other} och lästes inte in igen.",
        "en": "The file {path} has the same content as {other} and was not loaded again.",
    },
    "group.already_in_group": {
        "sv": "Filen {path} finns redan i gruppen (deltagare {code}) och lästes inte in igen.",
        "en": "The file {path} is already in the group (participant {code}) and was not loaded again.",
    },
    "group.other_questionnaire": {
        "sv": "Filen {path} hör till frågeformuläret ”{qid}” version {version}, men gruppen använder ”{group_qid}” version {group_version}. Den lästes inte in.",
        "en": "The file {path} belongs to the questionnaire “{qid}” version {version}, but the group uses “{group_qid}” version {group_version}. It was not loaded.",
    },
    "group.duplicate_code": {
        "sv": "deltagarkoden ”{value}” finns två gånger",
        "en": "the participant code “{value}” appears twice",
    },
    "group.code_too_long": {
        "sv": "deltagarkoden är längre än {limit} tecken",
        "en": "the participant code is longer than {limit} characters",
    },
    "group.no_participants": {
        "sv": "Gruppen har inga deltagare ännu.",
        "en": "The group has no participants yet.",
    },
    # --- action plan and follow-up (file format 2) -----------------------------
    "plan.needs_version": {
        "sv": "nyckeln finns först i filformat {version}; ändra format_version till {version}",
        "en": "this key exists from file format {version} on; set format_version to {version}",
    },
    "plan.block_twice": {
        "sv": "blocket ”{value}” finns två gånger i handlingsplanen",
        "en": "the block “{value}” appears twice in the action plan",
    },
    "plan.bad_status": {
        "sv": "okänd status ”{value}” (tillåtna: {allowed})",
        "en": "unknown status “{value}” (allowed: {allowed})",
    },
    "plan.text_too_long": {
        "sv": "texten är {length} tecken lång; högst {limit} tecken är tillåtet",
        "en": "the text is {length} characters long; at most {limit} characters are allowed",
    },
    "plan.bad_sha256": {
        "sv": "förväntade en SHA-256-summa (64 tecken 0–9 och a–f)",
        "en": "expected a SHA-256 sum (64 characters 0–9 and a–f)",
    },
    # --- comparing over time (core/compare.py) ------------------------------------
    "compare.refused": {
        "sv": "Kan inte jämföra: {problems}",
        "en": "Cannot compare: {problems}",
    },
    "compare.too_few": {
        "sv": "Välj minst två bedömningar att jämföra (valda: {count}).",
        "en": "Choose at least two assessments to compare (chosen: {count}).",
    },
    "compare.other_questionnaire": {
        "sv": "Filen {path} hör till frågeformuläret ”{qid}”, men {first} hör till ”{first_qid}”. Bara bedömningar med samma frågeformulär kan jämföras.",
        "en": "The file {path} belongs to the questionnaire “{qid}”, but {first} belongs to “{first_qid}”. Only assessments of the same questionnaire can be compared.",
    },
    "compare.same_file": {
        "sv": "Filen {path} är vald två gånger; en jämförelse behöver olika tillfällen.",
        "en": "The file {path} was chosen twice; a comparison needs different occasions.",
    },
    "compare.collaborations_differ": {
        "sv": "Filerna gäller olika samverkan: {collaborations}. En förändring mellan dem är ingen utveckling över tid.",
        "en": "The files are about different collaborations: {collaborations}. A change between them is no trend over time.",
    },
    "compare.quoted": {"sv": "”{name}”", "en": "“{name}”"},
    "compare.no_collaboration": {"sv": "ingen samverkan angiven", "en": "no collaboration given"},
    "compare.empty_folder": {
        "sv": "Mappen {path} innehåller inga Samverkan-filer.",
        "en": "The folder {path} holds no Samverkan files.",
    },
    # --- action plan words (core/plan.py; PDFs, CLI) ------------------------------
    # The five questions are verbatim from the source ("De enkla men svåra frågorna").
    "plan.question.why": {"sv": "VARFÖR?", "en": "WHY?"},
    "plan.question.why.detail": {"sv": "Syftet med samverkan", "en": "The purpose of the collaboration"},
    "plan.question.what": {"sv": "VAD?", "en": "WHAT?"},
    "plan.question.what.detail": {
        "sv": "Vad man ska samverka kring (ämne/process)",
        "en": "What to collaborate on (subject/process)",
    },
    "plan.question.who": {"sv": "VEM? VILKA?", "en": "WHO?"},
    "plan.question.who.detail": {
        "sv": "Personer/yrkesroller, organisationer",
        "en": "People/professional roles, organisations",
    },
    "plan.question.when_where": {"sv": "NÄR OCH VAR?", "en": "WHEN AND WHERE?"},
    "plan.question.when_where.detail": {
        "sv": "Tajming, arenor/mötesplatser",
        "en": "Timing, arenas/meeting places",
    },
    "plan.question.how": {"sv": "HUR?", "en": "HOW?"},
    "plan.question.how.detail": {
        "sv": "Hur ska samverkan gå till?",
        "en": "How is the collaboration to work?",
    },
    "plan.status.planned": {"sv": "planerad", "en": "planned"},
    "plan.status.started": {"sv": "pågår", "en": "in progress"},
    "plan.status.done": {"sv": "klar", "en": "done"},
    "plan.title": {"sv": "Handlingsplan", "en": "Action plan"},
    "plan.actions": {"sv": "Åtgärder", "en": "Actions"},
    "plan.action": {"sv": "Åtgärd", "en": "Action"},
    "plan.who": {"sv": "Vem", "en": "Who"},
    "plan.due": {"sv": "Klart senast", "en": "Due"},
    "plan.status": {"sv": "Status", "en": "Status"},
    "plan.no_actions": {"sv": "Inga åtgärder ännu.", "en": "No actions yet."},
    "plan.overdue": {"sv": "försenad", "en": "overdue"},
    "plan.overdue_action": {"sv": "”{text}” (klart senast {due})", "en": "“{text}” (due {due})"},
    "plan.overdue_summary": {
        "sv": "Försenade åtgärder ({count}), inte klara fast klart senast-datumet har passerat: {actions}.",
        "en": "Overdue actions ({count}), not done although their due date has passed: {actions}.",
    },
    # --- since last time: a follow-up and the file it follows --------------------------
    "since.title": {"sv": "Sedan förra gången", "en": "Since last time"},
    "since.headline": {"sv": "Sedan förra gången ({date}): {change}", "en": "Since last time ({date}): {change}"},
    "since.not_yet": {
        "sv": "summan kan jämföras när alla frågor är besvarade",
        "en": "the total can be compared when every question is answered",
    },
    "since.not_found": {
        "sv": "Den här bedömningen följer upp {file}, men den filen finns inte i samma mapp: förändringen "
        "sedan förra gången kan inte visas. Lägg filerna i samma mapp, eller jämför dem med Jämför….",
        "en": "This assessment follows up {file}, but that file is not in the same folder: the change since "
        "last time cannot be shown. Put the files in the same folder, or compare them with Compare….",
    },
    "since.unreadable": {
        "sv": "Den här bedömningen följer upp {file}, men den filen kan inte läsas: förändringen sedan förra gången kan inte visas.",
        "en": "This assessment follows up {file}, but that file cannot be read: the change since last time cannot be shown.",
    },
    "plan.follows": {
        "sv": "Uppföljning av {file} ({date}).",
        "en": "Follow-up of {file} ({date}).",
    },
    # --- results that lead somewhere (single PDF) ----------------------------------
    "ladder.title": {"sv": "Poängskala", "en": "Score scale"},
    "ladder.marked": {
        "sv": "{total} av {max}, intervall {min}–{band_max}",
        "en": "{total} of {max}, range {min}–{band_max}",
    },
    "ladder.here": {"sv": "Här", "en": "Here"},
    "lowest.title": {"sv": "Lägst skattade frågor", "en": "Lowest-rated questions"},
    "lowest.intro": {
        "sv": "Frågorna med de tre lägsta svaren och alla med samma svar som den tredje (högst fem visas, "
        "resten räknas). Ert högsta svar räknas aldrig som lågt.",
        "en": "The questions with the three lowest answers and all with the same answer as the third (at most "
        "five shown, the rest counted). Your highest answer never counts as low.",
    },
    "lowest.more": {"sv": "… och {count} till med svar {value}", "en": "… and {count} more with answer {value}"},
    "lowest.all_equal": {
        "sv": "Alla frågor har samma svar ({value}): ingen är lägre skattad än någon annan.",
        "en": "Every question has the same answer ({value}): none is rated lower than another.",
    },
    "lowest.all_equal_answered": {
        "sv": "Alla besvarade frågor har samma svar ({value}): ingen är lägre skattad än någon annan.",
        "en": "Every answered question has the same answer ({value}): none is rated lower than another.",
    },
    "notes.title": {"sv": "Era anteckningar per block", "en": "Your notes per block"},
    # --- comparison over time (CLI text, comparison PDF) -----------------------------
    "compare.title": {"sv": "Jämförelse över tid", "en": "Comparison over time"},
    "compare.subtitle": {"sv": "Jämförelse av bedömningar", "en": "Comparison of assessments"},
    "compare.totals": {"sv": "Summa och poängintervall", "en": "Total and score band"},
    "compare.band_line": {"sv": "poängintervall {range}", "en": "score band {range}"},
    "compare.file": {"sv": "Samverkan och fil", "en": "Collaboration and file"},
    "compare.band": {"sv": "Intervall", "en": "Band"},
    "compare.draft": {"sv": "utkast", "en": "draft"},
    "compare.participants": {"sv": "{count} deltagare", "en": "{count} participants"},
    "compare.participants.one": {"sv": "{count} deltagare", "en": "{count} participant"},
    "compare.changes": {
        "sv": "Förändring från {first} till {last}",
        "en": "Change from {first} to {last}",
    },
    "compare.change": {"sv": "Förändring", "en": "Change"},
    "compare.up": {"sv": "upp", "en": "up"},
    "compare.down": {"sv": "ned", "en": "down"},
    "compare.same": {"sv": "oförändrat", "en": "unchanged"},
    "compare.unknown": {"sv": "kan inte beräknas", "en": "cannot be computed"},
    "compare.chart": {
        "sv": "Andel av maxpoäng per block och datum",
        "en": "Share of maximum score per block and date",
    },
    "compare.moved_up": {"sv": "Frågor som gått mest uppåt", "en": "Questions that moved most up"},
    "compare.moved_down": {"sv": "Frågor som gått mest nedåt", "en": "Questions that moved most down"},
    "compare.none_moved": {"sv": "Inga.", "en": "None."},
    "compare.from_to": {"sv": "Från → till", "en": "From → to"},
    "compare.plans": {"sv": "Handlingsplanernas åtgärder", "en": "The action plans' actions"},
    "compare.plans_intro": {
        "sv": "Varje åtgärd en gång, med status vid varje datum då den ändrades.",
        "en": "Each action once, with its status at every date where it changed.",
    },
    "compare.versions_differ": {
        "sv": "Filerna har olika versioner av frågeformuläret; förändringarna räknas på de {n} frågor som alla versionerna har.",
        "en": "The files use different versions of the questionnaire; the changes are computed on the {n} questions every version has.",
    },
    "compare.no_date": {"sv": "utan datum", "en": "no date"},
    "compare.file_stem": {"sv": "Jämförelse", "en": "Comparison"},
    "compare.notice_collaborations": {
        "sv": "Obs! Filerna gäller olika samverkan ({names}). Förändringarna visar skillnaden mellan dem, inte en utveckling över tid.",
        "en": "Note: the files are about different collaborations ({names}). The changes show the difference between them, not a trend over time.",
    },
    "compare.individual_and_group": {
        "sv": "Obs! Här jämförs en persons svar med en grupps medelvärden. En förändring kan bero på vilka som svarade, inte bara på hur samverkan har utvecklats.",
        "en": "Note: one person's answers are compared with a group's means here. A change may come from who answered, not only from how the collaboration has developed.",
    },
    "compare.footer": {
        "sv": "Samverkan {version} · {title} · skapad {date}",
        "en": "Samverkan {version} · {title} · created {date}",
    },
    # --- writing files ------------------------------------------------------
    "save.failed": {
        "sv": "Filen {path} kunde inte sparas: {reason}. Den tidigare versionen av filen är orörd.",
        "en": "The file {path} could not be saved: {reason}. The previous version of the file is untouched.",
    },
    "save.disk_full": {
        "sv": "disken är full",
        "en": "the disk is full",
    },
    "save.permission": {
        "sv": "ni saknar behörighet att skriva där",
        "en": "you do not have permission to write there",
    },
    "save.no_folder": {
        "sv": "mappen finns inte",
        "en": "the folder does not exist",
    },
    "save.read_only": {
        "sv": "platsen är skrivskyddad",
        "en": "the location is read-only",
    },
    "save.busy": {
        "sv": "filen används av ett annat program",
        "en": "the file is in use by another program",
    },
    "save.is_folder": {
        "sv": "det finns redan en mapp med det namnet",
        "en": "a folder with that name already exists",
    },
    "save.bad_name": {
        "sv": "filnamnet är för långt eller innehåller tecken som inte är tillåtna",
        "en": "the file name is too long or contains characters that are not allowed",
    },
    "save.io": {
        "sv": "disken eller nätverksenheten svarade med ett fel",
        "en": "the disk or network drive reported an error",
    },
    # --- questionnaire registry ---------------------------------------------
    "registry.not_found_id": {
        "sv": "Inget frågeformulär med id ”{qid}” är installerat (och ingen sådan fil finns).",
        "en": "No questionnaire with the id “{qid}” is installed (and there is no such file).",
    },
    "registry.not_found": {
        "sv": "Frågeformuläret ”{qid}” version {version} är inte installerat.",
        "en": "The questionnaire “{qid}” version {version} is not installed.",
    },
    "registry.none": {
        "sv": "Inga frågeformulär hittades i {path}.",
        "en": "No questionnaires were found in {path}.",
    },
    # --- reports ------------------------------------------------------------
    "report.failed": {
        "sv": "Rapporten kunde inte skapas: {reason}",
        "en": "The report could not be created: {reason}",
    },
    "report.unknown_format": {
        "sv": "Rapporten kan inte skrivas till {path}: en rapport blir PDF (.pdf) eller Word (.docx), inte ”{suffix}”.",
        "en": "The report cannot be written to {path}: a report is a PDF (.pdf) or a Word document (.docx), not “{suffix}”.",
    },
    "report.draft": {
        "sv": "Bedömningen är inte klar: {count} frågor saknar svar.",
        "en": "The assessment is not complete: {count} questions have no answer.",
    },
    # --- samverkan --help (cli.py, group_cli.py, compare_cli.py) -----------------------
    "help.description": {
        "sv": "Testa din samverkan! – självskattning av samverkan. Utan kommando öppnas fönstret (med en fil öppnas den filen).",
        "en": "Testa din samverkan! – self-assessment of collaboration. Without a command, opens the desktop app (with FILE, opens that file).",
    },
    "help.usage": {"sv": "användning: ", "en": "usage: "},
    "help.positionals": {"sv": "argument", "en": "positional arguments"},
    "help.options": {"sv": "flaggor", "en": "options"},
    "help.help": {"sv": "visa den här hjälpen och avsluta", "en": "show this help message and exit"},
    "help.version": {"sv": "visa versionen och avsluta", "en": "show the version and exit"},
    "help.error": {"sv": "{prog}: fel: {message}", "en": "{prog}: error: {message}"},
    "help.self_test": {
        "sv": "kontrollera installationen (utan fönster, rör inga användarfiler) och avsluta: 0 godkänd, 1 underkänd",
        "en": "check this installation (offscreen, touches no user file) and exit: 0 passed, 1 failed",
    },
    "help.lang": {
        "sv": "utdatans språk: sv eller en (standard: filens språk, annars systemets)",
        "en": "language of the output: sv or en (default: the file's language, else the system's)",
    },
    "help.json": {"sv": "skriv JSON", "en": "print JSON"},
    "help.questionnaire": {"sv": "visa eller kontrollera ett frågeformulär", "en": "show or validate a questionnaire"},
    "help.questionnaire_path": {
        "sv": "frågeformulärets YAML (standard: det som följer med)",
        "en": "questionnaire YAML (default: the shipped one)",
    },
    "help.score": {
        "sv": "räkna ut en bedömning (flera filer: gruppens sammanställning)",
        "en": "score one assessment (several files: the group summary)",
    },
    "help.report": {
        "sv": "skriv rapporten som PDF, eller som Word när OUT slutar på .docx (flera filer: grupprapporten)",
        "en": "write the report as PDF, or as Word when OUT ends in .docx (several files: the group report)",
    },
    "help.score_files": {
        "sv": "en {suffix}-fil; flera filer, gruppfiler eller mappar ger gruppens sammanställning",
        "en": "one {suffix} file; several files, group files or folders give the group summary",
    },
    "help.report_files": {
        "sv": "en {suffix}-fil; flera filer, gruppfiler eller mappar ger grupprapporten",
        "en": "one {suffix} file; several files, group files or folders give the group report",
    },
    "help.compare_files": {
        "sv": "bedömningarna att jämföra: {suffix}-filer, gruppfiler eller mappar (minst två tillfällen)",
        "en": "the assessments to compare: {suffix} files, group files or folders (at least two occasions)",
    },
    "help.blank_form_output": {"sv": "PDF-filen som skrivs", "en": "the PDF file to write"},
    "help.csv_output": {"sv": "CSV-filen som skrivs", "en": "the CSV file to write"},
    "help.report_output": {
        "sv": "OUT.pdf (PDF) eller OUT.docx (Word-dokument)",
        "en": "OUT.pdf (PDF) or OUT.docx (Word document)",
    },
    "help.compare": {
        "sv": "jämför två eller fler bedömningar över tid (filer, gruppfiler, mappar)",
        "en": "compare two or more assessments over time (files, group files, folders)",
    },
    "help.compare_lang": {
        "sv": "utdatans språk: sv eller en (standard: den senaste filens språk)",
        "en": "language of the output: sv or en (default: the latest file's language)",
    },
    "help.compare_pdf": {
        "sv": "skriv jämförelsen: OUT.pdf (PDF) eller OUT.docx (Word-dokument)",
        "en": "write the comparison: OUT.pdf (PDF) or OUT.docx (Word document)",
    },
    "help.any_collaboration": {
        "sv": "jämför även filer för olika samverkan (utdatan säger det)",
        "en": "compare files of different collaborations too (the output says so)",
    },
    "help.blank_form": {
        "sv": "skriv en tom svarsblankett att skriva ut (PDF)",
        "en": "write a printable blank answer form (PDF)",
    },
    "help.blank_form_lang": {
        "sv": "blankettens språk: sv eller en (standard: systemets)",
        "en": "language of the form: sv or en (default: the system's)",
    },
    "help.export_csv": {
        "sv": "exportera en grupp (flera filer) som CSV för Excel",
        "en": "export a group (several files) as CSV for Excel",
    },
    "help.group_files": {
        "sv": "{suffix}-filer, gruppfiler eller mappar",
        "en": "{suffix} files, group files or folders",
    },
    "help.csv_lang": {
        "sv": "språk: sv eller en (standard: filernas språk, annars systemets); även talformatet om inte --excel anges",
        "en": "language: sv or en (default: the files' language, else the system's); "
        "also the number format unless --excel is given",
    },
    "help.excel": {
        "sv": "talformat: sv = svenskt Excel (; och decimalkomma), en = engelskt Excel (, och decimalpunkt); "
        "standard: språkets",
        "en": "number format: sv = Swedish Excel (; and decimal comma), en = English Excel (, and decimal point); "
        "default: the language's",
    },
    "help.per_participant": {
        "sv": "lägg till en kolumn med svar per deltagare (efter kod)",
        "en": "add one column of answers per participant (by code)",
    },
    "help.answer_form": {
        "sv": "skriv svarsformuläret (en HTML-fil) för deltagare utan Samverkan",
        "en": "write the offline answer form (one HTML file) for participants without Samverkan",
    },
    "help.form_questionnaire": {
        "sv": "en frågeformulärsfil (.yaml) eller id för ett installerat (standard: det som följer med)",
        "en": "a questionnaire file (.yaml) or the id of an installed one (default: the shipped questionnaire)",
    },
    "help.form_collaboration": {
        "sv": "samverkans namn, som det står på formuläret",
        "en": "the collaboration's name, shown on the form",
    },
    "help.form_date": {"sv": "bedömningens datum", "en": "the date of the assessment"},
    "help.form_output": {
        "sv": "HTML-filen som skrivs (skicka den till deltagarna)",
        "en": "the HTML file to write (send it to the participants)",
    },
    "help.not_a_date": {
        "sv": "inte ett datum (ÅÅÅÅ-MM-DD): ”{value}”",
        "en": "not a date (YYYY-MM-DD): “{value}”",
    },
    "help.form_no_score": {
        "sv": "visa inte deltagarna deras egen summa och intervall efter att de sparat",
        "en": "do not show participants their own total and band after saving",
    },
    "help.answer_code": {
        "sv": "gör svarskoder (från svarsformuläret) till {suffix}-filer, en per kod",
        "en": "turn answer codes (from the answer form) into {suffix} files, one per code",
    },
    "help.codes": {
        "sv": "svarskoder (SAMV-…); utan några läses de från --input eller standard in",
        "en": "answer codes (SAMV-…); without any, they are read from --input or standard input",
    },
    "help.codes_input": {
        "sv": "en textfil (t.ex. sparade e-postmeddelanden) med en kod per rad; text runt koden hoppas över; "
        "- är standard in",
        "en": "a text file (e.g. saved e-mails) with one code per line; surrounding text is ignored; "
        "- is standard input",
    },
    "help.codes_output": {"sv": "där filerna skrivs", "en": "where the files are written"},
    "help.codes_collaboration": {
        "sv": "samverkan som skrivs in i filerna",
        "en": "the collaboration written into the files",
    },
    "help.messages_lang": {"sv": "meddelandenas språk: sv eller en", "en": "language of the messages: sv or en"},
    # argparse's own complaints, in the user's language.
    "help.required": {"sv": "följande argument krävs: {names}", "en": "the following arguments are required: {names}"},
    "help.invalid_choice": {
        "sv": "argument {name}: ogiltigt val: {value} (välj bland {choices})",
        "en": "argument {name}: invalid choice: {value} (choose from {choices})",
    },
    "help.unrecognized": {"sv": "okända argument: {names}", "en": "unrecognized arguments: {names}"},
    "help.expected_one": {"sv": "argument {name}: ett värde behövs", "en": "argument {name}: expected one argument"},
    # --- starting the window (cli.py) -------------------------------------------
    "gui.no_display": {
        "sv": "Samverkans fönster kan inte visas: det finns ingen skärm (DISPLAY och WAYLAND_DISPLAY saknas). "
        "Starta från ett skrivbord, eller använd kommandona som inte behöver något fönster: {commands} "
        "(samverkan --help).",
        "en": "Samverkan's window cannot be shown: there is no display (DISPLAY and WAYLAND_DISPLAY are unset). "
        "Start it from a desktop, or use the commands that need no window: {commands} (samverkan --help).",
    },
    # --- words used inside computed texts -------------------------------------
    "word.and": {"sv": "och", "en": "and"},
    # Joins the last name when a name itself holds "och": "… design och ledarskap samt samverkansprocessen".
    "word.and_also": {"sv": "samt", "en": "as well as"},
    # --- words of table headings and labels (PDFs, CSV, command line) ---------
    "word.block": {"sv": "Block", "en": "Block"},
    "word.score": {"sv": "Poäng", "en": "Score"},
    "word.max": {"sv": "Max", "en": "Max"},
    "word.share": {"sv": "Andel", "en": "Share"},
    "word.total": {"sv": "Summa", "en": "Total"},
    "word.question": {"sv": "Fråga", "en": "Question"},
    "word.answer": {"sv": "Svar", "en": "Answer"},
    "word.mean": {"sv": "Medel", "en": "Mean"},
    "word.lowest": {"sv": "Lägst", "en": "Lowest"},
    "word.highest": {"sv": "Högst", "en": "Highest"},
    "word.spread": {"sv": "Spridning", "en": "Spread"},
    "word.consensus": {"sv": "Samsyn", "en": "Consensus"},
    "word.notes": {"sv": "Anteckningar", "en": "Notes"},
    "word.collaboration": {"sv": "Samverkan", "en": "Collaboration"},
    "word.organisation": {"sv": "Organisation", "en": "Organisation"},
    "word.date": {"sv": "Datum", "en": "Date"},
    "word.questionnaire": {"sv": "Frågeformulär", "en": "Questionnaire"},
    "word.version": {"sv": "version", "en": "version"},
    "word.participants": {"sv": "Deltagare", "en": "Participants"},
    "word.yes": {"sv": "ja", "en": "yes"},
    "word.no": {"sv": "nej", "en": "no"},
    # --- the presentation layer (samverkan_gui/present): every output --------
    "present.weakest": {
        "sv": "Lägst andel av maxpoäng har {names} ({percent}): titta särskilt där.",
        "en": "The lowest share of the maximum is in {names} ({percent}): look there especially.",
    },
    "present.weakest_group": {
        "sv": "Lägst andel av maxpoäng har {names} (medel {percent}): titta särskilt där.",
        "en": "The lowest share of the maximum is in {names} (mean {percent}): look there especially.",
    },
    "question.label": {"sv": "Fråga {block}.{number}", "en": "Question {block}.{number}"},
    # --- what each chart shows, in words (alternative text of PDF figures and Word pictures) ---
    # A chart's text is its heading here, then its items joined with "; " (items may be many).
    "alt.block_chart": {
        "sv": "Stapeldiagram, andel av maxpoäng per block:",
        "en": "Bar chart, share of the maximum score per block:",
    },
    "alt.block": {"sv": "{name} {score} av {max} ({percent})", "en": "{name} {score} of {max} ({percent})"},
    "alt.group_chart": {
        "sv": "Stapeldiagram, gruppens medel per block som andel av maxpoäng, med lägsta och högsta deltagare:",
        "en": "Bar chart, the group's mean per block as a share of the maximum score, with the lowest and highest participant:",
    },
    "alt.group_block": {
        "sv": "{name} medel {mean} (lägst {low}, högst {high}, n = {n})",
        "en": "{name} mean {mean} (lowest {low}, highest {high}, n = {n})",
    },
    "alt.group_block_empty": {"sv": "{name} inga svar", "en": "{name} no answers"},
    "alt.ladder": {
        "sv": "Poängskala från {low} till {high} i {count} intervall: {bands}. {total} av {max} poäng ligger i intervallet {band}.",
        "en": "Score scale from {low} to {high} in {count} bands: {bands}. {total} of {max} points lies in the band {band}.",
    },
    "alt.distribution": {"sv": "Antal svar per skalsteg:", "en": "Answers per scale step:"},
    "alt.compare_block": {
        "sv": "Stapeldiagram, {name}, poäng per datum:",
        "en": "Bar chart, {name}, score per date:",
    },
    "alt.compare_value": {"sv": "{date} {value} av {max}", "en": "{date} {value} of {max}"},
    "alt.compare_none": {"sv": "{date} inget värde", "en": "{date} no value"},
    # The colour keys: decoration in the PDF (the text beside them says it); a Word picture needs words.
    "alt.scale_legend": {
        "sv": "Färgförklaring för svaren {low}–{high}, från ljust för {low} till mörkt för {high}.",
        "en": "Colour key for the answers {low}–{high}, from light for {low} to dark for {high}.",
    },
    "alt.compare_legend": {
        "sv": "Teckenförklaring: ett mönster och en färg per datum, {dates}.",
        "en": "Key: one pattern and colour per date, {dates}.",
    },
    # --- every PDF report ---------------------------------------------------
    "report.page": {"sv": "Sida {page} av {pages}", "en": "Page {page} of {pages}"},
    "report.not_given": {"sv": "–", "en": "–"},
    "report.band": {"sv": "Poängintervall {range}", "en": "Score band {range}"},
    "report.blocks": {"sv": "Resultat per block", "en": "Result per block"},
    # --- the PDF report of one assessment (report/pdf.py) ---------------------
    "pdf.subtitle": {"sv": "Rapport från bedömningen", "en": "Assessment report"},
    "pdf.respondent": {"sv": "Besvarad av", "en": "Answered by"},
    "pdf.result": {"sv": "Resultat", "en": "Result"},
    "pdf.points_of": {"sv": "{total} av {max} poäng", "en": "{total} of {max} points"},
    "pdf.draft": {
        "sv": "Utkast: {count} av {total} frågor saknar svar. Summa och råd visas när alla frågor är besvarade.",
        "en": "Draft: {count} of {total} questions have no answer. The total and advice appear when every question is answered.",
    },
    "pdf.draft.one": {
        "sv": "Utkast: {count} av {total} frågor saknar svar. Summa och råd visas när alla frågor är besvarade.",
        "en": "Draft: {count} of {total} questions has no answer. The total and advice appear when every question is answered.",
    },
    "pdf.missing": {"sv": "Frågor utan svar", "en": "Questions without an answer"},
    "pdf.chart_title": {"sv": "Andel av maxpoäng per block", "en": "Share of maximum score per block"},
    "pdf.answers": {"sv": "Svar per fråga", "en": "Answers per question"},
    "pdf.no_answer": {"sv": "Inget svar", "en": "No answer"},
    "pdf.footer": {
        "sv": "Samverkan {version} · {title} · skapad {date}",
        "en": "Samverkan {version} · {title} · created {date}",
    },
    # --- the group PDF of a workshop (report/group_pdf.py) ---------------------
    "group_pdf.subtitle": {"sv": "Gruppens resultat", "en": "Group results"},
    "group_pdf.participants_value": {
        "sv": "{count} deltagare, {complete} med alla frågor besvarade",
        "en": "{count} participants, {complete} with every question answered",
    },
    "group_pdf.participants_value.one": {
        "sv": "{count} deltagare, {complete} med alla frågor besvarade",
        "en": "{count} participant, {complete} with every question answered",
    },
    "group_pdf.result": {"sv": "Gruppens resultat", "en": "The group's result"},
    "group_pdf.mean_total": {"sv": "Medelsumma {mean} av {max} poäng", "en": "Mean total {mean} of {max} points"},
    "group_pdf.total_range": {
        "sv": "Lägst {low}, högst {high} poäng (n = {n}: deltagare med alla frågor besvarade)",
        "en": "Lowest {low}, highest {high} points (n = {n}: participants with every question answered)",
    },
    "group_pdf.no_total": {
        "sv": "Ingen deltagare har besvarat alla frågor ännu, så gruppen har ingen summa och inget råd.",
        "en": "No participant has answered every question yet, so the group has no total and no advice.",
    },
    "group_pdf.chart_title": {
        "sv": "Andel av maxpoäng per block: medel och spridning",
        "en": "Share of maximum score per block: mean and range",
    },
    "group_pdf.chart_legend": {
        "sv": "Stapeln visar gruppens medel; linjen går från lägsta till högsta deltagare.",
        "en": "The bar shows the group's mean; the line runs from the lowest to the highest participant.",
    },
    "group_pdf.differ": {"sv": "Här skiljer sig synen", "en": "Where views differ"},
    "group_pdf.differ_rule": {
        "sv": "Frågor där gruppens samsyn är under {below} (Tastle och Wiermans mått: 1 = alla svarar lika, 0 = gruppen delad mellan skalans ändar), lägst samsyn först, sedan lägst medel.",
        "en": "Questions where the group's consensus is below {below} (Tastle and Wierman's measure: "
        "1 = everyone answers alike, 0 = the group is split between the ends of the scale), "
        "lowest consensus first, then lowest mean.",
    },
    "group_pdf.no_differ": {
        "sv": "Gruppen har ungefär samma syn på alla frågor: ingen fråga har samsyn under {below}.",
        "en": "The group has much the same view on every question: no question has a consensus below {below}.",
    },
    "group_pdf.participant_notes": {"sv": "Deltagarnas anteckningar", "en": "Participants' notes"},
    "group_pdf.distribution": {"sv": "Fördelning {low}–{high}", "en": "Distribution {low}–{high}"},
    "group_pdf.questions": {"sv": "Svaren per fråga", "en": "Answers per question"},
    "group_pdf.legend": {
        "sv": "Fördelning av svaren: {labels}. Siffrorna i stapeln är antal deltagare.",
        "en": "Distribution of the answers: {labels}. The numbers in the bar are participants.",
    },
    "group_pdf.answered": {"sv": "n = {n} ({missing} utan svar)", "en": "n = {n} ({missing} without an answer)"},
    "group_pdf.footer": {
        "sv": "Samverkan {version} · {title} · grupp · skapad {date}",
        "en": "Samverkan {version} · {title} · group · created {date}",
    },
    # --- the blank paper form (report/blank_form.py) --------------------------
    "form.subtitle": {"sv": "Svarsblankett", "en": "Answer form"},
    "form.code": {"sv": "Deltagarkod", "en": "Participant code"},
    "form.organisation": {"sv": "Organisation (frivilligt)", "en": "Organisation (optional)"},
    "form.instructions": {
        "sv": "Svara på frågorna genom att kryssa i en ruta per fråga: i vilken grad stämmer det för er samverkan? Lämna rutorna tomma om ni inte vill eller kan svara.",
        "en": "Answer the questions by ticking one box per question: to what extent does it hold for your collaboration? Leave the boxes empty if you do not want to or cannot answer.",
    },
    "form.footer": {
        "sv": "Samverkan {version} · {title} · svarsblankett · utskriven {date}",
        "en": "Samverkan {version} · {title} · answer form · printed {date}",
    },
    # --- answer codes (core/answer_code.py) -------------------------------------
    "code.bad_character": {
        "sv": "Tecknet ”{char}” förekommer inte i svarskoder: kontrollera att koden är rätt avskriven.",
        "en": "The character “{char}” does not occur in answer codes: check that the code was copied correctly.",
    },
    "code.too_short": {
        "sv": "Koden är ofullständig: en del av den saknas. Kopiera hela koden.",
        "en": "The code is incomplete: part of it is missing. Copy the whole code.",
    },
    "code.checksum": {
        "sv": "Koden är felskriven: kontrollsumman stämmer inte. Jämför den tecken för tecken med originalet.",
        "en": "The code is mistyped: its checksum does not match. Compare it character by character with the original.",
    },
    "code.newer_version": {
        "sv": "Koden är gjord av en nyare version av Samverkan (kodversion {version}). Uppdatera Samverkan.",
        "en": "The code was made by a newer version of Samverkan (code version {version}). Update Samverkan.",
    },
    "code.unknown_questionnaire": {
        "sv": "Koden hör till ett frågeformulär (version {version}) som inte är installerat här.",
        "en": "The code belongs to a questionnaire (version {version}) that is not installed here.",
    },
    "code.twice": {
        "sv": "Samma kod som på rad {line}; den läses bara en gång.",
        "en": "The same code as on line {line}; it is read only once.",
    },
    "code.line": {"sv": "Rad {line}: {problem}", "en": "Line {line}: {problem}"},
    "code.other_questionnaire": {
        "sv": "Koden hör till frågeformuläret ”{qid}” version {version}, men gruppen använder ”{group_qid}” version {group_version}.",
        "en": "The code belongs to the questionnaire “{qid}” version {version}, but the group uses “{group_qid}” version {group_version}.",
    },
    "code.already_in_group": {
        "sv": "Koden finns redan i gruppen (deltagare {code}).",
        "en": "The code is already in the group (participant {code}).",
    },
    "code.none_found": {
        "sv": "Ingen svarskod hittades. En svarskod börjar med SAMV-.",
        "en": "No answer code was found. An answer code starts with SAMV-.",
    },
    "code.written": {"sv": "Rad {line}: {path}", "en": "Line {line}: {path}"},
    "code.preview": {
        "sv": "Rad {line}: {participant} – {who}, {answered} av {total} frågor besvarade",
        "en": "Line {line}: {participant} – {who}, {answered} of {total} questions answered",
    },
    "code.no_name": {"sv": "utan namn", "en": "no name"},
    # --- the HTML answer form (report/answer_form.py, resources/answer-form) ---
    "answer_form.subtitle": {"sv": "Svarsformulär", "en": "Answer form"},
    "answer_form.intro": {
        "sv": "Svara på frågorna om er samverkan: i vilken grad stämmer det? Välj ett svar per fråga. Ni kan lämna en fråga obesvarad om ni inte vill eller kan svara.",
        "en": "Answer the questions about your collaboration: to what extent does it hold? Choose one answer per question. You may leave a question unanswered if you do not want to or cannot answer.",
    },
    "answer_form.offline": {
        "sv": "Formuläret fungerar utan internet och skickar ingenting någonstans. Medan ni fyller i sparas svaren tillfälligt i den här webbläsaren; när ni är klara sparar ni dem som en fil.",
        "en": "The form works without the internet and sends nothing anywhere. While you fill it in, the answers are kept for now in this browser; when you are done, you save them as a file.",
    },
    "answer_form.scale": {"sv": "Svarsskala", "en": "Answer scale"},
    "answer_form.about_you": {"sv": "Om er (frivilligt)", "en": "About you (optional)"},
    "answer_form.respondent": {"sv": "Namn eller roll", "en": "Name or role"},
    "answer_form.organisation": {"sv": "Organisation", "en": "Organisation"},
    "answer_form.about_you_hint": {
        "sv": "Båda fälten är frivilliga. Organisationen används för att visa organisationernas syn sida vid sida, och bara för organisationer där minst tre personer har svarat.",
        "en": "Both fields are optional. The organisation is used to show the organisations' views side by side, and only for organisations where at least three people answered.",
    },
    "answer_form.block_notes": {"sv": "Anteckningar om {block} (frivilligt)", "en": "Notes on {block} (optional)"},
    "answer_form.progress": {"sv": "Besvarade: {answered} av {total}", "en": "Answered: {answered} of {total}"},
    "answer_form.save": {"sv": "Spara mina svar", "en": "Save my answers"},
    "answer_form.save_anyway": {"sv": "Spara ändå", "en": "Save anyway"},
    "answer_form.clear": {"sv": "Töm formuläret", "en": "Clear the form"},
    "answer_form.clear_confirm": {
        "sv": "Ta bort alla svar och anteckningar i formuläret?",
        "en": "Remove every answer and note in the form?",
    },
    "answer_form.unanswered": {"sv": "{count} frågor är obesvarade", "en": "{count} questions are unanswered"},
    "answer_form.unanswered.one": {"sv": "{count} fråga är obesvarad", "en": "{count} question is unanswered"},
    "answer_form.unanswered_hint": {
        "sv": "Välj en fråga för att gå till den, eller spara ändå: en obesvarad fråga räknas inte.",
        "en": "Choose a question to go to it, or save anyway: an unanswered question does not count.",
    },
    "answer_form.unanswered_mark": {"sv": "Obesvarad", "en": "Unanswered"},
    "answer_form.saved": {"sv": "Era svar är sparade", "en": "Your answers are saved"},
    "answer_form.saved_file": {
        "sv": "Filen {file} har sparats där webbläsaren sparar hämtade filer (oftast mappen Hämtade filer). Skicka den till den som gav er formuläret.",
        "en": "The file {file} was saved where the browser saves downloads (usually the Downloads folder). Send it to whoever gave you the form.",
    },
    "answer_form.saved_draft": {
        "sv": "Svaren finns kvar i den här webbläsaren så att ni kan ändra dem och spara igen. Använder andra samma dator? Töm formuläret när ni är klara.",
        "en": "The answers stay in this browser so that you can change them and save again. Do others use this computer? Clear the form when you are done.",
    },
    "answer_form.code": {"sv": "Svarskod", "en": "Answer code"},
    "answer_form.code_hint": {
        "sv": "Går det inte att skicka filen? Skicka den här koden i stället, till exempel i ett mejl. Koden bär era svar, namn och organisation men inte anteckningarna.",
        "en": "Cannot send the file? Send this code instead, for example in an e-mail. The code carries your answers, name and organisation, but not the notes.",
    },
    "answer_form.copy": {"sv": "Kopiera koden", "en": "Copy the code"},
    "answer_form.copied": {"sv": "Koden är kopierad.", "en": "The code is copied."},
    "answer_form.copy_failed": {
        "sv": "Koden kunde inte kopieras automatiskt: markera den och kopiera den själv.",
        "en": "The code could not be copied automatically: select it and copy it yourself.",
    },
    "answer_form.result": {"sv": "Ert resultat", "en": "Your result"},
    "answer_form.score_shown": {
        "sv": "När ni har sparat visas er egen summa och vad den betyder.",
        "en": "When you have saved, your own total and what it means are shown.",
    },
    "answer_form.score_hidden": {
        "sv": "Formuläret visar inte ert resultat: det tas fram tillsammans när svaren är sammanställda.",
        "en": "The form does not show your result: it is worked out together once the answers are collected.",
    },
    "answer_form.score_incomplete": {
        "sv": "Ert resultat visas när alla frågor är besvarade.",
        "en": "Your result is shown when every question is answered.",
    },
    "answer_form.restored": {
        "sv": "Era tidigare svar i det här formuläret har hämtats in igen.",
        "en": "Your earlier answers in this form have been brought back.",
    },
    "answer_form.no_script": {
        "sv": "Formuläret behöver JavaScript för att spara svaren. Be om en pappersblankett i stället.",
        "en": "The form needs JavaScript to save the answers. Ask for a paper form instead.",
    },
    "answer_form.footer": {
        "sv": "Samverkan {version} · {title} · svarsformulär · skapat {date}",
        "en": "Samverkan {version} · {title} · answer form · created {date}",
    },
    # --- the CSV export of a group (report/group_csv.py) ----------------------
    "csv.number": {"sv": "Nr", "en": "No"},
    "csv.id": {"sv": "Fråge-id", "en": "Question id"},
    "csv.n": {"sv": "Antal svar", "en": "Answers"},
    "csv.missing": {"sv": "Utan svar", "en": "No answer"},
    "csv.count": {"sv": "Antal {value}", "en": "Count {value}"},
    "csv.std_dev": {"sv": "Standardavvikelse", "en": "Standard deviation"},
    "csv.differ": {"sv": "Synen skiljer sig", "en": "Views differ"},
    "csv.block_row": {"sv": "Blockets poäng (max {max})", "en": "Block score (max {max})"},
    "csv.total_row": {"sv": "Summa (max {max})", "en": "Total (max {max})"},
    "csv.band_row": {"sv": "Poängintervall", "en": "Score band"},
    # --- the organisations' views of a group (present/organisations.py) --------
    "orgs.title": {"sv": "Organisationernas syn", "en": "The organisations' views"},
    "orgs.others": {"sv": "Övriga", "en": "Others"},
    "orgs.heading": {"sv": "{name} (n = {n})", "en": "{name} (n = {n})"},
    "orgs.rule": {
        "sv": "Medelvärden per organisation, för deltagare som besvarat alla frågor. Organisationer med färre "
        "än {min} sådana deltagare och deltagare utan organisation visas tillsammans som ”Övriga”; blir de "
        "färre än {min}, räknas även den minsta organisationen dit. Så kan ingen pekas ut.",
        "en": "Means per organisation, over the participants who answered every question. Organisations with "
        "fewer than {min} such participants and participants without an organisation are shown together as "
        "“Others”; if they are fewer than {min}, the smallest organisation joins them. So nobody can be "
        "pointed out.",
    },
    "orgs.withheld.fewer_than_two_organisations": {
        "sv": "Organisationernas syn visas när deltagarna anger minst två organisationer "
        "(deltagarna anger nu {named}).",
        "en": "The organisations' views are shown when the participants name at least two organisations "
        "(they now name {named}).",
    },
    "orgs.withheld.too_few_participants": {
        "sv": "Deltagarna anger {named} organisationer, men det finns inte två grupper med minst {min} deltagare "
        "som besvarat alla frågor. Organisationernas syn visas inte, så att ingen kan pekas ut.",
        "en": "The participants name {named} organisations, but there are not two groups of at least {min} "
        "participants who answered every question. The organisations' views are not shown, so that nobody "
        "can be pointed out.",
    },
    "orgs.total_row": {"sv": "Medelsumma (max {max})", "en": "Mean total (max {max})"},
    "orgs.differ": {"sv": "Där organisationerna skiljer sig mest", "en": "Where the organisations differ most"},
    "orgs.differ_rule": {
        "sv": "Frågor där organisationernas medelsvar skiljer sig minst {at_least} steg (högsta minus lägsta "
        "medel), störst skillnad först, högst {count} frågor.",
        "en": "Questions where the organisations' mean answers differ by at least {at_least} step (highest "
        "minus lowest mean), largest difference first, at most {count} questions.",
    },
    "orgs.no_differ": {
        "sv": "Organisationernas medelsvar skiljer sig mindre än {at_least} steg på varje fråga.",
        "en": "The organisations' mean answers differ by less than {at_least} step on every question.",
    },
    "orgs.difference": {"sv": "Skillnad", "en": "Difference"},
    "csv.org_mean": {"sv": "Medel {name} (n = {n})", "en": "Mean {name} (n = {n})"},
    "csv.org_spread": {"sv": "Skillnad mellan organisationer", "en": "Difference between organisations"},
    "csv.org_differ": {"sv": "Organisationerna skiljer sig mest", "en": "Organisations differ most"},
    # --- the command line (cli.py, group_cli.py) ------------------------------
    "cli.draft": {"sv": "Utkast – {count} frågor saknar svar", "en": "Draft – {count} questions have no answer"},
    "cli.draft.one": {"sv": "Utkast – {count} fråga saknar svar", "en": "Draft – {count} question has no answer"},
    "cli.missing": {"sv": "Saknar svar", "en": "No answer"},
    "cli.compare.any_collaboration": {
        "sv": "Jämför bara filer för samma samverkan, eller lägg till --any-collaboration för att ändå jämföra dem.",
        "en": "Compare only files of the same collaboration, or add --any-collaboration to compare them anyway.",
    },
    "cli.max": {"sv": "högst {max}", "en": "max {max}"},
    "cli.lowest_answer": {"sv": "{block} – svar: {value} ({label})", "en": "{block} – answer: {value} ({label})"},
    "cli.no_window": {
        "sv": "Fönstret kan inte startas: {reason}",
        "en": "The desktop window cannot start: {reason}",
    },
    # Followed by ": " and the participants' codes (all of them: never shortened like a quoted value).
    "cli.group.participants": {
        "sv": "Deltagare: {count} ({complete} med alla frågor besvarade)",
        "en": "Participants: {count} ({complete} with every question answered)",
    },
    "cli.group.mean_total": {
        "sv": "Medelsumma: {mean} / {max} (n = {n}), lägst {low}, högst {high}",
        "en": "Mean total: {mean} / {max} (n = {n}), lowest {low}, highest {high}",
    },
    "cli.group.no_total": {
        "sv": "Ingen deltagare har besvarat alla frågor ännu: ingen summa och inget råd.",
        "en": "No participant has answered every question yet: no total and no advice.",
    },
    "cli.group.differ": {
        "sv": "Här skiljer sig synen (samsyn under {below}), lägst samsyn först:",
        "en": "Where views differ (consensus below {below}), lowest consensus first:",
    },
    "cli.group.no_differ": {
        "sv": "Inga frågor där synen skiljer sig (samsyn under {below}).",
        "en": "No questions where views differ (consensus below {below}).",
    },
    "cli.group.detail": {
        "sv": "samsyn {consensus}, medel {mean}, spridning {spread}, svar {scale}: {counts}",
        "en": "consensus {consensus}, mean {mean}, spread {spread}, answers {scale}: {counts}",
    },
    "cli.group.missing": {"sv": "{count} utan svar", "en": "{count} without an answer"},
    "cli.group.none_loaded": {"sv": "Inga filer kunde läsas in.", "en": "No file could be loaded."},
    # --- writing a new file (helper "docs": no previous version to speak of) ---
    "save.failed_new": {
        "sv": "Filen {path} kunde inte sparas: {reason}.",
        "en": "The file {path} could not be saved: {reason}.",
    },
}


@dataclass(frozen=True)
class Msg:
    """A message rendered later, in whatever language is asked for then.

    Used as a parameter of another message, e.g. the problem inside
    "file, line, key: problem".
    """

    key: str
    params: dict[str, Any] = field(default_factory=dict)

    def render(self, lang: str) -> str:
        return render(self.key, lang, **self.params)


def render(key: str, lang: str, /, **params: Any) -> str:
    """Format message ``key`` in ``lang``; unknown languages fall back to Swedish."""
    texts = MESSAGES[key]
    template = texts.get(lang) or texts[DEFAULT_LANGUAGE]
    rendered = {k: v.render(lang) if isinstance(v, Msg) else _shorten(v) for k, v in params.items()}
    return template.format(**rendered)


def render_count(key: str, lang: str, count: int, /, **params: Any) -> str:
    """Format ``key`` for ``count`` things: ``key.one`` when count is 1 (where it exists), else ``key``.

    Swedish and English both have one singular and one plural form.
    """
    singular = f"{key}.one"
    chosen = singular if count == 1 and singular in MESSAGES else key
    return render(chosen, lang, count=count, **params)


class Texts:
    """The messages of one section (``prefix.key``) in one language.

    ``texts("points_of", total=58, max=105)`` is ``render("pdf.points_of", lang, ...)``;
    ``texts.word("block")`` renders ``word.block``.
    """

    def __init__(self, prefix: str, lang: str) -> None:
        self.prefix = prefix
        self.lang = normalise_language(lang)

    def __call__(self, key: str, /, **params: Any) -> str:
        return render(f"{self.prefix}.{key}", self.lang, **params)

    def count(self, key: str, count: int, /, **params: Any) -> str:
        return render_count(f"{self.prefix}.{key}", self.lang, count, **params)

    def word(self, key: str) -> str:
        return render(f"word.{key}", self.lang)


#: A value quoted from a file (a key, a bad date) is cut to this length so that
#: a hostile file cannot make a message dialog megabytes long.
MAX_QUOTED_CHARS = 200


def _shorten(value: Any) -> Any:
    if isinstance(value, str) and len(value) > MAX_QUOTED_CHARS:
        half = MAX_QUOTED_CHARS // 2
        return f"{value[:half]}…{value[-half:]}"
    return value


def join_names(names: Sequence[str], lang: str) -> str:
    """'A', 'A och B', 'A, B och C' (no serial comma, in either language).

    When a name itself holds the word "och" ("organisatorisk design och ledarskap"), the
    last one is joined with "samt" / "as well as", so that the list still reads as one:
    "organisatorisk design och ledarskap samt samverkansprocessen".
    """
    if not names:
        return ""
    if len(names) == 1:
        return names[0]
    conjunction = render("word.and", lang)
    inside = any(conjunction in name.split() for name in names)
    joiner = render("word.and_also", lang) if inside else conjunction
    return f"{', '.join(names[:-1])} {joiner} {names[-1]}"


#: The language tag a document declares (the PDF's /Lang, the Word file's w:lang), per language.
LANGUAGE_TAGS: dict[str, str] = {"sv": "sv-SE", "en": "en-GB"}


def language_tag(lang: str | None) -> str:
    """'sv-SE' or 'en-GB': the tag a screen reader picks its voice by."""
    return LANGUAGE_TAGS[normalise_language(lang)]


def normalise_language(lang: str | None) -> str:
    """Map a locale name like ``sv_SE`` or ``en-GB`` to ``sv``/``en``; else Swedish."""
    if not lang:
        return DEFAULT_LANGUAGE
    short = lang.replace("-", "_").split("_")[0].lower()
    return short if short in SUPPORTED_LANGUAGES else DEFAULT_LANGUAGE
