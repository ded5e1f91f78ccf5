// The answer form's script: progress, drafts, the unanswered summary, the .samverkan file and the answer code.
// Written into the page by samverkan_gui/report/answer_form.py, which also writes the data it reads
// (the JSON in #form-data). No network: the page's Content-Security-Policy allows nothing else.
"use strict";
(function () {
  const data = JSON.parse(document.getElementById("form-data").textContent);
  const texts = data.texts;
  const form = document.getElementById("answers");
  const progress = document.getElementById("progress");
  const summary = document.getElementById("summary");
  const done = document.getElementById("done");
  const storageKey = "samverkan-answer-form:" + data.formId;

  // --- small helpers -------------------------------------------------------------

  /** Fill {name} placeholders in one pass (a value containing "{x}" is never filled again). */
  function fill(template, values) {
    return template.replace(/\{(\w+)\}/g, (whole, name) =>
      Object.prototype.hasOwnProperty.call(values, name) ? String(values[name]) : whole);
  }

  function count(key, n, values) {
    const chosen = n === 1 && texts[key + ".one"] !== undefined ? texts[key + ".one"] : texts[key];
    return fill(chosen, Object.assign({ count: n }, values || {}));
  }

  function pad(number, width) {
    return String(number).padStart(width, "0");
  }

  function localDate(now) {
    return now.getFullYear() + "-" + pad(now.getMonth() + 1, 2) + "-" + pad(now.getDate(), 2);
  }

  /** The app's time stamps: UTC to the second, "+00:00". */
  function stamp(now) {
    return now.toISOString().slice(0, 19) + "+00:00";
  }

  // --- reading the form ------------------------------------------------------------

  // Spaces, tabs and line breaks only (what Python's str.strip(" \t\r\n") removes): the tests rely on it.
  function trim(text) {
    return text.replace(/^[ \t\r\n]+|[ \t\r\n]+$/g, "");
  }

  function blank(text) {
    return trim(text) === "";
  }

  function fieldset(question) {
    return document.getElementById("q-" + question.id);
  }

  function answerOf(question) {
    const checked = fieldset(question).querySelector("input:checked");
    return checked ? Number(checked.value) : null;
  }

  function notesField(block) {
    return document.getElementById("notes-" + block.id);
  }

  function state() {
    const answers = {};
    for (const question of data.questions) {
      const value = answerOf(question);
      if (value !== null) answers[question.id] = value;
    }
    const notes = {};
    for (const block of data.blocks) {
      const text = notesField(block).value;
      if (!blank(text)) notes[block.id] = text;
    }
    return {
      answers: answers,
      respondent: trim(document.getElementById("respondent").value),
      organisation: trim(document.getElementById("organisation").value),
      notes: notes,
    };
  }

  function missing(current) {
    return data.questions.filter((question) => current.answers[question.id] === undefined);
  }

  // --- drafts (a convenience: the browser may refuse storage) ------------------------------

  function saveDraft() {
    try {
      window.localStorage.setItem(storageKey, JSON.stringify(state()));
    } catch (error) {
      // Storage off or full: the form works without drafts.
    }
  }

  function restoreDraft() {
    let draft = null;
    try {
      draft = JSON.parse(window.localStorage.getItem(storageKey) || "null");
    } catch (error) {
      return;
    }
    if (!draft || typeof draft !== "object") return;
    let restored = false;
    for (const question of data.questions) {
      const value = draft.answers && draft.answers[question.id];
      const input = value && fieldset(question).querySelector('input[value="' + Number(value) + '"]');
      if (input) {
        input.checked = true;
        restored = true;
      }
    }
    for (const name of ["respondent", "organisation"]) {
      if (typeof draft[name] === "string" && draft[name]) {
        document.getElementById(name).value = draft[name];
        restored = true;
      }
    }
    for (const block of data.blocks) {
      const text = draft.notes && draft.notes[block.id];
      if (typeof text === "string" && text) {
        notesField(block).value = text;
        restored = true;
      }
    }
    document.getElementById("restored").hidden = !restored;
  }

  // --- progress and the summary of unanswered questions ----------------------------------

  function legendText(question) {
    const legend = fieldset(question).querySelector("legend").cloneNode(true);
    legend.querySelectorAll(".visually-hidden").forEach((node) => node.remove());
    return legend.textContent.trim();
  }

  function showSummary(unanswered) {
    const list = document.getElementById("summary-list");
    list.replaceChildren();
    for (const question of unanswered) {
      const item = document.createElement("li");
      const link = document.createElement("a");
      link.href = "#q-" + question.id;
      link.textContent = legendText(question);
      link.addEventListener("click", (event) => {
        event.preventDefault();
        const target = fieldset(question);
        target.scrollIntoView({ block: "center" });
        target.querySelector("input").focus();
      });
      item.appendChild(link);
      list.appendChild(item);
    }
    document.getElementById("summary-heading").textContent = count("unanswered", unanswered.length);
    summary.hidden = false;
  }

  function markUnanswered(unanswered, marking) {
    const open = new Set(unanswered.map((question) => question.id));
    for (const question of data.questions) {
      const node = fieldset(question);
      const mark = marking && open.has(question.id);
      node.classList.toggle("unanswered", mark);
      node.querySelector(".mark").hidden = !mark;
    }
  }

  function refresh() {
    const current = state();
    const unanswered = missing(current);
    const answered = data.questions.length - unanswered.length;
    progress.textContent = fill(texts.progress, { answered: answered, total: data.questions.length });
    if (!summary.hidden) {
      if (unanswered.length) {
        showSummary(unanswered);
        markUnanswered(unanswered, true);
      } else {
        summary.hidden = true;
        markUnanswered([], false);
      }
    }
  }

  // --- the .samverkan file (docs/file-format.md), as the app writes it ----------------------

  const BOOLEAN_OR_NULL = /^(?:yes|Yes|YES|no|No|NO|true|True|TRUE|false|False|FALSE|on|On|ON|off|Off|OFF|y|Y|n|N|null|Null|NULL)$/;
  const PLAIN = /^\p{L}[\p{L}\p{N} .,()/&'-]*$/u;
  // Written as the app's YAML writer would only when short enough never to be folded.
  const PLAIN_WIDTH = 100;

  /** A YAML scalar for free text: plain where the app writes it plain, else double-quoted with escapes. */
  function yamlText(text, column) {
    if (text === "") return "''";
    if (PLAIN.test(text) && !text.endsWith(" ") && !BOOLEAN_OR_NULL.test(text) &&
        column + text.length <= PLAIN_WIDTH) {
      return text;
    }
    let quoted = '"';
    for (const ch of text) {
      const code = ch.codePointAt(0);
      if (ch === '"') quoted += '\\"';
      else if (ch === "\\") quoted += "\\\\";
      else if (ch === "\n") quoted += "\\n";
      else if (ch === "\t") quoted += "\\t";
      else if (code >= 0xd800 && code <= 0xdfff) quoted += "\ufffd"; // a lone surrogate: what the app makes of it
      else if ((code >= 0x20 && code <= 0x7e) || (code >= 0xa0 && code <= 0xfffd && code !== 0x2028 &&
               code !== 0x2029 && code !== 0xfeff) || code >= 0x10000) {
        quoted += ch;
      } else {
        quoted += "\\u" + pad(code.toString(16).toUpperCase(), 4);
      }
    }
    return quoted + '"';
  }

  function fileText(current, date, now) {
    const lines = [data.yaml.head];
    lines.push("respondent: " + yamlText(current.respondent, 12) + "\n");
    lines.push("organisation: " + yamlText(current.organisation, 14) + "\n");
    lines.push("date: '" + date + "'\n");
    lines.push(data.yaml.language);
    lines.push("created: '" + stamp(now) + "'\n");
    lines.push("modified: '" + stamp(now) + "'\n");
    const answered = data.questions.filter((question) => current.answers[question.id] !== undefined);
    lines.push(answered.length ? "answers:\n" : "answers: {}\n");
    for (const question of answered) {
      lines.push("  " + question.key + ": " + current.answers[question.id] + "\n");
    }
    const noted = data.blocks.filter((block) => current.notes[block.id] !== undefined);
    lines.push(noted.length ? "notes:\n" : "notes: {}\n");
    for (const block of noted) {
      lines.push("  " + block.key + ": " + yamlText(current.notes[block.id], block.key.length + 4) + "\n");
    }
    return lines.join("");
  }

  /** A file name stem as the app makes one (core/text.py, slug). */
  function slug(text) {
    const cleaned = text.replace(/[^\p{L}\p{N}_\- ]+/gu, "").trim().replace(/ /g, "-");
    return Array.from(cleaned.replace(/-{2,}/g, "-")).slice(0, 60).join("").replace(/^-+|-+$/g, "");
  }

  /** <collaboration>-<name or the code's last characters>-<date>.samverkan (core/answer_code.py, answer_file_name). */
  function fileName(current, code, date) {
    const who = slug(current.respondent) || code.replace(/-/g, "").slice(-4);
    return [data.fileStem, who, date].filter((part) => part).join("-") + ".samverkan";
  }

  function download(text, name) {
    const url = URL.createObjectURL(new Blob([text], { type: "application/octet-stream" }));
    const link = document.createElement("a");
    link.href = url;
    link.download = name;
    link.hidden = true;
    document.body.appendChild(link);
    link.click();
    window.setTimeout(() => {
      URL.revokeObjectURL(url);
      link.remove();
    }, 10000);
  }

  // --- the answer code (core/answer_code.py is the definition; tests hold this to it) -------------

  function utf8(text) {
    let bytes = new TextEncoder().encode(text);
    const limit = data.code.maxTextBytes;
    if (bytes.length > limit) {
      let end = limit;
      while (end > 0 && (bytes[end] & 0xc0) === 0x80) end -= 1;
      bytes = bytes.slice(0, end);
    }
    return bytes;
  }

  function crc16(bytes) {
    let crc = 0xffff;
    for (const byte of bytes) {
      crc ^= byte << 8;
      for (let bit = 0; bit < 8; bit += 1) {
        crc = crc & 0x8000 ? ((crc << 1) ^ 0x1021) & 0xffff : (crc << 1) & 0xffff;
      }
    }
    return crc;
  }

  function encodeCode(current, date) {
    const spec = data.code;
    const bits = [];
    const put = (value, width) => {
      for (let shift = width - 1; shift >= 0; shift -= 1) bits.push(Math.floor(value / 2 ** shift) % 2);
    };
    const hasTexts = current.respondent !== "" || current.organisation !== "";
    // ISO dates compare as text; one outside what 16 bits of days hold is left out, as in the app.
    if (date && (date < spec.epoch || date > spec.lastDay)) date = null;
    const language = spec.languages.indexOf(data.lang);
    put(spec.version, 3);
    put(date ? 1 : 0, 1);
    put(hasTexts ? 1 : 0, 1);
    put(language < 0 ? 0 : language, 2);
    put(0, 1);
    put(spec.fingerprint, 16);
    put(spec.questionnaireVersion, 8);
    if (date) {
      const days = Math.round((Date.UTC(...dateParts(date)) - Date.UTC(...dateParts(spec.epoch))) / 86400000);
      put(days, 16);
    }
    for (const question of data.questions) {
      const value = current.answers[question.id];
      put(value === undefined ? 0 : value - spec.scaleMin + 1, spec.bits);
    }
    if (hasTexts) {
      for (const text of [current.respondent, current.organisation]) {
        const bytes = utf8(text);
        put(bytes.length, 8);
        for (const byte of bytes) put(byte, 8);
      }
    }
    while (bits.length % 8) bits.push(0);
    const bytes = [];
    for (let i = 0; i < bits.length; i += 8) {
      bytes.push(bits.slice(i, i + 8).reduce((value, bit) => value * 2 + bit, 0));
    }
    const check = crc16(bytes);
    put(check >> 8, 8);
    put(check & 0xff, 8);
    while (bits.length % 5) bits.push(0);
    let symbols = "";
    for (let i = 0; i < bits.length; i += 5) {
      symbols += spec.alphabet[bits.slice(i, i + 5).reduce((value, bit) => value * 2 + bit, 0)];
    }
    const groups = [spec.prefix];
    for (let i = 0; i < symbols.length; i += spec.group) groups.push(symbols.slice(i, i + spec.group));
    return groups.join("-");
  }

  function dateParts(iso) {
    const [year, month, day] = iso.split("-").map(Number);
    return [year, month - 1, day];
  }

  // --- the participant's own result (the app's rules; tables from the app) ------------------

  // As core.messages.join_names: "samt" / "as well as" joins the last name when a name holds "och" / "and".
  function joinNames(names, and, andAlso) {
    if (names.length <= 1) return names.join("");
    const inside = names.some((name) => name.split(" ").includes(and));
    return names.slice(0, -1).join(", ") + " " + (inside ? andAlso : and) + " " + names[names.length - 1];
  }

  function result(current) {
    const score = data.score;
    if (!score || missing(current).length) return null;
    let total = 0;
    const sums = {};
    for (const question of data.questions) {
      const value = current.answers[question.id];
      total += value;
      sums[question.block] = (sums[question.block] || 0) + value;
    }
    // The lowest share among non-outcome blocks, compared exactly (a/b < c/d as a·d < c·b).
    let weakest = [];
    for (const block of score.blocks) {
      if (block.outcome) continue;
      const sum = sums[block.id] || 0;
      if (!weakest.length) {
        weakest = [block];
        continue;
      }
      const lowest = weakest[0];
      const difference = sum * lowest.max - (sums[lowest.id] || 0) * block.max;
      if (difference < 0) weakest = [block];
      else if (difference === 0) weakest.push(block);
    }
    const row = score.totals[total - score.minTotal];
    const band = row.band >= 0 ? score.bands[row.band] : null;
    const names = joinNames(weakest.map((block) => block.name), score.and, score.andAlso);
    let sentence = "";
    if (band && weakest.length && !band.namesBlock) {
      const first = weakest[0];
      sentence = fill(score.weakest, { names: names, percent: first.percents[sums[first.id] || 0] });
    }
    return {
      total: total,
      points: row.points + " (" + row.percent + ")",
      band: band ? band.range : "",
      advice: band ? band.advice.split(score.placeholder).join(names) : "",
      weakest: sentence,
    };
  }

  function showResult(current) {
    const section = document.getElementById("result");
    if (!section) return;
    const shown = result(current);
    const set = (id, text) => {
      const node = document.getElementById(id);
      node.textContent = text;
      node.hidden = !text;
    };
    set("result-total", shown ? shown.points : texts.score_incomplete);
    document.getElementById("result-total").classList.toggle("total", Boolean(shown));
    set("result-band", shown ? shown.band : "");
    set("result-advice", shown ? shown.advice : "");
    set("result-weakest", shown ? shown.weakest : "");
  }

  // --- saving ----------------------------------------------------------------------

  function save() {
    const current = state();
    const now = new Date();
    const date = data.date || localDate(now);
    const code = encodeCode(current, date);
    const name = fileName(current, code, date);
    download(fileText(current, date, now), name);
    summary.hidden = true;
    markUnanswered([], false);
    document.getElementById("saved-file").textContent = fill(texts.saved_file, { file: name });
    document.getElementById("answer-code").textContent = code;
    document.getElementById("copy-status").textContent = "";
    showResult(current);
    done.hidden = false;
    document.getElementById("done-heading").focus();
  }

  function trySave() {
    const unanswered = missing(state());
    if (unanswered.length) {
      showSummary(unanswered);
      markUnanswered(unanswered, true);
      summary.focus();
      return;
    }
    save();
  }

  async function copyCode() {
    const code = document.getElementById("answer-code");
    const status = document.getElementById("copy-status");
    try {
      await navigator.clipboard.writeText(code.textContent);
      status.textContent = texts.copied;
    } catch (error) {
      // No clipboard access (an old browser, a policy): select the code so that Ctrl+C copies it.
      const range = document.createRange();
      range.selectNodeContents(code);
      const selection = window.getSelection();
      selection.removeAllRanges();
      selection.addRange(range);
      status.textContent = texts.copy_failed;
    }
  }

  function clearForm() {
    if (!window.confirm(texts.clear_confirm)) return;
    form.reset();
    try {
      window.localStorage.removeItem(storageKey);
    } catch (error) {
      // Nothing stored.
    }
    summary.hidden = true;
    markUnanswered([], false);
    done.hidden = true;
    document.getElementById("restored").hidden = true;
    refresh();
  }

  // --- wiring ----------------------------------------------------------------------

  function changed() {
    // What was saved no longer matches the form: save again for a new file and code.
    done.hidden = true;
    refresh();
    saveDraft();
  }

  // Nothing is ever sent anywhere: Enter in a field must not submit the form (the policy would block it anyway).
  form.addEventListener("submit", (event) => event.preventDefault());
  form.addEventListener("change", changed);
  form.addEventListener("input", changed);
  form.addEventListener("keydown", (event) => {
    // As in the app: a digit rates the question that has the focus.
    const target = event.target;
    if (target.type !== "radio" || event.altKey || event.ctrlKey || event.metaKey || !/^[0-9]$/.test(event.key)) {
      return;
    }
    const option = target.closest("fieldset").querySelector('input[value="' + event.key + '"]');
    if (option) {
      event.preventDefault();
      option.checked = true;
      option.focus();
      changed();
    }
  });
  document.getElementById("save").addEventListener("click", trySave);
  document.getElementById("save-anyway").addEventListener("click", save);
  document.getElementById("clear").addEventListener("click", clearForm);
  document.getElementById("copy").addEventListener("click", copyCode);
  restoreDraft();
  refresh();

  // For the tests (tests/report/test_answer_form_browser.py): the page's own functions, no state.
  window.samverkanForm = { encodeCode: encodeCode, fileText: fileText, yamlText: yamlText, fileName: fileName,
    result: result, slug: slug };
})();
