"""Background material for the conversation (the ladder, the simple questions, ...).

Shipped as YAML in ``resources/guidance/``; loaded with the same strict rules as
questionnaires.  The UI shows it as a help view; reports may quote it.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from pathlib import Path

from samverkan_gui.core import paths
from samverkan_gui.core.errors import QuestionnaireError
from samverkan_gui.core.loader import localized_text
from samverkan_gui.core.lookup import find
from samverkan_gui.core.questionnaire import LocalizedText
from samverkan_gui.core.yamlio import YNode, read_document

FORMAT = "samverkan-guidance"
FORMAT_VERSION = 1
DEFAULT_FILE = "samverkan-som-gor-skillnad.yaml"


@dataclass(frozen=True)
class GuidanceItem:
    text: LocalizedText
    #: A heading for the item ("Samsyn", "VARFÖR?"); None for plain list items.
    term: LocalizedText | None = None


@dataclass(frozen=True)
class GuidanceSection:
    id: str
    title: LocalizedText
    items: tuple[GuidanceItem, ...]
    numbered: bool = False


@dataclass(frozen=True)
class Guidance:
    title: LocalizedText
    intro: LocalizedText
    credit: LocalizedText
    sections: tuple[GuidanceSection, ...]

    def section(self, section_id: str) -> GuidanceSection:
        return find(self.sections, lambda section: section.id, section_id)


def load_guidance(path: Path | str) -> Guidance:
    root = read_document(Path(path), QuestionnaireError)
    keys = {"format", "format_version", "languages", "title", "intro", "credit", "sections"}
    top = root.mapping(keys, required=keys)
    if top["format"].text() != FORMAT:
        top["format"].fail("schema.wrong_format", expected=FORMAT, value=top["format"].text())
    version = top["format_version"].integer()
    if version > FORMAT_VERSION:
        top["format_version"].fail("schema.newer_format", value=version, supported=FORMAT_VERSION)
    languages = tuple(item.text() for item in top["languages"].sequence(non_empty=True))

    def text(node: YNode) -> LocalizedText:
        return localized_text(node, languages)

    sections = []
    for node in top["sections"].sequence(non_empty=True):
        entries = node.mapping({"id", "title", "items", "numbered"}, required={"id", "title", "items"})
        items = []
        for item_node in entries["items"].sequence(non_empty=True):
            item = item_node.mapping({"term", "text"}, required={"text"})
            items.append(GuidanceItem(text=text(item["text"]), term=text(item["term"]) if "term" in item else None))
        sections.append(
            GuidanceSection(
                id=entries["id"].text(),
                title=text(entries["title"]),
                items=tuple(items),
                numbered=entries["numbered"].boolean() if "numbered" in entries else False,
            )
        )
    return Guidance(
        title=text(top["title"]), intro=text(top["intro"]), credit=text(top["credit"]), sections=tuple(sections)
    )


@cache
def shipped_guidance() -> Guidance:
    return load_guidance(paths.resources_dir() / "guidance" / DEFAULT_FILE)
