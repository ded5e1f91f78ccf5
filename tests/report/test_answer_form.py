"""The HTML answer form as written: self-contained, escaped, verbatim, for any questionnaire.

What it does in a browser is tests/report/test_answer_form_browser.py.
"""

from __future__ import annotations

import base64
import datetime as dt
import hashlib
import html
import json
import re
from pathlib import Path

from samverkan_gui.core.loader import load_questionnaire
from samverkan_gui.core.registry import shipped_registry
from samverkan_gui.report.answer_form import build_answer_form, form_data
from tests.conftest import REPO

Q = shipped_registry().default()
HOSTILE = "<img src=x onerror=alert(1)>"


def _inline(page: str, tag: str) -> list[str]:
    return re.findall(rf"<{tag}>(.*?)</{tag}>", page, flags=re.DOTALL)


def _data(page: str) -> dict:
    found = re.search(r'<script type="application/json" id="form-data">(.*?)</script>', page, flags=re.DOTALL)
    assert found is not None
    return json.loads(found.group(1))


def test_only_its_own_script_and_style_may_run() -> None:
    page = build_answer_form(Q, "sv")
    csp = re.search(r'<meta http-equiv="Content-Security-Policy" content="([^"]+)">', page)
    assert csp is not None
    policy = dict(part.strip().split(" ", 1) for part in csp.group(1).split(";"))
    assert policy["default-src"] == "'none'"
    assert "unsafe" not in csp.group(1)
    [script], [style] = _inline(page, "script"), _inline(page, "style")

    def digest(text: str) -> str:
        return "'sha256-" + base64.b64encode(hashlib.sha256(text.encode()).digest()).decode() + "'"

    assert policy["script-src"] == digest(script)
    assert policy["style-src"] == digest(style)
    # Nothing to fetch: no address, no source, no link, no inline handler or style attribute (the policy blocks them).
    assert re.search(r"(?i)\b(?:https?|ftp|wss?)://|\bsrc=|<link|<iframe|<object|\son\w+=|\sstyle=", page) is None


def test_every_text_of_the_questionnaire_is_there_verbatim() -> None:
    for lang in ("sv", "en"):
        page = build_answer_form(Q, lang, collaboration="Samverkan kring unga i Norrby", date=dt.date(2026, 11, 26))
        assert f'<html lang="{lang}">' in page
        texts = [Q.title.get(lang), Q.credit.get(lang)]
        for block in Q.blocks:
            texts += [block.title.get(lang), block.lead_in.get(lang), *(q.text.get(lang) for q in block.questions)]
        texts += [Q.scale.label(value, lang) for value in Q.scale.values]
        missing = [text for text in texts if html.escape(text) not in page]
        assert missing == []
        assert "Samverkan kring unga i Norrby" in page and "2026-11-26" in page
        assert page.count('type="radio"') == 21 * 5
        assert page.count('<fieldset class="question"') == 21 and page.count("<legend>") == 22
        assert page.count("<textarea") == len(Q.blocks)


def test_hostile_texts_are_escaped_in_the_page_and_in_its_data() -> None:
    collaboration = HOSTILE + "</script><!-- \u2028 & ' \""
    page = build_answer_form(Q, "sv", collaboration=collaboration)
    assert "<img" not in page and "<!--" not in page
    assert html.escape(HOSTILE) in page
    # The data block holds no character that could end it or start markup, and still reads back.
    found = re.search(r'id="form-data">(.*?)</script>', page, flags=re.DOTALL)
    assert found is not None and not set("<>&\u2028\u2029") & set(found.group(1))
    assert re.fullmatch(r"[\w-]+", _data(page)["fileStem"])
    assert 'collaboration: "<img src=x onerror=alert(1)></script><!-- \\n & \' \\""\n' in _data(page)["yaml"]["head"]
    assert page.count("</script>") == 2


def test_drafts_are_kept_per_form() -> None:
    def form_id(**options: object) -> str:
        defaults: dict = {"collaboration": "Norrby", "date": dt.date(2026, 11, 26), "show_score": True}
        defaults.update(options)
        return form_data(Q, "sv", **defaults)["formId"]

    assert form_id() == form_id()
    others = {form_id(collaboration="Storby"), form_id(date=None), form_id(show_score=False), form_id()}
    assert len(others) == 4


def test_the_form_is_small() -> None:
    size = len(build_answer_form(Q, "sv", collaboration="Samverkan kring unga i Norrby").encode("utf-8"))
    assert size < 100_000, size


def test_an_own_questionnaire_with_another_scale(tmp_path: Path) -> None:
    shipped = (REPO / "questionnaires" / "testa-din-samverkan.yaml").read_text(encoding="utf-8")
    own = shipped.replace("id: testa-din-samverkan", "id: egen-enkat").replace("  max: 5\n", "  max: 3\n", 1)
    own = re.sub(r"    4: \{sv: I hög grad, en: To a large extent\}\n    5: \{[^\n]*\}\n", "", own)
    own = re.sub(r"bands:.*", "bands:\n  - min: 21\n    max: 63\n    advice: {sv: Bra., en: Good.}\n", own, flags=re.S)
    path = tmp_path / "egen.yaml"
    path.write_text(own, encoding="utf-8")
    questionnaire = load_questionnaire(path)
    page = build_answer_form(questionnaire, "sv")
    assert page.count('type="radio"') == 21 * 3
    data = _data(page)
    assert data["code"]["bits"] == 2 and data["code"]["questionnaireVersion"] == 1
    assert "id: egen-enkat" in data["yaml"]["head"]
    assert [row["band"] for row in data["score"]["totals"]] == [0] * (63 - 21 + 1)
